#include "services/SpreadsheetRows.h"

#include "domain/Calendar.h"
#include "domain/Enums.h"
#include "planning/Overview.h"
#include "planning/Readiness.h"
#include "services/CapacityLoader.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/TaskRepository.h"

namespace parat {

namespace {

constexpr double kNoHours = 1e-9;

} // namespace

QList<TaskSheetRow> taskSheetRows(const QList<PlannedTask> &tasks, const QHash<Id, QString> &personNames,
                                  const QDate &asOf, const QString &language)
{
    QList<TaskSheetRow> rows;
    rows.reserve(tasks.size());
    for (const PlannedTask &t : tasks) {
        TaskSheetRow row;
        row.key = t.task.key;
        row.title = t.task.title(language);
        row.phase = phaseName(t.task.phase);
        row.theme = t.task.theme ? themeName(*t.task.theme) : QString();
        row.mandatory = t.task.mandatory;
        row.status = statusName(t.state.status);
        row.responsible = responsibleText(t, personNames);
        row.performer = t.state.performerPersonId != 0 ? personNames.value(t.state.performerPersonId) : QString();
        row.release = t.release;
        row.due = t.due;
        row.daysOverdue = std::max(0, daysOverdue(t, asOf));
        row.estimateHours = t.task.estimateHours;
        row.doneOn = t.state.doneOn;
        row.klikMarkedOn = t.state.klikMarkedOn;
        row.reason = t.state.reason;
        row.note = t.state.note;
        rows.append(row);
    }
    return rows;
}

QList<TaskSheetRow> taskSheetRows(Database &db, Id municipalityId, const QDate &asOf, const QString &language)
{
    QHash<Id, QString> names;
    for (const Person &person : PersonRepository(db).forMunicipality(municipalityId))
        names.insert(person.id, person.name);
    return taskSheetRows(TaskRepository(db).plannedTasks(municipalityId), names, asOf, language);
}

QList<GridSheetRow> gridSheetRows(const CapacityPlan &plan)
{
    QList<GridSheetRow> rows;
    for (const CapacityRow &line : plan.rows) {
        for (int column = 0; column < plan.weeks.size() && column < line.cells.size(); ++column) {
            const CapacityCell &cell = line.cells.at(column);
            if (cell.allocated <= kNoHours && cell.needed <= kNoHours)
                continue;
            const int key = plan.weeks.at(column);
            GridSheetRow row;
            row.person = line.person.name;
            row.unit = line.person.unit;
            row.superuser = line.superuser;
            row.isoYear = weekKeyYear(key);
            row.week = weekKeyWeek(key);
            row.monday = mondayOfWeekKey(key);
            row.allocated = cell.allocated;
            row.needed = cell.needed;
            rows.append(row);
        }
    }
    return rows;
}

QList<GridSheetRow> gridSheetRows(Database &db, Id municipalityId, const QDate &asOf, const QString &language)
{
    return gridSheetRows(loadCapacity(db, municipalityId, asOf, language));
}

QString taskSheetFileName(const Municipality &municipality, const QString &suffix)
{
    return QStringLiteral("parat-%1-%2.%3")
        .arg(municipality.code, SpreadsheetText::tr("tasks", "file name: no spaces or special characters"), suffix);
}

QString gridSheetFileName(const Municipality &municipality)
{
    return QStringLiteral("parat-%1-%2.xlsx")
        .arg(municipality.code, SpreadsheetText::tr("capacity", "file name: no spaces or special characters"));
}

} // namespace parat
