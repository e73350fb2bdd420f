#include "commands/SuperuserCommands.h"

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

void EditSuperuser::write(const Person &person, const SuperuserDetails &details)
{
    QString error;
    PersonRepository people(m_db);
    const bool ok = m_db.write(&error, [&] {
        return people.update(person, &error) && people.setSuperuserDetails(person.id, details, &error);
    });
    if (!ok)
        fail(error);
}

void EditSuperuser::redo()
{
    write(m_after, m_detailsAfter);
}

void EditSuperuser::undo()
{
    write(m_before, m_detailsBefore);
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
