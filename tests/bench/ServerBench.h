#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace parat {
class Clock;
} // namespace parat

namespace parat::bench {

// Team mode's rows of the benchmark (docs/scale.md, README "Performance"): the national dataset copied onto a
// throw-away PostgreSQL cluster (started here as tests/support/PgCluster does: initdb + pg_ctl on a free loopback
// port, fsync off) with PlanCopy, then the window's first paint, the overview of all 98 and one PDF report, each on
// the file and on the server in the same run, and the backup of the server's plan to a file and its restore.
// Without PostgreSQL's binaries (or a cluster that does not start) every row is skipped with the reason as its note.
//
// add(operation, times in ms, note) records one row; times is empty for a skipped row.
using ServerRowSink = std::function<void(const QString &operation, const QList<double> &ms, const QString &note)>;
void benchServer(const QString &nationalPath, const Clock &clock, const QString &workDir, int runs, const QString &only,
                 const ServerRowSink &add);

} // namespace parat::bench
