#include "planning/Signals.h"

#include "planning/StakeholderSignals.h"
#include "storage/MunicipalityRepository.h"

namespace parat {

ReadinessSignals readinessSignals(Database &db, Id municipalityId, const QDate &asOf)
{
    Q_UNUSED(asOf)
    ReadinessSignals signalsOut;
    signalsOut.engagementGaps = stakeholderReadinessSignals(db, municipalityId).engagementGaps;
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
