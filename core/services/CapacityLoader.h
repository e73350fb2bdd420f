#pragma once

#include "domain/Stakeholder.h"
#include "planning/Capacity.h"

#include <any>

namespace parat {

class Database;

// Reads what planning/Capacity computes over: a municipality's tasks, people, superuser details and
// allocations.

// Reads the municipality's tasks, people, details and allocations and computes.
CapacityInput loadCapacityInput(Database &db, Id municipalityId, const QString &language = QString());
// While one lives on a thread, loadCapacityInput() reads each municipality's input from a database once and hands out
// copies (the language set as asked): for one piece of work that reads the same unchanging data several times, such
// as gathering a status report (its light, sections and go-live checks each read the capacity input). Nested ones
// share the outermost. Never keep one across edits.
class CapacityInputReuse
{
public:
    CapacityInputReuse();
    ~CapacityInputReuse();
    CapacityInputReuse(const CapacityInputReuse &) = delete;
    CapacityInputReuse &operator=(const CapacityInputReuse &) = delete;

    // Reads every municipality's input in a few queries (one per kind of row, not one set per municipality) for the
    // loadCapacityInput() calls that follow, as the overview of all municipalities needs them: inputs capacity computes
    // the same from as from one by one (capacityInputsForAll). Nothing to do when a bulk read under this reuse has kept
    // them already (capacityInputsForAll, as overviewRows does for the traffic lights).
    void readAll(Database &db);

    // Keeps the municipality's input read now with the tasks the caller has read already
    // (TaskRepository::plannedTasks(municipalityId): without the withdrawn ones, in plannedBefore's order), for the
    // loadCapacityInput() calls that follow; nothing when one is kept already. A status report passes its own list.
    void readWith(Database &db, Id municipalityId, const QList<PlannedTask> &tasks);

    // Room for another loader to keep what it read for the same piece of work, freed with the outermost reuse on this
    // thread (nullptr when none lives). GoLiveReadinessLoader keeps the go-live inputs here.
    static std::any *kept();

private:
    bool m_owner = false;
};

// The municipality's people (PersonRepository::forMunicipality) and stakeholders
// (StakeholderRepository::forMunicipality). Under a CapacityInputReuse each is read once for the piece of work (the
// people with the capacity input when it is read alone: readWith, loadCapacityInput) and handed out again: a status
// report's names, sections, light and go-live checks each read them. Otherwise read now.
QList<Person> loadPeople(Database &db, Id municipalityId);
QList<Stakeholder> loadStakeholders(Database &db, Id municipalityId);
// What the engagement gaps of the light need of the municipality's stakeholders: under a CapacityInputReuse the full
// list loadStakeholders() keeps for the piece of work; otherwise only their engagement, in id order
// (StakeholderRepository::engagementForMunicipality: the window's overview, before its first paint).
QList<Stakeholder> loadStakeholderEngagement(Database &db, Id municipalityId);

// Every municipality's input read in a few queries (one per kind of row), with their tasks as given; without language,
// and of the allocations only what capacity reads (AllocationRepository::hoursByMunicipality: no approval or note).
// Under a CapacityInputReuse they are kept for the loadCapacityInput() calls that follow, which compute capacity.
QHash<Id, CapacityInput> capacityInputsForAll(Database &db, const QList<Municipality> &municipalities,
                                              const QHash<Id, QList<PlannedTask>> &tasks);

CapacityPlan loadCapacity(Database &db, Id municipalityId, const QDate &asOf, const QString &language = QString(),
                          const CapacityOptions &options = {});

// How many warnings the municipality's capacity plan has as of asOf: loadCapacity(...).warnings.size(), computed over
// the weeks the warnings look at only and without their sentences (CapacityOptions::warningsOnly, warningTexts).
int capacityWarningCount(Database &db, Id municipalityId, const QDate &asOf);

// The light's over-allocations (CapacityOptions::lookaheadWeeks from the as-of week) of a municipality's input, as
// overAllocations() of its plan gives them. Computed over the look-ahead weeks only; under a CapacityInputReuse over
// the weeks the warnings look at instead (CapacityOptions::warningsOnly, without sentences), which begin with the same
// cells, and the number of warnings is kept for capacityWarningCount(db, municipalityId, asOf) as long as the reuse
// lives: the overview report computes each municipality's grid once for its light and its count of warnings. The input
// must be what loadCapacityInput(db, municipalityId) gives under that reuse.
QList<CapacitySignal> lookaheadSignals(Database &db, Id municipalityId, const CapacityInput &input, const QDate &asOf);

// The capacity part of the traffic light's inputs for a municipality (engagementGaps left empty).
ReadinessSignals capacitySignals(Database &db, Id municipalityId, const QDate &asOf,
                                 const CapacityOptions &options = {});
// The same with the municipality's planned tasks already read (TaskRepository::plannedTasks(municipalityId)).
ReadinessSignals capacitySignals(Database &db, Id municipalityId, const QList<PlannedTask> &tasks, const QDate &asOf,
                                 const CapacityOptions &options = {});

} // namespace parat
