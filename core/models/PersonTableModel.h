#pragma once

#include "domain/Types.h"

#include <QAbstractTableModel>
#include <QHash>

namespace parat {

class Database;

// The people of one municipality as a table. Read-only; edits go through commands (PersonCommands.h), after
// which reload() refreshes the rows. Qt Core only, shared by the window and the tests.
class PersonTableModel : public QAbstractTableModel
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

    void load(Id municipalityId);
    void reload();
    Id municipalityId() const { return m_municipalityId; }

    const Person *personAt(int row) const;
    // Row of the person, -1 when not shown.
    int rowOf(Id personId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    Id m_municipalityId = 0;
    QList<Person> m_rows;
    QHash<Id, QString> m_names;
};

} // namespace parat
