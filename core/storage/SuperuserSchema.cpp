#include <QStringList>

namespace parat {

// Migration 3: superuser details of people and their time allocations. Released migrations are never edited;
// add a new one instead.
//
// Allocation periods are stored as ISO week keys (isoYear * 100 + week, Calendar.h), both ends included;
// hours are per week. approved_by names a person of the municipality (SET NULL when they are removed) and/or a
// free-text name (a manager outside the people list); approved_on is an ISO date.
QStringList superuserMigration()
{
    return {
        QStringLiteral("ALTER TABLE person ADD COLUMN team TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE person ADD COLUMN caseworkers_covered INTEGER NOT NULL DEFAULT 0 "
                       "CHECK (caseworkers_covered >= 0)"),
        QStringLiteral("ALTER TABLE person ADD COLUMN appointed_on TEXT"),
        QStringLiteral("ALTER TABLE person ADD COLUMN trained_on TEXT"),
        QStringLiteral("ALTER TABLE person ADD COLUMN active_until TEXT"),
        QStringLiteral(R"(CREATE TABLE allocation (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            from_week INTEGER NOT NULL,
            to_week INTEGER NOT NULL,
            hours_per_week REAL NOT NULL CHECK (hours_per_week >= 0),
            approved_by_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
            approved_by TEXT NOT NULL DEFAULT '',
            approved_on TEXT,
            note TEXT NOT NULL DEFAULT '',
            CHECK (to_week >= from_week)))"),
        QStringLiteral("CREATE INDEX allocation_person ON allocation(person_id, from_week)"),
        QStringLiteral("CREATE INDEX allocation_approver ON allocation(approved_by_id)"),
    };
}

} // namespace parat
