#include "services/StatusImport.h"

#include "domain/Calendar.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/TaskRepository.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace parat {

namespace {

using Outcome = StatusImportRow::Outcome;

// A header row is looked for in the first rows of a sheet (KLIK exports put a title above the table).
constexpr int kHeaderSearchRows = 10;
// Title matching: a title fits when at least this share of the words agree (Dice over the words); two fits closer
// than kAmbiguousGap are ambiguous. An exact title (after normalising) is certain but for the spelling: 95.
constexpr double kTitleThreshold = 0.6;
constexpr double kAmbiguousGap = 0.05;
constexpr int kExactTitleCertainty = 95;
constexpr int kFuzzyTitleCeiling = 90;

// Headings a municipality's sheet may use, in Danish and English, compared after statusWordKey().
const QStringList kKeyHeadings {QStringLiteral("opgave-id"), QStringLiteral("opgavenr"), QStringLiteral("opgavenr."),
                                QStringLiteral("nøgle"),     QStringLiteral("key"),      QStringLiteral("task key"),
                                QStringLiteral("task id"),   QStringLiteral("id"),       QStringLiteral("nr"),
                                QStringLiteral("nr."),       QStringLiteral("task"),     QStringLiteral("opgave")};
const QStringList kTitleHeadings {
    QStringLiteral("titel"), QStringLiteral("title"), QStringLiteral("opgavetitel"), QStringLiteral("opgavenavn"),
    QStringLiteral("navn"),  QStringLiteral("name"),  QStringLiteral("aktivitet"),   QStringLiteral("overskrift")};
const QStringList kStatusHeadings {QStringLiteral("status"), QStringLiteral("tilstand"), QStringLiteral("state"),
                                   QStringLiteral("opgavestatus")};
const QStringList kDoneHeadings {QStringLiteral("udført dato"), QStringLiteral("udført den"),
                                 QStringLiteral("udført"),      QStringLiteral("færdig dato"),
                                 QStringLiteral("dato udført"), QStringLiteral("afsluttet"),
                                 QStringLiteral("done on"),     QStringLiteral("done date"),
                                 QStringLiteral("completed"),   QStringLiteral("date done")};
const QStringList kNoteHeadings {QStringLiteral("note"),       QStringLiteral("noter"),
                                 QStringLiteral("bemærkning"), QStringLiteral("bemærkninger"),
                                 QStringLiteral("kommentar"),  QStringLiteral("kommentarer"),
                                 QStringLiteral("comment"),    QStringLiteral("notes")};

int findHeading(const QStringList &cells, const QStringList &headings, const QSet<int> &taken)
{
    for (const QString &heading : headings) {
        for (int c = 0; c < cells.size(); ++c) {
            if (!taken.contains(c) && cells.at(c) == heading)
                return c;
        }
    }
    return -1;
}

QStringList headingsOf(const SpreadsheetSheet &sheet, int row)
{
    QStringList cells;
    const int columns = sheet.columnCount();
    for (int c = 0; c < columns; ++c)
        cells.append(statusWordKey(sheet.cell(row, c).display()));
    return cells;
}

// Words of a title for matching: lower case, letters and digits only.
QStringList titleWords(const QString &title)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList words = title.toLower().split(separators, Qt::SkipEmptyParts);
    return words;
}

QString titleKey(const QString &title)
{
    return titleWords(title).join(QLatin1Char(' '));
}

// The words of a title with how often each occurs, for dice().
struct WordCounts
{
    QHash<QString, int> counts;
    int size = 0;
};

WordCounts countWords(const QStringList &words)
{
    WordCounts w;
    for (const QString &word : words)
        ++w.counts[word];
    w.size = int(words.size());
    return w;
}

// A date in a cell: a date cell, a serial number, or text as Danes and ISO write it.
std::optional<QDate> cellDate(const SpreadsheetCell &cell)
{
    switch (cell.kind) {
    case SpreadsheetCell::Kind::Date:
        return cell.date;
    case SpreadsheetCell::Kind::Number: {
        const QDate date = spreadsheetSerialDate(cell.number);
        return date.isValid() && date.year() >= 1990 && date.year() <= 2200 ? std::optional<QDate>(date) : std::nullopt;
    }
    case SpreadsheetCell::Kind::Text: {
        const QString text = cell.text.trimmed();
        for (const char *format : {"yyyy-MM-dd", "d-M-yyyy", "d.M.yyyy", "d/M/yyyy", "d-M-yy", "d.M.yy", "d/M/yy"}) {
            QDate date = QDate::fromString(text, QString::fromLatin1(format));
            if (date.isValid()) {
                if (date.year() < 1950)
                    date = date.addYears(100); // two-digit years are this century
                return date;
            }
        }
        // "2026-12-07 00:00:00" and "2026-12-07T10:00": a date with a time.
        const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
        if (date.isValid() && text.size() > 10)
            return date;
        return std::nullopt;
    }
    case SpreadsheetCell::Kind::Empty:
    case SpreadsheetCell::Kind::Boolean:
        break;
    }
    return std::nullopt;
}

bool yesWord(const SpreadsheetCell &cell)
{
    if (cell.kind == SpreadsheetCell::Kind::Boolean || cell.kind == SpreadsheetCell::Kind::Number)
        return cell.number != 0.0;
    static const QSet<QString> yes {QStringLiteral("x"),    QStringLiteral("ja"),      QStringLiteral("j"),
                                    QStringLiteral("yes"),  QStringLiteral("y"),       QStringLiteral("1"),
                                    QStringLiteral("true"), QStringLiteral("sand"),    QStringLiteral("✓"),
                                    QStringLiteral("✔"),    QStringLiteral("markeret")};
    return yes.contains(statusWordKey(cell.text));
}

bool noWord(const SpreadsheetCell &cell)
{
    static const QSet<QString> no {QStringLiteral("nej"), QStringLiteral("no"),    QStringLiteral("n"),
                                   QStringLiteral("0"),   QStringLiteral("false"), QStringLiteral("falsk"),
                                   QStringLiteral("-")};
    return cell.kind == SpreadsheetCell::Kind::Text && no.contains(statusWordKey(cell.text));
}

bool sameState(const TaskState &a, const TaskState &b)
{
    return a.status == b.status && a.doneOn == b.doneOn && a.klikMarkedOn == b.klikMarkedOn && a.reason == b.reason
        && a.note == b.note;
}

struct TaskIndex
{
    QList<PlannedTask> tasks;
    QHash<QString, int> byKey; // lower-case key -> index
    QList<int> wordCount; // per task: how many words its Danish title has
    QList<int> wordCountEn; // and its English title
    // word -> (task, how often the word is in its title): only tasks sharing a word with a row are compared.
    QHash<QString, QList<QPair<int, int>>> postings;
    QHash<QString, QList<QPair<int, int>>> postingsEn;
    QHash<QString, QList<int>> byTitle; // titleKey of either title -> indexes
};

TaskIndex indexTasks(QList<PlannedTask> tasks)
{
    TaskIndex index;
    index.tasks = std::move(tasks);
    for (int i = 0; i < index.tasks.size(); ++i) {
        const Task &t = index.tasks.at(i).task;
        index.byKey.insert(t.key.trimmed().toLower(), i);
        const WordCounts da = countWords(titleWords(t.titleDa));
        const WordCounts en = countWords(titleWords(t.titleEn));
        index.wordCount.append(da.size);
        index.wordCountEn.append(en.size);
        for (auto it = da.counts.constBegin(); it != da.counts.constEnd(); ++it)
            index.postings[it.key()].append({i, it.value()});
        for (auto it = en.counts.constBegin(); it != en.counts.constEnd(); ++it)
            index.postingsEn[it.key()].append({i, it.value()});
        index.byTitle[titleKey(t.titleDa)].append(i);
        if (!t.titleEn.isEmpty() && titleKey(t.titleEn) != titleKey(t.titleDa))
            index.byTitle[titleKey(t.titleEn)].append(i);
    }
    return index;
}

// Finds the task of a row by title; sets match, certainty, candidates or reason.
int matchTitle(const TaskIndex &index, const QString &title, StatusImportRow *row)
{
    const QString key = titleKey(title);
    const QList<int> exact = index.byTitle.value(key);
    if (exact.size() == 1) {
        row->match = StatusImportRow::Match::Title;
        row->certainty = kExactTitleCertainty;
        return exact.first();
    }
    if (exact.size() > 1) {
        for (int i : exact)
            row->candidates.append(index.tasks.at(i).task.key);
        row->reason = StatusImportService::tr("The title fits %n task(s) equally well: %1.", nullptr, int(exact.size()))
                          .arg(row->candidates.join(QStringLiteral(", ")));
        return -1;
    }
    const WordCounts words = countWords(titleWords(title));
    double best = 0.0;
    double second = 0.0;
    int bestIndex = -1;
    QList<QPair<double, int>> near;
    // Dice's coefficient over the words (with repeats), against the Danish and the English title: the words in
    // common counted through the postings, so a task sharing no word costs nothing.
    QHash<int, int> common;
    QHash<int, int> commonEn;
    for (auto it = words.counts.constBegin(); it != words.counts.constEnd(); ++it) {
        for (const auto &[task, count] : index.postings.value(it.key()))
            common[task] += std::min(count, it.value());
        for (const auto &[task, count] : index.postingsEn.value(it.key()))
            commonEn[task] += std::min(count, it.value());
    }
    QList<int> candidates = common.keys() + commonEn.keys();
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    for (const int i : candidates) {
        const double da = 2.0 * common.value(i) / double(words.size + index.wordCount.at(i));
        const double en = index.wordCountEn.at(i) > 0
            ? 2.0 * commonEn.value(i) / double(words.size + index.wordCountEn.at(i))
            : 0.0;
        const double score = std::max(da, en);
        if (score < kTitleThreshold)
            continue;
        near.append({score, i});
        if (score > best) {
            second = best;
            best = score;
            bestIndex = i;
        } else if (score > second) {
            second = score;
        }
    }
    if (bestIndex < 0) {
        row->reason = StatusImportService::tr("No task has this key or a title like it.");
        return -1;
    }
    if (best - second < kAmbiguousGap) {
        std::sort(near.begin(), near.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        for (const auto &candidate : near) {
            if (best - candidate.first < kAmbiguousGap)
                row->candidates.append(index.tasks.at(candidate.second).task.key);
        }
        row->reason = StatusImportService::tr("The title fits %n task(s) equally well: %1.", nullptr,
                                              int(row->candidates.size()))
                          .arg(row->candidates.join(QStringLiteral(", ")));
        return -1;
    }
    row->match = StatusImportRow::Match::Title;
    row->certainty = int(std::lround(best * kFuzzyTitleCeiling));
    return bestIndex;
}

// What Parat changed in the task's status since `since`: "I gang → Afventer"; empty when nothing.
QString statusChangeSince(const QList<TaskEvent> &events)
{
    QString from;
    QString to;
    for (const TaskEvent &event : events) {
        if (event.field != QLatin1String("status"))
            continue;
        if (from.isEmpty())
            from = event.oldValue;
        to = event.newValue;
    }
    if (to.isEmpty() || from == to)
        return {};
    const auto name = [](const QString &code) {
        const std::optional<Status> status = statusFromCode(code);
        return status ? statusName(*status) : code;
    };
    return StatusImportService::tr("%1 → %2").arg(name(from.isEmpty() ? statusCode(Status::NotStarted) : from),
                                                  name(to));
}

} // namespace

QList<StatusSheetRow> statusSheetRows(Database &db, Id municipalityId, Id personId, const QString &language)
{
    QList<StatusSheetRow> rows;
    for (const PlannedTask &t : TaskRepository(db).plannedTasks(municipalityId)) {
        if (statusIsClosed(t.state.status))
            continue;
        if (t.state.responsiblePersonId != personId && t.state.performerPersonId != personId)
            continue;
        StatusSheetRow row;
        row.key = t.task.key;
        row.title = t.task.title(language);
        row.due = t.due;
        row.hours = t.task.estimateHours;
        row.status = t.state.status;
        row.doneOn = t.state.doneOn;
        row.klikMarkedOn = t.state.klikMarkedOn;
        row.note = t.state.note;
        rows.append(row);
    }
    return rows;
}

QString statusSheetFileName(const Municipality &municipality, const Person &person)
{
    QString name = titleWords(person.name).join(QLatin1Char('-'));
    if (name.isEmpty())
        name = QString::number(person.id);
    return QStringLiteral("parat-%1-%2-%3.xlsx")
        .arg(municipality.code, StatusImportService::tr("status", "file name: no spaces or special characters"), name);
}

StatusMapping guessStatusMapping(const SpreadsheetSheet &sheet)
{
    StatusMapping best;
    best.sheet = sheet.name;
    int bestScore = 0;
    const int rows = std::min(int(sheet.rows.size()), kHeaderSearchRows);
    for (int r = 0; r < rows; ++r) {
        const QStringList cells = headingsOf(sheet, r);
        StatusMapping mapping;
        mapping.sheet = sheet.name;
        mapping.headerRow = r;
        QSet<int> taken;
        const auto pick = [&](const QStringList &headings) {
            const int c = findHeading(cells, headings, taken);
            if (c >= 0)
                taken.insert(c);
            return c;
        };
        mapping.columns.exportedStatus = pick({kStatusSheetExportedStatus});
        mapping.columns.exportedAt = pick({kStatusSheetExportedAt});
        mapping.columns.status = pick(kStatusHeadings);
        mapping.columns.title = pick(kTitleHeadings);
        mapping.columns.key = pick(kKeyHeadings);
        mapping.columns.doneOn = pick(kDoneHeadings);
        mapping.columns.note = pick(kNoteHeadings);
        for (int c = 0; c < cells.size() && mapping.columns.klik < 0; ++c) {
            if (!taken.contains(c) && cells.at(c).contains(QLatin1String("klik")))
                mapping.columns.klik = c;
        }
        // Parat's status sheet names its key column "Opgave"/"Task"; a sheet with a title column but no key column
        // whose "Opgave" holds text would match by title instead (the user sees the certainty in the preview).
        const int score = (mapping.columns.status >= 0 ? 2 : 0) + (mapping.columns.key >= 0 ? 2 : 0)
            + (mapping.columns.title >= 0 ? 1 : 0) + (mapping.columns.doneOn >= 0 ? 1 : 0)
            + (mapping.columns.exportedAt >= 0 ? 2 : 0);
        if (score > bestScore) {
            bestScore = score;
            best = mapping;
        }
    }
    return best;
}

QStringList statusWordsIn(const SpreadsheetSheet &sheet, const StatusMapping &mapping)
{
    QStringList words;
    QSet<QString> seen;
    if (mapping.columns.status < 0)
        return words;
    for (int r = mapping.headerRow + 1; r < sheet.rows.size(); ++r) {
        const QString word = sheet.cell(r, mapping.columns.status).display().simplified();
        if (word.isEmpty() || seen.contains(statusWordKey(word)))
            continue;
        seen.insert(statusWordKey(word));
        words.append(word);
    }
    return words;
}

const SpreadsheetSheet *mappedSheet(const SpreadsheetBook &book, const StatusMapping &mapping)
{
    if (mapping.sheet.isEmpty())
        return book.sheets.isEmpty() ? nullptr : &book.sheets.constFirst();
    if (const SpreadsheetSheet *named = book.sheet(mapping.sheet))
        return named;
    // A book of one sheet is that sheet whatever its name: a CSV's sheet is named after its file.
    return book.sheets.size() == 1 ? &book.sheets.constFirst() : nullptr;
}

namespace {

// Why the mapping cannot be used on the sheet, or empty when it can.
QString mappingProblem(const StatusColumns &col)
{
    if (col.key < 0 && col.title < 0)
        return StatusImportService::tr("Say which column holds the task key or the task title.");
    if (col.status < 0 && col.doneOn < 0 && col.note < 0 && col.klik < 0)
        return StatusImportService::tr("Say which column holds the status (or the done date, note or KLIK mark).");
    return QString();
}

// The time the sheet was made: the earliest export time of Parat's own sheet (invalid when it has none).
QDateTime sheetMadeAt(const SpreadsheetSheet &sheet, const StatusMapping &mapping, QStringList *errors)
{
    QDateTime madeAt;
    const int column = mapping.columns.exportedAt;
    if (column < 0)
        return madeAt;
    for (int r = mapping.headerRow + 1; r < sheet.rows.size(); ++r) {
        const QString text = sheet.cell(r, column).display().trimmed();
        if (text.isEmpty())
            continue;
        QDateTime at = QDateTime::fromString(text, Qt::ISODate);
        if (!at.isValid()) {
            errors->append(StatusImportService::tr("%1: \"%2\" is not the time of an export.")
                               .arg(spreadsheetPlace(sheet.name, r, column), text));
            continue;
        }
        at = at.toUTC();
        if (!madeAt.isValid() || at < madeAt)
            madeAt = at;
    }
    return madeAt;
}

// What a row's cells say, read before the row is matched to a task.
struct RowCells
{
    std::optional<Status> status;
    std::optional<QDate> doneOn;
    std::optional<QDate> klik; // a date: marked that day
    bool klikYes = false; // a yes word: marked (today, unless Parat has a day already)
    QString note;
    std::optional<Status> exported;
    bool ok = true;
};

// Reads the cells of sheet row r; a cell that cannot be read is an error whether or not the row matches a task.
RowCells readRowCells(const SpreadsheetSheet &sheet, int r, const StatusMapping &mapping, const QString &sheetStatus,
                      const QDate &today, QStringList *errors)
{
    const StatusColumns &col = mapping.columns;
    const QString &name = sheet.name;
    RowCells cells;
    if (!sheetStatus.isEmpty()) {
        cells.status = mapping.statusOf(sheetStatus);
        if (!cells.status) {
            errors->append(StatusImportService::tr("%1: the status \"%2\" is not one of Parat's; map it to a status.")
                               .arg(spreadsheetPlace(name, r, col.status), sheetStatus));
            cells.ok = false;
        }
    }
    if (col.doneOn >= 0 && !sheet.cell(r, col.doneOn).isEmpty()) {
        cells.doneOn = cellDate(sheet.cell(r, col.doneOn));
        if (!cells.doneOn) {
            errors->append(StatusImportService::tr("%1: \"%2\" is not a date (write it as 24-12-2026 or 2026-12-24).")
                               .arg(spreadsheetPlace(name, r, col.doneOn), sheet.cell(r, col.doneOn).display()));
            cells.ok = false;
        } else if (*cells.doneOn > today) {
            errors->append(
                StatusImportService::tr("%1: the done date %2 is after today.")
                    .arg(spreadsheetPlace(name, r, col.doneOn), formatDateShort(*cells.doneOn, currentLanguage())));
            cells.ok = false;
        }
    }
    if (col.klik >= 0) {
        const SpreadsheetCell cell = sheet.cell(r, col.klik);
        if (!cell.isEmpty() && !noWord(cell)) {
            cells.klik = cellDate(cell);
            cells.klikYes = !cells.klik && yesWord(cell);
            if (!cells.klik && !cells.klikYes) {
                errors->append(StatusImportService::tr("%1: \"%2\" is neither a date nor yes (x, ja, yes).")
                                   .arg(spreadsheetPlace(name, r, col.klik), cell.display()));
                cells.ok = false;
            }
        }
    }
    cells.note = col.note >= 0 ? sheet.cell(r, col.note).display().trimmed() : QString();
    if (col.exportedStatus >= 0)
        cells.exported = statusFromCode(sheet.cell(r, col.exportedStatus).display().trimmed());
    return cells;
}

// The index of the task the row is about (by key, else by title), or -1 with the reason in the row. A task already
// matched by an earlier row (seenTasks: task id -> sheet row) is not matched again.
int matchRow(const TaskIndex &index, const QHash<Id, int> &seenTasks, bool keyColumn, StatusImportRow *row)
{
    int found = -1;
    if (!row->sheetKey.isEmpty() && keyColumn) {
        found = index.byKey.value(row->sheetKey.toLower(), -1);
        if (found >= 0) {
            row->match = StatusImportRow::Match::Key;
            row->certainty = 100;
        } else if (row->sheetTitle.isEmpty()) {
            row->reason = StatusImportService::tr("No current task has the key %1.").arg(row->sheetKey);
        }
    }
    if (found < 0 && !row->sheetTitle.isEmpty())
        found = matchTitle(index, row->sheetTitle, row);
    if (found >= 0 && seenTasks.contains(index.tasks.at(found).task.id)) {
        row->reason = StatusImportService::tr("The task %1 is already in row %2.")
                          .arg(index.tasks.at(found).task.key)
                          .arg(seenTasks.value(index.tasks.at(found).task.id) + 1);
        row->match = StatusImportRow::Match::None;
        row->certainty = 0;
        found = -1;
    }
    return found;
}

// The task's state after the sheet's cells are applied to it (row->before).
TaskState stateAfterSheet(const StatusImportRow &row, const RowCells &cells, const QDate &today,
                          const QString &sourceName)
{
    TaskState after = row.before;
    // Parat's own sheet: a status left as it was exported was not edited, so Parat's status stands.
    const bool statusEdited = cells.status && !(cells.exported && *cells.exported == *cells.status);
    if (statusEdited)
        after.status = *cells.status;
    else if (!cells.status && cells.doneOn)
        after.status = Status::Done; // a done date alone says the task is done
    if (after.status == Status::Done) {
        if (cells.doneOn)
            after.doneOn = *cells.doneOn;
        else if (row.before.status != Status::Done)
            after.doneOn = today;
    } else {
        after.doneOn = QDate();
    }
    if (cells.klik)
        after.klikMarkedOn = *cells.klik;
    else if (cells.klikYes && !row.before.klikMarkedOn.isValid())
        after.klikMarkedOn = today;
    if (!cells.note.isEmpty())
        after.note = cells.note;
    if (statusNeedsReason(after.status) && after.reason.trimmed().isEmpty()) {
        after.reason = !cells.note.isEmpty()
            ? cells.note
            : StatusImportService::tr("Set to \"%1\" in the sheet %2.").arg(row.sheetStatus, sourceName);
    }
    return after;
}

// Sets the row's outcome: unchanged, a change, or a conflict when Parat changed the status after the sheet was made
// (eventsSinceSheet) and the sheet says another status: the user decides.
void judgeRow(StatusImportRow *row, const std::optional<Status> &exported, const QList<TaskEvent> &eventsSinceSheet)
{
    if (sameState(row->before, row->after)) {
        row->outcome = Outcome::Unchanged;
        return;
    }
    row->outcome = Outcome::Change;
    row->takeSheet = true;
    const QString since = statusChangeSince(eventsSinceSheet);
    const bool paratMoved = !since.isEmpty() || (exported && *exported != row->before.status);
    if (paratMoved && row->after.status != row->before.status) {
        row->outcome = Outcome::Conflict;
        row->paratChange = !since.isEmpty()
            ? since
            : StatusImportService::tr("%1 → %2").arg(statusName(*exported), statusName(row->before.status));
        row->takeSheet = false;
    }
}

} // namespace

StatusImportPlan planStatusImport(Database &db, Id municipalityId, const SpreadsheetBook &book,
                                  const StatusMapping &mapping, const Clock &clock)
{
    StatusImportPlan plan;
    plan.sourceName = book.sourceName;
    if (!book.ok()) {
        plan.errors.append(book.error);
        return plan;
    }
    const SpreadsheetSheet *sheet = mappedSheet(book, mapping);
    if (!sheet) {
        plan.errors.append(
            StatusImportService::tr("The file %1 has no sheet \"%2\".").arg(book.sourceName, mapping.sheet));
        return plan;
    }
    plan.sheet = sheet->name;
    const StatusColumns &col = mapping.columns;
    const QString problem = mappingProblem(col);
    if (!problem.isEmpty()) {
        plan.errors.append(problem);
        return plan;
    }
    const TaskIndex index = indexTasks(TaskRepository(db).plannedTasks(municipalityId));
    const QDate today = clock.today();

    plan.sheetMadeAt = sheetMadeAt(*sheet, mapping, &plan.errors);
    QHash<Id, QList<TaskEvent>> eventsByTask;
    if (plan.sheetMadeAt.isValid()) {
        for (const TaskEvent &event : TaskRepository(db).eventsSince(municipalityId, plan.sheetMadeAt))
            eventsByTask[event.taskId].append(event);
    }

    QHash<Id, int> seenTasks; // task id -> sheet row
    for (int r = mapping.headerRow + 1; r < sheet->rows.size(); ++r) {
        StatusImportRow row;
        row.sheetRow = r;
        row.sheetKey = col.key >= 0 ? sheet->cell(r, col.key).display().trimmed() : QString();
        row.sheetTitle = col.title >= 0 ? sheet->cell(r, col.title).display().simplified() : QString();
        if (row.sheetKey.isEmpty() && row.sheetTitle.isEmpty())
            continue; // a blank or a sum row
        const SpreadsheetCell statusCell = col.status >= 0 ? sheet->cell(r, col.status) : SpreadsheetCell();
        row.sheetStatus = statusCell.display().simplified();
        const RowCells cells = readRowCells(*sheet, r, mapping, row.sheetStatus, today, &plan.errors);

        const int found = matchRow(index, seenTasks, col.key >= 0, &row);
        if (found < 0) {
            row.outcome = Outcome::NoMatch;
            plan.rows.append(row);
            continue;
        }
        const PlannedTask &task = index.tasks.at(found);
        seenTasks.insert(task.task.id, r);
        row.taskId = task.task.id;
        row.taskKey = task.task.key;
        row.taskTitle = task.task.titleDa;
        row.before = task.state;
        row.after = task.state;
        if (!cells.ok) {
            row.outcome = Outcome::Unchanged;
            plan.rows.append(row);
            continue;
        }
        row.after = stateAfterSheet(row, cells, today, book.sourceName);
        judgeRow(&row, cells.exported, eventsByTask.value(task.task.id));
        plan.rows.append(row);
    }
    return plan;
}

QStringList statusImportChanges(const StatusImportRow &row, const QString &language)
{
    QStringList changes;
    const TaskState &a = row.before;
    const TaskState &b = row.after;
    if (a.status != b.status)
        changes.append(StatusImportService::tr("Status: %1 → %2").arg(statusName(a.status), statusName(b.status)));
    if (a.doneOn != b.doneOn && b.doneOn.isValid())
        changes.append(StatusImportService::tr("Done on: %1").arg(formatDateShort(b.doneOn, language)));
    if (a.klikMarkedOn != b.klikMarkedOn)
        changes.append(StatusImportService::tr("Marked in KLIK: %1").arg(formatDateShort(b.klikMarkedOn, language)));
    if (a.reason != b.reason)
        changes.append(StatusImportService::tr("Reason: %1").arg(b.reason));
    if (a.note != b.note)
        changes.append(StatusImportService::tr("Note: %1").arg(b.note));
    return changes;
}

QString statusImportSummary(const StatusImportPlan &plan)
{
    return StatusImportService::tr("%1, %2, %3, %4.")
        .arg(StatusImportService::tr("%n change(s)", nullptr, plan.count(Outcome::Change)),
             StatusImportService::tr("%n conflict(s)", nullptr, plan.count(Outcome::Conflict)),
             StatusImportService::tr("%n row(s) without a task", nullptr, plan.count(Outcome::NoMatch)),
             StatusImportService::tr("%n unchanged", nullptr, plan.count(Outcome::Unchanged)));
}

} // namespace parat
