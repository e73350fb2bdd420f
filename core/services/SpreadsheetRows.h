#pragma once

#include "domain/Types.h"
#include "planning/Capacity.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace parat {

class Database;

// The rows of the spreadsheet exports (docs/spreadsheets.md), as plain values: dates as dates and hours as
// numbers, so a workbook writer can store them as real spreadsheet values. Texts in the given language.

// One task of the task list.
struct TaskSheetRow
{
    QString key;
    QString title;
    QString phase;
    QString theme;
    bool mandatory = false;
    QString status;
    QString responsible; // the person, else the role's code
    QString performer;
    QDate release; // invalid without a go-live date
    QDate due;
    int daysOverdue = 0; // 0: not overdue
    double estimateHours = 0.0;
    QDate doneOn;
    QDate klikMarkedOn;
    QString reason;
    QString note;
};

// The tasks in the order given, as of asOf (for the days overdue).
QList<TaskSheetRow> taskSheetRows(const QList<PlannedTask> &tasks, const QHash<Id, QString> &personNames,
                                  const QDate &asOf, const QString &language);
// Every current task of the municipality (not withdrawn), in the task list's order: what the Tasks page shows
// without a filter.
QList<TaskSheetRow> taskSheetRows(Database &db, Id municipalityId, const QDate &asOf, const QString &language);

// One person's week in the superuser grid (the capacity plan): hours allocated (after holidays) and needed.
struct GridSheetRow
{
    QString person;
    QString unit;
    bool superuser = false;
    int isoYear = 0;
    int week = 0; // ISO week number
    QDate monday; // the week's Monday
    double allocated = 0.0;
    double needed = 0.0;
    double free() const { return allocated - needed; } // negative: hours over
};

// Each person and week of the plan with hours allocated or needed, person by person in the grid's order,
// weeks in order. Weeks with neither are left out.
QList<GridSheetRow> gridSheetRows(const CapacityPlan &plan);
QList<GridSheetRow> gridSheetRows(Database &db, Id municipalityId, const QDate &asOf, const QString &language);

// File names the exports suggest: "parat-0630-opgaver.xlsx", "parat-0630-kapacitet.xlsx" (in the current
// language); suffix without the dot.
QString taskSheetFileName(const Municipality &municipality, const QString &suffix = QStringLiteral("xlsx"));
QString gridSheetFileName(const Municipality &municipality);

struct SpreadsheetText
{
    Q_DECLARE_TR_FUNCTIONS(parat::SpreadsheetText)
};

} // namespace parat
