#include "StatusMappingRepository.h"

#include "Database.h"
#include "SqlUtil.h"

namespace parat {

QList<StatusMapping> StatusMappingRepository::all() const
{
    QList<StatusMapping> list;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT name, definition FROM status_mapping ORDER BY name COLLATE NOCASE")))
        return list;
    while (query.next()) {
        if (std::optional<StatusMapping> mapping
            = StatusMapping::fromJson(query.value(1).toString().toUtf8(), query.value(0).toString()))
            list.append(*mapping);
    }
    return list;
}

std::optional<StatusMapping> StatusMappingRepository::byName(const QString &name) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT name, definition FROM status_mapping WHERE name = :name"));
    query.bindValue(QStringLiteral(":name"), sql::text(name.trimmed()));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return StatusMapping::fromJson(query.value(1).toString().toUtf8(), query.value(0).toString());
}

bool StatusMappingRepository::save(const StatusMapping &mapping, const QDateTime &at, QString *error)
{
    if (!validStatusMappingName(mapping.name)) {
        *error = tr("Give the column mapping a name of 1 to 80 characters.");
        return false;
    }
    return m_db.write(error, [&] {
        QSqlQuery query(m_db.connection());
        if (!sql::prepare(query,
                          QStringLiteral("INSERT INTO status_mapping (name, definition, saved_at) VALUES (:name, "
                                         ":definition, :saved_at) ON CONFLICT (name) DO UPDATE SET definition = "
                                         "excluded.definition, saved_at = excluded.saved_at"),
                          error))
            return false;
        query.bindValue(QStringLiteral(":name"), sql::text(mapping.name.trimmed()));
        query.bindValue(QStringLiteral(":definition"), sql::text(QString::fromUtf8(mapping.toJson())));
        query.bindValue(QStringLiteral(":saved_at"),
                        sql::timeValue(at.isValid() ? at : QDateTime::currentDateTimeUtc()));
        return sql::exec(query, tr("Saving the column mapping"), error);
    });
}

bool StatusMappingRepository::remove(const QString &name, QString *error)
{
    return m_db.write(error, [&] {
        QSqlQuery query(m_db.connection());
        if (!sql::prepare(query, QStringLiteral("DELETE FROM status_mapping WHERE name = :name"), error))
            return false;
        query.bindValue(QStringLiteral(":name"), sql::text(name.trimmed()));
        return sql::exec(query, tr("Removing the column mapping"), error);
    });
}

} // namespace parat
