#pragma once

#include "report/ReportWriter.h"
#include "report/StatusReport.h"
#include "services/PersonTasksLoader.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace parat {

class Database;

// The task sheet of one person (docs/task-sheets.md): an A4 PDF with their tasks for a period of ISO weeks —
// due date, what the task is, whom to ask, their part and hours — their hours set aside against the hours
// needed in each week, and the communication they send. Written by ReportWriter like the status report.
struct TaskSheetPeriod
{
    int fromWeek = 0; // week key (Calendar.h) of the first week
    int weeks = 4; // 1..52

    QDate start() const; // Monday of fromWeek
    QDate end() const; // Sunday of the last week
    int toWeek() const;
};

// Whose sheets a batch writes.
enum class SheetPeople
{
    All,
    Superusers
};

struct TaskSheet
{
    Q_DECLARE_TR_FUNCTIONS(parat::TaskSheet)
public:
    static ReportContent content(const PersonPlan &plan, const Person &person, const TaskSheetPeriod &period);
    // "parat-0630-line-andersen-opgaver.pdf": plain ASCII, as the calendar export names its files.
    static QString fileName(const Municipality &municipality, const QString &personName);
    // The people of a batch, by name.
    static QList<Person> peopleOf(const PersonPlan &plan, SheetPeople which);
    // Writes one sheet to path (checked with checkOutputTarget, replaced atomically). An existing file is replaced
    // only when it is a PDF (an earlier sheet); anything else is left alone with *error saying so.
    static bool write(Database &db, const PersonPlan &plan, const Person &person, const TaskSheetPeriod &period,
                      const QString &path, QString *error);
    // One sheet per person into folder (created when missing; checked with checkOutputFolder), named by
    // fileName() (a second person with the same file name gets "-2", ...). progress is called before each person
    // and once at the end; returning false cancels before the next file (*cancelled, still true). Stops at the
    // first failure with *error naming the person.
    static bool writeAll(Database &db, const PersonPlan &plan, const QList<Person> &people,
                         const TaskSheetPeriod &period, const QString &folder, const BatchProgress &progress,
                         QStringList *written, bool *cancelled, QString *error);
    // "2026-W50" (ISO 8601) or "50" (that week of fallbackYear's ISO year) to a week key; 0 when not a week.
    static int parseWeek(const QString &text, int fallbackYear);
};

} // namespace parat
