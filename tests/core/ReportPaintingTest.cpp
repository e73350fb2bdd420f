// What the report's painting hands Qt's PDF writer (issue 20, round 8): table cells and the stakeholder map's texts
// as one glyph run per font (GlyphBatch), the map's scales as one path per pen, nothing drawn that a badge's clip
// hides. The words must stay where one call per text put them (read back with pdftotext -bbox), the HTML report's
// SVG must keep its texts as text, and the PDF embeds the two faces of DejaVu Sans and no other.
#include "TestSupport.h"

#include "domain/Language.h"
#include "report/GlyphBatch.h"
#include "report/ReportDocument.h"
#include "report/ReportWriter.h"
#include "report/StakeholderMapRenderer.h"
#include "report/StatusReport.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

using namespace parat;

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

struct Word
{
    int page = 0;
    QString text;
    double x = 0;
    double y = 0;
};

// Every word of the PDF with its page and box's top left, sorted by page, text and place (the order pdftotext reads
// them in may differ where glyphs come in another order; their places may not).
QList<Word> words(const QString &path)
{
    const QString bbox = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    static const QRegularExpression word(
        QStringLiteral(R"re(xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>)re"));
    QList<Word> all;
    int page = 0;
    for (const QString &text : bbox.split(QStringLiteral("<page "), Qt::SkipEmptyParts).mid(1)) {
        ++page;
        for (auto it = word.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            all.append({page, m.captured(3), m.captured(1).toDouble(), m.captured(2).toDouble()});
        }
    }
    std::sort(all.begin(), all.end(), [](const Word &a, const Word &b) {
        if (a.page != b.page)
            return a.page < b.page;
        if (a.text != b.text)
            return a.text < b.text;
        if (std::abs(a.y - b.y) > 0.05)
            return a.y < b.y;
        return a.x < b.x;
    });
    return all;
}

// The same words on the same pages, each within 0.01 pt of its place.
void checkSameWords(const QList<Word> &drawn, const QList<Word> &batched)
{
    REQUIRE(drawn.size() == batched.size());
    for (int i = 0; i < drawn.size(); ++i) {
        INFO(drawn.at(i).text.toStdString() << " on page " << drawn.at(i).page);
        REQUIRE(batched.at(i).page == drawn.at(i).page);
        REQUIRE(batched.at(i).text == drawn.at(i).text);
        CHECK(std::abs(batched.at(i).x - drawn.at(i).x) < 0.01);
        CHECK(std::abs(batched.at(i).y - drawn.at(i).y) < 0.01);
    }
}

// The page streams of a PDF written by Qt (FlateDecode), inflated.
QList<QByteArray> pageStreams(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QList<QByteArray> streams;
    for (qsizetype at = pdf.indexOf("/FlateDecode"); at >= 0; at = pdf.indexOf("/FlateDecode", at + 1)) {
        const qsizetype start = pdf.indexOf("stream\n", at) + 7;
        const qsizetype end = pdf.indexOf("\nendstream", start);
        REQUIRE(end > start);
        // qUncompress wants the inflated size first (big-endian); a bound is enough.
        QByteArray framed("\x01\x00\x00\x00", 4);
        framed.append(pdf.mid(start, end - start));
        const QByteArray inflated = qUncompress(framed);
        if (inflated.contains("BT\n") || inflated.contains(" re\n") || inflated.contains(" c\n"))
            streams.append(inflated);
    }
    return streams;
}

int count(const QByteArray &stream, const char *what)
{
    return int(stream.count(what));
}

// A map as crowded as a municipality's of the national dataset: 60 stakeholders, most of them in a few cells, so
// that many badges shrink (their scales under their feet, clipped away) and the list of names takes room.
StakeholderMapData crowdedMap()
{
    StakeholderMapData data;
    for (int i = 1; i <= 60; ++i) {
        StakeholderMapMarker marker;
        marker.id = i;
        marker.name = i % 9 == 0 ? QStringLiteral("Borgerservice og Ydelser %1").arg(i)
                                 : QStringLiteral("Interessent 0101-%1").arg(i);
        // Two of three in the four middle cells.
        marker.influence = i % 3 == 0 ? i % 4 : 1 + i % 2;
        marker.affectedness = i % 3 == 0 ? (i / 4) % 4 : 1 + (i / 2) % 2;
        marker.now = Engagement(i % 5);
        marker.target = Engagement((i * 3 + 1) % 5);
        data.markers.append(marker);
    }
    return data;
}

// The map as the report draws it: a drawing of 1400 x 1000 units in DejaVu Sans at 22 px, scaled onto a page.
void writeMap(const QString &path, const StakeholderMapData &data)
{
    QPdfWriter writer(path);
    writer.setResolution(600);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    painter.translate(400, 700);
    painter.scale(2.9, 2.9);
    painter.setClipRect(QRectF(0, 0, 1400, 1000));
    StakeholderMapStyle style;
    style.font.setFamily(QStringLiteral("DejaVu Sans"));
    style.font.setPixelSize(22);
    paintStakeholderMap(painter, QRectF(0, 0, 1400, 1000), data, style);
}

// A report of a long table (several pages, bold header and strong rows) and the crowded map.
ReportContent tableAndMap()
{
    ReportContent content;
    content.title = QStringLiteral("Painting");
    content.headerLeft = QStringLiteral("Test");
    ReportBlock table;
    table.kind = ReportBlock::Kind::Table;
    table.table.header = {QStringLiteral("Key"), QStringLiteral("Title"), QStringLiteral("Owner")};
    table.table.widths = {15, 60, 25};
    for (int r = 0; r < 120; ++r) {
        table.table.rows.append({QStringLiteral("K%1").arg(r, 3, 10, QLatin1Char('0')),
                                 r % 4 == 0 ? QStringLiteral("a title long enough to wrap onto a second line of "
                                                             "its column in the table, row %1")
                                                  .arg(r)
                                            : QStringLiteral("Title %1").arg(r),
                                 QStringLiteral("Person %1").arg(r % 7)});
    }
    table.table.strongRows = {0, 3};
    content.blocks.append(table);
    content.blocks.append(ReportBlock::drawingBlock(QSizeF(1400, 1000), QStringLiteral("Map"),
                                                    [map = crowdedMap()](QPainter &painter, const QRectF &bounds) {
                                                        painter.setRenderHint(QPainter::Antialiasing);
                                                        StakeholderMapStyle style;
                                                        style.font.setFamily(QStringLiteral("DejaVu Sans"));
                                                        style.font.setPixelSize(22);
                                                        paintStakeholderMap(painter, bounds, map, style);
                                                    }));
    return content;
}

struct BatchesOff
{
    BatchesOff() { GlyphBatch::setEnabled(false); }
    ~BatchesOff() { GlyphBatch::setEnabled(true); }
};

} // namespace

TEST_CASE("The stakeholder map's texts are in the PDF where drawText puts them, with fewer text objects",
          "[report][pdf][stakeholder]")
{
    installTranslations(QStringLiteral("en"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const StakeholderMapData data = crowdedMap();
    const QString drawn = dir.filePath(QStringLiteral("drawn.pdf"));
    {
        BatchesOff off;
        writeMap(drawn, data);
    }
    const QString batched = dir.filePath(QStringLiteral("batched.pdf"));
    writeMap(batched, data);

    const QList<Word> before = words(drawn);
    const QList<Word> after = words(batched);
    checkSameWords(before, after);
    // Every name is in the list under the map, whole.
    QString texts;
    for (const Word &word : after)
        texts.append(word.text + QLatin1Char(' '));
    for (const StakeholderMapMarker &marker : data.markers) {
        for (const QString &part : marker.name.split(QLatin1Char(' '))) {
            INFO(part.toStdString());
            CHECK(texts.contains(part));
        }
    }

    const QList<QByteArray> drawnStreams = pageStreams(drawn);
    const QList<QByteArray> batchedStreams = pageStreams(batched);
    REQUIRE(drawnStreams.size() == 1);
    REQUIRE(batchedStreams.size() == 1);
    const QByteArray &one = drawnStreams.first();
    const QByteArray &runs = batchedStreams.first();
    // The same glyphs and fewer text objects (consecutive texts in one font share one; the shrunk badges' names,
    // clipped to their badges, keep theirs).
    CHECK(count(runs, " Tj\n") == count(one, " Tj\n"));
    INFO("text objects one by one " << count(one, "BT\n") << ", batched " << count(runs, "BT\n"));
    CHECK(count(runs, "BT\n") * 4 < count(one, "BT\n") * 3);
    // No scale is drawn for a badge whose clip hides it: of 60 badges' 8 circles (4 curves each) far fewer are
    // written, in both ways of drawing (the badges' frames have 4 curves each too).
    const int circles = 60 * 8 * 4;
    INFO("curves " << count(runs, " c\n"));
    CHECK(count(runs, " c\n") < circles / 2);
    CHECK(count(one, " c\n") == count(runs, " c\n"));
    CHECK(runs.size() < one.size());
}

TEST_CASE("Report tables and the map in a report PDF keep every word's place and order with fewer text objects",
          "[report][pdf]")
{
    installTranslations(QStringLiteral("en"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const ReportContent content = tableAndMap();
    const QString drawn = dir.filePath(QStringLiteral("drawn.pdf"));
    QString error;
    {
        BatchesOff off;
        REQUIRE(ReportWriter::writePdf(content, drawn, &error));
    }
    const QString batched = dir.filePath(QStringLiteral("batched.pdf"));
    REQUIRE(ReportWriter::writePdf(content, batched, &error));
    const QList<Word> before = words(drawn);
    REQUIRE(before.size() > 1000);
    checkSameWords(before, words(batched));
    CHECK(run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), drawn, QStringLiteral("-")})
          == run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), batched, QStringLiteral("-")}));

    const QList<QByteArray> drawnStreams = pageStreams(drawn);
    const QList<QByteArray> batchedStreams = pageStreams(batched);
    REQUIRE(drawnStreams.size() == batchedStreams.size());
    REQUIRE(drawnStreams.size() >= 3);
    // The table's pages keep their texts in the page streams' order too (the bold header, then each row in turn),
    // which is the order a screen reader or a copy of an untagged PDF gets them in. (The map, on the last page, is
    // drawn in layers: its grid's texts, the badges, the list of names.)
    const QStringList tablePages {QStringLiteral("-raw"), QStringLiteral("-l"),
                                  QString::number(drawnStreams.size() - 1)};
    CHECK(run(QStringLiteral("pdftotext"), QStringList(tablePages) << drawn << QStringLiteral("-"))
          == run(QStringLiteral("pdftotext"), QStringList(tablePages) << batched << QStringLiteral("-")));
    // A page of the table: one text object per line of a cell before; now the header, the rows and the page's
    // header and footer lines.
    INFO("page 1's text objects one by one " << count(drawnStreams.first(), "BT\n") << ", batched "
                                             << count(batchedStreams.first(), "BT\n"));
    CHECK(count(batchedStreams.first(), "BT\n") <= 8);
    CHECK(count(drawnStreams.first(), "BT\n") > 100);
    CHECK(count(batchedStreams.first(), " Tj\n") == count(drawnStreams.first(), " Tj\n"));
}

TEST_CASE("The report PDF embeds the two faces of DejaVu Sans and no other", "[report][pdf]")
{
    // A face embedded for a handful of glyphs costs a whole subset at the end of the file (~30-40 M instructions):
    // the report's texts, the map's arrows and middle dots included, are all in DejaVu Sans and DejaVu Sans Bold.
    installTranslations(QStringLiteral("en"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    REQUIRE(ReportWriter::writePdf(tableAndMap(), path, &error));
    const QString fonts = run(QStringLiteral("pdffonts"), {path});
    static const QRegularExpression line(QStringLiteral(R"(^[A-Z]{6}\+(\S+)\s)"), QRegularExpression::MultilineOption);
    QStringList faces;
    for (auto it = line.globalMatch(fonts); it.hasNext();)
        faces.append(it.next().captured(1));
    faces.sort();
    INFO(fonts.toStdString());
    CHECK(faces == QStringList {QStringLiteral("DejaVuSans"), QStringLiteral("DejaVuSans-Bold")});
}

TEST_CASE("The stakeholder map keeps its texts as text in SVG, where glyph runs are not used", "[report][stakeholder]")
{
    // The HTML report's map is SVG: Qt's SVG generator writes a text item's characters, which a glyph run has not.
    installTranslations(QStringLiteral("en"));
    const StakeholderMapData data = crowdedMap();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(QSize(1400, 1000));
        generator.setViewBox(QRect(0, 0, 1400, 1000));
        QPainter painter(&generator);
        StakeholderMapStyle style;
        style.font.setFamily(QStringLiteral("DejaVu Sans"));
        style.font.setPixelSize(22);
        paintStakeholderMap(painter, QRectF(0, 0, 1400, 1000), data, style);
    }
    const QString svg = QString::fromUtf8(buffer.data());
    CHECK(svg.contains(QStringLiteral(">Keep satisfied</text>")));
    CHECK(svg.contains(QStringLiteral(">How affected by the change →</text>")));
    for (const StakeholderMapMarker &marker : data.markers) {
        if (marker.name.startsWith(QLatin1String("Interessent")))
            CHECK(svg.contains(QStringLiteral(">%1</text>").arg(stakeholderMapEntry(int(marker.id), marker.name))));
    }
}
