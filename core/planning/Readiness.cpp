#include "planning/Readiness.h"

#include "domain/Calendar.h"
#include "domain/Language.h"
#include "domain/Schedule.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <climits>
#include <cmath>
#include <functional>

namespace parat {

namespace {

// Tolerance of threshold comparisons: hours are sums of doubles.
constexpr double kEpsilon = 1e-9;

QList<PlannedTask> select(const QList<PlannedTask> &tasks, const std::function<bool(const PlannedTask &)> &keep)
{
    QList<PlannedTask> result;
    for (const PlannedTask &task : tasks) {
        if (isRelevant(task) && keep(task))
            result.append(task);
    }
    sortPlanned(result);
    return result;
}

double percent(double part, double whole)
{
    // Multiply first: 100 * 150 / 1000 is exactly 15, 150 / 1000 * 100 is not.
    return whole > 0.0 ? 100.0 * part / whole : 0.0;
}

// 15 or 15.1: one decimal, none when it would be ".0". Locale of the application (Danish decimal comma).
QString number(double value)
{
    const double rounded = std::round(value * 10.0) / 10.0;
    const bool whole = std::fabs(rounded - std::round(rounded)) < kEpsilon;
    return QLocale().toString(rounded == 0.0 ? 0.0 : rounded, 'f', whole ? 0 : 1);
}

// The items a reason names, one line each below its heading, so "Afdelingsleder, Forebyggelse" reads as one
// name and not two; at most maxListed lines, then one line saying how many more there are.
QString withLines(const QString &heading, const QStringList &items, int maxListed)
{
    const int shown = std::max(1, maxListed);
    const QString dash = QStringLiteral(u"\u2013 ");
    QStringList lines {heading};
    for (const QString &item : items.mid(0, shown))
        lines.append(dash + item);
    if (items.size() > shown)
        lines.append(
            dash
            + ReadinessText::tr("and %n more", "last line of a list that was cut short", int(items.size() - shown)));
    return lines.join(QLatin1Char('\n'));
}

// Tasks by key and title ("P22-11 Afklar snitflader"): the key alone means nothing to a steering group.
QStringList keysAndTitles(const QList<PlannedTask> &tasks)
{
    const QString language = currentLanguage();
    QStringList result;
    for (const PlannedTask &task : tasks) {
        const QString title = task.task.title(language);
        result.append(title.isEmpty() ? task.task.key : QStringLiteral("%1 %2").arg(task.task.key, title));
    }
    return result;
}

void accumulate(Progress &p, const PlannedTask &task, const QDate &asOf, const RuleThresholds &thresholds)
{
    const double hours = weightHours(task.task, thresholds);
    ++p.tasks;
    p.relevantHours += hours;
    if (task.state.status == Status::Done) {
        ++p.doneTasks;
        p.doneHours += hours;
    }
    if (task.due.isValid() && task.due <= asOf)
        p.plannedHours += hours;
    if (isOverdue(task, asOf))
        ++p.overdueTasks;
}

void finish(Progress &p)
{
    p.actual = percent(p.doneHours, p.relevantHours);
    p.planned = percent(p.plannedHours, p.relevantHours);
    p.variance = p.actual - p.planned;
}

LightReason reason(Light light, const char *code, const QString &text)
{
    return LightReason {light, QLatin1String(code), text};
}

// Live risks scoring from `from` up to (not including) `below`, highest score first.
QList<Risk> risksScoring(const QList<Risk> &risks, int from, int below)
{
    QList<Risk> result;
    for (const Risk &risk : risks) {
        if (riskIsLive(risk) && risk.score() >= from && risk.score() < below)
            result.append(risk);
    }
    sortRisksByScore(&result);
    return result;
}

std::optional<LightReason> riskReason(Light light, const QList<Risk> &risks, int threshold, int maxListed, bool text)
{
    if (risks.isEmpty())
        return std::nullopt;
    if (!text)
        return reason(light, "risk", QString());
    QStringList items;
    for (const Risk &risk : risks) {
        items.append(ReadinessText::tr("%1 “%2” (score %3)").arg(riskLabel(risk.number), risk.title).arg(risk.score()));
    }
    const int n = int(risks.size());
    return reason(light, "risk",
                  withLines(ReadinessText::tr("%n open risk(s) with a score of %1 or more:", "", n).arg(threshold),
                            items, maxListed));
}

} // namespace

bool isRelevant(const PlannedTask &task)
{
    return task.state.status != Status::NotRelevant && !task.task.isWithdrawn();
}

double weightHours(const Task &task, const RuleThresholds &thresholds)
{
    return task.estimateHours > 0.0 ? task.estimateHours : thresholds.zeroEstimateHours;
}

bool isOverdue(const PlannedTask &task, const QDate &asOf)
{
    return task.due.isValid() && asOf.isValid() && task.due < asOf && !statusIsClosed(task.state.status)
        && !task.task.isWithdrawn();
}

int daysOverdue(const PlannedTask &task, const QDate &asOf)
{
    return isOverdue(task, asOf) ? int(task.due.daysTo(asOf)) : 0;
}

bool isReleased(const PlannedTask &task, const QDate &asOf)
{
    if (!task.task.releaseOffsetWeeks)
        return true;
    return task.release.isValid() && asOf.isValid() && task.release <= asOf;
}

bool missingInKlik(const PlannedTask &task)
{
    return task.state.status == Status::Done && task.task.mandatory && !task.state.klikMarkedOn.isValid()
        && !task.task.isWithdrawn();
}

Progress progress(const QList<PlannedTask> &tasks, const QDate &asOf, const RuleThresholds &thresholds)
{
    Progress p;
    for (const PlannedTask &task : tasks) {
        if (isRelevant(task))
            accumulate(p, task, asOf, thresholds);
    }
    finish(p);
    return p;
}

QMap<Phase, Progress> progressByPhase(const QList<PlannedTask> &tasks, const QDate &asOf,
                                      const RuleThresholds &thresholds)
{
    QMap<Phase, Progress> result;
    for (const PlannedTask &task : tasks) {
        if (isRelevant(task))
            accumulate(result[task.task.phase], task, asOf, thresholds);
    }
    for (Progress &p : result)
        finish(p);
    return result;
}

QMap<Theme, Progress> progressByTheme(const QList<PlannedTask> &tasks, const QDate &asOf,
                                      const RuleThresholds &thresholds)
{
    QMap<Theme, Progress> result;
    for (const PlannedTask &task : tasks) {
        if (isRelevant(task) && task.task.theme)
            accumulate(result[*task.task.theme], task, asOf, thresholds);
    }
    for (Progress &p : result)
        finish(p);
    return result;
}

Progress progressWithoutTheme(const QList<PlannedTask> &tasks, const QDate &asOf, const RuleThresholds &thresholds)
{
    Progress p;
    for (const PlannedTask &task : tasks) {
        if (isRelevant(task) && !task.task.theme)
            accumulate(p, task, asOf, thresholds);
    }
    finish(p);
    return p;
}

namespace {

// Red: a mandatory task more than the allowed days overdue.
std::optional<LightReason> lateMandatoryReason(const QList<PlannedTask> &overdue, const QDate &asOf,
                                               const RuleThresholds &thresholds, bool text)
{
    QList<PlannedTask> lateMandatory;
    for (const PlannedTask &task : overdue) {
        if (task.task.mandatory && daysOverdue(task, asOf) > thresholds.mandatoryOverdueDays)
            lateMandatory.append(task);
    }
    if (lateMandatory.isEmpty())
        return std::nullopt;
    if (!text)
        return reason(Light::Red, "mandatory-overdue", QString());
    const int n = int(lateMandatory.size());
    return reason(Light::Red, "mandatory-overdue",
                  withLines(ReadinessText::tr("%n mandatory task(s) more than %1 days overdue:", "", n)
                                .arg(thresholds.mandatoryOverdueDays),
                            keysAndTitles(lateMandatory), thresholds.maxListedItems));
}

// Red: progress far behind plan.
std::optional<LightReason> varianceReason(const Progress &overall, const RuleThresholds &thresholds, bool text)
{
    if (overall.tasks == 0 || overall.variance >= thresholds.redVariancePoints - kEpsilon)
        return std::nullopt;
    if (!text)
        return reason(Light::Red, "variance", QString());
    return reason(Light::Red, "variance",
                  ReadinessText::tr("Progress is %1 percentage points behind plan: %2 % done, %3 % "
                                    "planned by now (red when more than %4 points behind).")
                      .arg(number(-overall.variance), number(overall.actual), number(overall.planned),
                           number(-thresholds.redVariancePoints)));
}

// Red: close to (or past) go-live with too little of the go-live work done.
std::optional<LightReason> goLiveProgressReason(const QList<PlannedTask> &tasks, const QDate &goLive, const QDate &asOf,
                                                const RuleThresholds &thresholds, bool text)
{
    if (!goLive.isValid() || !asOf.isValid() || asOf < goLive.addDays(-thresholds.goLiveWindowDays))
        return std::nullopt;
    QList<PlannedTask> byGoLive;
    for (const PlannedTask &task : tasks) {
        if (task.due.isValid() && task.due <= goLive)
            byGoLive.append(task);
    }
    const Progress readiness = progress(byGoLive, asOf, thresholds);
    if (readiness.tasks == 0 || readiness.actual >= thresholds.goLiveProgressPercent - kEpsilon)
        return std::nullopt;
    if (!text)
        return reason(Light::Red, "golive-progress", QString());
    const int days = int(asOf.daysTo(goLive));
    const QString when = days >= 0 ? ReadinessText::tr("Go-live is in %n day(s)", "", days)
                                   : ReadinessText::tr("Went live %n day(s) ago", "", -days);
    return reason(Light::Red, "golive-progress",
                  ReadinessText::tr("%1 and only %2 % of the work due by go-live is done (%3 of %n "
                                    "task(s)); at least %4 % is needed.",
                                    "", readiness.tasks)
                      .arg(when, number(readiness.actual), QString::number(readiness.doneTasks),
                           number(thresholds.goLiveProgressPercent)));
}

// Yellow: anything overdue.
std::optional<LightReason> overdueReason(const QList<PlannedTask> &overdue, const RuleThresholds &thresholds, bool text)
{
    if (overdue.isEmpty())
        return std::nullopt;
    if (!text)
        return reason(Light::Yellow, "overdue", QString());
    const int n = int(overdue.size());
    return reason(
        Light::Yellow, "overdue",
        withLines(ReadinessText::tr("%n task(s) overdue:", "", n), keysAndTitles(overdue), thresholds.maxListedItems));
}

// Yellow: people needing more hours than they have in the coming weeks.
std::optional<LightReason> capacityReason(const QList<CapacitySignal> &overAllocations, const QDate &asOf,
                                          const RuleThresholds &thresholds, bool text)
{
    if (!asOf.isValid())
        return std::nullopt;
    const int firstWeek = weekKey(asOf);
    const int lastWeek = addWeeksToKey(firstWeek, thresholds.capacityLookaheadWeeks - 1);
    QList<CapacitySignal> over;
    for (const CapacitySignal &item : overAllocations) {
        if (item.weekKey >= firstWeek && item.weekKey <= lastWeek && item.neededHours > item.allocatedHours + kEpsilon)
            over.append(item);
    }
    std::stable_sort(over.begin(), over.end(), [](const CapacitySignal &a, const CapacitySignal &b) {
        return a.weekKey != b.weekKey ? a.weekKey < b.weekKey : a.person < b.person;
    });
    if (over.isEmpty())
        return std::nullopt;
    if (!text)
        return reason(Light::Yellow, "capacity", QString());
    QStringList items;
    for (const CapacitySignal &item : over) {
        items.append(
            ReadinessText::tr("%1 in %2 (%3 h needed, %4 h allocated)")
                .arg(item.person, weekKeyLabel(item.weekKey), number(item.neededHours), number(item.allocatedHours)));
    }
    const int n = int(over.size());
    return reason(Light::Yellow, "capacity",
                  withLines(ReadinessText::tr("%n over-allocated person-week(s) in the next %1 weeks:", "", n)
                                .arg(thresholds.capacityLookaheadWeeks),
                            items, thresholds.maxListedItems));
}

// Yellow: resource persons whose engagement lags well behind the target.
std::optional<LightReason> engagementReason(const QList<StakeholderSignal> &engagementGaps,
                                            const RuleThresholds &thresholds, bool text)
{
    QList<StakeholderSignal> gaps;
    for (const StakeholderSignal &item : engagementGaps) {
        if (item.resourcePerson && item.stepsBelowTarget >= thresholds.engagementGapSteps)
            gaps.append(item);
    }
    std::stable_sort(gaps.begin(), gaps.end(), [](const StakeholderSignal &a, const StakeholderSignal &b) {
        return a.stepsBelowTarget > b.stepsBelowTarget;
    });
    if (gaps.isEmpty())
        return std::nullopt;
    if (!text)
        return reason(Light::Yellow, "stakeholder", QString());
    QStringList names;
    for (const StakeholderSignal &item : gaps)
        names.append(item.name);
    const int n = int(gaps.size());
    return reason(Light::Yellow, "stakeholder",
                  withLines(ReadinessText::tr("%n resource person(s) %1 or more engagement steps below target:", "", n)
                                .arg(thresholds.engagementGapSteps),
                            names, thresholds.maxListedItems));
}

// Yellow: decisions the steering group owes after the date they were needed by.
std::optional<LightReason> lateDecisionsReason(const QList<Decision> &decisions, const QDate &asOf,
                                               const RuleThresholds &thresholds, bool text)
{
    QList<Decision> lateDecisions;
    for (const Decision &decision : decisions) {
        if (decisionOverdue(decision, asOf))
            lateDecisions.append(decision);
    }
    std::stable_sort(lateDecisions.begin(), lateDecisions.end(), [](const Decision &a, const Decision &b) {
        return a.neededBy != b.neededBy ? a.neededBy < b.neededBy : a.number < b.number;
    });
    if (lateDecisions.isEmpty())
        return std::nullopt;
    if (!text)
        return reason(Light::Yellow, "decision-overdue", QString());
    QStringList items;
    for (const Decision &decision : lateDecisions) {
        items.append(ReadinessText::tr("%1 “%2” (needed by %3)")
                         .arg(decisionLabel(decision.number), decision.question,
                              formatDate(decision.neededBy, currentLanguage())));
    }
    const int n = int(lateDecisions.size());
    return reason(Light::Yellow, "decision-overdue",
                  withLines(ReadinessText::tr("%n decision(s) not taken by the date needed:", "", n), items,
                            thresholds.maxListedItems));
}

// Green: how progress stands when nothing is wrong.
LightReason onTrackReason(const Progress &overall, const RuleThresholds &thresholds)
{
    QString text;
    if (overall.tasks == 0)
        text = ReadinessText::tr("No relevant tasks yet; nothing is overdue.");
    else if (overall.variance > 0.05)
        text = ReadinessText::tr("No overdue tasks; progress is %1 percentage points ahead of plan (%2 % done, %3 % "
                                 "planned by now).")
                   .arg(number(overall.variance), number(overall.actual), number(overall.planned));
    else if (overall.variance < -0.05)
        text = ReadinessText::tr("No overdue tasks; progress is %1 percentage points behind plan (%2 % done, %3 % "
                                 "planned by now), within the tolerance of %4 points.")
                   .arg(number(-overall.variance), number(overall.actual), number(overall.planned),
                        number(-thresholds.redVariancePoints));
    else
        text = ReadinessText::tr("No overdue tasks; progress is on plan (%1 % done, %2 % planned by now).")
                   .arg(number(overall.actual), number(overall.planned));
    return reason(Light::Green, "on-track", text);
}

} // namespace

TrafficLight trafficLight(const QList<PlannedTask> &tasks, const QDate &goLive, const QDate &asOf,
                          const ReadinessSignals &signalsIn, const RuleThresholds &thresholds, ReasonTexts texts)
{
    const int maxListed = thresholds.maxListedItems;
    const Progress overall = progress(tasks, asOf, thresholds);
    const QList<PlannedTask> overdue = overdueTasks(tasks, asOf);

    // Red reasons first, then yellow ones. Every rule is applied in this order; a reason found gets its text when all
    // are asked for, or when it is the first.
    TrafficLight result;
    const auto text = [&] { return texts == ReasonTexts::All || result.reasons.isEmpty(); };
    const auto add = [&](std::optional<LightReason> found) {
        if (found)
            result.reasons.append(std::move(*found));
    };
    add(lateMandatoryReason(overdue, asOf, thresholds, text()));
    add(varianceReason(overall, thresholds, text()));
    add(goLiveProgressReason(tasks, goLive, asOf, thresholds, text()));
    add(riskReason(Light::Red, risksScoring(signalsIn.risks, thresholds.riskRedScore, INT_MAX), thresholds.riskRedScore,
                   maxListed, text()));
    add(overdueReason(overdue, thresholds, text()));
    add(capacityReason(signalsIn.overAllocations, asOf, thresholds, text()));
    add(engagementReason(signalsIn.engagementGaps, thresholds, text()));
    add(riskReason(Light::Yellow, risksScoring(signalsIn.risks, thresholds.riskYellowScore, thresholds.riskRedScore),
                   thresholds.riskYellowScore, maxListed, text()));
    add(lateDecisionsReason(signalsIn.decisions, asOf, thresholds, text()));

    // The light is the worst of the reasons.
    Light light = Light::Green;
    for (const LightReason &r : std::as_const(result.reasons))
        light = std::max(light, r.light);
    if (result.reasons.isEmpty())
        result.reasons.append(onTrackReason(overall, thresholds));

    result.light = light;
    result.computed = light;
    return result;
}

TrafficLight applyOverride(TrafficLight light, Light manual, const QString &reasonText, bool *ok)
{
    const QString written = reasonText.trimmed();
    if (ok)
        *ok = !written.isEmpty();
    if (written.isEmpty())
        return light;
    light.light = manual;
    light.overridden = true;
    light.overrideReason = written;
    return light;
}

QList<PlannedTask> overdueTasks(const QList<PlannedTask> &tasks, const QDate &asOf)
{
    // Earliest due date first is most overdue first.
    return select(tasks, [&asOf](const PlannedTask &task) { return isOverdue(task, asOf); });
}

QList<PlannedTask> dueWithin(const QList<PlannedTask> &tasks, const QDate &asOf, int days)
{
    const QDate last = asOf.addDays(days);
    return select(tasks, [&](const PlannedTask &task) {
        return !statusIsClosed(task.state.status) && task.due.isValid() && task.due >= asOf && task.due <= last;
    });
}

std::optional<Holiday> holidayOnDue(const PlannedTask &task)
{
    if (!task.due.isValid() || statusIsClosed(task.state.status) || !isRelevant(task))
        return std::nullopt;
    return danishHolidayOn(task.due);
}

QList<PlannedTask> deadlinesOnHolidays(const QList<PlannedTask> &tasks, const QDate &asOf)
{
    return select(tasks, [&](const PlannedTask &task) { return task.due >= asOf && holidayOnDue(task).has_value(); });
}

QList<PlannedTask> releasedBetween(const QList<PlannedTask> &tasks, const QDate &from, const QDate &to)
{
    QList<PlannedTask> result = select(tasks, [&](const PlannedTask &task) {
        return task.release.isValid() && task.release >= from && task.release <= to;
    });
    std::stable_sort(result.begin(), result.end(),
                     [](const PlannedTask &a, const PlannedTask &b) { return a.release < b.release; });
    return result;
}

QList<PlannedTask> blockedTasks(const QList<PlannedTask> &tasks)
{
    return select(tasks, [](const PlannedTask &task) { return task.state.status == Status::Waiting; });
}

QList<PlannedTask> milestones(const QList<PlannedTask> &tasks)
{
    return select(tasks, [](const PlannedTask &task) { return task.task.milestone; });
}

QList<PlannedTask> missingInKlikTasks(const QList<PlannedTask> &tasks)
{
    return select(tasks, [](const PlannedTask &task) { return missingInKlik(task); });
}

} // namespace parat
