#pragma once

#include "CliGroup.h"

#include <QCoreApplication>

namespace parat {

// `parat report ...`: status reports from the command line.
//   report --municipality CODE --out FILE [--format pdf|html|csv] [--lang da|en] [--as-of YYYY-MM-DD] [--comma]
//   report --all --out-dir DIR [--format ...] [--lang ...] [--as-of ...] [--comma]
//   report --overview --out FILE [--format ...] [--lang ...] [--as-of ...] [--comma]
// Without --format the file suffix decides (.html, .csv), else PDF. --comma writes CSV with commas instead of
// semicolons. Each status report export records a snapshot. --lang installs that language for the run and
// puts the previous one back afterwards. Beside an open window the database is read from a read-only view.
// Exit codes (docs/design.md "Command line"): 0 ok, 2 usage, 3 invalid input (unknown municipality, bad date,
// unwritable output), 4 database.
class ReportCli : public CliGroup
{
    Q_DECLARE_TR_FUNCTIONS(parat::ReportCli)
public:
    QString name() const override;
    QString summary() const override;
    QList<CliCommand> commands() const override;
};

} // namespace parat
