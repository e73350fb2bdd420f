#include "commands/TaskCommands.h"

#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/TaskRepository.h"

namespace parat {

SetTaskStates::SetTaskStates(Database &db, const Clock &clock, QList<TaskState> before, QList<TaskState> after,
                             const QString &text, QUndoCommand *parent)
    : Command(text, parent)
    , m_db(db)
    , m_clock(clock)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    Q_ASSERT(m_before.size() == m_after.size());
}

bool SetTaskStates::write(const QList<TaskState> &states)
{
    TaskRepository tasks(m_db);
    const QDateTime at = m_clock.now();
    QString error;
    const bool ok = m_db.write(&error, [&] {
        for (const TaskState &state : states) {
            if (!tasks.setState(state, at, &error))
                return false;
        }
        return true;
    });
    if (!ok)
        fail(error);
    return ok;
}

void SetTaskStates::redo()
{
    write(m_after);
}

void SetTaskStates::undo()
{
    write(m_before);
}

QString SetTaskStates::describe(const QList<Task> &tasks, const QString &what)
{
    if (tasks.size() == 1)
        return tr("%1 of %2").arg(what, tasks.first().key);
    return tr("%1 of %n task(s)", "", int(tasks.size())).arg(what);
}

CommandScope SetTaskStates::scope() const
{
    CommandScope scope;
    scope.page = CommandScope::Page::Tasks;
    for (const TaskState &state : m_after) {
        scope.municipalityId = state.municipalityId;
        scope.ids.append(state.taskId);
    }
    return scope;
}

} // namespace parat
