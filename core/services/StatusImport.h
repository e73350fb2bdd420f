#pragma once

#include "domain/StatusImport.h"
#include "domain/Types.h"
#include "handbook/SpreadsheetReader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace parat {

class Clock;
class Database;

// The status sheet a person fills in, and reading statuses back from any spreadsheet (docs/spreadsheets.md
// "Status sheets" and "Importing statuses").

// The hidden columns of Parat's own status sheet: the status at the export (its code) and the time of the export
// (UTC, ISO 8601). Their headings are codes, the same in every language, so a sheet exported in English is read
// back by a Danish Parat.
inline const QString kStatusSheetExportedStatus = QStringLiteral("parat_status");
inline const QString kStatusSheetExportedAt = QStringLiteral("parat_exported_at");

// One task of a person's status sheet.
struct StatusSheetRow
{
    QString key;
    QString title;
    QDate due;
    double hours = 0.0;
    Status status = Status::NotStarted;
    QDate doneOn;
    QDate klikMarkedOn;
    QString note;
};

// The tasks a person is responsible for or performs in the municipality, current and not closed, by due date; texts
// in language.
QList<StatusSheetRow> statusSheetRows(Database &db, Id municipalityId, Id personId, const QString &language);
// "parat-0630-status-line-jensen.xlsx"
QString statusSheetFileName(const Municipality &municipality, const Person &person);

// The mapping that fits a sheet by its headings: Parat's own status sheet, or a sheet whose header row (one of the
// first 10) names a key or title and a status column in Danish or English. The sheet and header row are set; a
// column not found is -1.
StatusMapping guessStatusMapping(const SpreadsheetSheet &sheet);

// Distinct status words of the mapping's status column below the header row, in the order met.
QStringList statusWordsIn(const SpreadsheetSheet &sheet, const StatusMapping &mapping);

// The sheet of the book the mapping names (the first sheet when it names none, the only one when the book has one);
// nullptr when it is not there.
const SpreadsheetSheet *mappedSheet(const SpreadsheetBook &book, const StatusMapping &mapping);

// Plans the import of a sheet for a municipality: matches each row to a task (by key, else by title with a
// certainty), reads its status, done date, note and KLIK mark, and compares them with Parat's state now. Rows that
// changed in Parat after the sheet was made (Parat's own sheet says when) and that the sheet changes too are
// conflicts, kept as Parat has them until the user picks the sheet's values. Cells that cannot be read (an unknown
// status word, a date that is not a date) are errors naming sheet, row and column; a plan with errors must not be
// applied. Reads only.
StatusImportPlan planStatusImport(Database &db, Id municipalityId, const SpreadsheetBook &book,
                                  const StatusMapping &mapping, const Clock &clock);

// What a row changes, one text per field: "Status: I gang → Fuldført", "Done on: 24-11-2026", "Note: …".
QStringList statusImportChanges(const StatusImportRow &row, const QString &language);

// A text for the summary line of a plan: "3 changes, 1 conflict, 2 rows without a task, 40 unchanged".
QString statusImportSummary(const StatusImportPlan &plan);

struct StatusImportService
{
    Q_DECLARE_TR_FUNCTIONS(parat::StatusImportService)
};

} // namespace parat
