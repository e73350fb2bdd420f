#pragma once

#include "domain/Types.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <utility>

// Row versions (migration 10, docs/team-mode.md "Concurrent edits"): the one place where a repository writes a
// row it edits in place so that an edit based on a row someone else has changed since is refused, never written
// over. Every editable row has `version` (bumped by each versioned write), `changed_by` and `changed_at`. An edit
// carries the version it was read with; the write is
//     UPDATE table SET …, version = version + 1, changed_by = :by, changed_at = :at
//     WHERE <key> AND version = :expected
// and when no row matches, nothing is written: the caller's transaction is rolled back, the error names who changed
// the row and when, and the database is told (Database::noteStaleEdit()) so the window reloads it.
// The same on a file and on a server. Only storage/ includes this file.

namespace parat {

class Database;

namespace sql {

// A version that is not checked: the writer did not read the row first (the demo builder, a fresh plan no one
// else has open). Every edit a user makes carries the version it was read with.
inline constexpr qint64 kUncheckedVersion = -1;

// What kind of row, for the message: "The task P22-11 was changed by lars at 10:42 …".
enum class RowKind
{
    Task,
    Person,
    Stakeholder,
    Risk,
    Decision,
    CommunicationItem,
    Allocation,
    RunbookStep,
    GoLiveCriterion,
    // Migration 12:
    Municipality,
    ReportNotes,
    GoLiveMeeting,
    Runbook // the whole runbook of a municipality (replaced at once): its steps as a set
};

// Who and when last changed a row; version 0: there is no such row (any more).
struct RowStamp
{
    qint64 version = 0;
    QString changedBy;
    QDateTime changedAt; // UTC; invalid when not recorded (rows from before migration 10)
};

// Who changes rows through db: on a server the session user (current_user), on a file the operating system's user
// name. Read once per connection.
QString changingUser(const Database &db);

// The message for an edit refused because the row changed since it was read.
QString staleMessage(RowKind kind, const QString &label, const RowStamp &current, const QDateTime &now);

class VersionedRow
{
    Q_DECLARE_TR_FUNCTIONS(parat::sql::VersionedRow)
public:
    enum class Result
    {
        Written,
        Stale, // *error names who changed the row and when; nothing written
        Failed // *error says why
    };
    using Values = QList<std::pair<QString, QVariant>>;

    // A row of table (a schema name, never user input) found by its key columns; label names it in messages
    // (a task's key, a person's name).
    VersionedRow(Database &db, QString table, Values key, RowKind kind, QString label);

    // The row's current stamp (version 0 when there is none).
    RowStamp stamp(QString *error) const;
    // Refuses (Stale) unless the row's version is expected; kUncheckedVersion always passes. Writes nothing.
    Result check(qint64 expected, QString *error);
    // UPDATE … SET values, version + 1 WHERE key AND version = expected (expected kUncheckedVersion: any version).
    Result update(qint64 expected, const Values &values, QString *error);
    // INSERT key + values with version 1; Stale when the row exists already (someone else made it since it was
    // read as absent).
    Result insert(const Values &values, QString *error);
    // DELETE … WHERE key AND version = expected.
    Result remove(qint64 expected, QString *error);
    // The row's version after the last successful write (0 after remove()).
    qint64 version() const { return m_version; }
    // Refuses an edit the caller found stale itself: *error names who changed the row and when (read now).
    Result refuse(QString *error);
    // Sets the row's version (after insert() of a row put back by undo: one past the version it was removed at, so
    // an edit read before the removal is still refused).
    bool setVersion(qint64 version, QString *error);
    // A row kept one per key (a meeting, a week's notes) written whether or not it is stored: expected 0 (read as
    // absent) inserts, a version updates (both checked as above), kUncheckedVersion inserts or replaces whatever is
    // stored. An inserted row gets the version insertAs when that is above 1 (setVersion()). False: *error says why.
    bool save(qint64 expected, const Values &values, qint64 insertAs, QString *error);

private:
    QString where(bool withVersion) const;
    void bindKey(QSqlQuery &query) const;

    Database &m_db;
    QString m_table;
    Values m_key;
    RowKind m_kind;
    QString m_label;
    qint64 m_version = 0;
};

// "UPDATE table SET a = :a, …, version = version + 1, changed_by = :changed_by, changed_at = :changed_at WHERE id =
// :id AND version = :expected_version" for columns "a, …" (without the version term when expected is unchecked), and
// its version values bound.
QString versionedUpdateStatement(const QString &table, const QString &columns, qint64 expected);
void bindVersion(QSqlQuery &query, const Database &db, qint64 expected);
// The versioned form of updateRow() (Statements.h) for a table keyed by id, expected the version the edit was read
// with: Stale, with who and when in *error, when the row has another version.
VersionedRow::Result updateRowVersioned(Database &db, const QString &table, const QString &columns,
                                        const std::function<void(QSqlQuery &)> &bind, Id id, qint64 expected,
                                        RowKind kind, const QString &label, const QString &what, QString *error);

// The check before an edit of the row table.id is validated: true (refused: *error names who changed the row and
// when, the database is told) when the edit was read at `expected` and the row is now at `current`; never for
// kUncheckedVersion. The write itself is then checked again (updateRowVersioned), for a change made in between.
bool refuseStale(Database &db, const QString &table, Id id, qint64 expected, qint64 current, RowKind kind,
                 const QString &label, QString *error);
// DELETE of the row table.id checked against the version the removal was read with, inside the caller's
// transaction.
VersionedRow::Result removeRowVersioned(Database &db, const QString &table, Id id, qint64 expected, RowKind kind,
                                        const QString &label, const QString &what, QString *error);
// A row put back with its old id (undo of a removal) gets the version `version` (one past the one it was removed
// at, so an edit read before the removal is still refused) and is stamped as changed now by this user.
bool stampRestored(Database &db, const QString &table, Id id, qint64 version, QString *error);
// Every row of table whose column names `value` is stamped as changed now (version + 1), inside the caller's
// transaction: for a change that another row's removal makes to these rows (ON DELETE SET NULL), so an edit read
// before it is refused rather than written with the removed row's id.
bool bumpRowsNaming(Database &db, const QString &table, const QString &column, Id value, QString *error);
// The same for the rows of `table` whose child rows in `childTable` name the value in `childColumn`, joined on `key`
// (a go/no-go meeting whose version covers its conditions).
bool bumpRowsWithChildNaming(Database &db, const QString &table, const QString &key, const QString &childTable,
                             const QString &childColumn, Id value, QString *error);

} // namespace sql
} // namespace parat
