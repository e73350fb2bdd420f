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

void EditSuperuser::write(const Person &person, const SuperuserDetails &details, Person *next)
{
    QString error;
    PersonRepository people(m_db);
    // The person row's version is checked as EditCommand checks it (commands/ExpectedVersion.h).
    Person toWrite = person;
    if (toWrite.version != -1)
        toWrite.version = versionToWrite(people.byId(person.id), person.version, m_written);
    const bool ok = m_db.write(&error, [&] {
        return people.update(toWrite, &error) && people.setSuperuserDetails(person.id, details, &error);
    });
    if (!ok) {
        fail(error);
        return;
    }
    if (toWrite.version != -1) {
        next->version = toWrite.version + 1;
        m_written = writtenRow(people.byId(person.id), toWrite.version);
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
