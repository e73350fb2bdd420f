#include "StatusCli.h"

#include "CliOptionNames.h"

#include "commands/StatusImportCommands.h"
#include "domain/Enums.h"
#include "domain/Language.h"
#include "handbook/SpreadsheetReader.h"
#include "services/StatusImport.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"
#include "storage/StatusMappingRepository.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace parat {

namespace {

const QString kMapping = QStringLiteral("mapping");
const QString kSheet = QStringLiteral("sheet");
const QString kHeaderRow = QStringLiteral("header-row");
const QString kKey = QStringLiteral("key-column");
const QString kTitle = QStringLiteral("title-column");
const QString kStatus = QStringLiteral("status-column");
const QString kDone = QStringLiteral("done-column");
const QString kNote = QStringLiteral("note-column");
const QString kKlik = QStringLiteral("klik-column");
const QString kWord = QStringLiteral("word");
const QString kSave = QStringLiteral("save-mapping");
const QString kConflicts = QStringLiteral("conflicts");
const QString kMinCertainty = QStringLiteral("min-certainty");

// A column given as letters ("C") or as its heading in the header row; -1 with *problem when neither.
int columnOf(const QString &given, const SpreadsheetSheet &sheet, int headerRow, QString *problem)
{
    const QString text = given.trimmed();
    for (int c = 0; c < sheet.columnCount(); ++c) {
        if (statusWordKey(sheet.cell(headerRow, c).display()) == statusWordKey(text))
            return c;
    }
    static const QRegularExpression letters(QStringLiteral("^[A-Za-z]{1,3}$"));
    if (letters.match(text).hasMatch()) {
        int column = 0;
        for (const QChar ch : text.toUpper())
            column = column * 26 + (ch.unicode() - 'A' + 1);
        return column - 1;
    }
    *problem = StatusCli::tr("There is no column \"%1\" in the header row of sheet \"%2\" (give its heading or its "
                             "letters, such as C).")
                   .arg(text, sheet.name);
    return -1;
}

int checkImport(CliCall &call)
{
    if (!call.options().isSet(kMunicipality) || call.options().value(kMunicipality).trimmed().isEmpty())
        return call.usageError(StatusCli::tr("Say which municipality with --municipality CODE."));
    if (call.options().isSet(kConflicts)) {
        const QString choice = call.options().value(kConflicts).trimmed().toLower();
        if (choice != QLatin1String("parat") && choice != QLatin1String("sheet"))
            return call.usageError(
                StatusCli::tr("--conflicts must be parat or sheet, not \"%1\".").arg(call.options().value(kConflicts)));
    }
    if (call.options().isSet(kMinCertainty)) {
        bool ok = false;
        const int percent = call.options().value(kMinCertainty).toInt(&ok);
        if (!ok || percent < 0 || percent > 100)
            return call.usageError(StatusCli::tr("--min-certainty must be a percentage from 0 to 100."));
    }
    if (call.options().isSet(kHeaderRow)) {
        bool ok = false;
        const int row = call.options().value(kHeaderRow).toInt(&ok);
        if (!ok || row < 1)
            return call.usageError(StatusCli::tr("--header-row must be a row number from 1."));
    }
    for (const QString &word : call.options().values(kWord)) {
        const int at = int(word.lastIndexOf(QLatin1Char('=')));
        if (at <= 0 || !statusFromCode(word.mid(at + 1).trimmed()))
            return call.usageError(StatusCli::tr("--word must be WORD=STATUS with a status code of Parat "
                                                 "(not_started, in_progress, waiting, done, not_relevant), not "
                                                 "\"%1\".")
                                       .arg(word));
    }
    const QFileInfo file(call.arguments().constFirst());
    if (!file.isFile())
        return call.fail(ExitInvalidInput, StatusCli::tr("The file %1 does not exist.").arg(file.filePath()));
    return ExitOk;
}

// The mapping of the call: --mapping's saved one, else the one the sheet's headings suggest; then the column options
// on top. False after telling the user (*exitCode set).
bool mappingOf(CliCall &call, const SpreadsheetBook &book, StatusMapping *mapping, int *exitCode)
{
    if (call.options().isSet(kMapping)) {
        const QString name = call.options().value(kMapping).trimmed();
        std::optional<StatusMapping> saved = StatusMappingRepository(call.database()).byName(name);
        if (!saved) {
            *exitCode = call.fail(
                ExitInvalidInput,
                StatusCli::tr("There is no saved column mapping \"%1\". See: parat status mappings").arg(name));
            return false;
        }
        *mapping = *saved;
    } else {
        const QString sheetName = call.options().value(kSheet).trimmed();
        const SpreadsheetSheet *sheet = sheetName.isEmpty() ? &book.sheets.constFirst() : book.sheet(sheetName);
        if (!sheet) {
            *exitCode = call.fail(ExitInvalidInput,
                                  StatusCli::tr("The file %1 has no sheet \"%2\".").arg(book.sourceName, sheetName));
            return false;
        }
        *mapping = guessStatusMapping(*sheet);
    }
    if (call.options().isSet(kSheet))
        mapping->sheet = call.options().value(kSheet).trimmed();
    if (call.options().isSet(kHeaderRow))
        mapping->headerRow = call.options().value(kHeaderRow).toInt() - 1;
    const SpreadsheetSheet *sheet = mappedSheet(book, *mapping);
    if (!sheet) {
        *exitCode = call.fail(ExitInvalidInput,
                              StatusCli::tr("The file %1 has no sheet \"%2\".").arg(book.sourceName, mapping->sheet));
        return false;
    }
    const QList<QPair<QString, int *>> columns {{kKey, &mapping->columns.key},       {kTitle, &mapping->columns.title},
                                                {kStatus, &mapping->columns.status}, {kDone, &mapping->columns.doneOn},
                                                {kNote, &mapping->columns.note},     {kKlik, &mapping->columns.klik}};
    for (const auto &[option, target] : columns) {
        if (!call.options().isSet(option))
            continue;
        QString problem;
        const int column = columnOf(call.options().value(option), *sheet, mapping->headerRow, &problem);
        if (column < 0) {
            *exitCode = call.fail(ExitInvalidInput, problem);
            return false;
        }
        *target = column;
    }
    for (const QString &word : call.options().values(kWord)) {
        const int at = int(word.lastIndexOf(QLatin1Char('=')));
        mapping->words.insert(statusWordKey(word.left(at)), word.mid(at + 1).trimmed());
    }
    return true;
}

QString stateText(const TaskState &state)
{
    QString text = statusName(state.status);
    if (state.doneOn.isValid())
        text += QStringLiteral(" %1").arg(state.doneOn.toString(Qt::ISODate));
    return text;
}

void printPlan(const CliCall &call, const StatusImportPlan &plan)
{
    for (const StatusImportRow &row : plan.rows) {
        const QString where = StatusCli::tr("row %1").arg(row.sheetRow + 1);
        switch (row.outcome) {
        case StatusImportRow::Outcome::Change:
            call.out(QStringLiteral("%1 %2  %3  (%4%5)")
                         .arg(row.takeSheet ? QStringLiteral("~") : StatusCli::tr("left out:"), row.taskKey,
                              statusImportChanges(row, currentLanguage()).join(QStringLiteral("; ")), where,
                              row.match == StatusImportRow::Match::Title
                                  ? StatusCli::tr(", title %1%").arg(row.certainty)
                                  : QString()));
            break;
        case StatusImportRow::Outcome::Conflict:
            call.out(StatusCli::tr("! %1  Parat: %2 (changed since the sheet: %3); sheet: %4  (%5) → %6")
                         .arg(row.taskKey, stateText(row.before), row.paratChange, stateText(row.after), where,
                              row.takeSheet ? StatusCli::tr("the sheet's") : StatusCli::tr("Parat's kept")));
            break;
        case StatusImportRow::Outcome::NoMatch:
            call.out(QStringLiteral("? %1  %2  (%3)")
                         .arg(row.sheetKey.isEmpty() ? row.sheetTitle : row.sheetKey, row.reason, where));
            break;
        case StatusImportRow::Outcome::Unchanged:
        case StatusImportRow::Outcome::Empty:
            break;
        }
    }
    call.out(statusImportSummary(plan));
}

int runImport(CliCall &call)
{
    const QString code = call.options().value(kMunicipality).trimmed();
    const std::optional<Municipality> municipality = MunicipalityRepository(call.database()).byCode(code);
    if (!municipality)
        return call.fail(
            ExitInvalidInput,
            StatusCli::tr("Municipality %1 is not in the database. See: parat municipality list").arg(code));
    const SpreadsheetBook book = readSpreadsheetFile(call.arguments().constFirst());
    if (!book.ok())
        return call.fail(ExitInvalidInput, StatusCli::tr("Nothing was imported: %1").arg(book.error));
    StatusMapping mapping;
    int exitCode = ExitOk;
    if (!mappingOf(call, book, &mapping, &exitCode))
        return exitCode;

    StatusImportPlan plan = planStatusImport(call.database(), municipality->id, book, mapping, call.clock());
    for (const QString &error : plan.errors)
        call.err(StatusCli::tr("Error: %1").arg(error));
    if (!plan.ok()) {
        return call.fail(
            ExitInvalidInput,
            StatusCli::tr("Nothing was imported: the sheet has %n error(s).", "", int(plan.errors.size())));
    }
    const bool takeSheet = call.options().value(kConflicts).trimmed().toLower() == QLatin1String("sheet");
    const int minCertainty = call.options().value(kMinCertainty).toInt();
    for (StatusImportRow &row : plan.rows) {
        if (row.outcome == StatusImportRow::Outcome::Conflict)
            row.takeSheet = takeSheet;
        if (row.certainty < minCertainty)
            row.takeSheet = false; // a title match the call does not trust is left out, as unticked in the window
    }
    printPlan(call, plan);
    if (plan.count(StatusImportRow::Outcome::Conflict) > 0 && !takeSheet)
        call.out(StatusCli::tr("Conflicts keep Parat's status; --conflicts sheet takes the sheet's."));

    if (call.options().isSet(kSave) && !call.options().isSet(kDryRun)) {
        mapping.name = call.options().value(kSave).trimmed();
        SaveStatusMapping save(call.database(), call.clock(), mapping);
        save.redo();
        if (save.failed())
            return call.fail(ExitInvalidInput, save.error());
        call.out(StatusCli::tr("Saved the column mapping \"%1\".").arg(mapping.name));
    }
    if (call.options().isSet(kDryRun)) {
        call.out(StatusCli::tr("Dry run: nothing was changed."));
        return ExitOk;
    }
    if (plan.applying().isEmpty()) {
        call.out(StatusCli::tr("The sheet changes no task. Nothing was changed."));
        return ExitOk;
    }
    RestorePoint point;
    QString error;
    std::unique_ptr<ImportStatuses> command = prepareStatusImport(call.database(), call.clock(), plan, &point, &error);
    if (!command)
        return call.fail(ExitDatabase, error);
    command->redo();
    if (command->failed())
        return call.fail(ExitDatabase, StatusCli::tr("Nothing was imported: %1").arg(command->error()));
    call.out(StatusCli::tr("Imported the statuses of %n task(s). Restore point taken first: %1", "",
                           int(plan.applying().size()))
                 .arg(point.id));
    return ExitOk;
}

int runMappings(CliCall &call)
{
    const QList<StatusMapping> mappings = StatusMappingRepository(call.database()).all();
    if (mappings.isEmpty())
        call.out(StatusCli::tr("No column mapping has been saved yet."));
    for (const StatusMapping &mapping : mappings) {
        call.out(QStringLiteral("%1\t%2\t%3")
                     .arg(mapping.name, mapping.sheet, StatusCli::tr("header row %1").arg(mapping.headerRow + 1)));
    }
    return ExitOk;
}

} // namespace

QString StatusCli::name() const
{
    return QStringLiteral("status");
}

QString StatusCli::summary() const
{
    return tr("Statuses from spreadsheets: import a status sheet, a KLIK export or any sheet with a status column.");
}

QList<CliCommand> StatusCli::commands() const
{
    CliCommand importCommand;
    importCommand.name = QStringLiteral("import");
    importCommand.arguments = {{tr("FILE")}};
    importCommand.options = {
        QCommandLineOption(kMunicipality, tr("the municipality"), tr("CODE")),
        QCommandLineOption(kMapping, tr("a saved column mapping (default: Parat's status sheet, or the headings)"),
                           tr("NAME")),
        QCommandLineOption(kSheet, tr("the sheet to read (default: the first)"), tr("SHEET")),
        QCommandLineOption(kHeaderRow, tr("the row with the headings (default: found from the headings)"), tr("ROW")),
        QCommandLineOption(kKey, tr("the column of the task key (heading or letters)"), tr("COLUMN")),
        QCommandLineOption(kTitle, tr("the column of the task title, to match by title"), tr("COLUMN")),
        QCommandLineOption(kStatus, tr("the column of the status"), tr("COLUMN")),
        QCommandLineOption(kDone, tr("the column of the done date"), tr("COLUMN")),
        QCommandLineOption(kNote, tr("the column of the note"), tr("COLUMN")),
        QCommandLineOption(kKlik, tr("the column of \"marked in KLIK\" (a date or yes)"), tr("COLUMN")),
        QCommandLineOption(kWord, tr("a status word of the sheet and Parat's status code (repeatable)"),
                           tr("WORD=STATUS")),
        QCommandLineOption(kSave, tr("save the columns and words as a mapping of this name"), tr("NAME")),
        QCommandLineOption(kMinCertainty,
                           tr("leave out title matches less certain than this (default: 0, all are taken)"),
                           tr("PERCENT")),
        QCommandLineOption(kConflicts, tr("whose status wins a conflict (default: parat)"),
                           QStringLiteral("parat|sheet")),
        QCommandLineOption(kDryRun, tr("show what would change and write nothing")),
    };
    importCommand.synopses = {QStringLiteral("FILE --municipality CODE [--mapping NAME] [--sheet SHEET] "
                                             "[--header-row ROW] [--key-column COLUMN] [--title-column COLUMN] "
                                             "[--status-column COLUMN] [--done-column COLUMN] [--note-column COLUMN] "
                                             "[--klik-column COLUMN] [--word WORD=STATUS]... [--save-mapping NAME] "
                                             "[--min-certainty PERCENT] [--conflicts parat|sheet] [--dry-run]")};
    importCommand.description
        = tr("Import task statuses from a spreadsheet (.xlsx or CSV): Parat's own status sheet as it comes back, "
             "or any sheet with a task key or title and a status column. Shows what changes, what conflicts "
             "(changed in Parat after the sheet was made) and which rows fit no task; any unreadable cell stops "
             "the import before anything is written. A restore point is taken first.");
    importCommand.check = checkImport;
    importCommand.run = runImport;

    CliCommand mappings;
    mappings.name = QStringLiteral("mappings");
    mappings.description = tr("List the saved column mappings.");
    mappings.database = DatabaseUse::ReadOnlyWhenLocked;
    mappings.run = runMappings;
    return {importCommand, mappings};
}

} // namespace parat
