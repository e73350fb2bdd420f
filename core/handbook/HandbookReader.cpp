#include "handbook/HandbookReader.h"

#include "domain/Enums.h"
#include "domain/InputLimits.h"
#include "domain/Language.h"
#include "handbook/CsvParser.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <utility>

namespace parat {

namespace {

using Severity = ImportProblem::Severity;

// Column names of the file format (docs/handbook-format.md); CSV header names and JSON task fields alike.
namespace col {
const QString key = QStringLiteral("key");
const QString phase = QStringLiteral("phase");
const QString theme = QStringLiteral("theme");
const QString titleDa = QStringLiteral("title_da");
const QString titleEn = QStringLiteral("title_en");
const QString descriptionDa = QStringLiteral("description_da");
const QString responsibleRole = QStringLiteral("responsible_role");
const QString performerRole = QStringLiteral("performer_role");
const QString releaseOffset = QStringLiteral("release_offset_weeks");
const QString dueOffset = QStringLiteral("due_offset_weeks");
const QString estimateHours = QStringLiteral("estimate_hours");
const QString perPerson = QStringLiteral("per_person");
const QString mandatory = QStringLiteral("mandatory");
const QString milestone = QStringLiteral("milestone");
const QString dependsOn = QStringLiteral("depends_on");
const QString externalRef = QStringLiteral("external_ref");
} // namespace col

const QStringList &knownColumns()
{
    static const QStringList columns
        = {col::key,           col::phase,         col::theme,           col::titleDa,
           col::titleEn,       col::descriptionDa, col::responsibleRole, col::performerRole,
           col::releaseOffset, col::dueOffset,     col::estimateHours,   col::perPerson,
           col::mandatory,     col::milestone,     col::dependsOn,       col::externalRef};
    return columns;
}

const QStringList &requiredColumns()
{
    static const QStringList columns = {col::key, col::phase, col::titleDa, col::dueOffset};
    return columns;
}

const QString kFormatName = QStringLiteral("parat-handbook");
constexpr int kFormatVersion = 1;
// Offsets beyond ten years from go-live are typing errors, and keep week arithmetic far from overflow.
constexpr int kMaxOffsetWeeks = limits::kMaxOffsetWeeks;
// Control characters in more than 1 of this many bytes mean the file is not text.
constexpr qsizetype kControlCharRatio = 20;
constexpr qsizetype kSniffBytes = 64 * 1024;

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

QString quoted(const QString &text)
{
    return QStringLiteral("\"%1\"").arg(text);
}

QString joinedCodes(const QStringList &codes)
{
    return codes.join(QStringLiteral(", "));
}

QStringList phaseCodes()
{
    QStringList codes;
    for (Phase phase : allPhases())
        codes.append(phaseCode(phase));
    return codes;
}

QStringList themeCodes()
{
    QStringList codes;
    for (Theme theme : allThemes())
        codes.append(themeCode(theme));
    return codes;
}

QStringList roleCodeList()
{
    QStringList codes;
    for (Role r : allRoles())
        codes.append(roleCode(r));
    return codes;
}

// A decimal number with a point or a comma ("2.5", "2,5"); a Unicode minus sign is accepted.
std::optional<double> parseDecimal(QString text)
{
    text.replace(QChar(0x2212), QLatin1Char('-'));
    if (text.contains(QLatin1Char(','))) {
        if (text.contains(QLatin1Char('.')) || text.count(QLatin1Char(',')) > 1)
            return std::nullopt; // thousands separators are ambiguous between locales
        text.replace(QLatin1Char(','), QLatin1Char('.'));
    }
    bool ok = false;
    const double value = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// Spellings of yes and no that spreadsheets and people write. SAND/FALSK is how Danish Excel saves
// TRUE/FALSE cells.
std::optional<bool> parseFlag(const QString &text)
{
    static const QStringList yes = {QStringLiteral("1"),   QStringLiteral("ja"), QStringLiteral("true"),
                                    QStringLiteral("yes"), QStringLiteral("x"),  QStringLiteral("sand")};
    static const QStringList no = {QString(),
                                   QStringLiteral("0"),
                                   QStringLiteral("nej"),
                                   QStringLiteral("false"),
                                   QStringLiteral("no"),
                                   QStringLiteral("falsk")};
    const QString value = text.trimmed().toLower();
    if (yes.contains(value))
        return true;
    if (no.contains(value))
        return false;
    return std::nullopt;
}

QStringList splitKeys(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList keys;
    for (const QString &key : text.split(separators, Qt::SkipEmptyParts)) {
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}

bool Reader::checkRequired(const RawTask &raw, const QString &column, const QString &message)
{
    if (!raw.value(column).isEmpty())
        return true;
    if (!m_absent.contains(column))
        error(raw.where, column, message);
    return false;
}

std::optional<int> Reader::weeks(const RawTask &raw, const QString &column)
{
    const QString text = raw.value(column);
    const std::optional<double> value = parseDecimal(text);
    if (!value) {
        error(raw.where, column,
              HandbookText::tr("Expected a whole number of weeks relative to go-live (such as -12), found %1.")
                  .arg(quoted(text)));
        return std::nullopt;
    }
    if (*value != std::floor(*value)) {
        error(raw.where, column,
              HandbookText::tr("Expected a whole number of weeks, found %1; offsets are counted in whole weeks.")
                  .arg(quoted(text)));
        return std::nullopt;
    }
    if (std::abs(*value) > kMaxOffsetWeeks) {
        error(raw.where, column,
              HandbookText::tr("Expected a number of weeks between %1 and %2, found %3.")
                  .arg(-kMaxOffsetWeeks)
                  .arg(kMaxOffsetWeeks)
                  .arg(quoted(text)));
        return std::nullopt;
    }
    return static_cast<int>(*value);
}

std::optional<double> Reader::hours(const RawTask &raw)
{
    const QString text = raw.value(col::estimateHours);
    if (text.isEmpty())
        return 0.0;
    const std::optional<double> value = parseDecimal(text);
    if (!value) {
        error(raw.where, col::estimateHours,
              HandbookText::tr("Expected a number of hours (such as 4 or 2,5), found %1.").arg(quoted(text)));
        return std::nullopt;
    }
    if (*value < 0 || *value > limits::kMaxEstimateHours) {
        error(raw.where, col::estimateHours,
              HandbookText::tr("Expected a number of hours between 0 and %1, found %2.")
                  .arg(localeFor(currentLanguage()).toString(limits::kMaxEstimateHours, 'f', 0), quoted(text)));
        return std::nullopt;
    }
    return *value;
}

bool Reader::flag(const RawTask &raw, const QString &column)
{
    const QString text = raw.value(column);
    const std::optional<bool> value = parseFlag(text);
    if (!value) {
        error(raw.where, column,
              HandbookText::tr("Expected yes or no (1/0, ja/nej, true/false, yes/no, or x/empty), found %1.")
                  .arg(quoted(text)));
        return false;
    }
    return *value;
}

std::optional<Role> Reader::role(const RawTask &raw, const QString &column)
{
    const QString text = raw.value(column);
    if (text.isEmpty())
        return std::nullopt;
    const std::optional<Role> value = roleFromCode(text);
    if (!value) {
        error(raw.where, column,
              HandbookText::tr("Unknown role %1; expected one of %2, or nothing.")
                  .arg(quoted(text), joinedCodes(roleCodeList())));
    }
    return value;
}

void Reader::addTask(const RawTask &raw)
{
    Task task;
    task.municipalityId = 0;
    task.sortOrder = static_cast<int>(m_draft.tasks.size());

    static const QRegularExpression badKeyChars(QStringLiteral("[\\s,;]"));
    task.key = raw.value(col::key).trimmed();
    if (checkRequired(raw, col::key,
                      HandbookText::tr("The key is empty; expected a unique key such as P1-01 for every task."))
        && task.key.contains(badKeyChars)) {
        error(raw.where, col::key,
              HandbookText::tr("The key %1 contains a space, comma or semicolon; expected a key such as P1-01 that "
                               "depends_on can refer to.")
                  .arg(quoted(task.key)));
    }

    if (checkRequired(raw, col::phase,
                      HandbookText::tr("The phase is empty; expected one of %1.").arg(joinedCodes(phaseCodes())))) {
        const QString text = raw.value(col::phase);
        if (const std::optional<Phase> phase = phaseFromCode(text))
            task.phase = *phase;
        else
            error(
                raw.where, col::phase,
                HandbookText::tr("Unknown phase %1; expected one of %2.").arg(quoted(text), joinedCodes(phaseCodes())));
    }

    if (const QString text = raw.value(col::theme); !text.isEmpty()) {
        task.theme = themeFromCode(text);
        if (!task.theme) {
            error(raw.where, col::theme,
                  HandbookText::tr("Unknown theme %1; expected one of %2, or nothing.")
                      .arg(quoted(text), joinedCodes(themeCodes())));
        }
    }

    task.titleDa = raw.value(col::titleDa);
    checkRequired(raw, col::titleDa,
                  HandbookText::tr("The Danish title is empty; expected a title_da for every task."));
    task.titleEn = raw.value(col::titleEn);
    task.descriptionDa = raw.value(col::descriptionDa);
    task.responsibleRole = role(raw, col::responsibleRole);
    task.performerRole = role(raw, col::performerRole);

    std::optional<int> due;
    if (checkRequired(
            raw, col::dueOffset,
            HandbookText::tr(
                "The due week is empty; expected a whole number of weeks relative to go-live, such as -12."))) {
        due = weeks(raw, col::dueOffset);
        task.dueOffsetWeeks = due.value_or(0);
    }
    if (!raw.value(col::releaseOffset).isEmpty()) {
        task.releaseOffsetWeeks = weeks(raw, col::releaseOffset);
        if (task.releaseOffsetWeeks && due && *task.releaseOffsetWeeks > *due) {
            error(raw.where, col::releaseOffset,
                  HandbookText::tr("The task is released in week %1, after it is due in week %2; expected "
                                   "release_offset_weeks to be at most due_offset_weeks.")
                      .arg(*task.releaseOffsetWeeks)
                      .arg(*due));
        }
    }

    task.estimateHours = hours(raw).value_or(0.0);
    task.perPerson = flag(raw, col::perPerson);
    task.mandatory = flag(raw, col::mandatory);
    task.milestone = flag(raw, col::milestone);
    task.dependsOn = splitKeys(raw.value(col::dependsOn));
    task.externalRef = raw.value(col::externalRef);

    m_draft.tasks.append(task);
    m_where.append(raw.where);
}

QString Reader::duplicateKeyMessage(const QString &key, const Where &first) const
{
    if (m_format == Format::Csv)
        return HandbookText::tr("The key %1 is also used on line %2; expected each key once.")
            .arg(quoted(key))
            .arg(first.line);
    return HandbookText::tr("The key %1 is also used by task %2; expected each key once.")
        .arg(quoted(key))
        .arg(first.index + 1);
}

void Reader::checkAcrossTasks()
{
    // Keys match as the stored handbook matches them: "p1-01" and "P1-01" are one task, so both in one file
    // are a duplicate, and depends_on may spell a key either way.
    QHash<QString, qsizetype> firstByKey;
    for (qsizetype i = 0; i < m_draft.tasks.size(); ++i) {
        const QString &key = m_draft.tasks[i].key;
        if (key.isEmpty())
            continue;
        const QString normalized = normalizedTaskKey(key);
        if (const auto it = firstByKey.constFind(normalized); it != firstByKey.constEnd()) {
            const QString &first = m_draft.tasks[*it].key;
            error(m_where[i], col::key,
                  first == key ? duplicateKeyMessage(key, m_where[*it])
                               : duplicateKeyMessage(key, m_where[*it]) + QLatin1Char(' ')
                          + HandbookText::tr(
                                "Keys that differ only in upper and lower case (%1 and %2) name the same task.")
                                .arg(quoted(first), quoted(key)));
        } else {
            firstByKey.insert(normalized, i);
        }
    }

    for (qsizetype i = 0; i < m_draft.tasks.size(); ++i) {
        Task &task = m_draft.tasks[i];
        for (QString &dependency : task.dependsOn) {
            const QString normalized = normalizedTaskKey(dependency);
            if (const auto it = firstByKey.constFind(normalized); it != firstByKey.constEnd())
                dependency = m_draft.tasks[*it].key; // the spelling of the key it refers to
            if (normalized == normalizedTaskKey(task.key)) {
                error(m_where[i], col::dependsOn,
                      HandbookText::tr("The task depends on itself; expected keys of other tasks."));
            } else if (!firstByKey.contains(normalized)) {
                error(m_where[i], col::dependsOn,
                      HandbookText::tr(
                          "The task depends on %1, which is not a key in this file; expected keys of tasks in the "
                          "same handbook.")
                          .arg(quoted(dependency)));
            }
        }
    }
    checkCycles();
}

// Dependencies must not go round in a circle, or no order of the tasks can satisfy them. Iterative depth-first
// search: a handbook of a hundred thousand chained tasks must not overflow the stack.
void Reader::checkCycles()
{
    const QList<Task> &tasks = m_draft.tasks;
    QHash<QString, qsizetype> indexByKey;
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        if (!tasks[i].key.isEmpty() && !indexByKey.contains(tasks[i].key))
            indexByKey.insert(tasks[i].key, i);
    }
    QList<QList<qsizetype>> edges(tasks.size());
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        for (const QString &dependency : tasks[i].dependsOn) {
            const qsizetype target = indexByKey.value(dependency, -1);
            if (target >= 0 && target != i)
                edges[i].append(target);
        }
    }

    enum Colour : char
    {
        White,
        Grey,
        Black
    };
    QList<char> colour(tasks.size(), White);
    QList<qsizetype> positionOnPath(tasks.size(), -1);
    QSet<QString> reported;
    struct Frame
    {
        qsizetype node;
        qsizetype nextEdge;
    };
    QList<Frame> path;
    for (qsizetype start = 0; start < tasks.size(); ++start) {
        if (colour[start] != White)
            continue;
        colour[start] = Grey;
        positionOnPath[start] = 0;
        path.append({start, 0});
        while (!path.isEmpty()) {
            Frame &frame = path.last();
            if (frame.nextEdge < edges[frame.node].size()) {
                const qsizetype next = edges[frame.node][frame.nextEdge++];
                if (colour[next] == White) {
                    colour[next] = Grey;
                    positionOnPath[next] = path.size();
                    path.append({next, 0});
                } else if (colour[next] == Grey) {
                    QStringList keys;
                    for (qsizetype p = positionOnPath[next]; p < path.size(); ++p)
                        keys.append(tasks[path[p].node].key);
                    QStringList sorted = keys;
                    sorted.sort();
                    if (!reported.contains(sorted.join(QLatin1Char(' ')))) {
                        reported.insert(sorted.join(QLatin1Char(' ')));
                        keys.append(tasks[next].key);
                        error(m_where[next], col::dependsOn,
                              HandbookText::tr(
                                  "The dependencies go round in a circle (%1); expected tasks that can be done "
                                  "one after another.")
                                  .arg(keys.join(QStringLiteral(" \u2192 "))));
                    }
                }
            } else {
                colour[frame.node] = Black;
                positionOnPath[frame.node] = -1;
                path.removeLast();
            }
        }
    }
}

// ---- Bytes to text ------------------------------------------------------------------------------------------

// Windows-1252 differs from Latin-1 only in 0x80-0x9F. The five undefined bytes map to the C1 controls, as
// browsers and ICU do. Written out because QStringDecoder knows the codec only when Qt is built with ICU.
QString decodeWindows1252(const QByteArray &bytes)
{
    static const std::array<char16_t, 32> high
        = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
           0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
           0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        *out++ = byte >= 0x80 && byte < 0xA0 ? QChar(high[byte - 0x80]) : QChar(char16_t(byte));
    }
    return text;
}

bool startsWith(const QByteArray &bytes, const char *prefix, qsizetype size)
{
    return bytes.size() >= size && bytes.left(size) == QByteArray(prefix, size);
}

// Invalid bytes in text that is meant to be UTF-8 are listed up to this many, one error each.
constexpr qsizetype kBadBytesListed = 10;

struct BadByte
{
    int line = 0; // 1-based
    int column = 0; // 1-based, in characters
    unsigned char byte = 0;
};

struct Utf8Scan
{
    qsizetype validMultiByte = 0; // well-formed sequences of two to four bytes
    QList<BadByte> bad;
};

// Length of the well-formed UTF-8 sequence at i (RFC 3629: no overlong forms, no surrogates, nothing above
// U+10FFFF), or 0 when the byte at i does not start one.
int utf8SequenceLength(const QByteArray &bytes, qsizetype i)
{
    const auto at = [&bytes](qsizetype k) { return k < bytes.size() ? static_cast<unsigned char>(bytes[k]) : 0; };
    const unsigned char b = at(i);
    const auto continuation = [](unsigned char c) { return (c & 0xC0) == 0x80; };
    if (b < 0x80)
        return 1;
    if (b >= 0xC2 && b <= 0xDF)
        return continuation(at(i + 1)) ? 2 : 0;
    if (b >= 0xE0 && b <= 0xEF) {
        const unsigned char c1 = at(i + 1);
        const bool ok1 = b == 0xE0 ? (c1 >= 0xA0 && c1 <= 0xBF)
            : b == 0xED            ? (c1 >= 0x80 && c1 <= 0x9F)
                                   : continuation(c1);
        return ok1 && continuation(at(i + 2)) ? 3 : 0;
    }
    if (b >= 0xF0 && b <= 0xF4) {
        const unsigned char c1 = at(i + 1);
        const bool ok1 = b == 0xF0 ? (c1 >= 0x90 && c1 <= 0xBF)
            : b == 0xF4            ? (c1 >= 0x80 && c1 <= 0x8F)
                                   : continuation(c1);
        return ok1 && continuation(at(i + 2)) && continuation(at(i + 3)) ? 4 : 0;
    }
    return 0;
}

Utf8Scan scanUtf8(const QByteArray &bytes)
{
    Utf8Scan scan;
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < bytes.size();) {
        const int length = utf8SequenceLength(bytes, i);
        if (length == 0) {
            scan.bad.append({line, column, static_cast<unsigned char>(bytes[i])});
            ++column;
            ++i;
            continue;
        }
        if (length > 1)
            ++scan.validMultiByte;
        if (bytes[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        i += length;
    }
    return scan;
}

// The file's text, or nothing after a fatal problem (binary content) was added.
std::optional<QString> decodeText(const QByteArray &bytes, Reader &reader)
{
    const Where nowhere;
    if (startsWith(bytes, "\xFF\xFE", 2) || startsWith(bytes, "\xFE\xFF", 2)) {
        // Excel's "Unicode text" is UTF-16 with a BOM.
        QStringDecoder decoder(bytes[0] == '\xFF' ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        const QString text = decoder.decode(bytes.mid(2));
        if (!decoder.hasError() && !text.contains(QChar(0)))
            return text;
    } else if (startsWith(bytes, "PK\x03\x04", 4) || startsWith(bytes, "\xD0\xCF\x11\xE0", 4)) {
        reader.error(
            nowhere, QString(),
            HandbookText::tr(
                "The file is an Excel workbook or another packed document, not text; expected a handbook saved "
                "as CSV or JSON. In Excel, use Save As and choose CSV."));
        return std::nullopt;
    } else if (!bytes.contains('\0')) {
        const QByteArray sample = bytes.left(kSniffBytes);
        qsizetype controls = 0;
        for (const char c : sample) {
            const auto byte = static_cast<unsigned char>(c);
            if (byte < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && byte != 0x1A)
                ++controls;
        }
        if (controls * kControlCharRatio <= sample.size()) {
            const QByteArray body = startsWith(bytes, "\xEF\xBB\xBF", 3) ? bytes.mid(3) : bytes;
            QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
            const QString text = utf8.decode(body);
            if (!utf8.hasError())
                return text;
            const Utf8Scan scan = scanUtf8(body);
            if (scan.validMultiByte > 0 && scan.validMultiByte >= scan.bad.size()) {
                // UTF-8 apart from a few bytes: a damaged or pasted-together file. Reading it as Windows-1252
                // would turn every æ, ø and å into two wrong letters, so the bad bytes are shown instead.
                // (Windows-1252 text hardly ever holds a valid UTF-8 pair, and then far fewer than its
                // invalid bytes.)
                for (qsizetype i = 0; i < scan.bad.size() && i < kBadBytesListed; ++i) {
                    const BadByte &bad = scan.bad.at(i);
                    Where where;
                    where.line = bad.line;
                    reader.error(
                        where, QString(),
                        HandbookText::tr("Column %1 holds the byte 0x%2, which is not valid UTF-8, while the rest "
                                         "of the file is UTF-8; correct the character there and save the file as "
                                         "UTF-8 again.")
                            .arg(bad.column)
                            .arg(QString::number(bad.byte, 16).toUpper().rightJustified(2, QLatin1Char('0'))));
                }
                if (scan.bad.size() > kBadBytesListed) {
                    reader.error(nowhere, QString(),
                                 HandbookText::tr("… and %n more byte(s) that are not valid UTF-8.", nullptr,
                                                  int(scan.bad.size() - kBadBytesListed)));
                }
                return std::nullopt;
            }
            // Not UTF-8 at all. Text in Windows-1252 has a few letters above 0x7F; binary data has them everywhere.
            qsizetype high = 0;
            for (const char c : sample) {
                if (static_cast<unsigned char>(c) >= 0x80)
                    ++high;
            }
            if (high * 10 <= sample.size() * 3) {
                reader.warning(
                    nowhere, QString(),
                    HandbookText::tr(
                        "The file is not valid UTF-8 and was read as Windows-1252, the encoding Excel's plain "
                        "\"CSV\" format uses on Danish PCs. Check that æ, ø and å look right; saving as "
                        "\"CSV UTF-8\" avoids this."));
                return decodeWindows1252(body);
            }
        }
    }
    reader.error(
        nowhere, QString(),
        HandbookText::tr("The file contains binary data, not text; expected a handbook saved as CSV or JSON."));
    return std::nullopt;
}

QString megabytes(qint64 bytes)
{
    return QLocale().toString(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// Common start of every read: the draft names its source and digest even when the bytes are refused.
// Problems in the order of the file: whole-file ones first, then by line or task; the order of finding stays
// within a line.
void sortProblems(HandbookDraft &draft)
{
    std::stable_sort(draft.problems.begin(), draft.problems.end(), [](const ImportProblem &a, const ImportProblem &b) {
        return std::pair(a.line, a.index) < std::pair(b.line, b.index);
    });
}

HandbookDraft startDraft(const QByteArray &bytes, const QString &sourceName)
{
    HandbookDraft draft;
    draft.sourceName = sourceName;
    draft.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    draft.title = QFileInfo(sourceName).completeBaseName();
    return draft;
}

bool checkSize(qint64 size, Reader &reader)
{
    if (size <= kMaxHandbookFileBytes)
        return true;
    reader.error(Where(), QString(),
                 HandbookText::tr("The file is %1 MB; expected a handbook file of at most %2 MB.")
                     .arg(megabytes(size), megabytes(kMaxHandbookFileBytes)));
    return false;
}

void addEmptyFileError(Reader &reader)
{
    reader.error(Where(), QString(),
                 HandbookText::tr(
                     "The file is empty; expected a header line with the column names followed by one line per task."));
}

// ---- JSON ---------------------------------------------------------------------------------------------------

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Array:
        return HandbookText::tr("a list");
    case QJsonValue::Object:
        return HandbookText::tr("an object");
    case QJsonValue::Bool:
        return HandbookText::tr("true or false");
    case QJsonValue::Double:
        return HandbookText::tr("a number");
    case QJsonValue::String:
        return quoted(value.toString());
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return HandbookText::tr("nothing");
}

QString jsonNumber(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// A scalar JSON value as the text a CSV cell would hold; nothing for lists and objects.
std::optional<QString> jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().trimmed();
    case QJsonValue::Double:
        return jsonNumber(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QString();
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    return std::nullopt;
}

// 1-based line and column of a byte offset in UTF-8 text.
std::pair<int, int> lineAndColumn(const QByteArray &utf8, qsizetype offset)
{
    int line = 1;
    int column = 1;
    offset = std::min(offset, utf8.size());
    for (qsizetype i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(utf8[i]);
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) {
            ++column; // count characters, not continuation bytes
        }
    }
    return {line, column};
}

bool readJsonHeader(const QJsonObject &root, HandbookDraft &draft, Reader &reader)
{
    const Where nowhere;
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.toString() != kFormatName) {
        reader.error(nowhere, QStringLiteral("format"),
                     HandbookText::tr("Expected \"format\": \"%1\", found %2; this is not a Parat handbook file.")
                         .arg(kFormatName, jsonTypeName(format)));
        return false;
    }
    const QJsonValue version = root.value(QStringLiteral("format_version"));
    const double number = version.toDouble(-1);
    if (!version.isDouble() || number < 1 || number != std::floor(number)) {
        reader.error(nowhere, QStringLiteral("format_version"),
                     HandbookText::tr("Expected \"format_version\": %1, found %2.")
                         .arg(kFormatVersion)
                         .arg(version.isDouble() ? jsonNumber(number) : jsonTypeName(version)));
        return false;
    }
    if (number > kFormatVersion) {
        reader.error(nowhere, QStringLiteral("format_version"),
                     HandbookText::tr(
                         "The file has format version %1, which is newer than this version of Parat can read (up to "
                         "%2); expected format version %2. Update Parat to import it.")
                         .arg(jsonNumber(number))
                         .arg(kFormatVersion));
        return false;
    }

    const QJsonValue handbook = root.value(QStringLiteral("handbook"));
    if (handbook.isUndefined() || handbook.isNull())
        return true;
    if (!handbook.isObject()) {
        reader.error(nowhere, QStringLiteral("handbook"),
                     HandbookText::tr("Expected an object with title, version and published, found %1.")
                         .arg(jsonTypeName(handbook)));
        return true;
    }
    const QJsonObject header = handbook.toObject();
    const std::optional<QString> title = jsonText(header.value(QStringLiteral("title")));
    if (title && !title->isEmpty())
        draft.title = *title;
    draft.version = jsonText(header.value(QStringLiteral("version"))).value_or(QString());
    const QJsonValue published = header.value(QStringLiteral("published"));
    if (!published.isUndefined() && !published.isNull()) {
        static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QString text = published.toString().trimmed();
        draft.published = isoDate.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
        if (!draft.published.isValid()) {
            reader.error(
                nowhere, QStringLiteral("handbook.published"),
                HandbookText::tr("Expected a date written as YYYY-MM-DD, found %1.").arg(jsonTypeName(published)));
        }
    }
    return true;
}

} // namespace

// ---- Public API ---------------------------------------------------------------------------------------------

HandbookDraft readHandbookCsv(const QByteArray &bytes, const QString &sourceName)
{
    HandbookDraft draft = startDraft(bytes, sourceName);
    Reader reader(draft, Format::Csv);
    if (!checkSize(bytes.size(), reader))
        return draft;
    const std::optional<QString> text = decodeText(bytes, reader);
    if (!text)
        return draft;

    const CsvDocument doc = parseCsv(*text);
    if (!doc.ok()) {
        Where where;
        where.line = doc.unterminatedQuoteLine;
        reader.error(
            where, QString(),
            HandbookText::tr(
                "A quoted value starts on this line but its closing quote is missing; expected a \" at the end "
                "of the value (a \" inside a value is written as \"\")."));
        return draft;
    }

    auto isBlank = [](const CsvRecord &record) {
        for (const QString &field : record.fields) {
            if (!field.trimmed().isEmpty())
                return false;
        }
        return true;
    };
    qsizetype next = 0;
    while (next < doc.records.size() && isBlank(doc.records[next]))
        ++next;
    if (next == doc.records.size()) {
        addEmptyFileError(reader);
        return draft;
    }

    // The header: known columns by index; unknown ones are warned about and ignored.
    const CsvRecord &header = doc.records[next++];
    Where headerWhere;
    headerWhere.line = header.line;
    QHash<QString, qsizetype> columnIndex;
    QList<qsizetype> unnamed;
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString original = header.fields[i].trimmed().remove(QChar(0xFEFF));
        const QString name = original.toLower();
        if (name.isEmpty()) {
            unnamed.append(i);
        } else if (!knownColumns().contains(name)) {
            reader.warning(
                headerWhere, original,
                HandbookText::tr("The column %1 is not a handbook column and is ignored.").arg(quoted(original)));
        } else if (columnIndex.contains(name)) {
            reader.error(headerWhere, name,
                         HandbookText::tr(
                             "The column %1 appears more than once in the header (columns %2 and %3); expected each "
                             "column once.")
                             .arg(quoted(name))
                             .arg(columnIndex.value(name) + 1)
                             .arg(i + 1));
        } else {
            columnIndex.insert(name, i);
        }
    }
    QSet<QString> absent;
    for (const QString &name : requiredColumns()) {
        if (!columnIndex.contains(name)) {
            absent.insert(name);
            reader.error(
                headerWhere, name,
                HandbookText::tr("The required column %1 is missing; expected a header with at least the columns key, "
                                 "phase, title_da and due_offset_weeks.")
                    .arg(quoted(name)));
        }
    }
    reader.setAbsentColumns(absent);
    for (const QString &name : knownColumns()) {
        if (!columnIndex.contains(name) && !requiredColumns().contains(name))
            draft.absentColumns.append(name);
    }

    QSet<qsizetype> unnamedWithData;
    const qsizetype width = header.fields.size();
    bool anyTask = false;
    for (; next < doc.records.size(); ++next) {
        const CsvRecord &record = doc.records[next];
        if (isBlank(record))
            continue; // blank lines and rows Excel writes as ";;;;" are not tasks
        anyTask = true;
        RawTask raw;
        raw.where.line = record.line;
        for (auto it = columnIndex.cbegin(); it != columnIndex.cend(); ++it)
            raw.values.insert(it.key(),
                              it.value() < record.fields.size() ? record.fields[it.value()].trimmed() : QString());
        raw.where.key = raw.value(col::key);
        for (qsizetype i : unnamed) {
            if (i < record.fields.size() && !record.fields[i].trimmed().isEmpty())
                unnamedWithData.insert(i);
        }
        // Extra empty cells are harmless (spreadsheets write them); extra values mean the columns are shifted.
        for (qsizetype i = width; i < record.fields.size(); ++i) {
            if (!record.fields[i].trimmed().isEmpty()) {
                reader.error(
                    raw.where, QString(),
                    HandbookText::tr(
                        "The line has %1 values but the header has %2 columns; expected at most %2 values. Is "
                        "there a separator (%3) in a value that is not in quotes?")
                        .arg(record.fields.size())
                        .arg(width)
                        .arg(doc.separator == QLatin1Char('\t') ? HandbookText::tr("tab") : quoted(doc.separator)));
                break;
            }
        }
        reader.addTask(raw);
    }
    for (qsizetype i : unnamedWithData) {
        reader.warning(headerWhere, QString(),
                       HandbookText::tr("Column %1 has values but no name in the header; it is ignored.").arg(i + 1));
    }
    if (!anyTask) {
        reader.error(
            Where(), QString(),
            HandbookText::tr("The file has a header but no tasks; expected one line per task below the header."));
        sortProblems(draft);
        return draft;
    }
    reader.checkAcrossTasks();
    sortProblems(draft);
    return draft;
}

HandbookDraft readHandbookJson(const QByteArray &bytes, const QString &sourceName)
{
    HandbookDraft draft = startDraft(bytes, sourceName);
    Reader reader(draft, Format::Json);
    if (!checkSize(bytes.size(), reader))
        return draft;
    const std::optional<QString> text = decodeText(bytes, reader);
    if (!text)
        return draft;
    if (text->trimmed().isEmpty()) {
        addEmptyFileError(reader);
        return draft;
    }

    const QByteArray utf8 = text->toUtf8();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(utf8, parseError.offset);
        Where where;
        where.line = line;
        reader.error(
            where, QString(),
            HandbookText::tr("The file is not valid JSON: %1 at column %2; expected a handbook in Parat's JSON format.")
                .arg(parseError.errorString())
                .arg(column));
        return draft;
    }
    if (!doc.isObject()) {
        reader.error(
            Where(), QString(),
            HandbookText::tr("Expected a JSON object with \"format\": \"%1\" at the top level.").arg(kFormatName));
        return draft;
    }
    const QJsonObject root = doc.object();
    if (!readJsonHeader(root, draft, reader))
        return draft;

    const QJsonValue tasksValue = root.value(QStringLiteral("tasks"));
    if (!tasksValue.isArray()) {
        reader.error(
            Where(), QStringLiteral("tasks"),
            HandbookText::tr("Expected a list with one object per task, found %1.").arg(jsonTypeName(tasksValue)));
        return draft;
    }
    const QJsonArray tasks = tasksValue.toArray();
    if (tasks.isEmpty()) {
        reader.error(
            Where(), QStringLiteral("tasks"),
            HandbookText::tr("The file contains no tasks; expected at least one object in the list \"tasks\"."));
        return draft;
    }

    QSet<QString> warnedFields;
    QSet<QString> presentFields;
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        RawTask raw;
        raw.where.index = static_cast<int>(i);
        const QJsonValue value = tasks.at(i);
        if (!value.isObject()) {
            reader.error(
                raw.where, QString(),
                HandbookText::tr("Expected an object with the task's fields, found %1.").arg(jsonTypeName(value)));
            continue;
        }
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString name = it.key().trimmed().toLower();
            if (name == col::key)
                raw.where.key = jsonText(it.value()).value_or(QString());
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString name = it.key().trimmed().toLower();
            if (!knownColumns().contains(name)) {
                if (!warnedFields.contains(name)) {
                    warnedFields.insert(name);
                    reader.warning(
                        raw.where, it.key(),
                        HandbookText::tr("The field %1 is not a handbook field and is ignored.").arg(quoted(it.key())));
                }
                continue;
            }
            presentFields.insert(name);
            std::optional<QString> fieldText = jsonText(it.value());
            if (!fieldText && name == col::dependsOn && it.value().isArray()) {
                QStringList keys;
                for (const QJsonValue &element : it.value().toArray()) {
                    const std::optional<QString> keyText = jsonText(element);
                    if (keyText && !element.isBool() && !element.isNull()) {
                        keys.append(*keyText);
                    } else {
                        reader.error(raw.where, name,
                                     HandbookText::tr("Expected the keys of other tasks as text, found %1.")
                                         .arg(jsonTypeName(element)));
                    }
                }
                fieldText = keys.join(QLatin1Char(' '));
            }
            if (!fieldText) {
                reader.error(raw.where, name,
                             HandbookText::tr("Expected text or a number, found %1.").arg(jsonTypeName(it.value())));
                fieldText = QString();
            }
            raw.values.insert(name, *fieldText);
        }
        reader.addTask(raw);
    }
    for (const QString &name : knownColumns()) {
        if (!presentFields.contains(name) && !requiredColumns().contains(name))
            draft.absentColumns.append(name);
    }
    reader.checkAcrossTasks();
    sortProblems(draft);
    return draft;
}

HandbookDraft readHandbookBytes(const QByteArray &bytes, const QString &sourceName)
{
    qsizetype i = startsWith(bytes, "\xEF\xBB\xBF", 3) ? 3 : 0;
    while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n'))
        ++i;
    if (i < bytes.size() && bytes[i] == '{')
        return readHandbookJson(bytes, sourceName);
    return readHandbookCsv(bytes, sourceName);
}

QString handbookFileProblem(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return HandbookText::tr("The file %1 does not exist.").arg(quoted(path));
    if (info.isDir())
        return HandbookText::tr("%1 is a folder; expected a handbook file.").arg(quoted(path));
    // Devices and pipes have no end (/dev/zero) or block the reader; only ordinary files are handbooks.
    if (!info.isFile())
        return HandbookText::tr(
                   "%1 is a device or another special file, not an ordinary file; expected a handbook file "
                   "(CSV or JSON).")
            .arg(quoted(path));
    return QString();
}

HandbookDraft readHandbookFile(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    HandbookDraft draft = startDraft(QByteArray(), name);
    draft.sha256.clear();
    Reader reader(draft, Format::Csv);
    if (const QString problem = handbookFileProblem(path); !problem.isEmpty()) {
        reader.error(Where(), QString(), problem);
        return draft;
    }
    if (!checkSize(info.size(), reader))
        return draft;

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        reader.error(Where(), QString(),
                     HandbookText::tr("The file %1 could not be opened: %2").arg(quoted(path), file.errorString()));
        return draft;
    }
    // Read one byte past the limit: the file may have grown since it was measured.
    const QByteArray bytes = file.read(kMaxHandbookFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        reader.error(Where(), QString(),
                     HandbookText::tr("The file %1 could not be read: %2").arg(quoted(path), file.errorString()));
        return draft;
    }
    if (info.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        return readHandbookJson(bytes, name);
    return readHandbookBytes(bytes, name);
}

} // namespace parat
