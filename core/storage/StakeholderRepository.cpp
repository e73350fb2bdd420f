#include "StakeholderRepository.h"

#include "Database.h"
#include "RowVersion.h"
#include "RowWrites.h"
#include "SqlRows.h"
#include "SqlUtil.h"
#include "storage/Statements.h"

#include <algorithm>

namespace parat {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, municipality_id, name, kind, internal, unit, project_role, influence, affectedness, engagement_now, "
    "engagement_target, concerns, strategy, note_before, note_during, note_after, owner_id, next_contact, "
    "last_reviewed, version FROM stakeholder");

const QString kColumns = QStringLiteral(
    "municipality_id, name, kind, internal, unit, project_role, influence, affectedness, engagement_now, "
    "engagement_target, concerns, strategy, note_before, note_during, note_after, owner_id, next_contact, "
    "last_reviewed");

const QString kValues = QStringLiteral(
    ":municipality_id, :name, :kind, :internal, :unit, :project_role, :influence, :affectedness, :engagement_now, "
    ":engagement_target, :concerns, :strategy, :note_before, :note_during, :note_after, :owner_id, :next_contact, "
    ":last_reviewed");

// A stakeholder's engagement now and as the target, from their stored codes (an unknown code reads as the default).
void setEngagements(Stakeholder &s, const QString &now, const QString &target)
{
    s.engagementNow = engagementFromCode(now).value_or(Engagement::Neutral);
    s.engagementTarget = engagementFromCode(target).value_or(Engagement::Supportive);
}

template<typename Row> Stakeholder stakeholderFrom(const Row &row)
{
    Stakeholder s;
    s.id = row.integer(0);
    s.municipalityId = row.integer(1);
    s.name = row.text(2);
    s.kind = stakeholderKindFromCode(row.text(3)).value_or(StakeholderKind::Person);
    s.internal = row.boolean(4);
    s.unit = row.text(5);
    s.projectRole = row.text(6);
    s.influence = int(row.integer(7));
    s.affectedness = int(row.integer(8));
    setEngagements(s, row.text(9), row.text(10));
    s.concerns = row.text(11);
    s.strategy = strategyFromCode(row.text(12)).value_or(Strategy::Inform);
    s.noteBefore = row.text(13);
    s.noteDuring = row.text(14);
    s.noteAfter = row.text(15);
    s.ownerId = row.id(16);
    s.nextContact = row.date(17);
    s.lastReviewed = row.date(18);
    s.version = row.integer(19);
    return s;
}

void bindStakeholder(QSqlQuery &query, const Stakeholder &s)
{
    query.bindValue(QStringLiteral(":municipality_id"), s.municipalityId);
    query.bindValue(QStringLiteral(":name"), sql::text(s.name));
    query.bindValue(QStringLiteral(":kind"), stakeholderKindCode(s.kind));
    query.bindValue(QStringLiteral(":internal"), s.internal ? 1 : 0);
    query.bindValue(QStringLiteral(":unit"), sql::text(s.unit));
    query.bindValue(QStringLiteral(":project_role"), sql::text(s.projectRole));
    query.bindValue(QStringLiteral(":influence"), s.influence);
    query.bindValue(QStringLiteral(":affectedness"), s.affectedness);
    query.bindValue(QStringLiteral(":engagement_now"), engagementCode(s.engagementNow));
    query.bindValue(QStringLiteral(":engagement_target"), engagementCode(s.engagementTarget));
    query.bindValue(QStringLiteral(":concerns"), sql::text(s.concerns));
    query.bindValue(QStringLiteral(":strategy"), strategyCode(s.strategy));
    query.bindValue(QStringLiteral(":note_before"), sql::text(s.noteBefore));
    query.bindValue(QStringLiteral(":note_during"), sql::text(s.noteDuring));
    query.bindValue(QStringLiteral(":note_after"), sql::text(s.noteAfter));
    query.bindValue(QStringLiteral(":owner_id"), sql::idValue(s.ownerId));
    query.bindValue(QStringLiteral(":next_contact"), sql::dateValue(s.nextContact));
    query.bindValue(QStringLiteral(":last_reviewed"), sql::dateValue(s.lastReviewed));
}

// Only what a stakeholder's engagement gap needs (engagementByMunicipality, engagementForMunicipality).
const QString kEngagementSelect = QStringLiteral(
    "SELECT id, municipality_id, name, influence, affectedness, engagement_now, engagement_target FROM stakeholder");

Stakeholder engagementFrom(const sql::BulkQuery &query)
{
    Stakeholder s;
    s.id = query.integer(0);
    s.municipalityId = query.integer(1);
    s.name = query.text(2);
    s.influence = int(query.integer(3));
    s.affectedness = int(query.integer(4));
    setEngagements(s, query.text(5), query.text(6));
    return s;
}

bool inScale(int value)
{
    return value >= 0 && value <= kStakeholderScaleMax;
}

} // namespace

QList<Stakeholder> StakeholderRepository::forMunicipality(Id municipalityId) const
{
    QList<Stakeholder> result = sql::selectRows<Stakeholder>(
        m_db.connection(), kSelect + QStringLiteral(" WHERE municipality_id = :municipality ORDER BY name, id"),
        QStringLiteral(":municipality"), municipalityId, stakeholderFrom);
    std::stable_sort(result.begin(), result.end(), sql::nameBefore<Stakeholder>);
    return result;
}

QHash<Id, QList<Stakeholder>> StakeholderRepository::byMunicipality() const
{
    // By id (the table's own order, no sort step), then each list by name as forMunicipality() orders it.
    sql::BulkQuery query(m_db.connection(), kSelect + QStringLiteral(" ORDER BY id"));
    return sql::groupByMunicipality<Stakeholder>(
        query, 1, [](const sql::BulkQuery &row) { return stakeholderFrom(row); }, sql::nameBefore<Stakeholder>);
}

QHash<Id, QList<Stakeholder>> StakeholderRepository::engagementByMunicipality() const
{
    sql::BulkQuery query(m_db.connection(), kEngagementSelect + QStringLiteral(" ORDER BY id"));
    QHash<Id, QList<Stakeholder>> result;
    while (query.next()) {
        Stakeholder s = engagementFrom(query);
        result[s.municipalityId].append(s);
    }
    return result;
}

QList<Stakeholder> StakeholderRepository::engagementForMunicipality(Id municipalityId) const
{
    QList<Stakeholder> result;
    sql::BulkQuery query(m_db.connection(),
                         kEngagementSelect + QStringLiteral(" WHERE municipality_id = :municipality ORDER BY id"));
    if (!query.isValid() || !query.bind(QStringLiteral(":municipality"), municipalityId))
        return result;
    while (query.next())
        result.append(engagementFrom(query));
    return result;
}

std::optional<Stakeholder> StakeholderRepository::byId(Id id) const
{
    return sql::selectRow<Stakeholder>(m_db.connection(), kSelect + QStringLiteral(" WHERE id = :id"),
                                       QStringLiteral(":id"), id, stakeholderFrom);
}

bool StakeholderRepository::validate(Stakeholder *s, QString *error) const
{
    s->name = s->name.trimmed();
    s->unit = s->unit.trimmed();
    s->projectRole = s->projectRole.trimmed();
    if (s->name.isEmpty()) {
        *error = tr("A stakeholder needs a name.");
        return false;
    }
    if (!inScale(s->influence) || !inScale(s->affectedness)) {
        *error = tr("Influence and how affected %1 is must be between 0 and 3.").arg(s->name);
        return false;
    }
    if (!sql::municipalityExists(m_db.connection(), s->municipalityId)) {
        *error = tr("The municipality of %1 is not in the database.").arg(s->name);
        return false;
    }
    if (!sql::isPersonOf(m_db, s->ownerId, s->municipalityId)) {
        *error = tr("The owner of %1 must be a person of the same municipality.").arg(s->name);
        return false;
    }
    return true;
}

bool StakeholderRepository::add(Stakeholder *stakeholder, QString *error)
{
    return sql::addValidated(
        m_db, stakeholder, [this](Stakeholder *candidate, QString *problem) { return validate(candidate, problem); },
        [&](Stakeholder &candidate) {
            return sql::insertRow(
                m_db.connection(), sql::insertStatement(QStringLiteral("stakeholder"), kColumns, kValues),
                [&](QSqlQuery &query) { bindStakeholder(query, candidate); },
                tr("%1 could not be added").arg(candidate.name), &candidate.id, error);
        },
        error);
}

bool StakeholderRepository::update(const Stakeholder &stakeholder, QString *error)
{
    const std::optional<Stakeholder> existing = sql::storedForEdit(
        byId(stakeholder.id), stakeholder.municipalityId, tr("The stakeholder to change is not in the database."),
        [](const Stakeholder &stored) { return tr("%1 cannot be moved to another municipality.").arg(stored.name); },
        error);
    if (!existing)
        return false;
    if (sql::refuseStale(m_db, QStringLiteral("stakeholder"), stakeholder.id, stakeholder.version, existing->version,
                         sql::RowKind::Stakeholder, existing->name, error))
        return false;
    Stakeholder candidate = stakeholder;
    if (!validate(&candidate, error))
        return false;
    return m_db.write(error, [&] {
        return sql::updateRowVersioned(
                   m_db, QStringLiteral("stakeholder"), kColumns,
                   [&](QSqlQuery &query) { bindStakeholder(query, candidate); }, candidate.id, stakeholder.version,
                   sql::RowKind::Stakeholder, existing->name, tr("%1 could not be changed").arg(candidate.name), error)
            == sql::VersionedRow::Result::Written;
    });
}

bool StakeholderRepository::move(Id id, int influence, int affectedness, QString *error, qint64 expectedVersion)
{
    std::optional<Stakeholder> existing = byId(id);
    if (!existing) {
        *error = tr("The stakeholder to move is not in the database.");
        return false;
    }
    existing->influence = influence;
    existing->affectedness = affectedness;
    // Checked against the version the move was read with (update() refuses another one, naming who changed it).
    if (expectedVersion != sql::kUncheckedVersion)
        existing->version = expectedVersion;
    return update(*existing, error);
}

bool StakeholderRepository::take(Id id, RemovedStakeholder *removed, QString *error, qint64 expectedVersion)
{
    const std::optional<Stakeholder> existing = byId(id);
    if (!existing) {
        *error = tr("The stakeholder to remove is not in the database.");
        return false;
    }
    RemovedStakeholder taken;
    taken.stakeholder = *existing;
    const bool ok = m_db.write(error, [&] {
        if (!sql::idsNaming(m_db.connection(), QStringLiteral("communication_item"), QStringLiteral("stakeholder_id"),
                            id, tr("The communication about %1 could not be read").arg(existing->name),
                            &taken.communicationItems, error))
            return false;
        // ON DELETE SET NULL clears the stakeholder from communication items (which count as changed).
        if (!sql::bumpRowsNaming(m_db, QStringLiteral("communication_item"), QStringLiteral("stakeholder_id"), id,
                                 error))
            return false;
        return sql::removeRowVersioned(m_db, QStringLiteral("stakeholder"), id, expectedVersion,
                                       sql::RowKind::Stakeholder, existing->name,
                                       tr("%1 could not be removed").arg(existing->name), error)
            == sql::VersionedRow::Result::Written;
    });
    if (ok)
        *removed = std::move(taken);
    return ok;
}

bool StakeholderRepository::restore(const RemovedStakeholder &removed, QString *error)
{
    Stakeholder candidate = removed.stakeholder;
    if (!sql::readyToPutBack(
            m_db, &candidate, candidate.id != 0, [&](Id id) { return byId(id); },
            [&](Stakeholder *s, QString *e) { return validate(s, e); },
            tr("The stakeholder to put back has no number."),
            tr("%1 cannot be put back: the number is used by another stakeholder.").arg(candidate.name), error))
        return false;
    return m_db.write(error, [&] {
        if (!sql::putBackRow(
                m_db, QStringLiteral("stakeholder"), kColumns, kValues,
                [&](QSqlQuery &query) { bindStakeholder(query, candidate); }, candidate.id, removed.stakeholder.version,
                tr("%1 could not be put back").arg(candidate.name), error))
            return false;
        return sql::nameAgain(m_db.connection(), QStringLiteral("communication_item"), QStringLiteral("stakeholder_id"),
                              candidate.id, removed.communicationItems, candidate.municipalityId,
                              tr("The communication about %1 could not be linked again").arg(candidate.name), error);
    });
}

} // namespace parat
