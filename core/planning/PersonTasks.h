#pragma once

#include "domain/Types.h"
#include "planning/Capacity.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace parat {

// What one person has to do (docs/task-sheets.md): the tasks a person is responsible for or performs, as pure
// functions over loaded values, for the "tasks of a person" pane and the task sheet.
//
// Decisions (where docs/design.md leaves room):
// - A person's task: the person is its responsible or its performer (or both). For a superuser (role SU) also
//   each task for "all superusers" (no performer named, performer role — or without one responsible role — SU),
//   as the capacity plan counts it; its hours are the estimate split among the municipality's superusers (the
//   full estimate for a per-person task).
// - Open: relevant (not "not relevant", not withdrawn) and not done. Released: Readiness isReleased().
// - Horizon of an open task, counted in ISO weeks from the as-of week: due in the as-of week or before it
//   (overdue) is "this week"; due in the next two weeks is "next 2 weeks"; due later, or without a due date
//   (no go-live yet), is "later".
// - Hours of a task = its estimate (a per-person task needs its full estimate from the person).
// - Hours set aside and needed of a horizon come from the capacity plan: the allocated hours (after the
//   working-day rule) and the needed hours of the person's row summed over the horizon's weeks. "Later" covers
//   the weeks after the next two through the week of its last due date.
// - Task sheet period: from a Monday for N weeks. A task is on the sheet when it is open, released by the end of
//   the period and due by the end of the period (tasks due before the period and still open are listed as
//   overdue); tasks without a due date are not.

struct PersonTasksText
{
    Q_DECLARE_TR_FUNCTIONS(parat::PersonTasksText)
};

enum class TaskHorizon
{
    ThisWeek,
    NextTwoWeeks,
    Later
};

// "This week", "Next 2 weeks", "Later" (translated).
QString horizonName(TaskHorizon horizon);

// What the person is on a task: responsible, performer or both.
enum class PersonPart
{
    Responsible,
    Performer,
    Both,
    AllSuperusers // a task for all superusers, the person being one
};
QString personPartName(PersonPart part);

struct PersonTask
{
    PlannedTask planned;
    PersonPart part = PersonPart::Performer;
    bool overdue = false; // due before the as-of date (the sheet: before the period)
    double hours = 0.0; // the task's estimate
};

// Hours set aside (allocated after the working-day rule) and needed by a person over some weeks.
struct HoursBalance
{
    double setAside = 0.0;
    double needed = 0.0;
    bool needsMore() const { return needed > setAside + 1e-9; }
};

struct PersonTaskGroup
{
    TaskHorizon horizon = TaskHorizon::ThisWeek;
    int fromWeek = 0; // week keys the capacity figures cover; 0 when none (an empty "later")
    int toWeek = 0;
    QList<PersonTask> tasks; // by due date (none last), then handbook order, then key
    double taskHours = 0.0; // sum of the tasks' hours
    HoursBalance balance;
};

// Who a person's tasks are computed for: the person, whether they are a superuser, and how many superusers the
// municipality has (the share of a task for all superusers).
struct TaskOwner
{
    Id personId = 0;
    bool superuser = false;
    int superusers = 1;
};
TaskOwner taskOwner(const Person &person, const QList<Person> &people);

// A task for all superusers: no performer named and the task's performer role (else responsible role) is SU.
bool isForAllSuperusers(const PlannedTask &task);
// True when the person is the task's responsible or performer, or it is a task for all superusers and they are one.
bool isPersonsTask(const PlannedTask &task, const TaskOwner &owner);
// Relevant and not done.
bool isOpenTask(const PlannedTask &task);
TaskHorizon horizonOf(const QDate &due, const QDate &asOf);

// The person's released, open tasks in the three horizons (always three groups, in order, possibly empty).
// The balances are left at zero; withBalances() fills them from a capacity plan.
QList<PersonTaskGroup> groupPersonTasks(const QList<PlannedTask> &tasks, const TaskOwner &owner, const QDate &asOf);

// The person's allocated and needed hours over [fromWeek, toWeek] in the plan (weeks outside it count 0).
HoursBalance hoursBalance(const CapacityPlan &plan, Id personId, int fromWeek, int toWeek);
// Fills each group's balance from the plan.
void withBalances(QList<PersonTaskGroup> *groups, const CapacityPlan &plan, Id personId);

// The tasks of a task sheet: the person's open tasks released by the end of the period and due by then, sorted
// as the groups; overdue when due before periodStart.
QList<PersonTask> sheetTasks(const QList<PlannedTask> &tasks, const TaskOwner &owner, const QDate &periodStart,
                             int weeks);

} // namespace parat
