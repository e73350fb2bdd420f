#include "OverviewRepository.h"

#include "Database.h"
#include "SqlUtil.h"
#include "planning/Schedule.h"

#include <algorithm>

namespace parat {

namespace {

// Same order as TaskRepository::plannedTasks(): due date (none last), sort order, key.
bool plannedBefore(const PlannedTask &a, const PlannedTask &b)
{
    if (a.due.isValid() != b.due.isValid())
        return a.due.isValid();
    if (a.due != b.due)
        return a.due < b.due;
    if (a.task.sortOrder != b.task.sortOrder)
        return a.task.sortOrder < b.task.sortOrder;
    return a.task.key < b.task.key;
}

QString withdrawnFilter(bool includeWithdrawn)
{
    return includeWithdrawn ? QString() : QStringLiteral(" AND t.withdrawn_in_version IS NULL");
}

} // namespace

QHash<Id, QList<PlannedTask>> OverviewRepository::plannedTasksForAll(bool includeWithdrawn) const
{
    QHash<Id, QList<PlannedTask>> result;
    const QSqlDatabase db = m_db.connection();

    // Go-live of every municipality.
    QHash<Id, QDate> goLive;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.prepare(QStringLiteral("SELECT id, go_live FROM municipality")) || !query.exec())
            return result;
        while (query.next()) {
            const Id id = query.value(0).toLongLong();
            goLive.insert(id, sql::dateFrom(query.value(1)));
            result.insert(id, {});
        }
    }
    if (goLive.isEmpty())
        return result;

    // Stored states, keyed by municipality and task. Tasks without one have the default state.
    QHash<QPair<Id, Id>, TaskState> states;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.prepare(QStringLiteral("SELECT municipality_id, task_id, status, responsible_person_id, "
                                          "performer_person_id, due_override, done_on, klik_marked_on, reason, note "
                                          "FROM task_state"))
            || !query.exec())
            return result;
        while (query.next()) {
            TaskState state;
            state.municipalityId = query.value(0).toLongLong();
            state.taskId = query.value(1).toLongLong();
            state.status = statusFromCode(query.value(2).toString()).value_or(Status::NotStarted);
            state.responsiblePersonId = sql::idFrom(query.value(3));
            state.performerPersonId = sql::idFrom(query.value(4));
            state.dueOverride = sql::dateFrom(query.value(5));
            state.doneOn = sql::dateFrom(query.value(6));
            state.klikMarkedOn = sql::dateFrom(query.value(7));
            state.reason = query.value(8).toString();
            state.note = query.value(9).toString();
            states.insert(qMakePair(state.municipalityId, state.taskId), state);
        }
    }

    auto planFor = [&states](Id municipalityId, const Task &task, const QDate &date) {
        const auto found = states.constFind(qMakePair(municipalityId, task.id));
        TaskState state;
        if (found != states.constEnd()) {
            state = found.value();
        } else {
            state.municipalityId = municipalityId;
            state.taskId = task.id;
        }
        return plan(task, std::move(state), date);
    };

    // Handbook tasks are shared: read once, planned for every municipality. Local tasks belong to one.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT ") + sql::taskColumns(QStringLiteral("t"))
                       + QStringLiteral(" FROM task t WHERE 1 = 1") + withdrawnFilter(includeWithdrawn))
        || !query.exec())
        return result;
    QList<Task> handbook;
    while (query.next()) {
        Task task = sql::taskFrom(query, 0);
        if (task.municipalityId == 0) {
            handbook.append(std::move(task));
        } else {
            const auto date = goLive.constFind(task.municipalityId);
            if (date != goLive.constEnd())
                result[task.municipalityId].append(planFor(task.municipalityId, task, date.value()));
        }
    }

    for (auto it = goLive.constBegin(); it != goLive.constEnd(); ++it) {
        QList<PlannedTask> &tasks = result[it.key()];
        tasks.reserve(tasks.size() + handbook.size());
        for (const Task &task : handbook)
            tasks.append(planFor(it.key(), task, it.value()));
        std::stable_sort(tasks.begin(), tasks.end(), plannedBefore);
    }
    return result;
}

} // namespace parat
