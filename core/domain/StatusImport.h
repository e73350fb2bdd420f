#pragma once

#include "domain/Enums.h"
#include "domain/Types.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace parat {

// Importing task statuses from a spreadsheet (docs/spreadsheets.md "Importing statuses"): which columns hold what,
// and the plan of what an import would change.

// The sheet's columns, 0-based; -1: the sheet has no such column.
struct StatusColumns
{
    int key = -1; // the task key (A.1, LOK-3); without it tasks are matched by title
    int title = -1;
    int status = -1;
    int doneOn = -1;
    int note = -1;
    int klik = -1; // marked in KLIK: a date, or a yes word (x, ja, yes, 1) for today
    // Parat's own status sheet: the hidden columns with the status and time of the export.
    int exportedStatus = -1;
    int exportedAt = -1;

    bool operator==(const StatusColumns &other) const;
};

// How to read one kind of sheet. Saved by name in the plan and reused; the status words are remembered per source.
struct StatusMapping
{
    QString name; // empty: not saved
    QString sheet; // the sheet's name; empty: the first sheet
    int headerRow = 0; // 0-based; the rows below it are tasks
    StatusColumns columns;
    QMap<QString, QString> words; // the sheet's word (normalised, statusWordKey()) -> Parat's status code

    // The status a word of the sheet means: the mapping's own words first, then Parat's (defaultStatusWord()).
    std::optional<Status> statusOf(const QString &word) const;

    QByteArray toJson() const;
    static std::optional<StatusMapping> fromJson(const QByteArray &json, const QString &name);
};

// A status word as compared: trimmed, lower case, inner spaces single.
QString statusWordKey(const QString &word);
// Parat's own words for the statuses in Danish and English (names and codes, and the common ways of saying them:
// "færdig", "udført", "i gang", "done" …); nullopt for a word it does not know.
std::optional<Status> defaultStatusWord(const QString &word);

// A mapping name as stored: trimmed; 1–80 characters.
bool validStatusMappingName(const QString &name);

// One row of the sheet in the plan.
struct StatusImportRow
{
    enum class Outcome
    {
        Change, // the sheet changes the task
        Unchanged, // the sheet says what Parat says (or the row of Parat's own sheet was not edited)
        Conflict, // changed in Parat after the sheet was made, and the sheet says otherwise: the user picks
        NoMatch, // no task, or more than one, fits the row
        Empty // a row with no key and no title (left out of counts)
    };
    enum class Match
    {
        None,
        Key,
        Title
    };

    int sheetRow = 0; // 0-based row of the sheet
    QString sheetKey;
    QString sheetTitle;
    QString sheetStatus; // the word as written
    Match match = Match::None;
    int certainty = 0; // 0–100: 100 for a key, less for a title that is not written the same way
    QStringList candidates; // NoMatch by title: the keys of the tasks that fit equally well
    Id taskId = 0;
    QString taskKey;
    QString taskTitle;
    TaskState before; // Parat's state now
    TaskState after; // with the sheet's values
    QString paratChange; // Conflict: what Parat changed since the sheet was made ("I gang → Afventer")
    Outcome outcome = Outcome::NoMatch;
    QString reason; // NoMatch: why
    // Whether applying writes the sheet's values for this row: a change is taken unless the user leaves it out, a
    // conflict keeps Parat's state unless the user takes the sheet's.
    bool takeSheet = false;

    bool applies() const { return (outcome == Outcome::Change || outcome == Outcome::Conflict) && takeSheet; }
};

struct StatusImportPlan
{
    QString sourceName;
    QString sheet;
    QDateTime sheetMadeAt; // UTC; invalid when the sheet does not say (then nothing is a conflict)
    QList<StatusImportRow> rows;
    QStringList errors; // translated, each naming sheet, row and column; any error blocks applying

    bool ok() const { return errors.isEmpty(); }
    int count(StatusImportRow::Outcome outcome) const;
    // The rows that applying writes (changes, and conflicts the user settled for the sheet).
    QList<const StatusImportRow *> applying() const;
};

} // namespace parat
