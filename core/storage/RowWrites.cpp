#include "RowWrites.h"

#include "Database.h"
#include "PersonRepository.h"
#include "SqlUtil.h"
#include "storage/Statements.h"

#include <QDateTime>

namespace parat::sql {

bool municipalityExists(const QSqlDatabase &db, Id id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM municipality WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    return query.exec() && query.next();
}

bool isPersonOf(Database &db, Id personId, Id municipalityId)
{
    if (personId == 0)
        return true;
    const std::optional<Person> person = PersonRepository(db).byId(personId);
    return person && person->municipalityId == municipalityId;
}

bool personExists(Database &db, Id personId)
{
    return PersonRepository(db).byId(personId).has_value();
}

bool isTaskOf(const QSqlDatabase &db, const QString &key, Id municipalityId)
{
    QSqlQuery task(db);
    task.prepare(QStringLiteral("SELECT 1 FROM task WHERE key = :key AND (municipality_id IS NULL OR "
                                "municipality_id = :municipality)"));
    task.bindValue(QStringLiteral(":key"), key);
    task.bindValue(QStringLiteral(":municipality"), municipalityId);
    return task.exec() && task.next();
}

bool idsNaming(const QSqlDatabase &db, const QString &table, const QString &column, Id value, const QString &what,
               QList<Id> *ids, QString *error)
{
    QSqlQuery links(db);
    links.setForwardOnly(true);
    if (!prepare(links,
                 QStringLiteral("SELECT id FROM ") + table + QStringLiteral(" WHERE ") + column
                     + QStringLiteral(" = :id ORDER BY id"),
                 error))
        return false;
    links.bindValue(QStringLiteral(":id"), value);
    if (!exec(links, what, error))
        return false;
    while (links.next())
        ids->append(links.value(0).toLongLong());
    return true;
}

bool nameAgain(const QSqlDatabase &db, const QString &table, const QString &column, Id value, const QList<Id> &ids,
               Id municipalityId, const QString &what, QString *error)
{
    QString statement = QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ") + column
        + QStringLiteral(" = :value WHERE id = :id AND ") + column + QStringLiteral(" IS NULL");
    if (municipalityId != 0)
        statement += QStringLiteral(" AND municipality_id = :municipality");
    QSqlQuery relink(db);
    if (!prepare(relink, statement, error))
        return false;
    for (Id id : ids) {
        relink.bindValue(QStringLiteral(":value"), value);
        relink.bindValue(QStringLiteral(":id"), id);
        if (municipalityId != 0)
            relink.bindValue(QStringLiteral(":municipality"), municipalityId);
        if (!exec(relink, what, error))
            return false;
    }
    return true;
}

bool putBackRow(Database &db, const QString &table, const QString &columns, const QString &values, const Bind &bind,
                Id id, qint64 removedVersion, const QString &what, QString *error)
{
    QSqlQuery query(db.connection());
    if (!prepare(query, insertStatement(table, columns, values, true), error))
        return false;
    bind(query);
    query.bindValue(QStringLiteral(":id"), id);
    if (!exec(query, what, error))
        return false;
    return stampRestored(db, table, id, removedVersion + 1, error);
}

bool insertNumbered(Database &db, const LoggedTable &table, Id municipalityId, const Bind &bind, const QString &title,
                    const QString &numberWhat, const QString &addWhat, int *number, Id *id, QString *error)
{
    const QDateTime at = QDateTime::currentDateTimeUtc();
    const std::optional<int> next
        = nextInMunicipality(db.connection(), table.name, QStringLiteral("number"), municipalityId, numberWhat, error);
    if (!next)
        return false;
    *number = *next;
    if (!insertRow(db.connection(), insertStatement(table.name, table.columns, table.values), bind, addWhat, id, error))
        return false;
    return recordEvent(db.connection(), municipalityId, table.log, *id, QStringLiteral("created"), QString(), title, at,
                       error);
}

bool updateLogged(Database &db, const LoggedTable &table, Id id, Id municipalityId, qint64 expectedVersion,
                  const Bind &bind, const QString &label, const QString &what, const FieldValues &before,
                  const FieldValues &after, QString *error)
{
    const QDateTime at = QDateTime::currentDateTimeUtc();
    if (updateRowVersioned(db, table.name, table.columns, bind, id, expectedVersion, table.kind, label, what, error)
        != VersionedRow::Result::Written)
        return false;
    return recordChanges(db.connection(), municipalityId, table.log, id, before, after, at, error);
}

bool removeLogged(Database &db, const LoggedTable &table, Id id, Id municipalityId, qint64 expectedVersion,
                  const QString &label, const QString &title, const QString &what, QString *error)
{
    const QDateTime at = QDateTime::currentDateTimeUtc();
    if (removeRowVersioned(db, table.name, id, expectedVersion, table.kind, label, what, error)
        != VersionedRow::Result::Written)
        return false;
    return recordEvent(db.connection(), municipalityId, table.log, id, QStringLiteral("removed"), title, QString(), at,
                       error);
}

bool putBackLogged(Database &db, const LoggedTable &table, Id id, Id municipalityId, qint64 removedVersion,
                   const Bind &bind, const QString &title, const QString &what, QString *error)
{
    const QDateTime at = QDateTime::currentDateTimeUtc();
    if (!putBackRow(db, table.name, table.columns, table.values, bind, id, removedVersion, what, error))
        return false;
    return recordEvent(db.connection(), municipalityId, table.log, id, QStringLiteral("restored"), QString(), title, at,
                       error);
}

} // namespace parat::sql
