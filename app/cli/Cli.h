#pragma once

#include "CliGroup.h"

#include <QCoreApplication>
#include <QStringList>

namespace parat {

class Clock;
class Database;

// The command line: finds the group and command the arguments name, parses them with the command's
// QCommandLineParser, answers --help and --version, opens the database the way the command declared
// and runs it. The groups themselves are listed in CliGroups.cpp. Output goes to the given writers, so
// tests can run it in-process as well as via the binary.
//
// Global options (--db, --lang, --help, --version) stand anywhere; a command's own options follow its
// name. Exit codes: ExitCode.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(parat::Cli)
public:
    using Writer = CliWriter;

    Cli(const Clock &clock, Writer out, Writer err);

    // The group names ("init", "handbook", ...): the words that make the executable run a command rather
    // than open its window.
    static QStringList subcommands();
    // args: the arguments after the program name, global options included. With an open database the
    // command works on it instead of opening --db (in-process callers that hold the database already).
    int run(const QStringList &args, Database *openDatabase = nullptr);
    // Path of the database when neither --db nor PARAT_DB is given.
    static QString defaultDatabasePath();
    // `parat --help`.
    static QString usage();
    // The first value of a global option given as "--name value" or "--name=value", or empty; for what must
    // be known before the arguments are parsed (the language, the window's database).
    static QString optionValue(const QStringList &args, const QString &name);
    // Whether the arguments name a call that draws (CliCommand::draws), so that runCommandLine knows which
    // application to make before it makes one. False for --help, --version and calls the parser rejects (they only
    // write text).
    static bool draws(const QStringList &args);

private:
    int runGroup(const CliGroup &group, const QString &commandName, const QStringList &rest, Database *openDatabase);
    int runCommand(const CliGroup &group, const CliCommand &command, const QStringList &rest, Database *openDatabase);
    int openAndRun(const CliCommand &command, CliCall &call);
    int openServerAndRun(const CliCommand &command, CliCall &call, const QString &url);

    const Clock &m_clock;
    Writer m_out;
    Writer m_err;
};

// What the executable does when its arguments name a command (or --help, --version): a QGuiApplication on the
// offscreen platform when the call draws (Cli::draws: PDFs and charts need fonts, never a display), otherwise a
// plain QCoreApplication; the language of --lang, then Cli::run on stdout and stderr. Links no widgets, so it runs
// where no GUI libraries are installed.
int runCommandLine(int &argc, char **argv, const QStringList &args, const Clock &clock);

} // namespace parat
