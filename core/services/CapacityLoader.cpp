#include "services/CapacityLoader.h"

#include "storage/AllocationRepository.h"
#include "storage/CalendarRepository.h"
#include "storage/MunicipalityRepository.h"
#include "storage/OverviewRepository.h"
#include "storage/PersonRepository.h"
#include "storage/TaskRepository.h"

#include <QHash>

#include <memory>

namespace parat {

namespace {

// The inputs read under the thread's outermost CapacityInputReuse, by database and municipality.
using ReusedInputs = QHash<QPair<const Database *, Id>, CapacityInput>;
thread_local std::unique_ptr<ReusedInputs> t_reused;

// The capacity input read now, with the tasks read by the caller (nullptr: read them here).
CapacityInput readCapacityInput(Database &db, Id municipalityId, const QList<PlannedTask> *tasks,
                                const QString &language)
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

CapacityInputReuse::CapacityInputReuse()
{
    if (!t_reused) {
        t_reused = std::make_unique<ReusedInputs>();
        m_owner = true;
    }
}

CapacityInputReuse::~CapacityInputReuse()
{
    if (m_owner)
        t_reused.reset();
}

void CapacityInputReuse::readAll(Database &db)
{
    if (!t_reused)
        return;
    const QHash<Id, QList<PlannedTask>> tasks = OverviewRepository(db).plannedTasksForAll();
    const QList<Municipality> municipalities = MunicipalityRepository(db).all();
    const QHash<Id, CapacityInput> inputs = capacityInputsForAll(db, municipalities, tasks);
    const CalendarRepository calendar(db);
    for (const Municipality &municipality : municipalities) {
        CapacityInput input = inputs.value(municipality.id);
        input.schoolHolidays = calendar.schoolHolidays(municipality.id);
        t_reused->insert({&db, municipality.id}, input);
    }
}

QHash<Id, CapacityInput> capacityInputsForAll(Database &db, const QList<Municipality> &municipalities,
                                              const QHash<Id, QList<PlannedTask>> &tasks)
{
    const PersonRepository people(db);
    const QHash<Id, QList<Person>> persons = people.byMunicipality();
    const QHash<Id, QHash<Id, SuperuserDetails>> details = people.superuserDetailsByMunicipality();
    const QHash<Id, QList<Allocation>> allocations = AllocationRepository(db).byMunicipality();
    QHash<Id, CapacityInput> inputs;
    for (const Municipality &municipality : municipalities) {
        CapacityInput input;
        input.goLive = municipality.goLive;
        input.tasks = tasks.value(municipality.id);
        input.people = persons.value(municipality.id);
        input.details = details.value(municipality.id);
        input.allocations = allocations.value(municipality.id);
        inputs.insert(municipality.id, input);
    }
    return inputs;
}

CapacityInput loadCapacityInput(Database &db, Id municipalityId, const QString &language)
{
    if (!t_reused)
        return readCapacityInput(db, municipalityId, nullptr, language);
    const QPair<const Database *, Id> key(&db, municipalityId);
    auto found = t_reused->constFind(key);
    if (found == t_reused->constEnd())
        found = t_reused->insert(key, readCapacityInput(db, municipalityId, nullptr, QString()));
    CapacityInput input = *found;
    input.language = language;
    return input;
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
    return signalsFrom(loadCapacityInput(db, municipalityId, QString()), municipalityId, asOf, options);
}

ReadinessSignals capacitySignals(Database &db, Id municipalityId, const QList<PlannedTask> &tasks, const QDate &asOf,
                                 const CapacityOptions &options)
{
    // Under a CapacityInputReuse the input read once for the report is used, as for every other section.
    const CapacityInput input = t_reused ? loadCapacityInput(db, municipalityId, QString())
                                         : readCapacityInput(db, municipalityId, &tasks, QString());
    return signalsFrom(input, municipalityId, asOf, options);
}

} // namespace parat
