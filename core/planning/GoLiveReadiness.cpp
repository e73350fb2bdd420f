#include "planning/GoLiveReadiness.h"

#include "domain/Calendar.h"

#include <cmath>

namespace parat {

namespace {

constexpr double kEpsilon = 1e-9;

GoLiveStatus statusOfShare(double met, double total, const GoLiveThresholds &thresholds)
{
    if (met + kEpsilon >= total)
        return GoLiveStatus::Met;
    if (met + kEpsilon >= thresholds.partlyMetShare * total)
        return GoLiveStatus::PartlyMet;
    return GoLiveStatus::NotMet;
}

// Counts met of total and gives the share's status; nothing to count is "not relevant".
GoLiveMeasurement counted(int met, int total, const QString &numbers, QStringList items,
                          const GoLiveThresholds &thresholds)
{
    GoLiveMeasurement m;
    m.met = met;
    m.total = total;
    m.numbers = numbers;
    m.items = std::move(items);
    m.status = total == 0 ? GoLiveStatus::NotRelevant : statusOfShare(met, total, thresholds);
    return m;
}

// What a criterion counts: met of total, and an item naming each one not met.
struct Tally
{
    int met = 0;
    int total = 0;
    QStringList items;

    // Counts one more: met, or not met and named by item().
    template<typename Item> void count(bool isMet, const Item &item)
    {
        ++total;
        if (isMet)
            ++met;
        else
            items.append(item());
    }
};

GoLiveMeasurement counted(const Tally &tally, const QString &numbers, const GoLiveThresholds &thresholds)
{
    return counted(tally.met, tally.total, numbers, tally.items, thresholds);
}

GoLiveMeasurement needsGoLive()
{
    GoLiveMeasurement m;
    m.status = GoLiveStatus::NotMet;
    m.numbers = GoLiveReadinessText::tr("No go-live date: nothing to measure against.");
    return m;
}

QString taskItem(const PlannedTask &task, const QString &language)
{
    return task.task.key + QLatin1Char(' ') + task.task.title(language);
}

GoLiveMeasurement mandatoryTasks(const GoLiveInputs &inputs, const GoLiveThresholds &thresholds)
{
    if (!inputs.goLive.isValid())
        return needsGoLive();
    Tally tally;
    for (const PlannedTask &task : inputs.tasks) {
        if (!task.task.mandatory || !isRelevant(task) || !task.due.isValid() || task.due > inputs.goLive)
            continue;
        const bool done = task.state.status == Status::Done;
        const bool marked = task.state.klikMarkedOn.isValid();
        tally.count(done && marked, [&] {
            return done ? GoLiveReadinessText::tr("%1 (not marked in KLIK)").arg(taskItem(task, inputs.language))
                        : GoLiveReadinessText::tr("%1 (not done)").arg(taskItem(task, inputs.language));
        });
    }
    return counted(
        tally,
        GoLiveReadinessText::tr("%1 of %n mandatory task(s) done and marked in KLIK", "", tally.total).arg(tally.met),
        thresholds);
}

GoLiveMeasurement superusersTrained(const GoLiveInputs &inputs, const QDate &asOf, const GoLiveThresholds &thresholds)
{
    if (!inputs.goLive.isValid())
        return needsGoLive();
    const QList<int> weeks = goLiveWeekKeys(inputs.goLive, thresholds.capacity);
    Tally tally;
    for (const Person &person : inputs.people) {
        if (!person.roles.contains(Role::SU))
            continue;
        const SuperuserDetails details = inputs.details.value(person.id);
        bool active = false;
        for (int week : weeks)
            active = active || details.activeInWeek(mondayOfWeekKey(week));
        if (!active)
            continue;
        tally.count(details.trainedOn.isValid() && details.trainedOn <= asOf, [&] { return person.name; });
    }
    GoLiveMeasurement m
        = counted(tally,
                  GoLiveReadinessText::tr("%1 of %n superuser(s) active in the go-live weeks trained", "", tally.total)
                      .arg(tally.met),
                  thresholds);
    if (tally.total == 0) {
        m.status = GoLiveStatus::NotMet;
        m.numbers = GoLiveReadinessText::tr("No superuser is active in the go-live weeks");
    }
    return m;
}

GoLiveMeasurement goLiveHours(const GoLiveInputs &inputs, const GoLiveThresholds &thresholds)
{
    if (!inputs.goLive.isValid())
        return needsGoLive();
    double setAside = 0.0;
    double needed = 0.0;
    QStringList items;
    for (int week : goLiveWeekKeys(inputs.goLive, thresholds.capacity)) {
        const int column = inputs.capacity.weekIndex(week);
        if (column < 0)
            continue;
        const double allocated = inputs.capacity.totalAllocated(column);
        const double need = inputs.capacity.totalNeeded(column);
        setAside += allocated;
        needed += need;
        if (need > allocated + kEpsilon)
            items.append(GoLiveReadinessText::tr("%1: %2 h set aside, %3 h needed")
                             .arg(weekYearLabel(week), hoursText(allocated), hoursText(need)));
    }
    GoLiveMeasurement m;
    m.met = setAside;
    m.total = needed;
    m.items = items;
    m.numbers = GoLiveReadinessText::tr("%1 h set aside of %2 h needed in the go-live weeks")
                    .arg(hoursText(setAside), hoursText(needed));
    m.status = statusOfShare(setAside, needed, thresholds);
    return m;
}

GoLiveMeasurement testConversion(const GoLiveInputs &inputs, const GoLiveThresholds &thresholds)
{
    if (!inputs.goLive.isValid())
        return needsGoLive();
    Tally tally;
    for (const PlannedTask &task : inputs.tasks) {
        if (!task.task.theme || (*task.task.theme != Theme::TEST && *task.task.theme != Theme::DATA))
            continue;
        if (!isRelevant(task) || !task.due.isValid() || task.due >= inputs.goLive)
            continue;
        tally.count(task.state.status == Status::Done, [&] { return taskItem(task, inputs.language); });
    }
    return counted(tally,
                   GoLiveReadinessText::tr("%1 of %n test and conversion task(s) done", "", tally.total).arg(tally.met),
                   thresholds);
}

GoLiveMeasurement resourcePersons(const GoLiveInputs &inputs, const GoLiveThresholds &thresholds)
{
    Tally tally;
    for (const Stakeholder &stakeholder : inputs.stakeholders) {
        if (quadrantOf(stakeholder) != Quadrant::ManageClosely)
            continue;
        tally.count(engagementGap(stakeholder) <= 0, [&] {
            return GoLiveReadinessText::tr("%1 (%2, wanted %3)")
                .arg(stakeholder.name, engagementName(stakeholder.engagementNow),
                     engagementName(stakeholder.engagementTarget));
        });
    }
    return counted(
        tally,
        GoLiveReadinessText::tr("%1 of %n resource person(s) at or above their target engagement", "", tally.total)
            .arg(tally.met),
        thresholds);
}

GoLiveMeasurement communication(const GoLiveInputs &inputs, const QString &language, const GoLiveThresholds &thresholds)
{
    if (!inputs.goLive.isValid())
        return needsGoLive();
    Tally tally;
    for (const CommunicationItem &item : inputs.communication) {
        if (item.status == CommunicationStatus::Cancelled || !item.plannedOn.isValid()
            || item.plannedOn >= inputs.goLive)
            continue;
        tally.count(item.status == CommunicationStatus::Done, [&] {
            const QString what = !item.occasion.isEmpty() ? item.occasion
                : !item.message.isEmpty()                 ? item.message
                                                          : item.targetGroup;
            return GoLiveReadinessText::tr("%1 %2").arg(formatDateShort(item.plannedOn, language), what);
        });
    }
    return counted(
        tally,
        GoLiveReadinessText::tr("%1 of %n communication item(s) before go-live done", "", tally.total).arg(tally.met),
        thresholds);
}

GoLiveMeasurement highRisks(const GoLiveInputs &inputs, const GoLiveThresholds &thresholds)
{
    QList<Risk> risks;
    for (const Risk &risk : inputs.risks) {
        if (riskIsLive(risk) && risk.score() >= thresholds.riskScore)
            risks.append(risk);
    }
    sortRisksByScore(&risks);
    GoLiveMeasurement m;
    m.met = double(risks.size());
    m.total = double(risks.size());
    for (const Risk &risk : std::as_const(risks))
        m.items.append(
            GoLiveReadinessText::tr("%1 %2 (score %3)").arg(riskLabel(risk.number), risk.title).arg(risk.score()));
    m.numbers = GoLiveReadinessText::tr("%n open risk(s) scoring %1 or more", "", int(risks.size()))
                    .arg(thresholds.riskScore);
    if (risks.isEmpty())
        m.status = GoLiveStatus::Met;
    else if (risks.constFirst().score() >= thresholds.riskRedScore)
        m.status = GoLiveStatus::NotMet;
    else
        m.status = GoLiveStatus::PartlyMet;
    return m;
}

// "– line" for each item, at most maxListed, then "and N more".
QStringList listed(const QStringList &items, int maxListed, const QString &indent)
{
    QStringList lines;
    const int shown = int(std::min<qsizetype>(items.size(), qsizetype(maxListed)));
    for (int i = 0; i < shown; ++i)
        lines.append(indent + QStringLiteral("– ") + items.at(i));
    if (items.size() > shown)
        lines.append(indent + GoLiveReadinessText::tr("– and %n more", "", int(items.size()) - shown));
    return lines;
}

QStringList criterionLines(const GoLiveEvaluation &evaluation, const GoLiveThresholds &thresholds)
{
    QString line = QStringLiteral("– ") + evaluation.criterion.title;
    if (evaluation.criterion.measured())
        line = GoLiveReadinessText::tr("%1 (%2)").arg(line, evaluation.measurement.numbers);
    else if (evaluation.status == GoLiveStatus::PartlyMet)
        line = GoLiveReadinessText::tr("%1 (partly met)").arg(line);
    QStringList lines {line};
    lines += listed(evaluation.measurement.items, thresholds.maxListedItems, QStringLiteral("    "));
    return lines;
}

} // namespace

QList<int> goLiveWeekKeys(const QDate &goLive, const CapacityOptions &options)
{
    QList<int> weeks;
    if (!goLive.isValid())
        return weeks;
    const int week = weekKey(goLive);
    for (int offset = -options.goLiveWeeksBefore; offset <= options.goLiveWeeksAfter; ++offset)
        weeks.append(addWeeksToKey(week, offset));
    return weeks;
}

GoLiveMeasurement measureGoLive(GoLiveMeasure measure, const GoLiveInputs &inputs, const QDate &asOf,
                                const GoLiveThresholds &thresholds)
{
    switch (measure) {
    case GoLiveMeasure::None:
        return {};
    case GoLiveMeasure::MandatoryTasks:
        return mandatoryTasks(inputs, thresholds);
    case GoLiveMeasure::SuperusersTrained:
        return superusersTrained(inputs, asOf, thresholds);
    case GoLiveMeasure::GoLiveHours:
        return goLiveHours(inputs, thresholds);
    case GoLiveMeasure::TestConversion:
        return testConversion(inputs, thresholds);
    case GoLiveMeasure::ResourcePersons:
        return resourcePersons(inputs, thresholds);
    case GoLiveMeasure::Communication:
        return communication(inputs, inputs.language, thresholds);
    case GoLiveMeasure::HighRisks:
        return highRisks(inputs, thresholds);
    }
    return {};
}

GoLiveReadinessResult evaluateGoLiveReadiness(const QList<GoLiveCriterion> &criteria, const GoLiveInputs &inputs,
                                              const QDate &asOf, const GoLiveThresholds &thresholds)
{
    GoLiveReadinessResult result;
    double points = 0.0;
    QList<GoLiveEvaluation> late;
    QList<GoLiveEvaluation> open;
    for (const GoLiveCriterion &criterion : criteria) {
        GoLiveEvaluation evaluation;
        evaluation.criterion = criterion;
        if (criterion.measured()) {
            evaluation.measurement = measureGoLive(criterion.measure, inputs, asOf, thresholds);
            evaluation.status = evaluation.measurement.status;
        } else {
            evaluation.status = criterion.status;
        }
        evaluation.due = criterion.due.isValid() ? criterion.due
            : inputs.goLive.isValid()            ? inputs.goLive.addDays(-thresholds.dueDaysBeforeGoLive)
                                                 : QDate();
        evaluation.late
            = evaluation.status == GoLiveStatus::NotMet && evaluation.due.isValid() && evaluation.due < asOf;
        switch (evaluation.status) {
        case GoLiveStatus::Met:
            ++result.met;
            points += 1.0;
            break;
        case GoLiveStatus::PartlyMet:
            ++result.partlyMet;
            points += 0.5;
            open.append(evaluation);
            break;
        case GoLiveStatus::NotMet:
            ++result.notMet;
            (evaluation.late ? late : open).append(evaluation);
            break;
        case GoLiveStatus::NotRelevant:
            ++result.notRelevant;
            break;
        }
        result.criteria.append(evaluation);
    }
    const int relevant = result.met + result.partlyMet + result.notMet;
    result.score = relevant > 0 ? int(std::lround(100.0 * points / relevant)) : 0;

    if (!late.isEmpty()) {
        QStringList lines {
            GoLiveReadinessText::tr("%n go-live criterion/criteria not met after the due date:", "", int(late.size()))};
        for (const GoLiveEvaluation &evaluation : std::as_const(late))
            lines += criterionLines(evaluation, thresholds);
        result.reasons.append({Light::Red, QStringLiteral("golive-late"), lines.join(QLatin1Char('\n'))});
    }
    if (!open.isEmpty()) {
        QStringList lines {GoLiveReadinessText::tr("%n go-live criterion/criteria not met yet:", "", int(open.size()))};
        for (const GoLiveEvaluation &evaluation : std::as_const(open))
            lines += criterionLines(evaluation, thresholds);
        result.reasons.append({Light::Yellow, QStringLiteral("golive-open"), lines.join(QLatin1Char('\n'))});
    }
    if (criteria.isEmpty()) {
        result.reasons.append({Light::Yellow, QStringLiteral("golive-none"),
                               GoLiveReadinessText::tr("No go-live criteria yet: create the default set.")});
    }
    if (!late.isEmpty())
        result.light = Light::Red;
    else if (!result.reasons.isEmpty())
        result.light = Light::Yellow;
    else {
        result.light = Light::Green;
        result.reasons.append({Light::Green, QStringLiteral("golive-ready"),
                               GoLiveReadinessText::tr("Every go-live criterion is met or not relevant.")});
    }
    return result;
}

QList<GoLiveCriterion> defaultGoLiveCriteria(Id municipalityId, const QDate &goLive, const GoLiveThresholds &thresholds)
{
    const QDate due = goLive.isValid() ? goLive.addDays(-thresholds.dueDaysBeforeGoLive) : QDate();
    QList<GoLiveCriterion> criteria;
    const auto add = [&](GoLiveMeasure measure, const QString &title) {
        GoLiveCriterion criterion;
        criterion.municipalityId = municipalityId;
        criterion.measure = measure;
        criterion.title = title;
        criterion.due = due;
        criterion.sortOrder = int(criteria.size()) + 1;
        criteria.append(criterion);
    };
    for (GoLiveMeasure measure : allGoLiveMeasures())
        add(measure, goLiveMeasureTitle(measure));
    //: Go-live criterion. Danish: Alle brugere har adgang og de rette roller i DUBU 3.0
    add(GoLiveMeasure::None, GoLiveReadinessText::tr("Every user has access and the right roles in DUBU 3.0"));
    //: Go-live criterion. Danish: Den endelige konvertering er afstemt og godkendt
    add(GoLiveMeasure::None, GoLiveReadinessText::tr("The final conversion is reconciled and approved"));
    //: Go-live criterion. Danish: Support og superbrugervagter til de første dage er planlagt
    add(GoLiveMeasure::None, GoLiveReadinessText::tr("Support and the superuser rota for the first days are planned"));
    //: Go-live criterion. Danish: Lukningen af det gamle system er planlagt og varslet
    add(GoLiveMeasure::None, GoLiveReadinessText::tr("Closing the old system is planned and announced"));
    //: Go-live criterion. Danish: Drejebogen for go-live-weekenden er gennemgået
    add(GoLiveMeasure::None, GoLiveReadinessText::tr("The runbook for the go-live weekend is reviewed"));
    //: Go-live criterion. Danish: Styregruppen er orienteret og klar til at træffe beslutning
    add(GoLiveMeasure::None, GoLiveReadinessText::tr("The steering group is informed and ready to decide"));
    return criteria;
}

} // namespace parat
