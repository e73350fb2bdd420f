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

// One municipality's status report exactly as `parat report --municipality CODE --out FILE` writes it: the same
// export options (a draft, in the installed language) and the same report sections (ReportSections::
// standardExtras(): superusers, stakeholders, risks, decisions, go-live readiness, runbook, capacity signals).
// tests/cli/BenchParityTest.cpp holds the bench to it.
bool writeBenchReport(parat::Database &db, const parat::Clock &clock, qint64 municipalityId, const QString &path,
                      QString *error);
