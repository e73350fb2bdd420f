#include "Cli.h"

#include "ReportCli.h"
#include "demo/DemoBuilder.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "domain/OfficialMunicipalities.h"
#include "handbook/HandbookImport.h"
#include "handbook/HandbookReader.h"
#include "handbook/SampleHandbook.h"
#include "planning/Calendar.h"
#include "report/ReportSections.h"
#include "storage/Database.h"
#include "storage/HandbookRepository.h"
#include "storage/MunicipalityRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QStandardPaths>

namespace parat {

namespace {

// Options that take a value, and flags, across all subcommands.
const QSet<QString> &valueOptions()
{
    static const QSet<QString> names {QStringLiteral("db"), QStringLiteral("lang"), QStringLiteral("as-of"),
                                      QStringLiteral("label"), QStringLiteral("go-live")};
    return names;
}

const QSet<QString> &flagOptions()
{
    static const QSet<QString> names {QStringLiteral("help"), QStringLiteral("version"), QStringLiteral("demo"),
                                      QStringLiteral("dry-run")};
    return names;
}

} // namespace

struct Cli::Arguments
{
    QHash<QString, QString> options;
    QStringList positional;
    QString problem;

    bool has(const QString &name) const { return options.contains(name); }
    QString value(const QString &name) const { return options.value(name); }
};

namespace {

using Arguments = Cli::Arguments;

Arguments parse(const QStringList &args)
{
    Arguments parsed;
    for (int i = 0; i < args.size(); ++i) {
        QString arg = args.at(i);
        if (arg == QLatin1String("-h"))
            arg = QStringLiteral("--help");
        else if (arg == QLatin1String("-v"))
            arg = QStringLiteral("--version");
        if (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("--")) {
            parsed.positional.append(arg);
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        const bool inlineValue = eq >= 0;
        if (inlineValue) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (valueOptions().contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size()) {
                    parsed.problem = Cli::tr("The option --%1 needs a value.").arg(name);
                    return parsed;
                }
                value = args.at(++i);
            }
            parsed.options.insert(name, value);
        } else if (flagOptions().contains(name) && !inlineValue) {
            parsed.options.insert(name, QString());
        } else {
            parsed.problem = Cli::tr("Unknown option: %1").arg(arg);
            return parsed;
        }
    }
    return parsed;
}

QDate parseDate(const QString &text)
{
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}

} // namespace

Cli::Cli(const Clock &clock, Writer out, Writer err)
    : m_clock(clock)
    , m_out(std::move(out))
    , m_err(std::move(err))
{ }

QStringList Cli::subcommands()
{
    return {QStringLiteral("init"), QStringLiteral("handbook"), QStringLiteral("municipality"),
            QStringLiteral("backup"), QStringLiteral("report")};
}

int Cli::runReport(const Arguments &global, const QStringList &reportArgs)
{
    if (!global.problem.isEmpty()) {
        m_err(global.problem + QLatin1Char('\n'));
        return ExitUsage;
    }
    if (reportArgs.contains(QStringLiteral("--help")) || reportArgs.contains(QStringLiteral("-h"))) {
        m_out(ReportCli::usage());
        return ExitOk;
    }
    const QString dbPath = databasePath(global);
    if (!QFileInfo::exists(dbPath)) {
        m_err(
            tr("There is no database at %1. Create one with: parat --db %1 init").arg(QDir::toNativeSeparators(dbPath))
            + QLatin1Char('\n'));
        return ExitDatabase;
    }
    // A report records a snapshot (for "since the last report"); beside an open window it is made from a
    // read-only view, and says so.
    Database db;
    QString error;
    if (!db.open(dbPath, &error)) {
        if (db.openProblem() != Database::OpenProblem::Locked) {
            m_err(error + QLatin1Char('\n'));
            return ExitDatabase;
        }
        Database::OpenOptions options;
        options.readOnly = true;
        if (!db.open(dbPath, &error, options)) {
            m_err(error + QLatin1Char('\n'));
            return ExitDatabase;
        }
        m_err(tr("Warning: the database is open in another Parat, so this report is not recorded as a report "
                 "snapshot.")
              + QLatin1Char('\n'));
    }
    // Every message of the report command is a line of its own on the terminal.
    const auto asLine = [](const Writer &write) {
        return
            [write](const QString &text) { write(text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n')); };
    };
    const int code
        = runReportCommand(db, m_clock, reportArgs, asLine(m_out), asLine(m_err), ReportSections::standardExtras());
    // Damage met while reading leaves the report incomplete: never a success.
    if (db.isDamaged()) {
        m_err(db.damageMessage() + QLatin1Char('\n'));
        return ExitDatabase;
    }
    return code;
}

QString Cli::databasePath(const Arguments &parsed)
{
    QString dbPath = parsed.value(QStringLiteral("db"));
    if (dbPath.isEmpty())
        dbPath = qEnvironmentVariable("PARAT_DB");
    if (dbPath.isEmpty())
        dbPath = defaultDatabasePath();
    return dbPath;
}

QString Cli::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("parat.sqlite"));
}

QString Cli::usage()
{
    return tr("Usage: parat [--db FILE] [--lang da|en] [COMMAND ...]\n"
              "\n"
              "Without a command Parat opens its window.\n"
              "\n"
              "Commands:\n"
              "  init [--demo] [--as-of YYYY-MM-DD]\n"
              "      Create the database with the bundled sample handbook; --demo adds a demo municipality.\n"
              "  handbook import FILE [--label LABEL] [--dry-run]\n"
              "      Import a handbook version (CSV or JSON) and merge it with the stored one.\n"
              "  handbook versions\n"
              "      List the imported handbook versions.\n"
              "  municipality add CODE [--go-live YYYY-MM-DD]\n"
              "  municipality list\n"
              "  report --municipality CODE --out FILE [--format pdf|html|csv] [--as-of YYYY-MM-DD]\n"
              "  report --all --out-dir DIR [--format pdf|html|csv]\n"
              "  report --overview --out FILE\n"
              "      Status reports for the steering group (parat report --help tells more).\n"
              "  backup list\n"
              "  backup restore ID\n"
              "      List restore points, or put one back (the current state is kept as a restore point).\n"
              "\n"
              "Options:\n"
              "  --db FILE     the database (default: %1; the PARAT_DB environment variable also sets it)\n"
              "  --lang da|en  language of messages\n"
              "  --help        show this help\n"
              "  --version     show the version\n"
              "\n"
              "Exit codes: 0 success, 2 usage error, 3 invalid input (nothing changed), 4 database error.\n")
        .arg(QDir::toNativeSeparators(defaultDatabasePath()));
}

int Cli::run(const QStringList &args)
{
    // "report" has options of its own (ReportCli); global options stand before it.
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--db") || arg == QLatin1String("--lang")) {
            ++i;
            continue;
        }
        if (arg.startsWith(QLatin1String("-")))
            continue;
        if (arg == QLatin1String("report"))
            return runReport(parse(args.mid(0, i)), args.mid(i + 1));
        break;
    }
    const Arguments parsed = parse(args);
    if (!parsed.problem.isEmpty()) {
        m_err(parsed.problem + QLatin1Char('\n') + tr("Run parat --help for usage.") + QLatin1Char('\n'));
        return ExitUsage;
    }
    if (parsed.has(QStringLiteral("version"))) {
        m_out(QStringLiteral("parat %1\n").arg(QStringLiteral(PARAT_VERSION)));
        return ExitOk;
    }
    if (parsed.has(QStringLiteral("help")) || parsed.positional.isEmpty()) {
        m_out(usage());
        return ExitOk;
    }
    const QString command = parsed.positional.value(0);
    const QString action = parsed.positional.value(1);
    const auto usageError = [&](const QString &message) {
        m_err(message + QLatin1Char('\n') + tr("Run parat --help for usage.") + QLatin1Char('\n'));
        return ExitUsage;
    };
    if (!subcommands().contains(command))
        return usageError(tr("Unknown command: %1").arg(command));

    QDate asOf = m_clock.today();
    if (parsed.has(QStringLiteral("as-of"))) {
        asOf = parseDate(parsed.value(QStringLiteral("as-of")));
        if (!asOf.isValid())
            return usageError(tr("--as-of needs a date written as YYYY-MM-DD."));
    }

    QString dbPath = parsed.value(QStringLiteral("db"));
    if (dbPath.isEmpty())
        dbPath = qEnvironmentVariable("PARAT_DB");
    if (dbPath.isEmpty()) {
        dbPath = defaultDatabasePath();
        QDir().mkpath(QFileInfo(dbPath).absolutePath());
    }

    // Check the command's shape before the database is created or opened.
    const int positionals = int(parsed.positional.size());
    if (command == QLatin1String("init") && positionals != 1)
        return usageError(tr("init takes no further arguments."));
    if (command == QLatin1String("handbook")) {
        if (action == QLatin1String("import") && positionals != 3)
            return usageError(tr("handbook import needs exactly one file."));
        if (action == QLatin1String("versions") && positionals != 2)
            return usageError(tr("handbook versions takes no further arguments."));
        if (action != QLatin1String("import") && action != QLatin1String("versions"))
            return usageError(tr("Use handbook import FILE or handbook versions."));
    }
    if (command == QLatin1String("municipality")) {
        if (action == QLatin1String("add") && positionals != 3)
            return usageError(tr("municipality add needs exactly one municipality code."));
        if (action == QLatin1String("list") && positionals != 2)
            return usageError(tr("municipality list takes no further arguments."));
        if (action != QLatin1String("add") && action != QLatin1String("list"))
            return usageError(tr("Use municipality add CODE or municipality list."));
    }
    if (command == QLatin1String("backup")) {
        if (action == QLatin1String("restore") && positionals != 3)
            return usageError(tr("backup restore needs exactly one restore point id (see backup list)."));
        if (action == QLatin1String("list") && positionals != 2)
            return usageError(tr("backup list takes no further arguments."));
        if (action != QLatin1String("restore") && action != QLatin1String("list"))
            return usageError(tr("Use backup list or backup restore ID."));
    }
    if (command == QLatin1String("handbook") && action == QLatin1String("import")
        && !QFileInfo(parsed.positional.at(2)).isFile()) {
        m_err(tr("The file %1 does not exist.").arg(parsed.positional.at(2)) + QLatin1Char('\n'));
        return ExitInvalidInput;
    }

    // Restore points are the way out of a damaged or locked-out file: they read only the restore folder.
    if (command == QLatin1String("backup")) {
        QString error;
        if (action == QLatin1String("list")) {
            const QList<RestorePoint> points = RestorePoints(dbPath).listChecked();
            if (points.isEmpty())
                m_out(tr("There are no restore points yet.") + QLatin1Char('\n'));
            for (const RestorePoint &point : points) {
                QString line
                    = QStringLiteral("%1\t%2\t%3")
                          .arg(point.id, point.takenAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                               Database::restoreReasonName(point.reason));
                if (!point.verified)
                    line += QLatin1Char('\t') + tr("NOT VERIFIED: %1").arg(point.problem);
                m_out(line + QLatin1Char('\n'));
            }
            return ExitOk;
        }
        QString message;
        const Database::RestoreFailure failure
            = Database::restoreFile(dbPath, parsed.positional.at(2), &message, &error);
        if (failure != Database::RestoreFailure::None) {
            m_err(error + QLatin1Char('\n'));
            return failure == Database::RestoreFailure::Database ? ExitDatabase : ExitInvalidInput;
        }
        m_out(message + QLatin1Char('\n'));
        return ExitOk;
    }

    if (command != QLatin1String("init") && !QFileInfo::exists(dbPath)) {
        m_err(
            tr("There is no database at %1. Create one with: parat --db %1 init").arg(QDir::toNativeSeparators(dbPath))
            + QLatin1Char('\n'));
        return ExitDatabase;
    }

    Database db;
    QString error;
    if (!db.open(dbPath, &error)) {
        m_err(error + QLatin1Char('\n'));
        return ExitDatabase;
    }
    if (!db.takeDailyRestorePointIfDue(m_clock.today(), &error))
        m_err(tr("Warning: today's restore point could not be taken: %1").arg(error) + QLatin1Char('\n'));

    if (command == QLatin1String("init")) {
        HandbookRepository handbooks(db);
        if (const auto current = handbooks.currentVersion()) {
            m_out(tr("The database %1 already has a handbook (version %2).")
                      .arg(QDir::toNativeSeparators(dbPath), current->label)
                  + QLatin1Char('\n'));
        } else {
            int tasks = 0;
            if (!SampleHandbook::importInto(db, m_clock, &tasks, &error)) {
                m_err(error + QLatin1Char('\n'));
                return ExitDatabase;
            }
            m_out(tr("Created %1 with the sample handbook (%n task(s); sample data, not KOMBIT's handbook).", "", tasks)
                      .arg(QDir::toNativeSeparators(dbPath))
                  + QLatin1Char('\n'));
        }
        if (parsed.has(QStringLiteral("demo"))) {
            MunicipalityRepository municipalities(db);
            if (const auto existing = municipalities.byCode(DemoBuilder::demoCode())) {
                m_out(tr("The demo municipality %1 %2 is already there.").arg(existing->code, existing->name)
                      + QLatin1Char('\n'));
                return ExitOk;
            }
            Municipality demo;
            DemoBuilder builder(db);
            if (!builder.build(asOf, &demo, &error)) {
                m_err(error + QLatin1Char('\n'));
                return ExitDatabase;
            }
            m_out(tr("Added the demo municipality %1 %2 with go-live on %3.")
                      .arg(demo.code, demo.name, formatDate(demo.goLive, currentLanguage()))
                  + QLatin1Char('\n'));
        }
        return ExitOk;
    }

    if (command == QLatin1String("handbook") && action == QLatin1String("versions")) {
        HandbookRepository handbooks(db);
        const QList<HandbookVersion> versions = handbooks.versions();
        if (versions.isEmpty())
            m_out(tr("No handbook has been imported yet.") + QLatin1Char('\n'));
        for (const HandbookVersion &version : versions) {
            m_out(QStringLiteral("%1\t%2\t%3\t%4\n")
                      .arg(version.label, version.importedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                           version.sourceName, version.title));
        }
        return ExitOk;
    }

    if (command == QLatin1String("handbook") && action == QLatin1String("import")) {
        const bool dryRun = parsed.has(QStringLiteral("dry-run"));
        HandbookImporter importer(db, m_clock);
        const ImportOutcome outcome
            = importer.importFile(parsed.positional.at(2), parsed.value(QStringLiteral("label")), dryRun);
        for (const ImportProblem &problem : outcome.draft.problems) {
            m_err((problem.isError() ? tr("Error: %1") : tr("Warning: %1")).arg(problem.toString())
                  + QLatin1Char('\n'));
        }
        if (outcome.draft.hasErrors()) {
            m_err(tr("Nothing was imported: the file has %n error(s).", "", int(outcome.draft.errors().size()))
                  + QLatin1Char('\n'));
            return ExitInvalidInput;
        }
        if (!outcome.error.isEmpty() && !outcome.applied && !dryRun) {
            m_err(outcome.error + QLatin1Char('\n'));
            return ExitDatabase;
        }
        const MergePlan &plan = outcome.plan;
        for (const Task &task : plan.added)
            m_out(QStringLiteral("+ %1  %2\n").arg(task.key, task.titleDa));
        for (const MergePlan::Changed &changed : plan.changed) {
            m_out(QStringLiteral("~ %1  %2\n").arg(changed.after.key, changed.after.titleDa));
            for (const FieldChange &change : changed.changes)
                m_out(QStringLiteral("    %1: %2 → %3\n").arg(change.field, change.oldValue, change.newValue));
        }
        for (const Task &task : plan.withdrawn)
            m_out(QStringLiteral("- %1  %2\n").arg(task.key, task.titleDa));
        m_out(plan.summary() + QLatin1Char('\n'));
        if (dryRun)
            m_out(tr("Dry run: nothing was changed.") + QLatin1Char('\n'));
        else
            m_out(tr("Imported as handbook version %1.").arg(outcome.version.label) + QLatin1Char('\n'));
        return ExitOk;
    }

    if (command == QLatin1String("municipality")) {
        MunicipalityRepository municipalities(db);
        if (action == QLatin1String("list")) {
            const QList<Municipality> all = municipalities.all();
            if (all.isEmpty())
                m_out(tr("No municipalities yet. Add one with: parat municipality add CODE") + QLatin1Char('\n'));
            for (const Municipality &municipality : all) {
                const QString goLive
                    = municipality.goLive.isValid() ? municipality.goLive.toString(Qt::ISODate) : tr("no go-live date");
                m_out(QStringLiteral("%1\t%2\t%3\t%4\n")
                          .arg(municipality.code, municipality.name, municipality.region, goLive));
            }
            return ExitOk;
        }
        const QString code = parsed.positional.at(2).trimmed();
        const auto info = officialMunicipality(code);
        if (!info) {
            m_err(tr("%1 is not a Danish municipality code. Use the official four-digit code, e.g. 0101 for "
                     "København.")
                      .arg(code)
                  + QLatin1Char('\n'));
            return ExitInvalidInput;
        }
        Municipality municipality;
        municipality.code = info->code;
        municipality.name = info->name;
        municipality.region = info->region;
        if (parsed.has(QStringLiteral("go-live"))) {
            municipality.goLive = parseDate(parsed.value(QStringLiteral("go-live")));
            if (!municipality.goLive.isValid()) {
                m_err(tr("--go-live needs a date written as YYYY-MM-DD.") + QLatin1Char('\n'));
                return ExitUsage;
            }
        }
        if (municipalities.byCode(code)) {
            m_err(tr("%1 %2 is already in the database.").arg(info->code, info->name) + QLatin1Char('\n'));
            return ExitInvalidInput;
        }
        if (!municipalities.add(&municipality, &error)) {
            m_err(error + QLatin1Char('\n'));
            return ExitDatabase;
        }
        m_out(tr("Added %1 %2.").arg(municipality.code, municipality.name) + QLatin1Char('\n'));
        return ExitOk;
    }

    return usageError(tr("Unknown command: %1").arg(command));
}

} // namespace parat
