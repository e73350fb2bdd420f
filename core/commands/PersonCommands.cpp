#include "commands/PersonCommands.h"

#include "storage/Database.h"

namespace parat {

AddPerson::AddPerson(Database &db, Person person, QUndoCommand *parent)
    : AddRecordCommand(db, person, tr("Add %1").arg(person.name.trimmed()), parent)
{ }

EditPerson::EditPerson(Database &db, Person before, Person after, QUndoCommand *parent)
    : EditCommand(db, std::move(before), std::move(after), parent)
{
    setText(tr("Edit %1").arg(m_before.name));
}

RemovePerson::RemovePerson(Database &db, const Person &person, QUndoCommand *parent)
    : RemoveRecordCommand(db, person, tr("Remove %1").arg(person.name), parent)
{ }

CommandScope AddPerson::scope() const
{
    CommandScope scope;
    scope.page = CommandScope::Page::People;
    scope.municipalityId = record().municipalityId;
    scope.ids = {record().id};
    scope.rowsRemovedByUndo = 1;
    return scope;
}

CommandScope EditPerson::scope() const
{
    CommandScope scope;
    scope.page = CommandScope::Page::People;
    scope.municipalityId = m_after.municipalityId;
    scope.ids = {m_after.id};
    return scope;
}

CommandScope RemovePerson::scope() const
{
    CommandScope scope;
    scope.page = CommandScope::Page::People;
    scope.municipalityId = removedMunicipalityId();
    scope.ids = {removedId()};
    scope.rowsRemovedByRedo = 1;
    return scope;
}

} // namespace parat
