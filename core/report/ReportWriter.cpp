#include "ReportWriter.h"

#include "report/TrendChart.h"

#include "ReportDocument.h"
#include "domain/Calendar.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "report/OutputTarget.h"
#include "services/CapacityLoader.h"
#include "services/OverviewRows.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"
#include "storage/ReportRepository.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMutex>
#include <QPdfWriter>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QWaitCondition>

namespace parat {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString lightClass(Light light)
{
    return lightCode(light);
}

QString number(double value, const QString &language)
{
    return localeFor(language).toString(value, 'f', 0);
}

const char *const kStyle = R"(
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; max-width: 60em; margin: 1em auto; padding: 0 1em; }
header.page { display: flex; justify-content: space-between; border-bottom: 1px solid #888; font-size: 9pt; }
h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 1.4em; }
table { border-collapse: collapse; width: 100%; margin: 0.3em 0 0.8em; }
th, td { border: 1px solid #888; padding: 3px 5px; text-align: left; vertical-align: top; }
th { background: #e6e6e6; }
table.facts td, table.facts th { border: none; }
tr.strong td { font-weight: bold; }
.note { font-style: italic; }
.light { font-weight: bold; font-size: 12pt; }
.light .disc { display: inline-block; width: 1em; height: 1em; border-radius: 50%; border: 1px solid #000;
  vertical-align: middle; margin-right: 0.3em; }
.light.red .disc { background: #d32f2f; } .light.yellow .disc { background: #f9a825; }
.light.green .disc { background: #388e3c; }
.chart svg { width: 100%; height: auto; display: block; }
table.lights td, table.lights th { border: none; background: none; font-size: 10pt; }
table.lights th { white-space: nowrap; }
@media print { header.page { display: none; } }
)";

} // namespace

std::optional<ReportFormat> reportFormatFromCode(const QString &code)
{
    const QString lower = code.trimmed().toLower();
    if (lower == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    if (lower == QLatin1String("html"))
        return ReportFormat::Html;
    if (lower == QLatin1String("csv"))
        return ReportFormat::Csv;
    return std::nullopt;
}

QString reportFormatCode(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    case ReportFormat::Html:
        return QStringLiteral("html");
    case ReportFormat::Csv:
        return QStringLiteral("csv");
    }
    return QStringLiteral("pdf");
}

bool ReportWriter::writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    return writeFileAtomically(path, bytes, error);
}

namespace {

bool isPdfDelimiter(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0' || c == '(' || c == ')' || c == '<'
        || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' || c == '/' || c == '%';
}

bool isDigits(const QByteArray &bytes, qsizetype from, qsizetype count)
{
    for (qsizetype i = from; i < from + count; ++i) {
        if (i >= bytes.size() || bytes.at(i) < '0' || bytes.at(i) > '9')
            return false;
    }
    return true;
}

// The name after `key` at `at` (a position of key), up to the next delimiter.
// Where key starts in [from, end) of pdf, or -1: the search stays inside the object (a search of the whole rest of
// the file for each object made this quadratic in the file's size).
qsizetype indexIn(const QByteArray &pdf, const QByteArray &key, qsizetype from, qsizetype end)
{
    if (from < 0 || from >= end)
        return -1;
    const qsizetype at = QByteArrayView(pdf).sliced(from, end - from).indexOf(key);
    return at < 0 ? -1 : from + at;
}

QByteArray nameAfter(const QByteArray &pdf, qsizetype at, qsizetype key, qsizetype end)
{
    qsizetype stop = at + key;
    while (stop < end && !isPdfDelimiter(pdf.at(stop)))
        ++stop;
    return pdf.mid(at + key, stop - at - key);
}

// The classic cross-reference table Qt writes: "xref\n0 N\n" and N entries of 20 bytes, then "startxref\nX".
struct CrossReference
{
    qsizetype xref = 0; // where "xref" starts
    qsizetype first = 0; // the first entry
    qsizetype startxref = 0;
    int entries = 0;
    QList<qsizetype> offsets; // of the objects in use, by entry (-1: free)
};

std::optional<CrossReference> readCrossReference(const QByteArray &pdf)
{
    CrossReference table;
    table.xref = pdf.lastIndexOf("\nxref\n") + 1;
    if (table.xref <= 0)
        return std::nullopt;
    const qsizetype countStart = table.xref + 5;
    const qsizetype countEnd = pdf.indexOf('\n', countStart);
    const QList<QByteArray> range = pdf.mid(countStart, countEnd - countStart).trimmed().split(' ');
    bool ok = false;
    table.entries = range.size() == 2 && range.at(0) == "0" ? range.at(1).toInt(&ok) : 0;
    if (!ok || table.entries <= 0)
        return std::nullopt;
    table.first = countEnd + 1;
    if (table.first + qsizetype(table.entries) * 20 > pdf.size())
        return std::nullopt;
    for (int i = 0; i < table.entries; ++i) {
        const qsizetype at = table.first + qsizetype(i) * 20;
        if (pdf.at(at + 17) == 'f') {
            table.offsets.append(-1);
            continue;
        }
        if (pdf.at(at + 17) != 'n' || !isDigits(pdf, at, 10))
            return std::nullopt;
        table.offsets.append(pdf.mid(at, 10).toLongLong());
    }
    table.startxref = pdf.indexOf("startxref\n", table.first + qsizetype(table.entries) * 20);
    if (table.startxref < 0 || pdf.mid(table.startxref + 10).split('\n').value(0).trimmed().toLongLong() != table.xref)
        return std::nullopt;
    return table;
}

// An object's dictionary: from its start to its stream data or its end (never inside a stream).
struct Region
{
    qsizetype start;
    qsizetype end;
};

QList<Region> dictionaryRegions(const QByteArray &pdf, const CrossReference &table)
{
    QList<Region> regions;
    for (const qsizetype offset : table.offsets) {
        if (offset < 0 || offset >= table.xref)
            continue;
        const qsizetype endobj = pdf.indexOf("endobj", offset);
        const qsizetype stream = pdf.indexOf("stream", offset);
        const qsizetype end = std::min(endobj < 0 ? table.xref : endobj, stream < 0 ? table.xref : stream);
        regions.append({offset, end});
    }
    return regions;
}

// Each subset font's tag ("ABCDEF+") by its base name, from the font descriptors' /FontName; names with two
// different tags are left out.
QHash<QByteArray, QByteArray> subsetTags(const QByteArray &pdf, const QList<Region> &regions)
{
    QHash<QByteArray, QByteArray> tags;
    QSet<QByteArray> ambiguous;
    const QByteArray fontName("/FontName /");
    for (const Region &region : regions) {
        for (qsizetype at = indexIn(pdf, fontName, region.start, region.end); at >= 0;
             at = indexIn(pdf, fontName, at + 1, region.end)) {
            const QByteArray name = nameAfter(pdf, at, fontName.size(), region.end);
            if (name.size() < 8 || name.at(6) != '+')
                continue;
            const QByteArray base = name.mid(7);
            const QByteArray tag = name.left(7);
            if (tags.contains(base) && tags.value(base) != tag)
                ambiguous.insert(base);
            tags.insert(base, tag);
        }
    }
    for (const QByteArray &name : std::as_const(ambiguous))
        tags.remove(name);
    return tags;
}

using Inserts = QList<QPair<qsizetype, QByteArray>>; // position, text; in the order of the positions

// Where each /BaseFont of a subset font gets its tag.
Inserts baseFontInserts(const QByteArray &pdf, const QList<Region> &regions, const QHash<QByteArray, QByteArray> &tags)
{
    Inserts inserts;
    const QByteArray baseFont("/BaseFont /");
    for (const Region &region : regions) {
        for (qsizetype at = indexIn(pdf, baseFont, region.start, region.end); at >= 0;
             at = indexIn(pdf, baseFont, at + 1, region.end)) {
            const QByteArray name = nameAfter(pdf, at, baseFont.size(), region.end);
            if (tags.contains(name))
                inserts.append({at + baseFont.size(), tags.value(name)});
        }
    }
    std::sort(inserts.begin(), inserts.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return inserts;
}

// The file with the inserts made, and the cross-reference table and startxref moved to match.
QByteArray withInserts(const QByteArray &pdf, const CrossReference &table, const Inserts &inserts)
{
    const auto moved = [&inserts](qsizetype offset) {
        qsizetype shift = 0;
        for (const auto &insert : inserts) {
            if (insert.first >= offset)
                break;
            shift += insert.second.size();
        }
        return offset + shift;
    };
    QByteArray out;
    out.reserve(pdf.size() + qsizetype(inserts.size()) * 8);
    qsizetype copied = 0;
    for (const auto &insert : inserts) {
        out.append(pdf.constData() + copied, insert.first - copied);
        out.append(insert.second);
        copied = insert.first;
    }
    out.append(pdf.constData() + copied, table.first - copied);
    for (int i = 0; i < table.entries; ++i) {
        const qsizetype at = table.first + qsizetype(i) * 20;
        if (table.offsets.at(i) < 0)
            out.append(pdf.mid(at, 20));
        else
            out.append(QByteArray::number(moved(table.offsets.at(i))).rightJustified(10, '0') + pdf.mid(at + 10, 10));
    }
    const qsizetype afterEntries = table.first + qsizetype(table.entries) * 20;
    out.append(pdf.mid(afterEntries, table.startxref + 10 - afterEntries));
    const qsizetype numberEnd = pdf.indexOf('\n', table.startxref + 10);
    out.append(QByteArray::number(moved(table.xref)));
    // Qt writes "startxref\nX \n%%EOF": keep what follows the number.
    qsizetype tail = table.startxref + 10;
    while (tail < numberEnd && pdf.at(tail) >= '0' && pdf.at(tail) <= '9')
        ++tail;
    out.append(pdf.mid(tail));
    return out;
}

} // namespace

QByteArray ReportWriter::tagSubsetFonts(const QByteArray &pdf)
{
    const std::optional<CrossReference> table = readCrossReference(pdf);
    if (!table)
        return pdf;
    const QList<Region> regions = dictionaryRegions(pdf, *table);
    const Inserts inserts = baseFontInserts(pdf, regions, subsetTags(pdf, regions));
    if (inserts.isEmpty())
        return pdf;
    return withInserts(pdf, *table, inserts);
}

bool ReportWriter::pdf(const ReportContent &content, QByteArray *bytes, QString *error)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        writer.setTitle(content.title);
        writer.setCreator(QStringLiteral("Parat %1").arg(QStringLiteral(PARAT_VERSION)));
        ReportDocument document(content);
        if (!document.print(&writer, error))
            return false;
    }
    *bytes = tagSubsetFonts(buffer.data());
    return true;
}

bool ReportWriter::writePdf(const ReportContent &content, const QString &path, QString *error)
{
    QByteArray bytes;
    return pdf(content, &bytes, error) && writeFile(path, bytes, error);
}

namespace {

void htmlTable(QString &out, const ReportTable &t)
{
    out += QStringLiteral("<table>\n<thead><tr>");
    for (const QString &h : t.header)
        out += QStringLiteral("<th>%1</th>").arg(esc(h));
    out += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (int r = 0; r < t.rows.size(); ++r) {
        out += t.strongRows.contains(r) ? QStringLiteral("<tr class=\"strong\">") : QStringLiteral("<tr>");
        for (const QString &cell : t.rows.at(r))
            out += QStringLiteral("<td>%1</td>").arg(esc(cell));
        out += QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</tbody></table>\n");
}

void htmlList(QString &out, const QStringList &items)
{
    out += QStringLiteral("<ul>\n");
    for (const QString &item : items)
        out += QStringLiteral("<li>%1</li>\n").arg(esc(item).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    out += QStringLiteral("</ul>\n");
}

// Charts as inline SVG from the same renderers as the PDF, scaling with the window (CSS in kStyle).
void htmlSvg(QString &out, const QByteArray &document, const QString &description)
{
    QString text = QString::fromUtf8(document);
    const int start = int(text.indexOf(QLatin1String("<svg")));
    if (start > 0)
        text = text.mid(start);
    text.insert(4, QStringLiteral(" role=\"img\" aria-label=\"%1\"").arg(esc(description)));
    out += QStringLiteral("<div class=\"chart\">%1</div>\n").arg(text);
}

void htmlFacts(QString &out, const ReportBlock &block)
{
    out += QStringLiteral("<table class=\"facts\">\n");
    for (const auto &fact : block.facts) {
        out += QStringLiteral("<tr><th scope=\"row\">%1</th><td>%2</td></tr>\n")
                   .arg(esc(fact.first), esc(fact.second).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    out += QStringLiteral("</table>\n");
}

void htmlLights(QString &out, const ReportBlock &block)
{
    out += QStringLiteral("<table class=\"lights\">\n");
    for (const ReportBlock::LightRow &row : block.lights) {
        out += QStringLiteral("<tr class=\"light %1\"><td><span class=\"disc\"></span></td><th scope=\"row\">%2</th>"
                              "<td>%3</td></tr>\n")
                   .arg(lightClass(row.light), esc(row.label),
                        esc(row.reason).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    out += QStringLiteral("</table>\n");
}

void htmlProgressChart(QString &out, const ReportBlock &block, const QString &language)
{
    QStringList items;
    for (const ProgressChartRow &row : block.chart.rows)
        items.append(ProgressChartText::tr("%1: %2 % done, %3 % planned")
                         .arg(row.label, number(row.actual, language), number(row.planned, language)));
    htmlSvg(out, progressChartSvg(block.chart), items.join(QStringLiteral("; ")));
}

void htmlPicture(QString &out, const ReportBlock &block)
{
    if (block.picture.isNull())
        return;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    block.picture.save(&buffer, "PNG");
    out += QStringLiteral("<p><img alt=\"%1\" src=\"data:image/png;base64,%2\" style=\"max-width:100%%\"></p>\n")
               .arg(esc(block.text), QString::fromLatin1(png.toBase64()));
}

// Headings, paragraphs, notes and lists.
void htmlText(QString &out, const ReportBlock &block)
{
    switch (block.kind) {
    case ReportBlock::Kind::Heading:
        out += block.strong ? QStringLiteral("<h1>%1</h1>\n").arg(esc(block.text))
                            : QStringLiteral("<h2>%1</h2>\n").arg(esc(block.text));
        break;
    case ReportBlock::Kind::Paragraph:
        out += block.strong ? QStringLiteral("<p><strong>%1</strong></p>\n").arg(esc(block.text))
                            : QStringLiteral("<p>%1</p>\n").arg(esc(block.text));
        break;
    case ReportBlock::Kind::Note:
        out += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(block.text));
        break;
    default:
        htmlList(out, block.items);
        break;
    }
}

void htmlBlock(QString &out, const ReportBlock &block, const QString &language)
{
    switch (block.kind) {
    case ReportBlock::Kind::Heading:
    case ReportBlock::Kind::Paragraph:
    case ReportBlock::Kind::Note:
    case ReportBlock::Kind::Bullets:
        htmlText(out, block);
        break;
    case ReportBlock::Kind::Facts:
        htmlFacts(out, block);
        break;
    case ReportBlock::Kind::Table:
        htmlTable(out, block.table);
        break;
    case ReportBlock::Kind::Chart:
        htmlProgressChart(out, block, language);
        break;
    case ReportBlock::Kind::Trend:
        htmlSvg(out, trendChartSvg(block.trend), block.text);
        break;
    case ReportBlock::Kind::Drawing:
        if (block.drawing && !block.drawingSize.isEmpty())
            htmlSvg(out, drawingSvg(block.drawingSize, block.text, block.drawing), block.text);
        break;
    case ReportBlock::Kind::Lights:
        htmlLights(out, block);
        break;
    case ReportBlock::Kind::Light:
        out += QStringLiteral("<p class=\"light %1\"><span class=\"disc\"></span>%2</p>\n")
                   .arg(lightClass(block.light), esc(block.text));
        if (!block.items.isEmpty())
            htmlList(out, block.items);
        break;
    case ReportBlock::Kind::Picture:
        htmlPicture(out, block);
        break;
    }
}

} // namespace

QString ReportWriter::html(const ReportContent &content)
{
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n<title>%2</title>\n")
               .arg(esc(content.language), esc(content.title));
    out += QStringLiteral("<style>%1</style>\n</head>\n<body>\n").arg(QString::fromUtf8(kStyle));
    out += QStringLiteral("<header class=\"page\"><span>%1</span><span>%2</span></header>\n")
               .arg(esc(content.headerLeft), esc(content.headerRight));
    QList<ReportBlock> blocks = content.firstPageVariants.value(0);
    blocks.append(content.blocks);
    for (const ReportBlock &block : std::as_const(blocks))
        htmlBlock(out, block, content.language);
    out += QStringLiteral("</body>\n</html>\n");
    return out;
}

bool ReportWriter::writeHtml(const ReportContent &content, const QString &path, QString *error)
{
    return writeFile(path, html(content).toUtf8(), error);
}

QString ReportWriter::csvCell(const QString &value, QChar separator)
{
    QString cell = value;
    if (!cell.isEmpty()) {
        const QChar first = cell.at(0);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            cell.prepend(QLatin1Char('\''));
    }
    if (cell.contains(separator) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n'))
        || cell.contains(QLatin1Char('\r'))) {
        cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        cell = QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

QByteArray ReportWriter::csv(const QList<QStringList> &rows, QChar separator)
{
    QString text;
    for (const QStringList &row : rows) {
        QStringList cells;
        cells.reserve(row.size());
        for (const QString &cell : row)
            cells.append(csvCell(cell, separator));
        text += cells.join(separator) + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QList<QStringList> ReportWriter::taskListRows(const StatusReportData &data)
{
    const QString &lang = data.language;
    QList<QStringList> rows;
    rows.append({StatusReportText::tr("Task"), StatusReportText::tr("Title"), StatusReportText::tr("Phase"),
                 StatusReportText::tr("Theme"), StatusReportText::tr("Mandatory"), StatusReportText::tr("Status"),
                 StatusReportText::tr("Responsible"), StatusReportText::tr("Performer"),
                 StatusReportText::tr("Released"), StatusReportText::tr("Due"), StatusReportText::tr("Days overdue"),
                 StatusReportText::tr("Done on"), StatusReportText::tr("Marked done in KLIK"),
                 StatusReportText::tr("Reason"), StatusReportText::tr("Note")});
    for (const PlannedTask &t : data.tasks) {
        const int overdue = daysOverdue(t, data.asOf);
        rows.append({t.task.key, t.task.title(lang), phaseName(t.task.phase),
                     t.task.theme ? themeName(*t.task.theme) : QString(),
                     t.task.mandatory ? StatusReportText::tr("Yes") : StatusReportText::tr("No"),
                     statusName(t.state.status), responsibleText(t, data.personNames),
                     data.personNames.value(t.state.performerPersonId), formatDateShort(t.release, lang),
                     formatDateShort(t.due, lang), overdue > 0 ? QString::number(overdue) : QString(),
                     formatDateShort(t.state.doneOn, lang), formatDateShort(t.state.klikMarkedOn, lang), t.state.reason,
                     t.state.note});
    }
    return rows;
}

QString reportFileName(const Municipality &municipality, ReportFormat format)
{
    QString name = QStringLiteral("%1-%2").arg(municipality.code, municipality.name.trimmed());
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : name) {
        if (forbidden.contains(c) || c.unicode() < 0x20)
            c = QLatin1Char('-');
    }
    return name + QLatin1Char('.') + reportFormatCode(format);
}

bool renderStatusReport(const StatusReportData &data, const ExportOptions &options, QByteArray *bytes, QString *error)
{
    switch (options.format) {
    case ReportFormat::Pdf:
        return ReportWriter::pdf(statusReportContent(data), bytes, error);
    case ReportFormat::Html:
        *bytes = ReportWriter::html(statusReportContent(data)).toUtf8();
        return true;
    case ReportFormat::Csv: {
        // The task list, then each table a section marks for the CSV (the risk and decision logs), each after an
        // empty row and a row with its section's title.
        QList<QStringList> rows = ReportWriter::taskListRows(data);
        for (const ReportSection &section : data.extraSections) {
            for (const ReportBlock &block : section.blocks) {
                if (block.kind != ReportBlock::Kind::Table || !block.table.csv)
                    continue;
                rows.append(QStringList());
                rows.append({section.title});
                rows.append(block.table.header);
                rows.append(block.table.rows);
            }
        }
        *bytes = ReportWriter::csv(rows, options.csvSeparator);
        return true;
    }
    }
    return false;
}

bool writeStatusReportFile(const StatusReportData &data, const QString &path, const ExportOptions &options,
                           QString *error)
{
    QByteArray bytes;
    return renderStatusReport(data, options, &bytes, error) && ReportWriter::writeFile(path, bytes, error);
}

bool exportStatusReport(Database &db, const Clock &clock, Id municipalityId, const QString &path,
                        const ExportOptions &options, const ReportExtras &extras, QString *error,
                        ReportSnapshot *snapshot)
{
    if (!checkOutputTarget(db, path, error))
        return false;
    StatusReportData data;
    if (!gatherStatusReport(db, clock, {municipalityId, options.asOf, options.language}, extras, &data, error))
        return false;
    QByteArray bytes;
    if (!renderStatusReport(data, options, &bytes, error))
        return false;
    // Nothing is written from a file whose integrity check (when it runs beside the reading) has not come back sound.
    if (!db.waitForIntegrityCheck()) {
        *error = db.damageMessage();
        return false;
    }
    if (!ReportWriter::writeFile(path, bytes, error))
        return false;
    // A read-only database (another Parat holds it, or the medium is read-only) cannot record the report;
    // the file is written all the same.
    if (!options.recordSnapshot || db.isReadOnly())
        return true;
    ReportSnapshot taken = snapshotOf(data, reportFormatCode(options.format));
    if (!ReportRepository(db).recordSnapshot(&taken, error))
        return false;
    if (snapshot)
        *snapshot = taken;
    return true;
}

namespace {

// One report of a batch, read and made on the calling thread's connection: its file's bytes, or false with the error
// kept in the item.
bool renderBatchReport(Database &db, const Clock &clock, BatchReport &report, const ExportOptions &options,
                       const ReportExtras &extras, QByteArray *bytes)
{
    StatusReportData data;
    QString error;
    const bool ok = checkOutputTarget(db, report.path, &error)
        && gatherStatusReport(db, clock, {report.municipality.id, options.asOf, options.language}, extras, &data,
                              &error)
        && renderStatusReport(data, options, bytes, &error);
    report.tried = true;
    report.error = error;
    if (ok && options.recordSnapshot)
        report.snapshot = snapshotOf(data, reportFormatCode(options.format));
    return ok;
}

} // namespace

bool writeStatusReports(Database &db, const Clock &clock, QList<BatchReport> *reports, const ExportOptions &options,
                        const ReportExtras &extras, const BatchProgress &progress, bool *cancelled, int threads)
{
    *cancelled = false;
    const int total = int(reports->size());
    const int workers = std::max(1, std::min(threads > 0 ? threads : QThread::idealThreadCount(), total));
    // The calling thread starts reports one by one (after progress() said yes) and never more than `workers` at a
    // time; the workers take them from `pending`, each through its own connection, released when it is done.
    QMutex mutex;
    QWaitCondition changed;
    QList<int> pending;
    int running = 0; // started and not yet finished
    bool closed = false;
    bool failed = false;
    // Nothing is written from a file whose integrity check (when it runs beside the reading) has not come back sound:
    // the workers read and make their first reports while it runs, and wait for it before they write.
    bool checked = false;
    bool damaged = false;
    // Each worker writes only the items it takes; the list itself is not resized or detached while they run.
    BatchReport *const items = reports->data();
    QThreadPool pool;
    pool.setMaxThreadCount(workers);
    for (int w = 0; w < workers; ++w) {
        pool.start([&] {
            for (;;) {
                int index = -1;
                {
                    QMutexLocker locker(&mutex);
                    while (pending.isEmpty() && !closed)
                        changed.wait(&mutex);
                    if (pending.isEmpty())
                        break;
                    index = pending.takeFirst();
                }
                BatchReport &report = items[index];
                QByteArray bytes;
                bool ok = renderBatchReport(db, clock, report, options, extras, &bytes);
                if (ok) {
                    QMutexLocker locker(&mutex);
                    while (!checked)
                        changed.wait(&mutex);
                    if (damaged) {
                        report = BatchReport {report.municipality, report.path, false, false, QString(), std::nullopt};
                        ok = false;
                    }
                }
                if (ok) {
                    QString error;
                    ok = ReportWriter::writeFile(report.path, bytes, &error);
                    report.done = ok;
                    report.error = error;
                    if (!ok)
                        report.snapshot.reset();
                } else {
                    report.snapshot.reset();
                }
                QMutexLocker locker(&mutex);
                --running;
                failed = failed || !ok;
                changed.wakeAll();
            }
            db.releaseThreadConnection();
        });
    }
    const auto waitForCheck = [&] {
        const bool sound = total == 0 || db.waitForIntegrityCheck();
        QMutexLocker locker(&mutex);
        checked = true;
        damaged = !sound;
        failed = failed || damaged;
        changed.wakeAll();
    };
    for (int i = 0; i < total; ++i) {
        const Municipality &m = items[i].municipality;
        if (progress && !progress(i, total, QStringLiteral("%1 %2").arg(m.code, m.name))) {
            *cancelled = true;
            break;
        }
        // Each worker has its first report by now; the calling thread waits for the check while they make them.
        if (!checked && i >= workers)
            waitForCheck();
        QMutexLocker locker(&mutex);
        while (running >= workers && !failed)
            changed.wait(&mutex);
        if (failed)
            break;
        pending.append(i);
        ++running;
        changed.wakeAll();
    }
    if (!checked)
        waitForCheck();
    {
        QMutexLocker locker(&mutex);
        closed = true;
        changed.wakeAll();
    }
    pool.waitForDone();
    if (damaged) {
        // As when the check came back before any report was started: the first report names the damage.
        for (int i = 0; i < total; ++i)
            items[i].tried = false;
        if (total > 0) {
            items[0].tried = true;
            items[0].error = db.damageMessage();
        }
        return false;
    }
    if (!failed && !*cancelled && progress)
        progress(total, total, QString());
    return !failed;
}

bool exportAllStatusReports(Database &db, const Clock &clock, const QString &folder, const ExportOptions &options,
                            const ReportExtras &extras, const BatchProgress &progress, QStringList *written,
                            bool *cancelled, QString *error, int threads)
{
    *cancelled = false;
    written->clear();
    if (!checkOutputFolder(db, folder, error))
        return false;
    if (!QDir().mkpath(folder)) {
        *error = ReportWriter::tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    QList<BatchReport> reports;
    for (const Municipality &m : MunicipalityRepository(db).all())
        reports.append(
            {m, QDir(folder).filePath(reportFileName(m, options.format)), false, false, QString(), std::nullopt});
    const bool ok = writeStatusReports(db, clock, &reports, options, extras, progress, cancelled, threads);
    for (const BatchReport &report : std::as_const(reports)) {
        if (!report.tried)
            continue; // cancelled, or after a failure
        if (!report.done) {
            *error = ReportWriter::tr("The report of %1 %2 failed: %3")
                         .arg(report.municipality.code, report.municipality.name, report.error);
            return false;
        }
        written->append(report.path);
        // A read-only database (another Parat holds it, or the medium is read-only) cannot record the report;
        // the file is written all the same.
        if (report.snapshot && !db.isReadOnly()) {
            ReportSnapshot taken = *report.snapshot;
            if (!ReportRepository(db).recordSnapshot(&taken, error))
                return false;
        }
    }
    return ok;
}

OverviewReportData gatherOverviewReport(Database &db, const Clock &clock, const QDate &asOf, const QString &language,
                                        const ReportExtras &extras)
{
    OverviewReportData data;
    data.language = language.isEmpty() ? currentLanguage() : language;
    data.reportDate = clock.today();
    data.asOf = asOf.isValid() ? asOf : data.reportDate;
    data.hasCapacity = bool(extras.capacityWarnings);
    // The capacity warnings of every municipality from the inputs the rows' traffic lights were computed from: read
    // once, in one query per kind of row, and kept by this reuse.
    CapacityInputReuse reuse;
    data.rows = overviewRows(db, data.asOf);
    if (data.hasCapacity)
        reuse.readAll(db);
    const QHash<Id, ReportNotes> notes = ReportRepository(db).storedNotesOn(data.reportDate);
    QHash<Id, Municipality> municipalities;
    if (data.hasCapacity) {
        for (const Municipality &municipality : MunicipalityRepository(db).all())
            municipalities.insert(municipality.id, municipality);
    }
    for (MunicipalityRow &row : data.rows) {
        const auto stored = notes.constFind(row.id);
        if (stored != notes.constEnd() && stored->lightOverride) {
            row.light = *stored->lightOverride;
            row.lightReason = stored->overrideReason;
            data.overridden.insert(row.id, true);
        }
        if (data.hasCapacity) {
            const auto municipality = municipalities.constFind(row.id);
            if (municipality != municipalities.constEnd())
                data.capacityWarnings.insert(row.id, extras.capacityWarnings(db, *municipality, data.asOf));
        }
    }
    return data;
}

QList<QStringList> overviewCsvRows(const OverviewReportData &data)
{
    const QString &lang = data.language;
    QStringList header {OverviewReportText::tr("Code"),        OverviewReportText::tr("Municipality"),
                        OverviewReportText::tr("Go-live"),     OverviewReportText::tr("Progress (%)"),
                        OverviewReportText::tr("Planned (%)"), OverviewReportText::tr("Variance (points)"),
                        OverviewReportText::tr("Overdue")};
    if (data.hasCapacity)
        header.append(OverviewReportText::tr("Capacity warnings"));
    header.append({OverviewReportText::tr("Light"), OverviewReportText::tr("Reason")});
    QList<QStringList> rows {header};
    for (const MunicipalityRow &row : data.rows) {
        QStringList cells {row.code,
                           row.name,
                           formatDateShort(row.goLive, lang),
                           number(row.progress, lang),
                           number(row.planned, lang),
                           number(row.variance, lang),
                           QString::number(row.overdue)};
        if (data.hasCapacity)
            cells.append(QString::number(data.capacityWarnings.value(row.id)));
        cells.append(data.overridden.value(row.id)
                         ? OverviewReportText::tr("%1 (set manually)").arg(lightName(row.light))
                         : lightName(row.light));
        cells.append(row.lightReason);
        rows.append(cells);
    }
    return rows;
}

ReportContent overviewReportContent(const OverviewReportData &data)
{
    ReportContent content;
    content.language = data.language;
    content.title = OverviewReportText::tr("DUBU readiness of all municipalities");
    content.headerLeft = OverviewReportText::tr("Overview of %n municipality(s)", "", int(data.rows.size()));
    content.headerRight = OverviewReportText::tr("Report date %1").arg(formatDate(data.reportDate, data.language));
    ReportBlock title = ReportBlock::heading(content.title);
    title.strong = true;
    content.blocks.append(title);
    content.blocks.append(ReportBlock::paragraph(
        OverviewReportText::tr("Status as of %1. Progress is the share of the work done (hours-weighted); variance is "
                               "progress minus planned progress, in percentage points.")
            .arg(formatDate(data.asOf, data.language))));
    if (data.rows.isEmpty()) {
        content.blocks.append(ReportBlock::note(OverviewReportText::tr("No municipalities yet.")));
        return content;
    }
    QList<QStringList> rows = overviewCsvRows(data);
    ReportTable table;
    table.header = rows.takeFirst();
    table.rows = rows;
    table.widths
        = data.hasCapacity ? QList<int> {6, 14, 11, 8, 8, 9, 7, 8, 9, 20} : QList<int> {6, 15, 12, 9, 9, 10, 8, 10, 21};
    for (int r = 0; r < data.rows.size(); ++r) {
        if (data.rows.at(r).light == Light::Red)
            table.strongRows.append(r);
    }
    content.blocks.append(ReportBlock::tableBlock(table));
    return content;
}

bool exportOverviewReport(Database &db, const Clock &clock, const QString &path, const ExportOptions &options,
                          const ReportExtras &extras, QString *error)
{
    if (!checkOutputTarget(db, path, error))
        return false;
    const OverviewReportData data = gatherOverviewReport(db, clock, options.asOf, options.language, extras);
    // Nothing is written from a file whose integrity check (when it runs beside the reading) has not come back sound.
    if (!db.waitForIntegrityCheck()) {
        *error = db.damageMessage();
        return false;
    }
    switch (options.format) {
    case ReportFormat::Pdf:
        return ReportWriter::writePdf(overviewReportContent(data), path, error);
    case ReportFormat::Html:
        return ReportWriter::writeHtml(overviewReportContent(data), path, error);
    case ReportFormat::Csv:
        return ReportWriter::writeFile(path, ReportWriter::csv(overviewCsvRows(data), options.csvSeparator), error);
    }
    return false;
}

} // namespace parat
