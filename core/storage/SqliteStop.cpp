#include "SqliteStop.h"

#include <sqlite3.h>

namespace parat::storage {

void SqliteStop::request()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    stop.store(true);
    if (m_connection)
        sqlite3_interrupt(m_connection);
}

bool SqliteStop::attach(sqlite3 *db)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (stop.load())
        return false;
    m_connection = db;
    return true;
}

void SqliteStop::detach()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_connection = nullptr;
}

} // namespace parat::storage
