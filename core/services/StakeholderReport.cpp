#include "services/StakeholderReport.h"

#include "services/CapacityLoader.h"

#include "storage/CommunicationRepository.h"

namespace parat {

StakeholderReportData stakeholderReportData(Database &db, Id municipalityId, const QDate &asOf, int weeks, int maxGaps,
                                            const RuleThresholds &thresholds)
{
    StakeholderReportData data;
    data.stakeholders = loadStakeholders(db, municipalityId);
    const QList<CommunicationItem> items = CommunicationRepository(db).forMunicipality(municipalityId);
    data.largestGaps = largestGaps(data.stakeholders, maxGaps);
    data.due = communicationDue(items, asOf, weeks);
    data.overdue = overdueCommunication(items, asOf);
    data.overdueContacts = overdueContacts(data.stakeholders, asOf);
    data.signalsForLight = engagementGapSignals(data.stakeholders, thresholds);
    return data;
}

ReadinessSignals stakeholderReadinessSignals(Database &db, Id municipalityId, const RuleThresholds &thresholds)
{
    ReadinessSignals result;
    // Only the engagement (loadStakeholderEngagement): engagementGapSignals orders what it picks (by gap, then name)
    // and picks the same as from the full list ordered by name (tests/core/BulkReadTest.cpp).
    result.engagementGaps = engagementGapSignals(loadStakeholderEngagement(db, municipalityId), thresholds);
    return result;
}

} // namespace parat
