#include "services/GoLiveReadinessLoader.h"

#include "services/CapacityLoader.h"
#include "storage/CommunicationRepository.h"
#include "storage/GoLiveRepository.h"
#include "storage/RiskRepository.h"
#include "storage/StakeholderRepository.h"

namespace parat {

GoLiveInputs loadGoLiveInputs(Database &db, Id municipalityId, const QDate &asOf, const QString &language)
{
    const CapacityInput capacity = loadCapacityInput(db, municipalityId, language);
    GoLiveInputs inputs;
    inputs.goLive = capacity.goLive;
    inputs.tasks = capacity.tasks;
    inputs.people = capacity.people;
    inputs.details = capacity.details;
    inputs.language = language;
    // The full grid: it spans go-live - 40 to + 8 weeks, so the go-live weeks are always in it.
    inputs.capacity = computeCapacity(capacity, asOf);
    inputs.capacity.municipalityId = municipalityId;
    inputs.stakeholders = StakeholderRepository(db).forMunicipality(municipalityId);
    inputs.communication = CommunicationRepository(db).forMunicipality(municipalityId);
    inputs.risks = RiskRepository(db).forMunicipality(municipalityId);
    return inputs;
}

GoLiveReadinessResult loadGoLiveReadiness(Database &db, Id municipalityId, const QDate &asOf, const QString &language,
                                          const GoLiveThresholds &thresholds)
{
    return evaluateGoLiveReadiness(GoLiveRepository(db).criteria(municipalityId),
                                   loadGoLiveInputs(db, municipalityId, asOf, language), asOf, thresholds);
}

} // namespace parat
