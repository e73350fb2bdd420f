#pragma once

#include "domain/Types.h"

#include <QDate>

namespace parat {

class Database;

// Adds a believable risk log (seven DUBU risks: data conversion, superusers without time at go-live, the ESDH
// integration, MED not involved, ...) and decision log (four questions for the steering group, one of them
// past its date) to the municipality, dated around asOf. Owners are taken from the municipality's people by
// role, task keys only where the handbook has them. Deterministic for a date. One transaction: on failure
// nothing is added and *error says why.
bool addDemoRiskLog(Database &db, const Municipality &municipality, const QDate &asOf, QString *error);

} // namespace parat
