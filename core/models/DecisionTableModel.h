#pragma once

#include "domain/Decision.h"
#include "models/RowTableModel.h"

#include <QDate>
#include <QHash>

namespace parat {

class Database;

// The decision log of one municipality as a table. A decision not taken by its needed-by date says "overdue"
// in words and is bold (never colour alone). Read-only; edits go through commands.
class DecisionTableModel : public MunicipalityTableModel<Decision>
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        StatusColumn,
        NeededByColumn,
        QuestionColumn,
        DecisionColumn,
        DecidedColumn,
        LinkColumn,
        ColumnCount
    };
    enum Roles
    {
        DecisionIdRole = Qt::UserRole + 1,
        SortRole,
        OverdueRole // bool
    };

    explicit DecisionTableModel(Database &db, QObject *parent = nullptr);

    void reload() override;
    void setAsOf(const QDate &asOf);

    const Decision *decisionAt(int row) const { return recordAt(row); }
    int overdueCount() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QDate m_asOf;
    QHash<Id, QString> m_risks; // risk id -> "R3 title"
};

} // namespace parat
