#include "commands/SuperuserCommands.h"

#include "commands/ExpectedVersion.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"

namespace parat {

EditSuperuser::EditSuperuser(Database &db, Person before, SuperuserDetails detailsBefore, Person after,
                             SuperuserDetails detailsAfter, QUndoCommand *parent)
    : Command(tr("Edit %1").arg(before.name), parent)
    , m_db(db)
    , m_before(std::move(before))
    , m_detailsBefore(std::move(detailsBefore))
    , m_after(std::move(after))
    , m_detailsAfter(std::move(detailsAfter))
{
    Q_ASSERT(m_before.id == m_after.id);
}

std::optional<EditSuperuser::Written> EditSuperuser::stored() const
{
    PersonRepository people(m_db);
    const std::optional<Person> person = people.byId(m_after.id);
    if (!person)
        return std::nullopt;
    return Written {*person, people.superuserDetails(person->id), person->version};
}

void EditSuperuser::write(const Person &person, const SuperuserDetails &details, Person *next)
{
    QString error;
    // The person row, superuser details included, is checked as EditCommand checks a row (commands/ExpectedVersion.h):
    // one write of the row, refused when someone else changed any of it since.
    Person toWrite = person;
    if (toWrite.version != -1)
        toWrite.version = versionToWrite(stored(), person.version, m_written);
    if (!PersonRepository(m_db).updateWithDetails(toWrite, details, &error)) {
        fail(error);
        return;
    }
    if (toWrite.version != -1) {
        next->version = toWrite.version + 1;
        m_written = writtenRow(stored(), toWrite.version);
    }
}

void EditSuperuser::redo()
{
    write(m_after, m_detailsAfter, &m_before);
}

void EditSuperuser::undo()
{
    write(m_before, m_detailsBefore, &m_after);
}

CommandScope EditSuperuser::scope() const
{
    CommandScope scope;
    scope.page = CommandScope::Page::Superusers;
    scope.municipalityId = m_after.municipalityId;
    scope.personId = m_after.id;
    return scope;
}

} // namespace parat
