#include "RowVersion.h"

#include "Database.h"
#include "SqlDialect.h"
#include "SqlUtil.h"

#include <QHash>
#include <QMutex>
#include <QSqlQuery>

#include <algorithm>
#include <array>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace parat::sql {

namespace {

QString osUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
#ifdef Q_OS_UNIX
    if (name.isEmpty()) {
        if (const passwd *entry = getpwuid(getuid()))
            name = QString::fromLocal8Bit(entry->pw_name);
    }
#endif
    return name;
}

// How the message names a row of each kind (RowKind order), its label in %1.
const std::array<const char *, 13> kSubjects {
    QT_TRANSLATE_NOOP("parat::sql::VersionedRow", "The task %1"),
    QT_TRANSLATE_NOOP("parat::sql::VersionedRow", "The person %1"),
    QT_TRANSLATE_NOOP("parat::sql::VersionedRow", "The stakeholder %1"),
    QT_TRANSLATE_NOOP("parat::sql::VersionedRow", "The risk %1"),
    QT_TRANSLATE_NOOP("parat::sql::VersionedRow", "The decision %1"),
    QT_TRANSLATE_NOOP("parat::sql::VersionedRow", "The communication activity %1"),
    QT_TRANSLATE_NOOP("parat::sql::VersionedRow", "The allocation of hours %1"),
    QT_TRANSLATE_NOOP("parat::sql::VersionedRow", "The runbook step %1"),
    QT_TRANSLATE_NOOP("parat::sql::VersionedRow", "The go-live criterion %1"),
    QT_TRANSLATE_NOOP("parat::sql::VersionedRow", "The municipality %1"),
    QT_TRANSLATE_NOOP("parat::sql::VersionedRow", "The status report of %1"),
    QT_TRANSLATE_NOOP("parat::sql::VersionedRow", "The go/no-go meeting of %1"),
    QT_TRANSLATE_NOOP("parat::sql::VersionedRow", "The runbook of %1"),
};

// What the window has done about it, for each kind.
const std::array<const char *, 13> kFetchedAgain {
    QT_TRANSLATE_NOOP("parat::sql::VersionedRow", "the task has been fetched again"),
    QT_TRANSLATE_NOOP("parat::sql::VersionedRow", "the person has been fetched again"),
    QT_TRANSLATE_NOOP("parat::sql::VersionedRow", "the stakeholder has been fetched again"),
    QT_TRANSLATE_NOOP("parat::sql::VersionedRow", "the risk has been fetched again"),
    QT_TRANSLATE_NOOP("parat::sql::VersionedRow", "the decision has been fetched again"),
    QT_TRANSLATE_NOOP("parat::sql::VersionedRow", "the activity has been fetched again"),
    QT_TRANSLATE_NOOP("parat::sql::VersionedRow", "the allocation has been fetched again"),
    QT_TRANSLATE_NOOP("parat::sql::VersionedRow", "the step has been fetched again"),
    QT_TRANSLATE_NOOP("parat::sql::VersionedRow", "the criterion has been fetched again"),
    QT_TRANSLATE_NOOP("parat::sql::VersionedRow", "the municipality has been fetched again"),
    QT_TRANSLATE_NOOP("parat::sql::VersionedRow", "the report texts have been fetched again"),
    QT_TRANSLATE_NOOP("parat::sql::VersionedRow", "the meeting has been fetched again"),
    QT_TRANSLATE_NOOP("parat::sql::VersionedRow", "the runbook has been fetched again"),
};

static_assert(kSubjects.size() == std::size_t(RowKind::Runbook) + 1 && kFetchedAgain.size() == kSubjects.size(),
              "one subject and one 'fetched again' for every RowKind");

QString subject(RowKind kind, const QString &label)
{
    const auto index = static_cast<std::size_t>(kind);
    return index < kSubjects.size() ? VersionedRow::tr(kSubjects[index]).arg(label) : label;
}

QString fetchedAgain(RowKind kind)
{
    const auto index = static_cast<std::size_t>(kind);
    return index < kFetchedAgain.size() ? VersionedRow::tr(kFetchedAgain[index]) : QString();
}

// Binds a VersionedRow's values to their placeholders (":v_<column>").
void bindValues(QSqlQuery &query, const VersionedRow::Values &values)
{
    for (const auto &column : values)
        query.bindValue(QStringLiteral(":v_") + column.first, column.second);
}

} // namespace

QString changingUser(const Database &db)
{
    static QMutex mutex;
    static QHash<QString, QString> users; // by connection name
    const QSqlDatabase connection = db.connection();
    const QMutexLocker locker(&mutex);
    const auto found = users.constFind(connection.connectionName());
    if (found != users.constEnd())
        return *found;
    QString user;
    if (engineOf(connection) == Engine::Postgres) {
        QSqlQuery query(connection);
        if (query.exec(QStringLiteral("SELECT current_user")) && query.next())
            user = query.value(0).toString();
    } else {
        user = osUserName();
    }
    if (!user.isEmpty())
        users.insert(connection.connectionName(), user);
    return user;
}

QString staleMessage(RowKind kind, const QString &label, const RowStamp &current, const QDateTime &now)
{
    const QString who = current.changedBy.isEmpty() ? VersionedRow::tr("another user") : current.changedBy;
    QString by;
    if (current.version == 0) {
        by = VersionedRow::tr("removed by %1").arg(who);
    } else if (!current.changedAt.isValid()) {
        by = VersionedRow::tr("changed by %1").arg(who);
    } else {
        const QDateTime local = current.changedAt.toLocalTime();
        if (local.date() == now.toLocalTime().date())
            by = VersionedRow::tr("changed by %1 at %2").arg(who, local.toString(QStringLiteral("HH:mm")));
        else
            by = VersionedRow::tr("changed by %1 on %2 at %3")
                     .arg(who, local.toString(QStringLiteral("d.M.yyyy")), local.toString(QStringLiteral("HH:mm")));
    }
    return VersionedRow::tr("%1 was %2 after you opened it. Your changes are not saved; %3.")
        .arg(subject(kind, label), by, fetchedAgain(kind));
}

VersionedRow::VersionedRow(Database &db, QString table, Values key, RowKind kind, QString label)
    : m_db(db)
    , m_table(std::move(table))
    , m_key(std::move(key))
    , m_kind(kind)
    , m_label(std::move(label))
{ }

QString VersionedRow::where(bool withVersion) const
{
    QStringList terms;
    for (const auto &column : m_key)
        terms.append(column.first + QStringLiteral(" = :k_") + column.first);
    if (withVersion)
        terms.append(QStringLiteral("version = :expected_version"));
    return QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

void VersionedRow::bindKey(QSqlQuery &query) const
{
    for (const auto &column : m_key)
        query.bindValue(QStringLiteral(":k_") + column.first, column.second);
}

RowStamp VersionedRow::stamp(QString *error) const
{
    RowStamp stamp;
    QSqlQuery query(m_db.connection());
    if (!prepare(query, QStringLiteral("SELECT version, changed_by, changed_at FROM ") + m_table + where(false), error))
        return stamp;
    bindKey(query);
    if (!exec(query, tr("The row's version could not be read"), error) || !query.next())
        return stamp;
    stamp.version = query.value(0).toLongLong();
    stamp.changedBy = query.value(1).toString();
    stamp.changedAt = timeFrom(query.value(2));
    return stamp;
}

VersionedRow::Result VersionedRow::refuse(QString *error)
{
    QString ignored;
    *error = staleMessage(m_kind, m_label, stamp(&ignored), QDateTime::currentDateTimeUtc());
    m_db.noteStaleEdit();
    return Result::Stale;
}

bool VersionedRow::setVersion(qint64 version, QString *error)
{
    QSqlQuery query(m_db.connection());
    if (!prepare(query, QStringLiteral("UPDATE ") + m_table + QStringLiteral(" SET version = :version") + where(false),
                 error))
        return false;
    query.bindValue(QStringLiteral(":version"), std::max<qint64>(version, 1));
    bindKey(query);
    if (!exec(query, tr("The change could not be saved"), error))
        return false;
    m_version = std::max<qint64>(version, 1);
    return true;
}

bool VersionedRow::save(qint64 expected, const Values &values, qint64 insertAs, QString *error)
{
    if (expected == kUncheckedVersion) {
        QString readError;
        const RowStamp current = stamp(&readError);
        if (!readError.isEmpty()) {
            *error = readError;
            return false;
        }
        expected = current.version == 0 ? 0 : kUncheckedVersion;
    }
    const Result result = expected == 0 ? insert(values, error) : update(expected, values, error);
    if (result != Result::Written)
        return false;
    return expected != 0 || insertAs <= 1 || setVersion(insertAs, error);
}

VersionedRow::Result VersionedRow::check(qint64 expected, QString *error)
{
    if (expected == kUncheckedVersion)
        return Result::Written;
    QString readError;
    QSqlQuery query(m_db.connection());
    if (!prepare(query, QStringLiteral("SELECT version FROM ") + m_table + where(false), error))
        return Result::Failed;
    bindKey(query);
    if (!exec(query, tr("The row's version could not be read"), error))
        return Result::Failed;
    const qint64 current = query.next() ? query.value(0).toLongLong() : 0;
    if (current != expected)
        return refuse(error);
    m_version = current;
    return Result::Written;
}

VersionedRow::Result VersionedRow::update(qint64 expected, const Values &values, QString *error)
{
    QStringList sets;
    for (const auto &column : values)
        sets.append(column.first + QStringLiteral(" = :v_") + column.first);
    sets.append(QStringLiteral("version = version + 1, changed_by = :changed_by, changed_at = :changed_at"));
    QSqlQuery query(m_db.connection());
    if (!prepare(query,
                 QStringLiteral("UPDATE ") + m_table + QStringLiteral(" SET ") + sets.join(QStringLiteral(", "))
                     + where(expected != kUncheckedVersion) + QStringLiteral(" RETURNING version"),
                 error))
        return Result::Failed;
    bindValues(query, values);
    bindKey(query);
    bindVersion(query, m_db, expected);
    if (!exec(query, tr("The change could not be saved"), error))
        return Result::Failed;
    if (!query.next())
        return refuse(error);
    m_version = query.value(0).toLongLong();
    return Result::Written;
}

VersionedRow::Result VersionedRow::insert(const Values &values, QString *error)
{
    QStringList keyColumns;
    QStringList placeholders;
    for (const auto &column : m_key) {
        keyColumns.append(column.first);
        placeholders.append(QStringLiteral(":k_") + column.first);
    }
    QStringList columns = keyColumns;
    for (const auto &column : values) {
        columns.append(column.first);
        placeholders.append(QStringLiteral(":v_") + column.first);
    }
    QSqlQuery query(m_db.connection());
    if (!prepare(query,
                 QStringLiteral("INSERT INTO ") + m_table + QStringLiteral(" (") + columns.join(QStringLiteral(", "))
                     + QStringLiteral(", version, changed_by, changed_at) VALUES (")
                     + placeholders.join(QStringLiteral(", "))
                     + QStringLiteral(", 1, :changed_by, :changed_at) ON CONFLICT (")
                     + keyColumns.join(QStringLiteral(", ")) + QStringLiteral(") DO NOTHING RETURNING version"),
                 error))
        return Result::Failed;
    bindKey(query);
    bindValues(query, values);
    bindVersion(query, m_db, kUncheckedVersion); // who and when; an insert checks no version
    if (!exec(query, tr("The change could not be saved"), error))
        return Result::Failed;
    if (!query.next())
        return refuse(error);
    m_version = 1;
    return Result::Written;
}

VersionedRow::Result VersionedRow::remove(qint64 expected, QString *error)
{
    QSqlQuery query(m_db.connection());
    if (!prepare(query,
                 QStringLiteral("DELETE FROM ") + m_table + where(expected != kUncheckedVersion)
                     + QStringLiteral(" RETURNING version"),
                 error))
        return Result::Failed;
    bindKey(query);
    if (expected != kUncheckedVersion)
        query.bindValue(QStringLiteral(":expected_version"), expected);
    if (!exec(query, tr("The change could not be saved"), error))
        return Result::Failed;
    if (!query.next())
        return refuse(error);
    m_version = 0;
    return Result::Written;
}

QString versionedUpdateStatement(const QString &table, const QString &columns, qint64 expected)
{
    QStringList sets;
    for (const QString &column : columns.split(QLatin1Char(','))) {
        const QString name = column.trimmed();
        sets.append(name + QStringLiteral(" = :") + name);
    }
    sets.append(QStringLiteral("version = version + 1, changed_by = :changed_by, changed_at = :changed_at"));
    QString statement = QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ") + sets.join(QStringLiteral(", "))
        + QStringLiteral(" WHERE id = :id");
    if (expected != kUncheckedVersion)
        statement += QStringLiteral(" AND version = :expected_version");
    return statement;
}

void bindVersion(QSqlQuery &query, const Database &db, qint64 expected)
{
    query.bindValue(QStringLiteral(":changed_by"), textOrNull(changingUser(db)));
    query.bindValue(QStringLiteral(":changed_at"), timeText(QDateTime::currentDateTimeUtc()));
    if (expected != kUncheckedVersion)
        query.bindValue(QStringLiteral(":expected_version"), expected);
}

VersionedRow::Result updateRowVersioned(Database &db, const QString &table, const QString &columns,
                                        const std::function<void(QSqlQuery &)> &bind, Id id, qint64 expected,
                                        RowKind kind, const QString &label, const QString &what, QString *error)
{
    QSqlQuery query(db.connection());
    if (!prepare(query, versionedUpdateStatement(table, columns, expected), error))
        return VersionedRow::Result::Failed;
    bind(query);
    query.bindValue(QStringLiteral(":id"), id);
    bindVersion(query, db, expected);
    if (!exec(query, what, error))
        return VersionedRow::Result::Failed;
    if (query.numRowsAffected() != 1)
        return VersionedRow(db, table, {{QStringLiteral("id"), id}}, kind, label).refuse(error);
    return VersionedRow::Result::Written;
}

bool refuseStale(Database &db, const QString &table, Id id, qint64 expected, qint64 current, RowKind kind,
                 const QString &label, QString *error)
{
    if (expected == kUncheckedVersion || expected == current)
        return false;
    VersionedRow(db, table, {{QStringLiteral("id"), id}}, kind, label).refuse(error);
    return true;
}

VersionedRow::Result removeRowVersioned(Database &db, const QString &table, Id id, qint64 expected, RowKind kind,
                                        const QString &label, const QString &what, QString *error)
{
    QSqlQuery query(db.connection());
    QString statement = QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE id = :id");
    if (expected != kUncheckedVersion)
        statement += QStringLiteral(" AND version = :expected_version");
    if (!prepare(query, statement, error))
        return VersionedRow::Result::Failed;
    query.bindValue(QStringLiteral(":id"), id);
    if (expected != kUncheckedVersion)
        query.bindValue(QStringLiteral(":expected_version"), expected);
    if (!exec(query, what, error))
        return VersionedRow::Result::Failed;
    if (query.numRowsAffected() != 1)
        return VersionedRow(db, table, {{QStringLiteral("id"), id}}, kind, label).refuse(error);
    return VersionedRow::Result::Written;
}

bool stampRestored(Database &db, const QString &table, Id id, qint64 version, QString *error)
{
    QSqlQuery query(db.connection());
    if (!prepare(query,
                 QStringLiteral("UPDATE ") + table
                     + QStringLiteral(" SET version = :version, changed_by = :changed_by, changed_at = :changed_at "
                                      "WHERE id = :id"),
                 error))
        return false;
    query.bindValue(QStringLiteral(":version"), std::max<qint64>(version, 1));
    bindVersion(query, db, kUncheckedVersion);
    query.bindValue(QStringLiteral(":id"), id);
    return exec(query, VersionedRow::tr("The change could not be saved"), error);
}

namespace {

// Stamps as changed now every row of `table` that `where` (holding :value) picks.
bool bumpRowsWhere(Database &db, const QString &table, const QString &where, Id value, QString *error)
{
    QSqlQuery query(db.connection());
    if (!prepare(query,
                 QStringLiteral("UPDATE ") + table
                     + QStringLiteral(" SET version = version + 1, changed_by = :changed_by, changed_at = :changed_at "
                                      "WHERE ")
                     + where,
                 error))
        return false;
    bindVersion(query, db, kUncheckedVersion);
    query.bindValue(QStringLiteral(":value"), value);
    return exec(query, VersionedRow::tr("The change could not be saved"), error);
}

} // namespace

bool bumpRowsNaming(Database &db, const QString &table, const QString &column, Id value, QString *error)
{
    return bumpRowsWhere(db, table, column + QStringLiteral(" = :value"), value, error);
}

bool bumpRowsWithChildNaming(Database &db, const QString &table, const QString &key, const QString &childTable,
                             const QString &childColumn, Id value, QString *error)
{
    return bumpRowsWhere(db, table,
                         key + QStringLiteral(" IN (SELECT ") + key + QStringLiteral(" FROM ") + childTable
                             + QStringLiteral(" WHERE ") + childColumn + QStringLiteral(" = :value)"),
                         value, error);
}

} // namespace parat::sql
