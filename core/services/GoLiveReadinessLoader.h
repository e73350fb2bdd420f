#pragma once

#include "planning/GoLiveReadiness.h"

namespace parat {

class Database;

// Reads what planning/GoLiveReadiness measures (tasks, people and their superuser details, the capacity plan,
// stakeholders, communication and risks) through the existing loaders and repositories, and evaluates the
// municipality's criteria. The window, the report, the decision paper and `parat readiness` all come here.
GoLiveInputs loadGoLiveInputs(Database &db, Id municipalityId, const QDate &asOf, const QString &language = QString());
GoLiveReadinessResult loadGoLiveReadiness(Database &db, Id municipalityId, const QDate &asOf,
                                          const QString &language = QString(), const GoLiveThresholds &thresholds = {});

} // namespace parat
