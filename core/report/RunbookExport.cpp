#include "RunbookExport.h"

#include "handbook/CsvParser.h"
#include "planning/RunbookRules.h"
#include "report/ReportWriter.h"

#include <QHash>
#include <QLocale>
#include <QStringDecoder>

namespace parat {

namespace {

const QString kNumber = QStringLiteral("number");
const QString kTitle = QStringLiteral("title");
const QString kOwner = QStringLiteral("owner");
const QString kStart = QStringLiteral("start");
const QString kDuration = QStringLiteral("duration");
const QString kDependsOn = QStringLiteral("depends_on");
const QString kContact = QStringLiteral("contact");
const QString kStatus = QStringLiteral("status");
const QString kNote = QStringLiteral("note");
const QString kActualStart = QStringLiteral("actual_start");
const QString kActualEnd = QStringLiteral("actual_end");

// ReportWriter::csvCell() puts a quote before text a spreadsheet would run as a formula; reading takes it off.
QString cellText(const QString &cell)
{
    if (cell.size() >= 2 && cell.at(0) == QLatin1Char('\'') && QStringLiteral("=+-@\t\r").contains(cell.at(1)))
        return cell.mid(1);
    return cell;
}

// The file's lines as CSV records, blank lines left out; the error when it is not readable CSV in UTF-8.
QString readRecords(const QByteArray &bytes, QList<CsvRecord> *records)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return RunbookExport::tr("The file is not UTF-8 text. Save it from the spreadsheet as \"CSV UTF-8\".");
    const CsvDocument document = parseCsv(text);
    if (!document.ok())
        return RunbookExport::tr("Line %1: a quote opens a field that never closes.")
            .arg(document.unterminatedQuoteLine);
    for (const CsvRecord &record : document.records) {
        const bool blank = record.fields.size() == 1 && record.fields.first().trimmed().isEmpty();
        if (!blank)
            records->append(record);
    }
    return QString();
}

// Header: each known column once, by name; the required ones there. Returns the error, or empty.
QString readHeader(const CsvRecord &header, QHash<QString, int> *column)
{
    const QStringList columns = RunbookExport::csvColumns();
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (!columns.contains(name)) {
            return RunbookExport::tr("Line %1, column %2: \"%3\" is not a runbook column; the columns are %4.")
                .arg(header.line)
                .arg(i + 1)
                .arg(header.fields.at(i), columns.join(QStringLiteral(", ")));
        }
        if (column->contains(name)) {
            return RunbookExport::tr("Line %1, column %2: the column \"%3\" is there twice.")
                .arg(header.line)
                .arg(i + 1)
                .arg(name);
        }
        column->insert(name, i);
    }
    for (const QString &required : {kNumber, kTitle, kStart, kDuration}) {
        if (!column->contains(required))
            return RunbookExport::tr("Line %1: the column \"%2\" is missing.").arg(header.line).arg(required);
    }
    return QString();
}

// Reads one line into step; returns the error naming line and column, or empty. A number used by an earlier step
// is an error.
QString readStep(const CsvRecord &record, const QHash<QString, int> &column, const QList<RunbookStep> &earlierSteps,
                 RunbookStep *step)
{
    auto value = [&](const QString &name) {
        const int index = column.value(name, -1);
        return index >= 0 && index < record.fields.size() ? cellText(record.fields.at(index)).trimmed() : QString();
    };
    auto fail = [&](const QString &name, const QString &expected) {
        return RunbookExport::tr("Line %1, column %2 (%3): %4, not \"%5\".")
            .arg(record.line)
            .arg(column.value(name) + 1)
            .arg(name, expected, value(name));
    };
    bool ok = false;
    step->number = value(kNumber).toInt(&ok);
    if (!ok || step->number <= 0)
        return fail(kNumber, RunbookExport::tr("expected a whole number above 0"));
    step->title = value(kTitle);
    if (step->title.isEmpty())
        return fail(kTitle, RunbookExport::tr("expected a title"));
    step->owner = value(kOwner);
    const std::optional<int> start = parseRelativeStart(value(kStart));
    if (!start)
        return fail(kStart, RunbookExport::tr("expected a start relative to go-live such as T-3d 15:00"));
    step->startMinutes = *start;
    const std::optional<int> duration = parseDuration(value(kDuration));
    if (!duration)
        return fail(kDuration, RunbookExport::tr("expected a duration in hours and minutes such as 4:00"));
    step->durationMinutes = *duration;
    const std::optional<QList<int>> depends = parseDependsOn(value(kDependsOn));
    if (!depends)
        return fail(kDependsOn, RunbookExport::tr("expected step numbers separated by commas"));
    step->dependsOn = *depends;
    step->contact = value(kContact);
    if (!value(kStatus).isEmpty()) {
        const std::optional<RunbookStatus> status = runbookStatusFromCode(value(kStatus));
        if (!status)
            return fail(kStatus, RunbookExport::tr("expected waiting, running, done or problem"));
        step->status = *status;
    }
    step->note = value(kNote);
    bool timeOk = false;
    step->actualStart = parseActualTime(value(kActualStart), &timeOk);
    if (!timeOk)
        return fail(kActualStart, RunbookExport::tr("expected a time such as 2026-12-31 15:00"));
    step->actualEnd = parseActualTime(value(kActualEnd), &timeOk);
    if (!timeOk)
        return fail(kActualEnd, RunbookExport::tr("expected a time such as 2026-12-31 15:00"));
    QString problem;
    if (!validateRunbookStep(step, &problem))
        return RunbookExport::tr("Line %1: %2").arg(record.line).arg(problem);
    for (const RunbookStep &earlier : earlierSteps) {
        if (earlier.number == step->number)
            return fail(kNumber, RunbookExport::tr("expected a number not used by an earlier line"));
    }
    return QString();
}

} // namespace

QStringList RunbookExport::csvColumns()
{
    return {kNumber, kTitle, kOwner, kStart, kDuration, kDependsOn, kContact, kStatus, kNote, kActualStart, kActualEnd};
}

QByteArray RunbookExport::csv(const QList<RunbookStep> &steps)
{
    QList<RunbookStep> sorted = steps;
    sortRunbook(&sorted);
    QList<QStringList> rows {csvColumns()};
    for (const RunbookStep &step : std::as_const(sorted)) {
        rows.append({QString::number(step.number), step.title, step.owner, formatRelativeStart(step.startMinutes, true),
                     formatDuration(step.durationMinutes), formatDependsOn(step.dependsOn), step.contact,
                     runbookStatusCode(step.status), step.note, formatActualTime(step.actualStart),
                     formatActualTime(step.actualEnd)});
    }
    return ReportWriter::csv(rows);
}

RunbookExport::ReadResult RunbookExport::read(const QByteArray &bytes, Id municipalityId)
{
    ReadResult result;
    QList<CsvRecord> records;
    result.error = readRecords(bytes, &records);
    if (!result.error.isEmpty())
        return result;
    if (records.isEmpty()) {
        result.error = tr("The file is empty: it needs a header line (%1) and a line per step.")
                           .arg(csvColumns().join(QStringLiteral(";")));
        return result;
    }
    QHash<QString, int> column;
    result.error = readHeader(records.first(), &column);
    if (!result.error.isEmpty())
        return result;
    for (int r = 1; r < records.size(); ++r) {
        RunbookStep step;
        step.municipalityId = municipalityId;
        result.error = readStep(records.at(r), column, result.steps, &step);
        if (!result.error.isEmpty()) {
            result.steps.clear();
            return result;
        }
        result.steps.append(step);
    }
    result.ok = true;
    return result;
}

ReportContent RunbookExport::content(const Municipality &municipality, const QList<RunbookStep> &steps,
                                     const QDateTime &now, const QString &language)
{
    const QLocale locale(language == QStringLiteral("en") ? QLocale::English : QLocale::Danish);
    ReportContent content;
    content.language = language;
    content.landscape = true;
    content.title = tr("Cutover runbook %1 %2").arg(municipality.code, municipality.name);
    content.headerLeft = QStringLiteral("%1 %2").arg(municipality.code, municipality.name);
    content.headerRight
        = tr("Runbook, printed %1").arg(locale.toString(now.toLocalTime(), QStringLiteral("d. MMM yyyy HH:mm")));
    content.blocks.append(ReportBlock::heading(tr("Cutover runbook")));
    content.blocks.append(
        ReportBlock::paragraph(municipality.goLive.isValid()
                                   ? tr("Go-live (T) is %1 at 00:00. Times are local.")
                                         .arg(locale.toString(municipality.goLive, QStringLiteral("dddd d. MMMM yyyy")))
                                   : tr("No go-live date is set: steps are shown relative to go-live only.")));
    QList<RunbookStep> sorted = steps;
    sortRunbook(&sorted);
    if (sorted.isEmpty()) {
        content.blocks.append(ReportBlock::note(tr("The runbook has no steps yet.")));
        return content;
    }
    ReportTable table;
    table.header = {tr("No."),   tr("Start"),      tr("Day and time"), tr("Duration"), tr("Step"),
                    tr("Owner"), tr("Depends on"), tr("Contact"),      tr("Status")};
    table.widths = {4, 9, 11, 6, 28, 11, 7, 12, 12};
    for (const RunbookStep &step : std::as_const(sorted)) {
        QStringList status {runbookStatusName(step.status)};
        if (runbookStepLate(step, municipality.goLive, now))
            status.append(tr("LATE"));
        if (step.actualStart.isValid())
            status.append(tr("started %1").arg(formatActualTime(step.actualStart)));
        if (step.actualEnd.isValid())
            status.append(tr("ended %1").arg(formatActualTime(step.actualEnd)));
        if (!step.note.isEmpty())
            status.append(step.note);
        table.rows.append({QString::number(step.number), formatRelativeStart(step.startMinutes),
                           formatStartDay(step.startMinutes, municipality.goLive, language),
                           formatDuration(step.durationMinutes), step.title, step.owner,
                           formatDependsOn(step.dependsOn), step.contact, status.join(QStringLiteral("; "))});
    }
    content.blocks.append(ReportBlock::tableBlock(table));
    return content;
}

bool RunbookExport::writePdf(const Municipality &municipality, const QList<RunbookStep> &steps, const QDateTime &now,
                             const QString &language, const QString &path, QString *error)
{
    return ReportWriter::writePdf(content(municipality, steps, now, language), path, error);
}

} // namespace parat
