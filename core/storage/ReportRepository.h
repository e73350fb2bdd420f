#pragma once

#include "domain/Light.h"
#include "domain/Types.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
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

    bool sameContent(const ReportNotes &other) const
    {
        return sinceLast == other.sinceLast && nextPeriod == other.nextPeriod && mainProblem == other.mainProblem
            && risks == other.risks && decisions == other.decisions && lightOverride == other.lightOverride
            && overrideReason == other.overrideReason;
    }
    bool isEmpty() const { return sameContent(ReportNotes {}); }
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
    // Stores the notes (insert or replace for municipality and date). Trims texts and drops blank risk and
    // decision lines; a manual light without a reason is refused. One transaction.
    bool save(const ReportNotes &notes, const QDateTime &at, QString *error);
    // Removes the notes of that date (used to undo the first save of a date).
    bool remove(Id municipalityId, const QDate &reportDate, QString *error);

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
