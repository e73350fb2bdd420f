#pragma once

#include "domain/Types.h"

#include <QHash>
#include <QList>

namespace parat {

class Database;

// Bulk reads for the cross-municipality overview: every municipality's planned tasks at once, in a fixed
// number of queries (municipalities, handbook tasks, local tasks, stored states) instead of one query of
// ~300 rows per municipality.
class OverviewRepository
{
public:
    explicit OverviewRepository(Database &db)
        : m_db(db)
    { }

    // For each municipality id: exactly what TaskRepository::plannedTasks(id, includeWithdrawn) returns
    // (same tasks, states, resolved dates and order). Municipalities without tasks map to an empty list.
    QHash<Id, QList<PlannedTask>> plannedTasksForAll(bool includeWithdrawn = false) const;

private:
    Database &m_db;
};

} // namespace parat
