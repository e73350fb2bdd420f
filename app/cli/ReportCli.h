#pragma once

#include "report/StatusReport.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace parat {

class Clock;
class Database;

// `parat report ...`: status reports from the command line.
//   report --municipality CODE --out FILE [--format pdf|html|csv] [--lang da|en] [--as-of YYYY-MM-DD] [--comma]
//   report --all --out-dir DIR [--format ...] [--lang ...] [--as-of ...] [--comma]
//   report --overview --out FILE [--format ...] [--lang ...] [--as-of ...] [--comma]
// Options also take the form --name=value. Without --format the file suffix decides (.html, .csv), else PDF.
// --comma writes CSV with commas instead of semicolons. Each status report export records a snapshot.
// Exit codes (docs/design.md "Command line"): 0 ok, 2 usage, 3 invalid input (unknown municipality, bad date,
// unwritable output), 4 database.
struct ReportCli
{
    Q_DECLARE_TR_FUNCTIONS(parat::ReportCli)
public:
    static QString usage();
};

// args: the arguments after "report". The database is open. --lang installs that language for the run and
// puts the previous one back afterwards.
int runReportCommand(Database &db, const Clock &clock, const QStringList &args, const std::function<void(QString)> &out,
                     const std::function<void(QString)> &err, const ReportExtras &extras = {});

} // namespace parat
