#pragma once

#include "storage/SqlRows.h"
#include "storage/SqlUtil.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace parat::sql {

// The shapes of most statements in the repositories, so each repository says only its SQL and its columns.

// Runs a read with one bound value (":municipality", ":id") and calls each(query) on its rows (the first only, with
// firstOnly). A query that fails reads as no rows, as the repositories' readers have always done (their writes report
// errors; a read of a healthy file does not fail).
template<typename Each>
void readRows(const QSqlDatabase &db, const QString &statement, const QString &placeholder, const QVariant &value,
              bool firstOnly, Each each)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(statement);
    query.bindValue(placeholder, value);
    if (!query.exec())
        return;
    while (query.next()) {
        each(query);
        if (firstOnly)
            return;
    }
}

// The shape of most reads: one statement with one bound value, each row read by the aggregate's row mapper.
// Give Row explicitly: the mappers are overloaded for QSqlQuery and the bulk reader.
template<typename Row>
QList<Row> selectAll(const QSqlDatabase &db, const QString &statement, const QString &placeholder,
                     const QVariant &value, Row (*map)(const QSqlQuery &))
{
    QList<Row> result;
    readRows(db, statement, placeholder, value, false, [&](const QSqlQuery &query) { result.append(map(query)); });
    return result;
}

// The same with a row mapper written once for both readers (template <typename Row> T thingFrom(const Row &row),
// SqlRows.h), which then needs no QSqlQuery overload.
template<typename T>
QList<T> selectRows(const QSqlDatabase &db, const QString &statement, const QString &placeholder, const QVariant &value,
                    T (*map)(const QueryRow &))
{
    QList<T> result;
    readRows(db, statement, placeholder, value, false,
             [&](const QSqlQuery &query) { result.append(map(QueryRow(query))); });
    return result;
}

// The same through sql::BulkQuery (SQLite's or libpq's own API, SqlRows.h) with the mapper's BulkQuery form, for the
// lists of one municipality that the window reads before its first paint (people, allocations, risks, decisions):
// Qt SQL's QVariant and UTF-16 copy of every value, and its prepare, were most of each read.
template<typename T>
QList<T> bulkRows(const QSqlDatabase &db, const QString &statement, const QString &placeholder, qint64 value,
                  T (*map)(const BulkQuery &))
{
    QList<T> result;
    BulkQuery query(db, statement);
    if (!query.isValid() || !query.bind(placeholder, value))
        return result;
    while (query.next())
        result.append(map(query));
    return result;
}

// The stored row an edit replaces, when it is still there and the edit keeps it in its municipality; otherwise
// nothing, with *error set to `missing` or to movedMessage(stored row). The messages are the caller's (translated).
template<typename Row, typename Moved>
std::optional<Row> storedForEdit(std::optional<Row> stored, Id municipalityId, const QString &missing,
                                 Moved movedMessage, QString *error)
{
    if (!stored) {
        *error = missing;
        return std::nullopt;
    }
    if (stored->municipalityId != municipalityId) {
        *error = movedMessage(*stored);
        return std::nullopt;
    }
    return stored;
}

// The first row of such a statement, or nothing.
template<typename Row>
std::optional<Row> selectOne(const QSqlDatabase &db, const QString &statement, const QString &placeholder,
                             const QVariant &value, Row (*map)(const QSqlQuery &))
{
    std::optional<Row> result;
    readRows(db, statement, placeholder, value, true, [&](const QSqlQuery &query) { result = map(query); });
    return result;
}

// The first row of such a statement with a mapper over QueryRow, or nothing.
template<typename T>
std::optional<T> selectRow(const QSqlDatabase &db, const QString &statement, const QString &placeholder,
                           const QVariant &value, T (*map)(const QueryRow &))
{
    std::optional<T> result;
    readRows(db, statement, placeholder, value, true, [&](const QSqlQuery &query) { result = map(QueryRow(query)); });
    return result;
}

// An INSERT of one row, inside the caller's transaction: bind(query) binds the values, *id gets the new row's
// id. False with *error ("<what>: <SQLite error>") when it cannot be prepared or run.
template<typename Bind>
bool insertRow(const QSqlDatabase &db, const QString &statement, Bind bind, const QString &what, Id *id, QString *error)
{
    QSqlQuery query(db);
    if (!prepare(query, statement, error))
        return false;
    bind(query);
    if (!exec(query, what, error))
        return false;
    *id = query.lastInsertId().toLongLong();
    return true;
}

// An UPDATE of the row `id` (bound to :id), as insertRow.
template<typename Bind>
bool updateRow(const QSqlDatabase &db, const QString &statement, Bind bind, Id id, const QString &what, QString *error)
{
    QSqlQuery query(db);
    if (!prepare(query, statement, error))
        return false;
    bind(query);
    query.bindValue(QStringLiteral(":id"), id);
    return exec(query, what, error);
}

} // namespace parat::sql
