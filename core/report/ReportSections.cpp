#include "report/ReportSections.h"

#include "domain/Language.h"
#include "planning/Calendar.h"
#include "planning/Signals.h"
#include "planning/StakeholderSignals.h"
#include "report/StakeholderMapRenderer.h"
#include "storage/PersonRepository.h"

#include <QImage>
#include <QPainter>

namespace parat {

ReportExtras ReportSections::standardExtras()
{
    ReportExtras extras;
    extras.signalsProvider = [](Database &db, const Municipality &municipality, const QDate &asOf) {
        return readinessSignals(db, municipality.id, asOf);
    };
    extras.stakeholders = &ReportSections::stakeholders;
    return extras;
}

std::optional<ReportSection> ReportSections::stakeholders(Database &db, const Municipality &municipality,
                                                          const QDate &asOf)
{
    const StakeholderReportData data = stakeholderReportData(db, municipality.id, asOf);
    if (data.stakeholders.isEmpty())
        return std::nullopt; // no map yet: the report leaves the section out
    const QString language = currentLanguage();
    QHash<Id, QString> names;
    for (const Person &person : PersonRepository(db).forMunicipality(municipality.id))
        names.insert(person.id, person.name);
    QHash<Id, QString> stakeholderNames;
    for (const Stakeholder &stakeholder : data.stakeholders)
        stakeholderNames.insert(stakeholder.id, stakeholder.name);

    ReportSection section;
    section.title = tr("Stakeholders");

    // The map, painted by the same renderer as the window, black on white for paper.
    QImage map(1400, 1000, QImage::Format_RGB32);
    map.fill(Qt::white);
    {
        QPainter painter(&map);
        painter.setRenderHint(QPainter::Antialiasing);
        StakeholderMapStyle style;
        style.font.setPixelSize(22);
        paintStakeholderMap(painter, QRectF(map.rect()), stakeholderMapData(data.stakeholders), style);
    }
    ReportBlock picture;
    picture.kind = ReportBlock::Kind::Picture;
    picture.picture = map;
    picture.text = tr("Stakeholder map: influence against how affected, with engagement now and target.");
    section.blocks.append(picture);

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

} // namespace parat
