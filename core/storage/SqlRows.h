#pragma once

#include "domain/Types.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

struct sqlite3_stmt;
struct pg_result;

// Typed access to the current row of a query, in two forms with the same accessors so one row mapper
// (template <typename Row> T thingFrom(const Row &row)) serves both:
// - QueryRow reads a QSqlQuery, as every repository does;
// - BulkQuery runs a read-only statement through SQLite's own API on the connection Qt SQL opened
//   (QSqlDriver::handle()). Qt SQL makes a QVariant and a UTF-16 copy of every value it reads (SQLite converts
//   each text value from UTF-8); over the ~30,000 task states and ~20,000 other rows of the national dataset
//   that conversion was most of the cross-municipality overview's time (docs/architecture.md). BulkQuery reads UTF-8
//   directly and is used for those whole-database reads only. Values are bound, never spliced into the SQL.
//   On a server (team mode) the same statement runs through libpq on the connection Qt SQL opened (the driver's
//   PGconn*), for the same reason: the result is read as PostgreSQL's text, without a QVariant per value. Named
//   parameters become $1, $2 … and their values are sent apart from the statement. Parat does not link libpq (a
//   file, the default, would load it and its TLS, Kerberos and LDAP libraries for nothing): the few functions used
//   are looked up once in the libpq that Qt's PostgreSQL driver loaded, and when they cannot be found the statement
//   runs through Qt SQL instead (Reader::QtSql), which gives the same values more slowly.
// Only storage/ (and its tests) include this file.

namespace parat::sql {

class QueryRow
{
public:
    explicit QueryRow(const QSqlQuery &query)
        : m_query(query)
    { }

    bool isNull(int column) const { return m_query.isNull(column); }
    qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    Id id(int column) const; // 0 for NULL
    double real(int column) const { return m_query.value(column).toDouble(); }
    bool boolean(int column) const { return m_query.value(column).toBool(); }
    QString text(int column) const { return m_query.value(column).toString(); }
    QDate date(int column) const; // ISO yyyy-MM-dd; invalid for NULL or anything else
    // A code column (phase, theme, role, status) read through its fromCode.
    template<typename E> std::optional<E> code(int column, std::optional<E> (*fromCode)(const QString &)) const
    {
        return fromCode(text(column));
    }

private:
    const QSqlQuery &m_query;
};

// How a BulkQuery reads: SQLite's API on a file, libpq's on a server, or Qt SQL (a QSqlQuery) when asked, or on a
// server whose libpq functions could not be found.
enum class Reader
{
    Sqlite,
    Libpq,
    QtSql
};

// Asks BulkQuery to read through Qt SQL whatever the connection.
struct ThroughQtSql
{
};

class BulkQuery
{
public:
    // Prepares sql on db's connection (SQLite's or libpq's API); isValid() tells whether that worked (error() says
    // why not).
    BulkQuery(const QSqlDatabase &db, const QString &sql);
    // The same through a QSqlQuery on db.
    BulkQuery(const QSqlDatabase &db, const QString &sql, ThroughQtSql);
    ~BulkQuery();
    BulkQuery(const BulkQuery &) = delete;
    BulkQuery &operator=(const BulkQuery &) = delete;

    bool isValid() const { return m_statement != nullptr || m_server || m_qt; }
    QString error() const { return m_error; }
    Reader reader() const { return m_reader; }
    // Binds a named parameter (":name") before the first next().
    bool bind(const QString &name, qint64 value);
    bool bind(const QString &name, const QString &value);
    // Steps to the next row; false at the end or on an error (then error() is set).
    bool next();

    bool isNull(int column) const;
    qint64 integer(int column) const;
    Id id(int column) const { return isNull(column) ? 0 : integer(column); }
    double real(int column) const;
    bool boolean(int column) const { return integer(column) != 0; }
    QString text(int column) const;
    QDate date(int column) const;
    // A code column (phase, theme, role, status) read through its fromCode, which gives what fromCode(text(column))
    // gives. The result for each stored code (and NULL) of the column is kept, so a code repeated over thousands of
    // rows is not turned into a QString and looked up again on each (a municipality's 3,000 planned tasks, five codes
    // each).
    template<typename E> std::optional<E> code(int column, std::optional<E> (*fromCode)(const QString &)) const
    {
        const auto parser = reinterpret_cast<CodeParser>(fromCode);
        int known = 0;
        if (knownCode(column, parser, &known))
            return known < 0 ? std::nullopt : std::optional<E>(static_cast<E>(known));
        const std::optional<E> value = fromCode(text(column));
        rememberCode(column, parser, value ? static_cast<int>(*value) : -1);
        return value;
    }

private:
    // A stored code's result, by column (m_knownCodes' index) and parser: its bytes (null for NULL) and the enum's
    // value (-1: none).
    using CodeParser = void (*)();
    struct KnownCode
    {
        CodeParser parser;
        bool null;
        QByteArray bytes;
        int value;
    };
    // The current row's raw value of a column: false when read through Qt SQL (nothing kept then).
    bool rawValue(int column, const char **value, int *size) const;
    bool knownCode(int column, CodeParser parser, int *value) const;
    void rememberCode(int column, CodeParser parser, int value) const;
    mutable QList<QList<KnownCode>> m_knownCodes;

    // On a server: the connection, the statement with $n for its named parameters, their values as text, the
    // result once run and the current row.
    struct Server;
    const char *serverValue(int column, int *size) const;
    bool runOnServer();
    // One bind for the three readers: the value as the server's text, as Qt SQL's QVariant, and SQLite's own bind call
    // for the parameter's index.
    bool bindValue(const QString &name, const QByteArray &serverText, const QVariant &qtValue,
                   const std::function<int(sqlite3_stmt *, int)> &bindSqlite);
    // Through Qt SQL: the query and whether it has run.
    struct QtQuery;
    void prepareThroughQtSql(const QSqlDatabase &db, const QString &sql);

    sqlite3_stmt *m_statement = nullptr;
    std::unique_ptr<Server> m_server;
    std::unique_ptr<QtQuery> m_qt;
    Reader m_reader = Reader::Sqlite;
    QString m_error;
};

// Whether the libpq functions BulkQuery uses can be found in a library of this name that is already loaded into the
// process; never loads it. Empty when they can, or why not. BulkQuery looks them up once, in "libpq.so.5" (libpq's
// name since PostgreSQL 8.0), the first time it reads from a server.
QString libpqLookup(const char *soname);

// Reads every row of a bulk query with `read` (a row mapper) and groups the results by the municipality id in
// column `municipalityColumn`; then orders each group with the stable sort `before` (ties keep the query's order).
template<typename T, typename Read, typename Before>
QHash<Id, QList<T>> groupByMunicipality(BulkQuery &query, int municipalityColumn, Read read, Before before)
{
    QHash<Id, QList<T>> result;
    while (query.next())
        result[query.integer(municipalityColumn)].append(read(query));
    for (QList<T> &group : result)
        std::stable_sort(group.begin(), group.end(), before);
    return result;
}

// Orders people, stakeholders … by name the way their users expect (SQLite compares bytes; Danish sorts
// … x y z æ ø å): the locale's collation.
template<typename T> bool nameBefore(const T &a, const T &b)
{
    return a.name.localeAwareCompare(b.name) < 0;
}

// A task from the taskColumns() (storage/SqlUtil.h) starting at `first`. sql::taskFrom(QSqlQuery) reads through it
// too, so a bulk read gives exactly what a QSqlQuery read gives.
template<typename Row> Task taskFromRow(const Row &row, int first)
{
    int i = first;
    Task task;
    task.id = row.id(i++);
    task.municipalityId = row.id(i++);
    task.key = row.text(i++);
    task.phase = row.code(i++, phaseFromCode).value_or(Phase::P1);
    task.theme = row.code(i++, themeFromCode);
    task.titleDa = row.text(i++);
    task.titleEn = row.text(i++);
    task.descriptionDa = row.text(i++);
    task.responsibleRole = row.code(i++, roleFromCode);
    task.performerRole = row.code(i++, roleFromCode);
    task.releaseOffsetWeeks = row.isNull(i) ? std::nullopt : std::optional<int>(int(row.integer(i)));
    ++i;
    task.dueOffsetWeeks = int(row.integer(i++));
    task.estimateHours = row.real(i++);
    task.perPerson = row.boolean(i++);
    task.mandatory = row.boolean(i++);
    task.milestone = row.boolean(i++);
    task.dependsOn = row.text(i++).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    task.externalRef = row.text(i++);
    task.sortOrder = int(row.integer(i++));
    task.withdrawnInVersion = row.id(i++);
    return task;
}

// Whether a state is read with its reason and note (the last two of its columns), or without (the overview).
enum class StateTexts
{
    Read,
    Skip
};

// The columns of task_state in the order stateFrom() reads them, qualified with a table alias ("s.status, ...").
QString stateColumns(const QString &alias, StateTexts texts = StateTexts::Read);
constexpr int kStateColumnCount = 8;

// A task's state from the stateColumns() starting at `first`; the default state when they are NULL (no row
// stored: a LEFT JOIN found none).
template<typename Row>
TaskState stateFrom(const Row &row, int first, Id municipalityId, Id taskId, StateTexts texts = StateTexts::Read)
{
    TaskState state;
    state.municipalityId = municipalityId;
    state.taskId = taskId;
    if (row.isNull(first))
        return state;
    state.status = row.code(first, statusFromCode).value_or(Status::NotStarted);
    state.responsiblePersonId = row.id(first + 1);
    state.performerPersonId = row.id(first + 2);
    state.dueOverride = row.date(first + 3);
    state.doneOn = row.date(first + 4);
    state.klikMarkedOn = row.date(first + 5);
    if (texts == StateTexts::Skip)
        return state;
    state.reason = row.text(first + 6);
    state.note = row.text(first + 7);
    return state;
}

} // namespace parat::sql
