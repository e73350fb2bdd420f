#include "report/ReportSections.h"

#include "domain/Calendar.h"
#include "domain/Language.h"
#include "planning/Capacity.h"
#include "planning/RunbookRules.h"
#include "planning/StakeholderSignals.h"
#include "report/CapacityChart.h"
#include "report/GoLivePaper.h"
#include "report/ProgressChart.h"
#include "report/RiskHeatMap.h"
#include "report/StakeholderMapRenderer.h"
#include "services/CapacityLoader.h"
#include "services/ReadinessInputs.h"
#include "services/StakeholderReport.h"
#include "storage/DecisionRepository.h"
#include "storage/RiskRepository.h"
#include "storage/RunbookRepository.h"

#include <QLocale>
#include <QPainter>

namespace parat {

ReportExtras ReportSections::standardExtras()
{
    ReportExtras extras;
    extras.signalsProvider = [](Database &db, const Municipality &municipality, const QDate &asOf) {
        return readinessSignals(db, municipality.id, asOf);
    };
    extras.stakeholders = &ReportSections::stakeholders;
    extras.superusers = &ReportSections::superusers;
    extras.more = {&ReportSections::risks, &ReportSections::decisions, &GoLivePaper::section, &ReportSections::runbook};
    extras.goLiveChecklist = &GoLivePaper::dimensionFinding;
    extras.goLiveWeekSignals = [](Database &db, const Municipality &municipality, const QDate &) {
        // The go-live weeks (CapacityOptions: the week before go-live to the week after) as a look-ahead.
        CapacityOptions options;
        options.lookaheadWeeks = options.goLiveWeeksBefore + 1 + options.goLiveWeeksAfter;
        const QDate first = municipality.goLive.addDays(-7 * options.goLiveWeeksBefore);
        return capacitySignals(db, municipality.id, first, options).overAllocations;
    };
    extras.capacityWarnings = [](Database &db, const Municipality &municipality, const QDate &asOf) {
        return capacityWarningCount(db, municipality.id, asOf);
    };
    return extras;
}

std::optional<ReportSection> ReportSections::superusers(Database &db, const Municipality &municipality,
                                                        const QDate &asOf)
{
    const CapacityPlan plan = loadCapacity(db, municipality.id, asOf, currentLanguage());
    int superusers = 0;
    int registered = 0;
    int caseworkers = 0;
    for (const CapacityRow &row : plan.rows) {
        if (!row.superuser)
            continue;
        ++superusers;
        registered += row.person.registeredInKlik ? 1 : 0;
        caseworkers += row.details.caseworkersCovered;
    }
    if (plan.rows.isEmpty() || plan.weeks.isEmpty())
        return std::nullopt;

    ReportSection section;
    section.title = tr("Superusers and hours");
    QStringList facts;
    facts << tr("%n superuser(s), %1 registered in KLIK.", "", superusers).arg(registered);
    if (superusers > 0 && caseworkers > 0)
        facts << tr("%1 caseworkers covered: %2 per superuser.")
                     .arg(caseworkers)
                     .arg(QLocale().toString(double(caseworkers) / superusers, 'f', 1));
    section.blocks.append(ReportBlock::bullets(facts));

    // The weeks around now: four back and twelve ahead, or the whole plan when shorter.
    const int now = weekKey(asOf);
    // Painted as vector paths and text, at the size its fonts are chosen for, scaled to the page.
    const CapacityChartData chart = capacityChartData(plan, addWeeksToKey(now, -4), addWeeksToKey(now, 12));
    section.blocks.append(ReportBlock::drawingBlock(
        QSizeF(1600, 700),
        tr("Allocated and needed hours per week; \"!\" marks weeks where more is needed than allocated."),
        [chart](QPainter &painter, const QRectF &bounds) {
            painter.setRenderHint(QPainter::Antialiasing);
            ChartStyle style;
            style.font.setFamily(QStringLiteral("DejaVu Sans")); // the PDF's font; a family the HTML names too
            style.font.setPixelSize(22);
            paintCapacityChart(painter, bounds, chart, style);
        }));

    ReportTable table;
    table.header = {tr("Person"), tr("Allocated next 4 weeks"), tr("Needed next 4 weeks"), tr("Weeks short")};
    table.widths = {40, 20, 20, 20};
    const int first = plan.weekIndex(now);
    for (int r = 0; r < plan.rows.size(); ++r) {
        const CapacityRow &row = plan.rows.at(r);
        double allocated = 0;
        double needed = 0;
        int shortWeeks = 0;
        for (int c = qMax(0, first); c >= 0 && c < qMin(int(plan.weeks.size()), first + 4); ++c) {
            allocated += row.cells.at(c).allocated;
            needed += row.cells.at(c).needed;
            shortWeeks += row.cells.at(c).needsMore() ? 1 : 0;
        }
        if (allocated <= 0 && needed <= 0)
            continue;
        table.rows.append({row.person.name, hoursText(allocated), hoursText(needed), QString::number(shortWeeks)});
        if (shortWeeks > 0)
            table.strongRows.append(int(table.rows.size()) - 1);
    }
    if (!table.rows.isEmpty())
        section.blocks.append(ReportBlock::tableBlock(table));

    section.blocks.append(ReportBlock::heading(tr("Warnings")));
    QStringList warnings;
    for (const CapacityWarning &warning : plan.warnings)
        warnings << warning.text;
    section.blocks.append(warnings.isEmpty() ? ReportBlock::note(tr("None.")) : ReportBlock::bullets(warnings));
    return section;
}

std::optional<ReportSection> ReportSections::stakeholders(Database &db, const Municipality &municipality,
                                                          const QDate &asOf)
{
    const StakeholderReportData data = stakeholderReportData(db, municipality.id, asOf);
    if (data.stakeholders.isEmpty())
        return std::nullopt; // no map yet: the report leaves the section out
    const QString language = currentLanguage();
    QHash<Id, QString> names;
    for (const Person &person : loadPeople(db, municipality.id))
        names.insert(person.id, person.name);
    QHash<Id, QString> stakeholderNames;
    for (const Stakeholder &stakeholder : data.stakeholders)
        stakeholderNames.insert(stakeholder.id, stakeholder.name);

    ReportSection section;
    section.title = tr("Stakeholders");

    // The map, painted by the same renderer as the window, black on white for paper, as vector paths and text.
    section.blocks.append(ReportBlock::drawingBlock(
        QSizeF(1400, 1000), tr("Stakeholder map: influence against how affected, with engagement now and target."),
        [map = stakeholderMapData(data.stakeholders)](QPainter &painter, const QRectF &bounds) {
            painter.setRenderHint(QPainter::Antialiasing);
            StakeholderMapStyle style;
            style.font.setFamily(QStringLiteral("DejaVu Sans")); // the PDF's font; a family the HTML names too
            style.font.setPixelSize(22);
            paintStakeholderMap(painter, bounds, map, style);
        }));

    section.blocks.append(ReportBlock::heading(tr("Largest engagement gaps")));
    if (data.largestGaps.isEmpty()) {
        section.blocks.append(ReportBlock::note(tr("Every stakeholder is at the engagement the project aims for.")));
    } else {
        ReportTable table;
        table.header = {tr("Stakeholder"), tr("Group"), tr("Now"), tr("Target"), tr("Owner")};
        table.widths = {30, 22, 16, 16, 16};
        for (const Stakeholder &stakeholder : data.largestGaps) {
            table.rows.append({stakeholder.name,
                               quadrantName(quadrantOf(stakeholder.influence, stakeholder.affectedness)),
                               engagementName(stakeholder.engagementNow), engagementName(stakeholder.engagementTarget),
                               names.value(stakeholder.ownerId)});
        }
        section.blocks.append(ReportBlock::tableBlock(table));
    }

    const auto communicationTable = [&](const QList<CommunicationItem> &items) {
        ReportTable table;
        table.header = {tr("Planned"), tr("To"), tr("Occasion"), tr("Channel"), tr("Sender")};
        table.widths = {16, 24, 28, 14, 18};
        for (const CommunicationItem &item : items) {
            const QString to = item.stakeholderId ? stakeholderNames.value(item.stakeholderId) : item.targetGroup;
            table.rows.append({formatDateShort(item.plannedOn, language), to, item.occasion, channelName(item.channel),
                               names.value(item.senderId)});
        }
        return ReportBlock::tableBlock(table);
    };
    section.blocks.append(ReportBlock::heading(tr("Communication overdue")));
    section.blocks.append(data.overdue.isEmpty() ? ReportBlock::note(tr("None.")) : communicationTable(data.overdue));
    section.blocks.append(ReportBlock::heading(tr("Communication in the next 4 weeks")));
    section.blocks.append(data.due.isEmpty() ? ReportBlock::note(tr("None.")) : communicationTable(data.due));
    return section;
}

std::optional<ReportSection> ReportSections::risks(Database &db, const Municipality &municipality, const QDate &asOf)
{
    QList<Risk> all = RiskRepository(db).forMunicipality(municipality.id);
    if (all.isEmpty())
        return std::nullopt;
    const QString language = currentLanguage();
    QHash<Id, QString> names;
    for (const Person &person : loadPeople(db, municipality.id))
        names.insert(person.id, person.name);
    const auto review = [&](const Risk &risk) {
        const QString date = formatDateShort(risk.nextReview, language);
        return riskReviewOverdue(risk, asOf) ? tr("%1 (review overdue)").arg(date) : date;
    };

    ReportSection section;
    section.title = tr("Risks");
    QList<Risk> live;
    for (const Risk &risk : std::as_const(all)) {
        if (riskIsLive(risk))
            live.append(risk);
    }
    sortRisksByScore(&live);
    const RuleThresholds thresholds;

    section.blocks.append(ReportBlock::heading(tr("Top risks")));
    if (live.isEmpty()) {
        section.blocks.append(ReportBlock::note(tr("No open risks.")));
    } else {
        ReportTable top;
        top.header = {tr("No."), tr("Risk"), tr("Score"), tr("Owner"), tr("Action")};
        top.widths = {7, 33, 8, 18, 34};
        for (const Risk &risk : live.mid(0, kTopRisks)) {
            top.rows.append({riskLabel(risk.number), risk.title, QString::number(risk.score()),
                             names.value(risk.ownerId), risk.response});
            if (risk.score() >= thresholds.riskRedScore)
                top.strongRows.append(int(top.rows.size()) - 1);
        }
        section.blocks.append(ReportBlock::tableBlock(top));

        // The heat map, painted by the window's renderer, black on white for paper, as vector paths and text.
        section.blocks.append(ReportBlock::drawingBlock(
            QSizeF(900, 900), tr("Risk heat map, probability against consequence. %1").arg(heatMapDescription(live)),
            [live, thresholds](QPainter &painter, const QRectF &bounds) {
                RiskHeatMapStyle style;
                style.font.setFamily(QStringLiteral("DejaVu Sans")); // the PDF's font; a family the HTML names too
                style.font.setPixelSize(26);
                style.yellowScore = thresholds.riskYellowScore;
                style.redScore = thresholds.riskRedScore;
                paintRiskHeatMap(painter, bounds.adjusted(10, 10, -10, -10), live, style);
            }));
    }

    section.blocks.append(ReportBlock::heading(tr("Risk log")));
    ReportTable log;
    log.header
        = {tr("No."), tr("Risk"), tr("P × C"), tr("Status"), tr("Owner"), tr("Action"), tr("Next review"), tr("Tasks")};
    log.widths = {6, 22, 9, 11, 13, 19, 11, 9};
    log.csv = true;
    for (const Risk &risk : std::as_const(all)) {
        log.rows.append({riskLabel(risk.number), risk.title,
                         tr("%1 × %2 = %3").arg(risk.probability).arg(risk.consequence).arg(risk.score()),
                         riskStatusName(risk.status), names.value(risk.ownerId), risk.response, review(risk),
                         risk.taskKeys.join(QStringLiteral(", "))});
    }
    section.blocks.append(ReportBlock::tableBlock(log));
    return section;
}

std::optional<ReportSection> ReportSections::decisions(Database &db, const Municipality &municipality,
                                                       const QDate &asOf)
{
    const QList<Decision> all = DecisionRepository(db).forMunicipality(municipality.id);
    if (all.isEmpty())
        return std::nullopt;
    const QString language = currentLanguage();
    QHash<Id, QString> risks;
    for (const Risk &risk : RiskRepository(db).forMunicipality(municipality.id))
        risks.insert(risk.id, riskLabel(risk.number));
    const auto neededBy = [&](const Decision &decision) {
        const QString date = formatDateShort(decision.neededBy, language);
        return decisionOverdue(decision, asOf) ? tr("%1 (overdue)").arg(date) : date;
    };

    ReportSection section;
    section.title = tr("Decisions");
    const QList<Decision> open = openDecisionsByNeed(all);
    section.blocks.append(ReportBlock::heading(tr("Decisions needed")));
    if (open.isEmpty()) {
        section.blocks.append(ReportBlock::note(tr("No decisions are waiting.")));
    } else {
        ReportTable needed;
        needed.header = {tr("No."), tr("Question"), tr("Needed by"), tr("Status")};
        needed.widths = {7, 57, 22, 14};
        for (const Decision &decision : std::as_const(open)) {
            needed.rows.append({decisionLabel(decision.number), decision.question, neededBy(decision),
                                decisionStatusName(decision.status)});
            if (decisionOverdue(decision, asOf))
                needed.strongRows.append(int(needed.rows.size()) - 1);
        }
        section.blocks.append(ReportBlock::tableBlock(needed));
    }

    section.blocks.append(ReportBlock::heading(tr("Decision log")));
    ReportTable log;
    log.header
        = {tr("No."), tr("Question"), tr("Needed by"), tr("Status"), tr("Decision"), tr("Decided"), tr("Risk or task")};
    log.widths = {6, 26, 12, 10, 22, 14, 10};
    log.csv = true;
    for (const Decision &decision : all) {
        QStringList decided;
        if (decision.decidedOn.isValid())
            decided.append(formatDateShort(decision.decidedOn, language));
        if (!decision.decidedBy.isEmpty())
            decided.append(decision.decidedBy);
        QStringList links;
        if (decision.riskId != 0)
            links.append(risks.value(decision.riskId));
        if (!decision.taskKey.isEmpty())
            links.append(decision.taskKey);
        log.rows.append({decisionLabel(decision.number), decision.question, neededBy(decision),
                         decisionStatusName(decision.status), decision.decision, decided.join(QStringLiteral(", ")),
                         links.join(QStringLiteral(", "))});
    }
    section.blocks.append(ReportBlock::tableBlock(log));
    return section;
}

std::optional<ReportSection> ReportSections::runbook(Database &db, const Municipality &municipality, const QDate &asOf)
{
    if (!municipality.goLive.isValid() || asOf < municipality.goLive.addDays(-kRunbookDaysBefore)
        || asOf > municipality.goLive.addDays(kRunbookDaysAfter))
        return std::nullopt;
    const QList<RunbookStep> steps = RunbookRepository(db).forMunicipality(municipality.id);
    if (steps.isEmpty())
        return std::nullopt;
    const QString language = currentLanguage();
    const QDateTime now = asOf.startOfDay();
    const RunbookNow classified = classifyRunbookNow(steps, municipality.goLive, now);
    int done = 0;
    for (const RunbookStep &step : steps)
        done += step.status == RunbookStatus::Done ? 1 : 0;

    ReportSection section;
    section.title = tr("Cutover runbook");
    section.blocks.append(ReportBlock::paragraph(tr("%1 of %2 steps done, %3 late at the start of %4.")
                                                     .arg(done)
                                                     .arg(steps.size())
                                                     .arg(classified.late.size())
                                                     .arg(formatDateShort(asOf, language)),
                                                 !classified.late.isEmpty()));
    QList<RunbookStep> shown = classified.late + classified.shouldBeRunning + classified.next;
    if (shown.isEmpty()) {
        section.blocks.append(ReportBlock::note(tr("Every step is done.")));
        return section;
    }
    ReportTable table;
    table.header = {tr("No."), tr("Start"), tr("Step"), tr("Owner"), tr("Status")};
    table.widths = {6, 22, 42, 14, 16};
    for (const RunbookStep &step : std::as_const(shown)) {
        const bool late = runbookStepLate(step, municipality.goLive, now);
        table.rows.append(
            {QString::number(step.number),
             QStringLiteral("%1 (%2)").arg(formatRelativeStart(step.startMinutes),
                                           formatStartDay(step.startMinutes, municipality.goLive, language)),
             step.title, step.owner,
             late ? tr("%1, late").arg(runbookStatusName(step.status)) : runbookStatusName(step.status)});
        if (late)
            table.strongRows.append(int(table.rows.size()) - 1);
    }
    section.blocks.append(ReportBlock::tableBlock(table));
    return section;
}

} // namespace parat
