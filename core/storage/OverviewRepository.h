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

    // Whether the states' texts (reason and note) are read: the overview's numbers, traffic lights and capacity read
    // none of them, and they are half of what reading 300 states for each of 98 municipalities costs.
    enum class StateTexts
    {
        Read,
        Skip // reason and note left empty
    };

    // For each municipality id: exactly what TaskRepository::plannedTasks(id, includeWithdrawn) returns
    // (same tasks, states, resolved dates and order), with StateTexts::Skip the states' reason and note empty.
    // Municipalities without tasks map to an empty list.
    QHash<Id, QList<PlannedTask>> plannedTasksForAll(bool includeWithdrawn = false,
                                                     StateTexts texts = StateTexts::Read) const;

private:
    Database &m_db;
};

} // namespace parat
