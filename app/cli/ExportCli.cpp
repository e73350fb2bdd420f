#include "ExportCli.h"

#include "domain/Clock.h"
#include "domain/Language.h"
#include "report/OutputTarget.h"
#include "report/ReportWriter.h"
#include "report/StatusSheet.h"
#include "report/TaskWorkbook.h"
#include "services/SpreadsheetRows.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"
#include "storage/PersonRepository.h"

#include <QDir>
#include <QFileInfo>

namespace parat {

namespace {

const QString kMunicipality = QStringLiteral("municipality");
const QString kOut = QStringLiteral("out");
const QString kFormat = QStringLiteral("format");
const QString kXlsx = QStringLiteral("xlsx");
const QString kCsv = QStringLiteral("csv");
const QString kPerson = QStringLiteral("person");

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

int checkStatus(CliCall &call)
{
    if (const int code = checkCommon(call); code != ExitOk)
        return code;
    if (call.options().value(kPerson).trimmed().isEmpty())
        return call.usageError(ExportCli::tr("Say whose status sheet with --person NAME."));
    return ExitOk;
}

int runStatus(CliCall &call)
{
    int exitCode = ExitOk;
    const std::optional<Municipality> municipality = municipalityOf(call, &exitCode);
    if (!municipality)
        return exitCode;
    const QString name = call.options().value(kPerson).trimmed();
    QList<Person> found;
    for (const Person &person : PersonRepository(call.database()).forMunicipality(municipality->id)) {
        if (person.name.compare(name, Qt::CaseInsensitive) == 0)
            found.append(person);
    }
    if (found.size() != 1) {
        return call.fail(ExitInvalidInput,
                         found.isEmpty() ? ExportCli::tr("%1 is not one of the municipality's people.").arg(name)
                                         : ExportCli::tr("%n people are called %1; rename one in Parat first.", "",
                                                         int(found.size()))
                                               .arg(name));
    }
    const QString path = call.options().value(kOut).trimmed();
    QString error;
    if (!checkOutputTarget(call.database(), path, &error))
        return call.fail(ExitInvalidInput, error);
    const QString language = currentLanguage();
    const QList<StatusSheetRow> rows
        = statusSheetRows(call.database(), municipality->id, found.constFirst().id, language);
    if (!writeStatusSheet(path, rows, found.constFirst().name, call.clock().now(), language, &error))
        return call.fail(ExitInvalidInput, error);
    call.out(ExportCli::tr("Wrote a status sheet with %n task(s) to %1", "", int(rows.size()))
                 .arg(QDir::toNativeSeparators(path)));
    return ExitOk;
}

} // namespace

QString ExportCli::name() const
{
    return QStringLiteral("export");
}

QString ExportCli::summary() const
{
    return tr("The task list, the superuser grid and status sheets as spreadsheets (Excel or CSV).");
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

    CliCommand status;
    status.name = QStringLiteral("status");
    status.options = {municipality, QCommandLineOption(kPerson, tr("the person, by name"), tr("NAME")),
                      QCommandLineOption(kOut, tr("the Excel file to write (.xlsx)"), tr("FILE"))};
    status.synopses = {QStringLiteral("--municipality CODE --person NAME --out FILE.xlsx")};
    status.description
        = tr("Write a person's status sheet: their open tasks with due dates and hours, and columns for status, "
             "done date, KLIK and a note to fill in. Read it back with: parat status import FILE");
    status.database = DatabaseUse::ReadOnlyWhenLocked;
    status.check = checkStatus;
    status.run = runStatus;
    return {tasks, grid, status};
}

} // namespace parat
