#include <QStringList>

namespace parat {

// Migration 7: go/no-go readiness — the go-live criteria of each municipality, its go/no-go meeting and the
// meeting's conditions. Released migrations are never edited; add a new one instead.
//
// A measured criterion names its rule by code (measure); its status column is then unused, as Parat computes it.
// One meeting per municipality (municipality_id is its key); its conditions are rows of their own, written
// together with it.
QStringList goLiveMigration()
{
    return {
        QStringLiteral(R"(CREATE TABLE golive_criterion (
            id INTEGER PRIMARY KEY,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
            sort_order INTEGER NOT NULL DEFAULT 0,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            measure TEXT NOT NULL DEFAULT '',
            owner_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
            due TEXT,
            evidence TEXT NOT NULL DEFAULT '',
            evidence_link TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'not_met'
                CHECK (status IN ('not_met', 'partly_met', 'met', 'not_relevant')),
            reason TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX golive_criterion_municipality ON golive_criterion(municipality_id, sort_order)"),
        QStringLiteral(R"(CREATE TABLE golive_meeting (
            municipality_id INTEGER PRIMARY KEY REFERENCES municipality(id) ON DELETE CASCADE,
            held_on TEXT NOT NULL,
            participants TEXT NOT NULL DEFAULT '',
            decision TEXT NOT NULL DEFAULT 'pending'
                CHECK (decision IN ('pending', 'go', 'go_with_conditions', 'no_go')),
            note TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE golive_condition (
            id INTEGER PRIMARY KEY,
            municipality_id INTEGER NOT NULL REFERENCES golive_meeting(municipality_id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL CHECK (length(trim(text)) > 0),
            owner_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
            deadline TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX golive_condition_meeting ON golive_condition(municipality_id, position)"),
    };
}

} // namespace parat
