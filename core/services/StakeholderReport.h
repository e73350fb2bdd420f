#pragma once

#include "planning/StakeholderSignals.h"

namespace parat {

class Database;

// Everything the status report shows about stakeholders for one municipality.
struct StakeholderReportData
{
    QList<Stakeholder> stakeholders; // all, by name
    QList<Stakeholder> largestGaps; // at most maxGaps
    QList<CommunicationItem> due; // next `weeks` weeks
    QList<CommunicationItem> overdue;
    QList<Stakeholder> overdueContacts;
    QList<StakeholderSignal> signalsForLight;
};

StakeholderReportData stakeholderReportData(Database &db, Id municipalityId, const QDate &asOf, int weeks = 4,
                                            int maxGaps = 5, const RuleThresholds &thresholds = {});
// The stakeholder part of ReadinessSignals for trafficLight(); the capacity part is left empty.
ReadinessSignals stakeholderReadinessSignals(Database &db, Id municipalityId, const RuleThresholds &thresholds = {});

} // namespace parat
