#include "TaskRepository.h"

#include "Database.h"
#include "RowVersion.h"
#include "SqlRows.h"
#include "SqlUtil.h"
#include "domain/Schedule.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace parat {

namespace {

const QString kStateColumns = sql::stateColumns(QStringLiteral("s"));
using sql::kStateColumnCount;

const QString kLocalKeyPrefix = QStringLiteral("LOK-");

// Field names of task_event, one per TaskState field.
const QString kFieldStatus = QStringLiteral("status");
const QString kFieldResponsible = QStringLiteral("responsible");
const QString kFieldPerformer = QStringLiteral("performer");
const QString kFieldDueOverride = QStringLiteral("due_override");
const QString kFieldDoneOn = QStringLiteral("done_on");
const QString kFieldKlikMarkedOn = QStringLiteral("klik_marked_on");
const QString kFieldReason = QStringLiteral("reason");
const QString kFieldNote = QStringLiteral("note");

// A municipality's handbook tasks and local tasks, each with its stored state (NULLs where none) and the
// municipality's go-live. Only constant fragments are joined here; every value is bound.
QString plannedSql(bool oneTask, bool includeWithdrawn)
{
    QString sqlText = QStringLiteral("SELECT ") + sql::taskColumns(QStringLiteral("t")) + QStringLiteral(", ")
        + kStateColumns
        + QStringLiteral(", m.go_live, s.version, t.version FROM municipality m "
                         "JOIN task t ON (t.municipality_id IS NULL OR t.municipality_id = m.id) "
                         "LEFT JOIN task_state s ON s.municipality_id = m.id AND s.task_id = t.id "
                         "WHERE m.id = :municipality");
    if (oneTask)
        sqlText += QStringLiteral(" AND t.id = :task");
    if (!includeWithdrawn)
        sqlText += QStringLiteral(" AND t.withdrawn_in_version IS NULL");
    return sqlText;
}

// One municipality's planned tasks (or one of them) through SQLite's own API (sql::BulkQuery): Qt SQL made a
// QVariant and a UTF-16 copy of every value, and with 3,000 tasks that was most of the overview's start-up.
QList<PlannedTask> queryPlanned(const QSqlDatabase &db, Id municipalityId, Id taskId, bool includeWithdrawn)
{
    QList<PlannedTask> result;
    sql::BulkQuery query(db, plannedSql(taskId != 0, includeWithdrawn));
    if (!query.isValid() || !query.bind(QStringLiteral(":municipality"), municipalityId))
        return result;
    if (taskId != 0 && !query.bind(QStringLiteral(":task"), taskId))
        return result;
    const int stateFirst = sql::taskColumnCount();
    const int goLiveColumn = stateFirst + kStateColumnCount;
    while (query.next()) {
        Task task = sql::taskFromRow(query, 0);
        TaskState state = sql::stateFrom(query, stateFirst, municipalityId, task.id);
        state.version = query.isNull(goLiveColumn + 1) ? 0 : query.integer(goLiveColumn + 1);
        if (task.isLocal())
            task.version = query.integer(goLiveColumn + 2);
        result.append(plan(std::move(task), std::move(state), query.date(goLiveColumn)));
    }
    return result;
}

bool isDefault(const TaskState &state)
{
    return state.status == Status::NotStarted && state.responsiblePersonId == 0 && state.performerPersonId == 0
        && !state.dueOverride.isValid() && !state.doneOn.isValid() && !state.klikMarkedOn.isValid()
        && state.reason.isEmpty() && state.note.isEmpty();
}

QString idText(Id id)
{
    return id != 0 ? QString::number(id) : QString();
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

struct Change
{
    QString field;
    QString oldValue;
    QString newValue;
};

QList<Change> diff(const TaskState &before, const TaskState &after)
{
    QList<Change> changes;
    auto compare = [&changes](const QString &field, const QString &oldValue, const QString &newValue) {
        if (oldValue != newValue)
            changes.append({field, oldValue, newValue});
    };
    compare(kFieldStatus, statusCode(before.status), statusCode(after.status));
    compare(kFieldResponsible, idText(before.responsiblePersonId), idText(after.responsiblePersonId));
    compare(kFieldPerformer, idText(before.performerPersonId), idText(after.performerPersonId));
    compare(kFieldDueOverride, dateText(before.dueOverride), dateText(after.dueOverride));
    compare(kFieldDoneOn, dateText(before.doneOn), dateText(after.doneOn));
    compare(kFieldKlikMarkedOn, dateText(before.klikMarkedOn), dateText(after.klikMarkedOn));
    compare(kFieldReason, before.reason, after.reason);
    compare(kFieldNote, before.note, after.note);
    return changes;
}

bool personBelongs(const QSqlDatabase &db, Id personId, Id municipalityId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM person WHERE id = :id AND municipality_id = :municipality"));
    query.bindValue(QStringLiteral(":id"), personId);
    query.bindValue(QStringLiteral(":municipality"), municipalityId);
    return query.exec() && query.next();
}

bool municipalityExists(const QSqlDatabase &db, Id id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM municipality WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    return query.exec() && query.next();
}

std::optional<Task> taskById(const QSqlDatabase &db, Id id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT ") + sql::taskColumns(QStringLiteral("t"))
                  + QStringLiteral(", t.version FROM task t WHERE t.id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Task task = sql::taskFrom(query, 0);
    // A local task carries its row version (migration 12); handbook tasks are not edited by users.
    if (task.isLocal())
        task.version = query.value(sql::taskColumnCount()).toLongLong();
    return task;
}

// Whether key names another task the municipality sees: a handbook task or one of its local tasks.
bool keyTaken(const QSqlDatabase &db, Id municipalityId, const QString &key, Id exceptTaskId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM task WHERE key = :key AND id != :except "
                                 "AND (municipality_id IS NULL OR municipality_id = :municipality)"));
    query.bindValue(QStringLiteral(":key"), key);
    query.bindValue(QStringLiteral(":except"), exceptTaskId);
    query.bindValue(QStringLiteral(":municipality"), municipalityId);
    return !query.exec() || query.next();
}

// The next free "LOK-n" key of a municipality: one more than the highest n in use.
QString nextLocalKey(const QSqlDatabase &db, Id municipalityId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT key FROM task WHERE municipality_id = :municipality AND key LIKE :prefix"));
    query.bindValue(QStringLiteral(":municipality"), municipalityId);
    query.bindValue(QStringLiteral(":prefix"), kLocalKeyPrefix + QLatin1Char('%'));
    int highest = 0;
    if (query.exec()) {
        while (query.next()) {
            bool ok = false;
            const int n = query.value(0).toString().mid(kLocalKeyPrefix.size()).toInt(&ok);
            if (ok)
                highest = std::max(highest, n);
        }
    }
    return kLocalKeyPrefix + QString::number(highest + 1);
}

// A task event from its row (kSelectEvents' columns), through Qt SQL (sql::QueryRow) or SQLite's own API
// (sql::BulkQuery: no QVariant and no UTF-16 copy per value).
template<typename Row> TaskEvent eventFrom(const Row &row)
{
    TaskEvent event;
    event.id = row.integer(0);
    event.municipalityId = row.integer(1);
    event.taskId = row.integer(2);
    event.at = row.isNull(3) ? QDateTime() : sql::timeFrom(QVariant(row.text(3)));
    event.field = row.text(4);
    event.oldValue = row.text(5);
    event.newValue = row.text(6);
    return event;
}

const QString kSelectEvents
    = QStringLiteral("SELECT id, municipality_id, task_id, at, field, old_value, new_value FROM task_event");

// The INSERT of one event of a task's history, prepared once for all the events written together.
bool prepareEventInsert(QSqlQuery &event, QString *error)
{
    return sql::prepare(event,
                        QStringLiteral("INSERT INTO task_event (municipality_id, task_id, at, field, old_value, "
                                       "new_value) VALUES (:municipality, :task, :at, :field, :old, :new)"),
                        error);
}

// One event through the statement prepareEventInsert() made; what prefixes an error.
bool insertEvent(QSqlQuery &event, Id municipalityId, Id taskId, const QString &atText, const QString &field,
                 const QString &oldValue, const QString &newValue, const QString &what, QString *error)
{
    event.bindValue(QStringLiteral(":municipality"), municipalityId);
    event.bindValue(QStringLiteral(":task"), taskId);
    event.bindValue(QStringLiteral(":at"), atText);
    event.bindValue(QStringLiteral(":field"), sql::text(field));
    event.bindValue(QStringLiteral(":old"), sql::text(oldValue));
    event.bindValue(QStringLiteral(":new"), sql::text(newValue));
    return sql::exec(event, what, error);
}

// The task's history: one event per changed field, at the time of the change.
bool recordEvents(const QSqlDatabase &db, const TaskState &after, const QList<Change> &changes, const QString &atText,
                  QString *error)
{
    QSqlQuery event(db);
    if (!prepareEventInsert(event, error))
        return false;
    const QString what = TaskRepository::tr("The task's history could not be saved");
    for (const Change &change : changes) {
        if (!insertEvent(event, after.municipalityId, after.taskId, atText, change.field, change.oldValue,
                         change.newValue, what, error))
            return false;
    }
    return true;
}

} // namespace

QList<PlannedTask> TaskRepository::plannedTasks(Id municipalityId, bool includeWithdrawn) const
{
    QList<PlannedTask> result = queryPlanned(m_db.connection(), municipalityId, 0, includeWithdrawn);
    // Tasks without a date (no go-live yet) go last, in the handbook's order.
    sortPlanned(result);
    return result;
}

std::optional<PlannedTask> TaskRepository::plannedTask(Id municipalityId, Id taskId) const
{
    if (taskId == 0)
        return std::nullopt;
    const QList<PlannedTask> found = queryPlanned(m_db.connection(), municipalityId, taskId, true);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

bool TaskRepository::sameStoredState(const TaskState &stored, const TaskState &expected)
{
    return stored.status == expected.status && stored.responsiblePersonId == expected.responsiblePersonId
        && stored.performerPersonId == expected.performerPersonId && stored.dueOverride == expected.dueOverride
        && stored.klikMarkedOn == expected.klikMarkedOn && stored.reason == expected.reason.trimmed()
        && stored.note == expected.note && (!expected.doneOn.isValid() || stored.doneOn == expected.doneOn);
}

bool TaskRepository::setState(const TaskState &state, const QDateTime &at, QString *error, qint64 *newVersion,
                              const TaskState *expected)
{
    const std::optional<PlannedTask> current = plannedTask(state.municipalityId, state.taskId);
    if (!current) {
        *error = tr("The task is not one of the municipality's tasks.");
        return false;
    }
    const TaskState &before = current->state;
    sql::VersionedRow row(
        m_db, QStringLiteral("task_state"),
        {{QStringLiteral("municipality_id"), state.municipalityId}, {QStringLiteral("task_id"), state.taskId}},
        sql::RowKind::Task, current->task.key);
    // An edit based on another version than the stored one is refused before anything else is looked at — unless
    // the stored state is still the one the caller expects (its own later undo and redo steps moved the version on).
    if (state.version != sql::kUncheckedVersion && state.version != before.version
        && !(expected && sameStoredState(before, *expected))) {
        row.refuse(error);
        return false;
    }
    TaskState after = state;
    after.reason = after.reason.trimmed();

    if (statusNeedsReason(after.status) && after.reason.isEmpty()) {
        *error = tr("Write a reason when a task is set to \"%1\".").arg(statusName(after.status));
        return false;
    }
    const QSqlDatabase db = m_db.connection();
    if (after.responsiblePersonId != 0 && !personBelongs(db, after.responsiblePersonId, after.municipalityId)) {
        *error = tr("The responsible person is not one of the municipality's people.");
        return false;
    }
    if (after.performerPersonId != 0 && !personBelongs(db, after.performerPersonId, after.municipalityId)) {
        *error = tr("The performer is not one of the municipality's people.");
        return false;
    }
    // Invariant: done_on is set exactly while the status is Done.
    if (after.status != Status::Done) {
        after.doneOn = QDate();
    } else if (!after.doneOn.isValid()) {
        after.doneOn
            = before.status == Status::Done && before.doneOn.isValid() ? before.doneOn : at.toLocalTime().date();
    }

    const QList<Change> changes = diff(before, after);
    if (changes.isEmpty()) {
        if (newVersion)
            *newVersion = before.version;
        return true;
    }

    const QString atText = sql::timeText(at.isValid() ? at : QDateTime::currentDateTimeUtc());
    return m_db.write(error, [&] {
        // The write itself is checked against the version read above, so an edit made between the read and the
        // write (another client on a server) is refused too. A state back at the default keeps no row.
        sql::VersionedRow::Result written;
        if (isDefault(after)) {
            written = row.remove(before.version, error);
        } else {
            const sql::VersionedRow::Values values {
                {QStringLiteral("status"), statusCode(after.status)},
                {QStringLiteral("responsible_person_id"), sql::idValue(after.responsiblePersonId)},
                {QStringLiteral("performer_person_id"), sql::idValue(after.performerPersonId)},
                {QStringLiteral("due_override"), sql::dateValue(after.dueOverride)},
                {QStringLiteral("done_on"), sql::dateValue(after.doneOn)},
                {QStringLiteral("klik_marked_on"), sql::dateValue(after.klikMarkedOn)},
                {QStringLiteral("reason"), sql::text(after.reason)},
                {QStringLiteral("note"), sql::text(after.note)},
                {QStringLiteral("updated_at"), atText}};
            written = before.version == 0 ? row.insert(values, error) : row.update(before.version, values, error);
        }
        if (written != sql::VersionedRow::Result::Written)
            return false;

        if (!recordEvents(m_db.connection(), after, changes, atText, error))
            return false;
        if (newVersion)
            *newVersion = row.version();
        return true;
    });
}

QList<TaskEvent> TaskRepository::events(Id municipalityId, Id taskId) const
{
    QList<TaskEvent> result;
    QSqlQuery query(m_db.connection());
    query.prepare(kSelectEvents
                  + QStringLiteral(" WHERE municipality_id = :municipality AND task_id = :task ORDER BY at, id"));
    query.bindValue(QStringLiteral(":municipality"), municipalityId);
    query.bindValue(QStringLiteral(":task"), taskId);
    if (!query.exec())
        return result;
    while (query.next())
        result.append(eventFrom(sql::QueryRow(query)));
    return result;
}

QList<TaskEvent> TaskRepository::eventsSince(Id municipalityId, const QDateTime &since) const
{
    // A report reads the whole history for its trend (about 1,400 events a municipality in the national file).
    QList<TaskEvent> result;
    sql::BulkQuery query(
        m_db.connection(),
        kSelectEvents + QStringLiteral(" WHERE municipality_id = :municipality AND at >= :since ORDER BY at, id"));
    if (!query.bind(QStringLiteral(":municipality"), municipalityId)
        || !query.bind(QStringLiteral(":since"), sql::timeText(since)))
        return result;
    while (query.next())
        result.append(eventFrom(query));
    return result;
}

bool TaskRepository::validateLocalTask(Task *task, QString *error) const
{
    task->key = task->key.trimmed();
    task->titleDa = task->titleDa.trimmed();
    task->titleEn = task->titleEn.trimmed();
    if (task->municipalityId == 0 || !municipalityExists(m_db.connection(), task->municipalityId)) {
        *error = tr("A local task must belong to a municipality in the database.");
        return false;
    }
    if (task->titleDa.isEmpty()) {
        *error = tr("A task needs a Danish title.");
        return false;
    }
    if (std::any_of(task->key.cbegin(), task->key.cend(),
                    [](QChar c) { return c.isSpace() || c == u',' || c == u';'; })) {
        *error = tr("The key \"%1\" cannot contain spaces, commas or semicolons.").arg(task->key);
        return false;
    }
    if (!std::isfinite(task->estimateHours) || task->estimateHours < 0) {
        *error = tr("The estimate of a task must be zero or more hours.");
        return false;
    }
    if (task->releaseOffsetWeeks && *task->releaseOffsetWeeks > task->dueOffsetWeeks) {
        *error = tr("A task cannot be released after it is due (released in week %1, due in week %2 relative to "
                    "go-live).")
                     .arg(*task->releaseOffsetWeeks)
                     .arg(task->dueOffsetWeeks);
        return false;
    }
    task->withdrawnInVersion = 0;
    return true;
}

bool TaskRepository::addLocalTask(Task *task, QString *error)
{
    Task candidate = *task;
    candidate.id = 0;
    if (!validateLocalTask(&candidate, error))
        return false;
    const bool ok = m_db.write(error, [&] {
        const QSqlDatabase db = m_db.connection();
        if (candidate.key.isEmpty())
            candidate.key = nextLocalKey(db, candidate.municipalityId);
        if (keyTaken(db, candidate.municipalityId, candidate.key, 0)) {
            *error = tr("The key %1 is already used by another task.").arg(candidate.key);
            return false;
        }
        QSqlQuery query(db);
        const QStringList columns = sql::taskTemplateColumns();
        if (!sql::prepare(query,
                          QStringLiteral("INSERT INTO task (municipality_id, ") + columns.join(QStringLiteral(", "))
                              + QStringLiteral(") VALUES (:municipality_id, :") + columns.join(QStringLiteral(", :"))
                              + QStringLiteral(")"),
                          error))
            return false;
        sql::bindTaskTemplate(query, candidate);
        query.bindValue(QStringLiteral(":municipality_id"), candidate.municipalityId);
        if (!sql::exec(query, tr("The local task could not be added"), error))
            return false;
        candidate.id = query.lastInsertId().toLongLong();
        return true;
    });
    if (ok)
        *task = candidate;
    return ok;
}

bool TaskRepository::updateLocalTask(const Task &task, QString *error)
{
    const std::optional<Task> existing = taskById(m_db.connection(), task.id);
    if (!existing || !existing->isLocal() || existing->municipalityId != task.municipalityId) {
        *error = tr("The task to change is not one of the municipality's local tasks.");
        return false;
    }
    if (sql::refuseStale(m_db, QStringLiteral("task"), task.id, task.version, existing->version, sql::RowKind::Task,
                         existing->key, error))
        return false;
    Task candidate = task;
    if (!validateLocalTask(&candidate, error))
        return false;
    if (candidate.key.isEmpty())
        candidate.key = existing->key;
    return m_db.write(error, [&] {
        const QSqlDatabase db = m_db.connection();
        if (keyTaken(db, candidate.municipalityId, candidate.key, candidate.id)) {
            *error = tr("The key %1 is already used by another task.").arg(candidate.key);
            return false;
        }
        // Checked against the version the edit was read with (docs/team-mode.md "Concurrent edits").
        return sql::updateRowVersioned(
                   m_db, QStringLiteral("task"), sql::taskTemplateColumns().join(QStringLiteral(", ")),
                   [&](QSqlQuery &query) { sql::bindTaskTemplate(query, candidate); }, candidate.id, task.version,
                   sql::RowKind::Task, existing->key, tr("The local task could not be changed"), error)
            == sql::VersionedRow::Result::Written;
    });
}

bool TaskRepository::removeLocalTask(Id municipalityId, Id taskId, QString *error, qint64 expectedVersion)
{
    const std::optional<Task> existing = taskById(m_db.connection(), taskId);
    if (!existing || !existing->isLocal() || existing->municipalityId != municipalityId) {
        *error = tr("The task to remove is not one of the municipality's local tasks.");
        return false;
    }
    // Its state and history go with it (ON DELETE CASCADE). Checked against the version the removal was read with.
    return m_db.write(error, [&] {
        return sql::removeRowVersioned(m_db, QStringLiteral("task"), taskId, expectedVersion, sql::RowKind::Task,
                                       existing->key, tr("The local task could not be removed"), error)
            == sql::VersionedRow::Result::Written;
    });
}

std::optional<Task> TaskRepository::task(Id taskId) const
{
    return taskById(m_db.connection(), taskId);
}

bool TaskRepository::takeLocalTask(Id municipalityId, Id taskId, RemovedLocalTask *removed, QString *error,
                                   qint64 expectedVersion)
{
    const std::optional<Task> existing = taskById(m_db.connection(), taskId);
    if (!existing || !existing->isLocal() || existing->municipalityId != municipalityId) {
        *error = tr("The task to remove is not one of the municipality's local tasks.");
        return false;
    }
    RemovedLocalTask taken;
    taken.task = *existing;
    taken.events = events(municipalityId, taskId);
    {
        QSqlQuery query(m_db.connection());
        if (!sql::prepare(query,
                          QStringLiteral("SELECT ") + kStateColumns
                              + QStringLiteral(", s.updated_at FROM task_state s WHERE s.municipality_id = "
                                               ":municipality AND s.task_id = :task"),
                          error))
            return false;
        query.bindValue(QStringLiteral(":municipality"), municipalityId);
        query.bindValue(QStringLiteral(":task"), taskId);
        if (!sql::exec(query, tr("The task's state could not be read"), error))
            return false;
        if (query.next()) {
            taken.hasState = true;
            taken.state = sql::stateFrom(sql::QueryRow(query), 0, municipalityId, taskId);
            taken.stateUpdatedAt = query.value(kStateColumnCount).toString();
        }
    }
    if (!removeLocalTask(municipalityId, taskId, error, expectedVersion))
        return false;
    *removed = std::move(taken);
    return true;
}

bool TaskRepository::restoreLocalTask(const RemovedLocalTask &removed, QString *error)
{
    const Task &task = removed.task;
    if (!task.isLocal() || task.id == 0 || !municipalityExists(m_db.connection(), task.municipalityId)) {
        *error = tr("A local task must belong to a municipality in the database.");
        return false;
    }
    return m_db.write(error, [&] {
        const QSqlDatabase db = m_db.connection();
        if (taskById(db, task.id) || keyTaken(db, task.municipalityId, task.key, task.id)) {
            *error
                = tr("The local task %1 cannot be put back: its key or number is used by another task.").arg(task.key);
            return false;
        }
        QSqlQuery query(db);
        const QStringList columns = sql::taskTemplateColumns();
        if (!sql::prepare(query,
                          QStringLiteral("INSERT INTO task (id, municipality_id, ") + columns.join(QStringLiteral(", "))
                              + QStringLiteral(") VALUES (:id, :municipality_id, :")
                              + columns.join(QStringLiteral(", :")) + QStringLiteral(")"),
                          error))
            return false;
        sql::bindTaskTemplate(query, task);
        query.bindValue(QStringLiteral(":id"), task.id);
        query.bindValue(QStringLiteral(":municipality_id"), task.municipalityId);
        if (!sql::exec(query, tr("The local task could not be put back"), error))
            return false;
        // One version past the one it was removed at, so an edit read before the removal is still refused.
        if (task.version != -1 && !sql::stampRestored(m_db, QStringLiteral("task"), task.id, task.version + 1, error))
            return false;

        if (removed.hasState) {
            const TaskState &state = removed.state;
            QSqlQuery insert(db);
            if (!sql::prepare(insert,
                              QStringLiteral("INSERT INTO task_state (municipality_id, task_id, status, "
                                             "responsible_person_id, performer_person_id, due_override, done_on, "
                                             "klik_marked_on, reason, note, updated_at) VALUES (:municipality, "
                                             ":task, :status, :responsible, :performer, :due_override, :done_on, "
                                             ":klik_marked_on, :reason, :note, :updated_at)"),
                              error))
                return false;
            insert.bindValue(QStringLiteral(":municipality"), task.municipalityId);
            insert.bindValue(QStringLiteral(":task"), task.id);
            insert.bindValue(QStringLiteral(":status"), statusCode(state.status));
            insert.bindValue(QStringLiteral(":responsible"), sql::idValue(state.responsiblePersonId));
            insert.bindValue(QStringLiteral(":performer"), sql::idValue(state.performerPersonId));
            insert.bindValue(QStringLiteral(":due_override"), sql::dateValue(state.dueOverride));
            insert.bindValue(QStringLiteral(":done_on"), sql::dateValue(state.doneOn));
            insert.bindValue(QStringLiteral(":klik_marked_on"), sql::dateValue(state.klikMarkedOn));
            insert.bindValue(QStringLiteral(":reason"), sql::text(state.reason));
            insert.bindValue(QStringLiteral(":note"), sql::text(state.note));
            insert.bindValue(QStringLiteral(":updated_at"), sql::text(removed.stateUpdatedAt));
            if (!sql::exec(insert, tr("The task's state could not be put back"), error))
                return false;
        }

        QSqlQuery event(db);
        if (!prepareEventInsert(event, error))
            return false;
        // Events get new ids (the old ones may be in use by history written since); inserted oldest first, so
        // the order of events with the same time is kept.
        const QString what = tr("The task's history could not be put back");
        for (const TaskEvent &stored : removed.events) {
            if (!insertEvent(event, task.municipalityId, task.id, sql::timeText(stored.at), stored.field,
                             stored.oldValue, stored.newValue, what, error))
                return false;
        }
        return true;
    });
}

} // namespace parat
