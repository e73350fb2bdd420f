#pragma once

#include "domain/Types.h"
#include "models/RowTableModel.h"

#include <QHash>

namespace parat {

class Database;

// The people of one municipality as a table. Read-only; edits go through commands (PersonCommands.h), after
// which reload() refreshes the rows. Qt Core only, shared by the window and the tests.
class PersonTableModel : public MunicipalityTableModel<Person>
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        UnitColumn,
        EmailColumn,
        RolesColumn,
        ManagerColumn,
        KlikColumn,
        ColumnCount
    };
    enum Roles
    {
        PersonIdRole = Qt::UserRole + 1,
        SortRole // a value that sorts right (names locale-aware as text, KLIK as 0/1)
    };

    explicit PersonTableModel(Database &db, QObject *parent = nullptr);

    void reload() override;

    const Person *personAt(int row) const { return recordAt(row); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QHash<Id, QString> m_names;
};

} // namespace parat
