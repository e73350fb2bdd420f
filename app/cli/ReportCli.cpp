#include "ReportCli.h"

#include "CliOptionNames.h"

#include "Cli.h"

#include "domain/Clock.h"
#include "domain/InputLimits.h"
#include "domain/Language.h"
#include "report/OutputTarget.h"
#include "report/ReportSections.h"
#include "report/ReportWriter.h"
#include "report/StatusReport.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"
#include "storage/ReportRepository.h"

#include <QDir>

namespace parat {

namespace {

const QString kAll = QStringLiteral("all");
const QString kOverview = QStringLiteral("overview");
const QString kComma = QStringLiteral("comma");
const QString kFinal = QStringLiteral("final");

// What the options ask for, read and checked before the database is opened.
struct ReportJob
{
    enum class Kind
    {
        One,
        All,
        Overview
    };
    Kind kind = Kind::One;
    QString code;
    QString outFile;
    QString outDir;
    ExportOptions options;
    QString language; // empty: keep the installed one
};

// The format --format names; without it the suffix of --out (PDF when it names none, and for --all). Nullopt for an
// unknown --format.
std::optional<ReportFormat> requestedFormat(const QCommandLineParser &options)
{
    if (options.isSet(kFormat))
        return reportFormatFromCode(options.value(kFormat));
    if (options.isSet(kAll))
        return ReportFormat::Pdf;
    return reportFormatFromCode(options.value(kOut).section(QLatin1Char('.'), -1).toLower())
        .value_or(ReportFormat::Pdf);
}

// A PDF draws; so does a municipality's HTML report (its charts are drawn into SVG). The overview's HTML is a table
// and every CSV is text. An unknown --format is a usage error, written as text.
bool draws(const QCommandLineParser &options, const QStringList &)
{
    const std::optional<ReportFormat> format = requestedFormat(options);
    return format == ReportFormat::Pdf || (format == ReportFormat::Html && !options.isSet(kOverview));
}

// Reads the options into *job; on a problem writes it and returns its exit code.
int readJob(const CliCall &call, ReportJob *job)
{
    const QCommandLineParser &options = call.options();
    for (const QString &name : {kMunicipality, kOut, kOutDir, kFormat, kAsOf}) {
        if (options.values(name).size() > 1)
            return call.usageError(ReportCli::tr("%1 is given twice.").arg(QStringLiteral("--") + name));
    }
    const bool one = options.isSet(kMunicipality);
    const bool all = options.isSet(kAll);
    const bool overview = options.isSet(kOverview);
    if (int(one) + int(all) + int(overview) != 1)
        return call.usageError(ReportCli::tr("Give exactly one of --municipality, --all and --overview."));
    job->kind = one ? ReportJob::Kind::One : all ? ReportJob::Kind::All : ReportJob::Kind::Overview;
    job->code = options.value(kMunicipality).trimmed();
    job->outFile = options.value(kOut);
    job->outDir = options.value(kOutDir);
    if (all && (job->outDir.isEmpty() || options.isSet(kOut)))
        return call.usageError(ReportCli::tr("--all writes into a folder: give --out-dir DIR (and no --out)."));
    if (!all && (job->outFile.isEmpty() || options.isSet(kOutDir)))
        return call.usageError(ReportCli::tr("Give the file to write with --out FILE (and no --out-dir)."));

    const std::optional<ReportFormat> format = requestedFormat(options);
    if (!format)
        return call.usageError(ReportCli::tr("Unknown format %1: use pdf, html or csv.").arg(options.value(kFormat)));
    job->options.format = *format;
    if (options.isSet(kComma))
        job->options.csvSeparator = QLatin1Char(',');
    // Only a final report moves the "since the last report" baseline; without --final it is a draft.
    job->options.recordSnapshot = options.isSet(kFinal);
    if (job->options.recordSnapshot && overview)
        return call.usageError(ReportCli::tr("--final records status reports as sent; the overview is not one."));
    if (options.isSet(kAsOf)) {
        QString problem;
        const std::optional<QDate> asOf = parseInputDate(options.value(kAsOf), QStringLiteral("--as-of"), &problem);
        if (!asOf)
            return call.fail(ExitInvalidInput, problem);
        job->options.asOf = *asOf;
    }
    if (options.isSet(kLang)) {
        job->language = options.value(kLang);
        if (!supportedLanguages().contains(job->language))
            return call.usageError(ReportCli::tr("Unknown language %1: use da or en.").arg(job->language));
    }
    return ExitOk;
}

int check(CliCall &call)
{
    ReportJob job;
    return readJob(call, &job);
}

// Restores the language that was installed when the command started.
struct LanguageGuard
{
    QString previous = currentLanguage();
    bool changed = false;
    ~LanguageGuard()
    {
        if (changed)
            installTranslations(previous);
    }
};

// One municipality's report: write the file (3 when that fails), then, when final, record it as sent (4).
int exportOne(const CliCall &call, const ReportJob &job, const Municipality &municipality, const QString &path)
{
    Database &db = call.database();
    StatusReportData data;
    QString error;
    if (!checkOutputTarget(db, path, &error)
        || !gatherStatusReport(db, call.clock(), {municipality.id, job.options.asOf, job.options.language},
                               ReportSections::standardExtras(), &data, &error))
        return call.fail(ExitInvalidInput, error);
    QByteArray bytes;
    if (!renderStatusReport(data, job.options, &bytes, &error))
        return call.fail(ExitInvalidInput, error);
    // The integrity check ran beside the reading (checkWhileReading): nothing is written before it came back sound.
    // The runner names the damage.
    if (!db.waitForIntegrityCheck())
        return ExitDatabase;
    if (!ReportWriter::writeFile(path, bytes, &error))
        return call.fail(ExitInvalidInput, error);
    // A draft is not recorded; a read-only database cannot record a final report (run() said so) — the file
    // is written all the same.
    if (job.options.recordSnapshot && !db.isReadOnly()) {
        ReportSnapshot snapshot = snapshotOf(data, reportFormatCode(job.options.format));
        if (!ReportRepository(db).recordSnapshot(&snapshot, &error))
            return call.fail(ExitDatabase, error);
    }
    call.out(ReportCli::tr("Wrote %1").arg(QDir::toNativeSeparators(path)));
    return ExitOk;
}

int exportAll(const CliCall &call, const ReportJob &job)
{
    Database &db = call.database();
    if (QString error; !checkOutputFolder(db, job.outDir, &error))
        return call.fail(ExitInvalidInput, error);
    if (!QDir().mkpath(job.outDir)) {
        return call.fail(
            ExitInvalidInput,
            ReportCli::tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(job.outDir)));
    }
    // Written on a thread pool (one worker per core, a connection each); then, in the municipalities' order, each
    // is reported and, when final, recorded as sent — as one by one (exportOne) would.
    QList<BatchReport> reports;
    for (const Municipality &municipality : MunicipalityRepository(db).all()) {
        BatchReport report;
        report.municipality = municipality;
        report.path = QDir(job.outDir).filePath(reportFileName(municipality, job.options.format));
        reports.append(report);
    }
    bool cancelled = false;
    writeStatusReports(db, call.clock(), &reports, job.options, ReportSections::standardExtras(), {}, &cancelled);
    for (const BatchReport &report : std::as_const(reports)) {
        if (!report.tried)
            continue;
        if (!report.done)
            return db.isDamaged() ? ExitDatabase : call.fail(ExitInvalidInput, report.error);
        // A draft is not recorded; a read-only database cannot record a final report (run() said so).
        if (report.snapshot && !db.isReadOnly()) {
            ReportSnapshot snapshot = *report.snapshot;
            if (QString error; !ReportRepository(db).recordSnapshot(&snapshot, &error))
                return call.fail(ExitDatabase, error);
        }
        call.out(ReportCli::tr("Wrote %1").arg(QDir::toNativeSeparators(report.path)));
    }
    call.out(ReportCli::tr("%n report(s) written.", "", int(reports.size())));
    return ExitOk;
}

int exportOverview(const CliCall &call, const ReportJob &job)
{
    QString error;
    if (!exportOverviewReport(call.database(), call.clock(), job.outFile, job.options, ReportSections::standardExtras(),
                              &error))
        return call.database().isDamaged() ? ExitDatabase : call.fail(ExitInvalidInput, error);
    call.out(ReportCli::tr("Wrote %1").arg(QDir::toNativeSeparators(job.outFile)));
    return ExitOk;
}

int run(CliCall &call)
{
    ReportJob job;
    const int read = readJob(call, &job);
    if (read != ExitOk)
        return read;
    if (job.options.recordSnapshot && call.database().isReadOnly()) {
        call.err(ReportCli::tr("Note: the database is open read-only (another Parat has it open, or it cannot be "
                               "written here), so this report is written but not recorded as sent."));
    }
    LanguageGuard language;
    // The language installed already (--lang before the command sets it for every message) is not loaded again.
    if (!job.language.isEmpty() && job.language != currentLanguage()) {
        language.changed = true;
        installTranslations(job.language);
    }
    job.options.language = currentLanguage();

    switch (job.kind) {
    case ReportJob::Kind::One: {
        const std::optional<Municipality> municipality = MunicipalityRepository(call.database()).byCode(job.code);
        if (!municipality) {
            return call.fail(ExitInvalidInput,
                             ReportCli::tr("There is no municipality with code %1 in the database.").arg(job.code));
        }
        return exportOne(call, job, *municipality, job.outFile);
    }
    case ReportJob::Kind::All:
        return exportAll(call, job);
    case ReportJob::Kind::Overview:
        return exportOverview(call, job);
    }
    return ExitUsage;
}

} // namespace

QString ReportCli::name() const
{
    return QStringLiteral("report");
}

QString ReportCli::summary() const
{
    return tr("Status reports for the steering group.");
}

QList<CliCommand> ReportCli::commands() const
{
    CliCommand report;
    report.options = {
        QCommandLineOption(kMunicipality, tr("the report of one municipality"), tr("CODE")),
        QCommandLineOption(kAll, tr("one report per municipality, into --out-dir")),
        QCommandLineOption(kOverview, tr("one row per municipality")),
        QCommandLineOption(kOut, tr("the file to write"), tr("FILE")),
        QCommandLineOption(kOutDir, tr("the folder for --all (created when missing)"), tr("DIR")),
        QCommandLineOption(kFormat, tr("pdf, html or csv (default: the file name's suffix, else pdf)"),
                           QStringLiteral("pdf|html|csv")),
        QCommandLineOption(kAsOf, tr("the date the report is made as of (default: today)"),
                           QStringLiteral("YYYY-MM-DD")),
        QCommandLineOption(kComma, tr("separate CSV cells with commas instead of semicolons")),
        QCommandLineOption(kFinal, tr("record the report as sent to the steering group (without it: a draft)")),
    };
    report.synopses = {
        tr("--municipality CODE --out FILE [--format pdf|html|csv] [--lang da|en] [--as-of YYYY-MM-DD] [--comma] "
           "[--final]"),
        tr("--all --out-dir DIR [--format pdf|html|csv] [--lang da|en] [--as-of YYYY-MM-DD] [--final]"),
        tr("--overview --out FILE [--format pdf|html|csv] [--lang da|en] [--as-of YYYY-MM-DD]"),
    };
    report.description = tr("Status reports for the steering group.\n"
                            "Without --format the file name's suffix decides (.html, .csv); otherwise PDF. A report "
                            "is a draft unless --final records it as sent: the next report lists what changed since "
                            "the last one sent.");
    report.database = DatabaseUse::ReadOnlyWhenLocked;
    // Reports read while the file's integrity check runs; each waits for it before it writes its file.
    report.checkWhileReading = true;
    report.check = check;
    report.draws = draws;
    report.run = run;
    return {report};
}

} // namespace parat
