#include "Cli.h"

#include "CliOptionNames.h"

#include "CliGroups.h"
#include "FontWarmUp.h"

#include "domain/Clock.h"
#include "domain/Language.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>

namespace parat {

namespace {

const QString kDb = QStringLiteral("db");
const QString kHelp = QStringLiteral("help");
const QString kVersion = QStringLiteral("version");

// The options every command takes, and `parat` alone.
QList<QCommandLineOption> globalOptions()
{
    return {
        QCommandLineOption(
            kDb,
            Cli::tr("the database: a file (default: %1) or a server database postgresql://USER@HOST:PORT/NAME; "
                    "the PARAT_DB environment variable also sets it")
                .arg(QDir::toNativeSeparators(Cli::defaultDatabasePath())),
            Cli::tr("FILE")),
        QCommandLineOption(kLang, Cli::tr("language of messages"), QStringLiteral("da|en")),
        QCommandLineOption(QStringList {QStringLiteral("h"), kHelp}, Cli::tr("show this help")),
        QCommandLineOption(QStringList {QStringLiteral("v"), kVersion}, Cli::tr("show the version")),
    };
}

bool takesGlobalValue(const QString &arg)
{
    return arg == QLatin1String("--db") || arg == QLatin1String("--lang");
}

// The group and command words of the arguments, and everything else in its order. Only the global
// options may take a value before the command's words.
struct Words
{
    QString group;
    QString command;
    QStringList rest;
};

Words findWords(const QStringList &args, const std::function<bool(const QString &, const QString &)> &isCommand)
{
    Words words;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (takesGlobalValue(arg) && i + 1 < args.size()) {
            words.rest << arg << args.at(++i);
            continue;
        }
        const bool isWord = !arg.startsWith(QLatin1Char('-'));
        if (isWord && words.group.isEmpty()) {
            words.group = arg;
            continue;
        }
        if (isWord && words.command.isEmpty() && isCommand(words.group, arg)) {
            words.command = arg;
            continue;
        }
        words.rest << arg;
    }
    return words;
}

const CliGroup *findGroup(const QString &name)
{
    for (const auto &group : cliGroups()) {
        if (group->name() == name)
            return group.get();
    }
    return nullptr;
}

bool hasNamedCommands(const CliGroup &group)
{
    const QList<CliCommand> commands = group.commands();
    return !(commands.size() == 1 && commands.constFirst().name.isEmpty());
}

// A group with named commands may also have one without a name, run when no name follows the group's
// ("parat readiness" beside "parat readiness paper").
std::optional<CliCommand> defaultCommand(const CliGroup &group)
{
    for (const CliCommand &command : group.commands()) {
        if (command.name.isEmpty())
            return command;
    }
    return std::nullopt;
}

// Whether word names one of the group's commands: with a default command only its named ones count, so that an
// option's value ("--municipality 0101") is not taken for a command.
bool namesCommand(const CliGroup &group, const QString &word)
{
    if (!hasNamedCommands(group))
        return false;
    if (!defaultCommand(group))
        return true;
    for (const CliCommand &command : group.commands()) {
        if (!command.name.isEmpty() && command.name == word)
            return true;
    }
    return false;
}

Words commandWords(const QStringList &args)
{
    return findWords(args, [](const QString &name, const QString &word) {
        const CliGroup *group = findGroup(name);
        return group && namesCommand(*group, word);
    });
}

QString fullName(const CliGroup &group, const CliCommand &command)
{
    return command.name.isEmpty() ? group.name() : group.name() + QLatin1Char(' ') + command.name;
}

// Two columns: "  --db FILE      the database ...".
QString optionTable(const QList<QCommandLineOption> &options)
{
    QStringList left;
    int width = 0;
    for (const QCommandLineOption &option : options) {
        QString text = QStringLiteral("  --") + option.names().constLast();
        if (!option.valueName().isEmpty())
            text += QLatin1Char(' ') + option.valueName();
        left.append(text);
        width = std::max(width, int(text.size()));
    }
    QString table;
    for (int i = 0; i < options.size(); ++i)
        table += left.at(i).leftJustified(width + 2) + options.at(i).description() + QLatin1Char('\n');
    return table;
}

QString exitCodes()
{
    return Cli::tr("Exit codes: 0 success, 2 usage error, 3 invalid input (nothing changed), 4 database error.")
        + QLatin1Char('\n');
}

// "  parat handbook import FILE [--label LABEL]" (prefix "parat ").
QString usageLine(const QString &prefix, const CliGroup &group, const QString &line)
{
    return QStringLiteral("  ") + prefix + group.name() + (line.isEmpty() ? QString() : QLatin1Char(' ') + line)
        + QLatin1Char('\n');
}

// The usage lines of each command of the group, each command followed by the first line of its description.
QString commandList(const CliGroup &group, const QString &prefix)
{
    QString text;
    for (const CliCommand &command : group.commands()) {
        for (const QString &line : command.usageLines())
            text += usageLine(prefix, group, line);
        if (!command.description.isEmpty())
            text += QStringLiteral("      ") + command.description.section(QLatin1Char('\n'), 0, 0) + QLatin1Char('\n');
    }
    return text;
}

QString groupUsage(const CliGroup &group)
{
    return Cli::tr("Usage:") + QLatin1Char('\n') + commandList(group, QStringLiteral("parat ")) + QLatin1Char('\n')
        + group.summary() + QLatin1Char('\n')
        + Cli::tr("Run parat %1 COMMAND --help for the options of a command.").arg(group.name()) + QLatin1Char('\n');
}

QString commandUsage(const CliGroup &group, const CliCommand &command)
{
    QString text = Cli::tr("Usage:") + QLatin1Char('\n');
    for (const QString &line : command.usageLines())
        text += usageLine(QStringLiteral("parat "), group, line);
    if (!command.description.isEmpty())
        text += QLatin1Char('\n') + command.description + QLatin1Char('\n');
    text
        += QLatin1Char('\n') + Cli::tr("Options:") + QLatin1Char('\n') + optionTable(command.options + globalOptions());
    return text + QLatin1Char('\n') + exitCodes();
}

QString versionLine()
{
    return QStringLiteral("parat %1\n").arg(QStringLiteral(PARAT_VERSION));
}

} // namespace

Cli::Cli(const Clock &clock, Writer out, Writer err)
    : m_clock(clock)
    , m_out(std::move(out))
    , m_err(std::move(err))
{ }

QStringList Cli::subcommands()
{
    QStringList names;
    for (const auto &group : cliGroups())
        names.append(group->name());
    return names;
}

QString Cli::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("parat.sqlite"));
}

QString Cli::usage()
{
    QString commands;
    for (const auto &group : cliGroups())
        commands += commandList(*group, QString());
    return tr("Usage: parat [--db FILE] [--lang da|en] [COMMAND ...]") + QLatin1String("\n\n")
        + tr("Without a command Parat opens its window.") + QLatin1String("\n\n") + tr("Commands:") + QLatin1Char('\n')
        + commands + QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n') + optionTable(globalOptions())
        + QLatin1Char('\n') + tr("Run parat COMMAND --help for the options of a command.") + QLatin1Char('\n')
        + exitCodes();
}

QString Cli::optionValue(const QStringList &args, const QString &name)
{
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == name && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(name + QLatin1Char('=')))
            return args.at(i).mid(name.size() + 1);
    }
    return {};
}

bool Cli::draws(const QStringList &args)
{
    const Words words = commandWords(args);
    const CliGroup *group = findGroup(words.group);
    if (!group)
        return false;
    // The command runGroup() runs for these words.
    const bool named = hasNamedCommands(*group);
    for (const CliCommand &command : group->commands()) {
        if (named && command.name != words.command)
            continue;
        if (!command.draws)
            return false;
        QCommandLineParser parser;
        parser.addOptions(command.options + globalOptions());
        if (!parser.parse(QStringList {QStringLiteral("parat")} + words.rest) || parser.isSet(kHelp)
            || parser.isSet(kVersion))
            return false;
        return command.draws(parser, parser.positionalArguments());
    }
    return false;
}

int Cli::run(const QStringList &args, Database *openDatabase)
{
    const Words words = commandWords(args);
    const auto usageError = [this](const QString &message) {
        m_err(message + QLatin1Char('\n') + tr("Run parat --help for usage.") + QLatin1Char('\n'));
        return ExitUsage;
    };
    if (words.group.isEmpty()) {
        QCommandLineParser parser;
        parser.addOptions(globalOptions());
        if (!parser.parse(QStringList {QStringLiteral("parat")} + words.rest))
            return usageError(parser.errorText());
        m_out(parser.isSet(kVersion) ? versionLine() : usage());
        return ExitOk;
    }
    const CliGroup *group = findGroup(words.group);
    if (!group)
        return usageError(tr("Unknown command: %1").arg(words.group));
    return runGroup(*group, words.command, words.rest, openDatabase);
}

int Cli::runGroup(const CliGroup &group, const QString &commandName, const QStringList &rest, Database *openDatabase)
{
    const QList<CliCommand> commands = group.commands();
    if (!hasNamedCommands(group))
        return runCommand(group, commands.constFirst(), rest, openDatabase);
    for (const CliCommand &command : commands) {
        if (command.name == commandName)
            return runCommand(group, command, rest, openDatabase);
    }
    // No command, or one the group does not have: --help shows the group's commands, anything else is a
    // usage error that lists them.
    QCommandLineParser parser;
    parser.addOptions(globalOptions());
    const bool parsed = parser.parse(QStringList {QStringLiteral("parat")} + rest);
    if (commandName.isEmpty() && parsed && parser.isSet(kHelp)) {
        m_out(groupUsage(group));
        return ExitOk;
    }
    const QString problem = commandName.isEmpty()
        ? tr("%1 needs one of its commands:").arg(group.name())
        : tr("Unknown command: %1").arg(group.name() + QLatin1Char(' ') + commandName);
    m_err(problem + QLatin1Char('\n') + commandList(group, QStringLiteral("parat "))
          + tr("Run parat %1 --help for usage.").arg(group.name()) + QLatin1Char('\n'));
    return ExitUsage;
}

int Cli::runCommand(const CliGroup &group, const CliCommand &command, const QStringList &rest, Database *openDatabase)
{
    QCommandLineParser parser;
    parser.addOptions(command.options + globalOptions());
    CliCall call(fullName(group, command), parser, {}, m_clock, m_out, m_err);
    if (!parser.parse(QStringList {QStringLiteral("parat")} + rest))
        return call.usageError(parser.errorText());
    if (parser.isSet(kVersion)) {
        m_out(versionLine());
        return ExitOk;
    }
    if (parser.isSet(kHelp)) {
        m_out(commandUsage(group, command));
        return ExitOk;
    }
    call.setArguments(parser.positionalArguments());
    const int expected = int(command.arguments.size());
    if (call.arguments().size() != expected) {
        if (expected == 0)
            return call.usageError(tr("%1 takes no further arguments.").arg(call.command()));
        QStringList names;
        for (const CliArgument &argument : command.arguments)
            names.append(argument.name);
        return call.usageError(
            tr("%1 needs exactly %n argument(s): %2", "", expected).arg(call.command(), names.join(QLatin1Char(' '))));
    }
    // Check the call before the database is created or opened.
    if (command.check) {
        const int checked = command.check(call);
        if (checked != ExitOk)
            return checked;
    }
    if (openDatabase) {
        call.setDatabase(openDatabase, openDatabase->path(), false);
        return command.run(call);
    }
    return openAndRun(command, call);
}

int Cli::openAndRun(const CliCommand &command, CliCall &call)
{
    // An empty --db is a slip (an unset shell variable), not a wish for the default database.
    if (call.options().isSet(kDb) && call.options().value(kDb).trimmed().isEmpty())
        return call.usageError(tr("The option --db needs the name of a database file; it is empty."));
    QString dbPath = call.options().value(kDb);
    if (dbPath.isEmpty())
        dbPath = qEnvironmentVariable("PARAT_DB");
    if (dbPath.isEmpty()) {
        dbPath = defaultDatabasePath();
        QDir().mkpath(QFileInfo(dbPath).absolutePath());
    }
    if (command.database == DatabaseUse::None) {
        call.setDatabase(nullptr, QString(), false);
        return command.run(call);
    }
    // Team mode: --db or PARAT_DB names a server database (docs/team-mode.md).
    if (Database::isServerUrl(dbPath))
        return openServerAndRun(command, call, dbPath);
    if (command.database != DatabaseUse::Create && !QFileInfo::exists(dbPath)) {
        return call.fail(ExitDatabase,
                         tr("There is no database at %1. Create one with: parat --db %1 init")
                             .arg(QDir::toNativeSeparators(dbPath)));
    }

    if (command.database == DatabaseUse::Unopened) {
        call.setDatabase(nullptr, dbPath, false);
        return command.run(call);
    }

    Database db;
    QString error;
    bool readOnly = false;
    Database::OpenOptions options;
    options.checkInBackground = command.checkWhileReading;
    if (!db.open(dbPath, &error, options)) {
        if (command.database != DatabaseUse::ReadOnlyWhenLocked || db.openProblem() != Database::OpenProblem::Locked)
            return call.fail(ExitDatabase, error);
        options.readOnly = true;
        if (!db.open(dbPath, &error, options))
            return call.fail(ExitDatabase, error);
        readOnly = true;
    }
    call.setDatabase(&db, dbPath, readOnly);
    if (command.database == DatabaseUse::Create || command.database == DatabaseUse::Existing) {
        if (!db.takeDailyRestorePointIfDue(m_clock.today(), &error))
            call.err(tr("Warning: today's restore point could not be taken: %1").arg(error));
    }
    const int code = command.run(call);
    // Damage met while reading or writing leaves the command's work incomplete: never a success.
    if (!db.waitForIntegrityCheck() || db.isDamaged()) {
        call.err(db.damageMessage());
        return ExitDatabase;
    }
    return code;
}

int Cli::openServerAndRun(const CliCommand &command, CliCall &call, const QString &url)
{
    if (command.database == DatabaseUse::Unopened) {
        // The backup commands decide for a server themselves (backup restore FILE puts a backup back).
        call.setDatabase(nullptr, url, false);
        return command.run(call);
    }
    Database db;
    QString error;
    Database::ServerOptions options;
    options.createSchema = command.database == DatabaseUse::Create;
    if (!db.openServer(url, &error, options))
        return call.fail(ExitDatabase, error);
    call.setDatabase(&db, db.path(), false);
    return command.run(call);
}

int runCommandLine(int &argc, char **argv, const QStringList &args, const Clock &clock)
{
    const auto writeTo = [](FILE *stream) {
        return [stream](const QString &text) {
            const QByteArray bytes = text.toLocal8Bit();
            std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
            std::fflush(stream);
        };
    };
    // A call that draws needs fonts (Qt Gui) but never a display; the others start faster without Qt Gui's
    // platform plugin and font database.
    std::unique_ptr<QCoreApplication> app;
    std::unique_ptr<FontWarmUp> fonts; // after app: ends before it
    if (Cli::draws(args)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
        // A report reads its data before it lays out its first line.
        fonts = std::make_unique<FontWarmUp>();
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // The first --lang decides the language of every message (a report's own --lang may change it for the
    // report).
    const QString language = Cli::optionValue(args, QStringLiteral("--lang"));
    if (!language.isEmpty() && !supportedLanguages().contains(language)) {
        writeTo(stderr)(QStringLiteral("--lang: da | en\n"));
        return ExitUsage;
    }
    installTranslations(language.isEmpty() ? systemLanguage() : language);
    return Cli(clock, writeTo(stdout), writeTo(stderr)).run(args);
}

} // namespace parat
