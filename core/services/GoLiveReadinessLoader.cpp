#include "services/GoLiveReadinessLoader.h"

#include "services/CapacityLoader.h"
#include "storage/CommunicationRepository.h"
#include "storage/GoLiveRepository.h"
#include "storage/RiskRepository.h"

namespace parat {

namespace {

// Under a CapacityInputReuse the inputs of the last call, for the next call with the same arguments in the same piece
// of work (a status report reads them for its go-live section and for the light's go-live dimension).
struct KeptInputs
{
    const Database *db = nullptr;
    Id municipalityId = 0;
    QDate asOf;
    QString language;
    GoLiveInputs inputs;
};

GoLiveInputs readGoLiveInputs(Database &db, Id municipalityId, const QDate &asOf, const QString &language)
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
    inputs.stakeholders = loadStakeholders(db, municipalityId);
    inputs.communication = CommunicationRepository(db).forMunicipality(municipalityId);
    inputs.risks = RiskRepository(db).forMunicipality(municipalityId);
    return inputs;
}

} // namespace

GoLiveInputs loadGoLiveInputs(Database &db, Id municipalityId, const QDate &asOf, const QString &language)
{
    std::any *const kept = CapacityInputReuse::kept();
    if (!kept)
        return readGoLiveInputs(db, municipalityId, asOf, language);
    const KeptInputs *last = std::any_cast<KeptInputs>(kept);
    if (!last || last->db != &db || last->municipalityId != municipalityId || last->asOf != asOf
        || last->language != language) {
        *kept = KeptInputs {&db, municipalityId, asOf, language, readGoLiveInputs(db, municipalityId, asOf, language)};
        last = std::any_cast<KeptInputs>(kept);
    }
    return last->inputs;
}

GoLiveReadinessResult loadGoLiveReadiness(Database &db, Id municipalityId, const QDate &asOf, const QString &language,
                                          const GoLiveThresholds &thresholds)
{
    return evaluateGoLiveReadiness(GoLiveRepository(db).criteria(municipalityId),
                                   loadGoLiveInputs(db, municipalityId, asOf, language), asOf, thresholds);
}

} // namespace parat
