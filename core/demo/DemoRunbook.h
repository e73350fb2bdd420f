#pragma once

#include "domain/Types.h"

namespace parat {

class Database;

// Adds the default cutover runbook to the municipality with owners and contacts taken from its people (by role)
// and one first-day support step per unit that has superusers, naming them. Deterministic. On failure nothing is
// added and *error says why.
bool addDemoRunbook(Database &db, const Municipality &municipality, QString *error);

} // namespace parat
