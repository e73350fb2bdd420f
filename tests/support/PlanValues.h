#pragma once

#include "domain/Superuser.h"
#include "domain/Types.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace parat::test {

// Plain values for the planning rules' tests (capacity, calendar, warnings): in municipality 1, stored nowhere.

// A person with these roles, registered in KLIK unless told, in a unit when given.
Person person(Id id, const QString &name, const QList<Role> &roles, bool klik = true, const QString &unit = {});
// A superuser (Role::SU) registered in KLIK.
Person superuser(Id id, const QString &name);
// hours a week for the person from week to week (year * 100 + week).
Allocation allocation(Id personId, int fromWeek, int toWeek, double hours);
// A task "Opgave <key>" for the role (none: nobody's), released and due as given, estimated at hours, done by one
// performer when given, or by each person of the role when perPerson.
PlannedTask plannedTask(Id id, const QString &key, const QDate &release, const QDate &due, double hours,
                        std::optional<Role> role = Role::SU, Id performer = 0, bool perPerson = false);

} // namespace parat::test
