#pragma once

#include "commands/Command.h"
#include "commands/EditCommand.h"
#include "commands/ExpectedVersion.h"
#include "commands/RecordCommands.h"
#include "domain/Stakeholder.h"
#include "storage/StakeholderRepository.h"

#include <QCoreApplication>

#include <optional>

namespace parat {

class Database;

template<> struct TakenRecord<RemovedStakeholder>
{
    static Stakeholder &of(RemovedStakeholder &taken) { return taken.stakeholder; }
    static const Stakeholder &of(const RemovedStakeholder &taken) { return taken.stakeholder; }
};

// Merge ids of the stakeholder commands (QUndoCommand::id()).
enum StakeholderCommandId
{
    MoveStakeholderId = 0x5354 // consecutive moves of the same marker merge into one step
};

// Adds a stakeholder. The first redo() stores it; undo() takes it out, a later redo() puts it back with the
// same id, so commands further up the stack that name it keep working.
class AddStakeholder : public AddRecordCommand<RemovedStakeholder, StakeholderRepository>
{
    Q_DECLARE_TR_FUNCTIONS(parat::AddStakeholder)
public:
    AddStakeholder(Database &db, Stakeholder stakeholder, QUndoCommand *parent = nullptr);
    CommandScope scope() const override;
    Id stakeholderId() const { return record().id; }
};

// Changes any of a stakeholder's details.
class EditStakeholder : public EditCommand<Stakeholder, StakeholderRepository>
{
    Q_DECLARE_TR_FUNCTIONS(parat::EditStakeholder)
public:
    EditStakeholder(Database &db, Stakeholder before, Stakeholder after, QUndoCommand *parent = nullptr);

    CommandScope scope() const override;
};

// Removes a stakeholder; its communication items stay, naming nobody, until undo() links them again.
class RemoveStakeholder : public RemoveRecordCommand<RemovedStakeholder, StakeholderRepository>
{
    Q_DECLARE_TR_FUNCTIONS(parat::RemoveStakeholder)
public:
    RemoveStakeholder(Database &db, const Stakeholder &stakeholder, QUndoCommand *parent = nullptr);
    CommandScope scope() const override;
};

// Moves a stakeholder on the map to (influence, affectedness). With setMergeable(true), consecutive mergeable
// moves of the same stakeholder merge into one step (arrow keys pressed in a row), so one undo puts the marker
// back where it started. Off by default: QUndoStack deletes a merged command inside push(), so whoever pushes
// a mergeable move must not touch it afterwards (AppContext::push does, so the window does not merge).
class MoveStakeholder : public Command
{
    Q_DECLARE_TR_FUNCTIONS(parat::MoveStakeholder)
public:
    MoveStakeholder(Database &db, const Stakeholder &stakeholder, int influence, int affectedness,
                    QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    CommandScope scope() const override;
    int id() const override { return m_mergeable ? MoveStakeholderId : -1; }
    void setMergeable(bool mergeable) { m_mergeable = mergeable; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void moveTo(int influence, int affectedness);

    Database &m_db;
    Id m_stakeholderId = 0;
    Id m_municipalityId = 0;
    int m_fromInfluence = 0;
    int m_fromAffectedness = 0;
    int m_toInfluence = 0;
    int m_toAffectedness = 0;
    bool m_mergeable = false;
    // The row version the next move is checked against, and the row as this command's last move left it
    // (commands/ExpectedVersion.h): a move over someone else's change is refused, one's own undo goes through.
    qint64 m_version = -1;
    std::optional<Stakeholder> m_written;
};

} // namespace parat
