#include "PlanCopy.h"

#include "Database.h"
#include "SqlDialect.h"
#include "SqlUtil.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace parat {

namespace {

// One value as the same text on both engines.
QByteArray normalised(const QVariant &value)
{
    if (value.isNull())
        return QByteArrayLiteral("\\N");
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        return value.toBool() ? QByteArrayLiteral("1") : QByteArrayLiteral("0");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return QByteArray::number(value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float: {
        const double number = value.toDouble();
        if (std::floor(number) == number && std::fabs(number) < 1e15)
            return QByteArray::number(qint64(number));
        return QByteArray::number(number, 'g', 17);
    }
    case QMetaType::QByteArray:
        return QByteArrayLiteral("\\x") + value.toByteArray().toHex();
    default:
        return value.toString().toUtf8();
    }
}

QString columnList(const QStringList &columns)
{
    return columns.join(QStringLiteral(", "));
}

// Bound values per INSERT of a copy (SQLite allows 32,766, PostgreSQL 65,535).
constexpr int kValuesPerInsert = 2000;

// "INSERT INTO table (a, b) VALUES (?, ?), (?, ?), …" for rows rows.
QString insertStatement(const QString &table, const QStringList &columns, int rows)
{
    QStringList marks;
    for (int c = 0; c < columns.size(); ++c)
        marks.append(QStringLiteral("?"));
    const QString row = QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    QStringList values;
    for (int r = 0; r < rows; ++r)
        values.append(row);
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(table, columnList(columns), values.join(QStringLiteral(", ")));
}

} // namespace

bool PlanCopy::checksums(const QSqlDatabase &db, QList<TableCheck> *checks, QString *error)
{
    checks->clear();
    for (const QString &table : sql::tableNames(db)) {
        const QStringList columns = sql::columnNames(db, table);
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT %1 FROM %2").arg(columnList(columns), table))) {
            *error = tr("The table %1 could not be read: %2").arg(table, sql::errorText(query.lastError()));
            return false;
        }
        QList<QByteArray> lines;
        while (query.next()) {
            QByteArray line;
            for (int c = 0; c < columns.size(); ++c) {
                if (c > 0)
                    line += '\x1f';
                line += normalised(query.value(c));
            }
            lines.append(line);
        }
        std::sort(lines.begin(), lines.end());
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(columns.join(QLatin1Char(',')).toUtf8());
        for (const QByteArray &line : std::as_const(lines)) {
            hash.addData(QByteArrayLiteral("\n"));
            hash.addData(line);
        }
        checks->append({table, qint64(lines.size()), QString::fromLatin1(hash.result().toHex())});
    }
    return true;
}

bool PlanCopy::holdsPlan(const QSqlDatabase &db)
{
    for (const QString &table : sql::tableNames(db)) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table)) || query.next())
            return true; // unreadable counts as holding something: never written over
    }
    return false;
}

bool PlanCopy::clear(Database &db, QString *error)
{
    const QSqlDatabase connection = db.connection();
    QStringList tables = sql::tableNames(connection);
    std::reverse(tables.begin(), tables.end());
    return db.write(error, [&] {
        QSqlQuery defer(connection);
        if (!defer.exec(sql::deferForeignKeysStatement(sql::engineOf(connection)))) {
            *error = sql::errorText(defer.lastError());
            return false;
        }
        for (const QString &table : std::as_const(tables)) {
            QSqlQuery remove(connection);
            if (!remove.exec(QStringLiteral("DELETE FROM %1").arg(table))) {
                *error = sql::errorText(remove.lastError());
                return false;
            }
        }
        return true;
    });
}

bool PlanCopy::removeServerSchema(Database &db, QString *error)
{
    const QSqlDatabase connection = db.connection();
    if (sql::engineOf(connection) != sql::Engine::Postgres)
        return true;
    QStringList tables = sql::tableNames(connection);
    tables.append(QLatin1String(sql::kServerSchemaTable));
    return db.write(error, [&] {
        QSqlQuery drop(connection);
        if (!drop.exec(QStringLiteral("DROP TABLE IF EXISTS %1 CASCADE").arg(tables.join(QStringLiteral(", "))))
            || !drop.exec(QStringLiteral("DROP FUNCTION IF EXISTS parat_null_id()"))) {
            *error = sql::errorText(drop.lastError());
            return false;
        }
        return true;
    });
}

bool PlanCopy::copyRows(const QSqlDatabase &in, const QSqlDatabase &out, const QStringList &tables, QString *error,
                        const Progress &progress)
{
    QString &problem = *error;
    int done = 0;
    for (const QString &table : tables) {
        const QStringList columns = sql::columnNames(in, table);
        if (columns != sql::columnNames(out, table)) {
            problem = tr("The table %1 has other columns in the target.").arg(table);
            return false;
        }
        QSqlQuery read(in);
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(columnList(columns), table))) {
            problem = tr("The table %1 could not be read: %2").arg(table, sql::errorText(read.lastError()));
            return false;
        }
        // Many rows per INSERT: one round trip to a server per batch instead of per row.
        const int batchRows = std::max(1, kValuesPerInsert / int(columns.size()));
        QSqlQuery batch(out);
        QList<QVariant> pending;
        const auto flush = [&](QSqlQuery &insert) {
            for (int i = 0; i < pending.size(); ++i)
                insert.bindValue(i, pending.at(i));
            pending.clear();
            if (!insert.exec()) {
                problem = tr("The table %1 could not be written: %2").arg(table, sql::errorText(insert.lastError()));
                return false;
            }
            return true;
        };
        bool prepared = false;
        while (read.next()) {
            for (int c = 0; c < columns.size(); ++c)
                pending.append(read.value(c));
            if (pending.size() == batchRows * columns.size()) {
                if (!prepared) {
                    if (!batch.prepare(insertStatement(table, columns, batchRows))) {
                        problem
                            = tr("The table %1 could not be written: %2").arg(table, sql::errorText(batch.lastError()));
                        return false;
                    }
                    prepared = true;
                }
                if (!flush(batch))
                    return false;
            }
        }
        if (read.lastError().isValid()) {
            problem = tr("The table %1 could not be read: %2").arg(table, sql::errorText(read.lastError()));
            return false;
        }
        if (!pending.isEmpty()) {
            QSqlQuery rest(out);
            if (!rest.prepare(insertStatement(table, columns, int(pending.size() / columns.size())))) {
                problem = tr("The table %1 could not be written: %2").arg(table, sql::errorText(rest.lastError()));
                return false;
            }
            if (!flush(rest))
                return false;
        }
        if (!sql::syncIdentity(out, table, &problem))
            return false;
        if (progress)
            progress(++done, int(tables.size()));
    }
    return true;
}

bool PlanCopy::copy(Database &from, Database &to, QList<TableCheck> *source, QList<TableCheck> *target, bool *mismatch,
                    QString *error, const Progress &progress)
{
    *mismatch = false;
    const QSqlDatabase in = from.connection();
    const QSqlDatabase out = to.connection();
    if (from.fileSchemaVersion() != to.fileSchemaVersion()) {
        *error = tr("The two databases have different schema versions (%1 and %2).")
                     .arg(from.fileSchemaVersion())
                     .arg(to.fileSchemaVersion());
        return false;
    }
    if (holdsPlan(out)) {
        *error = tr("%1 already holds a plan; Parat copies only into an empty one and never writes over a plan.")
                     .arg(to.path());
        return false;
    }
    const QStringList tables = sql::tableNames(in);
    if (tables != sql::tableNames(out)) {
        *error = tr("The two databases do not have the same tables.");
        return false;
    }
    const sql::Engine outEngine = sql::engineOf(out);
    // The source is read in one snapshot, so what is copied and what is checked are the same plan even if a
    // server's other clients write meanwhile.
    QSqlQuery snapshot(in);
    snapshot.exec(sql::engineOf(in) == sql::Engine::Postgres
                      ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                      : QStringLiteral("BEGIN"));
    struct EndSnapshot
    {
        QSqlDatabase db;
        ~EndSnapshot() { QSqlQuery(db).exec(QStringLiteral("COMMIT")); }
    } endSnapshot {in};
    QString problem;
    const bool written = to.write(&problem, [&] {
        if (!to.lockPlanWork(&problem))
            return false;
        QSqlQuery defer(out);
        if (!defer.exec(sql::deferForeignKeysStatement(outEngine))) {
            problem = sql::errorText(defer.lastError());
            return false;
        }
        return copyRows(in, out, tables, &problem, progress);
    });
    if (!written) {
        *error = tr("The plan could not be copied to %1: %2. Nothing was written there.").arg(to.path(), problem);
        return false;
    }
    if (!checksums(in, source, error) || !checksums(out, target, error)) {
        QString ignored;
        clear(to, &ignored);
        return false;
    }
    if (*source != *target) {
        *mismatch = true;
        QStringList differ;
        for (int i = 0; i < std::min(source->size(), target->size()); ++i) {
            if (!(source->at(i) == target->at(i)))
                differ.append(source->at(i).table);
        }
        QString ignored;
        clear(to, &ignored);
        *error = tr("The copy in %1 does not match the plan it was copied from (tables: %2). It has been removed.")
                     .arg(to.path(), differ.join(QStringLiteral(", ")));
        return false;
    }
    return true;
}

} // namespace parat
