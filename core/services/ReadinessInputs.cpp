#include "services/ReadinessInputs.h"

#include "planning/Capacity.h"
#include "services/CapacityLoader.h"
#include "services/StakeholderReport.h"
#include "storage/DecisionRepository.h"
#include "storage/MunicipalityRepository.h"
#include "storage/RiskRepository.h"
#include "storage/StakeholderRepository.h"

namespace parat {

ReadinessSignals readinessSignals(Database &db, Id municipalityId, const QDate &asOf)
{
    ReadinessSignals signalsOut;
    signalsOut.engagementGaps = stakeholderReadinessSignals(db, municipalityId).engagementGaps;
    signalsOut.overAllocations = capacitySignals(db, municipalityId, asOf).overAllocations;
    signalsOut.risks = RiskRepository(db).forMunicipality(municipalityId);
    signalsOut.decisions = DecisionRepository(db).forMunicipality(municipalityId);
    return signalsOut;
}

ReadinessSignals readinessSignals(Database &db, Id municipalityId, const QDate &asOf, const QList<PlannedTask> &tasks)
{
    ReadinessSignals signalsOut;
    signalsOut.engagementGaps = stakeholderReadinessSignals(db, municipalityId).engagementGaps;
    signalsOut.overAllocations = capacitySignals(db, municipalityId, tasks, asOf).overAllocations;
    signalsOut.risks = RiskRepository(db).forMunicipality(municipalityId);
    signalsOut.decisions = DecisionRepository(db).forMunicipality(municipalityId);
    return signalsOut;
}

QHash<Id, ReadinessSignals> readinessSignalsForAll(Database &db, const QDate &asOf,
                                                   const QHash<Id, QList<PlannedTask>> &tasks)
{
    // One query per kind of row for all municipalities (not three per municipality), and for capacity only the
    // look-ahead weeks the light reads (under a CapacityInputReuse the weeks of the warnings, counted once for the
    // overview report: lookaheadSignals).
    QHash<Id, ReadinessSignals> all;
    const QList<Municipality> municipalities = MunicipalityRepository(db).all();
    const QHash<Id, CapacityInput> inputs = capacityInputsForAll(db, municipalities, tasks);
    // Only the engagement of each stakeholder, in id order: engagementGapSignals orders the few it picks (by gap, then
    // name) and picks the same as from the full lists ordered by name.
    const QHash<Id, QList<Stakeholder>> stakeholders = StakeholderRepository(db).engagementByMunicipality();
    const QHash<Id, QList<Risk>> risks = RiskRepository(db).byMunicipality();
    const QHash<Id, QList<Decision>> decisions = DecisionRepository(db).byMunicipality();
    for (const Municipality &municipality : municipalities) {
        ReadinessSignals signalsOut;
        signalsOut.engagementGaps = engagementGapSignals(stakeholders.value(municipality.id));
        signalsOut.overAllocations = lookaheadSignals(db, municipality.id, inputs.value(municipality.id), asOf);
        signalsOut.risks = risks.value(municipality.id);
        signalsOut.decisions = decisions.value(municipality.id);
        all.insert(municipality.id, signalsOut);
    }
    return all;
}

} // namespace parat
