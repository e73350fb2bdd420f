#pragma once

#include <QString>

#include <functional>

namespace parat {
class Clock;
class Database;
} // namespace parat

// Status report benchmarks (docs/design.md "Quality bars": one municipality's PDF < 0.3 s, all 98 < 15 s). `measure` is
// the benchmark program's timer: it runs `work` `runs` times and records the operation against its target. Reports are
// written into outDir; each export records a snapshot in db, as a real export does.
using ReportMeasure
    = std::function<void(const QString &operation, int runs, const QString &target, const std::function<void()> &work)>;

void benchReports(parat::Database &db, const parat::Clock &clock, const QString &outDir, const ReportMeasure &measure);
