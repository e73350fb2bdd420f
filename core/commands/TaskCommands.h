#pragma once

#include "commands/Command.h"
#include "domain/Types.h"

#include <QCoreApplication>

namespace parat {

class Clock;
class Database;

// Changes the state of one or more tasks of a municipality (status, people, dates, reason, note).
// redo() writes the new states in one transaction; undo() writes the old ones back. Both are recorded in
// the task history, so the history shows what really happened.
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

private:
    bool write(const QList<TaskState> &states);

    Database &m_db;
    const Clock &m_clock;
    QList<TaskState> m_before;
    QList<TaskState> m_after;
};

} // namespace parat
