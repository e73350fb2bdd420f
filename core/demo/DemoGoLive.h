#pragma once

#include "domain/Types.h"

#include <QDate>

namespace parat {

class Database;

// Adds the default go-live criteria to the municipality with a believable state some weeks before go-live: owners
// by role, evidence on what is done, one criterion marked not relevant with its reason, and the go/no-go meeting
// planned a week before go-live (not decided yet). Deterministic for a date. One transaction: on failure nothing
// is added and *error says why.
bool addDemoGoLive(Database &db, const Municipality &municipality, const QDate &asOf, QString *error);

} // namespace parat
