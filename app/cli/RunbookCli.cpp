#include "RunbookCli.h"

#include "CliOptionNames.h"

#include "MunicipalityCommand.h"

#include "commands/RunbookCommands.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "domain/Runbook.h"
#include "planning/RunbookRules.h"
#include "report/OutputTarget.h"
#include "report/RunbookExport.h"
#include "storage/Database.h"
#include "storage/RunbookRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace parat {

namespace {

const QString kReplace = QStringLiteral("replace");

int runList(CliCall &call, const Municipality &municipality)
{
    const QList<RunbookStep> steps = RunbookRepository(call.database()).forMunicipality(municipality.id);
    const QString language = currentLanguage();
    const QDateTime now = call.clock().now();
    QList<QStringList> rows;
    for (const RunbookStep &step : steps) {
        QString status = runbookStatusName(step.status);
        if (runbookStepLate(step, municipality.goLive, now))
            status = RunbookCli::tr("%1 (late)").arg(status);
        rows.append({QString::number(step.number), formatRelativeStart(step.startMinutes),
                     formatStartDay(step.startMinutes, municipality.goLive, language),
                     formatDuration(step.durationMinutes), status, step.title, step.owner,
                     formatDependsOn(step.dependsOn), step.contact});
    }
    outRows(call, rows,
            RunbookCli::tr("%1 has no runbook yet. Create the default one with: parat runbook template")
                .arg(municipality.name));
    return ExitOk;
}

// "csv" or "pdf" from --format, else from the file's suffix (csv when it is neither).
QString exportFormat(const QCommandLineParser &options, const QStringList &arguments)
{
    if (options.isSet(kFormat))
        return options.value(kFormat).trimmed().toLower();
    return QFileInfo(arguments.value(0)).suffix().toLower() == QStringLiteral("pdf") ? QStringLiteral("pdf")
                                                                                     : QStringLiteral("csv");
}

QString exportFormat(const CliCall &call)
{
    return exportFormat(call.options(), call.arguments());
}

// The printed runbook draws; the CSV is text.
bool exportDraws(const QCommandLineParser &options, const QStringList &arguments)
{
    return exportFormat(options, arguments) == QStringLiteral("pdf");
}

int checkExport(CliCall &call)
{
    const QString format = exportFormat(call);
    if (format != QStringLiteral("csv") && format != QStringLiteral("pdf"))
        return call.usageError(RunbookCli::tr("--format must be csv or pdf, not \"%1\".").arg(format));
    return ExitOk;
}

int runExport(CliCall &call, const Municipality &municipality)
{
    const QString path = call.arguments().constFirst();
    QString error;
    if (!checkOutputTarget(call.database(), path, &error))
        return call.fail(ExitInvalidInput, error);
    const QList<RunbookStep> steps = RunbookRepository(call.database()).forMunicipality(municipality.id);
    const bool ok = exportFormat(call) == QStringLiteral("pdf")
        ? RunbookExport::writePdf(municipality, steps, call.clock().now(), currentLanguage(), path, &error)
        : writeFileAtomically(path, RunbookExport::csv(steps), &error);
    if (!ok)
        return call.fail(ExitInvalidInput, error);
    call.out(RunbookCli::tr("Wrote %1 (%n step(s)).", nullptr, int(steps.size())).arg(QDir::toNativeSeparators(path)));
    return ExitOk;
}

int replaceRunbook(CliCall &call, const Municipality &municipality, const QList<RunbookStep> &steps,
                   const QString &what)
{
    ReplaceRunbook command(call.database(), municipality.id, steps, what);
    command.redo();
    if (command.failed())
        return call.fail(ExitInvalidInput, RunbookCli::tr("%1 Nothing was changed.").arg(command.error()));
    return ExitOk;
}

int runImport(CliCall &call, const Municipality &municipality)
{
    const QString path = call.arguments().constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return call.fail(ExitInvalidInput,
                         RunbookCli::tr("%1 cannot be read: %2. Nothing was changed.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    const RunbookExport::ReadResult read = RunbookExport::read(file.readAll(), municipality.id);
    if (!read.ok) {
        return call.fail(ExitInvalidInput,
                         RunbookCli::tr("%1: %2 Nothing was changed.").arg(QDir::toNativeSeparators(path), read.error));
    }
    if (const int code = replaceRunbook(call, municipality, read.steps, RunbookCli::tr("Import runbook"));
        code != ExitOk)
        return code;
    call.out(RunbookCli::tr("Imported %n step(s) into the runbook of %1.", nullptr, int(read.steps.size()))
                 .arg(municipality.name));
    return ExitOk;
}

int runTemplate(CliCall &call, const Municipality &municipality)
{
    const int existing = int(RunbookRepository(call.database()).forMunicipality(municipality.id).size());
    if (existing > 0 && !call.options().isSet(kReplace)) {
        return call.fail(
            ExitInvalidInput,
            RunbookCli::tr("%1 already has a runbook of %n step(s); add --replace to replace it.", nullptr, existing)
                .arg(municipality.name));
    }
    const QList<RunbookStep> steps = defaultRunbook(municipality.id);
    if (const int code = replaceRunbook(call, municipality, steps, RunbookCli::tr("Create the default runbook"));
        code != ExitOk)
        return code;
    call.out(RunbookCli::tr("Created the default runbook of %n step(s) for %1.", nullptr, int(steps.size()))
                 .arg(municipality.name));
    return ExitOk;
}

} // namespace

QString RunbookCli::name() const
{
    return QStringLiteral("runbook");
}

QString RunbookCli::summary() const
{
    return tr("The cutover runbook: the steps of the go-live weekend and the weeks around it.");
}

QList<CliCommand> RunbookCli::commands() const
{
    const CliCommand list
        = municipalityCommand(QStringLiteral("list"), {}, QStringLiteral("[--municipality CODE]"),
                              tr("List the steps by start: number, start (T−2d 15:00), day and time, duration, status "
                                 "(marked late when its end has passed), title, owner, depends on and contact."),
                              runList, DatabaseUse::ReadOnlyWhenLocked);

    CliCommand exportCommand
        = municipalityCommand(QStringLiteral("export"),
                              {QCommandLineOption(kFormat,
                                                  tr("csv (the default) or pdf: the printed runbook on A4 "
                                                     "landscape"),
                                                  QStringLiteral("csv|pdf"))},
                              QStringLiteral("FILE [--municipality CODE] [--format csv|pdf]"),
                              tr("Write the runbook as CSV (to edit in a spreadsheet and import again) or PDF."),
                              runExport, DatabaseUse::ReadOnlyWhenLocked);
    exportCommand.arguments = {{tr("FILE")}};
    exportCommand.check = checkExport;
    exportCommand.draws = exportDraws;

    CliCommand importCommand
        = municipalityCommand(QStringLiteral("import"), {}, QStringLiteral("FILE [--municipality CODE]"),
                              tr("Replace the runbook by the steps of a CSV file. A line that cannot be read, a "
                                 "dependency on a missing step or a cycle stops the import and nothing changes."),
                              runImport);
    importCommand.arguments = {{tr("FILE")}};

    const CliCommand templateCommand = municipalityCommand(
        QStringLiteral("template"), {QCommandLineOption(kReplace, tr("replace a runbook that has steps already"))},
        QStringLiteral("[--municipality CODE] [--replace]"),
        tr("Create the default runbook: freeze, last conversion, reconciliation samples, "
           "access and roles, smoke test, go/no-go call, first-day support rota and "
           "hypercare."),
        runTemplate);
    return {list, exportCommand, importCommand, templateCommand};
}

} // namespace parat
