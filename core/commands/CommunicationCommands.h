#pragma once

#include "commands/Command.h"
#include "commands/EditCommand.h"
#include "commands/ExpectedVersion.h"
#include "commands/RecordCommands.h"
#include "domain/Stakeholder.h"
#include "storage/CommunicationRepository.h"

#include <QCoreApplication>
#include <QDate>

namespace parat {

class Database;

// Undo commands of a municipality's communication plan. Adding an item stores it on the first redo(); undo()
// takes it out and a later redo() puts it back with the same id.

class AddCommunicationItem : public AddRecordCommand<CommunicationItem, CommunicationRepository>
{
    Q_DECLARE_TR_FUNCTIONS(parat::AddCommunicationItem)
public:
    AddCommunicationItem(Database &db, CommunicationItem item, QUndoCommand *parent = nullptr);
    CommandScope scope() const override;
    Id itemId() const { return record().id; }
};

class EditCommunicationItem : public EditCommand<CommunicationItem, CommunicationRepository>
{
    Q_DECLARE_TR_FUNCTIONS(parat::EditCommunicationItem)
public:
    EditCommunicationItem(Database &db, CommunicationItem before, CommunicationItem after,
                          QUndoCommand *parent = nullptr);
    CommandScope scope() const override;
};

class RemoveCommunicationItem : public RemoveRecordCommand<CommunicationItem, CommunicationRepository>
{
    Q_DECLARE_TR_FUNCTIONS(parat::RemoveCommunicationItem)
public:
    RemoveCommunicationItem(Database &db, const CommunicationItem &item, QUndoCommand *parent = nullptr);
    CommandScope scope() const override;
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
