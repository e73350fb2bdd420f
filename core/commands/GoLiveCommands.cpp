#include "commands/GoLiveCommands.h"

#include "planning/GoLiveReadiness.h"
#include "storage/Database.h"

namespace parat {

AddGoLiveCriterion::AddGoLiveCriterion(Database &db, GoLiveCriterion criterion, QUndoCommand *parent)
    : AddRecordCommand(db, criterion, tr("Add go-live criterion %1").arg(criterion.title.trimmed()), parent)
{ }

CommandScope AddGoLiveCriterion::scope() const
{
    CommandScope scope;
    scope.page = CommandScope::Page::Readiness;
    scope.municipalityId = record().municipalityId;
    scope.ids = {record().id};
    scope.rowsRemovedByUndo = 1;
    return scope;
}

EditGoLiveCriterion::EditGoLiveCriterion(Database &db, GoLiveCriterion before, GoLiveCriterion after,
                                         QUndoCommand *parent)
    : EditCommand(db, std::move(before), std::move(after), parent)
{
    setText(tr("Edit go-live criterion %1").arg(m_before.title));
}

CommandScope EditGoLiveCriterion::scope() const
{
    CommandScope scope;
    scope.page = CommandScope::Page::Readiness;
    scope.municipalityId = m_before.municipalityId;
    scope.ids = {m_before.id};
    return scope;
}

RemoveGoLiveCriterion::RemoveGoLiveCriterion(Database &db, const GoLiveCriterion &criterion, QUndoCommand *parent)
    : RemoveRecordCommand(db, criterion, tr("Remove go-live criterion %1").arg(criterion.title), parent)
{ }

CommandScope RemoveGoLiveCriterion::scope() const
{
    CommandScope scope;
    scope.page = CommandScope::Page::Readiness;
    scope.municipalityId = removedMunicipalityId();
    scope.ids = {removedId()};
    scope.rowsRemovedByRedo = 1;
    return scope;
}

AddDefaultGoLiveCriteria::AddDefaultGoLiveCriteria(Database &db, Id municipalityId, const QDate &goLive,
                                                   QUndoCommand *parent)
    : Command(tr("Create the default go-live criteria"), parent)
    , m_municipalityId(municipalityId)
{
    for (const GoLiveCriterion &criterion : defaultGoLiveCriteria(municipalityId, goLive))
        new AddGoLiveCriterion(db, criterion, this);
}

void AddDefaultGoLiveCriteria::redo()
{
    // All or nothing: a child that fails takes back the ones before it.
    for (int i = 0; i < childCount(); ++i) {
        auto *step = static_cast<Command *>(const_cast<QUndoCommand *>(child(i)));
        step->redo();
        if (step->failed()) {
            for (int j = i - 1; j >= 0; --j)
                const_cast<QUndoCommand *>(child(j))->undo();
            fail(step->error());
            return;
        }
    }
}

CommandScope AddDefaultGoLiveCriteria::scope() const
{
    CommandScope scope;
    scope.page = CommandScope::Page::Readiness;
    scope.municipalityId = m_municipalityId;
    for (int i = 0; i < childCount(); ++i)
        scope.ids.append(static_cast<const AddGoLiveCriterion *>(child(i))->criterionId());
    scope.rowsRemovedByUndo = childCount();
    return scope;
}

void AddDefaultGoLiveCriteria::undo()
{
    for (int i = childCount() - 1; i >= 0; --i) {
        auto *step = static_cast<Command *>(const_cast<QUndoCommand *>(child(i)));
        step->undo();
        if (step->failed()) {
            fail(step->error());
            return;
        }
    }
}

SetGoLiveMeeting::SetGoLiveMeeting(Database &db, Id municipalityId, std::optional<GoLiveMeeting> before,
                                   std::optional<GoLiveMeeting> after, QUndoCommand *parent)
    : Command(after ? tr("Record the go/no-go meeting") : tr("Remove the go/no-go meeting"), parent)
    , m_db(db)
    , m_municipalityId(municipalityId)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_version(m_before ? m_before->version : 0)
{ }

void SetGoLiveMeeting::redo()
{
    write(m_after);
}

void SetGoLiveMeeting::undo()
{
    write(m_before);
}

CommandScope SetGoLiveMeeting::scope() const
{
    CommandScope scope;
    scope.page = CommandScope::Page::Readiness;
    scope.municipalityId = m_municipalityId;
    return scope;
}

void SetGoLiveMeeting::write(const std::optional<GoLiveMeeting> &meeting)
{
    QString error;
    GoLiveRepository repository(m_db);
    const qint64 expected
        = m_version > 0 ? versionToWrite(repository.meeting(m_municipalityId), m_version, m_written) : m_version;
    bool ok = false;
    if (meeting) {
        GoLiveMeeting toWrite = *meeting;
        toWrite.version = expected;
        ok = repository.saveMeeting(toWrite, &error, m_insertAs);
    } else {
        ok = repository.removeMeeting(m_municipalityId, &error, expected);
    }
    if (!ok) {
        fail(error);
        return;
    }
    if (expected == -1)
        return;
    if (!meeting) {
        m_version = 0;
        m_insertAs = expected + 1;
        m_written = std::nullopt;
        return;
    }
    m_version = expected == 0 ? m_insertAs : expected + 1;
    m_written = repository.meeting(m_municipalityId);
    if (m_written && m_written->version != m_version)
        m_written = std::nullopt; // someone else wrote in between
}

} // namespace parat
