#pragma once

#include "planning/Capacity.h"

#include <QAbstractTableModel>

namespace parat {

class Database;

// People × ISO weeks of one municipality: each cell "allocated/needed" hours (Capacity.h). Cells where a person
// needs more than allocated read "! 7.5/12" in bold (not colour alone); the tooltip lists the tasks behind the
// demand. Read-only; reload() after Database::changed(). Qt Core/Gui only, shared by the window and the tests.
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
        HolidayRole // header: the week's holidays and school holiday in words, empty for none
    };

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
