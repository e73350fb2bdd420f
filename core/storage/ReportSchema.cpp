#include <QStringList>

namespace parat {

// Migration 4: status report texts, manual light overrides and report snapshots. Released migrations are never
// edited; add a new one instead.
//
// report_note: what the project leader writes for one municipality's report of one date (the three short texts,
// risks and decisions for the steering group as lines of text, and an optional manual light with its reason).
// report_snapshot: one row per export. taken_at and last_event_id mark the point in task_event after which
// changes belong to the next report ("since last report").
QStringList reportMigration()
{
    return {
        QStringLiteral(R"(CREATE TABLE report_note (
            id INTEGER PRIMARY KEY,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
            report_date TEXT NOT NULL,
            since_last TEXT NOT NULL DEFAULT '',
            next_period TEXT NOT NULL DEFAULT '',
            main_problem TEXT NOT NULL DEFAULT '',
            risks TEXT NOT NULL DEFAULT '',
            decisions TEXT NOT NULL DEFAULT '',
            light_override TEXT CHECK (light_override IN ('green', 'yellow', 'red')),
            override_reason TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            CHECK (light_override IS NULL OR length(trim(override_reason)) > 0),
            UNIQUE (municipality_id, report_date)))"),
        QStringLiteral(R"(CREATE TABLE report_snapshot (
            id INTEGER PRIMARY KEY,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
            taken_at TEXT NOT NULL,
            last_event_id INTEGER NOT NULL DEFAULT 0,
            report_date TEXT NOT NULL,
            as_of TEXT NOT NULL,
            light TEXT NOT NULL CHECK (light IN ('green', 'yellow', 'red')),
            overridden INTEGER NOT NULL DEFAULT 0,
            progress REAL NOT NULL DEFAULT 0,
            planned REAL NOT NULL DEFAULT 0,
            overdue INTEGER NOT NULL DEFAULT 0,
            format TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX report_snapshot_time ON report_snapshot(municipality_id, taken_at, id)"),
    };
}

} // namespace parat
