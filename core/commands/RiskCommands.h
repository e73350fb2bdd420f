#pragma once

#include "commands/Command.h"
#include "commands/EditCommand.h"
#include "commands/ExpectedVersion.h"
#include "domain/Decision.h"
#include "domain/Risk.h"
#include "storage/DecisionRepository.h"
#include "storage/RiskRepository.h"

#include <QCoreApplication>

namespace parat {

class Database;

// The risk and decision logs' commands. Adding: the first redo() stores the item (and gives it its number);
// undo() takes it out, a later redo() puts it back with the same id and number, so commands further up the
// stack that name it keep working.

class AddRisk : public Command
{
    Q_DECLARE_TR_FUNCTIONS(parat::AddRisk)
public:
    AddRisk(Database &db, Risk risk, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    Id riskId() const { return m_taken.risk.id; }
    int riskNumber() const { return m_taken.risk.number; }

private:
    Database &m_db;
    RemovedRisk m_taken;
    RemovalVersion<Risk> m_version; // undo removes the risk only while no one else changed it
    bool m_stored = false;
};

class EditRisk : public EditCommand<Risk, RiskRepository>
{
    Q_DECLARE_TR_FUNCTIONS(parat::EditRisk)
public:
    EditRisk(Database &db, Risk before, Risk after, QUndoCommand *parent = nullptr);
};

// Removes a risk; decisions naming it stay, naming no risk, until undo() links them again.
class RemoveRisk : public Command
{
    Q_DECLARE_TR_FUNCTIONS(parat::RemoveRisk)
public:
    RemoveRisk(Database &db, const Risk &risk, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Database &m_db;
    Id m_id = 0;
    RemovalVersion<Risk> m_version;
    RemovedRisk m_taken;
};

class AddDecision : public Command
{
    Q_DECLARE_TR_FUNCTIONS(parat::AddDecision)
public:
    AddDecision(Database &db, Decision decision, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    Id decisionId() const { return m_decision.id; }
    int decisionNumber() const { return m_decision.number; }

private:
    Database &m_db;
    Decision m_decision;
    RemovalVersion<Decision> m_version;
    bool m_stored = false;
};

class EditDecision : public EditCommand<Decision, DecisionRepository>
{
    Q_DECLARE_TR_FUNCTIONS(parat::EditDecision)
public:
    EditDecision(Database &db, Decision before, Decision after, QUndoCommand *parent = nullptr);
};

class RemoveDecision : public Command
{
    Q_DECLARE_TR_FUNCTIONS(parat::RemoveDecision)
public:
    RemoveDecision(Database &db, const Decision &decision, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Database &m_db;
    Id m_id = 0;
    RemovalVersion<Decision> m_version;
    Decision m_taken;
};

} // namespace parat
