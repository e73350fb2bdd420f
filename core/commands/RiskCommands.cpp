#include "commands/RiskCommands.h"

#include "storage/Database.h"

namespace parat {

AddRisk::AddRisk(Database &db, Risk risk, QUndoCommand *parent)
    : Command(tr("Add risk %1").arg(risk.title.trimmed()), parent)
    , m_db(db)
{
    m_taken.risk = std::move(risk);
    m_taken.risk.id = 0;
}

void AddRisk::redo()
{
    QString error;
    RiskRepository repository(m_db);
    if (!m_stored) {
        if (!repository.add(&m_taken.risk, &error)) {
            fail(error);
            return;
        }
        m_stored = true;
        m_version.added(repository.byId(m_taken.risk.id));
        return;
    }
    if (!repository.restore(m_taken, &error)) {
        fail(error);
        return;
    }
    m_version.putBack(m_taken.risk, repository.byId(m_taken.risk.id));
}

void AddRisk::undo()
{
    QString error;
    RiskRepository repository(m_db);
    const Id id = m_taken.risk.id;
    if (!repository.take(id, &m_taken, &error, m_version.toRemove(repository.byId(id))))
        fail(error);
}

EditRisk::EditRisk(Database &db, Risk before, Risk after, QUndoCommand *parent)
    : EditCommand(db, std::move(before), std::move(after), parent)
{
    setText(tr("Edit risk %1 %2").arg(riskLabel(m_before.number), m_before.title));
}

RemoveRisk::RemoveRisk(Database &db, const Risk &risk, QUndoCommand *parent)
    : Command(tr("Remove risk %1 %2").arg(riskLabel(risk.number), risk.title), parent)
    , m_db(db)
    , m_id(risk.id)
    , m_version(risk.version)
{ }

void RemoveRisk::redo()
{
    QString error;
    RiskRepository risks(m_db);
    if (!risks.take(m_id, &m_taken, &error, m_version.toRemove(risks.byId(m_id))))
        fail(error);
}

void RemoveRisk::undo()
{
    QString error;
    RiskRepository risks(m_db);
    if (!risks.restore(m_taken, &error)) {
        fail(error);
        return;
    }
    m_version.putBack(m_taken.risk, risks.byId(m_id));
}

AddDecision::AddDecision(Database &db, Decision decision, QUndoCommand *parent)
    : Command(tr("Add decision %1").arg(decision.question.trimmed()), parent)
    , m_db(db)
    , m_decision(std::move(decision))
{
    m_decision.id = 0;
}

void AddDecision::redo()
{
    QString error;
    DecisionRepository repository(m_db);
    if (!m_stored) {
        if (!repository.add(&m_decision, &error)) {
            fail(error);
            return;
        }
        m_stored = true;
        m_version.added(repository.byId(m_decision.id));
        return;
    }
    if (!repository.restore(m_decision, &error)) {
        fail(error);
        return;
    }
    m_version.putBack(m_decision, repository.byId(m_decision.id));
}

void AddDecision::undo()
{
    QString error;
    DecisionRepository repository(m_db);
    const Id id = m_decision.id;
    if (!repository.take(id, &m_decision, &error, m_version.toRemove(repository.byId(id))))
        fail(error);
}

EditDecision::EditDecision(Database &db, Decision before, Decision after, QUndoCommand *parent)
    : EditCommand(db, std::move(before), std::move(after), parent)
{
    setText(tr("Edit decision %1 %2").arg(decisionLabel(m_before.number), m_before.question));
}

RemoveDecision::RemoveDecision(Database &db, const Decision &decision, QUndoCommand *parent)
    : Command(tr("Remove decision %1 %2").arg(decisionLabel(decision.number), decision.question), parent)
    , m_db(db)
    , m_id(decision.id)
    , m_version(decision.version)
{ }

void RemoveDecision::redo()
{
    QString error;
    DecisionRepository decisions(m_db);
    if (!decisions.take(m_id, &m_taken, &error, m_version.toRemove(decisions.byId(m_id))))
        fail(error);
}

void RemoveDecision::undo()
{
    QString error;
    DecisionRepository decisions(m_db);
    if (!decisions.restore(m_taken, &error)) {
        fail(error);
        return;
    }
    m_version.putBack(m_taken, decisions.byId(m_id));
}

} // namespace parat
