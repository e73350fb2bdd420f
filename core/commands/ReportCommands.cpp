#include "commands/ReportCommands.h"

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

bool SetReportNotes::write(const ReportNotes &notes)
{
    ReportRepository reports(m_db);
    QString error;
    const bool ok = notes.stored ? reports.save(notes, m_clock.now(), &error)
                                 : reports.remove(notes.municipalityId, notes.reportDate, &error);
    if (!ok)
        fail(error);
    return ok;
}

void SetReportNotes::redo()
{
    write(m_after);
}

void SetReportNotes::undo()
{
    write(m_before);
}

} // namespace parat
