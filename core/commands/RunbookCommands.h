#pragma once

#include "commands/Command.h"
#include "commands/EditCommand.h"
#include "commands/ExpectedVersion.h"
#include "commands/RecordCommands.h"
#include "domain/Runbook.h"
#include "services/RunbookEditor.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace parat {

class Database;

// The runbook's commands. Every write goes through RunbookEditor, so a step is never stored done before what
// it depends on, nor in a dependency cycle. Adding: the first redo() gives the step its number; undo() takes it
// out and a later redo() puts it back with the same id and number (AddRecordCommand, RecordCommands.h).

class AddRunbookStep : public AddRecordCommand<RunbookStep, RunbookEditor>
{
    Q_DECLARE_TR_FUNCTIONS(parat::AddRunbookStep)
public:
    AddRunbookStep(Database &db, RunbookStep step, QUndoCommand *parent = nullptr);
    Id stepId() const { return record().id; }
    int stepNumber() const { return record().number; }
};

class EditRunbookStep : public EditCommand<RunbookStep, RunbookEditor>
{
    Q_DECLARE_TR_FUNCTIONS(parat::EditRunbookStep)
public:
    EditRunbookStep(Database &db, RunbookStep before, RunbookStep after, QUndoCommand *parent = nullptr);
};

// Refused while another step depends on the step.
class RemoveRunbookStep : public RemoveRecordCommand<RunbookStep, RunbookEditor>
{
    Q_DECLARE_TR_FUNCTIONS(parat::RemoveRunbookStep)
public:
    RemoveRunbookStep(Database &db, const RunbookStep &step, QUndoCommand *parent = nullptr);
};

// Replaces a municipality's whole runbook: the default template or an imported CSV file. undo() puts the
// previous steps back with their ids; redo() writes the new ones again with the ids they got the first time.
// seen: the steps the user saw when choosing to replace them (with their row versions; docs/team-mode.md "Concurrent
// edits"): the replacement is refused, naming who changed the runbook and when, when a step was added, removed or
// changed since; so are undo and redo when someone else changed a step since this command's last write. One's own
// steps in between (an edit and its undo) do not count when they leave the steps as this command wrote them.
// Without seen, nothing is checked.
class ReplaceRunbook : public Command
{
    Q_DECLARE_TR_FUNCTIONS(parat::ReplaceRunbook)
public:
    ReplaceRunbook(Database &db, Id municipalityId, QList<RunbookStep> steps, const QString &text,
                   std::optional<QList<RunbookStep>> seen = std::nullopt, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    // Replaces the stored runbook by steps (checked); *stored: as written.
    bool write(const QList<RunbookStep> &steps, QList<RunbookStep> *stored);

    Database &m_db;
    Id m_municipalityId = 0;
    QList<RunbookStep> m_before;
    QList<RunbookStep> m_after;
    bool m_done = false;
    std::optional<QList<RunbookStep>> m_seen; // what the next write is checked against; none: unchecked
    std::optional<QList<RunbookStep>> m_written; // the steps as this command's last write left them
    QHash<Id, qint64> m_removedAt; // the version each step had when this command last replaced it
};

} // namespace parat
