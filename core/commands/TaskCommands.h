#pragma once

#include "commands/Command.h"
#include "domain/Types.h"

#include <QCoreApplication>

namespace parat {

class Clock;
class Database;

// Changes the state of one or more tasks of a municipality (status, people, dates, reason, note).
// redo() writes the new states in one transaction; undo() writes the old ones back. Both are recorded in
// the task history, so the history shows what really happened. Each state carries the row version it was read
// with; a task someone else changed since is refused (redo and undo alike) and nothing of the command is written.
class SetTaskStates : public Command
{
    Q_DECLARE_TR_FUNCTIONS(parat::SetTaskStates)
public:
    SetTaskStates(Database &db, const Clock &clock, QList<TaskState> before, QList<TaskState> after,
                  const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    CommandScope scope() const override;

    // Undo text naming the action: "Set status of P1-04", "Set performer of 5 tasks".
    static QString describe(const QList<Task> &tasks, const QString &what);

protected:
    // An import: the write takes the plan's import lock first (Database::lockPlanWork()).
    void setImport(bool import) { m_import = import; }

private:
    // Writes states; on success sets the version of each state in *next (the other direction) to the one written.
    bool write(const QList<TaskState> &states, QList<TaskState> *next);

    Database &m_db;
    const Clock &m_clock;
    QList<TaskState> m_before;
    QList<TaskState> m_after;
    bool m_import = false;
};

} // namespace parat
