#include "RiskRepository.h"

#include "Database.h"
#include "LogHistory.h"
#include "RowVersion.h"
#include "RowWrites.h"
#include "SqlRows.h"
#include "SqlUtil.h"
#include "storage/Statements.h"

namespace parat {

namespace {

const QString kSelect
    = QStringLiteral("SELECT id, municipality_id, number, title, description, owner_id, probability, consequence, "
                     "response, status, next_review, task_keys, dimension, version FROM risk");

const QString kColumns = QStringLiteral("municipality_id, number, title, description, owner_id, probability, "
                                        "consequence, response, status, next_review, task_keys, dimension");

const QString kValues = QStringLiteral(":municipality_id, :number, :title, :description, :owner_id, :probability, "
                                       ":consequence, :response, :status, :next_review, :task_keys, :dimension");

const sql::LoggedTable kTable {QStringLiteral("risk"), kColumns, kValues, LogKind::Risk, sql::RowKind::Risk};

QString keysText(const QStringList &keys)
{
    return keys.join(QStringLiteral(", "));
}

template<typename Row> Risk riskFrom(const Row &row)
{
    Risk r;
    r.id = row.integer(0);
    r.municipalityId = row.integer(1);
    r.number = int(row.integer(2));
    r.title = row.text(3);
    r.description = row.text(4);
    r.ownerId = row.id(5);
    r.probability = int(row.integer(6));
    r.consequence = int(row.integer(7));
    r.response = row.text(8);
    r.status = riskStatusFromCode(row.text(9)).value_or(RiskStatus::Open);
    r.nextReview = row.date(10);
    r.taskKeys = parseTaskKeys(row.text(11));
    r.dimension = riskDimensionFromCode(row.text(12)).value_or(RiskDimension::TasksAndDeadlines);
    r.version = row.integer(13);
    return r;
}

void bindRisk(QSqlQuery &query, const Risk &r)
{
    query.bindValue(QStringLiteral(":municipality_id"), r.municipalityId);
    query.bindValue(QStringLiteral(":number"), r.number);
    query.bindValue(QStringLiteral(":title"), sql::text(r.title));
    query.bindValue(QStringLiteral(":description"), sql::text(r.description));
    query.bindValue(QStringLiteral(":owner_id"), sql::idValue(r.ownerId));
    query.bindValue(QStringLiteral(":probability"), r.probability);
    query.bindValue(QStringLiteral(":consequence"), r.consequence);
    query.bindValue(QStringLiteral(":response"), sql::text(r.response));
    query.bindValue(QStringLiteral(":status"), riskStatusCode(r.status));
    query.bindValue(QStringLiteral(":next_review"), sql::dateValue(r.nextReview));
    query.bindValue(QStringLiteral(":task_keys"), sql::text(keysText(r.taskKeys)));
    query.bindValue(QStringLiteral(":dimension"), riskDimensionCode(r.dimension));
}

// The fields the history compares, named like their columns.
sql::FieldValues fieldsOf(const Risk &r)
{
    return {
        {QStringLiteral("title"), r.title},
        {QStringLiteral("description"), r.description},
        {QStringLiteral("owner"), r.ownerId != 0 ? QString::number(r.ownerId) : QString()},
        {QStringLiteral("probability"), QString::number(r.probability)},
        {QStringLiteral("consequence"), QString::number(r.consequence)},
        {QStringLiteral("response"), r.response},
        {QStringLiteral("status"), riskStatusCode(r.status)},
        {QStringLiteral("next_review"), r.nextReview.isValid() ? r.nextReview.toString(Qt::ISODate) : QString()},
        {QStringLiteral("task_keys"), keysText(r.taskKeys)},
        {QStringLiteral("dimension"), riskDimensionCode(r.dimension)},
    };
}

bool byNumber(const Risk &a, const Risk &b)
{
    return a.number < b.number;
}

} // namespace

QList<Risk> RiskRepository::forMunicipality(Id municipalityId) const
{
    return sql::bulkRows<Risk>(m_db.connection(),
                               kSelect + QStringLiteral(" WHERE municipality_id = :municipality ORDER BY number"),
                               QStringLiteral(":municipality"), municipalityId, riskFrom);
}

QHash<Id, QList<Risk>> RiskRepository::byMunicipality() const
{
    sql::BulkQuery query(m_db.connection(), kSelect + QStringLiteral(" ORDER BY id"));
    return sql::groupByMunicipality<Risk>(
        query, 1, [](const sql::BulkQuery &row) { return riskFrom(row); }, byNumber);
}

std::optional<Risk> RiskRepository::byId(Id id) const
{
    return sql::selectRow<Risk>(m_db.connection(), kSelect + QStringLiteral(" WHERE id = :id"), QStringLiteral(":id"),
                                id, riskFrom);
}

QList<LogEvent> RiskRepository::events(Id municipalityId, Id riskId) const
{
    return sql::logEvents(m_db.connection(), municipalityId, LogKind::Risk, riskId);
}

bool RiskRepository::validate(Risk *risk, QString *error) const
{
    Risk candidate = *risk;
    if (!validateRisk(&candidate, error))
        return false;
    if (!sql::municipalityExists(m_db.connection(), candidate.municipalityId)) {
        *error = tr("The municipality of the risk \"%1\" is not in the database.").arg(candidate.title);
        return false;
    }
    if (!sql::isPersonOf(m_db, candidate.ownerId, candidate.municipalityId)) {
        *error = tr("The owner of the risk \"%1\" must be a person of the same municipality.").arg(candidate.title);
        return false;
    }
    for (const QString &key : std::as_const(candidate.taskKeys)) {
        if (!sql::isTaskOf(m_db.connection(), key, candidate.municipalityId)) {
            *error = tr("The risk \"%1\" names task %2, which is not a task of the municipality.")
                         .arg(candidate.title, key);
            return false;
        }
    }
    *risk = candidate;
    return true;
}

bool RiskRepository::add(Risk *risk, QString *error)
{
    return sql::addValidated(
        m_db, risk, [this](Risk *candidate, QString *problem) { return validate(candidate, problem); },
        [&](Risk &candidate) {
            return sql::insertNumbered(
                m_db, kTable, candidate.municipalityId, [&](QSqlQuery &query) { bindRisk(query, candidate); },
                candidate.title, tr("The risk \"%1\" could not be numbered").arg(candidate.title),
                tr("The risk \"%1\" could not be added").arg(candidate.title), &candidate.number, &candidate.id, error);
        },
        error);
}

bool RiskRepository::update(const Risk &risk, QString *error)
{
    const std::optional<Risk> existing = sql::storedForEdit(
        byId(risk.id), risk.municipalityId, tr("The risk to change is not in the database."),
        [](const Risk &stored) {
            return tr("The risk \"%1\" cannot be moved to another municipality.").arg(stored.title);
        },
        error);
    if (!existing)
        return false;
    const QString label = riskLabel(existing->number);
    if (sql::refuseStale(m_db, kTable.name, risk.id, risk.version, existing->version, kTable.kind, label, error))
        return false;
    Risk candidate = risk;
    candidate.number = existing->number;
    if (!validate(&candidate, error))
        return false;
    return m_db.write(error, [&] {
        return sql::updateLogged(
            m_db, kTable, candidate.id, candidate.municipalityId, risk.version,
            [&](QSqlQuery &query) { bindRisk(query, candidate); }, label,
            tr("The risk \"%1\" could not be changed").arg(candidate.title), fieldsOf(*existing), fieldsOf(candidate),
            error);
    });
}

bool RiskRepository::take(Id id, RemovedRisk *removed, QString *error, qint64 expectedVersion)
{
    const std::optional<Risk> existing = byId(id);
    if (!existing) {
        *error = tr("The risk to remove is not in the database.");
        return false;
    }
    RemovedRisk taken;
    taken.risk = *existing;
    const bool ok = m_db.write(error, [&] {
        if (!sql::idsNaming(m_db.connection(), QStringLiteral("decision"), QStringLiteral("risk_id"), id,
                            tr("The decisions about the risk \"%1\" could not be read").arg(existing->title),
                            &taken.decisions, error))
            return false;
        // ON DELETE SET NULL clears the risk from decisions: they count as changed, so an edit of one read before
        // is refused rather than written naming a risk that is gone.
        if (!sql::bumpRowsNaming(m_db, QStringLiteral("decision"), QStringLiteral("risk_id"), id, error))
            return false;
        return sql::removeLogged(m_db, kTable, id, existing->municipalityId, expectedVersion,
                                 riskLabel(existing->number), existing->title,
                                 tr("The risk \"%1\" could not be removed").arg(existing->title), error);
    });
    if (ok)
        *removed = std::move(taken);
    return ok;
}

bool RiskRepository::restore(const RemovedRisk &removed, QString *error)
{
    Risk candidate = removed.risk;
    if (!sql::readyToPutBack(
            m_db, &candidate, candidate.id != 0 && candidate.number > 0, [&](Id id) { return byId(id); },
            [&](Risk *r, QString *e) { return validate(r, e); }, tr("The risk to put back has no number."),
            tr("The risk \"%1\" cannot be put back: its place is used by another risk.").arg(candidate.title), error))
        return false;
    return m_db.write(error, [&] {
        if (!sql::putBackLogged(
                m_db, kTable, candidate.id, candidate.municipalityId, removed.risk.version,
                [&](QSqlQuery &query) { bindRisk(query, candidate); }, candidate.title,
                tr("The risk %1 \"%2\" could not be put back").arg(riskLabel(candidate.number), candidate.title),
                error))
            return false;
        return sql::nameAgain(m_db.connection(), QStringLiteral("decision"), QStringLiteral("risk_id"), candidate.id,
                              removed.decisions, candidate.municipalityId,
                              tr("The decisions about the risk \"%1\" could not be linked again").arg(candidate.title),
                              error);
    });
}

} // namespace parat
