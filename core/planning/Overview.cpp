#include "planning/Overview.h"

#include "domain/Calendar.h"

#include <cstdlib>

namespace parat {

namespace {

// "5 weeks and 3 days", "5 weeks", "3 days" for a non-negative number of days.
QString weeksAndDays(int totalDays)
{
    const int weeks = totalDays / 7;
    const int days = totalDays % 7;
    const QString weekText = OverviewText::tr("%n week(s)", "", weeks);
    const QString dayText = OverviewText::tr("%n day(s)", "", days);
    if (weeks == 0)
        return dayText;
    if (days == 0)
        return weekText;
    return OverviewText::tr("%1 and %2", "weeks and days").arg(weekText, dayText);
}

} // namespace

MunicipalitySummary summarize(const Municipality &municipality, const QList<PlannedTask> &tasks, const QDate &asOf,
                              const std::optional<QDate> &lastReportDate, const ReadinessSignals &signalsIn)
{
    MunicipalitySummary s;
    s.municipality = municipality;
    s.asOf = asOf;
    s.daysToGoLive = daysUntil(asOf, municipality.goLive);
    s.weeksToGoLive = weeksUntil(asOf, municipality.goLive);
    s.total = progress(tasks, asOf);
    s.relevantTasks = s.total.tasks;
    s.byPhase = progressByPhase(tasks, asOf);
    s.light = trafficLight(tasks, municipality.goLive, asOf, signalsIn);
    s.overdue = overdueTasks(tasks, asOf);
    s.dueIn2Weeks = dueWithin(tasks, asOf, kDueSoonDays);
    s.dueIn4Weeks = dueWithin(tasks, asOf, kDueLaterDays);
    s.lastReportDate = lastReportDate && lastReportDate->isValid() ? lastReportDate : std::nullopt;
    s.releasedSinceDate = s.lastReportDate ? *s.lastReportDate : asOf.addDays(-kRecentReleaseDays);
    // After the since-date: a task released on the day of the last report was already in that report.
    s.releasedSince = releasedBetween(tasks, s.releasedSinceDate.addDays(1), asOf);
    s.missingInKlik = missingInKlikTasks(tasks);
    return s;
}

QList<PlannedTask> dueLaterIn4Weeks(const MunicipalitySummary &summary)
{
    const QDate last2Weeks = summary.asOf.addDays(kDueSoonDays);
    QList<PlannedTask> result;
    for (const PlannedTask &task : summary.dueIn4Weeks) {
        if (task.due > last2Weeks)
            result.append(task);
    }
    return result;
}

QString releasedSinceTitle(const MunicipalitySummary &summary, const QString &language)
{
    if (summary.lastReportDate)
        return OverviewText::tr("Released since the last report (%1)")
            .arg(formatDate(*summary.lastReportDate, language));
    static_assert(kRecentReleaseDays == 14, "the title names the window");
    return OverviewText::tr("Released in the last 2 weeks");
}

QString goLiveText(const MunicipalitySummary &summary, const QString &language)
{
    if (!summary.hasGoLive())
        return OverviewText::tr("No go-live date yet");
    return OverviewText::tr("Go-live %1 (%2)")
        .arg(formatDate(summary.municipality.goLive, language), weekLabel(summary.municipality.goLive));
}

QString timeToGoLiveText(const MunicipalitySummary &summary)
{
    if (!summary.hasGoLive())
        return QString();
    const int days = summary.daysToGoLive;
    if (days == 0)
        return OverviewText::tr("Go-live is today");
    if (days > 0)
        return OverviewText::tr("%1 to go", "weeks and days until go-live").arg(weeksAndDays(days));
    return OverviewText::tr("Went live %1 ago", "weeks and days since go-live").arg(weeksAndDays(std::abs(days)));
}

QString responsibleText(const PlannedTask &task, const QHash<Id, QString> &personNames)
{
    if (task.state.responsiblePersonId != 0) {
        const QString name = personNames.value(task.state.responsiblePersonId);
        if (!name.isEmpty())
            return name;
    }
    return task.task.responsibleRole ? roleCode(*task.task.responsibleRole) : QString();
}

MunicipalityRow overviewRow(const Municipality &municipality, const QList<PlannedTask> &tasks, const QDate &asOf,
                            const ReadinessSignals &signalsIn)
{
    MunicipalityRow row;
    row.id = municipality.id;
    row.code = municipality.code;
    row.name = municipality.name;
    row.goLive = municipality.goLive;
    const Progress total = progress(tasks, asOf);
    row.progress = total.actual;
    row.planned = total.planned;
    row.variance = total.variance;
    row.overdue = total.overdueTasks;
    row.tasks = total.tasks;
    // The row keeps the first reason only: the others are found (the light is the worst of them) but not written.
    const TrafficLight light = trafficLight(tasks, municipality.goLive, asOf, signalsIn, {}, ReasonTexts::FirstOnly);
    row.light = light.light;
    row.lightReason = light.reasons.isEmpty() ? QString() : light.reasons.first().text;
    return row;
}

} // namespace parat
