#pragma once

#include "domain/Stakeholder.h"
#include "models/RowTableModel.h"

#include <QDate>
#include <QHash>

#include <optional>

namespace parat {

class Database;

// Which stakeholders the map and the table show.
struct StakeholderFilter
{
    std::optional<bool> internal; // none: internal and external
    std::optional<StakeholderKind> kind; // none: every kind
    bool onlyWithGap = false; // only those below their target engagement

    bool accepts(const Stakeholder &stakeholder) const;
    bool operator==(const StakeholderFilter &other) const
    {
        return internal == other.internal && kind == other.kind && onlyWithGap == other.onlyWithGap;
    }
};

// The stakeholders of one municipality that pass a filter, as a table. Read-only; edits go through commands
// (StakeholderCommands.h), after which reload() refreshes the rows. Shared by the map, the table and tests.
class StakeholderTableModel : public MunicipalityTableModel<Stakeholder>
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        KindColumn,
        InternalColumn,
        UnitColumn,
        QuadrantColumn,
        InfluenceColumn,
        AffectednessColumn,
        EngagementColumn, // "now → target"
        GapColumn,
        StrategyColumn,
        OwnerColumn,
        NextContactColumn,
        ColumnCount
    };
    enum Roles
    {
        StakeholderIdRole = Qt::UserRole + 1,
        SortRole,
        GapRole, // int: steps below target
        ContactOverdueRole // bool
    };

    explicit StakeholderTableModel(Database &db, QObject *parent = nullptr);

    void reload() override;
    void setFilter(const StakeholderFilter &filter);
    StakeholderFilter filter() const { return m_filter; }
    // For "overdue contact"; today by default.
    void setAsOf(const QDate &asOf);

    // The rows shown (filtered), in name order.
    const QList<Stakeholder> &stakeholders() const { return m_rows; }
    const Stakeholder *stakeholderAt(int row) const { return recordAt(row); }
    // Name of a person of the municipality (owners), empty when unknown.
    QString personName(Id personId) const { return m_people.value(personId); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant sortValue(const Stakeholder &s, int column) const;
    QVariant displayValue(const Stakeholder &s, int column) const;

    StakeholderFilter m_filter;
    QDate m_asOf;
    QHash<Id, QString> m_people;
};

} // namespace parat
