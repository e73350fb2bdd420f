#pragma once

#include <QString>
#include <QtGlobal>

// Damage SQLite finds while running any statement (SQLITE_CORRUPT, SQLITE_NOTADB) reaches the caller only as
// a failed step, which Qt SQL turns into a query that simply ends early: a read would look complete. SQLite's
// error log sees every such event, whichever statement met it; Database compares the count before and after
// to stop writing to a damaged file.
namespace parat::sqlitehealth {

// Installs the error log. Must run before SQLite is first used (Database does it at start-up).
void install();
// Number of damage events logged so far in this process (outside ExpectDamage scopes).
quint64 damageEvents();
// SQLite's text for the last damage event ("database corruption at line ...").
QString lastDamage();

// While one exists on this thread, damage is expected (checking a file that may be damaged) and not counted.
class ExpectDamage
{
public:
    ExpectDamage();
    ~ExpectDamage();
    ExpectDamage(const ExpectDamage &) = delete;
    ExpectDamage &operator=(const ExpectDamage &) = delete;
};

} // namespace parat::sqlitehealth
