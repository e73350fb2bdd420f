#include "CommunicationRepository.h"

#include "Database.h"
#include "PersonRepository.h"
#include "RowVersion.h"
#include "RowWrites.h"
#include "SqlUtil.h"
#include "StakeholderRepository.h"
#include "storage/Statements.h"

namespace parat {

namespace {

const QString kColumns
    = QStringLiteral("municipality_id, stakeholder_id, target_group, occasion, task_id, message, goal, channel, "
                     "sender_id, planned_on, responsible_id, status, done_on");
const QString kValues
    = QStringLiteral(":municipality_id, :stakeholder_id, :target_group, :occasion, :task_id, :message, :goal, "
                     ":channel, :sender_id, :planned_on, :responsible_id, :status, :done_on");
const QString kSelect = QStringLiteral("SELECT id, ") + kColumns + QStringLiteral(", version FROM communication_item");

CommunicationItem itemFrom(const QSqlQuery &query)
{
    CommunicationItem item;
    item.id = query.value(0).toLongLong();
    item.municipalityId = query.value(1).toLongLong();
    item.stakeholderId = sql::idFrom(query.value(2));
    item.targetGroup = query.value(3).toString();
    item.occasion = query.value(4).toString();
    item.taskId = sql::idFrom(query.value(5));
    item.message = query.value(6).toString();
    item.goal = query.value(7).toString();
    item.channel = channelFromCode(query.value(8).toString()).value_or(Channel::Email);
    item.senderId = sql::idFrom(query.value(9));
    item.plannedOn = sql::dateFrom(query.value(10));
    item.responsibleId = sql::idFrom(query.value(11));
    item.status = communicationStatusFromCode(query.value(12).toString()).value_or(CommunicationStatus::Planned);
    item.doneOn = sql::dateFrom(query.value(13));
    item.version = query.value(14).toLongLong();
    return item;
}

void bindItem(QSqlQuery &query, const CommunicationItem &item)
{
    query.bindValue(QStringLiteral(":municipality_id"), item.municipalityId);
    query.bindValue(QStringLiteral(":stakeholder_id"), sql::idValue(item.stakeholderId));
    query.bindValue(QStringLiteral(":target_group"), sql::text(item.targetGroup));
    query.bindValue(QStringLiteral(":occasion"), sql::text(item.occasion));
    query.bindValue(QStringLiteral(":task_id"), sql::idValue(item.taskId));
    query.bindValue(QStringLiteral(":message"), sql::text(item.message));
    query.bindValue(QStringLiteral(":goal"), sql::text(item.goal));
    query.bindValue(QStringLiteral(":channel"), channelCode(item.channel));
    query.bindValue(QStringLiteral(":sender_id"), sql::idValue(item.senderId));
    query.bindValue(QStringLiteral(":planned_on"), sql::dateValue(item.plannedOn));
    query.bindValue(QStringLiteral(":responsible_id"), sql::idValue(item.responsibleId));
    query.bindValue(QStringLiteral(":status"), communicationStatusCode(item.status));
    query.bindValue(QStringLiteral(":done_on"), sql::dateValue(item.doneOn));
}

// How the refusal of a stale edit names the item: its occasion, else its target group.
QString itemLabel(const CommunicationItem &item)
{
    const QString occasion = item.occasion.trimmed();
    return QLatin1Char('"') + (occasion.isEmpty() ? item.targetGroup.trimmed() : occasion) + QLatin1Char('"');
}

} // namespace

QList<CommunicationItem> CommunicationRepository::forMunicipality(Id municipalityId) const
{
    return sql::selectAll<CommunicationItem>(
        m_db.connection(),
        kSelect + QStringLiteral(" WHERE municipality_id = :municipality ORDER BY planned_on IS NULL, planned_on, id"),
        QStringLiteral(":municipality"), municipalityId, itemFrom);
}

std::optional<CommunicationItem> CommunicationRepository::byId(Id id) const
{
    return sql::selectOne<CommunicationItem>(m_db.connection(), kSelect + QStringLiteral(" WHERE id = :id"),
                                             QStringLiteral(":id"), id, itemFrom);
}

bool CommunicationRepository::validate(CommunicationItem *item, QString *error) const
{
    item->targetGroup = item->targetGroup.trimmed();
    item->occasion = item->occasion.trimmed();
    item->message = item->message.trimmed();
    item->goal = item->goal.trimmed();
    if (item->stakeholderId == 0 && item->targetGroup.isEmpty()) {
        *error = tr("A communication item needs a stakeholder or a target group.");
        return false;
    }
    if (item->message.isEmpty() && item->occasion.isEmpty()) {
        *error = tr("A communication item needs an occasion or a message.");
        return false;
    }
    if (item->stakeholderId != 0) {
        const std::optional<Stakeholder> stakeholder = StakeholderRepository(m_db).byId(item->stakeholderId);
        if (!stakeholder || stakeholder->municipalityId != item->municipalityId) {
            *error = tr("The stakeholder of a communication item must be one of the same municipality.");
            return false;
        }
    }
    for (Id personId : {item->senderId, item->responsibleId}) {
        if (!sql::isPersonOf(m_db, personId, item->municipalityId)) {
            *error = tr("The sender and the responsible must be people of the same municipality.");
            return false;
        }
    }
    if (item->status != CommunicationStatus::Done)
        item->doneOn = QDate();
    return true;
}

bool CommunicationRepository::insert(const CommunicationItem &item, bool withId, Id *newId, QString *error)
{
    const auto bind = [&](QSqlQuery &query) { bindItem(query, item); };
    return m_db.write(error, [&] {
        // Put back after a removal: with its own id, one version past the one it was removed at.
        if (withId)
            return sql::putBackRow(m_db, QStringLiteral("communication_item"), kColumns, kValues, bind, item.id,
                                   item.version, tr("The communication item could not be stored"), error);
        return sql::insertRow(m_db.connection(),
                              sql::insertStatement(QStringLiteral("communication_item"), kColumns, kValues), bind,
                              tr("The communication item could not be stored"), newId, error);
    });
}

bool CommunicationRepository::add(CommunicationItem *item, QString *error)
{
    CommunicationItem candidate = *item;
    candidate.id = 0;
    if (!validate(&candidate, error))
        return false;
    Id id = 0;
    if (!insert(candidate, false, &id, error))
        return false;
    candidate.id = id;
    *item = candidate;
    return true;
}

bool CommunicationRepository::update(const CommunicationItem &item, QString *error)
{
    const std::optional<CommunicationItem> existing = sql::storedForEdit(
        byId(item.id), item.municipalityId, tr("The communication item to change is not in the database."),
        [](const CommunicationItem &) { return tr("A communication item cannot be moved to another municipality."); },
        error);
    if (!existing)
        return false;
    const QString label = itemLabel(*existing);
    if (sql::refuseStale(m_db, QStringLiteral("communication_item"), item.id, item.version, existing->version,
                         sql::RowKind::CommunicationItem, label, error))
        return false;
    CommunicationItem candidate = item;
    if (!validate(&candidate, error))
        return false;
    return m_db.write(error, [&] {
        return sql::updateRowVersioned(
                   m_db, QStringLiteral("communication_item"), kColumns,
                   [&](QSqlQuery &query) { bindItem(query, candidate); }, candidate.id, item.version,
                   sql::RowKind::CommunicationItem, label, tr("The communication item could not be changed"), error)
            == sql::VersionedRow::Result::Written;
    });
}

bool CommunicationRepository::remove(Id id, QString *error, qint64 expectedVersion)
{
    const std::optional<CommunicationItem> existing = byId(id);
    if (!existing) {
        *error = tr("The communication item to remove is not in the database.");
        return false;
    }
    return m_db.write(error, [&] {
        return sql::removeRowVersioned(m_db, QStringLiteral("communication_item"), id, expectedVersion,
                                       sql::RowKind::CommunicationItem, itemLabel(*existing),
                                       tr("The communication item could not be removed"), error)
            == sql::VersionedRow::Result::Written;
    });
}

bool CommunicationRepository::take(Id id, CommunicationItem *removed, QString *error, qint64 expectedVersion)
{
    const std::optional<CommunicationItem> stored = byId(id);
    if (!remove(id, error, expectedVersion))
        return false;
    if (stored)
        *removed = *stored;
    return true;
}

bool CommunicationRepository::restore(const CommunicationItem &item, QString *error)
{
    if (item.id == 0 || byId(item.id)) {
        *error = tr("The communication item cannot be put back: its number is in use.");
        return false;
    }
    CommunicationItem candidate = item;
    // Links that have gone since are dropped rather than failing the undo.
    const PersonRepository people(m_db);
    if (candidate.senderId != 0 && !people.byId(candidate.senderId))
        candidate.senderId = 0;
    if (candidate.responsibleId != 0 && !people.byId(candidate.responsibleId))
        candidate.responsibleId = 0;
    if (candidate.stakeholderId != 0 && !StakeholderRepository(m_db).byId(candidate.stakeholderId)) {
        candidate.stakeholderId = 0;
        if (candidate.targetGroup.isEmpty())
            candidate.targetGroup = tr("(removed stakeholder)");
    }
    if (!validate(&candidate, error))
        return false;
    Id id = 0;
    return insert(candidate, true, &id, error);
}

} // namespace parat
