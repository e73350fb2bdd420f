#pragma once

#include <atomic>
#include <mutex>

struct sqlite3;

namespace parat::storage {

// How Database::close() stops work a worker thread does on a connection of its own: the background integrity check
// and the daily restore point (storage/Database.cpp). A progress handler ends a statement between steps, but some
// steps are long (the walk over every page of the file's B-trees is one step in SQLite 3.40); sqlite3_interrupt()
// ends those at their next page. The connection is only interrupted while attached: it is set and cleared under the
// mutex, and request() interrupts under it.
class SqliteStop
{
public:
    // Asks the work to stop, and interrupts the statement of the attached connection.
    void request();
    bool requested() const { return stop.load(); }
    // False when the work is to stop before it starts (then nothing is attached).
    bool attach(sqlite3 *db);
    void detach();

    std::atomic<bool> stop {false};

private:
    std::mutex m_mutex;
    sqlite3 *m_connection = nullptr;
};

} // namespace parat::storage
