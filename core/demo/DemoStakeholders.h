#pragma once

#include "domain/Types.h"

#include <QDate>

namespace parat {

class Database;

// Adds a believable stakeholder map (about 20 stakeholders in every quadrant, internal and external, with
// engagement gaps) and a communication plan of about ten items dated around asOf to the municipality.
// Owners, senders and responsibles are taken from the municipality's people by role (project leader, leaders
// with staff responsibility, communication); missing roles leave the field empty. Deterministic for a date.
// One transaction: on failure nothing is added and *error says why.
bool addDemoStakeholders(Database &db, const Municipality &municipality, const QDate &asOf, QString *error);

} // namespace parat
