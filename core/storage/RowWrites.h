#pragma once

#include "storage/Database.h"
#include "storage/LogHistory.h"
#include "storage/RowVersion.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>

// The steps the repositories of editable records (people, stakeholders, communication items, risks, decisions) take
// alike: the checks of what a record names, reading and restoring the links a removal clears, putting a removed row
// back, and the writes of records with their own history (LogHistory). Each runs inside the caller's transaction
// (Database::write) unless it only reads. `table` and column names are the schema's, never user input. Only
// storage/ includes this file.

namespace parat {

class Database;

namespace sql {

// Binds a record's values to the placeholders named like its columns.
using Bind = std::function<void(QSqlQuery &)>;

// The add() of a repository: a copy of *record is validated as new (id 0; validate(Row *, QString *) may tidy it) and
// written by insert(Row &) in one transaction, which gives it its id (and a number where it has one); only when that
// worked does *record get the stored values.
template<typename Row, typename Validate, typename Insert>
bool addValidated(Database &db, Row *record, Validate validate, Insert insert, QString *error)
{
    Row candidate = *record;
    candidate.id = 0;
    if (!validate(&candidate, error))
        return false;
    if (!db.write(error, [&] { return insert(candidate); }))
        return false;
    *record = candidate;
    return true;
}

// True when `id` is a stored municipality.
bool municipalityExists(const QSqlDatabase &db, Id id);
// True when personId is 0 (nobody) or a stored person of the municipality: the check of an owner, sender ….
bool isPersonOf(Database &db, Id personId, Id municipalityId);
// True when personId is a stored person (of any municipality).
bool personExists(Database &db, Id personId);
// True when `key` names a handbook task or one of the municipality's own tasks.
bool isTaskOf(const QSqlDatabase &db, const QString &key, Id municipalityId);

// The checks of restore() before a removed record (one with an owner) is put back with its own id: it has its id
// (hasId; else *error = noId), no record byId(Id) finds has taken it since (else *error = taken), an owner removed
// since is dropped rather than failing the whole undo, and validate(Row *, QString *) passes (it may tidy *candidate).
template<typename Row, typename ById, typename Validate>
bool readyToPutBack(Database &db, Row *candidate, bool hasId, ById byId, Validate validate, const QString &noId,
                    const QString &taken, QString *error)
{
    if (!hasId) {
        *error = noId;
        return false;
    }
    if (byId(candidate->id)) {
        *error = taken;
        return false;
    }
    if (candidate->ownerId != 0 && !personExists(db, candidate->ownerId))
        candidate->ownerId = 0;
    return validate(candidate, error);
}

// The ids of the rows of table whose column names `value`, by id, into *ids: what a removal of `value` will clear
// (ON DELETE SET NULL), for its undo. False with *error ("<what>: …") when they cannot be read.
bool idsNaming(const QSqlDatabase &db, const QString &table, const QString &column, Id value, const QString &what,
               QList<Id> *ids, QString *error);
// The undo of such a removal: the rows `ids` name `value` in column again, where the column still names nobody (a
// later change that named someone else wins) and, unless municipalityId is 0, the row is still the municipality's.
bool nameAgain(const QSqlDatabase &db, const QString &table, const QString &column, Id value, const QList<Id> &ids,
               Id municipalityId, const QString &what, QString *error);

// A removed row put back with its own id: INSERT of the columns (placeholders `values`, bound by bind) with :id
// first, then stamped one version past `removedVersion` (stampRestored). *error "<what>: …" when it fails.
bool putBackRow(Database &db, const QString &table, const QString &columns, const QString &values, const Bind &bind,
                Id id, qint64 removedVersion, const QString &what, QString *error);

// A table of numbered records with their own history (risks, decisions): its name, the columns an INSERT or UPDATE
// writes and their placeholders, the history it writes to and how a refused edit names it.
struct LoggedTable
{
    QString name;
    QString columns; // "a, b, …"
    QString values; // ":a, :b, …"
    LogKind log;
    RowKind kind;
};

// A new record numbered next in its municipality (*number, set before bind runs), inserted (*id) and recorded as
// created with `title`. numberWhat and addWhat prefix the errors of the two steps.
bool insertNumbered(Database &db, const LoggedTable &table, Id municipalityId, const Bind &bind, const QString &title,
                    const QString &numberWhat, const QString &addWhat, int *number, Id *id, QString *error);
// An edit of record `id` written against the version it was read with (updateRowVersioned; label names the record in
// a refusal, what prefixes an error) and each changed field recorded.
bool updateLogged(Database &db, const LoggedTable &table, Id id, Id municipalityId, qint64 expectedVersion,
                  const Bind &bind, const QString &label, const QString &what, const FieldValues &before,
                  const FieldValues &after, QString *error);
// Record `id` removed against the version it was read with (removeRowVersioned) and recorded as removed.
bool removeLogged(Database &db, const LoggedTable &table, Id id, Id municipalityId, qint64 expectedVersion,
                  const QString &label, const QString &title, const QString &what, QString *error);
// Removed record `id` put back (putBackRow) and recorded as restored.
bool putBackLogged(Database &db, const LoggedTable &table, Id id, Id municipalityId, qint64 removedVersion,
                   const Bind &bind, const QString &title, const QString &what, QString *error);

} // namespace sql
} // namespace parat
