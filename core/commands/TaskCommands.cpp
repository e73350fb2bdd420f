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

bool SetTaskStates::write(const QList<TaskState> &states, QList<TaskState> *next)
{
    TaskRepository tasks(m_db);
    const QDateTime at = m_clock.now();
    QString error;
    QList<qint64> versions;
    const bool ok = m_db.write(&error, [&] {
        if (m_import && !m_db.lockPlanWork(&error))
            return false;
        for (int i = 0; i < int(states.size()); ++i) {
            qint64 version = 0;
            // The row is expected to hold what the other direction holds: the state as read before the first redo,
            // the state this command wrote before an undo.
            const TaskState *expected = i < int(next->size()) ? &next->at(i) : nullptr;
            if (!tasks.setState(states.at(i), at, &error, &version, expected))
                return false;
            versions.append(version);
        }
        return true;
    });
    if (!ok) {
        fail(error);
        return false;
    }
    // The other direction is based on the versions just written: undo is refused when someone else changed a task
    // since this redo, and redo again when someone changed it since the undo.
    for (int i = 0; i < int(next->size()) && i < int(versions.size()); ++i) {
        if ((*next)[i].version != -1)
            (*next)[i].version = versions.at(i);
    }
    return true;
}

void SetTaskStates::redo()
{
    write(m_after, &m_before);
}

void SetTaskStates::undo()
{
    write(m_before, &m_after);
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
