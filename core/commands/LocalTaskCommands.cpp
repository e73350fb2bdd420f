#include "commands/LocalTaskCommands.h"

#include "storage/Database.h"

namespace parat {

AddLocalTask::AddLocalTask(Database &db, Task task, QUndoCommand *parent)
    : Command(tr("Add local task \"%1\"").arg(task.titleDa.trimmed()), parent)
    , m_db(db)
    , m_task(std::move(task))
{
    m_task.id = 0;
}

void AddLocalTask::redo()
{
    QString error;
    TaskRepository tasks(m_db);
    if (!m_stored) {
        if (!tasks.addLocalTask(&m_task, &error)) {
            fail(error);
            return;
        }
        m_stored = true;
        m_version.added(tasks.byId(m_task.id));
        return;
    }
    if (!tasks.restoreLocalTask(m_taken, &error)) {
        fail(error);
        return;
    }
    m_version.putBack(m_taken.task, tasks.byId(m_task.id));
}

void AddLocalTask::undo()
{
    QString error;
    TaskRepository tasks(m_db);
    if (!tasks.takeLocalTask(m_task.municipalityId, m_task.id, &m_taken, &error,
                             m_version.toRemove(tasks.byId(m_task.id))))
        fail(error);
}

EditLocalTask::EditLocalTask(Database &db, Task before, Task after, QUndoCommand *parent)
    : EditCommand(db, std::move(before), std::move(after), parent)
{
    setText(tr("Edit local task %1").arg(m_before.key));
}

RemoveLocalTask::RemoveLocalTask(Database &db, const Task &task, QUndoCommand *parent)
    : Command(tr("Delete local task %1").arg(task.key), parent)
    , m_db(db)
    , m_municipalityId(task.municipalityId)
    , m_taskId(task.id)
    , m_version(task.version)
{ }

void RemoveLocalTask::redo()
{
    QString error;
    TaskRepository tasks(m_db);
    if (!tasks.takeLocalTask(m_municipalityId, m_taskId, &m_taken, &error, m_version.toRemove(tasks.byId(m_taskId))))
        fail(error);
}

void RemoveLocalTask::undo()
{
    QString error;
    TaskRepository tasks(m_db);
    if (!tasks.restoreLocalTask(m_taken, &error)) {
        fail(error);
        return;
    }
    m_version.putBack(m_taken.task, tasks.byId(m_taskId));
}

CommandScope AddLocalTask::scope() const
{
    CommandScope scope;
    scope.page = CommandScope::Page::Tasks;
    scope.municipalityId = m_task.municipalityId;
    scope.ids = {m_task.id};
    scope.rowsRemovedByUndo = 1;
    return scope;
}

CommandScope EditLocalTask::scope() const
{
    CommandScope scope;
    scope.page = CommandScope::Page::Tasks;
    scope.municipalityId = m_after.municipalityId;
    scope.ids = {m_after.id};
    return scope;
}

CommandScope RemoveLocalTask::scope() const
{
    CommandScope scope;
    scope.page = CommandScope::Page::Tasks;
    scope.municipalityId = m_municipalityId;
    scope.ids = {m_taskId};
    scope.rowsRemovedByRedo = 1;
    return scope;
}

} // namespace parat
