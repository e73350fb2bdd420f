#include "commands/AllocationCommands.h"

#include "domain/Calendar.h"
#include "planning/Capacity.h"
#include "storage/AllocationRepository.h"
#include "storage/CalendarRepository.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/TaskRepository.h"

#include <QSet>

namespace parat {

namespace {

// After periods were put back (each one version past the one it was removed at): the removal versions follow, and
// each period's own version moves one further for the next put-back.
void notePutBack(const AllocationRepository &allocations, QList<Allocation> *putBack,
                 QList<RemovalVersion<Allocation>> *versions)
{
    for (int i = 0; i < int(putBack->size()) && i < int(versions->size()); ++i) {
        Allocation &allocation = (*putBack)[i];
        (*versions)[i].putBack(allocation, allocations.byId(allocation.id));
        if (allocation.version > 0)
            ++allocation.version;
    }
}

} // namespace

AddAllocation::AddAllocation(Database &db, Allocation allocation, const QString &personName, QUndoCommand *parent)
    : Command(tr("Allocate hours to %1").arg(personName), parent)
    , m_db(db)
    , m_allocation(std::move(allocation))
{
    m_allocation.id = 0;
}

void AddAllocation::redo()
{
    QString error;
    AllocationRepository allocations(m_db);
    if (!m_stored) {
        if (!allocations.add(&m_allocation, &error)) {
            fail(error);
            return;
        }
        m_stored = true;
        const std::optional<Allocation> stored = allocations.byId(m_allocation.id);
        m_version.added(stored);
        if (stored)
            m_allocation = *stored;
        return;
    }
    if (!allocations.putBack({m_allocation}, &error)) {
        fail(error);
        return;
    }
    m_version.putBack(m_allocation, allocations.byId(m_allocation.id));
    if (m_allocation.version > 0)
        ++m_allocation.version; // put back one version past; the next put-back goes one further
}

void AddAllocation::undo()
{
    QString error;
    AllocationRepository allocations(m_db);
    if (!allocations.remove(m_allocation.id, &error, m_version.toRemove(allocations.byId(m_allocation.id))))
        fail(error);
}

EditAllocation::EditAllocation(Database &db, Allocation before, Allocation after, const QString &personName,
                               QUndoCommand *parent)
    : EditCommand(db, std::move(before), std::move(after), parent)
{
    setText(tr("Change allocation of %1").arg(personName));
}

RemoveAllocation::RemoveAllocation(Database &db, QList<Allocation> allocations, const QString &personName,
                                   QUndoCommand *parent)
    : Command(tr("Remove %n allocation(s) of %1", "", int(allocations.size())).arg(personName), parent)
    , m_db(db)
    , m_allocations(std::move(allocations))
{ }

void RemoveAllocation::redo()
{
    while (m_versions.size() < m_allocations.size())
        m_versions.append(RemovalVersion<Allocation>(m_allocations.at(m_versions.size()).version));
    AllocationRepository allocations(m_db);
    QString error;
    // Each removal checked against the version the allocation was read with; all or none in one transaction.
    const bool ok = m_db.write(&error, [&] {
        for (int i = 0; i < int(m_allocations.size()); ++i) {
            const Id id = m_allocations.at(i).id;
            if (!allocations.remove(id, &error, m_versions.at(i).toRemove(allocations.byId(id))))
                return false;
        }
        return true;
    });
    if (!ok)
        fail(error);
}

void RemoveAllocation::undo()
{
    QString error;
    AllocationRepository allocations(m_db);
    if (!allocations.putBack(m_allocations, &error)) {
        fail(error);
        return;
    }
    notePutBack(allocations, &m_allocations, &m_versions);
}

ApplySuggestedPlan::ApplySuggestedPlan(Database &db, const QList<Person> &people, const QDate &goLive,
                                       const QString &approvedBy, const QDate &approvedOn, QUndoCommand *parent)
    : Command(people.size() == 1 ? tr("Apply suggested hours to %1").arg(people.first().name)
                                 : tr("Apply suggested hours to %n people", "", int(people.size())),
              parent)
    , m_db(db)
{
    AllocationRepository allocations(db);
    for (const Person &person : people) {
        const QList<Allocation> plan
            = suggestedPlan(person.id, goLive, 37.0, CalendarRepository(db).schoolHolidays(person.municipalityId));
        if (plan.isEmpty())
            continue;
        Allocation range;
        range.fromWeek = plan.first().fromWeek;
        range.toWeek = plan.last().toWeek;
        for (const Allocation &existing : allocations.forPerson(person.id)) {
            if (existing.overlaps(range))
                m_old.append(existing);
        }
        for (Allocation allocation : plan) {
            allocation.approvedBy = approvedBy;
            allocation.approvedOn = approvedOn;
            m_new.append(allocation);
        }
    }
}

void ApplySuggestedPlan::redo()
{
    if (m_new.isEmpty()) {
        fail(tr("There is no suggested plan without a go-live date."));
        return;
    }
    AllocationRepository allocations(m_db);
    while (m_oldVersions.size() < m_old.size())
        m_oldVersions.append(RemovalVersion<Allocation>(m_old.at(m_oldVersions.size()).version));
    QList<qint64> versions;
    for (int i = 0; i < int(m_old.size()); ++i)
        versions.append(m_oldVersions.at(i).toRemove(allocations.byId(m_old.at(i).id)));
    // The first redo gives the new periods ids; later ones put them back with those ids, one version past.
    QString error;
    if (!allocations.replace(m_old, versions, &m_new, &error)) {
        fail(error);
        return;
    }
    if (!m_stored) {
        m_stored = true;
        for (Allocation &allocation : m_new) {
            const std::optional<Allocation> stored = allocations.byId(allocation.id);
            RemovalVersion<Allocation> version;
            version.added(stored);
            m_newVersions.append(version);
            if (stored)
                allocation = *stored;
        }
        return;
    }
    notePutBack(allocations, &m_new, &m_newVersions);
}

void ApplySuggestedPlan::undo()
{
    AllocationRepository allocations(m_db);
    QList<qint64> versions;
    for (int i = 0; i < int(m_new.size()); ++i) {
        versions.append(i < int(m_newVersions.size()) ? m_newVersions.at(i).toRemove(allocations.byId(m_new.at(i).id))
                                                      : qint64(-1));
    }
    QList<Allocation> old = m_old;
    QString error;
    if (!allocations.replace(m_new, versions, &old, &error)) {
        fail(error);
        return;
    }
    notePutBack(allocations, &m_old, &m_oldVersions);
}

SetTaskStates *assignPerformers(Database &db, const Clock &clock, Id municipalityId, const QList<Id> &taskIds,
                                const QList<Id> &personIds, QString *error, QUndoCommand *parent)
{
    TaskRepository tasks(db);
    QList<TaskState> before;
    QList<TaskState> after;
    QList<Task> changed;
    QSet<Id> seen;
    int turn = 0;
    for (Id taskId : taskIds) {
        if (seen.contains(taskId))
            continue;
        seen.insert(taskId);
        const std::optional<PlannedTask> planned = tasks.plannedTask(municipalityId, taskId);
        if (!planned) {
            *error = AssignPerformersText::tr("A task to assign is not in the database.");
            return nullptr;
        }
        TaskState state = planned->state;
        state.performerPersonId = personIds.isEmpty() ? Id(0) : personIds.at(turn++ % personIds.size());
        if (state.performerPersonId == planned->state.performerPersonId)
            continue;
        before.append(planned->state);
        after.append(state);
        changed.append(planned->task);
    }
    if (changed.isEmpty()) {
        *error = AssignPerformersText::tr("The tasks already have these performers.");
        return nullptr;
    }
    const QString text = SetTaskStates::describe(changed,
                                                 personIds.isEmpty() ? AssignPerformersText::tr("Assign all superusers")
                                                                     : AssignPerformersText::tr("Assign performer"));
    return new SetTaskStates(db, clock, before, after, text, parent);
}

namespace {

// Allocations belong to a person; the scope names the person's municipality.
CommandScope allocationScope(Database &db, const QList<Allocation> &allocations)
{
    CommandScope scope;
    scope.page = CommandScope::Page::Superusers;
    for (const Allocation &allocation : allocations) {
        if (allocation.id != 0)
            scope.ids.append(allocation.id);
        if (scope.personId == 0)
            scope.personId = allocation.personId;
        else if (scope.personId != allocation.personId)
            scope.personId = -1; // several people
    }
    const Id person = scope.personId > 0 ? scope.personId : (allocations.isEmpty() ? 0 : allocations.first().personId);
    if (const auto owner = PersonRepository(db).byId(person))
        scope.municipalityId = owner->municipalityId;
    if (scope.personId < 0)
        scope.personId = 0;
    return scope;
}

} // namespace

CommandScope AddAllocation::scope() const
{
    CommandScope scope = allocationScope(m_db, {m_allocation});
    scope.rowsRemovedByUndo = 1;
    return scope;
}

CommandScope EditAllocation::scope() const
{
    return allocationScope(m_db, {m_after});
}

CommandScope RemoveAllocation::scope() const
{
    CommandScope scope = allocationScope(m_db, m_allocations);
    scope.rowsRemovedByRedo = int(m_allocations.size());
    return scope;
}

CommandScope ApplySuggestedPlan::scope() const
{
    CommandScope scope = allocationScope(m_db, m_new + m_old);
    scope.ids.clear();
    for (const Allocation &allocation : m_new) {
        if (allocation.id != 0)
            scope.ids.append(allocation.id);
    }
    scope.rowsRemovedByUndo = int(m_new.size());
    scope.rowsRemovedByRedo = int(m_old.size());
    return scope;
}

} // namespace parat
