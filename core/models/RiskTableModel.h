#pragma once

#include "domain/Risk.h"
#include "models/RowTableModel.h"

#include <QDate>
#include <QHash>

#include <optional>

namespace parat {

class Database;

// The risk log of one municipality as a table, with filters by status, owner and lowest score. A review date
// that has passed says "review overdue" in words and is bold (never colour alone). Read-only; edits go
// through commands.
class RiskTableModel : public MunicipalityTableModel<Risk>
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        ScoreColumn,
        TitleColumn,
        StatusColumn,
        OwnerColumn,
        ActionColumn,
        ReviewColumn,
        DimensionColumn,
        ColumnCount
    };
    enum Roles
    {
        RiskIdRole = Qt::UserRole + 1,
        SortRole,
        ReviewOverdueRole // bool
    };

    explicit RiskTableModel(Database &db, QObject *parent = nullptr);

    void reload() override;
    void setAsOf(const QDate &asOf);
    QDate asOf() const { return m_asOf; }
    // Filters; all off by default.
    void setStatusFilter(std::optional<RiskStatus> status);
    void setLiveOnly(bool liveOnly); // hides closed risks
    void setOwnerFilter(std::optional<Id> ownerId); // 0: risks without an owner
    void setMinimumScore(int score);

    // Every risk of the municipality (unfiltered), by number: the heat map shows them all.
    const QList<Risk> &allRisks() const { return m_all; }
    const Risk *riskAt(int row) const { return recordAt(row); }
    QString ownerName(Id personId) const { return m_people.value(personId); }
    int reviewOverdueCount() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void filter();

    QDate m_asOf;
    std::optional<RiskStatus> m_status;
    bool m_liveOnly = false;
    std::optional<Id> m_owner;
    int m_minimumScore = 0;
    QList<Risk> m_all;
    QHash<Id, QString> m_people;
};

} // namespace parat
