#include <QStringList>

namespace parat {

// Migration 9: the saved column mappings of the status import (docs/spreadsheets.md "Importing statuses").
// Released migrations are never edited; add a new one instead.
//
// A mapping says how to read one kind of sheet (a KLIK export, a municipality's own tracking sheet): which sheet,
// the header row, which column holds what, and the sheet's status words. It is kept as one JSON text (the shape is
// read by StatusMapping::fromJson, which ignores what it does not know) under a name unique in the plan, shared by
// every municipality: the same KLIK export looks the same everywhere.
QStringList statusImportMigration()
{
    return {
        QStringLiteral(R"(CREATE TABLE status_mapping (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
            definition TEXT NOT NULL,
            saved_at TEXT NOT NULL))"),
    };
}

} // namespace parat
