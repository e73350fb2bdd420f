#pragma once

#include "report/XlsxWriter.h"
#include "services/SpreadsheetRows.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace parat {

// The spreadsheet exports of docs/spreadsheets.md, shared by the window and the command line. Headings in the
// current language.

// The task list as a sheet ("Opgaver"): key, title, phase, theme, mandatory, status, responsible, performer,
// released, due (dates), days overdue, hours (numbers), done on, marked done in KLIK (dates), reason, note.
SheetTable taskSheet(const QList<TaskSheetRow> &rows);
// The same rows as CSV rows (header first; dates as the window shows them in language), for ReportWriter::csv().
QList<QStringList> taskCsvRows(const QList<TaskSheetRow> &rows, const QString &language);
// The superuser grid as a sheet ("Kapacitet"): person, unit, superuser, year, week, week starts (date), hours
// allocated, needed and free (numbers; free is negative when the week needs more than it has).
SheetTable gridSheet(const QList<GridSheetRow> &rows);

// Write the workbooks (see writeXlsxWorkbook()); dates in language's format.
bool writeTaskWorkbook(const QString &path, const QList<TaskSheetRow> &rows, const QString &language, QString *error);
bool writeGridWorkbook(const QString &path, const QList<GridSheetRow> &rows, const QString &language, QString *error);

// Translation context of the headings (lupdate sees "parat::TaskWorkbook").
struct TaskWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(parat::TaskWorkbook)
};

} // namespace parat
