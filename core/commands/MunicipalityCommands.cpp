#include "commands/MunicipalityCommands.h"

#include "storage/Database.h"

namespace parat {

namespace {

QString nameOf(const Municipality &municipality)
{
    return QStringLiteral("%1 %2").arg(municipality.code, municipality.name);
}

} // namespace

AddMunicipality::AddMunicipality(Database &db, Municipality municipality, QUndoCommand *parent)
    : Command(parent)
    , m_db(db)
    , m_municipality(std::move(municipality))
{
    m_municipality.id = 0;
    setText(tr("Add municipality %1").arg(nameOf(m_municipality)));
}

void AddMunicipality::redo()
{
    MunicipalityRepository repository(m_db);
    QString error;
    if (m_removed.isEmpty()) {
        Municipality added = m_municipality;
        if (!repository.add(&added, &error)) {
            fail(error);
            return;
        }
        m_municipality = added;
        m_version.added(repository.byId(added.id));
        // The name and region come from the official list when they were left empty.
        setText(tr("Add municipality %1").arg(nameOf(m_municipality)));
        return;
    }
    if (!repository.putBack(m_removed, &error)) {
        fail(error);
        return;
    }
    m_version.putBack(m_removed.municipality, repository.byId(m_municipality.id));
    m_removed = MunicipalitySnapshot();
}

void AddMunicipality::undo()
{
    MunicipalityRepository repository(m_db);
    QString error;
    MunicipalitySnapshot removed;
    if (!repository.take(m_municipality.id, &removed, &error, m_version.toRemove(repository.byId(m_municipality.id)))) {
        fail(error);
        return;
    }
    m_removed = removed;
}

EditMunicipality::EditMunicipality(Database &db, Municipality before, Municipality after, QUndoCommand *parent)
    : EditCommand(db, std::move(before), std::move(after), parent)
{
    setText(describe(m_before, m_after));
}

QString EditMunicipality::describe(const Municipality &before, const Municipality &after)
{
    const bool goLiveOnly = before.goLive != after.goLive && before.projectOwner == after.projectOwner
        && before.projectLeader == after.projectLeader;
    if (goLiveOnly)
        return tr("Change go-live date of %1").arg(nameOf(after));
    return tr("Edit municipality %1").arg(nameOf(after));
}

RemoveMunicipality::RemoveMunicipality(Database &db, Municipality municipality, QUndoCommand *parent)
    : Command(tr("Remove municipality %1").arg(nameOf(municipality)), parent)
    , m_db(db)
    , m_municipality(std::move(municipality))
    , m_version(m_municipality.version)
{ }

void RemoveMunicipality::redo()
{
    QString error;
    MunicipalitySnapshot removed;
    MunicipalityRepository repository(m_db);
    if (!repository.take(m_municipality.id, &removed, &error, m_version.toRemove(repository.byId(m_municipality.id)))) {
        fail(error);
        return;
    }
    m_removed = removed;
}

void RemoveMunicipality::undo()
{
    QString error;
    MunicipalityRepository repository(m_db);
    if (!repository.putBack(m_removed, &error)) {
        fail(error);
        return;
    }
    m_version.putBack(m_removed.municipality, repository.byId(m_municipality.id));
}

CommandScope AddMunicipality::scope() const
{
    CommandScope scope;
    scope.page = CommandScope::Page::Overview;
    scope.municipalityId = m_municipality.id;
    scope.municipalityRemovedByUndo = true;
    return scope;
}

CommandScope EditMunicipality::scope() const
{
    CommandScope scope;
    scope.page = CommandScope::Page::Overview;
    scope.municipalityId = m_after.id;
    return scope;
}

CommandScope RemoveMunicipality::scope() const
{
    CommandScope scope;
    scope.page = CommandScope::Page::Overview;
    scope.municipalityId = m_municipality.id;
    scope.municipalityRemovedByRedo = true;
    return scope;
}

} // namespace parat
