#pragma once

#include "domain/Types.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace parat {

// Date rules (docs/design.md "Dates"), in one place. Due = go-live + due_offset_weeks * 7 days unless the
// municipality overrode it; released from go-live + release_offset_weeks * 7 (from the start when the
// task has no release offset). Both are invalid while the municipality has no go-live date.
inline QDate dueDate(const Task &task, const TaskState &state, const QDate &goLive)
{
    if (state.dueOverride.isValid())
        return state.dueOverride;
    return goLive.isValid() ? goLive.addDays(qint64(task.dueOffsetWeeks) * 7) : QDate();
}

inline QDate releaseDate(const Task &task, const QDate &goLive)
{
    if (!goLive.isValid() || !task.releaseOffsetWeeks)
        return QDate();
    return goLive.addDays(qint64(*task.releaseOffsetWeeks) * 7);
}

inline PlannedTask plan(Task task, TaskState state, const QDate &goLive)
{
    PlannedTask planned;
    planned.release = releaseDate(task, goLive);
    planned.due = dueDate(task, state, goLive);
    planned.task = std::move(task);
    planned.state = std::move(state);
    return planned;
}

// The planned tasks' one order (plan lists, readiness, overview): due date (none last), then the
// handbook's sort order, then key.
inline bool plannedBefore(const PlannedTask &a, const PlannedTask &b)
{
    if (a.due.isValid() != b.due.isValid())
        return a.due.isValid();
    if (a.due != b.due)
        return a.due < b.due;
    if (a.task.sortOrder != b.task.sortOrder)
        return a.task.sortOrder < b.task.sortOrder;
    return a.task.key < b.task.key;
}

// Orders planned tasks by plannedBefore exactly as std::stable_sort does (ties keep their order), but sorts their
// positions and moves each task once: a PlannedTask is some twenty strings and dates, and moving them through the
// sort's steps cost more than the comparisons (3,000 tasks on the overview's first paint).
inline void sortPlanned(QList<PlannedTask> &tasks)
{
    const QList<PlannedTask> &in = tasks;
    if (std::is_sorted(in.cbegin(), in.cend(), plannedBefore))
        return;
    std::vector<qsizetype> order(size_t(in.size()));
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(),
                     [&in](qsizetype a, qsizetype b) { return plannedBefore(in.at(a), in.at(b)); });
    QList<PlannedTask> sorted;
    sorted.reserve(in.size());
    for (const qsizetype i : order)
        sorted.append(std::move(tasks[i]));
    tasks = std::move(sorted);
}

} // namespace parat
