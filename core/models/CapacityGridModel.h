#pragma once

#include "planning/Capacity.h"

#include <QAbstractTableModel>

namespace parat {

class Database;

// People × ISO weeks of one municipality: each cell "allocated/needed" hours (Capacity.h) as a heat map. Each
// cell's load is told three ways: a symbol in the text ("✓ 7,5/2,5" free, "≈ 7,5/7" tight, "! 7,5/12" over,
// the last also bold), a background colour, and the tooltip's words — never by colour alone. The tooltip lists
// the tasks behind the demand. Read-only; reload() after Database::changed(). Qt Core/Gui only, shared by the
// window and the tests.
class CapacityGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles
    {
        PersonIdRole = Qt::UserRole + 1,
        WeekKeyRole,
        AllocatedRole, // double
        NeededRole, // double
        ShortRole, // bool: needs more than allocated (over-allocated or unplanned)
        HolidayRole, // header: the week's holidays and school holiday in words, empty for none
        LoadRole // int (Load): how much of the allocated time the week needs
    };

    // A cell's load. Tight: more than kTightShare of the allocated hours are needed, but no more than all.
    enum class Load
    {
        None, // nothing allocated, nothing needed
        Free,
        Tight,
        Over // needs more than allocated, or needs time where none is allocated
    };
    static constexpr double kTightShare = 0.8;
    static Load loadOf(const CapacityCell &cell);
    static QString loadSymbol(Load load);
    // One line that explains the symbols and colours, for the legend under the grid.
    static QString legendText();

    explicit CapacityGridModel(Database &db, QObject *parent = nullptr);

    // Loads the municipality's plan as of asOf; language picks task titles and date text ("da"/"en").
    void load(Id municipalityId, const QDate &asOf, const QString &language = QString());
    void reload();
    // Shows a plan computed elsewhere (benchmarks, tests).
    void setPlan(CapacityPlan plan);
    const CapacityPlan &plan() const { return m_plan; }
    Id municipalityId() const { return m_municipalityId; }
    // Column of the as-of week, -1 when outside the plan.
    int currentWeekColumn() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The text of a cell's tooltip (person, week, allocated, needed, free/over, the tasks).
    QString cellToolTip(int row, int column) const;

private:
    Database &m_db;
    Id m_municipalityId = 0;
    QDate m_asOf;
    QString m_language;
    CapacityPlan m_plan;
};

} // namespace parat
