#pragma once

#include "commands/Command.h"
#include "storage/ReportRepository.h"

#include <QCoreApplication>

#include <optional>

namespace parat {

class Clock;
class Database;

// Changes what the project leader wrote for one report date of a municipality: the three short texts, the
// risks and decisions, and the manual light with its reason. redo() stores `after`; undo() stores `before`,
// or removes the row again when `before` was not stored (the first edit of that date). Checked against the row
// version like EditCommand (docs/team-mode.md "Concurrent edits"): a save from a stale read, or an undo after someone
// else changed the notes, is refused naming who and when; one's own undo and redo go through.
class SetReportNotes : public Command
{
    Q_DECLARE_TR_FUNCTIONS(parat::SetReportNotes)
public:
    SetReportNotes(Database &db, const Clock &clock, ReportNotes before, ReportNotes after,
                   QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    CommandScope scope() const override;

    // "Edit report texts", "Set the report light manually", "Clear the manual report light".
    static QString describe(const ReportNotes &before, const ReportNotes &after);

private:
    // Writes notes; next is the other direction, whose version is moved on to the one written.
    bool write(const ReportNotes &notes, ReportNotes *next);

    Database &m_db;
    const Clock &m_clock;
    ReportNotes m_before;
    ReportNotes m_after;
    std::optional<ReportNotes> m_written; // the notes as this command's last write left them
    qint64 m_insertAs = 1; // the version notes this command stores again get (one past the one it removed)
};

// Records a status report as sent to the steering group (the Report page's "Mark as sent"): the snapshot
// becomes the baseline the next report counts its changes from. undo() takes exactly that snapshot away again;
// redo() puts it back with the same id and the same point in the history.
class MarkReportSent : public Command
{
    Q_DECLARE_TR_FUNCTIONS(parat::MarkReportSent)
public:
    MarkReportSent(Database &db, ReportSnapshot snapshot, const QString &municipalityName,
                   QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    CommandScope scope() const override;

    const ReportSnapshot &snapshot() const { return m_snapshot; }

private:
    Database &m_db;
    ReportSnapshot m_snapshot;
};

} // namespace parat
