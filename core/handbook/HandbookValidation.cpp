#include "handbook/ReaderSupport.h"

#include "domain/Enums.h"
#include "domain/Language.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace parat::handbook_reader {

namespace {

// Offsets beyond ten years from go-live are typing errors, and keep week arithmetic far from overflow.
constexpr int kMaxOffsetWeeks = limits::kMaxOffsetWeeks;

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

} // namespace

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

QString quoted(const QString &text)
{
    return QStringLiteral("\"%1\"").arg(text);
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

} // namespace parat::handbook_reader
