#include "report/GoLivePaper.h"

#include "domain/Calendar.h"
#include "domain/Language.h"
#include "report/ReportWriter.h"
#include "services/CapacityLoader.h"
#include "services/GoLiveReadinessLoader.h"
#include "storage/GoLiveRepository.h"
#include "storage/MunicipalityRepository.h"

#include <algorithm>

namespace parat {

namespace {

QHash<Id, QString> peopleOf(Database &db, Id municipalityId)
{
    QHash<Id, QString> names;
    for (const Person &person : loadPeople(db, municipalityId))
        names.insert(person.id, person.name);
    return names;
}

} // namespace

ReportBlock GoLivePaper::lightBlock(const GoLiveReadinessResult &result, bool compact)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Light;
    block.light = result.light;
    block.text = tr("%1 — readiness score %2 of 100").arg(lightName(result.light)).arg(result.score);
    for (const LightReason &reason : result.reasons) {
        QString text = reason.text;
        if (compact) {
            // The lines under a criterion are indented (planning/GoLiveReadiness); the summary keeps the rest.
            QStringList lines = text.split(QLatin1Char('\n'));
            lines.erase(std::remove_if(lines.begin(), lines.end(),
                                       [](const QString &line) { return line.startsWith(QLatin1Char(' ')); }),
                        lines.end());
            text = lines.join(QLatin1Char('\n'));
        }
        block.items.append(QStringLiteral("%1: %2").arg(lightName(reason.light), text));
    }
    return block;
}

ReportTable GoLivePaper::criteriaTable(const GoLiveReadinessResult &result, const QHash<Id, QString> &people,
                                       const QString &language)
{
    ReportTable table;
    table.header = {tr("Criterion"), tr("Owner"), tr("Due"), tr("Status"), tr("Numbers or evidence")};
    table.widths = {32, 14, 13, 13, 28};
    table.csv = true;
    for (const GoLiveEvaluation &evaluation : result.criteria) {
        const GoLiveCriterion &c = evaluation.criterion;
        QString status = goLiveStatusName(evaluation.status);
        if (c.measured())
            status = tr("%1 (measured)").arg(status);
        QStringList evidence;
        if (c.measured())
            evidence.append(evaluation.measurement.numbers);
        if (!c.evidence.isEmpty())
            evidence.append(c.evidence);
        if (!c.evidenceLink.isEmpty())
            evidence.append(c.evidenceLink);
        if (evaluation.status == GoLiveStatus::NotRelevant && !c.reason.isEmpty())
            evidence.append(tr("Not relevant because: %1").arg(c.reason));
        QString due = formatDateShort(evaluation.due, language);
        if (evaluation.late)
            due = tr("%1 (passed)").arg(due);
        table.rows.append({c.title, people.value(c.ownerId), due, status, evidence.join(QLatin1Char('\n'))});
        if (evaluation.late)
            table.strongRows.append(int(table.rows.size()) - 1);
    }
    return table;
}

ReportContent GoLivePaper::content(const Municipality &municipality, const GoLiveReadinessResult &result,
                                   const std::optional<GoLiveMeeting> &meeting, const QHash<Id, QString> &people,
                                   const QDate &asOf, const QString &language)
{
    ReportContent content;
    content.language = language;
    content.title = tr("Go/no-go decision paper — %1").arg(municipality.name);
    content.headerLeft = municipality.code + QLatin1Char(' ') + municipality.name;
    content.headerRight = tr("Go/no-go %1").arg(formatDateShort(asOf, language));
    content.blocks.append(ReportBlock::heading(tr("Go/no-go decision paper: %1").arg(municipality.name)));
    content.blocks.last().strong = true;

    QList<QPair<QString, QString>> facts;
    facts.append(
        {tr("Go-live"), municipality.goLive.isValid() ? formatDate(municipality.goLive, language) : tr("not decided")});
    facts.append({tr("As of"), formatDate(asOf, language)});
    facts.append({tr("Criteria"),
                  tr("%1 met, %2 partly met, %3 not met, %4 not relevant")
                      .arg(result.met)
                      .arg(result.partlyMet)
                      .arg(result.notMet)
                      .arg(result.notRelevant)});
    ReportBlock factBlock;
    factBlock.kind = ReportBlock::Kind::Facts;
    factBlock.facts = facts;
    content.blocks.append(factBlock);

    content.blocks.append(ReportBlock::heading(tr("Readiness")));
    content.blocks.append(lightBlock(result, true));

    content.blocks.append(ReportBlock::heading(tr("The go/no-go meeting")));
    if (!meeting) {
        content.blocks.append(ReportBlock::note(tr("No meeting recorded yet.")));
    } else {
        ReportBlock meetingFacts;
        meetingFacts.kind = ReportBlock::Kind::Facts;
        meetingFacts.facts = {{tr("Date"), formatDate(meeting->heldOn, language)},
                              {tr("Participants"), meeting->participants},
                              {tr("Decision"), goLiveDecisionName(meeting->decision)}};
        if (!meeting->note.isEmpty())
            meetingFacts.facts.append({tr("Note"), meeting->note});
        content.blocks.append(meetingFacts);
        if (!meeting->conditions.isEmpty()) {
            ReportTable conditions;
            conditions.header = {tr("Condition"), tr("Owner"), tr("Deadline")};
            conditions.widths = {60, 22, 18};
            for (const GoLiveCondition &condition : meeting->conditions)
                conditions.rows.append(
                    {condition.text, people.value(condition.ownerId), formatDateShort(condition.deadline, language)});
            content.blocks.append(ReportBlock::tableBlock(conditions));
        }
    }
    content.blocks.append(ReportBlock::heading(tr("Decision")));
    content.blocks.append(
        ReportBlock::paragraph(tr("☐ Go    ☐ Go with conditions    ☐ No-go        Signature: ____________________")));

    content.blocks.append(ReportBlock::heading(tr("Go-live criteria")));
    if (result.criteria.isEmpty())
        content.blocks.append(ReportBlock::note(tr("No go-live criteria yet.")));
    else
        content.blocks.append(ReportBlock::tableBlock(criteriaTable(result, people, language)));

    // What keeps the measured criteria from being met: tasks by key and title, people, items, risks.
    QList<ReportBlock> missing;
    for (const GoLiveEvaluation &evaluation : result.criteria) {
        if (evaluation.measurement.items.isEmpty() || evaluation.status == GoLiveStatus::Met)
            continue;
        missing.append(ReportBlock::paragraph(
            tr("%1 (%2)").arg(evaluation.criterion.title, evaluation.measurement.numbers), true));
        missing.append(ReportBlock::bullets(evaluation.measurement.items));
    }
    if (!missing.isEmpty()) {
        content.blocks.append(ReportBlock::heading(tr("What is missing")));
        content.blocks += missing;
    }
    return content;
}

bool GoLivePaper::write(Database &db, Id municipalityId, const QDate &asOf, const QString &path, QString *error)
{
    const std::optional<Municipality> municipality = MunicipalityRepository(db).byId(municipalityId);
    if (!municipality) {
        *error = tr("The municipality is not in the database.");
        return false;
    }
    const QString language = currentLanguage();
    const GoLiveReadinessResult result = loadGoLiveReadiness(db, municipalityId, asOf, language);
    return ReportWriter::writePdf(content(*municipality, result, GoLiveRepository(db).meeting(municipalityId),
                                          peopleOf(db, municipalityId), asOf, language),
                                  path, error);
}

std::optional<ReportSection> GoLivePaper::section(Database &db, const Municipality &municipality, const QDate &asOf)
{
    if (GoLiveRepository(db).criteria(municipality.id).isEmpty())
        return std::nullopt;
    const QString language = currentLanguage();
    const GoLiveReadinessResult result = loadGoLiveReadiness(db, municipality.id, asOf, language);
    ReportSection section;
    section.title = tr("Go-live readiness");
    section.blocks.append(lightBlock(result));
    section.blocks.append(ReportBlock::tableBlock(criteriaTable(result, peopleOf(db, municipality.id), language)));
    if (const std::optional<GoLiveMeeting> meeting = GoLiveRepository(db).meeting(municipality.id)) {
        section.blocks.append(ReportBlock::paragraph(
            tr("Go/no-go meeting %1: %2")
                .arg(formatDateShort(meeting->heldOn, language), goLiveDecisionName(meeting->decision))));
    }
    return section;
}

std::optional<LightReason> GoLivePaper::dimensionFinding(Database &db, const Municipality &municipality,
                                                         const QDate &asOf)
{
    if (GoLiveRepository(db).criteria(municipality.id).isEmpty())
        return std::nullopt;
    const GoLiveReadinessResult result = loadGoLiveReadiness(db, municipality.id, asOf, currentLanguage());
    LightReason finding;
    finding.light = result.light;
    finding.code = QStringLiteral("golive-checklist");
    const QString first
        = result.reasons.isEmpty() ? QString() : result.reasons.first().text.section(QLatin1Char('\n'), 0, 0);
    finding.text = first.isEmpty() ? tr("Go-live checklist %1 % ready (%2 of %3 criteria met)")
                                         .arg(result.score)
                                         .arg(result.met)
                                         .arg(result.criteria.size() - result.notRelevant)
                                   : tr("Go-live checklist %1 % ready: %2").arg(result.score).arg(first);
    return finding;
}

} // namespace parat
