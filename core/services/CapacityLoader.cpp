#include "services/CapacityLoader.h"

#include "storage/AllocationRepository.h"
#include "storage/CalendarRepository.h"
#include "storage/MunicipalityRepository.h"
#include "storage/PersonRepository.h"
#include "storage/TaskRepository.h"

namespace parat {

namespace {

// loadCapacityInput() with the tasks read by the caller (nullptr: read them here).
CapacityInput loadInput(Database &db, Id municipalityId, const QList<PlannedTask> *tasks, const QString &language)
{
    CapacityInput input;
    const std::optional<Municipality> municipality = MunicipalityRepository(db).byId(municipalityId);
    if (!municipality)
        return input;
    input.goLive = municipality->goLive;
    input.language = language;
    input.tasks = tasks ? *tasks : TaskRepository(db).plannedTasks(municipalityId);
    PersonRepository people(db);
    input.people = people.forMunicipality(municipalityId);
    input.details = people.superuserDetailsFor(municipalityId);
    input.allocations = AllocationRepository(db).forMunicipality(municipalityId);
    input.schoolHolidays = CalendarRepository(db).schoolHolidays(municipalityId);
    return input;
}

ReadinessSignals signalsFrom(const CapacityInput &input, Id municipalityId, const QDate &asOf,
                             const CapacityOptions &options)
{
    ReadinessSignals signalsOut;
    CapacityOptions window = options;
    window.lookaheadOnly = true;
    CapacityPlan plan = computeCapacity(input, asOf, window);
    plan.municipalityId = municipalityId;
    signalsOut.overAllocations = overAllocations(plan, asOf, window.lookaheadWeeks);
    return signalsOut;
}

} // namespace

CapacityInput loadCapacityInput(Database &db, Id municipalityId, const QString &language)
{
    return loadInput(db, municipalityId, nullptr, language);
}

CapacityPlan loadCapacity(Database &db, Id municipalityId, const QDate &asOf, const QString &language,
                          const CapacityOptions &options)
{
    CapacityPlan plan = computeCapacity(loadCapacityInput(db, municipalityId, language), asOf, options);
    plan.municipalityId = municipalityId;
    return plan;
}

ReadinessSignals capacitySignals(Database &db, Id municipalityId, const QDate &asOf, const CapacityOptions &options)
{
    return signalsFrom(loadInput(db, municipalityId, nullptr, QString()), municipalityId, asOf, options);
}

ReadinessSignals capacitySignals(Database &db, Id municipalityId, const QList<PlannedTask> &tasks, const QDate &asOf,
                                 const CapacityOptions &options)
{
    return signalsFrom(loadInput(db, municipalityId, &tasks, QString()), municipalityId, asOf, options);
}

} // namespace parat
