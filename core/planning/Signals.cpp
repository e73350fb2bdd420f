#include "planning/Signals.h"

#include "planning/Capacity.h"
#include "planning/StakeholderSignals.h"
#include "storage/MunicipalityRepository.h"

namespace parat {

ReadinessSignals readinessSignals(Database &db, Id municipalityId, const QDate &asOf)
{
    ReadinessSignals signalsOut;
    signalsOut.engagementGaps = stakeholderReadinessSignals(db, municipalityId).engagementGaps;
    signalsOut.overAllocations = capacitySignals(db, municipalityId, asOf).overAllocations;
    return signalsOut;
}

QHash<Id, ReadinessSignals> readinessSignalsForAll(Database &db, const QDate &asOf)
{
    QHash<Id, ReadinessSignals> all;
    const QList<Municipality> municipalities = MunicipalityRepository(db).all();
    for (const Municipality &municipality : municipalities)
        all.insert(municipality.id, readinessSignals(db, municipality.id, asOf));
    return all;
}

} // namespace parat
