#include "commands/CommunicationCommands.h"

#include "storage/CommunicationRepository.h"
#include "storage/Database.h"

namespace parat {

QString communicationItemTitle(const CommunicationItem &item)
{
    const QString text = !item.occasion.trimmed().isEmpty() ? item.occasion.trimmed() : item.message.trimmed();
    return text.size() > 40 ? text.left(39) + QChar(0x2026) : text;
}

AddCommunicationItem::AddCommunicationItem(Database &db, CommunicationItem item, QUndoCommand *parent)
    : AddRecordCommand(db, item, tr("Add communication \"%1\"").arg(communicationItemTitle(item)), parent)
{ }

EditCommunicationItem::EditCommunicationItem(Database &db, CommunicationItem before, CommunicationItem after,
                                             QUndoCommand *parent)
    : EditCommand(db, std::move(before), std::move(after), parent)
{
    setText(tr("Edit communication \"%1\"").arg(communicationItemTitle(m_before)));
}

RemoveCommunicationItem::RemoveCommunicationItem(Database &db, const CommunicationItem &item, QUndoCommand *parent)
    : RemoveRecordCommand(db, item, tr("Remove communication \"%1\"").arg(communicationItemTitle(item)), parent)
{ }

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

CommandScope AddCommunicationItem::scope() const
{
    CommandScope scope;
    scope.page = CommandScope::Page::Communication;
    scope.municipalityId = record().municipalityId;
    scope.ids = {record().id};
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
    scope.municipalityId = removedMunicipalityId();
    scope.ids = {removedId()};
    scope.rowsRemovedByRedo = 1;
    return scope;
}

} // namespace parat
