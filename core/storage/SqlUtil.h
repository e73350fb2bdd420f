#pragma once

#include "domain/Types.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

// Helpers shared by the repositories in storage/: conversions between value types and their stored form,
// and the column list of the task table. Only storage/ includes this file.

namespace parat::sql {

struct SqlText
{
    Q_DECLARE_TR_FUNCTIONS(parat::SqlText)
};

// Dates are stored as ISO "yyyy-MM-dd" text, NULL when invalid.
QVariant dateValue(const QDate &date);
QDate dateFrom(const QVariant &value);
// Times are stored as UTC ISO 8601 with 'Z' (second precision).
QVariant timeValue(const QDateTime &time);
QString timeText(const QDateTime &time);
QDateTime timeFrom(const QVariant &value);
// Row ids: NULL for 0.
QVariant idValue(Id id);
Id idFrom(const QVariant &value);
// Optional integers and enum codes: NULL when absent.
QVariant intValue(const std::optional<int> &value);
std::optional<int> intFrom(const QVariant &value);
QVariant textOrNull(const QString &text);
// Text for a NOT NULL column: Qt binds a null QString as SQL NULL, so an empty one is bound as ''.
QVariant text(const QString &text);

// The database's own words for the last error of a query (untranslated: SQLite's text).
QString errorText(const QSqlError &error);
// Prepares and runs a statement; on failure sets *error to "<what>: <SQLite error>".
bool exec(QSqlQuery &query, const QString &what, QString *error);
// Prepares sql; on failure sets *error.
bool prepare(QSqlQuery &query, const QString &sql, QString *error);
// "a = :a, b = :b" for the SET clause of an UPDATE whose placeholders are named after the columns.
QString assignments(const QStringList &columns);
// "INSERT INTO table (columns) VALUES (values)"; withId puts the row's own id first (":id"), for bringing a
// removed row back as it was. `table` and the column lists are the schema's names, never user input.
QString insertStatement(const QString &table, const QString &columns, const QString &values, bool withId = false);
// "UPDATE table SET a = :a, b = :b WHERE id = :id" for columns "a, b".
QString updateStatement(const QString &table, const QString &columns);
// The next number of a per-municipality sequence: MAX(column) + 1 over the municipality's rows of table (1 for the
// first). Nothing on failure, *error saying what could not be numbered.
std::optional<int> nextInMunicipality(const QSqlDatabase &db, const QString &table, const QString &column,
                                      Id municipalityId, const QString &what, QString *error);
// DELETE FROM table WHERE id = :id. `table` is one of the schema's table names, never user input; `what`
// prefixes the error ("Municipality 0101 could not be removed").
bool deleteById(const QSqlDatabase &db, const QString &table, qint64 id, const QString &what, QString *error);

// The columns of table task in the order taskFrom() reads them, qualified with a table alias ("t.id, ...").
QString taskColumns(const QString &alias);
// Number of columns taskColumns() selects.
int taskColumnCount();
// Reads a task whose columns start at `first` in the current row.
Task taskFrom(const QSqlQuery &query, int first = 0);
// Binds the template fields of task to placeholders named like their columns (:key, :phase, ... :sort_order).
void bindTaskTemplate(QSqlQuery &query, const Task &task);
// "key, phase, ..., sort_order": the template columns bindTaskTemplate() binds, for INSERT and UPDATE.
QStringList taskTemplateColumns();

} // namespace parat::sql
