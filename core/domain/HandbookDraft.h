#pragma once

#include "domain/Types.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace parat {

// Translation context of the messages about a handbook file: the readers' problems and their line/task
// prefixes (lupdate sees "parat::HandbookText").
struct HandbookText
{
    Q_DECLARE_TR_FUNCTIONS(parat::HandbookText)
};

// One problem found while reading a handbook file. Errors stop the import; warnings are shown and the
// import may go on.
struct ImportProblem
{
    enum class Severity
    {
        Warning,
        Error
    };
    Severity severity = Severity::Error;
    int line = 0; // CSV: 1-based physical line where the record starts; 0 when not tied to a line
    int index = -1; // JSON: 0-based index in "tasks"; -1 when not tied to a task
    QString key; // task key when known
    QString column; // column / field name when known
    QString message; // translated, complete sentence naming what was expected

    bool isError() const { return severity == Severity::Error; }
    // "Line 12, column due_offset_weeks: ..." in the user's language.
    QString toString() const;
};

// A handbook file as read and validated, before it touches the database.
struct HandbookDraft
{
    QString title;
    QString version; // the handbook's own version label, if the file has one
    QDate published;
    QString sourceName; // file name it came from
    QByteArray sha256; // hex digest of the file's bytes
    QList<Task> tasks; // municipalityId 0, sortOrder = position in the file
    QList<ImportProblem> problems; // warnings and errors
    // Optional columns the file does not carry (CSV: not in the header; JSON: in no task), in the file
    // format's order. Importing keeps the stored value of these fields instead of blanking them.
    QStringList absentColumns;

    bool hasErrors() const;
    QList<ImportProblem> errors() const;
    QList<ImportProblem> warnings() const;
};

// Task keys compare without regard to case or surrounding spaces: "p1-01 " names the same task as "P1-01".
QString normalizedTaskKey(const QString &key);

} // namespace parat
