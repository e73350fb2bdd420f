#include "planning/Trend.h"

#include "domain/Calendar.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace parat {

namespace {

struct StatusChange
{
    QDate day; // local date of the change
    Status from = Status::NotStarted;
    Status to = Status::NotStarted;
};

// Status of a task on `day` from its changes (oldest first) and its status now.
Status statusOn(const QList<StatusChange> &changes, Status now, const QDate &day)
{
    if (changes.isEmpty())
        return now;
    // The last change on or before the day.
    auto it = std::upper_bound(changes.begin(), changes.end(), day,
                               [](const QDate &d, const StatusChange &c) { return d < c.day; });
    if (it == changes.begin())
        return changes.first().from;
    return std::prev(it)->to;
}

QDate weekEnd(int key)
{
    return mondayOfWeekKey(key).addDays(6);
}

using ChangesByTask = QHash<Id, QList<StatusChange>>;

// The status changes of each task, oldest first (events of other fields or unknown statuses left out).
ChangesByTask statusChanges(const QList<TaskEvent> &events)
{
    ChangesByTask changes;
    for (const TaskEvent &event : events) {
        if (event.field != QLatin1String("status"))
            continue;
        const std::optional<Status> from = statusFromCode(event.oldValue);
        const std::optional<Status> to = statusFromCode(event.newValue);
        if (!from || !to)
            continue;
        const QDate day = event.at.toLocalTime().date();
        changes[event.taskId].append({day, *from, *to});
    }
    for (QList<StatusChange> &list : changes)
        std::stable_sort(list.begin(), list.end(),
                         [](const StatusChange &a, const StatusChange &b) { return a.day < b.day; });
    return changes;
}

// The first day of the trend: the first change, release or deadline of the first phase, but no more than
// kTrendMaxWeeks back.
QDate trendStart(const ChangesByTask &changes, const QList<PlannedTask> &tasks, const QDate &asOf)
{
    QDate start = asOf;
    for (const QList<StatusChange> &list : changes) {
        for (const StatusChange &change : list)
            start = std::min(start, change.day);
    }
    for (const PlannedTask &task : tasks) {
        if (task.release.isValid())
            start = std::min(start, task.release);
        if (task.due.isValid() && task.task.phase == Phase::P1)
            start = std::min(start, task.due);
    }
    return std::max(start, asOf.addDays(-7 * kTrendMaxWeeks));
}

// The last week of the trend: this week, or the week after go-live when it is ahead (at most two years ahead).
int trendLastWeek(const QDate &asOf, const QDate &goLive)
{
    const int todayWeek = weekKey(asOf);
    int lastWeek = todayWeek;
    if (goLive.isValid() && goLive > asOf)
        lastWeek = std::max(lastWeek, std::min(addWeeksToKey(weekKey(goLive), 1), addWeeksToKey(todayWeek, 104)));
    return lastWeek;
}

struct TrendItem
{
    const PlannedTask *task;
    double hours;
    const QList<StatusChange> *changes;
};

QList<TrendItem> trendItems(const QList<PlannedTask> &tasks, const ChangesByTask &changes,
                            const RuleThresholds &thresholds)
{
    QList<TrendItem> items;
    items.reserve(tasks.size());
    static const QList<StatusChange> none;
    for (const PlannedTask &task : tasks) {
        if (task.task.isWithdrawn())
            continue;
        const auto found = changes.constFind(task.task.id);
        items.append({&task, weightHours(task.task, thresholds), found == changes.constEnd() ? &none : &*found});
    }
    return items;
}

// The point of the week `key`: planned and actual share of the relevant hours at the week's end (today this week).
TrendPoint trendPoint(const QList<TrendItem> &items, int key, const QDate &asOf)
{
    const int todayWeek = weekKey(asOf);
    TrendPoint point;
    point.weekKey = key;
    point.date = key == todayWeek ? asOf : weekEnd(key);
    point.hasActual = key <= todayWeek;
    // Past: statuses as the history has them; today and ahead: as they are now (the history may not say every
    // change, e.g. of tasks older than the history).
    const bool now = !point.hasActual || key == todayWeek;
    const QDate statusDay = point.date;
    double relevant = 0.0;
    double done = 0.0;
    double planned = 0.0;
    for (const TrendItem &item : items) {
        const Status status
            = now ? item.task->state.status : statusOn(*item.changes, item.task->state.status, statusDay);
        if (status == Status::NotRelevant)
            continue;
        relevant += item.hours;
        if (status == Status::Done)
            done += item.hours;
        if (item.task->due.isValid() && item.task->due <= point.date)
            planned += item.hours;
    }
    if (relevant > 0.0) {
        point.planned = 100.0 * planned / relevant;
        point.actual = 100.0 * done / relevant;
    }
    return point;
}

// Forecast at the pace of the last weeks.
void forecastFrom(const QList<TrendPoint> &points, const QDate &asOf, TrendForecast *f)
{
    int todayIndex = -1;
    for (int i = 0; i < points.size(); ++i) {
        if (points.at(i).hasActual)
            todayIndex = i;
    }
    if (todayIndex < 0)
        return;
    const TrendPoint &now = points.at(todayIndex);
    if (now.actual >= 100.0 - 1e-9) {
        f->kind = TrendForecast::Kind::Done;
        return;
    }
    const int backIndex = std::max(0, todayIndex - kForecastWeeks);
    f->weeks = todayIndex - backIndex;
    if (f->weeks < 1)
        return;
    f->pacePerWeek = (now.actual - points.at(backIndex).actual) / f->weeks;
    if (f->pacePerWeek < 0.05) {
        f->kind = TrendForecast::Kind::Stalled;
        return;
    }
    const double weeksLeft = std::ceil((100.0 - now.actual) / f->pacePerWeek);
    if (weeksLeft > 5 * 52) {
        f->kind = TrendForecast::Kind::TooFar;
        return;
    }
    f->kind = TrendForecast::Kind::Date;
    f->done = asOf.addDays(qint64(weeksLeft) * 7);
}

} // namespace

const TrendPoint *ProgressTrend::today() const
{
    for (auto it = points.crbegin(); it != points.crend(); ++it) {
        if (it->hasActual)
            return &*it;
    }
    return nullptr;
}

ProgressTrend progressTrend(const QList<PlannedTask> &tasks, const QList<TaskEvent> &events, const QDate &asOf,
                            const QDate &goLive, const QList<QDate> &sentReports, const RuleThresholds &thresholds)
{
    ProgressTrend trend;
    trend.asOf = asOf;
    trend.goLive = goLive;
    if (!asOf.isValid() || tasks.isEmpty())
        return trend;

    const ChangesByTask changes = statusChanges(events);
    const QDate start = trendStart(changes, tasks, asOf);
    const QList<TrendItem> items = trendItems(tasks, changes, thresholds);
    const int lastWeek = trendLastWeek(asOf, goLive);
    for (int key = weekKey(start); key != 0 && key <= lastWeek; key = nextWeekKey(key))
        trend.points.append(trendPoint(items, key, asOf));
    for (const QDate &sent : sentReports) {
        if (sent.isValid() && sent >= start && sent <= asOf)
            trend.sentReports.append(sent);
    }
    forecastFrom(trend.points, asOf, &trend.forecast);
    return trend;
}

QString forecastText(const TrendForecast &forecast)
{
    switch (forecast.kind) {
    case TrendForecast::Kind::None:
        return TrendText::tr("Too little history for a forecast yet.");
    case TrendForecast::Kind::Done:
        return TrendText::tr("All the work is done.");
    case TrendForecast::Kind::Stalled:
        return TrendText::tr("No progress in the last %n week(s): no forecast.", "", forecast.weeks);
    case TrendForecast::Kind::TooFar:
        return TrendText::tr("At the pace of the last %n week(s): not done within five years.", "", forecast.weeks);
    case TrendForecast::Kind::Date:
        return TrendText::tr("At the pace of the last %n week(s): done in %1.", "", forecast.weeks)
            .arg(weekYearLabel(weekKey(forecast.done)));
    }
    return QString();
}

} // namespace parat
