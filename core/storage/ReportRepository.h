#pragma once

#include "domain/Light.h"
#include "domain/Types.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <optional>

namespace parat {

class Database;

// What the project leader writes for one municipality's status report of one date. Risks and decisions are
// lists of lines. A manual light needs a reason (the database refuses one without).
struct ReportNotes
{
    Id municipalityId = 0;
    QDate reportDate;
    QString sinceLast; // "since the last report"
    QString nextPeriod; // "in the next period"
    QString mainProblem;
    QStringList risks;
    QStringList decisions;
    std::optional<Light> lightOverride;
    QString overrideReason;
    bool stored = false; // read from the database (false: nothing written for this date yet)
    // The row version the notes were read with (docs/team-mode.md "Concurrent edits"): 0 when none were stored for
    // the date; -1 when not read from the plan, and a write of them is not checked. Not part of ==.
    qint64 version = -1;

    bool sameContent(const ReportNotes &other) const
    {
        return sinceLast == other.sinceLast && nextPeriod == other.nextPeriod && mainProblem == other.mainProblem
            && risks == other.risks && decisions == other.decisions && lightOverride == other.lightOverride
            && overrideReason == other.overrideReason;
    }
    bool isEmpty() const { return sameContent(ReportNotes {}); }
    // What the row holds (not its version).
    bool operator==(const ReportNotes &other) const
    {
        return municipalityId == other.municipalityId && reportDate == other.reportDate && stored == other.stored
            && sameContent(other);
    }
    bool operator!=(const ReportNotes &other) const { return !(*this == other); }
};

// A report recorded as sent to the steering group (Report page "Mark as sent", `parat report --final`), so
// the next report can say exactly what changed since. Drafts (previews, prints, saved files) record none.
// Snapshots recorded by exports before drafts were told apart count as sent.
struct ReportSnapshot
{
    Id id = 0;
    Id municipalityId = 0;
    QDateTime takenAt; // UTC, second precision
    Id lastEventId = 0; // highest task_event id when taken
    QDate reportDate;
    QDate asOf;
    Light light = Light::Green;
    bool overridden = false;
    double progress = 0.0;
    double planned = 0.0;
    int overdue = 0;
    QString format; // "sent" (marked in the window), or the file written with --final: "pdf", "html", "csv"

    // Whether a task event happened after this snapshot. Events later in time always are; events in the
    // snapshot's own second only when newer than the last event the snapshot saw. Events put back by an undo
    // keep their old time and so stay before.
    bool precedes(const TaskEvent &event) const
    {
        const QDateTime at = event.at.toUTC();
        return at > takenAt || (at == takenAt && event.id > lastEventId);
    }
};

// All SQL about status reports: the notes per municipality and report date, and the export snapshots.
class ReportRepository
{
    Q_DECLARE_TR_FUNCTIONS(parat::ReportRepository)
public:
    explicit ReportRepository(Database &db)
        : m_db(db)
    { }

    // The notes of exactly that date; without a stored row: empty texts and no override, but the risks and
    // decisions of the latest earlier date (they usually carry over from report to report), stored == false.
    ReportNotes notes(Id municipalityId, const QDate &reportDate) const;
    // The notes stored for exactly that date, with their row version; none when nothing is stored for it.
    std::optional<ReportNotes> storedNotes(Id municipalityId, const QDate &reportDate) const;
    // The notes stored for exactly that date of every municipality that has them, by municipality id, in one query
    // (what storedNotes gives each): for the overview of all municipalities.
    QHash<Id, ReportNotes> storedNotesOn(const QDate &reportDate) const;
    // Stores the notes for municipality and date. Trims texts and drops blank risk and decision lines; a manual
    // light without a reason is refused. One transaction. Checked against notes.version (docs/team-mode.md
    // "Concurrent edits"): 0 inserts them and is refused when notes of that date were stored since; a version
    // updates them only while the stored ones are at it; -1 (unchecked) inserts or replaces. Refused: nothing
    // written, *error names who changed them and when. Notes inserted from 0 get the version insertAs (undo putting
    // back removed notes: one past the version they had).
    bool save(const ReportNotes &notes, const QDateTime &at, QString *error, qint64 insertAs = 1);
    // Removes the notes of that date (used to undo the first save of a date), refused like save() when they are
    // no longer at expectedVersion (-1: unchecked).
    bool remove(Id municipalityId, const QDate &reportDate, QString *error, qint64 expectedVersion = -1);

    // Records a snapshot. Fills takenAt's precision, lastEventId (when 0) and the id (a snapshot with an id, taken
    // away by removeSnapshot(), is put back with it). One transaction.
    bool recordSnapshot(ReportSnapshot *snapshot, QString *error);
    // Takes a recorded snapshot away (undoing "mark as sent").
    bool removeSnapshot(Id snapshotId, QString *error);
    // The latest snapshot of the municipality taken at or before `at` (all when `at` is invalid).
    std::optional<ReportSnapshot> latestSnapshot(Id municipalityId, const QDateTime &at = QDateTime()) const;
    QList<ReportSnapshot> snapshots(Id municipalityId) const; // oldest first
    // Highest task_event id in the database (0 when there is none).
    Id lastEventId() const;

private:
    Database &m_db;
};

} // namespace parat
