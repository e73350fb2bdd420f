#include "planning/PersonTasks.h"

#include "domain/Calendar.h"
#include "planning/Readiness.h"

#include <algorithm>

namespace parat {

namespace {

bool byDueThenOrder(const PersonTask &a, const PersonTask &b)
{
    const QDate &da = a.planned.due;
    const QDate &db = b.planned.due;
    if (da.isValid() != db.isValid())
        return da.isValid();
    if (da != db)
        return da < db;
    if (a.planned.task.sortOrder != b.planned.task.sortOrder)
        return a.planned.task.sortOrder < b.planned.task.sortOrder;
    return a.planned.task.key < b.planned.task.key;
}

PersonTask personTask(const PlannedTask &planned, const TaskOwner &owner, const QDate &overdueBefore)
{
    PersonTask task;
    task.planned = planned;
    const bool responsible = planned.state.responsiblePersonId == owner.personId;
    const bool performer = planned.state.performerPersonId == owner.personId;
    task.part = responsible && performer ? PersonPart::Both
        : performer                      ? PersonPart::Performer
        : isForAllSuperusers(planned)    ? PersonPart::AllSuperusers
                                         : PersonPart::Responsible;
    task.overdue = planned.due.isValid() && planned.due < overdueBefore;
    task.hours = std::max(0.0, planned.task.estimateHours);
    if (task.part == PersonPart::AllSuperusers && !planned.task.perPerson)
        task.hours /= std::max(1, owner.superusers);
    return task;
}

} // namespace

QString horizonName(TaskHorizon horizon)
{
    switch (horizon) {
    case TaskHorizon::ThisWeek:
        return PersonTasksText::tr("This week");
    case TaskHorizon::NextTwoWeeks:
        return PersonTasksText::tr("Next 2 weeks");
    case TaskHorizon::Later:
        return PersonTasksText::tr("Later");
    }
    return QString();
}

QString personPartName(PersonPart part)
{
    switch (part) {
    case PersonPart::Responsible:
        return PersonTasksText::tr("Responsible");
    case PersonPart::Performer:
        return PersonTasksText::tr("Performer");
    case PersonPart::Both:
        return PersonTasksText::tr("Responsible and performer");
    case PersonPart::AllSuperusers:
        return PersonTasksText::tr("All superusers");
    }
    return QString();
}

TaskOwner taskOwner(const Person &person, const QList<Person> &people)
{
    TaskOwner owner;
    owner.personId = person.id;
    owner.superuser = person.roles.contains(Role::SU);
    owner.superusers
        = int(std::count_if(people.begin(), people.end(), [](const Person &p) { return p.roles.contains(Role::SU); }));
    owner.superusers = std::max(1, owner.superusers);
    return owner;
}

bool isForAllSuperusers(const PlannedTask &task)
{
    if (task.state.performerPersonId != 0)
        return false;
    const std::optional<Role> role = task.task.performerRole ? task.task.performerRole : task.task.responsibleRole;
    return role == Role::SU;
}

bool isPersonsTask(const PlannedTask &task, const TaskOwner &owner)
{
    if (owner.personId == 0)
        return false;
    return task.state.responsiblePersonId == owner.personId || task.state.performerPersonId == owner.personId
        || (owner.superuser && isForAllSuperusers(task));
}

bool isOpenTask(const PlannedTask &task)
{
    return isRelevant(task) && task.state.status != Status::Done;
}

TaskHorizon horizonOf(const QDate &due, const QDate &asOf)
{
    if (!due.isValid() || !asOf.isValid())
        return TaskHorizon::Later;
    const int dueWeek = weekKey(due);
    const int thisWeek = weekKey(asOf);
    if (dueWeek <= thisWeek)
        return TaskHorizon::ThisWeek;
    if (dueWeek <= addWeeksToKey(thisWeek, 2))
        return TaskHorizon::NextTwoWeeks;
    return TaskHorizon::Later;
}

QList<PersonTaskGroup> groupPersonTasks(const QList<PlannedTask> &tasks, const TaskOwner &owner, const QDate &asOf)
{
    QList<PersonTaskGroup> groups(3);
    const int thisWeek = asOf.isValid() ? weekKey(asOf) : 0;
    groups[0].horizon = TaskHorizon::ThisWeek;
    groups[1].horizon = TaskHorizon::NextTwoWeeks;
    groups[2].horizon = TaskHorizon::Later;
    if (thisWeek != 0) {
        groups[0].fromWeek = groups[0].toWeek = thisWeek;
        groups[1].fromWeek = addWeeksToKey(thisWeek, 1);
        groups[1].toWeek = addWeeksToKey(thisWeek, 2);
    }
    for (const PlannedTask &planned : tasks) {
        if (!isPersonsTask(planned, owner) || !isOpenTask(planned) || !isReleased(planned, asOf))
            continue;
        PersonTaskGroup &group = groups[int(horizonOf(planned.due, asOf))];
        group.tasks.append(personTask(planned, owner, asOf));
        group.taskHours += group.tasks.last().hours;
    }
    for (PersonTaskGroup &group : groups)
        std::stable_sort(group.tasks.begin(), group.tasks.end(), byDueThenOrder);
    // "Later" covers the weeks after the next two through its last due date.
    if (thisWeek != 0) {
        int last = 0;
        for (const PersonTask &task : std::as_const(groups[2].tasks)) {
            if (task.planned.due.isValid())
                last = std::max(last, weekKey(task.planned.due));
        }
        if (last != 0) {
            groups[2].fromWeek = addWeeksToKey(thisWeek, 3);
            groups[2].toWeek = last;
        }
    }
    return groups;
}

HoursBalance hoursBalance(const CapacityPlan &plan, Id personId, int fromWeek, int toWeek)
{
    HoursBalance balance;
    const int row = plan.rowOf(personId);
    if (row < 0 || fromWeek == 0 || toWeek < fromWeek)
        return balance;
    const QList<CapacityCell> &cells = plan.rows.at(row).cells;
    for (int key = fromWeek; key != 0 && key <= toWeek; key = nextWeekKey(key)) {
        const int column = plan.weekIndex(key);
        if (column < 0 || column >= cells.size())
            continue;
        balance.setAside += cells.at(column).allocated;
        balance.needed += cells.at(column).needed;
    }
    return balance;
}

void withBalances(QList<PersonTaskGroup> *groups, const CapacityPlan &plan, Id personId)
{
    for (PersonTaskGroup &group : *groups)
        group.balance = hoursBalance(plan, personId, group.fromWeek, group.toWeek);
}

QList<PersonTask> sheetTasks(const QList<PlannedTask> &tasks, const TaskOwner &owner, const QDate &periodStart,
                             int weeks)
{
    QList<PersonTask> out;
    if (!periodStart.isValid() || weeks < 1)
        return out;
    const QDate periodEnd = periodStart.addDays(qint64(weeks) * 7 - 1);
    for (const PlannedTask &planned : tasks) {
        if (!isPersonsTask(planned, owner) || !isOpenTask(planned) || !isReleased(planned, periodEnd))
            continue;
        if (!planned.due.isValid() || planned.due > periodEnd)
            continue;
        out.append(personTask(planned, owner, periodStart));
    }
    std::stable_sort(out.begin(), out.end(), byDueThenOrder);
    return out;
}

} // namespace parat
