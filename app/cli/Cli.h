#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace parat {

class Clock;

// Exit codes of the command line (docs/design.md "Command line"); scripts rely on them.
enum ExitCode
{
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2,
    ExitInvalidInput = 3,
    ExitDatabase = 4
};

// The headless subcommands: init, handbook, municipality, backup. Output goes to the given streams so
// tests can run it in-process as well as via the binary.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(parat::Cli)
public:
    using Writer = std::function<void(const QString &)>;

    Cli(const Clock &clock, Writer out, Writer err);

    static QStringList subcommands();
    // args: the arguments after the program name, global options included.
    int run(const QStringList &args);
    // Path of the database when neither --db nor PARAT_DB is given.
    static QString defaultDatabasePath();
    static QString usage();

    struct Arguments;

private:
    int runReport(const Arguments &global, const QStringList &reportArgs);
    static QString databasePath(const Arguments &parsed);

    const Clock &m_clock;
    Writer m_out;
    Writer m_err;
};

} // namespace parat
