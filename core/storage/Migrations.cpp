#include "Migrations.h"

namespace parat {

namespace {

// Version 1: municipalities, handbook versions and tasks (handbook and local), task state and history,
// people. Dates are ISO 8601 text (YYYY-MM-DD); times are UTC ISO 8601 with 'Z'.
QStringList migration1()
{
    return {
        QStringLiteral(R"(CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE municipality (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE CHECK (length(code) = 4),
            name TEXT NOT NULL,
            region TEXT NOT NULL DEFAULT '',
            go_live TEXT,
            project_owner TEXT NOT NULL DEFAULT '',
            project_leader TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE handbook_version (
            id INTEGER PRIMARY KEY,
            label TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            published TEXT,
            imported_at TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            source_name TEXT NOT NULL DEFAULT ''))"),
        // municipality_id NULL: a handbook task shared by all; otherwise a municipality's local task.
        QStringLiteral(R"(CREATE TABLE task (
            id INTEGER PRIMARY KEY,
            municipality_id INTEGER REFERENCES municipality(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            phase TEXT NOT NULL,
            theme TEXT,
            title_da TEXT NOT NULL,
            title_en TEXT NOT NULL DEFAULT '',
            description_da TEXT NOT NULL DEFAULT '',
            responsible_role TEXT,
            performer_role TEXT,
            release_offset_weeks INTEGER,
            due_offset_weeks INTEGER NOT NULL,
            estimate_hours REAL NOT NULL DEFAULT 0 CHECK (estimate_hours >= 0),
            per_person INTEGER NOT NULL DEFAULT 0,
            mandatory INTEGER NOT NULL DEFAULT 0,
            milestone INTEGER NOT NULL DEFAULT 0,
            depends_on TEXT NOT NULL DEFAULT '',
            external_ref TEXT NOT NULL DEFAULT '',
            sort_order INTEGER NOT NULL DEFAULT 0,
            added_in_version INTEGER REFERENCES handbook_version(id),
            changed_in_version INTEGER REFERENCES handbook_version(id),
            withdrawn_in_version INTEGER REFERENCES handbook_version(id)))"),
        QStringLiteral("CREATE UNIQUE INDEX task_handbook_key ON task(key) WHERE municipality_id IS NULL"),
        QStringLiteral(
            "CREATE UNIQUE INDEX task_local_key ON task(municipality_id, key) WHERE municipality_id IS NOT NULL"),
        QStringLiteral(R"(CREATE TABLE person (
            id INTEGER PRIMARY KEY,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            unit TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            roles TEXT NOT NULL DEFAULT '',
            manager_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
            registered_in_klik INTEGER NOT NULL DEFAULT 0,
            note TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX person_municipality ON person(municipality_id)"),
        // A row exists once a municipality's state of a task differs from the default (not started).
        QStringLiteral(R"(CREATE TABLE task_state (
            municipality_id INTEGER NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
            task_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
            status TEXT NOT NULL DEFAULT 'not_started',
            responsible_person_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
            performer_person_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
            due_override TEXT,
            done_on TEXT,
            klik_marked_on TEXT,
            reason TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            PRIMARY KEY (municipality_id, task_id)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE task_event (
            id INTEGER PRIMARY KEY,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
            task_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            field TEXT NOT NULL,
            old_value TEXT NOT NULL DEFAULT '',
            new_value TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX task_event_task ON task_event(municipality_id, task_id, at)"),
        QStringLiteral("CREATE INDEX task_event_time ON task_event(municipality_id, at)"),
    };
}

} // namespace

// Later migrations live beside the repositories of the aggregates they add.
QStringList stakeholderMigration(); // StakeholderSchema.cpp
QStringList superuserMigration(); // SuperuserSchema.cpp
QStringList reportMigration(); // ReportSchema.cpp
QStringList calendarMigration(); // CalendarSchema.cpp
QStringList riskMigration(); // RiskSchema.cpp
QStringList goLiveMigration(); // GoLiveSchema.cpp
QStringList runbookMigration(); // RunbookSchema.cpp (number 8: readiness's number 7 goes before it)
QStringList statusImportMigration(); // StatusImportSchema.cpp (number 9)
QStringList versionMigration(); // VersionSchema.cpp (number 10: row versions)
QStringList runbookGoLiveVersionMigration(); // VersionSchema11.cpp (number 11: row versions of runbook and go-live)
QStringList moreRowVersionsMigration(); // VersionSchema12.cpp (number 12: tasks, municipalities, notes, meeting)

const QList<QStringList> &migrations()
{
    static const QList<QStringList> all {migration1(),
                                         stakeholderMigration(),
                                         superuserMigration(),
                                         reportMigration(),
                                         calendarMigration(),
                                         riskMigration(),
                                         goLiveMigration(),
                                         runbookMigration(),
                                         statusImportMigration(),
                                         versionMigration(),
                                         runbookGoLiveVersionMigration(),
                                         moreRowVersionsMigration()};
    return all;
}

} // namespace parat
