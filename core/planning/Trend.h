#pragma once

#include "domain/Types.h"
#include "planning/Readiness.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace parat {

// Progress week by week (docs/status-report.md "Trend"): planned against actual, hours-weighted as progress() in
// Readiness.h, from the project start to today, computed from the task history; and a forecast at the pace of the
// last weeks. Pure: the caller passes the tasks as they are now and their status changes.
//
// Decisions:
// - A task's status on a past day is the new value of its last status change on or before that day (local time), else
//   the old value of its first change, else its status now; today and the weeks ahead use the status now (so today's
//   point is progress() exactly). Relevant, done and planned follow progress(): a task
//   not relevant on that day counts nowhere; planned uses the due dates as they are now (the plan line is today's
//   plan, also for the weeks ahead, up to the week after go-live).
// - A point is the end (Sunday) of an ISO week; the week of asOf ends on asOf itself. Actual is known up to asOf.
// - Tasks added later (a local task, a later handbook version) count from the start: the history does not say
//   when a task appeared.
// - The project starts at the earliest release date, due date of the first phase or status change, whichever is
//   first, and at most kTrendMaxWeeks before asOf.
// - Forecast: the actual points gained per week over the last kForecastWeeks weeks (fewer when the project is
//   younger, none with fewer than 2 points); done when 100 % would be reached at that pace.

struct TrendText
{
    Q_DECLARE_TR_FUNCTIONS(parat::TrendText)
};

constexpr int kTrendMaxWeeks = 156;
constexpr int kForecastWeeks = 4;

struct TrendPoint
{
    int weekKey = 0;
    QDate date; // the day the point is for
    double planned = 0.0; // % planned by that day
    double actual = 0.0; // % done that day (only when hasActual)
    bool hasActual = false;
};

struct TrendForecast
{
    enum class Kind
    {
        None, // too little history
        Done, // everything is done
        Stalled, // no progress in the last weeks
        TooFar, // more than five years at that pace
        Date // done by `done`
    };
    Kind kind = Kind::None;
    double pacePerWeek = 0.0; // percentage points per week
    int weeks = 0; // weeks of history the pace is measured over
    QDate done; // Date: the day 100 % is reached at that pace
};

struct ProgressTrend
{
    QList<TrendPoint> points; // oldest first
    QList<QDate> sentReports; // as-of dates of the reports sent to the steering group, within the points
    QDate asOf;
    QDate goLive;
    TrendForecast forecast;

    const TrendPoint *today() const; // the last point with an actual value; null when none
};

// Status changes only ("status" events) are read; others are ignored.
ProgressTrend progressTrend(const QList<PlannedTask> &tasks, const QList<TaskEvent> &events, const QDate &asOf,
                            const QDate &goLive, const QList<QDate> &sentReports,
                            const RuleThresholds &thresholds = {});

// "At the pace of the last 4 weeks: done in week 5 2027" (Danish "I det tempo de sidste 4 uger: færdig i uge 5
// 2027"), and what the other kinds say.
QString forecastText(const TrendForecast &forecast);

} // namespace parat
