#pragma once

#include "domain/Stakeholder.h"
#include "planning/Readiness.h"

#include <QDate>
#include <QList>

namespace parat {

// Stakeholder rules for the traffic light and the reports, as pure functions over value lists
// (services/StakeholderReport reads them from the database).

// Resource persons (quadrant "Manage closely") at least thresholds.engagementGapSteps below their target:
// the signals ReadinessSignals::engagementGaps expects. Largest gap first, then name.
QList<StakeholderSignal> engagementGapSignals(const QList<Stakeholder> &stakeholders,
                                              const RuleThresholds &thresholds = {});
// Stakeholders below their target, largest gap first (resource persons first among equal gaps, then name);
// at most maxCount (all when maxCount < 0).
QList<Stakeholder> largestGaps(const QList<Stakeholder> &stakeholders, int maxCount = -1);
// Planned items dated from asOf through asOf + weeks*7 days, by date.
QList<CommunicationItem> communicationDue(const QList<CommunicationItem> &items, const QDate &asOf, int weeks);
// Planned items dated before asOf, oldest first.
QList<CommunicationItem> overdueCommunication(const QList<CommunicationItem> &items, const QDate &asOf);
// Stakeholders whose next contact date has passed, oldest first.
QList<Stakeholder> overdueContacts(const QList<Stakeholder> &stakeholders, const QDate &asOf);

} // namespace parat
