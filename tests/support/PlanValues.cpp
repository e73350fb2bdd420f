#include "PlanValues.h"

namespace parat::test {

Person person(Id id, const QString &name, const QList<Role> &roles, bool klik, const QString &unit)
{
    Person p;
    p.id = id;
    p.municipalityId = 1;
    p.name = name;
    p.roles = roles;
    p.registeredInKlik = klik;
    p.unit = unit;
    return p;
}

Person superuser(Id id, const QString &name)
{
    return person(id, name, {Role::SU});
}

Allocation allocation(Id personId, int fromWeek, int toWeek, double hours)
{
    Allocation a;
    a.personId = personId;
    a.fromWeek = fromWeek;
    a.toWeek = toWeek;
    a.hoursPerWeek = hours;
    return a;
}

PlannedTask plannedTask(Id id, const QString &key, const QDate &release, const QDate &due, double hours,
                        std::optional<Role> role, Id performer, bool perPerson)
{
    PlannedTask t;
    t.task.id = id;
    t.task.key = key;
    t.task.titleDa = QStringLiteral("Opgave ") + key;
    t.task.performerRole = role;
    t.task.estimateHours = hours;
    t.task.perPerson = perPerson;
    t.state.taskId = id;
    t.state.performerPersonId = performer;
    t.release = release;
    t.due = due;
    return t;
}

} // namespace parat::test
