#pragma once

#include <QDate>
#include <QString>

#include <functional>

namespace parat {
class Database;
} // namespace parat

namespace parat::bench {

// Times one piece of work `runs` times and records it under `operation` with a target text (ParatBench's
// measure()).
using Measure
    = std::function<void(const QString &operation, int runs, const QString &target, const std::function<void()> &work)>;

// The capacity grid (docs/design.md "Capacity") on the national dataset: for one municipality of 40 people × ~80+ weeks
// × 300 tasks (load from the database + compute + reset the grid model; and compute alone with every person given the
// suggested plan, so allocations are part of the work), and for all 98 municipalities (load + compute each).
void benchCapacity(Database &db, const QDate &asOf, int runs, const Measure &measure);

} // namespace parat::bench
