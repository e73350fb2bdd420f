#pragma once

#include "domain/DanishHolidays.h"
#include "domain/Decision.h"
#include "domain/Light.h"
#include "domain/Risk.h"
#include "domain/Types.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace parat {

// Readiness rules (docs/design.md "Rules"): overdue, progress, "mangler i KLIK" and the traffic light, as pure
// functions over PlannedTask lists (dates already resolved by Schedule.h). Every threshold is in
// RuleThresholds; every rule that colours the light returns a reason the report prints.
//
// Decisions (where docs/design.md leaves room):
// - Relevant = status is not "not relevant" and the task is not withdrawn from the handbook. Only relevant
//   tasks count anywhere here: withdrawn tasks are never overdue, never "missing in KLIK", never listed.
// - Weight of a task = its estimate in hours; an estimate of 0 (or less) counts as 1 h. A per-person task
//   weighs its estimate once (progress is about tasks, not about people's hours; capacity counts people).
// - Released: a task without a release offset is released from the start; a task with one is released from
//   its release date, and not released while the municipality has no go-live date.
// - A task without a due date (no go-live date) is never overdue and never counts as planned.
// - progressByPhase / progressByTheme hold only groups with at least one relevant task; use value() for a
//   zero Progress. Tasks without a theme are left out of progressByTheme and have their own
//   progressWithoutTheme(), so a report can print them as "other"; progress() over all tasks includes them.
// - Go-live rule: from goLive - 28 days on, RED when less than 80 % of the hours of relevant tasks due on or
//   before go-live are done. It keeps applying after go-live: going live without being ready stays the main
//   problem, and the light must not turn from red to yellow on the day after go-live. It does not apply
//   without a go-live date or when no relevant task is due by go-live.
// - "Overdue" (yellow) lists every overdue task, including the mandatory ones already in the red reason.
// - Capacity signals count only weeks from the week of asOf through the following 3 (4 ISO weeks) and only
//   when needed > allocated; stakeholder signals only for resource persons 2+ steps below target.
// - Risks: a live risk (open or in hand, not closed) with score >= riskRedScore is red, >= riskYellowScore
//   yellow; the reason names each by number and title. Decisions still pending or postponed after their
//   needed-by date are yellow. Both come in through ReadinessSignals (services/ReadinessInputs reads them).
// - Comparisons with thresholds allow 1e-9 so floating-point noise does not flip a light at a boundary
//   (a variance of exactly -15 is not red, -15.1 is).
// - weeksUntil and daysUntil are in Calendar.h.

// Translation context for the free functions below (lupdate sees "parat::ReadinessText").
struct ReadinessText
{
    Q_DECLARE_TR_FUNCTIONS(parat::ReadinessText)
};

// Thresholds of the rules, with the defaults of docs/design.md "Traffic light".
struct RuleThresholds
{
    int mandatoryOverdueDays = 14; // red when a mandatory task is MORE than this many days overdue
    double redVariancePoints = -15.0; // red when variance is below this (percentage points)
    double goLiveProgressPercent = 80.0; // red when less of the work due by go-live is done ...
    int goLiveWindowDays = 28; // ... from this many days before go-live on
    int capacityLookaheadWeeks = 4; // yellow for over-allocation in this many ISO weeks from asOf's week
    int engagementGapSteps = 2; // yellow when a resource person is this many steps or more below target
    int riskYellowScore = 9; // yellow for a live risk scoring this much (probability x consequence) ...
    int riskRedScore = 12; // ... and red from this score on
    double zeroEstimateHours = 1.0; // weight of a task estimated at 0 h
    int maxListedItems = 5; // a reason names at most this many tasks/people, then "and N more"
};

bool isRelevant(const PlannedTask &task);
double weightHours(const Task &task, const RuleThresholds &thresholds = {});

// Due date passed (due < asOf), not done / not relevant, and still in the handbook.
bool isOverdue(const PlannedTask &task, const QDate &asOf);
// Days past the due date when overdue, else 0.
int daysOverdue(const PlannedTask &task, const QDate &asOf);
bool isReleased(const PlannedTask &task, const QDate &asOf);
// "Mangler i KLIK": done locally, mandatory, not yet marked done in KLIK (and still in the handbook).
bool missingInKlik(const PlannedTask &task);

// Hours-weighted progress of relevant tasks. Percentages are 0..100; all zero for no relevant tasks.
struct Progress
{
    double doneHours = 0.0;
    double relevantHours = 0.0;
    double plannedHours = 0.0; // hours of relevant tasks due on or before asOf
    double actual = 0.0; // doneHours / relevantHours, in %
    double planned = 0.0; // plannedHours / relevantHours, in %
    double variance = 0.0; // actual - planned, in percentage points
    int tasks = 0; // relevant tasks
    int doneTasks = 0;
    int overdueTasks = 0;
};

Progress progress(const QList<PlannedTask> &tasks, const QDate &asOf, const RuleThresholds &thresholds = {});
QMap<Phase, Progress> progressByPhase(const QList<PlannedTask> &tasks, const QDate &asOf,
                                      const RuleThresholds &thresholds = {});
QMap<Theme, Progress> progressByTheme(const QList<PlannedTask> &tasks, const QDate &asOf,
                                      const RuleThresholds &thresholds = {});
Progress progressWithoutTheme(const QList<PlannedTask> &tasks, const QDate &asOf,
                              const RuleThresholds &thresholds = {});

// Why the light has its colour. Codes are stable: "mandatory-overdue", "variance", "golive-progress" (red),
// "risk" (red or yellow), "overdue", "capacity", "stakeholder", "decision-overdue" (yellow), "on-track" (the
// single reason of a green light).
struct LightReason
{
    Light light = Light::Green;
    QString code;
    // Translated. A reason that names tasks or people is a heading line ending in ':' and then one line per
    // task ("– P22-11 Title", key and title) or person ("– Name"), separated by '\n'; shown as lines by the
    // window and the report.
    QString text;
};

// A person's needed hours exceed the allocated hours in one ISO week (from the capacity module).
struct CapacitySignal
{
    Id personId = 0;
    QString person;
    int weekKey = 0; // Calendar.h week key
    double allocatedHours = 0.0;
    double neededHours = 0.0;
};

// A stakeholder's current engagement is below the desired one (from the stakeholder module).
struct StakeholderSignal
{
    Id stakeholderId = 0;
    QString name;
    bool resourcePerson = false; // quadrant "Ressourceperson" (high influence, highly affected)
    int stepsBelowTarget = 0; // desired engagement step minus current step
};

// Inputs of other modules to the light. Empty by default; signals outside the rules are ignored.
struct ReadinessSignals
{
    QList<CapacitySignal> overAllocations;
    QList<StakeholderSignal> engagementGaps;
    QList<Risk> risks; // the risk log; the rule picks the live risks with a high score
    QList<Decision> decisions; // the decision log; the rule picks those overdue at asOf
};

struct TrafficLight
{
    Light light = Light::Green; // what to show: the manual light when overridden
    QList<LightReason> reasons; // computed reasons, red ones first; kept when overridden
    bool overridden = false;
    QString overrideReason;
    Light computed = Light::Green; // what the rules say
};

// Which reasons get their text (LightReason::text). Every rule is applied either way, so the light and the reasons with
// their lights and codes are the same; with FirstOnly the reasons after the first keep an empty text. For the
// overview's rows, which keep only the first reason (MunicipalityRow::lightReason): the status report and the window
// show all.
enum class ReasonTexts
{
    All,
    FirstOnly,
};

TrafficLight trafficLight(const QList<PlannedTask> &tasks, const QDate &goLive, const QDate &asOf,
                          const ReadinessSignals &signalsIn = {}, const RuleThresholds &thresholds = {},
                          ReasonTexts texts = ReasonTexts::All);
// A manual light needs a written reason: with a blank reason the light comes back unchanged and *ok is false.
// The computed light and its reasons stay visible.
TrafficLight applyOverride(TrafficLight light, Light manual, const QString &reason, bool *ok = nullptr);

// Lists for reports and overviews; only relevant tasks. Sorted by due date (earliest first, none last), then
// handbook order, then key, unless said otherwise.
QList<PlannedTask> overdueTasks(const QList<PlannedTask> &tasks, const QDate &asOf); // most overdue first
// Open tasks due from asOf through asOf + days.
QList<PlannedTask> dueWithin(const QList<PlannedTask> &tasks, const QDate &asOf, int days);
// Tasks whose release date lies in [from, to] (any status), sorted by release date.
QList<PlannedTask> releasedBetween(const QList<PlannedTask> &tasks, const QDate &from, const QDate &to);
QList<PlannedTask> blockedTasks(const QList<PlannedTask> &tasks); // status Waiting
QList<PlannedTask> milestones(const QList<PlannedTask> &tasks); // any status
QList<PlannedTask> missingInKlikTasks(const QList<PlannedTask> &tasks);

// A deadline on a day off (docs/calendar.md): the public holiday or customary day off the due date of an open,
// relevant task falls on. Done and not-relevant tasks have nothing to move.
std::optional<Holiday> holidayOnDue(const PlannedTask &task);
// Open tasks due from asOf on whose due date is a holiday or customary day off.
QList<PlannedTask> deadlinesOnHolidays(const QList<PlannedTask> &tasks, const QDate &asOf);

} // namespace parat
