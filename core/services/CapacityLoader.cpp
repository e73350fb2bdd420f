#include "services/CapacityLoader.h"

#include "storage/AllocationRepository.h"
#include "storage/CalendarRepository.h"
#include "storage/MunicipalityRepository.h"
#include "storage/OverviewRepository.h"
#include "storage/PersonRepository.h"
#include "storage/StakeholderRepository.h"
#include "storage/TaskRepository.h"

#include <QHash>
#include <QSet>

#include <memory>

namespace parat {

namespace {

// The inputs read under the thread's outermost CapacityInputReuse, by database and municipality, and the databases
// whose every municipality is there (a bulk read kept them all).
struct ReusedInputs
{
    QHash<QPair<const Database *, Id>, CapacityInput> inputs;
    QSet<const Database *> complete;
    // The number of warnings of each municipality's plan as of a date, counted where its grid was computed for the
    // light's look-ahead (lookaheadSignals), for capacityWarningCount.
    QHash<QPair<const Database *, Id>, QPair<QDate, int>> warningCounts;
    std::any kept; // CapacityInputReuse::kept()
    // loadPeople and loadStakeholders (the people also of each input read alone; a bulk read's are left out).
    QHash<QPair<const Database *, Id>, QList<Person>> people;
    QHash<QPair<const Database *, Id>, QList<Stakeholder>> stakeholders;
};
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
    window.demandParts = false;
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

void CapacityInputReuse::readWith(Database &db, Id municipalityId, const QList<PlannedTask> &tasks)
{
    if (!t_reused)
        return;
    const QPair<const Database *, Id> key(&db, municipalityId);
    if (!t_reused->inputs.contains(key)) {
        const CapacityInput input = readCapacityInput(db, municipalityId, &tasks, QString());
        t_reused->inputs.insert(key, input);
        if (!t_reused->people.contains(key))
            t_reused->people.insert(key, input.people);
    }
}

std::any *CapacityInputReuse::kept()
{
    return t_reused ? &t_reused->kept : nullptr;
}

void CapacityInputReuse::readAll(Database &db)
{
    if (!t_reused || t_reused->complete.contains(&db))
        return;
    // The bulk read keeps what it read for the calls that follow.
    capacityInputsForAll(db, MunicipalityRepository(db).all(), OverviewRepository(db).plannedTasksForAll());
}

QHash<Id, CapacityInput> capacityInputsForAll(Database &db, const QList<Municipality> &municipalities,
                                              const QHash<Id, QList<PlannedTask>> &tasks)
{
    const PersonRepository people(db);
    const QHash<Id, QList<Person>> persons = people.byMunicipality();
    const QHash<Id, QHash<Id, SuperuserDetails>> details = people.superuserDetailsByMunicipality();
    const QHash<Id, QList<Allocation>> allocations = AllocationRepository(db).hoursByMunicipality();
    const QHash<Id, SchoolHolidayWeeks> schoolHolidays = CalendarRepository(db).storedSchoolHolidays();
    QHash<Id, CapacityInput> inputs;
    for (const Municipality &municipality : municipalities) {
        CapacityInput input;
        input.goLive = municipality.goLive;
        input.tasks = tasks.value(municipality.id);
        input.people = persons.value(municipality.id);
        input.details = details.value(municipality.id);
        input.allocations = allocations.value(municipality.id);
        // As CalendarRepository::schoolHolidays gives them: the stored weeks, else the defaults.
        SchoolHolidayWeeks defaults;
        defaults.id = municipality.id;
        input.schoolHolidays = schoolHolidays.value(municipality.id, defaults);
        inputs.insert(municipality.id, input);
    }
    // Under a CapacityInputReuse the inputs serve the calls that follow (the overview report's capacity warnings read
    // what the overview's traffic lights read, once).
    if (t_reused) {
        for (auto it = inputs.cbegin(); it != inputs.cend(); ++it)
            t_reused->inputs.insert({&db, it.key()}, it.value());
        t_reused->complete.insert(&db);
    }
    return inputs;
}

CapacityInput loadCapacityInput(Database &db, Id municipalityId, const QString &language)
{
    if (!t_reused)
        return readCapacityInput(db, municipalityId, nullptr, language);
    const QPair<const Database *, Id> key(&db, municipalityId);
    auto found = t_reused->inputs.constFind(key);
    if (found == t_reused->inputs.constEnd()) {
        found = t_reused->inputs.insert(key, readCapacityInput(db, municipalityId, nullptr, QString()));
        if (!t_reused->people.contains(key))
            t_reused->people.insert(key, found->people);
    }
    CapacityInput input = *found;
    input.language = language;
    return input;
}

namespace {

// What read() reads for the municipality: kept in `kept` of the live CapacityInputReuse, read once under it.
template<typename T, typename Read>
QList<T> readOnce(QHash<QPair<const Database *, Id>, QList<T>> ReusedInputs::*kept, Database &db, Id municipalityId,
                  const Read &read)
{
    if (!t_reused)
        return read();
    auto &rows = t_reused.get()->*kept;
    const QPair<const Database *, Id> key(&db, municipalityId);
    auto found = rows.constFind(key);
    if (found == rows.constEnd())
        found = rows.insert(key, read());
    return *found;
}

} // namespace

QList<Person> loadPeople(Database &db, Id municipalityId)
{
    return readOnce(&ReusedInputs::people, db, municipalityId,
                    [&] { return PersonRepository(db).forMunicipality(municipalityId); });
}

QList<Stakeholder> loadStakeholders(Database &db, Id municipalityId)
{
    return readOnce(&ReusedInputs::stakeholders, db, municipalityId,
                    [&] { return StakeholderRepository(db).forMunicipality(municipalityId); });
}

QList<Stakeholder> loadStakeholderEngagement(Database &db, Id municipalityId)
{
    return t_reused ? loadStakeholders(db, municipalityId)
                    : StakeholderRepository(db).engagementForMunicipality(municipalityId);
}

CapacityPlan loadCapacity(Database &db, Id municipalityId, const QDate &asOf, const QString &language,
                          const CapacityOptions &options)
{
    CapacityPlan plan = computeCapacity(loadCapacityInput(db, municipalityId, language), asOf, options);
    plan.municipalityId = municipalityId;
    return plan;
}

namespace {

// What capacityWarningCount computes over.
CapacityOptions warningCountOptions()
{
    CapacityOptions options;
    options.warningsOnly = true;
    options.warningTexts = false;
    return options;
}

} // namespace

int capacityWarningCount(Database &db, Id municipalityId, const QDate &asOf)
{
    if (t_reused) {
        // Counted already where the light's look-ahead was computed from the same input (lookaheadSignals).
        const auto counted = t_reused->warningCounts.constFind({&db, municipalityId});
        if (counted != t_reused->warningCounts.constEnd() && counted->first == asOf)
            return counted->second;
    }
    return int(computeCapacity(loadCapacityInput(db, municipalityId), asOf, warningCountOptions()).warnings.size());
}

QList<CapacitySignal> lookaheadSignals(Database &db, Id municipalityId, const CapacityInput &input, const QDate &asOf)
{
    const CapacityOptions defaults;
    if (!t_reused) {
        CapacityOptions window;
        window.lookaheadOnly = true;
        window.demandParts = false;
        return overAllocations(computeCapacity(input, asOf, window), asOf, window.lookaheadWeeks);
    }
    // The weeks the warnings look at begin with the look-ahead's, each cell as the window computes it (the weeks
    // outside the grid have neither demand nor hours): one grid for both.
    const CapacityPlan plan = computeCapacity(input, asOf, warningCountOptions());
    t_reused->warningCounts.insert({&db, municipalityId}, {asOf, int(plan.warnings.size())});
    return overAllocations(plan, asOf, defaults.lookaheadWeeks);
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
