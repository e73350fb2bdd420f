#pragma once

// Internal to the handbook readers (HandbookCsv.cpp, HandbookJson.cpp, HandbookBytes.cpp,
// HandbookValidation.cpp): the column names, where a value came from, and the Reader that turns raw values
// into tasks and collects problems. Nothing outside core/handbook includes this; the API is HandbookReader.h.

#include "domain/HandbookDraft.h"
#include "domain/InputLimits.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace parat::handbook_reader {

using Severity = ImportProblem::Severity;

// Column names of the file format (docs/handbook-format.md); CSV header names and JSON task fields alike.
namespace col {
inline const QString key = QStringLiteral("key");
inline const QString phase = QStringLiteral("phase");
inline const QString theme = QStringLiteral("theme");
inline const QString titleDa = QStringLiteral("title_da");
inline const QString titleEn = QStringLiteral("title_en");
inline const QString descriptionDa = QStringLiteral("description_da");
inline const QString responsibleRole = QStringLiteral("responsible_role");
inline const QString performerRole = QStringLiteral("performer_role");
inline const QString releaseOffset = QStringLiteral("release_offset_weeks");
inline const QString dueOffset = QStringLiteral("due_offset_weeks");
inline const QString estimateHours = QStringLiteral("estimate_hours");
inline const QString perPerson = QStringLiteral("per_person");
inline const QString mandatory = QStringLiteral("mandatory");
inline const QString milestone = QStringLiteral("milestone");
inline const QString dependsOn = QStringLiteral("depends_on");
inline const QString externalRef = QStringLiteral("external_ref");
} // namespace col

const QStringList &knownColumns();
const QStringList &requiredColumns();

inline const QString kFormatName = QStringLiteral("parat-handbook");
constexpr int kFormatVersion = 1;

enum class Format
{
    Csv,
    Json
};

// Where a task came from: a CSV line or a JSON task index, and its key once known.
struct Where
{
    int line = 0;
    int index = -1;
    QString key;
};

// One task's values as text, by column name (trimmed). CSV: every known column of the header, empty
// when the cell is; JSON: the fields the task object has.
struct RawTask
{
    Where where;
    QHash<QString, QString> values;

    QString value(const QString &column) const { return values.value(column); }
};

class Reader
{
public:
    Reader(HandbookDraft &draft, Format format)
        : m_draft(draft)
        , m_format(format)
    { }

    void add(Severity severity, const Where &where, const QString &column, const QString &message)
    {
        ImportProblem problem;
        problem.severity = severity;
        problem.line = where.line;
        problem.index = where.index;
        problem.key = where.key;
        problem.column = column;
        problem.message = message;
        m_draft.problems.append(problem);
    }
    void error(const Where &where, const QString &column, const QString &message)
    {
        add(Severity::Error, where, column, message);
    }
    void warning(const Where &where, const QString &column, const QString &message)
    {
        add(Severity::Warning, where, column, message);
    }

    // Required columns the CSV header lacks: reported once for the header, not again for every line.
    void setAbsentColumns(const QSet<QString> &columns) { m_absent = columns; }

    void addTask(const RawTask &raw);
    void checkAcrossTasks();

private:
    bool checkRequired(const RawTask &raw, const QString &column, const QString &message);
    std::optional<int> weeks(const RawTask &raw, const QString &column);
    std::optional<double> hours(const RawTask &raw);
    bool flag(const RawTask &raw, const QString &column);
    std::optional<Role> role(const RawTask &raw, const QString &column);
    QString duplicateKeyMessage(const QString &key, const Where &first) const;
    void checkCycles();

    HandbookDraft &m_draft;
    Format m_format;
    QSet<QString> m_absent;
    QList<Where> m_where; // parallel to m_draft.tasks
};

// "text" in straight double quotes, for naming a value in a message.
QString quoted(const QString &text);

bool startsWith(const QByteArray &bytes, const char *prefix, qsizetype size);

// The file's text, or nothing after a fatal problem (binary content) was added.
std::optional<QString> decodeText(const QByteArray &bytes, Reader &reader);
// Bytes as Windows-1252 (what Danish Excel saves as "CSV"), written out because QStringDecoder knows the codec only
// when Qt is built with ICU.
QString decodeWindows1252(const QByteArray &bytes);

// Common start of every read: the draft names its source and digest even when the bytes are refused.
HandbookDraft startDraft(const QByteArray &bytes, const QString &sourceName);
// Problems in the order of the file: whole-file ones first, then by line or task.
void sortProblems(HandbookDraft &draft);
// False (with an error added) when a file of this size is refused without parsing.
bool checkSize(qint64 size, Reader &reader);
void addEmptyFileError(Reader &reader);
// The text of a file of a size that is read, or nothing after a fatal problem (too large, binary) was added.
std::optional<QString> checkedText(const QByteArray &bytes, Reader &reader);
// The optional columns (or JSON fields) no task has, in the order of knownColumns(), go to draft.absentColumns.
void addAbsentColumns(HandbookDraft &draft, const QSet<QString> &present);

} // namespace parat::handbook_reader
