#include "commands/RunbookCommands.h"

#include "storage/Database.h"
#include "storage/RunbookRepository.h"

namespace parat {

AddRunbookStep::AddRunbookStep(Database &db, RunbookStep step, QUndoCommand *parent)
    : Command(tr("Add runbook step %1").arg(step.title.trimmed()), parent)
    , m_db(db)
    , m_step(std::move(step))
{
    m_step.id = 0;
}

void AddRunbookStep::redo()
{
    QString error;
    RunbookEditor editor(m_db);
    if (!m_stored) {
        if (!editor.add(&m_step, &error)) {
            fail(error);
            return;
        }
        m_stored = true;
        m_version.added(editor.byId(m_step.id));
        return;
    }
    if (!editor.restore(m_step, &error)) {
        fail(error);
        return;
    }
    m_version.putBack(m_step, editor.byId(m_step.id));
}

void AddRunbookStep::undo()
{
    QString error;
    RunbookEditor editor(m_db);
    const Id id = m_step.id;
    if (!editor.take(id, &m_step, &error, m_version.toRemove(editor.byId(id))))
        fail(error);
}

EditRunbookStep::EditRunbookStep(Database &db, RunbookStep before, RunbookStep after, QUndoCommand *parent)
    : EditCommand(db, std::move(before), std::move(after), parent)
{
    if (m_before.status != m_after.status)
        setText(tr("Set step %1 %2 to %3")
                    .arg(QString::number(m_before.number), m_before.title, runbookStatusName(m_after.status)));
    else
        setText(tr("Edit runbook step %1 %2").arg(QString::number(m_before.number), m_before.title));
}

RemoveRunbookStep::RemoveRunbookStep(Database &db, const RunbookStep &step, QUndoCommand *parent)
    : Command(tr("Remove runbook step %1 %2").arg(QString::number(step.number), step.title), parent)
    , m_db(db)
    , m_id(step.id)
    , m_version(step.version)
{ }

void RemoveRunbookStep::redo()
{
    QString error;
    RunbookEditor editor(m_db);
    if (!editor.take(m_id, &m_taken, &error, m_version.toRemove(editor.byId(m_id))))
        fail(error);
}

void RemoveRunbookStep::undo()
{
    QString error;
    RunbookEditor editor(m_db);
    if (!editor.restore(m_taken, &error)) {
        fail(error);
        return;
    }
    m_version.putBack(m_taken, editor.byId(m_id));
}

ReplaceRunbook::ReplaceRunbook(Database &db, Id municipalityId, QList<RunbookStep> steps, const QString &text,
                               QUndoCommand *parent)
    : Command(text, parent)
    , m_db(db)
    , m_municipalityId(municipalityId)
    , m_after(std::move(steps))
{
    for (RunbookStep &step : m_after)
        step.id = 0;
}

void ReplaceRunbook::redo()
{
    QString error;
    if (!m_done)
        m_before = RunbookRepository(m_db).forMunicipality(m_municipalityId);
    QList<RunbookStep> stored;
    if (!RunbookEditor(m_db).replaceAll(m_municipalityId, m_after, &stored, &error)) {
        fail(error);
        return;
    }
    m_after = stored;
    m_done = true;
}

void ReplaceRunbook::undo()
{
    QString error;
    if (!RunbookEditor(m_db).replaceAll(m_municipalityId, m_before, nullptr, &error))
        fail(error);
}

} // namespace parat
