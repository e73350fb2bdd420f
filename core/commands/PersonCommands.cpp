#include "commands/PersonCommands.h"

#include "storage/Database.h"

namespace parat {

AddPerson::AddPerson(Database &db, Person person, QUndoCommand *parent)
    : Command(tr("Add %1").arg(person.name.trimmed()), parent)
    , m_db(db)
    , m_person(std::move(person))
{
    m_person.id = 0;
}

void AddPerson::redo()
{
    QString error;
    PersonRepository people(m_db);
    if (!m_stored) {
        if (!people.add(&m_person, &error)) {
            fail(error);
            return;
        }
        m_stored = true;
        m_version.added(people.byId(m_person.id));
        return;
    }
    if (!people.restore(m_taken, &error)) {
        fail(error);
        return;
    }
    m_version.putBack(m_taken.person, people.byId(m_person.id));
}

void AddPerson::undo()
{
    QString error;
    PersonRepository people(m_db);
    if (!people.take(m_person.id, &m_taken, &error, m_version.toRemove(people.byId(m_person.id))))
        fail(error);
}

EditPerson::EditPerson(Database &db, Person before, Person after, QUndoCommand *parent)
    : EditCommand(db, std::move(before), std::move(after), parent)
{
    setText(tr("Edit %1").arg(m_before.name));
}

RemovePerson::RemovePerson(Database &db, const Person &person, QUndoCommand *parent)
    : Command(tr("Remove %1").arg(person.name), parent)
    , m_db(db)
    , m_personId(person.id)
    , m_municipalityId(person.municipalityId)
    , m_version(person.version)
{ }

void RemovePerson::redo()
{
    QString error;
    PersonRepository people(m_db);
    if (!people.take(m_personId, &m_taken, &error, m_version.toRemove(people.byId(m_personId))))
        fail(error);
}

void RemovePerson::undo()
{
    QString error;
    PersonRepository people(m_db);
    if (!people.restore(m_taken, &error)) {
        fail(error);
        return;
    }
    m_version.putBack(m_taken.person, people.byId(m_personId));
}

CommandScope AddPerson::scope() const
{
    CommandScope scope;
    scope.page = CommandScope::Page::People;
    scope.municipalityId = m_person.municipalityId;
    scope.ids = {m_person.id};
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
    scope.municipalityId = m_municipalityId;
    scope.ids = {m_personId};
    scope.rowsRemovedByRedo = 1;
    return scope;
}

} // namespace parat
