#include "MunicipalityRepository.h"

#include "Database.h"
#include "SqlUtil.h"
#include "domain/OfficialMunicipalities.h"

namespace parat {

namespace {

const QString kSelect
    = QStringLiteral("SELECT id, code, name, region, go_live, project_owner, project_leader FROM municipality");

Municipality municipalityFrom(const QSqlQuery &query)
{
    Municipality municipality;
    municipality.id = query.value(0).toLongLong();
    municipality.code = query.value(1).toString();
    municipality.name = query.value(2).toString();
    municipality.region = query.value(3).toString();
    municipality.goLive = sql::dateFrom(query.value(4));
    municipality.projectOwner = query.value(5).toString();
    municipality.projectLeader = query.value(6).toString();
    return municipality;
}

std::optional<Municipality> one(const QSqlDatabase &db, const QString &where, const QString &name,
                                const QVariant &value)
{
    QSqlQuery query(db);
    if (!query.prepare(kSelect + where))
        return std::nullopt;
    query.bindValue(name, value);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return municipalityFrom(query);
}

} // namespace

QList<Municipality> MunicipalityRepository::all() const
{
    QList<Municipality> result;
    QSqlQuery query(m_db.connection());
    if (!query.exec(kSelect + QStringLiteral(" ORDER BY code")))
        return result;
    while (query.next())
        result.append(municipalityFrom(query));
    return result;
}

std::optional<Municipality> MunicipalityRepository::byId(Id id) const
{
    return one(m_db.connection(), QStringLiteral(" WHERE id = :id"), QStringLiteral(":id"), id);
}

std::optional<Municipality> MunicipalityRepository::byCode(const QString &code) const
{
    return one(m_db.connection(), QStringLiteral(" WHERE code = :code"), QStringLiteral(":code"), code.trimmed());
}

bool MunicipalityRepository::validate(Municipality *municipality, QString *error) const
{
    municipality->code = municipality->code.trimmed();
    municipality->name = municipality->name.trimmed();
    municipality->region = municipality->region.trimmed();
    const std::optional<MunicipalityInfo> official = officialMunicipality(municipality->code);
    if (!official) {
        *error = tr("\"%1\" is not the code of a Danish municipality. Use one of the 98 official four-digit codes, "
                    "for example 0101 for Copenhagen.")
                     .arg(municipality->code);
        return false;
    }
    if (municipality->name.isEmpty())
        municipality->name = official->name;
    if (municipality->region.isEmpty())
        municipality->region = official->region;
    if (const std::optional<Municipality> existing = byCode(municipality->code);
        existing && existing->id != municipality->id) {
        *error = tr("Municipality %1 (%2) is already in the database.").arg(existing->code, existing->name);
        return false;
    }
    return true;
}

bool MunicipalityRepository::add(Municipality *municipality, QString *error)
{
    Municipality candidate = *municipality;
    candidate.id = 0;
    if (!validate(&candidate, error))
        return false;
    const bool ok = m_db.write(error, [&] {
        QSqlQuery query(m_db.connection());
        if (!sql::prepare(query,
                          QStringLiteral("INSERT INTO municipality (code, name, region, go_live, project_owner, "
                                         "project_leader, created_at) VALUES (:code, :name, :region, :go_live, "
                                         ":project_owner, :project_leader, :created_at)"),
                          error))
            return false;
        query.bindValue(QStringLiteral(":code"), sql::text(candidate.code));
        query.bindValue(QStringLiteral(":name"), sql::text(candidate.name));
        query.bindValue(QStringLiteral(":region"), sql::text(candidate.region));
        query.bindValue(QStringLiteral(":go_live"), sql::dateValue(candidate.goLive));
        query.bindValue(QStringLiteral(":project_owner"), sql::text(candidate.projectOwner));
        query.bindValue(QStringLiteral(":project_leader"), sql::text(candidate.projectLeader));
        query.bindValue(QStringLiteral(":created_at"), sql::timeValue(QDateTime::currentDateTimeUtc()));
        if (!sql::exec(query, tr("Municipality %1 could not be added").arg(candidate.code), error))
            return false;
        candidate.id = query.lastInsertId().toLongLong();
        return true;
    });
    if (ok)
        *municipality = candidate;
    return ok;
}

bool MunicipalityRepository::update(const Municipality &municipality, QString *error)
{
    if (!byId(municipality.id)) {
        *error = tr("The municipality to change is not in the database.");
        return false;
    }
    Municipality candidate = municipality;
    if (!validate(&candidate, error))
        return false;
    return m_db.write(error, [&] {
        QSqlQuery query(m_db.connection());
        if (!sql::prepare(query,
                          QStringLiteral("UPDATE municipality SET code = :code, name = :name, region = :region, "
                                         "go_live = :go_live, project_owner = :project_owner, "
                                         "project_leader = :project_leader WHERE id = :id"),
                          error))
            return false;
        query.bindValue(QStringLiteral(":code"), sql::text(candidate.code));
        query.bindValue(QStringLiteral(":name"), sql::text(candidate.name));
        query.bindValue(QStringLiteral(":region"), sql::text(candidate.region));
        query.bindValue(QStringLiteral(":go_live"), sql::dateValue(candidate.goLive));
        query.bindValue(QStringLiteral(":project_owner"), sql::text(candidate.projectOwner));
        query.bindValue(QStringLiteral(":project_leader"), sql::text(candidate.projectLeader));
        query.bindValue(QStringLiteral(":id"), candidate.id);
        return sql::exec(query, tr("Municipality %1 could not be changed").arg(candidate.code), error);
    });
}

bool MunicipalityRepository::remove(Id id, QString *error)
{
    const std::optional<Municipality> existing = byId(id);
    if (!existing) {
        *error = tr("The municipality to remove is not in the database.");
        return false;
    }
    // Foreign keys cascade: people, local tasks, task states and their history go with the municipality.
    return m_db.write(error, [&] {
        QSqlQuery query(m_db.connection());
        if (!sql::prepare(query, QStringLiteral("DELETE FROM municipality WHERE id = :id"), error))
            return false;
        query.bindValue(QStringLiteral(":id"), id);
        return sql::exec(query, tr("Municipality %1 could not be removed").arg(existing->code), error);
    });
}

} // namespace parat
