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
        m_version.added(repository.byId(m_item.id));
        return;
    }
    if (!repository.restore(m_item, &error)) {
        fail(error);
        return;
    }
    m_version.putBack(m_item, repository.byId(m_item.id));
}

void AddCommunicationItem::undo()
{
    QString error;
    CommunicationRepository repository(m_db);
    const std::optional<CommunicationItem> current = repository.byId(m_item.id);
    if (!repository.remove(m_item.id, &error, m_version.toRemove(current))) {
        fail(error);
        return;
    }
    // Keep what was stored (links may have been cleared since) so redo() puts back the same row.
    if (current)
        m_item = *current;
}

EditCommunicationItem::EditCommunicationItem(Database &db, CommunicationItem before, CommunicationItem after,
                                             QUndoCommand *parent)
    : EditCommand(db, std::move(before), std::move(after), parent)
{
    setText(tr("Edit communication \"%1\"").arg(communicationItemTitle(m_before)));
}

RemoveCommunicationItem::RemoveCommunicationItem(Database &db, CommunicationItem item, QUndoCommand *parent)
    : Command(tr("Remove communication \"%1\"").arg(communicationItemTitle(item)), parent)
    , m_db(db)
    , m_item(std::move(item))
    , m_version(m_item.version)
{ }

void RemoveCommunicationItem::redo()
{
    QString error;
    CommunicationRepository repository(m_db);
    const std::optional<CommunicationItem> current = repository.byId(m_item.id);
    if (!repository.remove(m_item.id, &error, m_version.toRemove(current))) {
        fail(error);
        return;
    }
    // Keep what was stored (links may have been cleared since) so undo puts back the same row.
    if (current)
        m_item = *current;
}

void RemoveCommunicationItem::undo()
{
    QString error;
    CommunicationRepository repository(m_db);
    if (!repository.restore(m_item, &error)) {
        fail(error);
        return;
    }
    m_version.putBack(m_item, repository.byId(m_item.id));
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
