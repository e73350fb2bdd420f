#include "OverviewRepository.h"

#include "Database.h"
#include "SqlRows.h"
#include "SqlUtil.h"
#include "domain/Schedule.h"

#include <algorithm>

namespace parat {

namespace {

QString withdrawnFilter(bool includeWithdrawn)
{
    return includeWithdrawn ? QString() : QStringLiteral(" AND t.withdrawn_in_version IS NULL");
}

// Go-live of every municipality (an invalid date where none is set).
bool readGoLives(const QSqlDatabase &db, QHash<Id, QDate> *goLive)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT id, go_live FROM municipality")) || !query.exec())
        return false;
    while (query.next())
        goLive->insert(query.value(0).toLongLong(), sql::dateFrom(query.value(1)));
    return true;
}

// Stored states, keyed by municipality and task; tasks without one have the default state. The largest read of the
// overview (one row per municipality and task with any state), so it goes through BulkQuery.
bool readStates(const QSqlDatabase &db, OverviewRepository::StateTexts texts, QHash<QPair<Id, Id>, TaskState> *states)
{
    const sql::StateTexts read
        = texts == OverviewRepository::StateTexts::Read ? sql::StateTexts::Read : sql::StateTexts::Skip;
    sql::BulkQuery query(db,
                         QStringLiteral("SELECT s.municipality_id, s.task_id, ")
                             + sql::stateColumns(QStringLiteral("s"), read) + QStringLiteral(" FROM task_state s"));
    if (!query.isValid())
        return false;
    while (query.next()) {
        const Id municipalityId = query.integer(0);
        const Id taskId = query.integer(1);
        states->insert(qMakePair(municipalityId, taskId), sql::stateFrom(query, 2, municipalityId, taskId, read));
    }
    return true;
}

} // namespace

QHash<Id, QList<PlannedTask>> OverviewRepository::plannedTasksForAll(bool includeWithdrawn, StateTexts texts) const
{
    QHash<Id, QList<PlannedTask>> result;
    const QSqlDatabase db = m_db.connection();

    QHash<Id, QDate> goLive;
    if (!readGoLives(db, &goLive))
        return result;
    for (auto it = goLive.constBegin(); it != goLive.constEnd(); ++it)
        result.insert(it.key(), {});
    if (goLive.isEmpty())
        return result;
    QHash<QPair<Id, Id>, TaskState> states;
    if (!readStates(db, texts, &states))
        return result;

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

    // In a municipality with a go-live date, handbook tasks without a moved deadline come in the order of their
    // offsets: planned in that order, a list is usually sorted already, and checking is far cheaper than
    // sorting 300 tasks 98 times.
    std::stable_sort(handbook.begin(), handbook.end(), [](const Task &a, const Task &b) {
        if (a.dueOffsetWeeks != b.dueOffsetWeeks)
            return a.dueOffsetWeeks < b.dueOffsetWeeks;
        if (a.sortOrder != b.sortOrder)
            return a.sortOrder < b.sortOrder;
        return a.key < b.key;
    });
    for (auto it = goLive.constBegin(); it != goLive.constEnd(); ++it) {
        QList<PlannedTask> &tasks = result[it.key()];
        tasks.reserve(tasks.size() + handbook.size());
        for (const Task &task : std::as_const(handbook))
            tasks.append(planFor(it.key(), task, it.value()));
        sortPlanned(tasks);
    }
    return result;
}

} // namespace parat
