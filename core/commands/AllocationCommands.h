#pragma once

#include "commands/Command.h"
#include "commands/EditCommand.h"
#include "commands/ExpectedVersion.h"
#include "commands/TaskCommands.h"
#include "domain/Superuser.h"
#include "storage/AllocationRepository.h"

#include <QCoreApplication>

namespace parat {

class Clock;
class Database;

// Adds a period of allocated hours. The first redo() stores it and keeps its id; later redo()s put it back with
// the same id, so commands further up the stack that name it keep working.
class AddAllocation : public Command
{
    Q_DECLARE_TR_FUNCTIONS(parat::AddAllocation)
public:
    // personName: for the undo text ("Allocate hours to Anne Kristensen").
    AddAllocation(Database &db, Allocation allocation, const QString &personName, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    CommandScope scope() const override;

    Id allocationId() const { return m_allocation.id; }

private:
    Database &m_db;
    Allocation m_allocation;
    RemovalVersion<Allocation> m_version; // undo removes the allocation only while no one else changed it
    bool m_stored = false;
};

// Changes a period (weeks, hours, approval, note); the person stays.
class EditAllocation : public EditCommand<Allocation, AllocationRepository>
{
    Q_DECLARE_TR_FUNCTIONS(parat::EditAllocation)
public:
    EditAllocation(Database &db, Allocation before, Allocation after, const QString &personName,
                   QUndoCommand *parent = nullptr);

    CommandScope scope() const override;
};

// Removes one or more periods; undo puts them back with their ids.
class RemoveAllocation : public Command
{
    Q_DECLARE_TR_FUNCTIONS(parat::RemoveAllocation)
public:
    RemoveAllocation(Database &db, QList<Allocation> allocations, const QString &personName,
                     QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    CommandScope scope() const override;

private:
    Database &m_db;
    QList<Allocation> m_allocations;
    QList<RemovalVersion<Allocation>> m_versions;
};

// Replaces the allocations of the chosen people with the suggested plan of Capacity.h (only when the user asks):
// every period of theirs that overlaps the plan's weeks is removed, the plan's periods are added with the given
// approval. One undo step; undo puts the old periods back with their ids. Each removal is checked against the row
// version (docs/team-mode.md "Concurrent edits"): redo is refused when someone else changed or removed one of the old
// periods since they were read, undo when someone else changed one of the plan's periods since redo.
class ApplySuggestedPlan : public Command
{
    Q_DECLARE_TR_FUNCTIONS(parat::ApplySuggestedPlan)
public:
    ApplySuggestedPlan(Database &db, const QList<Person> &people, const QDate &goLive, const QString &approvedBy,
                       const QDate &approvedOn, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    CommandScope scope() const override;

    // What redo() will remove and add (computed in the constructor, before anything is written).
    const QList<Allocation> &replaced() const { return m_old; }
    const QList<Allocation> &added() const { return m_new; }

private:
    Database &m_db;
    QList<Allocation> m_old;
    QList<Allocation> m_new;
    QList<RemovalVersion<Allocation>> m_oldVersions; // redo removes the old periods only as they were read
    QList<RemovalVersion<Allocation>> m_newVersions; // undo removes the plan's periods only as redo left them
    bool m_stored = false;
};

// Builds the bulk assignment of performers as one SetTaskStates step: the tasks (of the municipality) are given
// the chosen people in turn, in the order given. With no people, the performer is cleared: a task whose role is
// SU then becomes a task for all superusers (Capacity.h). Returns nullptr with *error when a task is unknown or
// nothing would change.
SetTaskStates *assignPerformers(Database &db, const Clock &clock, Id municipalityId, const QList<Id> &taskIds,
                                const QList<Id> &personIds, QString *error, QUndoCommand *parent = nullptr);

// Translation context of assignPerformers().
struct AssignPerformersText
{
    Q_DECLARE_TR_FUNCTIONS(parat::AssignPerformersText)
};

} // namespace parat
