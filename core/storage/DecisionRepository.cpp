#include "DecisionRepository.h"

#include "Database.h"
#include "LogHistory.h"
#include "RiskRepository.h"
#include "RowVersion.h"
#include "RowWrites.h"
#include "SqlRows.h"
#include "SqlUtil.h"
#include "storage/Statements.h"

namespace parat {

namespace {

const QString kSelect
    = QStringLiteral("SELECT id, municipality_id, number, question, background, options, needed_by, decided_on, "
                     "decision, decided_by, status, risk_id, task_key, version FROM decision");

const QString kColumns = QStringLiteral("municipality_id, number, question, background, options, needed_by, "
                                        "decided_on, decision, decided_by, status, risk_id, task_key");

const QString kValues = QStringLiteral(":municipality_id, :number, :question, :background, :options, :needed_by, "
                                       ":decided_on, :decision, :decided_by, :status, :risk_id, :task_key");

const sql::LoggedTable kTable {QStringLiteral("decision"), kColumns, kValues, LogKind::Decision,
                               sql::RowKind::Decision};

template<typename Row> Decision decisionFrom(const Row &row)
{
    Decision d;
    d.id = row.integer(0);
    d.municipalityId = row.integer(1);
    d.number = int(row.integer(2));
    d.question = row.text(3);
    d.background = row.text(4);
    d.options = row.text(5);
    d.neededBy = row.date(6);
    d.decidedOn = row.date(7);
    d.decision = row.text(8);
    d.decidedBy = row.text(9);
    d.status = decisionStatusFromCode(row.text(10)).value_or(DecisionStatus::Pending);
    d.riskId = row.id(11);
    d.taskKey = row.text(12);
    d.version = row.integer(13);
    return d;
}

void bindDecision(QSqlQuery &query, const Decision &d)
{
    query.bindValue(QStringLiteral(":municipality_id"), d.municipalityId);
    query.bindValue(QStringLiteral(":number"), d.number);
    query.bindValue(QStringLiteral(":question"), sql::text(d.question));
    query.bindValue(QStringLiteral(":background"), sql::text(d.background));
    query.bindValue(QStringLiteral(":options"), sql::text(d.options));
    query.bindValue(QStringLiteral(":needed_by"), sql::dateValue(d.neededBy));
    query.bindValue(QStringLiteral(":decided_on"), sql::dateValue(d.decidedOn));
    query.bindValue(QStringLiteral(":decision"), sql::text(d.decision));
    query.bindValue(QStringLiteral(":decided_by"), sql::text(d.decidedBy));
    query.bindValue(QStringLiteral(":status"), decisionStatusCode(d.status));
    query.bindValue(QStringLiteral(":risk_id"), sql::idValue(d.riskId));
    query.bindValue(QStringLiteral(":task_key"), sql::text(d.taskKey));
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// The fields the history compares, named like their columns.
sql::FieldValues fieldsOf(const Decision &d)
{
    return {
        {QStringLiteral("question"), d.question},
        {QStringLiteral("background"), d.background},
        {QStringLiteral("options"), d.options},
        {QStringLiteral("needed_by"), dateText(d.neededBy)},
        {QStringLiteral("decided_on"), dateText(d.decidedOn)},
        {QStringLiteral("decision"), d.decision},
        {QStringLiteral("decided_by"), d.decidedBy},
        {QStringLiteral("status"), decisionStatusCode(d.status)},
        {QStringLiteral("risk"), d.riskId != 0 ? QString::number(d.riskId) : QString()},
        {QStringLiteral("task_key"), d.taskKey},
    };
}

bool byNumber(const Decision &a, const Decision &b)
{
    return a.number < b.number;
}

} // namespace

QList<Decision> DecisionRepository::forMunicipality(Id municipalityId) const
{
    return sql::bulkRows<Decision>(m_db.connection(),
                                   kSelect + QStringLiteral(" WHERE municipality_id = :municipality ORDER BY number"),
                                   QStringLiteral(":municipality"), municipalityId, decisionFrom);
}

QHash<Id, QList<Decision>> DecisionRepository::byMunicipality() const
{
    sql::BulkQuery query(m_db.connection(), kSelect + QStringLiteral(" ORDER BY id"));
    return sql::groupByMunicipality<Decision>(
        query, 1, [](const sql::BulkQuery &row) { return decisionFrom(row); }, byNumber);
}

std::optional<Decision> DecisionRepository::byId(Id id) const
{
    return sql::selectRow<Decision>(m_db.connection(), kSelect + QStringLiteral(" WHERE id = :id"),
                                    QStringLiteral(":id"), id, decisionFrom);
}

QList<LogEvent> DecisionRepository::events(Id municipalityId, Id decisionId) const
{
    return sql::logEvents(m_db.connection(), municipalityId, LogKind::Decision, decisionId);
}

bool DecisionRepository::validate(Decision *decision, QString *error) const
{
    Decision candidate = *decision;
    if (!validateDecision(&candidate, error))
        return false;
    if (!sql::municipalityExists(m_db.connection(), candidate.municipalityId)) {
        *error = tr("The municipality of the decision \"%1\" is not in the database.").arg(candidate.question);
        return false;
    }
    if (candidate.riskId != 0) {
        const std::optional<Risk> risk = RiskRepository(m_db).byId(candidate.riskId);
        if (!risk || risk->municipalityId != candidate.municipalityId) {
            *error = tr("The risk of the decision \"%1\" must be a risk of the same municipality.")
                         .arg(candidate.question);
            return false;
        }
    }
    if (!candidate.taskKey.isEmpty()
        && !sql::isTaskOf(m_db.connection(), candidate.taskKey, candidate.municipalityId)) {
        *error = tr("The decision \"%1\" names task %2, which is not a task of the municipality.")
                     .arg(candidate.question, candidate.taskKey);
        return false;
    }
    *decision = candidate;
    return true;
}

bool DecisionRepository::add(Decision *decision, QString *error)
{
    return sql::addValidated(
        m_db, decision, [this](Decision *candidate, QString *problem) { return validate(candidate, problem); },
        [&](Decision &candidate) {
            return sql::insertNumbered(
                m_db, kTable, candidate.municipalityId, [&](QSqlQuery &query) { bindDecision(query, candidate); },
                candidate.question, tr("The decision \"%1\" could not be numbered").arg(candidate.question),
                tr("The decision \"%1\" could not be added").arg(candidate.question), &candidate.number, &candidate.id,
                error);
        },
        error);
}

bool DecisionRepository::update(const Decision &decision, QString *error)
{
    const std::optional<Decision> existing = sql::storedForEdit(
        byId(decision.id), decision.municipalityId, tr("The decision to change is not in the database."),
        [](const Decision &stored) {
            return tr("The decision \"%1\" cannot be moved to another municipality.").arg(stored.question);
        },
        error);
    if (!existing)
        return false;
    const QString label = decisionLabel(existing->number);
    if (sql::refuseStale(m_db, kTable.name, decision.id, decision.version, existing->version, kTable.kind, label,
                         error))
        return false;
    Decision candidate = decision;
    candidate.number = existing->number;
    if (!validate(&candidate, error))
        return false;
    return m_db.write(error, [&] {
        return sql::updateLogged(
            m_db, kTable, candidate.id, candidate.municipalityId, decision.version,
            [&](QSqlQuery &query) { bindDecision(query, candidate); }, label,
            tr("The decision \"%1\" could not be changed").arg(candidate.question), fieldsOf(*existing),
            fieldsOf(candidate), error);
    });
}

bool DecisionRepository::take(Id id, Decision *removed, QString *error, qint64 expectedVersion)
{
    const std::optional<Decision> existing = byId(id);
    if (!existing) {
        *error = tr("The decision to remove is not in the database.");
        return false;
    }
    const bool ok = m_db.write(error, [&] {
        return sql::removeLogged(m_db, kTable, id, existing->municipalityId, expectedVersion,
                                 decisionLabel(existing->number), existing->question,
                                 tr("The decision \"%1\" could not be removed").arg(existing->question), error);
    });
    if (ok)
        *removed = *existing;
    return ok;
}

bool DecisionRepository::restore(const Decision &removed, QString *error)
{
    Decision candidate = removed;
    if (candidate.id == 0 || candidate.number <= 0) {
        *error = tr("The decision to put back has no number.");
        return false;
    }
    if (byId(candidate.id)) {
        *error = tr("The decision \"%1\" cannot be put back: its place is used by another decision.")
                     .arg(candidate.question);
        return false;
    }
    if (candidate.riskId != 0 && !RiskRepository(m_db).byId(candidate.riskId))
        candidate.riskId = 0; // the risk has gone since; do not fail the whole undo for it
    if (!validate(&candidate, error))
        return false;
    return m_db.write(error, [&] {
        return sql::putBackLogged(
            m_db, kTable, candidate.id, candidate.municipalityId, removed.version,
            [&](QSqlQuery &query) { bindDecision(query, candidate); }, candidate.question,
            tr("The decision \"%1\" could not be put back").arg(candidate.question), error);
    });
}

} // namespace parat
