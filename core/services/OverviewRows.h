#pragma once

#include "planning/Overview.h"

namespace parat {

class Database;

// One row per municipality, ordered by code. Reads everything in a few queries (OverviewRepository).
QList<MunicipalityRow> overviewRows(Database &db, const QDate &asOf);

} // namespace parat
