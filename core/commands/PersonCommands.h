#pragma once

#include "commands/Command.h"
#include "commands/EditCommand.h"
#include "commands/ExpectedVersion.h"
#include "domain/Types.h"
#include "storage/PersonRepository.h"

#include <QCoreApplication>

namespace parat {

class Database;

// Adds a person to a municipality. The first redo() stores them; undo() takes them out again, and a later
// redo() puts them back with the same id, so commands further up the stack that name them keep working.
class AddPerson : public Command
{
    Q_DECLARE_TR_FUNCTIONS(parat::AddPerson)
public:
    AddPerson(Database &db, Person person, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    CommandScope scope() const override;

    Id personId() const { return m_person.id; }

private:
    Database &m_db;
    Person m_person;
    RemovedPerson m_taken;
    RemovalVersion<Person> m_version; // undo removes the person only while no one else changed them
    bool m_stored = false;
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
class RemovePerson : public Command
{
    Q_DECLARE_TR_FUNCTIONS(parat::RemovePerson)
public:
    RemovePerson(Database &db, const Person &person, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    CommandScope scope() const override;

private:
    Database &m_db;
    Id m_personId = 0;
    Id m_municipalityId = 0;
    RemovalVersion<Person> m_version;
    RemovedPerson m_taken;
};

} // namespace parat
