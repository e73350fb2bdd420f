#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The differences between the two engines a Parat plan lives in, in one place: an SQLite file (the default, one
// person's plan) and a PostgreSQL server (team mode, docs/team-mode.md). The migrations are written once, in
// SQLite's dialect (Migrations.cpp and the *Schema.cpp files, never edited once released); migrationStatement()
// translates each one for PostgreSQL. Everything else that is not portable SQL — how a write transaction begins,
// where the schema version is kept, how a table's columns are listed — is asked of this file.
// Only storage/ (and its tests) include this file.

namespace parat::sql {

enum class Engine
{
    Sqlite,
    Postgres
};

// The engine behind a connection (Qt's QSQLITE or QPSQL driver).
Engine engineOf(const QSqlDatabase &db);

// A migration statement (SQLite's dialect) as engine runs it. For PostgreSQL: "id INTEGER PRIMARY KEY" becomes an
// identity column, INTEGER → BIGINT (SQLite's integers are 64-bit), REAL → DOUBLE PRECISION, BLOB → BYTEA,
// "WITHOUT ROWID" goes, and foreign keys become DEFERRABLE (still checked at once unless a transaction defers
// them: a whole-plan copy does). Partial indexes, CHECK, ON DELETE and ALTER TABLE ADD COLUMN read the same.
QString migrationStatement(const QString &sqliteStatement, Engine engine);
// The statements that stand for one migration statement on engine: migrationStatement(), and for PostgreSQL after a
// CREATE TABLE with an identity id a trigger that gives a row inserted with a NULL id the next id, as SQLite does
// for an INTEGER PRIMARY KEY (the repositories insert "(id, …) VALUES (:id, …)" with :id NULL for a new row).
QStringList migrationStatements(const QString &sqliteStatement, Engine engine);

// The statement that begins an outermost write transaction: SQLite takes the write lock at once (IMMEDIATE).
QString beginStatement(Engine engine);

// PostgreSQL keeps Parat's schema version in a table of its own (SQLite: PRAGMA user_version and application_id).
// The table is not part of the plan: tableNames() leaves it out and a copy does not copy it.
inline constexpr const char *kServerSchemaTable = "parat_schema";
// The statements that create the version table and the NULL-id trigger function (first migration on a server);
// harmless when they exist.
QStringList serverSchemaTableStatements(int applicationId);
// The schema version of the database; -1 when it has none (an empty SQLite file: 0; a server database without
// parat_schema: -1). *error says why a read failed.
int schemaVersionOf(const QSqlDatabase &db, QString *error);
// The statement that records version as the database's schema version.
QString setSchemaVersionStatement(Engine engine, int version);

// The plan's tables in creation order (SQLite: sqlite_master; PostgreSQL: the current schema's base tables, by
// oid), without the engine's own and without parat_schema.
QStringList tableNames(const QSqlDatabase &db);
// The columns of a table in their order.
QStringList columnNames(const QSqlDatabase &db, const QString &table);
// The primary key columns of a table in key order (a table without one: empty).
QStringList primaryKeyColumns(const QSqlDatabase &db, const QString &table);
// A foreign key: table.from refers to parent.to; cascades when it has ON DELETE CASCADE.
struct ForeignKey
{
    QString table;
    QString from;
    QString parent;
    QString to;
    bool cascades = false;
};
// Every single-column foreign key of the plan's tables (SQLite: PRAGMA foreign_key_list; PostgreSQL: pg_constraint),
// table by table in creation order. False with *error when the schema cannot be read.
bool foreignKeys(const QSqlDatabase &db, QList<ForeignKey> *keys, QString *error);
// Whether the table's "id" is an identity column whose sequence must follow rows written with their ids.
bool hasIdentity(const QSqlDatabase &db, const QString &table);
// Moves the identity sequence of table.id past its largest id (after rows were written with explicit ids).
bool syncIdentity(const QSqlDatabase &db, const QString &table, QString *error);
// Defers foreign key checks to the commit of the current transaction (rows of a whole plan written in any order).
QString deferForeignKeysStatement(Engine engine);

// Team mode, live: the channel the server's triggers notify on, with the payload "<table>:<municipality id>" (the
// id empty for a table without one).
inline constexpr const char *kChangeChannel = "parat_changed";
// The statements that create the notifying trigger function (CREATE OR REPLACE) and one AFTER INSERT/UPDATE/DELETE
// row trigger on each given table of the plan that lacks it. PostgreSQL collapses the same payload sent twice in
// one transaction, so an import sends one notification per table and municipality.
QStringList changeNotificationStatements(const QSqlDatabase &db, const QStringList &tables);
// The plan's tables without the notifying trigger (all of them on a server set up before it existed).
QStringList tablesWithoutChangeNotification(const QSqlDatabase &db);
// Imports and restore-like operations on a server take one advisory lock for the length of their transaction
// (docs/team-mode.md "Concurrent edits"), keyed by Parat's application id, so two never interleave: the statement
// that tries to take it, giving one boolean row (true: taken). Empty for SQLite, where the lock file keeps a second
// writer out already.
QString tryPlanWorkLockStatement(Engine engine);
inline constexpr qint64 kPlanWorkLockKey = 0x50524154; // "PRAT"

// True when a native error code is PostgreSQL's (a five-character SQLSTATE), not one of SQLite's result codes.
bool isServerErrorCode(const QString &nativeCode);

} // namespace parat::sql
