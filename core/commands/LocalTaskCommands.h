#pragma once

#include "commands/Command.h"
#include "commands/EditCommand.h"
#include "commands/ExpectedVersion.h"
#include "domain/Types.h"
#include "storage/TaskRepository.h"

#include <QCoreApplication>

namespace parat {

class Database;

// Adds a municipality's own task. The first redo() stores it (generating its key); undo() takes it out with
// everything stored about it, and a later redo() puts that back with the same id, so commands further up
// the stack that name the task keep working.
class AddLocalTask : public Command
{
    Q_DECLARE_TR_FUNCTIONS(parat::AddLocalTask)
public:
    AddLocalTask(Database &db, Task task, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    CommandScope scope() const override;

    // The stored task (id and key set once redo() has run).
    Id taskId() const { return m_task.id; }
    const Task &task() const { return m_task; }

private:
    Database &m_db;
    Task m_task;
    RemovedLocalTask m_taken;
    bool m_stored = false; // redo() ran once: later redos restore m_taken
    RemovalVersion<Task> m_version; // undo removes the task only while no one else changed it
};

// Changes the template of a local task (title, phase, offsets, ...). Its state and history are untouched.
class EditLocalTask : public EditCommand<Task, TaskRepository, &TaskRepository::updateLocalTask>
{
    Q_DECLARE_TR_FUNCTIONS(parat::EditLocalTask)
public:
    EditLocalTask(Database &db, Task before, Task after, QUndoCommand *parent = nullptr);

    CommandScope scope() const override;
};

// Deletes a local task with its state and history; undo() brings all of it back exactly (same id and key). The
// removal is checked against the version the task was read with (docs/team-mode.md "Concurrent edits").
class RemoveLocalTask : public Command
{
    Q_DECLARE_TR_FUNCTIONS(parat::RemoveLocalTask)
public:
    RemoveLocalTask(Database &db, const Task &task, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    CommandScope scope() const override;

private:
    Database &m_db;
    Id m_municipalityId = 0;
    Id m_taskId = 0;
    RemovedLocalTask m_taken;
    RemovalVersion<Task> m_version; // the removal is refused when someone else changed the task since it was read
};

} // namespace parat
