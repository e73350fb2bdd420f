#include "GoLiveRepository.h"

#include "Database.h"
#include "MunicipalityRepository.h"
#include "RowVersion.h"
#include "RowWrites.h"
#include "SqlRows.h"
#include "SqlUtil.h"
#include "storage/Statements.h"

namespace parat {

namespace {

const QString kColumns = QStringLiteral("municipality_id, sort_order, title, measure, owner_id, due, evidence, "
                                        "evidence_link, status, reason");
const QString kValues = QStringLiteral(":municipality_id, :sort_order, :title, :measure, :owner_id, :due, :evidence, "
                                       ":evidence_link, :status, :reason");
const QString kSelect = QStringLiteral("SELECT id, ") + kColumns + QStringLiteral(", version FROM golive_criterion");

// How the version check's message names a criterion: "The go-live criterion "Superusers trained" …".
QString criterionLabel(const GoLiveCriterion &c)
{
    return QLatin1Char('"') + c.title + QLatin1Char('"');
}

template<typename Row> GoLiveCriterion criterionFrom(const Row &row)
{
    GoLiveCriterion c;
    c.id = row.integer(0);
    c.municipalityId = row.integer(1);
    c.sortOrder = int(row.integer(2));
    c.title = row.text(3);
    c.measure = goLiveMeasureFromCode(row.text(4)).value_or(GoLiveMeasure::None);
    c.ownerId = row.id(5);
    c.due = row.date(6);
    c.evidence = row.text(7);
    c.evidenceLink = row.text(8);
    c.status = goLiveStatusFromCode(row.text(9)).value_or(GoLiveStatus::NotMet);
    c.reason = row.text(10);
    c.version = row.integer(11);
    return c;
}

GoLiveCriterion criterionFrom(const QSqlQuery &query)
{
    return criterionFrom(sql::QueryRow(query));
}

void bindCriterion(QSqlQuery &query, const GoLiveCriterion &c)
{
    query.bindValue(QStringLiteral(":municipality_id"), c.municipalityId);
    query.bindValue(QStringLiteral(":sort_order"), c.sortOrder);
    query.bindValue(QStringLiteral(":title"), sql::text(c.title));
    query.bindValue(QStringLiteral(":measure"), sql::text(goLiveMeasureCode(c.measure)));
    query.bindValue(QStringLiteral(":owner_id"), sql::idValue(c.ownerId));
    query.bindValue(QStringLiteral(":due"), sql::dateValue(c.due));
    query.bindValue(QStringLiteral(":evidence"), sql::text(c.evidence));
    query.bindValue(QStringLiteral(":evidence_link"), sql::text(c.evidenceLink));
    query.bindValue(QStringLiteral(":status"), goLiveStatusCode(c.status));
    query.bindValue(QStringLiteral(":reason"), sql::text(c.reason));
}

// The meeting row of a municipality, for a checked write (sql::VersionedRow); named by its municipality.
sql::VersionedRow meetingRow(Database &db, Id municipalityId)
{
    const std::optional<Municipality> municipality = MunicipalityRepository(db).byId(municipalityId);
    const QString label
        = municipality ? municipality->code + QLatin1Char(' ') + municipality->name : QString::number(municipalityId);
    return sql::VersionedRow(db, QStringLiteral("golive_meeting"),
                             {{QStringLiteral("municipality_id"), municipalityId}}, sql::RowKind::GoLiveMeeting, label);
}

} // namespace

QList<GoLiveCriterion> GoLiveRepository::criteria(Id municipalityId) const
{
    return sql::selectAll<GoLiveCriterion>(
        m_db.connection(), kSelect + QStringLiteral(" WHERE municipality_id = :municipality ORDER BY sort_order, id"),
        QStringLiteral(":municipality"), municipalityId, criterionFrom);
}

std::optional<GoLiveCriterion> GoLiveRepository::byId(Id id) const
{
    return sql::selectOne<GoLiveCriterion>(m_db.connection(), kSelect + QStringLiteral(" WHERE id = :id"),
                                           QStringLiteral(":id"), id, criterionFrom);
}

bool GoLiveRepository::validate(GoLiveCriterion *criterion, QString *error) const
{
    GoLiveCriterion candidate = *criterion;
    if (!validateGoLiveCriterion(&candidate, error))
        return false;
    if (!sql::municipalityExists(m_db.connection(), candidate.municipalityId)) {
        *error = tr("The municipality of the criterion \"%1\" is not in the database.").arg(candidate.title);
        return false;
    }
    if (!sql::isPersonOf(m_db, candidate.ownerId, candidate.municipalityId)) {
        *error
            = tr("The owner of the criterion \"%1\" must be a person of the same municipality.").arg(candidate.title);
        return false;
    }
    *criterion = candidate;
    return true;
}

bool GoLiveRepository::add(GoLiveCriterion *criterion, QString *error)
{
    return sql::addValidated(
        m_db, criterion, [&](GoLiveCriterion *candidate, QString *e) { return validate(candidate, e); },
        [&](GoLiveCriterion &candidate) {
            const std::optional<int> next = sql::nextInMunicipality(
                m_db.connection(), QStringLiteral("golive_criterion"), QStringLiteral("sort_order"),
                candidate.municipalityId, tr("The criterion \"%1\" could not be placed").arg(candidate.title), error);
            if (!next)
                return false;
            candidate.sortOrder = *next;
            return sql::insertRow(
                m_db.connection(), sql::insertStatement(QStringLiteral("golive_criterion"), kColumns, kValues),
                [&](QSqlQuery &query) { bindCriterion(query, candidate); },
                tr("The criterion \"%1\" could not be added").arg(candidate.title), &candidate.id, error);
        },
        error);
}

bool GoLiveRepository::update(const GoLiveCriterion &criterion, QString *error)
{
    const std::optional<GoLiveCriterion> existing = sql::storedForEdit(
        byId(criterion.id), criterion.municipalityId, tr("The criterion to change is not in the database."),
        [](const GoLiveCriterion &stored) {
            return tr("The criterion \"%1\" cannot be moved to another municipality.").arg(stored.title);
        },
        error);
    if (!existing)
        return false;
    const QString label = criterionLabel(*existing);
    if (sql::refuseStale(m_db, QStringLiteral("golive_criterion"), criterion.id, criterion.version, existing->version,
                         sql::RowKind::GoLiveCriterion, label, error))
        return false;
    GoLiveCriterion candidate = criterion;
    candidate.sortOrder = existing->sortOrder;
    if (!validate(&candidate, error))
        return false;
    return m_db.write(error, [&] {
        return sql::updateRowVersioned(
                   m_db, QStringLiteral("golive_criterion"), kColumns,
                   [&](QSqlQuery &query) { bindCriterion(query, candidate); }, candidate.id, criterion.version,
                   sql::RowKind::GoLiveCriterion, label,
                   tr("The criterion \"%1\" could not be changed").arg(candidate.title), error)
            == sql::VersionedRow::Result::Written;
    });
}

bool GoLiveRepository::take(Id id, GoLiveCriterion *removed, QString *error, qint64 expectedVersion)
{
    const std::optional<GoLiveCriterion> existing = byId(id);
    if (!existing) {
        *error = tr("The criterion to remove is not in the database.");
        return false;
    }
    const bool ok = m_db.write(error, [&] {
        return sql::removeRowVersioned(m_db, QStringLiteral("golive_criterion"), id, expectedVersion,
                                       sql::RowKind::GoLiveCriterion, criterionLabel(*existing),
                                       tr("The criterion \"%1\" could not be removed").arg(existing->title), error)
            == sql::VersionedRow::Result::Written;
    });
    if (ok)
        *removed = *existing;
    return ok;
}

bool GoLiveRepository::restore(const GoLiveCriterion &removed, QString *error)
{
    GoLiveCriterion candidate = removed;
    if (!sql::readyToPutBack(
            m_db, &candidate, candidate.id != 0, [&](Id id) { return byId(id); },
            [&](GoLiveCriterion *c, QString *e) { return validate(c, e); }, tr("The criterion to put back has no id."),
            tr("The criterion \"%1\" cannot be put back: its place is used by another one.").arg(candidate.title),
            error))
        return false;
    return m_db.write(error, [&] {
        return sql::putBackRow(
            m_db, QStringLiteral("golive_criterion"), kColumns, kValues,
            [&](QSqlQuery &query) { bindCriterion(query, candidate); }, candidate.id, removed.version,
            tr("The criterion \"%1\" could not be put back").arg(candidate.title), error);
    });
}

std::optional<GoLiveMeeting> GoLiveRepository::meeting(Id municipalityId) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT held_on, participants, decision, note, version FROM golive_meeting "
                                 "WHERE municipality_id = :m"));
    query.bindValue(QStringLiteral(":m"), municipalityId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    const sql::QueryRow row(query);
    GoLiveMeeting meeting;
    meeting.id = municipalityId;
    meeting.municipalityId = municipalityId;
    meeting.heldOn = row.date(0);
    meeting.participants = row.text(1);
    meeting.decision = goLiveDecisionFromCode(row.text(2)).value_or(GoLiveDecision::Pending);
    meeting.note = row.text(3);
    meeting.version = query.value(4).toLongLong();
    QSqlQuery conditions(m_db.connection());
    conditions.setForwardOnly(true);
    conditions.prepare(QStringLiteral("SELECT text, owner_id, deadline FROM golive_condition "
                                      "WHERE municipality_id = :m ORDER BY position, id"));
    conditions.bindValue(QStringLiteral(":m"), municipalityId);
    if (conditions.exec()) {
        while (conditions.next()) {
            const sql::QueryRow c(conditions);
            meeting.conditions.append({c.text(0), c.id(1), c.date(2)});
        }
    }
    return meeting;
}

bool GoLiveRepository::saveMeeting(const GoLiveMeeting &meeting, QString *error, qint64 insertAs)
{
    GoLiveMeeting candidate = meeting;
    if (!validateGoLiveMeeting(&candidate, error))
        return false;
    // A meeting read before someone else changed it is refused as such before its contents are judged (an owner
    // removed since would otherwise be the message, not who changed the meeting).
    if (meeting.version != sql::kUncheckedVersion) {
        sql::VersionedRow row = meetingRow(m_db, candidate.municipalityId);
        QString readError;
        const sql::RowStamp stamp = row.stamp(&readError);
        if (readError.isEmpty() && stamp.version != meeting.version) {
            row.refuse(error);
            return false;
        }
    }
    for (const GoLiveCondition &condition : std::as_const(candidate.conditions)) {
        if (!sql::isPersonOf(m_db, condition.ownerId, candidate.municipalityId)) {
            *error = tr("The owner of the condition \"%1\" must be a person of the same municipality.")
                         .arg(condition.text);
            return false;
        }
    }
    const sql::VersionedRow::Values values {{QStringLiteral("held_on"), sql::dateValue(candidate.heldOn)},
                                            {QStringLiteral("participants"), sql::text(candidate.participants)},
                                            {QStringLiteral("decision"), goLiveDecisionCode(candidate.decision)},
                                            {QStringLiteral("note"), sql::text(candidate.note)}};
    return m_db.write(error, [&] {
        // Checked against the version the meeting was read with (0: read as not recorded); its conditions go with it.
        if (!meetingRow(m_db, candidate.municipalityId).save(meeting.version, values, insertAs, error))
            return false;
        QSqlQuery clear(m_db.connection());
        if (!sql::prepare(clear, QStringLiteral("DELETE FROM golive_condition WHERE municipality_id = :m"), error))
            return false;
        clear.bindValue(QStringLiteral(":m"), candidate.municipalityId);
        if (!sql::exec(clear, tr("The conditions of the go/no-go meeting could not be replaced"), error))
            return false;
        QSqlQuery insert(m_db.connection());
        if (!sql::prepare(insert,
                          QStringLiteral("INSERT INTO golive_condition (municipality_id, position, text, owner_id, "
                                         "deadline) VALUES (:m, :position, :text, :owner, :deadline)"),
                          error))
            return false;
        int position = 0;
        for (const GoLiveCondition &condition : std::as_const(candidate.conditions)) {
            insert.bindValue(QStringLiteral(":m"), candidate.municipalityId);
            insert.bindValue(QStringLiteral(":position"), ++position);
            insert.bindValue(QStringLiteral(":text"), sql::text(condition.text));
            insert.bindValue(QStringLiteral(":owner"), sql::idValue(condition.ownerId));
            insert.bindValue(QStringLiteral(":deadline"), sql::dateValue(condition.deadline));
            if (!sql::exec(insert, tr("The condition \"%1\" could not be saved").arg(condition.text), error))
                return false;
        }
        return true;
    });
}

bool GoLiveRepository::removeMeeting(Id municipalityId, QString *error, qint64 expectedVersion)
{
    return m_db.write(error, [&] {
        if (expectedVersion != sql::kUncheckedVersion)
            return meetingRow(m_db, municipalityId).remove(expectedVersion, error)
                == sql::VersionedRow::Result::Written;
        QSqlQuery query(m_db.connection());
        if (!sql::prepare(query, QStringLiteral("DELETE FROM golive_meeting WHERE municipality_id = :m"), error))
            return false;
        query.bindValue(QStringLiteral(":m"), municipalityId);
        return sql::exec(query, tr("The go/no-go meeting could not be removed"), error);
    });
}

} // namespace parat
