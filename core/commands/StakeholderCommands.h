#pragma once

#include "commands/Command.h"
#include "domain/Stakeholder.h"
#include "storage/StakeholderRepository.h"

#include <QCoreApplication>

namespace parat {

class Database;

// Merge ids of the stakeholder commands (QUndoCommand::id()).
enum StakeholderCommandId
{
    MoveStakeholderId = 0x5354 // consecutive moves of the same marker merge into one step
};

// Adds a stakeholder. The first redo() stores it; undo() takes it out, a later redo() puts it back with the
// same id, so commands further up the stack that name it keep working.
class AddStakeholder : public Command
{
    Q_DECLARE_TR_FUNCTIONS(parat::AddStakeholder)
public:
    AddStakeholder(Database &db, Stakeholder stakeholder, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    CommandScope scope() const override;
    Id stakeholderId() const { return m_taken.stakeholder.id; }

private:
    Database &m_db;
    RemovedStakeholder m_taken;
    bool m_stored = false;
};

// Changes any of a stakeholder's details.
class EditStakeholder : public Command
{
    Q_DECLARE_TR_FUNCTIONS(parat::EditStakeholder)
public:
    EditStakeholder(Database &db, Stakeholder before, Stakeholder after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    CommandScope scope() const override;

private:
    void write(const Stakeholder &stakeholder);

    Database &m_db;
    Stakeholder m_before;
    Stakeholder m_after;
};

// Removes a stakeholder; its communication items stay, naming nobody, until undo() links them again.
class RemoveStakeholder : public Command
{
    Q_DECLARE_TR_FUNCTIONS(parat::RemoveStakeholder)
public:
    RemoveStakeholder(Database &db, const Stakeholder &stakeholder, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    CommandScope scope() const override;

private:
    Database &m_db;
    Id m_id = 0;
    Id m_municipalityId = 0;
    RemovedStakeholder m_taken;
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
};

class AddCommunicationItem : public Command
{
    Q_DECLARE_TR_FUNCTIONS(parat::AddCommunicationItem)
public:
    AddCommunicationItem(Database &db, CommunicationItem item, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    CommandScope scope() const override;
    Id itemId() const { return m_item.id; }

private:
    Database &m_db;
    CommunicationItem m_item;
    bool m_stored = false;
};

class EditCommunicationItem : public Command
{
    Q_DECLARE_TR_FUNCTIONS(parat::EditCommunicationItem)
public:
    EditCommunicationItem(Database &db, CommunicationItem before, CommunicationItem after,
                          QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    CommandScope scope() const override;

protected:
    void write(const CommunicationItem &item);

    Database &m_db;
    CommunicationItem m_before;
    CommunicationItem m_after;
};

class RemoveCommunicationItem : public Command
{
    Q_DECLARE_TR_FUNCTIONS(parat::RemoveCommunicationItem)
public:
    RemoveCommunicationItem(Database &db, CommunicationItem item, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    CommandScope scope() const override;

private:
    Database &m_db;
    CommunicationItem m_item;
};

// Marks a planned item done on a date, in one step.
class MarkCommunicationDone : public EditCommunicationItem
{
    Q_DECLARE_TR_FUNCTIONS(parat::MarkCommunicationDone)
public:
    MarkCommunicationDone(Database &db, const CommunicationItem &item, const QDate &doneOn,
                          QUndoCommand *parent = nullptr);
};

// A short name of an item for undo texts: its occasion, or the start of its message.
QString communicationItemTitle(const CommunicationItem &item);

} // namespace parat
