#pragma once

#include "domain/Types.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace parat {

// The cutover runbook (docs/runbook.md): the steps of the go-live weekend and the weeks around it, each timed
// relative to go-live (the start of the go-live day, 00:00 local time). A step has a number of its own within
// the municipality (1, 2, ...); "depends on" names other steps by number.

enum class RunbookStatus
{
    Waiting, // Danish: venter
    Running, // Danish: i gang
    Done, // Danish: færdig
    Problem // Danish: problem
};

// Translation context for the free functions below (lupdate sees "parat::RunbookText").
struct RunbookText
{
    Q_DECLARE_TR_FUNCTIONS(parat::RunbookText)
};

// A runbook reaches from 14 days before go-live to 14 days after it.
constexpr int kRunbookDaysBefore = 14;
constexpr int kRunbookDaysAfter = 14;
constexpr int kMinutesPerDay = 24 * 60;
// Longest step: the whole runbook.
constexpr int kRunbookMaxDurationMinutes = (kRunbookDaysBefore + kRunbookDaysAfter + 1) * kMinutesPerDay;

struct RunbookStep
{
    Id id = 0;
    Id municipalityId = 0;
    int number = 0; // 1, 2, ... within the municipality
    QString title;
    QString owner; // a role or a name, as the runbook is printed and read out
    int startMinutes = 0; // from go-live (00:00 of the go-live day); negative before it
    int durationMinutes = 60;
    QList<int> dependsOn; // numbers of steps that must be done first
    QString contact; // name and phone
    RunbookStatus status = RunbookStatus::Waiting;
    QString note;
    QDateTime actualStart; // invalid: not set
    QDateTime actualEnd;
    // The row version it was read with (docs/team-mode.md "Concurrent edits"); -1: not read from the plan, and a
    // write of it is not checked against the stored version. Not part of ==, which compares what the row holds.
    qint64 version = -1;

    bool operator==(const RunbookStep &other) const
    {
        return id == other.id && municipalityId == other.municipalityId && number == other.number
            && title == other.title && owner == other.owner && startMinutes == other.startMinutes
            && durationMinutes == other.durationMinutes && dependsOn == other.dependsOn && contact == other.contact
            && status == other.status && note == other.note && actualStart == other.actualStart
            && actualEnd == other.actualEnd;
    }

    int endMinutes() const { return startMinutes + durationMinutes; }
};

// Trims the texts, drops repeated and self dependencies, sorts them; a title is required, the start must lie in
// T−14d 00:00 … T+14d 23:59, the duration 1 minute … 29 days, and an actual end may not come before the actual
// start. On failure *error names the step and the problem, and the step is left as it was.
bool validateRunbookStep(RunbookStep *step, QString *error);

QList<RunbookStatus> allRunbookStatuses();
QString runbookStatusCode(RunbookStatus status);
std::optional<RunbookStatus> runbookStatusFromCode(const QString &code);
QString runbookStatusName(RunbookStatus status);

// "T−3d 15:00", "T+0d 07:30" (with a real minus sign); ascii uses '-' (files and the command line).
QString formatRelativeStart(int startMinutes, bool ascii = false);
// Reads "T-3d 15:00", "T−3d 15:00", "T+1d 8:00", "T 09:00" (day 0) and "T-2d" (00:00). nullopt otherwise.
std::optional<int> parseRelativeStart(const QString &text);
// The start as a day and time: "fredag 15:00" in the go-live week (within 6 days of go-live), otherwise the
// short date and time ("15-12 09:00"). Without a go-live date: the relative start.
QString formatStartDay(int startMinutes, const QDate &goLive, const QString &language);
// Local date and time of a relative start; invalid without a go-live date.
QDateTime runbookTime(int minutes, const QDate &goLive);
// "4:00", "14:30", "312:00": hours and minutes.
QString formatDuration(int minutes);
// Reads "4:00", "4" (hours), "0:45"; nullopt for anything else or a duration of 0.
std::optional<int> parseDuration(const QString &text);
// "3, 5" and back (commas, semicolons or spaces between numbers); nullopt when a part is not a number above 0.
QString formatDependsOn(const QList<int> &numbers);
std::optional<QList<int>> parseDependsOn(const QString &text);
// The number a new step gets among the municipality's steps: wanted when it is above 0 and no step has it,
// otherwise one past the highest (1 in an empty runbook).
int freeStepNumber(int wanted, const QList<RunbookStep> &steps);
// "Trin 3"/"Step 3" with the title: how messages name a step.
QString runbookStepLabel(const RunbookStep &step);
// Actual times as typed and shown: "yyyy-MM-dd HH:mm", local time.
QString formatActualTime(const QDateTime &time);
// Empty text: an invalid time (ok). *ok false when the text is not such a time.
QDateTime parseActualTime(const QString &text, bool *ok);

} // namespace parat
