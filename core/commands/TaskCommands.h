#pragma once

#include "domain/Types.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace parat {

class Clock;
class Database;

// Changes the state of one or more tasks of a municipality (status, people, dates, reason, note).
// redo() writes the new states in one transaction; undo() writes the old ones back. Both are recorded in
// the task history, so the history shows what really happened. When redo() fails (validation, disk) the
// command marks itself obsolete, so QUndoStack::push() drops it, and error() says why.
class SetTaskStates : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(parat::SetTaskStates)
public:
    SetTaskStates(Database &db, const Clock &clock, QList<TaskState> before, QList<TaskState> after,
                  const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    QString error() const { return m_error; }

    // Undo text naming the action: "Set status of P1-04 to Done", "Set performer of 5 tasks".
    static QString describe(const QList<Task> &tasks, const QString &what);

private:
    bool write(const QList<TaskState> &states);

    Database &m_db;
    const Clock &m_clock;
    QList<TaskState> m_before;
    QList<TaskState> m_after;
    QString m_error;
};

} // namespace parat
