#pragma once

#include "domain/Types.h"

#include <QCoreApplication>

#include <optional>

namespace parat {

class Database;

// Everything stored about one local task, taken when it is removed, so that undo can put it back exactly:
// same id and key, the same state row (or none) and the same history (times, fields, values).
struct RemovedLocalTask
{
    Task task;
    bool hasState = false; // whether a task_state row was stored (a default state stores none)
    TaskState state;
    QString stateUpdatedAt; // task_state.updated_at as stored
    QList<TaskEvent> events; // oldest first; put back with new ids
};

// All SQL about tasks as a municipality sees them: handbook tasks plus its local tasks, its state of
// each, and the history of every state change.
class TaskRepository
{
    Q_DECLARE_TR_FUNCTIONS(parat::TaskRepository)
public:
    explicit TaskRepository(Database &db)
        : m_db(db)
    { }

    // Handbook tasks and the municipality's local tasks with their state (default state where none is
    // stored) and dates resolved from the municipality's go-live (due override wins). Withdrawn handbook
    // tasks only when includeWithdrawn. Ordered by due date, then sort order, then key. One query.
    QList<PlannedTask> plannedTasks(Id municipalityId, bool includeWithdrawn = false) const;
    std::optional<PlannedTask> plannedTask(Id municipalityId, Id taskId) const;

    // Stores a new state for one task. Validates (a reason is required for Waiting and Not relevant,
    // people must belong to the municipality), records one task_event per changed field with old and new
    // value at `at`, and sets done_on when the status becomes Done (cleared when it leaves Done) unless
    // the caller set it. Unchanged state writes nothing. One transaction.
    // Row versions (docs/team-mode.md "Concurrent edits"): state.version is the version the state was read with
    // (plannedTask() gives it; 0: no row stored). When the stored row has another version — someone changed the task
    // since — nothing is written and *error names who changed it and when. *newVersion is the row's version
    // afterwards (0: no row stored). A state with version -1 (not read from the plan: the demo builder) is not
    // checked.
    // *expected, when given, is the state the caller expects to find stored (what its own last write left): a
    // stored state equal to it is not stale although its version moved on (the caller's own undo steps of other
    // commands bump versions too), and an edit by anyone else that changed it is.
    bool setState(const TaskState &state, const QDateTime &at, QString *error, qint64 *newVersion = nullptr,
                  const TaskState *expected = nullptr);
    // Whether a stored state is the expected one in every field a user edits (done_on only when expected has one).
    static bool sameStoredState(const TaskState &stored, const TaskState &expected);

    // History, oldest first.
    QList<TaskEvent> events(Id municipalityId, Id taskId) const;
    // Events of all the municipality's tasks at or after `since` (second precision), oldest first.
    QList<TaskEvent> eventsSince(Id municipalityId, const QDateTime &since) const;

    // Local tasks: a municipality's own. Key is generated ("LOK-1", "LOK-2", ...) when empty; title,
    // phase and due offset are required. Sets task->id (and task->key).
    bool addLocalTask(Task *task, QString *error);
    // Refused, nothing written, naming who changed it and when, when the stored task is no longer at task.version
    // (-1: unchecked; docs/team-mode.md "Concurrent edits").
    bool updateLocalTask(const Task &task, QString *error);
    // Refused like updateLocalTask() when the task is no longer at expectedVersion (-1: unchecked).
    bool removeLocalTask(Id municipalityId, Id taskId, QString *error, qint64 expectedVersion = -1);
    // Removes a local task like removeLocalTask() and returns everything that was stored about it in *removed.
    bool takeLocalTask(Id municipalityId, Id taskId, RemovedLocalTask *removed, QString *error,
                       qint64 expectedVersion = -1);
    // Puts a task taken by takeLocalTask() back with its id, key, state and history. Fails (writing nothing)
    // when the id or key is in use again. One transaction.
    bool restoreLocalTask(const RemovedLocalTask &removed, QString *error);

    // The template of any task (handbook or local) by id; a local task with its row version.
    std::optional<Task> task(Id taskId) const;
    std::optional<Task> byId(Id taskId) const { return task(taskId); }

private:
    // Trims; checks municipality, title, key form, estimate and release <= due.
    bool validateLocalTask(Task *task, QString *error) const;

    Database &m_db;
};

} // namespace parat
