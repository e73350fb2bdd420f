#pragma once

#include "commands/Command.h"
#include "commands/EditCommand.h"
#include "commands/ExpectedVersion.h"
#include "commands/RecordCommands.h"
#include "domain/GoLive.h"
#include "storage/GoLiveRepository.h"

#include <QCoreApplication>

#include <optional>

namespace parat {

class Database;

// Go/no-go readiness commands. Adding and removing a criterion: AddRecordCommand and RemoveRecordCommand
// (RecordCommands.h).

class AddGoLiveCriterion : public AddRecordCommand<GoLiveCriterion, GoLiveRepository>
{
    Q_DECLARE_TR_FUNCTIONS(parat::AddGoLiveCriterion)
public:
    AddGoLiveCriterion(Database &db, GoLiveCriterion criterion, QUndoCommand *parent = nullptr);
    Id criterionId() const { return record().id; }
    CommandScope scope() const override;
};

class EditGoLiveCriterion : public EditCommand<GoLiveCriterion, GoLiveRepository>
{
    Q_DECLARE_TR_FUNCTIONS(parat::EditGoLiveCriterion)
public:
    EditGoLiveCriterion(Database &db, GoLiveCriterion before, GoLiveCriterion after, QUndoCommand *parent = nullptr);
    CommandScope scope() const override;
};

class RemoveGoLiveCriterion : public RemoveRecordCommand<GoLiveCriterion, GoLiveRepository>
{
    Q_DECLARE_TR_FUNCTIONS(parat::RemoveGoLiveCriterion)
public:
    RemoveGoLiveCriterion(Database &db, const GoLiveCriterion &criterion, QUndoCommand *parent = nullptr);
    CommandScope scope() const override;
};

// Adds the default set (defaultGoLiveCriteria) as one step: each criterion is a child AddGoLiveCriterion.
class AddDefaultGoLiveCriteria : public Command
{
    Q_DECLARE_TR_FUNCTIONS(parat::AddDefaultGoLiveCriteria)
public:
    AddDefaultGoLiveCriteria(Database &db, Id municipalityId, const QDate &goLive, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int count() const { return childCount(); }
    CommandScope scope() const override;

private:
    Id m_municipalityId = 0;
};

// Records the go/no-go meeting (after) in place of what was there (before; nothing: no meeting). after empty
// removes the meeting. Checked against the meeting's row version (docs/team-mode.md "Concurrent edits"): recorded
// from a stale read, or undone after someone else changed the meeting, it is refused naming who and when.
class SetGoLiveMeeting : public Command
{
    Q_DECLARE_TR_FUNCTIONS(parat::SetGoLiveMeeting)
public:
    SetGoLiveMeeting(Database &db, Id municipalityId, std::optional<GoLiveMeeting> before,
                     std::optional<GoLiveMeeting> after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    CommandScope scope() const override;

private:
    void write(const std::optional<GoLiveMeeting> &meeting);

    Database &m_db;
    Id m_municipalityId = 0;
    std::optional<GoLiveMeeting> m_before;
    std::optional<GoLiveMeeting> m_after;
    qint64 m_version = -1; // the version the next write is checked against (0: none recorded; -1: unchecked)
    qint64 m_insertAs = 1; // the version a meeting this command records again gets (one past the one it removed)
    std::optional<GoLiveMeeting> m_written; // the meeting as this command's last write left it
};

} // namespace parat
