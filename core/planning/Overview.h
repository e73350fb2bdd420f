#pragma once

#include "domain/Types.h"
#include "planning/Readiness.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace parat {

// What the start page (and later the status report) shows about one municipality on one day, computed
// from its planned tasks with the rules of Readiness.h; nothing here re-implements a rule.
//
// Decisions:
// - "Released since": tasks whose release date lies after the since-date, up to and including asOf. The
//   since-date is the last report's date when one is given, otherwise asOf - 14 days ("the last 2 weeks").
// - dueIn2Weeks and dueIn4Weeks are Readiness' dueWithin(asOf, 14 / 28): the 4-week list includes the
//   2-week one (a report prints either); dueLaterIn4Weeks() gives the part of it after the first 2 weeks.
// - The traffic light uses the task rules only: capacity and stakeholder signals and a manual override
//   come from their modules when those exist (the caller can pass signals in).

// Translation context for the free functions below (lupdate sees "parat::OverviewText").
struct OverviewText
{
    Q_DECLARE_TR_FUNCTIONS(parat::OverviewText)
};

// Days of the default "released recently" window when there is no earlier report.
constexpr int kRecentReleaseDays = 14;
constexpr int kDueSoonDays = 14;
constexpr int kDueLaterDays = 28;

struct MunicipalitySummary
{
    Municipality municipality;
    QDate asOf;
    int daysToGoLive = 0; // negative after go-live; 0 without a go-live date
    int weeksToGoLive = 0; // whole weeks, truncated towards zero (Calendar.h weeksUntil)
    Progress total;
    QMap<Phase, Progress> byPhase; // only phases with relevant tasks (Readiness.h progressByPhase)
    TrafficLight light;
    QList<PlannedTask> overdue; // most overdue first
    QList<PlannedTask> dueIn2Weeks; // open, due from asOf through asOf + 14
    QList<PlannedTask> dueIn4Weeks; // open, due from asOf through asOf + 28 (includes dueIn2Weeks)
    QList<PlannedTask> releasedSince; // released after releasedSinceDate through asOf, by release date
    QList<PlannedTask> missingInKlik; // mandatory, done, not marked in KLIK
    QDate releasedSinceDate;
    std::optional<QDate> lastReportDate; // set when releasedSinceDate is the last report's date
    int relevantTasks = 0;

    bool hasGoLive() const { return municipality.goLive.isValid(); }
};

// lastReportDate: the date of the last status report, when there is one; otherwise "released since" covers
// the last kRecentReleaseDays days.
MunicipalitySummary summarize(const Municipality &municipality, const QList<PlannedTask> &tasks, const QDate &asOf,
                              const std::optional<QDate> &lastReportDate = std::nullopt,
                              const ReadinessSignals &signalsIn = {});

// The open tasks due after the first 2 weeks and within 4 weeks: dueIn4Weeks without dueIn2Weeks.
QList<PlannedTask> dueLaterIn4Weeks(const MunicipalitySummary &summary);

// "Released since the last report (13. nov. 2026)" or "Released in the last 2 weeks".
QString releasedSinceTitle(const MunicipalitySummary &summary, const QString &language);
// "Go-live 4. jan. 2027 (week 1)" / "No go-live date yet".
QString goLiveText(const MunicipalitySummary &summary, const QString &language);
// "5 weeks and 3 days to go" / "Go-live is today" / "Went live 2 weeks and 1 day ago" / empty without go-live.
QString timeToGoLiveText(const MunicipalitySummary &summary);
// Who answers for a task: the responsible person's name, else the responsible role's code, else empty.
QString responsibleText(const PlannedTask &task, const QHash<Id, QString> &personNames);

// One line of the cross-municipality table.
struct MunicipalityRow
{
    Id id = 0;
    QString code;
    QString name;
    QDate goLive;
    double progress = 0.0; // % done (hours-weighted)
    double planned = 0.0; // % planned by asOf
    double variance = 0.0; // percentage points
    int overdue = 0;
    int tasks = 0; // relevant tasks
    Light light = Light::Green;
    QString lightReason; // the first (most serious) reason, for a tooltip
};

// The row of one municipality from its tasks (what overviewRows computes for each).
MunicipalityRow overviewRow(const Municipality &municipality, const QList<PlannedTask> &tasks, const QDate &asOf,
                            const ReadinessSignals &signalsIn = {});

} // namespace parat
