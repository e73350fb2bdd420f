#include "commands/StakeholderCommands.h"

#include "storage/Database.h"

namespace parat {

AddStakeholder::AddStakeholder(Database &db, Stakeholder stakeholder, QUndoCommand *parent)
    : Command(tr("Add stakeholder %1").arg(stakeholder.name.trimmed()), parent)
    , m_db(db)
{
    m_taken.stakeholder = std::move(stakeholder);
    m_taken.stakeholder.id = 0;
}

void AddStakeholder::redo()
{
    QString error;
    StakeholderRepository repository(m_db);
    if (!m_stored) {
        if (!repository.add(&m_taken.stakeholder, &error)) {
            fail(error);
            return;
        }
        m_stored = true;
        m_version.added(repository.byId(m_taken.stakeholder.id));
        return;
    }
    if (!repository.restore(m_taken, &error)) {
        fail(error);
        return;
    }
    m_version.putBack(m_taken.stakeholder, repository.byId(m_taken.stakeholder.id));
}

void AddStakeholder::undo()
{
    QString error;
    StakeholderRepository repository(m_db);
    const Id id = m_taken.stakeholder.id;
    if (!repository.take(id, &m_taken, &error, m_version.toRemove(repository.byId(id))))
        fail(error);
}

EditStakeholder::EditStakeholder(Database &db, Stakeholder before, Stakeholder after, QUndoCommand *parent)
    : EditCommand(db, std::move(before), std::move(after), parent)
{
    setText(tr("Edit stakeholder %1").arg(m_before.name));
}

RemoveStakeholder::RemoveStakeholder(Database &db, const Stakeholder &stakeholder, QUndoCommand *parent)
    : Command(tr("Remove stakeholder %1").arg(stakeholder.name), parent)
    , m_db(db)
    , m_id(stakeholder.id)
    , m_municipalityId(stakeholder.municipalityId)
    , m_version(stakeholder.version)
{ }

void RemoveStakeholder::redo()
{
    QString error;
    StakeholderRepository stakeholders(m_db);
    if (!stakeholders.take(m_id, &m_taken, &error, m_version.toRemove(stakeholders.byId(m_id))))
        fail(error);
}

void RemoveStakeholder::undo()
{
    QString error;
    StakeholderRepository stakeholders(m_db);
    if (!stakeholders.restore(m_taken, &error)) {
        fail(error);
        return;
    }
    m_version.putBack(m_taken.stakeholder, stakeholders.byId(m_id));
}

MoveStakeholder::MoveStakeholder(Database &db, const Stakeholder &stakeholder, int influence, int affectedness,
                                 QUndoCommand *parent)
    : Command(tr("Move %1 on the stakeholder map").arg(stakeholder.name), parent)
    , m_db(db)
    , m_stakeholderId(stakeholder.id)
    , m_municipalityId(stakeholder.municipalityId)
    , m_fromInfluence(stakeholder.influence)
    , m_fromAffectedness(stakeholder.affectedness)
    , m_toInfluence(influence)
    , m_toAffectedness(affectedness)
    , m_version(stakeholder.version)
{ }

void MoveStakeholder::moveTo(int influence, int affectedness)
{
    QString error;
    StakeholderRepository stakeholders(m_db);
    const qint64 expected
        = m_version == -1 ? m_version : versionToWrite(stakeholders.byId(m_stakeholderId), m_version, m_written);
    if (!stakeholders.move(m_stakeholderId, influence, affectedness, &error, expected)) {
        fail(error);
        return;
    }
    if (expected != -1) {
        m_version = expected + 1;
        m_written = writtenRow(stakeholders.byId(m_stakeholderId), expected);
    }
}

void MoveStakeholder::redo()
{
    moveTo(m_toInfluence, m_toAffectedness);
}

void MoveStakeholder::undo()
{
    moveTo(m_fromInfluence, m_fromAffectedness);
}

bool MoveStakeholder::mergeWith(const QUndoCommand *other)
{
    const auto *move = dynamic_cast<const MoveStakeholder *>(other);
    if (!move || move->m_stakeholderId != m_stakeholderId || move->failed() || failed())
        return false;
    m_toInfluence = move->m_toInfluence;
    m_toAffectedness = move->m_toAffectedness;
    // The merged step goes on from where the later move left the row.
    m_version = move->m_version;
    m_written = move->m_written;
    // Back where it started: the step does nothing and the stack drops it.
    setObsolete(m_toInfluence == m_fromInfluence && m_toAffectedness == m_fromAffectedness);
    return true;
}

CommandScope AddStakeholder::scope() const
{
    CommandScope scope;
    scope.page = CommandScope::Page::Stakeholders;
    scope.municipalityId = m_taken.stakeholder.municipalityId;
    scope.ids = {m_taken.stakeholder.id};
    scope.rowsRemovedByUndo = 1;
    return scope;
}

CommandScope EditStakeholder::scope() const
{
    CommandScope scope;
    scope.page = CommandScope::Page::Stakeholders;
    scope.municipalityId = m_after.municipalityId;
    scope.ids = {m_after.id};
    return scope;
}

CommandScope RemoveStakeholder::scope() const
{
    CommandScope scope;
    scope.page = CommandScope::Page::Stakeholders;
    scope.municipalityId = m_municipalityId;
    scope.ids = {m_id};
    scope.rowsRemovedByRedo = 1;
    return scope;
}

CommandScope MoveStakeholder::scope() const
{
    CommandScope scope;
    scope.page = CommandScope::Page::Stakeholders;
    scope.municipalityId = m_municipalityId;
    scope.ids = {m_stakeholderId};
    return scope;
}

} // namespace parat
