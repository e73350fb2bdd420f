#include "commands/ReportCommands.h"

#include "commands/ExpectedVersion.h"
#include "domain/Clock.h"
#include "storage/Database.h"

namespace parat {

SetReportNotes::SetReportNotes(Database &db, const Clock &clock, ReportNotes before, ReportNotes after,
                               QUndoCommand *parent)
    : Command(describe(before, after), parent)
    , m_db(db)
    , m_clock(clock)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    Q_ASSERT(m_before.municipalityId == m_after.municipalityId && m_before.reportDate == m_after.reportDate);
    m_after.stored = true;
}

QString SetReportNotes::describe(const ReportNotes &before, const ReportNotes &after)
{
    const bool textsChanged = before.sinceLast != after.sinceLast || before.nextPeriod != after.nextPeriod
        || before.mainProblem != after.mainProblem || before.risks != after.risks
        || before.decisions != after.decisions;
    const bool lightChanged = before.lightOverride != after.lightOverride
        || (after.lightOverride && before.overrideReason != after.overrideReason);
    if (lightChanged && !textsChanged) {
        return after.lightOverride ? tr("Set the report light to %1 manually").arg(lightName(*after.lightOverride))
                                   : tr("Clear the manual report light");
    }
    return tr("Edit report texts");
}

bool SetReportNotes::write(const ReportNotes &notes, ReportNotes *next)
{
    ReportRepository reports(m_db);
    QString error;
    ReportNotes toWrite = notes;
    if (toWrite.version > 0)
        toWrite.version
            = versionToWrite(reports.storedNotes(notes.municipalityId, notes.reportDate), notes.version, m_written);
    const bool ok = toWrite.stored
        ? reports.save(toWrite, m_clock.now(), &error, m_insertAs)
        : reports.remove(toWrite.municipalityId, toWrite.reportDate, &error, toWrite.version);
    if (!ok) {
        fail(error);
        return false;
    }
    if (toWrite.version == -1)
        return true;
    if (!toWrite.stored) {
        // Removed: none stored; stored again, they get one version past the one they had.
        next->version = 0;
        m_insertAs = toWrite.version + 1;
        m_written = std::nullopt;
        return true;
    }
    // Saved: one version past the one written against (an insert, from 0, gets m_insertAs).
    next->version = toWrite.version == 0 ? m_insertAs : toWrite.version + 1;
    m_written = reports.storedNotes(notes.municipalityId, notes.reportDate);
    if (m_written && m_written->version != next->version)
        m_written = std::nullopt; // someone else wrote in between
    return true;
}

void SetReportNotes::redo()
{
    write(m_after, &m_before);
}

void SetReportNotes::undo()
{
    write(m_before, &m_after);
}

CommandScope SetReportNotes::scope() const
{
    CommandScope scope;
    scope.page = CommandScope::Page::Report;
    scope.municipalityId = m_after.municipalityId;
    return scope;
}

MarkReportSent::MarkReportSent(Database &db, ReportSnapshot snapshot, const QString &municipalityName,
                               QUndoCommand *parent)
    : Command(tr("Mark the report of %1 as sent").arg(municipalityName), parent)
    , m_db(db)
    , m_snapshot(std::move(snapshot))
{
    m_snapshot.id = 0;
}

void MarkReportSent::redo()
{
    QString error;
    if (!ReportRepository(m_db).recordSnapshot(&m_snapshot, &error))
        fail(error);
}

void MarkReportSent::undo()
{
    QString error;
    if (!ReportRepository(m_db).removeSnapshot(m_snapshot.id, &error))
        fail(error);
}

CommandScope MarkReportSent::scope() const
{
    CommandScope scope;
    scope.page = CommandScope::Page::Report;
    scope.municipalityId = m_snapshot.municipalityId;
    return scope;
}

} // namespace parat
