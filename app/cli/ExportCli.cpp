#include "ExportCli.h"

#include "domain/Clock.h"
#include "domain/Language.h"
#include "report/OutputTarget.h"
#include "report/ReportWriter.h"
#include "report/TaskWorkbook.h"
#include "services/SpreadsheetRows.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"

#include <QDir>
#include <QFileInfo>

namespace parat {

namespace {

const QString kMunicipality = QStringLiteral("municipality");
const QString kOut = QStringLiteral("out");
const QString kFormat = QStringLiteral("format");
const QString kXlsx = QStringLiteral("xlsx");
const QString kCsv = QStringLiteral("csv");

// The format of `export tasks`: --format, else the file name's suffix when it is csv, else xlsx.
QString tasksFormat(const CliCall &call)
{
    if (call.options().isSet(kFormat))
        return call.options().value(kFormat).trimmed().toLower();
    const QString suffix = QFileInfo(call.options().value(kOut).trimmed()).suffix().toLower();
    return suffix == kCsv ? kCsv : kXlsx;
}

int checkCommon(CliCall &call)
{
    if (!call.options().isSet(kMunicipality) || call.options().value(kMunicipality).trimmed().isEmpty())
        return call.usageError(ExportCli::tr("Say which municipality with --municipality CODE."));
    if (call.options().value(kOut).trimmed().isEmpty())
        return call.usageError(ExportCli::tr("Say where to write with --out FILE."));
    return ExitOk;
}

int checkTasks(CliCall &call)
{
    if (const int code = checkCommon(call); code != ExitOk)
        return code;
    const QString format = tasksFormat(call);
    if (format != kXlsx && format != kCsv)
        return call.usageError(
            ExportCli::tr("--format must be xlsx or csv, not \"%1\".").arg(call.options().value(kFormat)));
    return ExitOk;
}

// The municipality of --municipality, or nullopt after telling the user (*exitCode set).
std::optional<Municipality> municipalityOf(CliCall &call, int *exitCode)
{
    const QString code = call.options().value(kMunicipality).trimmed();
    std::optional<Municipality> municipality = MunicipalityRepository(call.database()).byCode(code);
    if (!municipality) {
        *exitCode = call.fail(
            ExitInvalidInput,
            ExportCli::tr("Municipality %1 is not in the database. See: parat municipality list").arg(code));
    }
    return municipality;
}

int runTasks(CliCall &call)
{
    int exitCode = ExitOk;
    const std::optional<Municipality> municipality = municipalityOf(call, &exitCode);
    if (!municipality)
        return exitCode;
    const QString path = call.options().value(kOut).trimmed();
    QString error;
    if (!checkOutputTarget(call.database(), path, &error))
        return call.fail(ExitInvalidInput, error);
    const QString language = currentLanguage();
    const QList<TaskSheetRow> rows = taskSheetRows(call.database(), municipality->id, call.clock().today(), language);
    const bool ok = tasksFormat(call) == kCsv
        ? writeFileAtomically(path, ReportWriter::csv(taskCsvRows(rows, language)), &error)
        : writeTaskWorkbook(path, rows, language, &error);
    if (!ok)
        return call.fail(ExitInvalidInput, error);
    call.out(ExportCli::tr("Wrote %n task(s) to %1", "", int(rows.size())).arg(QDir::toNativeSeparators(path)));
    return ExitOk;
}

int runGrid(CliCall &call)
{
    int exitCode = ExitOk;
    const std::optional<Municipality> municipality = municipalityOf(call, &exitCode);
    if (!municipality)
        return exitCode;
    const QString path = call.options().value(kOut).trimmed();
    QString error;
    if (!checkOutputTarget(call.database(), path, &error))
        return call.fail(ExitInvalidInput, error);
    const QString language = currentLanguage();
    const QList<GridSheetRow> rows = gridSheetRows(call.database(), municipality->id, call.clock().today(), language);
    if (!writeGridWorkbook(path, rows, language, &error))
        return call.fail(ExitInvalidInput, error);
    call.out(ExportCli::tr("Wrote %n person-week(s) to %1", "", int(rows.size())).arg(QDir::toNativeSeparators(path)));
    return ExitOk;
}

} // namespace

QString ExportCli::name() const
{
    return QStringLiteral("export");
}

QString ExportCli::summary() const
{
    return tr("The task list and the superuser grid as spreadsheets (Excel or CSV).");
}

QList<CliCommand> ExportCli::commands() const
{
    const QCommandLineOption municipality(kMunicipality, tr("the municipality"), tr("CODE"));

    CliCommand tasks;
    tasks.name = QStringLiteral("tasks");
    tasks.options
        = {municipality, QCommandLineOption(kOut, tr("the file to write"), tr("FILE")),
           QCommandLineOption(kFormat, tr("xlsx (Excel, the default) or csv (default: the file name's suffix)"),
                              QStringLiteral("xlsx|csv"))};
    tasks.synopses = {QStringLiteral("--municipality CODE --out FILE [--format xlsx|csv]")};
    tasks.description
        = tr("Write the municipality's current tasks as a spreadsheet: key, title, phase, theme, status, people, "
             "the release, due and done dates as dates and the hours as numbers, with a frozen header row and a "
             "filter. CSV is ';'-separated UTF-8, as Danish Excel opens it.");
    tasks.database = DatabaseUse::ReadOnlyWhenLocked;
    tasks.check = checkTasks;
    tasks.run = runTasks;

    CliCommand grid;
    grid.name = QStringLiteral("grid");
    grid.options = {municipality, QCommandLineOption(kOut, tr("the Excel file to write (.xlsx)"), tr("FILE"))};
    grid.synopses = {QStringLiteral("--municipality CODE --out FILE.xlsx")};
    grid.description = tr("Write the superuser grid as an Excel workbook: one row per person and week with hours "
                          "allocated (after holidays), needed and free (negative when over).");
    grid.database = DatabaseUse::ReadOnlyWhenLocked;
    grid.check = checkCommon;
    grid.run = runGrid;
    return {tasks, grid};
}

} // namespace parat
