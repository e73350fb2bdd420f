#pragma once

#include "commands/Command.h"
#include "commands/EditCommand.h"
#include "commands/ExpectedVersion.h"
#include "commands/RecordCommands.h"
#include "domain/Decision.h"
#include "domain/Risk.h"
#include "storage/DecisionRepository.h"
#include "storage/RiskRepository.h"

#include <QCoreApplication>

namespace parat {

class Database;

template<> struct TakenRecord<RemovedRisk>
{
    static Risk &of(RemovedRisk &taken) { return taken.risk; }
    static const Risk &of(const RemovedRisk &taken) { return taken.risk; }
};

// The risk and decision logs' commands. Adding: the first redo() stores the item (and gives it its number);
// undo() takes it out, a later redo() puts it back with the same id and number, so commands further up the
// stack that name it keep working.

class AddRisk : public AddRecordCommand<RemovedRisk, RiskRepository>
{
    Q_DECLARE_TR_FUNCTIONS(parat::AddRisk)
public:
    AddRisk(Database &db, Risk risk, QUndoCommand *parent = nullptr);
    Id riskId() const { return record().id; }
    int riskNumber() const { return record().number; }
};

class EditRisk : public EditCommand<Risk, RiskRepository>
{
    Q_DECLARE_TR_FUNCTIONS(parat::EditRisk)
public:
    EditRisk(Database &db, Risk before, Risk after, QUndoCommand *parent = nullptr);
};

// Removes a risk; decisions naming it stay, naming no risk, until undo() links them again.
class RemoveRisk : public RemoveRecordCommand<RemovedRisk, RiskRepository>
{
    Q_DECLARE_TR_FUNCTIONS(parat::RemoveRisk)
public:
    RemoveRisk(Database &db, const Risk &risk, QUndoCommand *parent = nullptr);
};

class AddDecision : public AddRecordCommand<Decision, DecisionRepository>
{
    Q_DECLARE_TR_FUNCTIONS(parat::AddDecision)
public:
    AddDecision(Database &db, Decision decision, QUndoCommand *parent = nullptr);
    Id decisionId() const { return record().id; }
    int decisionNumber() const { return record().number; }
};

class EditDecision : public EditCommand<Decision, DecisionRepository>
{
    Q_DECLARE_TR_FUNCTIONS(parat::EditDecision)
public:
    EditDecision(Database &db, Decision before, Decision after, QUndoCommand *parent = nullptr);
};

class RemoveDecision : public RemoveRecordCommand<Decision, DecisionRepository>
{
    Q_DECLARE_TR_FUNCTIONS(parat::RemoveDecision)
public:
    RemoveDecision(Database &db, const Decision &decision, QUndoCommand *parent = nullptr);
};

} // namespace parat
