#include "planning/Dimensions.h"

#include "domain/Calendar.h"
#include "domain/Language.h"

#include <QLocale>

#include <algorithm>
#include <climits>
#include <cmath>

namespace parat {

namespace {

constexpr double kEpsilon = 1e-9;

// A finding of a dimension: its light, code and one-line reason. The worst (first red, else first yellow) wins.
struct Finding
{
    Light light = Light::Green;
    QString code;
    QString reason;
};

// Titles in a one-line reason: at most this many characters, cut at a word boundary with "…".
constexpr int kReasonTitleChars = 60;

QString keyAndTitle(const PlannedTask &task)
{
    QString title = task.task.title(currentLanguage()).simplified();
    if (title.size() > kReasonTitleChars) {
        int cut = int(title.lastIndexOf(QLatin1Char(' '), kReasonTitleChars - 1));
        if (cut < kReasonTitleChars / 2)
            cut = kReasonTitleChars - 1;
        title = title.left(cut).trimmed() + QStringLiteral("\u2026");
    }
    return title.isEmpty() ? task.task.key : QStringLiteral("%1 %2").arg(task.task.key, title);
}

// "P22-11 Title" or "P22-11 Title and 3 more".
QString firstAndMore(const QString &first, int count)
{
    if (count <= 1)
        return first;
    return DimensionText::tr("%1 and %n more", "", count - 1).arg(first);
}

QString number(double value)
{
    const double rounded = std::round(value * 10.0) / 10.0;
    const bool whole = std::fabs(rounded - std::round(rounded)) < kEpsilon;
    return QLocale().toString(rounded == 0.0 ? 0.0 : rounded, 'f', whole ? 0 : 1);
}

std::optional<Finding> riskFinding(RiskDimension dimension, const QList<Risk> &risks, const RuleThresholds &thresholds)
{
    QList<Risk> mine;
    for (const Risk &risk : risks) {
        if (risk.dimension == dimension && riskIsLive(risk) && risk.score() >= thresholds.riskYellowScore)
            mine.append(risk);
    }
    if (mine.isEmpty())
        return std::nullopt;
    sortRisksByScore(&mine);
    const Risk &top = mine.first();
    const Light light = top.score() >= thresholds.riskRedScore ? Light::Red : Light::Yellow;
    const QString named
        = DimensionText::tr("%1 “%2” (score %3)").arg(riskLabel(top.number), top.title).arg(top.score());
    return Finding {light, QStringLiteral("risk"),
                    DimensionText::tr("Open risk: %1.").arg(firstAndMore(named, int(mine.size())))};
}

DimensionLight pick(RiskDimension dimension, const QList<std::optional<Finding>> &findings, const QString &greenReason)
{
    DimensionLight result;
    result.dimension = dimension;
    const Finding *worst = nullptr;
    for (const std::optional<Finding> &finding : findings) {
        if (finding && (!worst || finding->light > worst->light))
            worst = &*finding;
    }
    if (!worst) {
        result.light = Light::Green;
        result.code = QStringLiteral("on-track");
        result.reason = greenReason;
        return result;
    }
    result.light = worst->light;
    result.code = worst->code;
    result.reason = worst->reason;
    return result;
}

DimensionLight tasksLight(const DimensionInputs &in, const RuleThresholds &t)
{
    const QList<PlannedTask> overdue = overdueTasks(in.tasks, in.asOf);
    QList<PlannedTask> lateMandatory;
    for (const PlannedTask &task : overdue) {
        if (task.task.mandatory && daysOverdue(task, in.asOf) > t.mandatoryOverdueDays)
            lateMandatory.append(task);
    }
    const Progress overall = progress(in.tasks, in.asOf, t);
    std::optional<Finding> mandatory;
    if (!lateMandatory.isEmpty()) {
        const PlannedTask &first = lateMandatory.first();
        mandatory = Finding {Light::Red, QStringLiteral("mandatory-overdue"),
                             DimensionText::tr("Mandatory task %1 days overdue: %2.")
                                 .arg(daysOverdue(first, in.asOf))
                                 .arg(firstAndMore(keyAndTitle(first), int(lateMandatory.size())))};
    }
    std::optional<Finding> variance;
    if (overall.tasks > 0 && overall.variance < t.redVariancePoints - kEpsilon) {
        variance = Finding {Light::Red, QStringLiteral("variance"),
                            DimensionText::tr("%1 percentage points behind plan (%2 % done, %3 % planned).")
                                .arg(number(-overall.variance), number(overall.actual), number(overall.planned))};
    }
    std::optional<Finding> late;
    if (!overdue.isEmpty()) {
        late = Finding {
            Light::Yellow, QStringLiteral("overdue"),
            DimensionText::tr("Overdue: %1.").arg(firstAndMore(keyAndTitle(overdue.first()), int(overdue.size())))};
    }
    return pick(RiskDimension::TasksAndDeadlines,
                {mandatory, variance, riskFinding(RiskDimension::TasksAndDeadlines, in.signalsIn.risks, t), late},
                overall.tasks == 0 ? DimensionText::tr("No relevant tasks yet.")
                                   : DimensionText::tr("Nothing overdue; %1 % done, %2 % planned.")
                                         .arg(number(overall.actual), number(overall.planned)));
}

QString personWeek(const CapacitySignal &signal)
{
    return DimensionText::tr("%1 in %2 (%3 h needed, %4 h allocated)")
        .arg(signal.person, weekKeyLabel(signal.weekKey), number(signal.neededHours), number(signal.allocatedHours));
}

DimensionLight superusersLight(const DimensionInputs &in, const RuleThresholds &t)
{
    std::optional<Finding> over;
    if (in.asOf.isValid()) {
        const int firstWeek = weekKey(in.asOf);
        const int lastWeek = addWeeksToKey(firstWeek, t.capacityLookaheadWeeks - 1);
        QList<CapacitySignal> short_;
        for (const CapacitySignal &item : in.signalsIn.overAllocations) {
            if (item.weekKey >= firstWeek && item.weekKey <= lastWeek
                && item.neededHours > item.allocatedHours + kEpsilon)
                short_.append(item);
        }
        std::stable_sort(short_.begin(), short_.end(), [](const CapacitySignal &a, const CapacitySignal &b) {
            return a.weekKey != b.weekKey ? a.weekKey < b.weekKey : a.person < b.person;
        });
        if (!short_.isEmpty()) {
            over = Finding {Light::Yellow, QStringLiteral("capacity"),
                            DimensionText::tr("Too few hours: %1.")
                                .arg(firstAndMore(personWeek(short_.first()), int(short_.size())))};
        }
    }
    return pick(RiskDimension::SuperusersAndHours,
                {riskFinding(RiskDimension::SuperusersAndHours, in.signalsIn.risks, t), over},
                DimensionText::tr("Enough hours allocated for the next %n week(s).", "", t.capacityLookaheadWeeks));
}

DimensionLight organisationLight(const DimensionInputs &in, const RuleThresholds &t)
{
    QList<StakeholderSignal> gaps;
    for (const StakeholderSignal &item : in.signalsIn.engagementGaps) {
        if (item.resourcePerson && item.stepsBelowTarget >= t.engagementGapSteps)
            gaps.append(item);
    }
    std::stable_sort(gaps.begin(), gaps.end(), [](const StakeholderSignal &a, const StakeholderSignal &b) {
        return a.stepsBelowTarget > b.stepsBelowTarget;
    });
    std::optional<Finding> gap;
    if (!gaps.isEmpty()) {
        gap = Finding {
            Light::Yellow, QStringLiteral("stakeholder"),
            DimensionText::tr("Engagement below target: %1.").arg(firstAndMore(gaps.first().name, int(gaps.size())))};
    }
    QList<Decision> late;
    for (const Decision &decision : in.signalsIn.decisions) {
        if (decisionOverdue(decision, in.asOf))
            late.append(decision);
    }
    std::stable_sort(late.begin(), late.end(), [](const Decision &a, const Decision &b) {
        return a.neededBy != b.neededBy ? a.neededBy < b.neededBy : a.number < b.number;
    });
    std::optional<Finding> decision;
    if (!late.isEmpty()) {
        const QString named = DimensionText::tr("%1 “%2” (needed by %3)")
                                  .arg(decisionLabel(late.first().number), late.first().question,
                                       formatDate(late.first().neededBy, currentLanguage()));
        decision = Finding {Light::Yellow, QStringLiteral("decision-overdue"),
                            DimensionText::tr("Decision overdue: %1.").arg(firstAndMore(named, int(late.size())))};
    }
    return pick(RiskDimension::OrganisationAndStakeholders,
                {riskFinding(RiskDimension::OrganisationAndStakeholders, in.signalsIn.risks, t), decision, gap},
                DimensionText::tr("Stakeholders at their target engagement; no decision overdue."));
}

bool isConversionTask(const Task &task)
{
    const QString da = task.titleDa.toLower();
    const QString en = task.titleEn.toLower();
    return da.contains(QLatin1String("konverter")) || en.contains(QLatin1String("conversion"))
        || en.contains(QLatin1String("converted"));
}

} // namespace

QString dimensionName(RiskDimension dimension)
{
    return riskDimensionName(dimension);
}

DimensionLight goLiveReadinessLight(const GoLiveReadinessInputs &in, const RuleThresholds &t)
{
    std::optional<Finding> checklist;
    if (in.checklistLight) {
        checklist = Finding {*in.checklistLight, QStringLiteral("checklist"),
                             in.checklistReason.isEmpty() ? lightName(*in.checklistLight) : in.checklistReason};
    }
    const std::optional<Finding> risk = riskFinding(RiskDimension::GoLiveReadiness, in.risks, t);
    if (!in.goLive.isValid() || !in.asOf.isValid()) {
        return pick(RiskDimension::GoLiveReadiness, {checklist, risk}, DimensionText::tr("No go-live date yet."));
    }

    // Open go-live tasks: milestones, mandatory and conversion tasks due on or before go-live.
    QList<PlannedTask> open;
    for (const PlannedTask &task : in.tasks) {
        if (!isRelevant(task) || statusIsClosed(task.state.status) || !task.due.isValid() || task.due > in.goLive)
            continue;
        if (task.task.milestone || task.task.mandatory || isConversionTask(task.task))
            open.append(task);
    }
    std::stable_sort(open.begin(), open.end(), [](const PlannedTask &a, const PlannedTask &b) {
        return a.due != b.due ? a.due < b.due : a.task.key < b.task.key;
    });
    const bool inWindow = in.asOf >= in.goLive.addDays(-in.redWindowDays);
    std::optional<Finding> tasks;
    QList<PlannedTask> late;
    for (const PlannedTask &task : open) {
        if (task.due < in.asOf)
            late.append(task);
    }
    if (!late.isEmpty()) {
        const QString named = firstAndMore(keyAndTitle(late.first()), int(late.size()));
        const int days = int(in.asOf.daysTo(in.goLive));
        tasks = inWindow
            ? Finding {Light::Red, QStringLiteral("golive-tasks"),
                       days >= 0 ? DimensionText::tr("Go-live in %n day(s) and go-live work overdue: %1.", "", days)
                                       .arg(named)
                                 : DimensionText::tr("Live with go-live work still overdue: %1.").arg(named)}
            : Finding {Light::Yellow, QStringLiteral("golive-tasks"),
                       DimensionText::tr("Go-live work overdue: %1.").arg(named)};
    }

    std::optional<Finding> hours;
    QList<CapacitySignal> shortWeeks;
    for (const CapacitySignal &item : in.goLiveWeekShortfalls) {
        if (item.neededHours > item.allocatedHours + kEpsilon)
            shortWeeks.append(item);
    }
    std::stable_sort(shortWeeks.begin(), shortWeeks.end(), [](const CapacitySignal &a, const CapacitySignal &b) {
        return a.weekKey != b.weekKey ? a.weekKey < b.weekKey : a.person < b.person;
    });
    if (!shortWeeks.isEmpty()) {
        hours = Finding {Light::Yellow, QStringLiteral("golive-hours"),
                         DimensionText::tr("Too few hours in the go-live weeks: %1.")
                             .arg(firstAndMore(personWeek(shortWeeks.first()), int(shortWeeks.size())))};
    }
    const int weeks = weeksUntil(in.asOf, in.goLive);
    return pick(RiskDimension::GoLiveReadiness, {checklist, risk, tasks, hours},
                in.asOf > in.goLive ? DimensionText::tr("Live; the go-live work is done.")
                                    : DimensionText::tr("%n week(s) to go-live; go-live work on track.", "", weeks));
}

QList<DimensionLight> dimensionLights(const DimensionInputs &in, const RuleThresholds &thresholds)
{
    GoLiveReadinessInputs ready;
    ready.goLive = in.goLive;
    ready.asOf = in.asOf;
    ready.tasks = in.tasks;
    ready.goLiveWeekShortfalls = in.goLiveWeekShortfalls;
    ready.risks = in.signalsIn.risks;
    ready.checklistLight = in.checklistLight;
    ready.checklistReason = in.checklistReason;
    ready.redWindowDays = thresholds.goLiveWindowDays;
    return {tasksLight(in, thresholds), superusersLight(in, thresholds), organisationLight(in, thresholds),
            goLiveReadinessLight(ready, thresholds)};
}

} // namespace parat
