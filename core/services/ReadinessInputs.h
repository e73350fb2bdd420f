#pragma once

#include "domain/Types.h"
#include "planning/Readiness.h"

#include <QHash>

namespace parat {

class Database;

// Everything beyond the tasks that feeds the traffic light, gathered in one place so the overview, the
// cross-municipality table and the report show the same light: stakeholders (a Ressourceperson 2+ steps below
// target engagement), capacity (over-allocation in the next weeks), and the risk and decision logs.
ReadinessSignals readinessSignals(Database &db, Id municipalityId, const QDate &asOf);
// The same, reusing the municipality's tasks already read (TaskRepository::plannedTasks(municipalityId)): the overview
// has them anyway, and reading them twice cost the window's start-up as much as a third of a large plan's overview.
ReadinessSignals readinessSignals(Database &db, Id municipalityId, const QDate &asOf, const QList<PlannedTask> &tasks);
// For every municipality, reusing tasks already loaded in bulk (OverviewRepository::plannedTasksForAll), so the
// cross-municipality table does not read every municipality's tasks a second time.
QHash<Id, ReadinessSignals> readinessSignalsForAll(Database &db, const QDate &asOf,
                                                   const QHash<Id, QList<PlannedTask>> &tasks);

} // namespace parat
