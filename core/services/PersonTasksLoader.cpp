#include "services/PersonTasksLoader.h"

#include "domain/Language.h"
#include "services/CapacityLoader.h"
#include "storage/CommunicationRepository.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"
#include "storage/StakeholderRepository.h"

#include <algorithm>

namespace parat {

std::optional<Person> PersonPlan::person(Id personId) const
{
    for (const Person &candidate : people) {
        if (candidate.id == personId)
            return candidate;
    }
    return std::nullopt;
}

std::optional<Person> PersonPlan::personNamed(const QString &name) const
{
    for (const Person &candidate : people) {
        if (candidate.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return candidate;
    }
    return std::nullopt;
}

QList<Person> PersonPlan::superusers() const
{
    QList<Person> out;
    for (const Person &candidate : people) {
        if (candidate.roles.contains(Role::SU))
            out.append(candidate);
    }
    return out;
}

std::optional<PersonPlan> loadPersonPlan(Database &db, Id municipalityId, const QDate &asOf, const QString &language)
{
    const std::optional<Municipality> municipality = MunicipalityRepository(db).byId(municipalityId);
    if (!municipality)
        return std::nullopt;
    PersonPlan plan;
    plan.municipality = *municipality;
    plan.asOf = asOf;
    plan.language = language.isEmpty() ? currentLanguage() : language;
    const CapacityInput input = loadCapacityInput(db, municipalityId, plan.language);
    plan.tasks = input.tasks;
    plan.people = input.people;
    for (const Person &person : std::as_const(plan.people))
        plan.names.insert(person.id, person.name);
    plan.capacity = computeCapacity(input, asOf);
    plan.capacity.municipalityId = municipalityId;
    plan.communication = CommunicationRepository(db).forMunicipality(municipalityId);
    for (const Stakeholder &stakeholder : StakeholderRepository(db).forMunicipality(municipalityId))
        plan.stakeholders.insert(stakeholder.id, stakeholder.name);
    return plan;
}

QList<PersonTaskGroup> personTaskGroups(const PersonPlan &plan, Id personId)
{
    const std::optional<Person> person = plan.person(personId);
    if (!person)
        return groupPersonTasks({}, TaskOwner {}, plan.asOf);
    QList<PersonTaskGroup> groups = groupPersonTasks(plan.tasks, taskOwner(*person, plan.people), plan.asOf);
    withBalances(&groups, plan.capacity, personId);
    return groups;
}

QString whomToAsk(const PersonPlan &plan, const PersonTask &task, Id personId)
{
    const Id responsible = task.planned.state.responsiblePersonId;
    if (responsible != 0 && responsible != personId)
        return plan.names.value(responsible);
    const QString leader = plan.municipality.projectLeader.trimmed();
    if (!leader.isEmpty() && leader.compare(plan.names.value(personId), Qt::CaseInsensitive) != 0)
        return leader;
    return QString();
}

QList<CommunicationItem> sentCommunication(const PersonPlan &plan, Id personId, const QDate &from, const QDate &to)
{
    QList<CommunicationItem> out;
    for (const CommunicationItem &item : plan.communication) {
        if (item.senderId != personId || item.status == CommunicationStatus::Cancelled || !item.plannedOn.isValid())
            continue;
        if (item.plannedOn < from || item.plannedOn > to)
            continue;
        out.append(item);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const CommunicationItem &a, const CommunicationItem &b) { return a.plannedOn < b.plannedOn; });
    return out;
}

} // namespace parat
