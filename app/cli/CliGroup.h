#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace parat {

class Clock;
class Database;

// Exit codes of the command line (docs/design.md). Every command keeps to them, so scripts can tell a
// mistake in the call (2) from bad input data (3) and from a database that cannot be used (4).
enum ExitCode
{
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2,
    ExitInvalidInput = 3,
    ExitDatabase = 4
};

// How a command uses the database. The shared runner (Cli) opens it accordingly before the command runs,
// so every command reports a missing, damaged or locked database the same way.
enum class DatabaseUse
{
    // Created when missing (init); today's restore point is taken first.
    Create,
    // Must exist; today's restore point is taken before the command changes anything.
    Existing,
    // Must exist; no restore point is taken (the backup commands work on restore points themselves).
    ExistingWithoutRestorePoint,
    // Must exist; beside an open window it is opened read-only and the command is told so (reports).
    ReadOnlyWhenLocked,
    // Must exist but is not opened: the backup commands read only the restore folder, so they are the way
    // out of a damaged or locked-out file. database() must not be used; databasePath() is set.
    Unopened,
    // Not used at all: the command names the databases it works on as its arguments (server init, copy).
    // database() must not be used and databasePath() is empty.
    None
};

using CliWriter = std::function<void(const QString &)>;

// One run of one command: its parsed options and arguments, the clock, where output goes and the open
// database. Every write is one line on the terminal (a newline is added when the text has none).
class CliCall
{
public:
    CliCall(QString command, const QCommandLineParser &options, QStringList arguments, const Clock &clock,
            CliWriter out, CliWriter err);

    // "handbook import": what the user typed to reach this command.
    const QString &command() const { return m_command; }
    const QCommandLineParser &options() const { return m_options; }
    // The positional arguments after the command's name.
    const QStringList &arguments() const { return m_arguments; }
    const Clock &clock() const { return m_clock; }

    // The database, set by the runner (setDatabase()) before the command's run() is called.
    Database &database() const { return *m_database; }
    const QString &databasePath() const { return m_databasePath; }
    // True when the database was opened read-only because another Parat has it open.
    bool readOnly() const { return m_readOnly; }

    void out(const QString &text) const;
    void err(const QString &text) const;
    // Writes the message and where to find the command's usage; returns ExitUsage.
    int usageError(const QString &message) const;
    // Writes the message; returns code.
    int fail(ExitCode code, const QString &message) const;

    void setArguments(QStringList arguments) { m_arguments = std::move(arguments); }
    void setDatabase(Database *database, const QString &path, bool readOnly);

private:
    QString m_command;
    const QCommandLineParser &m_options;
    QStringList m_arguments;
    const Clock &m_clock;
    CliWriter m_out;
    CliWriter m_err;
    Database *m_database = nullptr;
    QString m_databasePath;
    bool m_readOnly = false;
};

// A positional argument of a command, as its usage names it ("FILE").
struct CliArgument
{
    QString name;
};

// One command of a group ("handbook import"), declared so the shared runner can parse it with
// QCommandLineParser, check the number of arguments, write its --help and open the database before
// run() is called.
struct CliCommand
{
    // "import"; empty when the group is a command of its own (init, report).
    QString name;
    QList<CliArgument> arguments;
    // The command's own options; --db, --lang, --help and --version are added by the runner.
    QList<QCommandLineOption> options;
    // Usage lines after "parat <group> <name>"; when empty, one is made from arguments and options.
    QStringList synopses;
    QString description;
    DatabaseUse database = DatabaseUse::Existing;
    // The integrity check (PRAGMA quick_check) of the file runs on a worker thread while the command reads
    // (Database::OpenOptions::checkInBackground) instead of inside open(). Only for a command that writes nothing
    // to the database and calls database().waitForIntegrityCheck() before it writes its output (reports): no
    // output comes from a file not yet known to be sound.
    bool checkWhileReading = false;
    // Whether this call draws — a PDF, a chart, a picture: fonts and QPainter — and so needs Qt Gui (a
    // QGuiApplication, offscreen). Every other call runs under a plain QCoreApplication, which starts without a
    // platform plugin and without reading the system's fonts. Asked with the parsed options and positional
    // arguments before any application exists (Cli::draws), so it must only read them. Unset: the command never
    // draws. tests/cli/CliApplicationTest.cpp lists the answer for every command.
    std::function<bool(const QCommandLineParser &options, const QStringList &arguments)> draws;
    // Checks the call before the database is opened (bad dates, missing files); returns ExitOk to go on.
    std::function<int(CliCall &)> check;
    std::function<int(CliCall &)> run;

    // The usage lines without "parat <group>": "import FILE [--label LABEL] [--dry-run]".
    QStringList usageLines() const;
};

// A command with its name (empty for a group that is one command), positional arguments and description, what it
// runs and the database it needs; options, check and the rest are set on the result.
CliCommand cliCommand(const QString &name, const QList<CliArgument> &arguments, const QString &description,
                      std::function<int(CliCall &)> run, DatabaseUse database = DatabaseUse::Existing);

// A group of commands of the command line (handbook, municipality, report, ...): one class each, listed in
// CliGroups.cpp. A group either is one command (a single CliCommand with an empty name) or has named
// commands that follow the group's name.
class CliGroup
{
public:
    virtual ~CliGroup() = default;
    // The word after "parat": "handbook".
    virtual QString name() const = 0;
    // One line for the group's --help.
    virtual QString summary() const = 0;
    virtual QList<CliCommand> commands() const = 0;
};

} // namespace parat
