#pragma once

#include "report/ProgressChart.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace parat {

struct CapacityPlan;

// The one renderer of "allocated against needed hours per week" for a municipality: the window's chart and the
// PDF report paint the same thing with QPainter into any rectangle.
//
// Allocated hours are solid columns; needed hours are a thick stepped line with square markers; weeks where more
// is needed than allocated are marked with "!" above the column (readable without colour). A dashed vertical
// line marks go-live and a dotted one the as-of week. The y axis is scaled to nice steps.

// Translation context for the free functions below (lupdate sees "parat::CapacityChartText").
struct CapacityChartText
{
    Q_DECLARE_TR_FUNCTIONS(parat::CapacityChartText)
};

struct CapacityChartData
{
    QString title; // empty: no title line
    QList<int> weeks; // week keys
    QList<double> allocated; // total per week
    QList<double> needed; // total per week
    int goLiveWeek = 0; // 0: none
    int currentWeek = 0; // 0: none
};

// Totals of every person per week, titled "Allocated and needed hours per week". With fromWeek/toWeek (week
// keys, 0 for open) only that window of weeks.
CapacityChartData capacityChartData(const CapacityPlan &plan, int fromWeek = 0, int toWeek = 0);

// Weeks where needed exceeds allocated (what the "!" marks).
QList<int> shortWeeks(const CapacityChartData &data);

void paintCapacityChart(QPainter &painter, const QRectF &bounds, const CapacityChartData &data,
                        const ChartStyle &style = {});

} // namespace parat
