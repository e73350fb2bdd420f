#include "ExportCli.h"

#include "CliOptionNames.h"

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

#include <functional>
#include <optional>

namespace parat {

namespace {

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

// What an export writes to the path it is given: the message saying what it wrote, with %1 for the path, or
// nullopt after setting *error.
using Write = std::function<std::optional<QString>(const QString &path, QString *error)>;

// Checks --out as a place to write (not the plan, its restore folder or a folder), writes it and says so.
int writeOut(CliCall &call, const Write &write)
{
    const QString path = call.options().value(kOut).trimmed();
    QString error;
    if (!checkOutputTarget(call.database(), path, &error))
        return call.fail(ExitInvalidInput, error);
    const std::optional<QString> wrote = write(path, &error);
    if (!wrote)
        return call.fail(ExitInvalidInput, error);
    call.out(wrote->arg(QDir::toNativeSeparators(path)));
    return ExitOk;
}

// What an export of one municipality writes: as Write, for the municipality with this id.
using WriteFor = std::function<std::optional<QString>(Id municipalityId, const QString &path, QString *error)>;

// An export of the municipality of --municipality (writeOut), once it is found.
int exportFor(CliCall &call, const WriteFor &write)
{
    int exitCode = ExitOk;
    const std::optional<Municipality> municipality = municipalityOf(call, &exitCode);
    if (!municipality)
        return exitCode;
    return writeOut(call, [&](const QString &path, QString *error) { return write(municipality->id, path, error); });
}

int runTasks(CliCall &call)
{
    return exportFor(call, [&call](Id id, const QString &path, QString *error) -> std::optional<QString> {
        const QString language = currentLanguage();
        const QList<TaskSheetRow> rows = taskSheetRows(call.database(), id, call.clock().today(), language);
        const bool ok = tasksFormat(call) == kCsv
            ? writeFileAtomically(path, ReportWriter::csv(taskCsvRows(rows, language)), error)
            : writeTaskWorkbook(path, rows, language, error);
        if (!ok)
            return std::nullopt;
        return ExportCli::tr("Wrote %n task(s) to %1", "", int(rows.size()));
    });
}

int runGrid(CliCall &call)
{
    return exportFor(call, [&call](Id id, const QString &path, QString *error) -> std::optional<QString> {
        const QString language = currentLanguage();
        const QList<GridSheetRow> rows = gridSheetRows(call.database(), id, call.clock().today(), language);
        if (!writeGridWorkbook(path, rows, language, error))
            return std::nullopt;
        return ExportCli::tr("Wrote %n person-week(s) to %1", "", int(rows.size()));
    });
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
    const Person &person = found.constFirst();
    return writeOut(call, [&](const QString &path, QString *error) -> std::optional<QString> {
        const QString language = currentLanguage();
        const QList<StatusSheetRow> rows = statusSheetRows(call.database(), municipality->id, person.id, language);
        if (!writeStatusSheet(path, rows, person.name, call.clock().now(), language, error))
            return std::nullopt;
        return ExportCli::tr("Wrote a status sheet with %n task(s) to %1", "", int(rows.size()));
    });
}

// One export subcommand: it reads the plan (also while another Parat writes to it) and writes a file.
CliCommand exportCommand(const QString &name, const QList<QCommandLineOption> &options, const QString &synopsis,
                         const QString &description, std::function<int(CliCall &)> check,
                         std::function<int(CliCall &)> run)
{
    CliCommand command;
    command.name = name;
    command.options = options;
    command.synopses = {synopsis};
    command.description = description;
    command.database = DatabaseUse::ReadOnlyWhenLocked;
    command.check = std::move(check);
    command.run = std::move(run);
    return command;
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
    const QCommandLineOption excelOut(kOut, tr("the Excel file to write (.xlsx)"), tr("FILE"));
    return {
        exportCommand(
            QStringLiteral("tasks"),
            {municipality, QCommandLineOption(kOut, tr("the file to write"), tr("FILE")),
             QCommandLineOption(kFormat, tr("xlsx (Excel, the default) or csv (default: the file name's suffix)"),
                                QStringLiteral("xlsx|csv"))},
            QStringLiteral("--municipality CODE --out FILE [--format xlsx|csv]"),
            tr("Write the municipality's current tasks as a spreadsheet: key, title, phase, theme, status, people, "
               "the release, due and done dates as dates and the hours as numbers, with a frozen header row and a "
               "filter. CSV is ';'-separated UTF-8, as Danish Excel opens it."),
            checkTasks, runTasks),
        exportCommand(QStringLiteral("grid"), {municipality, excelOut},
                      QStringLiteral("--municipality CODE --out FILE.xlsx"),
                      tr("Write the superuser grid as an Excel workbook: one row per person and week with hours "
                         "allocated (after holidays), needed and free (negative when over)."),
                      checkCommon, runGrid),
        exportCommand(QStringLiteral("status"),
                      {municipality, QCommandLineOption(kPerson, tr("the person, by name"), tr("NAME")), excelOut},
                      QStringLiteral("--municipality CODE --person NAME --out FILE.xlsx"),
                      tr("Write a person's status sheet: their open tasks with due dates and hours, and columns for "
                         "status, done date, KLIK and a note to fill in. Read it back with: parat status import FILE"),
                      checkStatus, runStatus)};
}

} // namespace parat
