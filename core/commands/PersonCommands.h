#pragma once

#include "commands/Command.h"
#include "commands/EditCommand.h"
#include "commands/ExpectedVersion.h"
#include "commands/RecordCommands.h"
#include "domain/Types.h"
#include "storage/PersonRepository.h"

#include <QCoreApplication>

namespace parat {

class Database;

template<> struct TakenRecord<RemovedPerson>
{
    static Person &of(RemovedPerson &taken) { return taken.person; }
    static const Person &of(const RemovedPerson &taken) { return taken.person; }
};

// Adds a person to a municipality. The first redo() stores them; undo() takes them out again, and a later
// redo() puts them back with the same id, so commands further up the stack that name them keep working.
class AddPerson : public AddRecordCommand<RemovedPerson, PersonRepository>
{
    Q_DECLARE_TR_FUNCTIONS(parat::AddPerson)
public:
    AddPerson(Database &db, Person person, QUndoCommand *parent = nullptr);

    CommandScope scope() const override;

    Id personId() const { return record().id; }
};

// Changes a person's details (name, unit, e-mail, roles, manager, KLIK registration, note).
class EditPerson : public EditCommand<Person, PersonRepository>
{
    Q_DECLARE_TR_FUNCTIONS(parat::EditPerson)
public:
    EditPerson(Database &db, Person before, Person after, QUndoCommand *parent = nullptr);

    CommandScope scope() const override;
};

// Removes a person. Task states that named them as responsible or performer, and the people they managed,
// lose the link; undo() brings the person back with the same id and restores those links.
class RemovePerson : public RemoveRecordCommand<RemovedPerson, PersonRepository>
{
    Q_DECLARE_TR_FUNCTIONS(parat::RemovePerson)
public:
    RemovePerson(Database &db, const Person &person, QUndoCommand *parent = nullptr);

    CommandScope scope() const override;
};

} // namespace parat
