#include "planning/StakeholderSignals.h"

#include <algorithm>

namespace parat {

namespace {

bool byGap(const Stakeholder &a, const Stakeholder &b)
{
    const int gapA = engagementGap(a);
    const int gapB = engagementGap(b);
    if (gapA != gapB)
        return gapA > gapB;
    const bool resourceA = quadrantOf(a) == Quadrant::ManageClosely;
    const bool resourceB = quadrantOf(b) == Quadrant::ManageClosely;
    if (resourceA != resourceB)
        return resourceA;
    return a.name.localeAwareCompare(b.name) < 0;
}

bool byDate(const CommunicationItem &a, const CommunicationItem &b)
{
    if (a.plannedOn != b.plannedOn)
        return a.plannedOn < b.plannedOn;
    return a.id < b.id;
}

} // namespace

QList<StakeholderSignal> engagementGapSignals(const QList<Stakeholder> &stakeholders, const RuleThresholds &thresholds)
{
    QList<Stakeholder> gaps;
    for (const Stakeholder &stakeholder : stakeholders) {
        if (quadrantOf(stakeholder) == Quadrant::ManageClosely
            && engagementGap(stakeholder) >= thresholds.engagementGapSteps)
            gaps.append(stakeholder);
    }
    std::stable_sort(gaps.begin(), gaps.end(), byGap);
    QList<StakeholderSignal> result;
    for (const Stakeholder &stakeholder : std::as_const(gaps))
        result.append(StakeholderSignal {stakeholder.id, stakeholder.name, true, engagementGap(stakeholder)});
    return result;
}

QList<Stakeholder> largestGaps(const QList<Stakeholder> &stakeholders, int maxCount)
{
    QList<Stakeholder> result;
    for (const Stakeholder &stakeholder : stakeholders) {
        if (engagementGap(stakeholder) > 0)
            result.append(stakeholder);
    }
    std::stable_sort(result.begin(), result.end(), byGap);
    if (maxCount >= 0 && result.size() > maxCount)
        result.resize(maxCount);
    return result;
}

QList<CommunicationItem> communicationDue(const QList<CommunicationItem> &items, const QDate &asOf, int weeks)
{
    QList<CommunicationItem> result;
    for (const CommunicationItem &item : items) {
        if (communicationDueWithin(item, asOf, weeks * 7))
            result.append(item);
    }
    std::stable_sort(result.begin(), result.end(), byDate);
    return result;
}

QList<CommunicationItem> overdueCommunication(const QList<CommunicationItem> &items, const QDate &asOf)
{
    QList<CommunicationItem> result;
    for (const CommunicationItem &item : items) {
        if (communicationOverdue(item, asOf))
            result.append(item);
    }
    std::stable_sort(result.begin(), result.end(), byDate);
    return result;
}

QList<Stakeholder> overdueContacts(const QList<Stakeholder> &stakeholders, const QDate &asOf)
{
    QList<Stakeholder> result;
    for (const Stakeholder &stakeholder : stakeholders) {
        if (contactOverdue(stakeholder, asOf))
            result.append(stakeholder);
    }
    std::stable_sort(result.begin(), result.end(), [](const Stakeholder &a, const Stakeholder &b) {
        return a.nextContact != b.nextContact ? a.nextContact < b.nextContact : a.name.localeAwareCompare(b.name) < 0;
    });
    return result;
}

} // namespace parat
