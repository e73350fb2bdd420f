#pragma once

#include "planning/Capacity.h"

namespace parat {

class Database;

// Reads what planning/Capacity computes over: a municipality's tasks, people, superuser details and
// allocations.

// Reads the municipality's tasks, people, details and allocations and computes.
CapacityInput loadCapacityInput(Database &db, Id municipalityId, const QString &language = QString());
CapacityPlan loadCapacity(Database &db, Id municipalityId, const QDate &asOf, const QString &language = QString(),
                          const CapacityOptions &options = {});

// The capacity part of the traffic light's inputs for a municipality (engagementGaps left empty).
ReadinessSignals capacitySignals(Database &db, Id municipalityId, const QDate &asOf,
                                 const CapacityOptions &options = {});
// The same with the municipality's planned tasks already read (TaskRepository::plannedTasks(municipalityId)).
ReadinessSignals capacitySignals(Database &db, Id municipalityId, const QList<PlannedTask> &tasks, const QDate &asOf,
                                 const CapacityOptions &options = {});

} // namespace parat
