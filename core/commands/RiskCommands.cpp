#include "commands/RiskCommands.h"

#include "storage/Database.h"

namespace parat {

AddRisk::AddRisk(Database &db, Risk risk, QUndoCommand *parent)
    : AddRecordCommand(db, risk, tr("Add risk %1").arg(risk.title.trimmed()), parent)
{ }

EditRisk::EditRisk(Database &db, Risk before, Risk after, QUndoCommand *parent)
    : EditCommand(db, std::move(before), std::move(after), parent)
{
    setText(tr("Edit risk %1 %2").arg(riskLabel(m_before.number), m_before.title));
}

RemoveRisk::RemoveRisk(Database &db, const Risk &risk, QUndoCommand *parent)
    : RemoveRecordCommand(db, risk, tr("Remove risk %1 %2").arg(riskLabel(risk.number), risk.title), parent)
{ }

AddDecision::AddDecision(Database &db, Decision decision, QUndoCommand *parent)
    : AddRecordCommand(db, decision, tr("Add decision %1").arg(decision.question.trimmed()), parent)
{ }

EditDecision::EditDecision(Database &db, Decision before, Decision after, QUndoCommand *parent)
    : EditCommand(db, std::move(before), std::move(after), parent)
{
    setText(tr("Edit decision %1 %2").arg(decisionLabel(m_before.number), m_before.question));
}

RemoveDecision::RemoveDecision(Database &db, const Decision &decision, QUndoCommand *parent)
    : RemoveRecordCommand(db, decision,
                          tr("Remove decision %1 %2").arg(decisionLabel(decision.number), decision.question), parent)
{ }

} // namespace parat
