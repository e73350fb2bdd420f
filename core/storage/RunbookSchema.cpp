#include <QStringList>

namespace parat {

// Migration 8: the cutover runbook. Released migrations are never edited; add a new one instead.
//
// A step's start is stored as minutes from go-live (00:00 of the municipality's go-live day), so moving go-live
// moves the whole runbook. Dependencies are one text of step numbers ("3, 5"): numbers are what the printed
// runbook and its CSV file show, and they stay when a step is removed and put back. Actual times are UTC ISO 8601.
// The table refers to nothing but municipality, so it can follow any migration before it.
QStringList runbookMigration()
{
    return {
        QStringLiteral(R"(CREATE TABLE runbook_step (
            id INTEGER PRIMARY KEY,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
            number INTEGER NOT NULL CHECK (number > 0),
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            owner TEXT NOT NULL DEFAULT '',
            start_minutes INTEGER NOT NULL,
            duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
            depends_on TEXT NOT NULL DEFAULT '',
            contact TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'running', 'done', 'problem')),
            note TEXT NOT NULL DEFAULT '',
            actual_start TEXT,
            actual_end TEXT,
            UNIQUE (municipality_id, number)))"),
    };
}

} // namespace parat
