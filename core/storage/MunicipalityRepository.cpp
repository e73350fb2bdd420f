#include "MunicipalityRepository.h"

#include "Database.h"
#include "RowVersion.h"
#include "SqlDialect.h"
#include "SqlRows.h"
#include "SqlUtil.h"
#include "domain/OfficialMunicipalities.h"
#include "storage/Statements.h"

#include <QHash>
#include <QSqlRecord>

namespace parat {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, code, name, region, go_live, project_owner, project_leader, version FROM municipality");

// One municipality from the kSelect columns of a row (sql::BulkQuery).
template<typename Row> Municipality municipalityFrom(const Row &row)
{
    Municipality municipality;
    municipality.id = row.integer(0);
    municipality.code = row.text(1);
    municipality.name = row.text(2);
    municipality.region = row.text(3);
    municipality.goLive = row.date(4);
    municipality.projectOwner = row.text(5);
    municipality.projectLeader = row.text(6);
    municipality.version = row.integer(7);
    return municipality;
}

// The municipality `where` picks, read through sql::BulkQuery: a municipality is read several times before the window's
// first paint (its title, the overview, the capacity signals), and Qt SQL's prepare and QVariants were most of each
// read.
template<typename Value>
std::optional<Municipality> one(const QSqlDatabase &db, const QString &where, const QString &name, const Value &value)
{
    sql::BulkQuery query(db, kSelect + where);
    if (!query.isValid() || !query.bind(name, value) || !query.next())
        return std::nullopt;
    return municipalityFrom(query);
}

QString quoted(const QString &identifier)
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// The schema's foreign keys, through the dialect (PRAGMA foreign_key_list on a file, pg_constraint on a server).
using ForeignKey = sql::ForeignKey;

bool schemaForeignKeys(const QSqlDatabase &db, QList<ForeignKey> *keys, QString *error)
{
    QString problem;
    if (sql::foreignKeys(db, keys, &problem))
        return true;
    *error = MunicipalityRepository::tr("The tables could not be listed") + QStringLiteral(": ") + problem;
    return false;
}

// The columns an insert and an update of a municipality share.
void bindMunicipality(QSqlQuery &query, const Municipality &municipality)
{
    query.bindValue(QStringLiteral(":code"), sql::text(municipality.code));
    query.bindValue(QStringLiteral(":name"), sql::text(municipality.name));
    query.bindValue(QStringLiteral(":region"), sql::text(municipality.region));
    query.bindValue(QStringLiteral(":go_live"), sql::dateValue(municipality.goLive));
    query.bindValue(QStringLiteral(":project_owner"), sql::text(municipality.projectOwner));
    query.bindValue(QStringLiteral(":project_leader"), sql::text(municipality.projectLeader));
}

} // namespace

int MunicipalitySnapshot::rowCount(const QString &table) const
{
    for (const Table &t : tables) {
        if (t.name == table)
            return int(t.rows.size());
    }
    return 0;
}

QList<Municipality> MunicipalityRepository::all() const
{
    // Through sql::BulkQuery: the window reads the list of 98 at start (its municipality list), and Qt SQL's QVariant
    // and UTF-16 copy of every value cost several times the read itself.
    QList<Municipality> result;
    sql::BulkQuery query(m_db.connection(), kSelect + QStringLiteral(" ORDER BY code"));
    if (!query.isValid())
        return result;
    while (query.next())
        result.append(municipalityFrom(query));
    return result;
}

int MunicipalityRepository::count() const
{
    sql::BulkQuery query(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM municipality"));
    return query.isValid() && query.next() ? int(query.integer(0)) : 0;
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
        return sql::insertRow(
            m_db.connection(),
            QStringLiteral("INSERT INTO municipality (code, name, region, go_live, project_owner, "
                           "project_leader, created_at) VALUES (:code, :name, :region, :go_live, "
                           ":project_owner, :project_leader, :created_at)"),
            [&](QSqlQuery &query) {
                bindMunicipality(query, candidate);
                query.bindValue(QStringLiteral(":created_at"), sql::timeValue(QDateTime::currentDateTimeUtc()));
            },
            tr("Municipality %1 could not be added").arg(candidate.code), &candidate.id, error);
    });
    if (ok)
        *municipality = candidate;
    return ok;
}

bool MunicipalityRepository::update(const Municipality &municipality, QString *error)
{
    const std::optional<Municipality> existing = byId(municipality.id);
    if (!existing) {
        *error = tr("The municipality to change is not in the database.");
        return false;
    }
    const QString label = existing->code + QLatin1Char(' ') + existing->name;
    if (sql::refuseStale(m_db, QStringLiteral("municipality"), municipality.id, municipality.version, existing->version,
                         sql::RowKind::Municipality, label, error))
        return false;
    Municipality candidate = municipality;
    if (!validate(&candidate, error))
        return false;
    // Checked against the version the edit was read with (docs/team-mode.md "Concurrent edits").
    return m_db.write(error, [&] {
        return sql::updateRowVersioned(
                   m_db, QStringLiteral("municipality"),
                   QStringLiteral("code, name, region, go_live, project_owner, project_leader"),
                   [&](QSqlQuery &query) { bindMunicipality(query, candidate); }, candidate.id, municipality.version,
                   sql::RowKind::Municipality, label, tr("Municipality %1 could not be changed").arg(candidate.code),
                   error)
            == sql::VersionedRow::Result::Written;
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
        return sql::deleteById(m_db.connection(), QStringLiteral("municipality"), id,
                               tr("Municipality %1 could not be removed").arg(existing->code), error);
    });
}

bool MunicipalityRepository::snapshot(Id id, MunicipalitySnapshot *snapshot, QString *error) const
{
    const std::optional<Municipality> existing = byId(id);
    if (!existing) {
        *error = tr("The municipality is not in the database.");
        return false;
    }
    const QSqlDatabase db = m_db.connection();
    QList<ForeignKey> keys;
    if (!schemaForeignKeys(db, &keys, error))
        return false;

    // What a municipality owns is what removing it deletes: every row reached from its row through foreign
    // keys with ON DELETE CASCADE, however deep. Found from the schema, so tables added by later migrations
    // (and their new columns) are covered without changing this code. Each owned table gets a condition
    // selecting its owned rows; a table reached through several keys owns the rows any of them reaches.
    QStringList order {QStringLiteral("municipality")};
    QHash<QString, QStringList> conditions {{QStringLiteral("municipality"), {QStringLiteral("id = :id")}}};
    auto condition = [&](const QString &table) {
        return QLatin1Char('(') + conditions.value(table).join(QStringLiteral(") OR (")) + QLatin1Char(')');
    };
    for (bool grew = true; grew;) {
        grew = false;
        for (const ForeignKey &key : std::as_const(keys)) {
            if (!key.cascades || !conditions.contains(key.parent) || key.table == key.parent)
                continue;
            const QString reached
                = QStringLiteral("%1 IN (SELECT %2 FROM %3 WHERE %4)")
                      .arg(quoted(key.from), quoted(key.to), quoted(key.parent), condition(key.parent));
            QStringList &own = conditions[key.table];
            if (own.contains(reached))
                continue;
            // Conditions only grow by keys from tables already owned; nesting stays finite because a key is
            // added once per parent condition it was built from.
            if (own.size() > 16) {
                *error = tr("The tables of the database link to each other too deeply to be copied.");
                return false;
            }
            own.append(reached);
            if (!order.contains(key.table))
                order.append(key.table);
            grew = true;
        }
    }

    MunicipalitySnapshot result;
    result.municipality = *existing;
    for (const QString &table : std::as_const(order)) {
        QSqlQuery query(db);
        if (!sql::prepare(query, QStringLiteral("SELECT * FROM %1 WHERE %2").arg(quoted(table), condition(table)),
                          error))
            return false;
        query.bindValue(QStringLiteral(":id"), id);
        if (!sql::exec(query, tr("The rows of table %1 could not be read").arg(table), error))
            return false;
        MunicipalitySnapshot::Table copy;
        copy.name = table;
        const QSqlRecord record = query.record();
        for (int column = 0; column < record.count(); ++column)
            copy.columns.append(record.fieldName(column));
        while (query.next()) {
            QVariantList row;
            row.reserve(copy.columns.size());
            for (int column = 0; column < copy.columns.size(); ++column) {
                const QVariant value = query.value(column);
                if (value.isNull())
                    row.append(QVariant());
                else if (value.typeId() == QMetaType::QString)
                    row.append(sql::text(value.toString())); // keep '' as '' (a null QString binds as NULL)
                else
                    row.append(value);
            }
            copy.rows.append(row);
        }
        result.tables.append(copy);
    }
    *snapshot = result;
    return true;
}

bool MunicipalityRepository::take(Id id, MunicipalitySnapshot *snapshot, QString *error, qint64 expectedVersion)
{
    MunicipalitySnapshot taken;
    const bool ok = m_db.write(error, [&] {
        if (!m_db.lockPlanWork(error) || !this->snapshot(id, &taken, error))
            return false;
        // Refused when someone else changed the municipality since the removal was read.
        const QString label = taken.municipality.code + QLatin1Char(' ') + taken.municipality.name;
        if (sql::refuseStale(m_db, QStringLiteral("municipality"), id, expectedVersion, taken.municipality.version,
                             sql::RowKind::Municipality, label, error))
            return false;
        return remove(id, error);
    });
    if (ok)
        *snapshot = taken;
    return ok;
}

bool MunicipalityRepository::putBack(const MunicipalitySnapshot &snapshot, QString *error)
{
    if (snapshot.isEmpty()) {
        *error = tr("There is no municipality to put back.");
        return false;
    }
    if (const std::optional<Municipality> existing = byCode(snapshot.municipality.code)) {
        *error = tr("Municipality %1 (%2) cannot be put back: it is in the database again.")
                     .arg(existing->code, existing->name);
        return false;
    }
    return m_db.write(error, [&] {
        if (!m_db.lockPlanWork(error))
            return false;
        const QSqlDatabase db = m_db.connection();
        // Rows refer to each other in any order (a person's manager may have a higher id); the keys are
        // checked when the transaction commits. Both engines switch this off again at COMMIT or ROLLBACK.
        QSqlQuery defer(db);
        // Run, not prepared: PostgreSQL cannot prepare SET CONSTRAINTS.
        if (!defer.exec(sql::deferForeignKeysStatement(sql::engineOf(db)))) {
            *error = tr("The database could not defer its checks") + QStringLiteral(": ")
                + sql::errorText(defer.lastError());
            return false;
        }
        for (const MunicipalitySnapshot::Table &table : snapshot.tables) {
            QStringList columns;
            QStringList placeholders;
            for (int column = 0; column < table.columns.size(); ++column) {
                columns.append(quoted(table.columns.at(column)));
                placeholders.append(QStringLiteral(":v%1").arg(column));
            }
            QSqlQuery query(db);
            if (!sql::prepare(query,
                              QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                  .arg(quoted(table.name), columns.join(QStringLiteral(", ")),
                                       placeholders.join(QStringLiteral(", "))),
                              error))
                return false;
            for (const QVariantList &row : table.rows) {
                for (int column = 0; column < row.size(); ++column)
                    query.bindValue(placeholders.at(column), row.at(column));
                if (!sql::exec(query,
                               tr("Municipality %1 could not be put back (table %2)")
                                   .arg(snapshot.municipality.code, table.name),
                               error))
                    return false;
            }
        }
        // One version past the one it was removed at, so an edit read before the removal is still refused.
        return sql::stampRestored(m_db, QStringLiteral("municipality"), snapshot.municipality.id,
                                  snapshot.municipality.version + 1, error);
    });
}

} // namespace parat
