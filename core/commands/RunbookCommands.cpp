#include "commands/RunbookCommands.h"

#include "storage/Database.h"
#include "storage/RunbookRepository.h"

#include <algorithm>

namespace parat {

AddRunbookStep::AddRunbookStep(Database &db, RunbookStep step, QUndoCommand *parent)
    : AddRecordCommand(db, step, tr("Add runbook step %1").arg(step.title.trimmed()), parent)
{ }

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
    : RemoveRecordCommand(db, step, tr("Remove runbook step %1 %2").arg(QString::number(step.number), step.title),
                          parent)
{ }

ReplaceRunbook::ReplaceRunbook(Database &db, Id municipalityId, QList<RunbookStep> steps, const QString &text,
                               std::optional<QList<RunbookStep>> seen, QUndoCommand *parent)
    : Command(text, parent)
    , m_db(db)
    , m_municipalityId(municipalityId)
    , m_after(std::move(steps))
    , m_seen(std::move(seen))
{
    for (RunbookStep &step : m_after) {
        step.id = 0;
        step.version = -1;
    }
}

namespace {

// Whether a and b hold the same steps (by id; versions aside).
bool sameSteps(QList<RunbookStep> a, QList<RunbookStep> b)
{
    const auto byId = [](const RunbookStep &x, const RunbookStep &y) { return x.id < y.id; };
    std::sort(a.begin(), a.end(), byId);
    std::sort(b.begin(), b.end(), byId);
    return a == b;
}

} // namespace

bool ReplaceRunbook::write(const QList<RunbookStep> &steps, QList<RunbookStep> *stored)
{
    QString error;
    const QList<RunbookStep> current = RunbookRepository(m_db).forMunicipality(m_municipalityId);
    // As ExpectedVersion.h's versionToWrite, for the steps as a set: when they still hold exactly what this command
    // last wrote, one's own steps in between moved their versions on; otherwise the versions last seen count.
    const QList<RunbookStep> *expected = nullptr;
    if (m_seen)
        expected = m_written && sameSteps(current, *m_written) ? &current : &*m_seen;
    // A step put back gets a version past the one it had when this command last took it out.
    QList<RunbookStep> toWrite = steps;
    for (RunbookStep &step : toWrite)
        step.version = std::max(step.version, m_removedAt.value(step.id, step.version));
    if (!RunbookEditor(m_db).replaceAll(m_municipalityId, toWrite, stored, &error, expected)) {
        fail(error);
        return false;
    }
    for (const RunbookStep &step : current)
        m_removedAt.insert(step.id, step.version);
    if (m_seen) {
        m_seen = *stored;
        m_written = *stored;
    }
    return true;
}

void ReplaceRunbook::redo()
{
    if (!m_done)
        m_before = RunbookRepository(m_db).forMunicipality(m_municipalityId);
    QList<RunbookStep> stored;
    if (!write(m_after, &stored))
        return;
    m_after = stored;
    m_done = true;
}

void ReplaceRunbook::undo()
{
    QList<RunbookStep> stored;
    if (write(m_before, &stored))
        m_before = stored;
}

} // namespace parat
