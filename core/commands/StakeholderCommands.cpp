#include "commands/StakeholderCommands.h"

#include "storage/CommunicationRepository.h"
#include "storage/Database.h"

namespace parat {

QString communicationItemTitle(const CommunicationItem &item)
{
    const QString text = !item.occasion.trimmed().isEmpty() ? item.occasion.trimmed() : item.message.trimmed();
    return text.size() > 40 ? text.left(39) + QChar(0x2026) : text;
}

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
        return;
    }
    if (!repository.restore(m_taken, &error))
        fail(error);
}

void AddStakeholder::undo()
{
    QString error;
    if (!StakeholderRepository(m_db).take(m_taken.stakeholder.id, &m_taken, &error))
        fail(error);
}

EditStakeholder::EditStakeholder(Database &db, Stakeholder before, Stakeholder after, QUndoCommand *parent)
    : Command(tr("Edit stakeholder %1").arg(before.name), parent)
    , m_db(db)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    Q_ASSERT(m_before.id == m_after.id);
}

void EditStakeholder::write(const Stakeholder &stakeholder)
{
    QString error;
    if (!StakeholderRepository(m_db).update(stakeholder, &error))
        fail(error);
}

void EditStakeholder::redo()
{
    write(m_after);
}

void EditStakeholder::undo()
{
    write(m_before);
}

RemoveStakeholder::RemoveStakeholder(Database &db, const Stakeholder &stakeholder, QUndoCommand *parent)
    : Command(tr("Remove stakeholder %1").arg(stakeholder.name), parent)
    , m_db(db)
    , m_id(stakeholder.id)
    , m_municipalityId(stakeholder.municipalityId)
{ }

void RemoveStakeholder::redo()
{
    QString error;
    if (!StakeholderRepository(m_db).take(m_id, &m_taken, &error))
        fail(error);
}

void RemoveStakeholder::undo()
{
    QString error;
    if (!StakeholderRepository(m_db).restore(m_taken, &error))
        fail(error);
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
{ }

void MoveStakeholder::moveTo(int influence, int affectedness)
{
    QString error;
    if (!StakeholderRepository(m_db).move(m_stakeholderId, influence, affectedness, &error))
        fail(error);
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
    // Back where it started: the step does nothing and the stack drops it.
    setObsolete(m_toInfluence == m_fromInfluence && m_toAffectedness == m_fromAffectedness);
    return true;
}

AddCommunicationItem::AddCommunicationItem(Database &db, CommunicationItem item, QUndoCommand *parent)
    : Command(tr("Add communication \"%1\"").arg(communicationItemTitle(item)), parent)
    , m_db(db)
    , m_item(std::move(item))
{
    m_item.id = 0;
}

void AddCommunicationItem::redo()
{
    QString error;
    CommunicationRepository repository(m_db);
    if (!m_stored) {
        if (!repository.add(&m_item, &error)) {
            fail(error);
            return;
        }
        m_stored = true;
        return;
    }
    if (!repository.restore(m_item, &error))
        fail(error);
}

void AddCommunicationItem::undo()
{
    QString error;
    CommunicationRepository repository(m_db);
    // Keep what is stored now (links may have been cleared since) so redo() puts back the same row.
    if (const std::optional<CommunicationItem> current = repository.byId(m_item.id))
        m_item = *current;
    if (!repository.remove(m_item.id, &error))
        fail(error);
}

EditCommunicationItem::EditCommunicationItem(Database &db, CommunicationItem before, CommunicationItem after,
                                             QUndoCommand *parent)
    : Command(tr("Edit communication \"%1\"").arg(communicationItemTitle(before)), parent)
    , m_db(db)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    Q_ASSERT(m_before.id == m_after.id);
}

void EditCommunicationItem::write(const CommunicationItem &item)
{
    QString error;
    if (!CommunicationRepository(m_db).update(item, &error))
        fail(error);
}

void EditCommunicationItem::redo()
{
    write(m_after);
}

void EditCommunicationItem::undo()
{
    write(m_before);
}

RemoveCommunicationItem::RemoveCommunicationItem(Database &db, CommunicationItem item, QUndoCommand *parent)
    : Command(tr("Remove communication \"%1\"").arg(communicationItemTitle(item)), parent)
    , m_db(db)
    , m_item(std::move(item))
{ }

void RemoveCommunicationItem::redo()
{
    QString error;
    CommunicationRepository repository(m_db);
    if (const std::optional<CommunicationItem> current = repository.byId(m_item.id))
        m_item = *current;
    if (!repository.remove(m_item.id, &error))
        fail(error);
}

void RemoveCommunicationItem::undo()
{
    QString error;
    if (!CommunicationRepository(m_db).restore(m_item, &error))
        fail(error);
}

namespace {

CommunicationItem doneCopy(CommunicationItem item, const QDate &doneOn)
{
    item.status = CommunicationStatus::Done;
    item.doneOn = doneOn;
    return item;
}

} // namespace

MarkCommunicationDone::MarkCommunicationDone(Database &db, const CommunicationItem &item, const QDate &doneOn,
                                             QUndoCommand *parent)
    : EditCommunicationItem(db, item, doneCopy(item, doneOn), parent)
{
    setText(tr("Mark communication \"%1\" done").arg(communicationItemTitle(item)));
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

CommandScope AddCommunicationItem::scope() const
{
    CommandScope scope;
    scope.page = CommandScope::Page::Communication;
    scope.municipalityId = m_item.municipalityId;
    scope.ids = {m_item.id};
    scope.rowsRemovedByUndo = 1;
    return scope;
}

CommandScope EditCommunicationItem::scope() const
{
    CommandScope scope;
    scope.page = CommandScope::Page::Communication;
    scope.municipalityId = m_after.municipalityId;
    scope.ids = {m_after.id};
    return scope;
}

CommandScope RemoveCommunicationItem::scope() const
{
    CommandScope scope;
    scope.page = CommandScope::Page::Communication;
    scope.municipalityId = m_item.municipalityId;
    scope.ids = {m_item.id};
    scope.rowsRemovedByRedo = 1;
    return scope;
}

} // namespace parat
