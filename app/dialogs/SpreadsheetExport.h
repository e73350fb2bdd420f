#pragma once

#include "domain/Types.h"
#include "services/SpreadsheetRows.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QWidget;

namespace parat {

class AppContext;

// The Excel exports of the window (docs/spreadsheets.md): asks for a file name, checks it
// (checkOutputTarget()) and writes the workbook (report/TaskWorkbook). Each returns the file written, empty when
// cancelled or refused (a refusal is shown).
class SpreadsheetExport
{
    Q_DECLARE_TR_FUNCTIONS(parat::SpreadsheetExport)
public:
    // File ▸ Export tasks to Excel: the rows of the Tasks page as its filter shows them.
    static QString exportTasks(AppContext &context, const QList<TaskSheetRow> &rows, QWidget *parent);
    // Superusers ▸ Export grid to Excel: the grid's hours per person and week.
    static QString exportGrid(AppContext &context, const QList<GridSheetRow> &rows, QWidget *parent);
    // File ▸ Export status sheet: one person's status sheet (report/StatusSheet).
    static QString exportStatusSheet(AppContext &context, Id personId, QWidget *parent);
    // The same after asking whose (a list of the municipality's people with open tasks); empty when cancelled.
    static QString exportStatusSheet(AppContext &context, QWidget *parent);
};

} // namespace parat
