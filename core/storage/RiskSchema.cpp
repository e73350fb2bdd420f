#include <QStringList>

namespace parat {

// Migration 6: the risk log, the decision log and their history. Released migrations are never edited; add a
// new one instead.
//
// Risks and decisions carry a number of their own within the municipality (R1, R2, ...; D1, D2, ...), kept
// when one is removed and put back by undo. Task keys of a risk are one text ("A.1, B.2"): they name tasks by
// key, as the handbook does, so a re-imported handbook keeps them. log_event is the history of both logs, as
// task_event is of the tasks: one row per changed field, never deleted by undo (undo adds a row), and not
// linked to the risk or decision row so a removed one keeps its history.
QStringList riskMigration()
{
    return {
        QStringLiteral(R"(CREATE TABLE risk (
            id INTEGER PRIMARY KEY,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
            number INTEGER NOT NULL CHECK (number > 0),
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            description TEXT NOT NULL DEFAULT '',
            owner_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
            probability INTEGER NOT NULL CHECK (probability BETWEEN 1 AND 4),
            consequence INTEGER NOT NULL CHECK (consequence BETWEEN 1 AND 4),
            response TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_hand', 'closed')),
            next_review TEXT,
            task_keys TEXT NOT NULL DEFAULT '',
            dimension TEXT NOT NULL DEFAULT 'tasks'
                CHECK (dimension IN ('tasks', 'superusers', 'organisation', 'golive')),
            UNIQUE (municipality_id, number)))"),
        QStringLiteral("CREATE INDEX risk_owner ON risk(owner_id)"),
        QStringLiteral(R"(CREATE TABLE decision (
            id INTEGER PRIMARY KEY,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
            number INTEGER NOT NULL CHECK (number > 0),
            question TEXT NOT NULL CHECK (length(trim(question)) > 0),
            background TEXT NOT NULL DEFAULT '',
            options TEXT NOT NULL DEFAULT '',
            needed_by TEXT,
            decided_on TEXT,
            decision TEXT NOT NULL DEFAULT '',
            decided_by TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'taken', 'postponed')),
            risk_id INTEGER REFERENCES risk(id) ON DELETE SET NULL,
            task_key TEXT NOT NULL DEFAULT '',
            UNIQUE (municipality_id, number)))"),
        QStringLiteral("CREATE INDEX decision_risk ON decision(risk_id)"),
        QStringLiteral(R"(CREATE TABLE log_event (
            id INTEGER PRIMARY KEY,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
            log TEXT NOT NULL CHECK (log IN ('risk', 'decision')),
            item_id INTEGER NOT NULL,
            at TEXT NOT NULL,
            field TEXT NOT NULL,
            old_value TEXT NOT NULL DEFAULT '',
            new_value TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX log_event_item ON log_event(municipality_id, log, item_id, at)"),
    };
}

} // namespace parat
