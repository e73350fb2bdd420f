#pragma once

#include "Cli.h"

#include <QString>
#include <QStringList>

namespace parat::test {

// What a command run in this process wrote (each write one line) and its exit code.
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

// Runs `parat args…` in this process on an open database (Cli::run), as the command-line tests do that need no
// separate process. Header-only: only tests that link parat_cli include it.
inline CliRun runCli(Database &db, const Clock &clock, const QStringList &args)
{
    CliRun run;
    Cli cli(
        clock, [&run](const QString &text) { run.out += text + QLatin1Char('\n'); },
        [&run](const QString &text) { run.err += text + QLatin1Char('\n'); });
    run.code = cli.run(args, &db);
    return run;
}

} // namespace parat::test
