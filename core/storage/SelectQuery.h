#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace parat::sql {

// The shape of most reads in the repositories: one statement with one bound value (":municipality", ":id"),
// each row read by the aggregate's row mapper. A query that fails reads as no rows, as the repositories'
// readers have always done (their writes report errors; a read of a healthy file does not fail).
// Give Row explicitly: the mappers are overloaded for QSqlQuery and the bulk reader.
template<typename Row>
QList<Row> selectAll(const QSqlDatabase &db, const QString &statement, const QString &placeholder,
                     const QVariant &value, Row (*map)(const QSqlQuery &))
{
    QList<Row> result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(statement);
    query.bindValue(placeholder, value);
    if (!query.exec())
        return result;
    while (query.next())
        result.append(map(query));
    return result;
}

// The first row of such a statement, or nothing.
template<typename Row>
std::optional<Row> selectOne(const QSqlDatabase &db, const QString &statement, const QString &placeholder,
                             const QVariant &value, Row (*map)(const QSqlQuery &))
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(statement);
    query.bindValue(placeholder, value);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return map(query);
}

} // namespace parat::sql
