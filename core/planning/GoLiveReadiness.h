#pragma once

#include "domain/GoLive.h"
#include "domain/Light.h"
#include "domain/Risk.h"
#include "domain/Stakeholder.h"
#include "domain/Superuser.h"
#include "domain/Types.h"
#include "planning/Capacity.h"
#include "planning/Readiness.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace parat {

// Go/no-go readiness (docs/go-live-readiness.md), as pure functions over loaded values: what each measured
// criterion measures, the status it gets, and the readiness score and light over a municipality's criteria.
// services/GoLiveInputs reads the values from the database; the window, the report, the decision paper and
// `parat readiness` all call evaluateGoLiveReadiness() on them, so they show the same numbers.
//
// The measured criteria (GoLiveMeasure), each counted "met of total":
// - MandatoryTasks: relevant mandatory tasks due on or before go-live; met = done AND marked done in KLIK.
// - SuperusersTrained: people with the SU role active in any go-live week (SuperuserDetails::activeInWeek);
//   met = trained on or before the as-of date. No such superuser is "not met": go-live needs superusers.
// - GoLiveHours: over the go-live weeks (CapacityOptions::goLiveWeeksBefore/After around the go-live week),
//   the hours set aside after the working-day rule (CapacityPlan::totalAllocated) against the hours needed
//   (totalNeeded). Met when set aside >= needed; partly met from partlyMetShare of the need.
// - TestConversion: relevant tasks with theme TEST or DATA due before the go-live date; met = done.
// - ResourcePersons: stakeholders in "Ressourcepersoner" (quadrant ManageClosely); met = engagement at or above
//   target (engagementGap <= 0).
// - Communication: communication items dated before the go-live date and not cancelled; met = done.
// - HighRisks: live risks (open or in hand) scoring riskScore (9) or more. None: met; the highest below
//   riskRedScore (12): partly met; otherwise not met.
// A share-counted criterion is met when all count, partly met from partlyMetShare (80 %), otherwise not met;
// with nothing to count it is not relevant (reason "nothing to measure"), except SuperusersTrained. Criteria that
// need the go-live date are not met without one.
//
// Score: the mean over criteria that are not "not relevant" of met = 1, partly met = 0.5, not met = 0, as a
// whole percentage (rounded). No relevant criteria: score 0.
// Light: RED when a criterion is not met after its due date (a criterion without a due date is due
// dueDaysBeforeGoLive before go-live); YELLOW when one is partly met, or not met but not yet due, or there are no
// criteria; GREEN when every criterion is met or not relevant. Each colour gives its reasons (LightReason
// codes "golive-late" red, "golive-open" and "golive-none" yellow, "golive-ready" green), listing the criteria
// with their numbers and, under a measured one, the tasks by key and title (or the people, items, risks) that
// keep it from being met.

// Translation context for the free functions below (lupdate sees "parat::GoLiveReadinessText").
struct GoLiveReadinessText
{
    Q_DECLARE_TR_FUNCTIONS(parat::GoLiveReadinessText)
};

struct GoLiveThresholds
{
    double partlyMetShare = 0.8; // partly met from this share of met items (or hours) on
    int riskScore = 9; // HighRisks: a live risk scoring this much keeps the criterion from being met ...
    int riskRedScore = 12; // ... and from this score on it is not met at all
    int dueDaysBeforeGoLive = 7; // due date of a criterion without one: the go/no-go meeting a week before
    int maxListedItems = 5; // a criterion lists at most this many tasks/people, then "and N more"
    CapacityOptions capacity; // the go-live weeks (goLiveWeeksBefore/After)
};

// What the measured criteria read. All lists are the municipality's.
struct GoLiveInputs
{
    QDate goLive;
    QList<PlannedTask> tasks;
    QList<Person> people;
    QHash<Id, SuperuserDetails> details;
    CapacityPlan capacity; // computed over the go-live weeks (at least)
    QList<Stakeholder> stakeholders;
    QList<CommunicationItem> communication;
    QList<Risk> risks;
    QString language; // task titles: "da" or "en"
};

// What a measured criterion found.
struct GoLiveMeasurement
{
    GoLiveStatus status = GoLiveStatus::NotMet;
    double met = 0.0; // items met, or hours set aside (GoLiveHours), or risks found (HighRisks)
    double total = 0.0; // items counted, or hours needed
    QString numbers; // translated: "12 of 14 done and marked in KLIK"
    QStringList items; // what keeps it from being met: "P22-11 Title", a person's name, "R3 Title (score 12)"
};

// One criterion with the status the page, the report and the paper show.
struct GoLiveEvaluation
{
    GoLiveCriterion criterion;
    GoLiveStatus status = GoLiveStatus::NotMet; // the measured status for a measured criterion, else as set
    QDate due; // the criterion's due date, or the default one (invalid without either)
    bool late = false; // not met and due < asOf
    GoLiveMeasurement measurement; // empty for a criterion set by hand
};

// The readiness of a municipality for go-live: the API the report's "Parathed til go-live" dimension reads.
struct GoLiveReadinessResult
{
    int score = 0; // 0..100
    Light light = Light::Yellow;
    QList<LightReason> reasons; // red first; the text lists the criteria (and tasks) one per line
    QList<GoLiveEvaluation> criteria; // in the municipality's order
    int met = 0;
    int partlyMet = 0;
    int notMet = 0;
    int notRelevant = 0;
};

// The go-live weeks (week keys of Calendar.h): the go-live week and the weeks around it the capacity options
// name. Empty without a go-live date.
QList<int> goLiveWeekKeys(const QDate &goLive, const CapacityOptions &options = {});

// Measures one criterion. For GoLiveMeasure::None the measurement is empty (status NotMet).
GoLiveMeasurement measureGoLive(GoLiveMeasure measure, const GoLiveInputs &inputs, const QDate &asOf,
                                const GoLiveThresholds &thresholds = {});

// The score, light and reasons over a municipality's criteria.
GoLiveReadinessResult evaluateGoLiveReadiness(const QList<GoLiveCriterion> &criteria, const GoLiveInputs &inputs,
                                              const QDate &asOf, const GoLiveThresholds &thresholds = {});

// The default set from the handbook: every measured criterion and the criteria a project leader judges by hand
// (access and roles, reconciled final conversion, support rota, old system closed, runbook, steering group). Due
// dueDaysBeforeGoLive before go-live (none without a go-live date); titles in the current language.
QList<GoLiveCriterion> defaultGoLiveCriteria(Id municipalityId, const QDate &goLive,
                                             const GoLiveThresholds &thresholds = {});

} // namespace parat
