#include <QStringList>

namespace parat {

// Migration 5: a municipality's school-holiday weeks (docs/calendar.md). Released migrations are never edited;
// add a new one instead. A municipality without a row has the default weeks, so existing files need no rows.
QStringList calendarMigration()
{
    return {
        QStringLiteral(R"(CREATE TABLE school_holidays (
            municipality_id INTEGER PRIMARY KEY REFERENCES municipality(id) ON DELETE CASCADE,
            winter_week INTEGER NOT NULL CHECK (winter_week BETWEEN 1 AND 53),
            autumn_week INTEGER NOT NULL CHECK (autumn_week BETWEEN 1 AND 53),
            summer_from INTEGER NOT NULL CHECK (summer_from BETWEEN 1 AND 53),
            summer_to INTEGER NOT NULL CHECK (summer_to BETWEEN summer_from AND 53)))"),
    };
}

} // namespace parat
