#include "ReportCli.h"

#include "Cli.h"

#include "domain/Clock.h"
#include "domain/InputLimits.h"
#include "domain/Language.h"
#include "report/OutputTarget.h"
#include "report/ReportDocument.h"
#include "report/ReportWriter.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"
#include "storage/ReportRepository.h"

#include <QDir>
#include <QHash>

namespace parat {

namespace {

const QStringList kValueOptions {QStringLiteral("--municipality"), QStringLiteral("--out"),
                                 QStringLiteral("--format"),       QStringLiteral("--lang"),
                                 QStringLiteral("--as-of"),        QStringLiteral("--out-dir")};
const QStringList kFlags {QStringLiteral("--all"), QStringLiteral("--overview"), QStringLiteral("--comma"),
                          QStringLiteral("--help")};

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

} // namespace

QString ReportCli::usage()
{
    return tr("Usage:\n"
              "  parat report --municipality CODE --out FILE [--format pdf|html|csv] [--lang da|en]\n"
              "               [--as-of YYYY-MM-DD] [--comma]\n"
              "  parat report --all --out-dir DIR [--format pdf|html|csv] [--lang da|en] [--as-of YYYY-MM-DD]\n"
              "  parat report --overview --out FILE [--format pdf|html|csv] [--lang da|en] [--as-of YYYY-MM-DD]\n"
              "Without --format the file name's suffix decides (.html, .csv); otherwise PDF.\n"
              "--comma separates CSV cells with commas instead of semicolons.\n"
              "Exit codes: 0 success, 2 usage error, 3 invalid input, 4 database error.\n");
}

int runReportCommand(Database &db, const Clock &clock, const QStringList &args, const std::function<void(QString)> &out,
                     const std::function<void(QString)> &err, const ReportExtras &extras)
{
    QHash<QString, QString> values;
    QSet<QString> flags;
    for (int i = 0; i < args.size(); ++i) {
        QString name = args.at(i);
        QString value;
        bool hasValue = false;
        const int equals = name.indexOf(QLatin1Char('='));
        if (name.startsWith(QLatin1String("--")) && equals > 0) {
            value = name.mid(equals + 1);
            name = name.left(equals);
            hasValue = true;
        }
        if (kFlags.contains(name) && !hasValue) {
            flags.insert(name);
        } else if (kValueOptions.contains(name)) {
            if (!hasValue) {
                if (i + 1 >= args.size()) {
                    err(ReportCli::tr("%1 needs a value.").arg(name) + QLatin1Char('\n') + ReportCli::usage());
                    return ExitUsage;
                }
                value = args.at(++i);
            }
            if (values.contains(name)) {
                err(ReportCli::tr("%1 is given twice.").arg(name) + QLatin1Char('\n') + ReportCli::usage());
                return ExitUsage;
            }
            values.insert(name, value);
        } else {
            err(ReportCli::tr("Unknown option for report: %1").arg(args.at(i)) + QLatin1Char('\n')
                + ReportCli::usage());
            return ExitUsage;
        }
    }
    if (flags.contains(QStringLiteral("--help"))) {
        out(ReportCli::usage());
        return ExitOk;
    }
    const bool one = values.contains(QStringLiteral("--municipality"));
    const bool all = flags.contains(QStringLiteral("--all"));
    const bool overview = flags.contains(QStringLiteral("--overview"));
    if (int(one) + int(all) + int(overview) != 1) {
        err(ReportCli::tr("Give exactly one of --municipality, --all and --overview.") + QLatin1Char('\n')
            + ReportCli::usage());
        return ExitUsage;
    }
    const QString outFile = values.value(QStringLiteral("--out"));
    const QString outDir = values.value(QStringLiteral("--out-dir"));
    if ((all && (outDir.isEmpty() || values.contains(QStringLiteral("--out"))))
        || (!all && (outFile.isEmpty() || values.contains(QStringLiteral("--out-dir"))))) {
        err((all ? ReportCli::tr("--all writes into a folder: give --out-dir DIR (and no --out).")
                 : ReportCli::tr("Give the file to write with --out FILE (and no --out-dir)."))
            + QLatin1Char('\n') + ReportCli::usage());
        return ExitUsage;
    }

    ExportOptions options;
    if (values.contains(QStringLiteral("--format"))) {
        const std::optional<ReportFormat> format = reportFormatFromCode(values.value(QStringLiteral("--format")));
        if (!format) {
            err(ReportCli::tr("Unknown format %1: use pdf, html or csv.")
                    .arg(values.value(QStringLiteral("--format"))));
            return ExitUsage;
        }
        options.format = *format;
    } else if (!all) {
        const QString suffix = outFile.section(QLatin1Char('.'), -1).toLower();
        options.format = reportFormatFromCode(suffix).value_or(ReportFormat::Pdf);
    }
    if (flags.contains(QStringLiteral("--comma")))
        options.csvSeparator = QLatin1Char(',');
    if (values.contains(QStringLiteral("--as-of"))) {
        QString problem;
        const std::optional<QDate> asOf
            = parseInputDate(values.value(QStringLiteral("--as-of")), QStringLiteral("--as-of"), &problem);
        if (!asOf) {
            err(problem);
            return ExitInvalidInput;
        }
        options.asOf = *asOf;
    }
    LanguageGuard language;
    if (values.contains(QStringLiteral("--lang"))) {
        const QString lang = values.value(QStringLiteral("--lang"));
        if (!supportedLanguages().contains(lang)) {
            err(ReportCli::tr("Unknown language %1: use da or en.").arg(lang));
            return ExitUsage;
        }
        language.changed = true;
        installTranslations(lang);
    }
    options.language = currentLanguage();
    if (!db.isOpen()) {
        err(ReportCli::tr("The database is not open."));
        return ExitDatabase;
    }
    if (db.isReadOnly())
        err(ReportCli::tr("Note: the database is open read-only (another Parat has it open, or it cannot be written "
                          "here), so this report is written but not recorded as sent."));

    // One municipality's report: write the file (3 when that fails), then record the snapshot (4).
    auto exportOne = [&](const Municipality &m, const QString &path) {
        StatusReportData data;
        QString error;
        if (!checkOutputTarget(db, path, &error)
            || !gatherStatusReport(db, clock, {m.id, options.asOf, options.language}, extras, &data, &error)) {
            err(error);
            return ExitInvalidInput;
        }
        if (!writeStatusReportFile(data, path, options, &error)) {
            err(error);
            return ExitInvalidInput;
        }
        if (db.isReadOnly()) {
            out(ReportCli::tr("Wrote %1").arg(QDir::toNativeSeparators(path)) + QLatin1Char('\n'));
            return ExitOk;
        }
        ReportSnapshot snapshot = snapshotOf(data, reportFormatCode(options.format));
        if (!ReportRepository(db).recordSnapshot(&snapshot, &error)) {
            err(error);
            return ExitDatabase;
        }
        out(ReportCli::tr("Wrote %1").arg(QDir::toNativeSeparators(path)) + QLatin1Char('\n'));
        return ExitOk;
    };

    MunicipalityRepository municipalities(db);
    if (one) {
        const QString code = values.value(QStringLiteral("--municipality")).trimmed();
        const std::optional<Municipality> m = municipalities.byCode(code);
        if (!m) {
            err(ReportCli::tr("There is no municipality with code %1 in the database.").arg(code));
            return ExitInvalidInput;
        }
        return exportOne(*m, outFile);
    }
    if (overview) {
        QString error;
        if (!exportOverviewReport(db, clock, outFile, options, extras, &error)) {
            err(error);
            return ExitInvalidInput;
        }
        out(ReportCli::tr("Wrote %1").arg(QDir::toNativeSeparators(outFile)) + QLatin1Char('\n'));
        return ExitOk;
    }
    if (QString error; !checkOutputFolder(db, outDir, &error)) {
        err(error);
        return ExitInvalidInput;
    }
    if (!QDir().mkpath(outDir)) {
        err(ReportCli::tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(outDir)));
        return ExitInvalidInput;
    }
    const QList<Municipality> list = municipalities.all();
    for (const Municipality &m : list) {
        const int code = exportOne(m, QDir(outDir).filePath(reportFileName(m, options.format)));
        if (code != ExitOk)
            return code;
    }
    out(ReportCli::tr("%n report(s) written.", "", int(list.size())) + QLatin1Char('\n'));
    return ExitOk;
}

} // namespace parat
