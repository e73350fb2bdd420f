#include "commands/StakeholderCommands.h"

#include "storage/Database.h"

namespace parat {

AddStakeholder::AddStakeholder(Database &db, Stakeholder stakeholder, QUndoCommand *parent)
    : AddRecordCommand(db, stakeholder, tr("Add stakeholder %1").arg(stakeholder.name.trimmed()), parent)
{ }

EditStakeholder::EditStakeholder(Database &db, Stakeholder before, Stakeholder after, QUndoCommand *parent)
    : EditCommand(db, std::move(before), std::move(after), parent)
{
    setText(tr("Edit stakeholder %1").arg(m_before.name));
}

RemoveStakeholder::RemoveStakeholder(Database &db, const Stakeholder &stakeholder, QUndoCommand *parent)
    : RemoveRecordCommand(db, stakeholder, tr("Remove stakeholder %1").arg(stakeholder.name), parent)
{ }

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
    scope.municipalityId = record().municipalityId;
    scope.ids = {record().id};
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
    scope.municipalityId = removedMunicipalityId();
    scope.ids = {removedId()};
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
