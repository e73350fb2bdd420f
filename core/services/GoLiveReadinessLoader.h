#pragma once

#include "planning/GoLiveReadiness.h"

namespace parat {

class Database;

// Reads what planning/GoLiveReadiness measures (tasks, people and their superuser details, the capacity plan,
// stakeholders, communication and risks) through the existing loaders and repositories, and evaluates the
// municipality's criteria. The window, the report, the decision paper and `parat readiness` all come here.
// Under a CapacityInputReuse (a status report's gathering) the inputs read for one municipality, date and language are
// kept for the next call with the same arguments on the same thread while that reuse lives.
GoLiveInputs loadGoLiveInputs(Database &db, Id municipalityId, const QDate &asOf, const QString &language = QString());
GoLiveReadinessResult loadGoLiveReadiness(Database &db, Id municipalityId, const QDate &asOf,
                                          const QString &language = QString(), const GoLiveThresholds &thresholds = {});

} // namespace parat
