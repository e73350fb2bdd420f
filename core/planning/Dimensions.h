#pragma once

#include "domain/Light.h"
#include "domain/Risk.h"
#include "domain/Types.h"
#include "planning/Readiness.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace parat {

// One traffic light per dimension of the project (docs/status-report.md), beside the overall light of Readiness.h:
// Opgaver og frister, Superbrugere og timer, Organisation og interessenter, Parathed til go-live. Each is a pure
// function of its inputs and says why in one line that names tasks by key and title (risks by number and title).
//
// Rules (thresholds from RuleThresholds, so they agree with the overall light):
// - Every dimension: a live risk of that dimension (Risk::dimension) scoring riskRedScore or more is red, scoring
//   riskYellowScore or more yellow; the reason names the highest-scoring one.
// - Tasks and deadlines: red for a mandatory task more than mandatoryOverdueDays overdue or progress more than
//   redVariancePoints behind plan; yellow for any overdue task.
// - Superusers and hours: yellow for a person needing more hours than allocated in the next capacityLookaheadWeeks
//   weeks (ReadinessSignals::overAllocations).
// - Organisation and stakeholders: yellow for a resource person engagementGapSteps or more below target, and for a
//   decision not taken by the date it was needed.
// - Go-live readiness: see GoLiveReadinessInputs.
// The worst finding of a dimension sets its light and its reason; "and N more" counts the rest of that finding.

struct DimensionText
{
    Q_DECLARE_TR_FUNCTIONS(parat::DimensionText)
};

struct DimensionLight
{
    RiskDimension dimension = RiskDimension::TasksAndDeadlines;
    Light light = Light::Green;
    QString code; // the finding behind the light: "risk", "mandatory-overdue", "variance", "overdue", "capacity",
                  // "stakeholder", "decision-overdue", "golive-tasks", "golive-hours", "checklist", "on-track"
    QString reason; // one line, translated
};

// "Parathed til go-live" as a pure function. Computed from what Parat keeps today; a readiness checklist with its
// own light can be supplied later in `checklist` (and is then one more finding, named by its own reason).
struct GoLiveReadinessInputs
{
    QDate goLive; // invalid: no go-live date, the dimension is green with "no go-live date yet"
    QDate asOf;
    // All tasks of the municipality. Used: milestones due by go-live, and mandatory tasks and test-conversion
    // tasks (title or key naming "konvertering"/"conversion") due by go-live that are not done.
    QList<PlannedTask> tasks;
    // Person-weeks short of hours in the go-live weeks (week before go-live to the week after), from the capacity
    // module (CapacityLoader with the go-live weeks as its look-ahead).
    QList<CapacitySignal> goLiveWeekShortfalls;
    QList<Risk> risks; // the risk log; live GoLiveReadiness risks of a high score count
    // A light the go-live readiness checklist gives (its own score and rules), with its one-line reason. Empty
    // until the checklist exists; when given it counts as one more finding of this dimension.
    std::optional<Light> checklistLight;
    QString checklistReason;
    // From this many days before go-live, go-live tasks not yet done are red (before that: yellow when overdue).
    int redWindowDays = 28;
};

DimensionLight goLiveReadinessLight(const GoLiveReadinessInputs &inputs, const RuleThresholds &thresholds = {});

struct DimensionInputs
{
    QList<PlannedTask> tasks;
    QDate goLive;
    QDate asOf;
    ReadinessSignals signalsIn; // over-allocations (next weeks), engagement gaps, risks, decisions
    QList<CapacitySignal> goLiveWeekShortfalls; // see GoLiveReadinessInputs
    std::optional<Light> checklistLight; // see GoLiveReadinessInputs
    QString checklistReason;
};

// The four lights in the order above.
QList<DimensionLight> dimensionLights(const DimensionInputs &inputs, const RuleThresholds &thresholds = {});

// "Opgaver og frister", ...: the dimension's name (the risk log's area names).
QString dimensionName(RiskDimension dimension);

} // namespace parat
