#include "planning/Signals.h"

#include "planning/Capacity.h"
#include "planning/StakeholderSignals.h"
#include "storage/AllocationRepository.h"
#include "storage/MunicipalityRepository.h"
#include "storage/PersonRepository.h"

namespace parat {

ReadinessSignals readinessSignals(Database &db, Id municipalityId, const QDate &asOf)
{
    ReadinessSignals signalsOut;
    signalsOut.engagementGaps = stakeholderReadinessSignals(db, municipalityId).engagementGaps;
    signalsOut.overAllocations = capacitySignals(db, municipalityId, asOf).overAllocations;
    return signalsOut;
}

QHash<Id, ReadinessSignals> readinessSignalsForAll(Database &db, const QDate &asOf,
                                                   const QHash<Id, QList<PlannedTask>> &tasks)
{
    QHash<Id, ReadinessSignals> all;
    const QList<Municipality> municipalities = MunicipalityRepository(db).all();
    PersonRepository people(db);
    AllocationRepository allocations(db);
    const CapacityOptions options;
    for (const Municipality &municipality : municipalities) {
        ReadinessSignals signalsOut;
        signalsOut.engagementGaps = stakeholderReadinessSignals(db, municipality.id).engagementGaps;
        CapacityInput input;
        input.goLive = municipality.goLive;
        input.tasks = tasks.value(municipality.id);
        input.people = people.forMunicipality(municipality.id);
        input.details = people.superuserDetailsFor(municipality.id);
        input.allocations = allocations.forMunicipality(municipality.id);
        signalsOut.overAllocations
            = overAllocations(computeCapacity(input, asOf, options), asOf, options.lookaheadWeeks);
        all.insert(municipality.id, signalsOut);
    }
    return all;
}

} // namespace parat
