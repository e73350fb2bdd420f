#include "ReportDocument.h"

#include "report/GlyphBatch.h"
#include "report/TrendChart.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QHash>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextList>
#include <QTextObjectInterface>
#include <QTextTable>

#include <cmath>
#include <memory>
#include <vector>

namespace parat {

namespace {

constexpr int kChartObject = QTextFormat::UserObject + 1;
constexpr int kLightObject = QTextFormat::UserObject + 2;
constexpr int kTrendObject = QTextFormat::UserObject + 3;
constexpr int kDrawingObject = QTextFormat::UserObject + 4;
constexpr int kTableObject = QTextFormat::UserObject + 5;
constexpr int kObjectIndex = QTextFormat::UserProperty + 1;

const QColor kInk(0, 0, 0);
const QColor kRule(0x80, 0x80, 0x80);
const QColor kHeaderFill(0xe6, 0xe6, 0xe6);

QTextCharFormat charFormat(double pointSize, bool bold = false)
{
    QTextCharFormat format;
    QFont font = ReportDocument::bodyFont();
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    format.setFont(font);
    format.setForeground(kInk);
    return format;
}

// A data table (ReportTable), the facts or the rows of lights laid out by Parat instead of QTextTable: every cell is
// one QTextLayout laid out once at its column's width (shaped once; the glyphs are kept for painting). The table is
// written as a run of blocks, each holding one object (kTableObject) that paints the header row and the rows of one
// page; the geometry is the QTextTable's the report used before (BlockWriter::tableFormat: no cell spacing, cell
// padding 3, frame padding 0.6, margins 3 above and 6 below, the header row filled grey; the facts and the lights
// without a header or frame padding, cell padding 2 and 1.5).
struct DirectTable
{
    struct Row
    {
        // Shared with every other cell of the same text, weight and line width (ReportObjectHandler::cells).
        std::vector<std::shared_ptr<QTextLayout>> cells;
        double height = 0.0;
        int light = -1; // the rows of lights: the light (ReportObjectHandler::lights) painted in the first cell
    };
    QList<double> x; // each column's left edge, from the table's left edge
    double padding = 0.0; // cell padding
    double framePadding = 0.0;
    double topMargin = 0.0; // the first block's top margin (meets the block before as the frame's did), or a lead
    double bottomMargin = 0.0; // in the object: the next block's top margin adds to it, as to the table frame's
    double slack = 1.0; // room left unused at a page's foot (one 96 dpi pixel)
    bool hasHeader = true; // the facts and the rows of lights have none
    double lightSide = 0.0; // the rows of lights: the light's side, as its text object's (intrinsicSize)
    Row header;
    std::vector<Row> rows;

    // Height of the object that shows the header and rows [from, to); with lead, the top margin above the header.
    double height(int from, int to, bool lead) const
    {
        double h = (lead ? topMargin : 0.0) + framePadding + header.height + framePadding + bottomMargin;
        for (int r = from; r < to; ++r)
            h += rows[size_t(r)].height;
        return std::ceil(h);
    }
    // The rows from `from` that fit `room`; at least one on a page of its own (no row is taller than a page).
    int rowsThatFit(int from, double room, bool lead, bool atLeastOne) const
    {
        int to = from;
        while (to < int(rows.size()) && height(from, to + 1, lead) <= room - slack)
            ++to;
        if (atLeastOne && to == from && from < int(rows.size()))
            ++to;
        return to;
    }
};

// A table cell's text laid out: its text, whether it is bold and the width of its lines (the device, the fonts and the
// text option are the same for every cell of a layout).
struct CellKey
{
    QString text;
    bool strong = false;
    double lineWidth = 0.0;
    bool operator==(const CellKey &other) const
    {
        return strong == other.strong && lineWidth == other.lineWidth && text == other.text;
    }
};

size_t qHash(const CellKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.text, key.strong, key.lineWidth);
}

struct TableChunk
{
    int table = 0;
    int from = 0; // rows [from, to) under the header
    int to = 0;
    bool lead = false; // starts a page: the table's top margin is in the object, above the header
};

} // namespace

// Paints the chart and the traffic light of a report as vector graphics inside the text layout, with the
// same renderers the window uses. Objects refer to their data by index (kObjectIndex).
class ReportObjectHandler : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    QList<ProgressChartData> charts;
    QList<Light> lights;
    QList<ProgressTrend> trends;
    QList<ReportBlock> drawings; // Kind::Drawing blocks
    std::vector<std::unique_ptr<DirectTable>> tables;
    QList<TableChunk> chunks; // kTableObject: one per page a table spans
    // Every table cell laid out so far, for the cells of the same text, weight and width in the other rows and tables
    // and in every trial of a first page (a status, a date, a name, a column's header): laid out the same, so
    // laid out once. Kept when a trial's document is reset.
    QHash<CellKey, std::shared_ptr<QTextLayout>> cells;
    const QPaintDevice *device = nullptr;
    double width = 0.0; // body width in device pixels

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        const int index = format.property(kObjectIndex).toInt();
        if (format.objectType() == kTableObject) {
            const TableChunk &chunk = chunks.at(index);
            return QSizeF(width, tables[size_t(chunk.table)]->height(chunk.from, chunk.to, chunk.lead));
        }
        if (format.objectType() == kChartObject) {
            ChartStyle style;
            style.font = ReportDocument::bodyFont();
            const QSizeF preferred = preferredSize(charts.value(index), style, device);
            return QSizeF(width, preferred.height());
        }
        if (format.objectType() == kTrendObject)
            return QSizeF(width, width * 0.21);
        if (format.objectType() == kDrawingObject) {
            // As a picture of drawingSize pixels at 96 dpi would be: the body width at most.
            const QSizeF size = drawings.value(index).drawingSize;
            if (size.isEmpty())
                return QSizeF(0, 0);
            const double dpi = device ? device->logicalDpiX() : 96.0;
            const double shown = std::min(width, size.width() * dpi / 96.0);
            return QSizeF(shown, shown * size.height() / size.width());
        }
        const double side = QFontMetricsF(ReportDocument::bodyFont(), device).height() * 1.6;
        return QSizeF(side, side);
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        const int index = format.property(kObjectIndex).toInt();
        painter->save();
        if (format.objectType() == kTableObject) {
            paintTable(*painter, rect.topLeft(), chunks.at(index));
        } else if (format.objectType() == kChartObject) {
            ChartStyle style;
            style.font = ReportDocument::bodyFont();
            paintProgressChart(*painter, rect, charts.value(index), style);
        } else if (format.objectType() == kDrawingObject) {
            const ReportBlock &block = drawings.at(index);
            if (block.drawing && !block.drawingSize.isEmpty()) {
                // The drawing's own coordinates, scaled to the rectangle: lines and text stay vectors.
                painter->translate(rect.topLeft());
                painter->scale(rect.width() / block.drawingSize.width(), rect.height() / block.drawingSize.height());
                painter->setClipRect(QRectF(QPointF(0, 0), block.drawingSize), Qt::IntersectClip);
                block.drawing(*painter, QRectF(QPointF(0, 0), block.drawingSize));
            }
        } else if (format.objectType() == kTrendObject) {
            ChartStyle style;
            style.font = ReportDocument::bodyFont();
            style.font.setPointSizeF(8.0);
            paintTrendChart(*painter, rect, trends.value(index), style);
        } else {
            paintTrafficLight(*painter, rect.adjusted(1, 1, -1, -1), lights.value(index, Light::Green));
        }
        painter->restore();
    }

    void paintTable(QPainter &painter, const QPointF &topLeft, const TableChunk &chunk) const
    {
        const DirectTable &table = *tables[size_t(chunk.table)];
        const double left = topLeft.x() + table.framePadding;
        const double right = topLeft.x() + width - table.framePadding;
        double y = topLeft.y() + (chunk.lead ? table.topMargin : 0.0) + table.framePadding;
        // A block Qt moved to the next page still starts on the page before, which paints it too (clipped): rows
        // outside the page's clip are left out, or their text would be in that page's PDF for text extraction.
        const QRectF clip = painter.hasClipping() ? painter.clipBoundingRect() : QRectF();
        const auto shown = [&](double top, double height) {
            return clip.isNull() || (top < clip.bottom() && top + height > clip.top());
        };
        painter.setPen(kInk);
        // The cells' glyphs as a text item per stretch of one font (GlyphBatch), not one per line of each cell.
        GlyphBatch text;
        const bool batch = GlyphBatch::forPdf(painter);
        const auto paintRow = [&](const DirectTable::Row &row, bool filled) {
            for (size_t c = 0; c < row.cells.size() && shown(y, row.height); ++c) {
                const double x = left + table.x.at(int(c));
                if (filled) {
                    const double next = c + 1 < row.cells.size() ? left + table.x.at(int(c) + 1) : right;
                    painter.fillRect(QRectF(x, y, next - x, row.height), kHeaderFill);
                }
                if (c == 0 && row.light >= 0) {
                    // As the light's text object in a QTextTable cell: at the top of the cell's one line.
                    painter.save();
                    paintTrafficLight(painter,
                                      QRectF(x + table.padding, y + table.padding, table.lightSide, table.lightSide)
                                          .adjusted(1, 1, -1, -1),
                                      lights.value(row.light, Light::Green));
                    painter.restore();
                } else if (batch) {
                    text.add(glyphRuns(*row.cells[c]), QPointF(x + table.padding, y + table.padding));
                } else {
                    row.cells[c]->draw(&painter, QPointF(x + table.padding, y + table.padding));
                }
            }
            y += row.height;
        };
        if (table.hasHeader)
            paintRow(table.header, true);
        for (int r = chunk.from; r < chunk.to; ++r)
            paintRow(table.rows[size_t(r)], false);
        text.draw(painter);
    }

    // A cell's glyph runs, taken from its layout when it is first painted: a layout shared by many cells (cells) is
    // painted in each of them.
    const QList<QGlyphRun> &glyphRuns(const QTextLayout &layout) const
    {
        auto it = m_runs.find(&layout);
        if (it == m_runs.end())
            it = m_runs.insert(&layout, GlyphBatch::runsOf(layout));
        return *it;
    }

private:
    mutable QHash<const QTextLayout *, QList<QGlyphRun>> m_runs; // of the layouts in cells, which outlive it
};

ReportDocument::ReportDocument(ReportContent content)
    : m_content(std::move(content))
{ }

ReportDocument::~ReportDocument() = default;

QFont ReportDocument::bodyFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.0);
    font.setStyleHint(QFont::SansSerif);
    return font;
}

int ReportDocument::layoutFor(const QPaintDevice *device)
{
    m_dpi = device ? device->logicalDpiY() : 96.0;
    m_document = std::make_unique<QTextDocument>();
    m_cachedFrom = 0;
    m_handler = std::make_unique<ReportObjectHandler>();
    m_handler->device = device;
    m_handler->width = mm(pageWidthMm() - 2 * kMarginMm);
    // The document's settings before its layout is made: each setting made after it lays the (empty) document out
    // again, and the first ones did so in the application's font, which cost two font engines of their own.
    m_document->setDocumentMargin(0);
    m_document->setDefaultFont(bodyFont());
    QTextOption option = m_document->defaultTextOption();
    // Words are never broken: a column too narrow for a word grows (the widths are chosen so none must).
    option.setWrapMode(QTextOption::WordWrap);
    m_document->setDefaultTextOption(option);
    m_document->setMetaInformation(QTextDocument::DocumentTitle, m_content.title);
    m_document->setPageSize(QSizeF(mm(pageWidthMm() - 2 * kMarginMm), mm(bodyBottomMm() - kBodyTopMm)));
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    layout->setPaintDevice(const_cast<QPaintDevice *>(device));
    layout->registerHandler(kChartObject, m_handler.get());
    layout->registerHandler(kLightObject, m_handler.get());
    layout->registerHandler(kTrendObject, m_handler.get());
    layout->registerHandler(kDrawingObject, m_handler.get());
    layout->registerHandler(kTableObject, m_handler.get());
    m_firstPageLevel = -1;
    if (m_content.firstPageVariants.isEmpty()) {
        build({}, false);
    } else {
        // Page 1 is the fullest variant that fits one page: the appendix then starts on page 2. Each variant is
        // tried alone (a page of layout, not the whole appendix each time); the one that fits keeps its layout and
        // the appendix is added to it. The last variant is taken without a trial when none before it fits.
        const int last = int(m_content.firstPageVariants.size()) - 1;
        int level = 0;
        for (; level < last; ++level) {
            if (build(m_content.firstPageVariants.at(level), true))
                break;
            resetDocument();
        }
        if (level == last)
            build(m_content.firstPageVariants.at(last), false);
        m_firstPageLevel = level;
    }
    m_pageCount = std::max(1, m_document->pageCount());
    return m_pageCount;
}

// Internal to this file (declared in the header for ReportDocument::writeTable).

// Writes a report's blocks into a QTextDocument at one cursor, one function per kind of block. The first
// block takes over the document's empty first paragraph; every later one starts a new paragraph. The functions
// come in three parts: text (headings, paragraphs, lists), tables (facts, tables, rows of lights) and objects
// (the charts, the lights, drawings and pictures painted by ReportObjectHandler).
class BlockWriter
{
public:
    BlockWriter(QTextDocument *document, ReportObjectHandler *handler)
        : m_document(document)
        , m_handler(handler)
        , m_cursor(document)
    { }

    QTextCursor &cursor() { return m_cursor; }
    void write(const ReportBlock &block);

    // A data table laid out by Parat (DirectTable): its index in the handler, or -1 when it must go through
    // QTextTable (a row taller than a page, or words too wide to stand side by side within the page's width). A column
    // narrower than a word in it grows as QTextTable's would (columnWidths).
    int layoutTable(const ReportBlock &block, double pageHeight);
    // The columns' widths in a table of contentsWidth: their percentages, grown to their minimum (widest word) when
    // that is wider (empty minimum: the percentages alone).
    static QList<double> columnWidths(double contentsWidth, const QList<double> &percents,
                                      const QList<double> &minimum);
    // A block holding the header and rows [from, to) of a laid-out table (lead: one that starts a page). Returns the
    // block's position and the chunk's index in the handler.
    int tableChunk(int table, int from, int to, bool lead, int *chunk);

private:
    // Text.
    void newBlock(const QTextBlockFormat &format, const QTextCharFormat &chars);
    void list(const QStringList &items);
    void heading(const ReportBlock &block);
    void paragraph(const ReportBlock &block);
    // Tables.
    static QTextTableFormat tableFormat(int headerRows, bool framed);
    static void setWidths(QTextTableFormat &format, const QList<int> &widths, int columns);
    void moveAfterTable() { m_cursor.movePosition(QTextCursor::End); }
    void facts(const ReportBlock &block);
    void table(const ReportTable &data);
    void lightRows(const ReportBlock &block);
    // Objects.
    QTextCharFormat objectFormat(int type, int index) const;
    void chart(const ReportBlock &block);
    void light(const ReportBlock &block);
    void trend(const ReportBlock &block);
    void drawing(const ReportBlock &block);
    void picture(const ReportBlock &block);

    QTextDocument *m_document;
    ReportObjectHandler *m_handler;
    QTextCursor m_cursor;
    bool m_first = true;
    const QTextCharFormat m_body = charFormat(9.0);
    const QTextCharFormat m_bold = charFormat(9.0, true);
};

void BlockWriter::write(const ReportBlock &block)
{
    switch (block.kind) {
    case ReportBlock::Kind::Heading:
        heading(block);
        break;
    case ReportBlock::Kind::Paragraph:
    case ReportBlock::Kind::Note:
        paragraph(block);
        break;
    case ReportBlock::Kind::Bullets:
        newBlock(QTextBlockFormat(), m_body);
        list(block.items);
        break;
    case ReportBlock::Kind::Facts:
        facts(block);
        break;
    case ReportBlock::Kind::Table:
        table(block.table);
        break;
    case ReportBlock::Kind::Chart:
        chart(block);
        break;
    case ReportBlock::Kind::Light:
        light(block);
        break;
    case ReportBlock::Kind::Picture:
        picture(block);
        break;
    case ReportBlock::Kind::Lights:
        lightRows(block);
        break;
    case ReportBlock::Kind::Trend:
        trend(block);
        break;
    case ReportBlock::Kind::Drawing:
        drawing(block);
        break;
    }
}

// --- Text ---

void BlockWriter::newBlock(const QTextBlockFormat &format, const QTextCharFormat &chars)
{
    if (m_first) {
        m_cursor.setBlockFormat(format);
        m_cursor.setBlockCharFormat(chars);
        m_cursor.setCharFormat(chars);
        m_first = false;
    } else {
        m_cursor.insertBlock(format, chars);
    }
}

// A bulleted list in the paragraph the cursor is in, one paragraph per item.
void BlockWriter::list(const QStringList &items)
{
    QTextListFormat listFormat;
    listFormat.setStyle(QTextListFormat::ListDisc);
    listFormat.setIndent(1);
    QTextList *textList = m_cursor.createList(listFormat);
    for (int i = 0; i < items.size(); ++i) {
        if (i > 0) {
            m_cursor.insertBlock(QTextBlockFormat(), m_body);
            textList->add(m_cursor.block());
        }
        // A line break inside the item, not a new paragraph (which would become a bullet of its own):
        // a light's reason lists its tasks and people on lines of their own.
        QString text = items.at(i);
        text.replace(QLatin1Char('\n'), QChar::LineSeparator);
        m_cursor.insertText(text, m_body);
    }
}

void BlockWriter::heading(const ReportBlock &block)
{
    QTextBlockFormat format;
    format.setTopMargin(block.strong ? 0 : block.compact ? 5 : 12);
    format.setBottomMargin(block.compact ? 1 : 4);
    format.setHeadingLevel(block.strong ? 1 : 2);
    newBlock(format, charFormat(block.strong ? 15.0 : block.compact ? 10.5 : 12.0, true));
    m_cursor.insertText(block.text);
}

void BlockWriter::paragraph(const ReportBlock &block)
{
    QTextBlockFormat format;
    format.setTopMargin(block.strong ? 6 : 2);
    format.setBottomMargin(2);
    // A note ("None.") is set off by its indent, in the regular face: an oblique face only for notes cost the PDF a
    // third font subset (~40 M instructions per report, issue 16).
    // The layout takes a block's left margin in device pixels: 3.5 mm.
    if (block.kind == ReportBlock::Kind::Note) {
        const double dpi = m_handler->device ? m_handler->device->logicalDpiX() : 96.0;
        format.setLeftMargin(3.5 / 25.4 * dpi);
    }
    const QTextCharFormat chars = block.strong ? m_bold : m_body;
    newBlock(format, chars);
    m_cursor.insertText(block.text, chars);
}

// --- Tables ---

// No table draws a line: data tables (`framed`) are set off by their shaded header row and the room around them
// that a never drawn 0.6 px border used to take. Tables are laid out with separate borders, all of width 0: Qt's
// collapsed-border model asks every cell's neighbours for their row and column (a binary search over the table's
// cells each time) for every padding it computes, which made table layout and painting the larger part of a
// report's cost (issue 20). The frame's padding keeps every cell where the old border put it, left, right and at
// the top; a framed table now ends 0.16 mm lower, and rows carried to a new page start 0.16 mm higher, so a row or
// heading at a page's foot can fall on the other page (docs/performance.md, round 4).
QTextTableFormat BlockWriter::tableFormat(int headerRows, bool framed)
{
    QTextTableFormat format;
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setHeaderRowCount(headerRows);
    format.setCellSpacing(0);
    format.setCellPadding(3);
    format.setBorder(0);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setBorderCollapse(false);
    format.setPadding(framed ? 0.6 : 0);
    format.setTopMargin(3);
    format.setBottomMargin(6);
    return format;
}

void BlockWriter::setWidths(QTextTableFormat &format, const QList<int> &widths, int columns)
{
    QList<QTextLength> lengths;
    for (int c = 0; c < columns; ++c)
        lengths.append(
            QTextLength(QTextLength::PercentageLength, widths.size() == columns ? widths.at(c) : 100.0 / columns));
    format.setColumnWidthConstraints(lengths);
}

void BlockWriter::facts(const ReportBlock &block)
{
    if (block.facts.isEmpty())
        return;
    newBlock(QTextBlockFormat(), m_body);
    QTextTableFormat format = tableFormat(0, false);
    format.setCellPadding(2);
    setWidths(format, {28, 72}, 2);
    QTextTable *cells = m_cursor.insertTable(int(block.facts.size()), 2, format);
    for (int r = 0; r < block.facts.size(); ++r) {
        cells->cellAt(r, 0).firstCursorPosition().insertText(block.facts.at(r).first, m_bold);
        cells->cellAt(r, 1).firstCursorPosition().insertText(block.facts.at(r).second, m_body);
    }
    moveAfterTable();
    m_first = false;
}

void BlockWriter::table(const ReportTable &data)
{
    const int columns = int(data.header.size());
    if (columns == 0)
        return;
    newBlock(QTextBlockFormat(), m_body);
    QTextTableFormat format = tableFormat(1, true);
    setWidths(format, data.widths, columns);
    QTextTable *cells = m_cursor.insertTable(int(data.rows.size()) + 1, columns, format);
    for (int c = 0; c < columns; ++c) {
        QTextTableCell cell = cells->cellAt(0, c);
        QTextCharFormat cellFormat = cell.format();
        cellFormat.setBackground(kHeaderFill);
        cell.setFormat(cellFormat);
        cell.firstCursorPosition().insertText(data.header.at(c), m_bold);
    }
    for (int r = 0; r < data.rows.size(); ++r) {
        const QTextCharFormat &chars = data.strongRows.contains(r) ? m_bold : m_body;
        const QStringList &row = data.rows.at(r);
        for (int c = 0; c < columns && c < row.size(); ++c)
            cells->cellAt(r + 1, c).firstCursorPosition().insertText(row.at(c), chars);
    }
    moveAfterTable();
}

int BlockWriter::layoutTable(const ReportBlock &block, double pageHeight)
{
    // A data table (Kind::Table), or the facts (Kind::Facts: label and value, the label in bold, no header row; the
    // QTextTable's cell padding 2 and no frame padding, as facts() has them).
    // The rows of lights (Kind::Lights): the light, its label in bold and the reason, cell padding 1.5, as lightRows().
    const bool facts = block.kind == ReportBlock::Kind::Facts;
    const bool lights = block.kind == ReportBlock::Kind::Lights;
    const bool headed = !facts && !lights;
    ReportTable rowsOf;
    if (facts) {
        rowsOf.widths = {28, 72};
        for (const QPair<QString, QString> &fact : block.facts)
            rowsOf.rows.append({fact.first, fact.second});
    } else if (lights) {
        rowsOf.widths = {4, 27, 69};
        for (const ReportBlock::LightRow &row : block.lights)
            rowsOf.rows.append({QString(), row.label, row.reason});
    }
    const ReportTable &data = headed ? block.table : rowsOf;
    const int columns = facts ? 2 : lights ? 3 : int(data.header.size());
    if (columns == 0 || (!headed && data.rows.isEmpty()) || !m_handler->device)
        return -1;
    QPaintDevice *device = const_cast<QPaintDevice *>(m_handler->device);
    // As QTextDocumentLayout does: lengths in 96 dpi pixels scaled to the device.
    const double scale = device->logicalDpiY() / 96.0;
    auto table = std::make_unique<DirectTable>();
    table->hasHeader = headed;
    table->padding = (facts ? 2 : lights ? 1.5 : 3) * scale;
    table->framePadding = headed ? 0.6 * scale : 0.0;
    if (lights)
        table->lightSide = QFontMetricsF(ReportDocument::bodyFont(), device).height() * 1.6;
    table->bottomMargin = 6 * scale;
    table->topMargin = 3 * scale;
    table->slack = scale;
    const double contentsWidth = m_handler->width - 2 * table->framePadding;
    QList<double> percents;
    for (int c = 0; c < columns; ++c)
        percents.append(data.widths.size() == columns ? data.widths.at(c) : 100.0 / columns);
    QList<double> widths = columnWidths(contentsWidth, percents, {});
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    // The fonts resolved for the device once: every cell's layout then shares them and the font engines they found
    // (a font resolved per layout looks its engines up again).
    const QFont body(m_body.font(), device);
    const QFont bold(m_bold.font(), device);
    const auto layoutCell = [&](QTextLayout &layout, double width) {
        const double lineWidth = std::max(0.0, width - 2 * table->padding);
        double y = 0.0;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(lineWidth);
            line.setPosition(QPointF(0, y));
            y += std::ceil(line.ascent() + line.descent() + line.leading());
        }
        layout.endLayout();
    };
    // A cell's text laid out at its column's width, or the layout of a cell laid out the same before.
    const auto cell = [&](const QString &text, bool strong, double width) {
        std::shared_ptr<QTextLayout> &layout
            = m_handler->cells[CellKey {text, strong, std::max(0.0, width - 2 * table->padding)}];
        if (!layout) {
            layout = std::make_shared<QTextLayout>(text, strong ? bold : body, device);
            layout->setTextOption(option);
            layout->setCacheEnabled(true);
            layoutCell(*layout, width);
        }
        return layout;
    };
    struct CellText
    {
        QString text;
        bool strong = false;
    };
    std::vector<DirectTable::Row *> all;
    std::vector<std::vector<CellText>> texts; // of each row in all, for laying a column out again
    const auto layoutRow = [&](DirectTable::Row &row, const QStringList &cells, bool strongRow) {
        std::vector<CellText> rowTexts;
        for (int c = 0; c < columns; ++c) {
            QString text = cells.value(c);
            text.replace(QLatin1Char('\n'), QChar::LineSeparator);
            const bool strong = strongRow || (facts && c == 0) || (lights && c == 1);
            if (lights && c == 0) // a light's cell has no text (no lines)
                row.cells.push_back(std::make_shared<QTextLayout>(text, body, device));
            else
                row.cells.push_back(cell(text, strong, widths.at(c)));
            rowTexts.push_back({text, strong});
        }
        all.push_back(&row);
        texts.push_back(std::move(rowTexts));
    };
    if (headed)
        layoutRow(table->header, data.header, true);
    table->rows.resize(size_t(data.rows.size()));
    for (int r = 0; r < data.rows.size(); ++r) {
        layoutRow(table->rows[size_t(r)], data.rows.at(r), data.strongRows.contains(r));
        if (lights) {
            table->rows[size_t(r)].light = int(m_handler->lights.size());
            m_handler->lights.append(block.lights.at(r).light);
        }
    }
    // A column narrower than its widest word grows to it, and the columns after it give up the room, as QTextTable
    // does (words are never broken). Each cell is laid out again at its column's new width.
    QList<double> minimum(columns, 1.0);
    if (lights)
        minimum[0] = table->lightSide + 2 * table->padding;
    for (const DirectTable::Row *row : all) {
        for (int c = 0; c < columns; ++c)
            minimum[c] = std::max(minimum.at(c), row->cells[size_t(c)]->minimumWidth() + 2 * table->padding);
    }
    const QList<double> grown = columnWidths(contentsWidth, percents, minimum);
    double total = 0.0;
    for (int c = 0; c < columns; ++c) {
        total += grown.at(c);
        if (grown.at(c) == widths.at(c))
            continue;
        for (size_t r = 0; r < all.size(); ++r) {
            if (!lights || c > 0)
                all[r]->cells[size_t(c)] = cell(texts[r][size_t(c)].text, texts[r][size_t(c)].strong, grown.at(c));
        }
    }
    // Wider than the page (the columns' words do not fit side by side): QTextTable lets it run past the margin.
    if (total > contentsWidth + 0.5)
        return -1;
    widths = grown;
    double x = 0.0;
    for (int c = 0; c < columns; ++c) {
        table->x.append(x);
        x += widths.at(c);
    }
    // Each row as high as its highest cell; a line wider than its column (a word QTextTable would still have to fit)
    // sends the table through QTextTable.
    for (DirectTable::Row *row : all) {
        row->height = 0.0;
        for (int c = 0; c < columns; ++c) {
            const QTextLayout &layout = *row->cells[size_t(c)];
            const double lineWidth = std::max(0.0, widths.at(c) - 2 * table->padding);
            double y = 0.0;
            for (int l = 0; l < layout.lineCount(); ++l) {
                const QTextLine line = layout.lineAt(l);
                if (line.naturalTextWidth() > lineWidth + 0.5)
                    return -1;
                y = line.y() + std::ceil(line.ascent() + line.descent() + line.leading());
            }
            if (lights && c == 0)
                y = std::ceil(table->lightSide); // the light object's line: its height, no descent
            row->height = std::max(row->height, std::ceil(y + 2 * table->padding));
        }
    }
    for (int r = 0; r < int(table->rows.size()); ++r) {
        if (table->height(r, r + 1, true) > pageHeight - table->slack)
            return -1;
    }
    m_handler->tables.push_back(std::move(table));
    return int(m_handler->tables.size()) - 1;
}

QList<double> BlockWriter::columnWidths(double contentsWidth, const QList<double> &percents,
                                        const QList<double> &minimum)
{
    // QTextDocumentLayout's widths for percentage columns: each column its share of the width, or its widest word
    // when that is wider; a column then gets at most what is left after the columns before it less the widest words
    // of the columns after it, so the room a grown column takes comes from the columns after it.
    double totalPercent = 0.0;
    double totalMinimum = 0.0;
    for (int c = 0; c < percents.size(); ++c) {
        totalPercent += percents.at(c);
        totalMinimum += minimum.value(c, 0.0);
    }
    QList<double> widths;
    double remaining = contentsWidth;
    double remainingMinimum = totalMinimum;
    for (int c = 0; c < percents.size(); ++c) {
        const double least = minimum.value(c, 0.0);
        remainingMinimum -= least;
        const double share = totalPercent > 0 ? contentsWidth * percents.at(c) / totalPercent : 0.0;
        const double width = share >= least ? std::max(least, std::min(share, remaining - remainingMinimum)) : least;
        widths.append(width);
        remaining -= width;
    }
    return widths;
}

int BlockWriter::tableChunk(int table, int from, int to, bool lead, int *chunk)
{
    // The first block's top margin is the table's (tableFormat), so it meets the block before as the table frame's
    // did. A block that starts a page has it inside its object instead: such a block never fits the room left on the
    // page before (it holds the header and at least the row that did not fit there), so Qt moves it to the next page,
    // where a block's top margin would be dropped; QTextTable repeats its header below the frame's top margin.
    QTextBlockFormat format;
    if (!lead)
        format.setTopMargin(3);
    newBlock(format, m_body);
    *chunk = int(m_handler->chunks.size());
    m_handler->chunks.append({table, from, to, lead});
    m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), objectFormat(kTableObject, *chunk));
    return m_cursor.block().position();
}

// One row per light: the symbol, the label naming the light, and the reason.
void BlockWriter::lightRows(const ReportBlock &block)
{
    if (block.lights.isEmpty())
        return;
    newBlock(QTextBlockFormat(), m_body);
    QTextTableFormat format = tableFormat(0, false);
    format.setCellPadding(1.5);
    setWidths(format, {4, 27, 69}, 3);
    QTextTable *cells = m_cursor.insertTable(int(block.lights.size()), 3, format);
    for (int r = 0; r < block.lights.size(); ++r) {
        const ReportBlock::LightRow &row = block.lights.at(r);
        const QTextCharFormat object = objectFormat(kLightObject, int(m_handler->lights.size()));
        m_handler->lights.append(row.light);
        cells->cellAt(r, 0).firstCursorPosition().insertText(QString(QChar::ObjectReplacementCharacter), object);
        cells->cellAt(r, 1).firstCursorPosition().insertText(row.label, m_bold);
        QString reason = row.reason;
        reason.replace(QLatin1Char('\n'), QChar::LineSeparator);
        cells->cellAt(r, 2).firstCursorPosition().insertText(reason, m_body);
    }
    moveAfterTable();
    m_first = false;
}

// --- Objects ---

QTextCharFormat BlockWriter::objectFormat(int type, int index) const
{
    QTextCharFormat object;
    object.setObjectType(type);
    object.setProperty(kObjectIndex, index);
    return object;
}

void BlockWriter::chart(const ReportBlock &block)
{
    QTextBlockFormat format;
    format.setTopMargin(4);
    format.setBottomMargin(4);
    newBlock(format, m_body);
    const QTextCharFormat object = objectFormat(kChartObject, int(m_handler->charts.size()));
    m_handler->charts.append(block.chart);
    m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
}

void BlockWriter::light(const ReportBlock &block)
{
    QTextBlockFormat format;
    format.setTopMargin(2);
    format.setBottomMargin(4);
    newBlock(format, m_body);
    QTextCharFormat object = objectFormat(kLightObject, int(m_handler->lights.size()));
    object.setVerticalAlignment(QTextCharFormat::AlignMiddle);
    m_handler->lights.append(block.light);
    m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
    QTextCharFormat name = charFormat(12.0, true);
    name.setVerticalAlignment(QTextCharFormat::AlignMiddle);
    m_cursor.insertText(QStringLiteral("  ") + block.text, name);
    if (!block.items.isEmpty()) {
        m_cursor.insertBlock(QTextBlockFormat(), m_body);
        list(block.items);
    }
}

void BlockWriter::trend(const ReportBlock &block)
{
    QTextBlockFormat format;
    format.setTopMargin(2);
    format.setBottomMargin(2);
    newBlock(format, m_body);
    const QTextCharFormat object = objectFormat(kTrendObject, int(m_handler->trends.size()));
    m_handler->trends.append(block.trend);
    m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
}

void BlockWriter::drawing(const ReportBlock &block)
{
    if (!block.drawing || block.drawingSize.isEmpty())
        return;
    newBlock(QTextBlockFormat(), m_body);
    const QTextCharFormat object = objectFormat(kDrawingObject, int(m_handler->drawings.size()));
    m_handler->drawings.append(block);
    m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
}

void BlockWriter::picture(const ReportBlock &block)
{
    if (block.picture.isNull())
        return;
    newBlock(QTextBlockFormat(), m_body);
    const QString name = QStringLiteral("picture-%1").arg(m_cursor.position());
    m_document->addResource(QTextDocument::ImageResource, QUrl(name), block.picture);
    QTextImageFormat image;
    image.setName(name);
    // Image sizes are in 96 dpi pixels (the layout scales them to the device): fit the body width.
    const double bodyWidth96 = (ReportDocument::kPageWidthMm - 2 * ReportDocument::kMarginMm) / 25.4 * 96.0;
    const double scale = std::min(1.0, bodyWidth96 / std::max(1, block.picture.width()));
    image.setWidth(block.picture.width() * scale);
    image.setHeight(block.picture.height() * scale);
    m_cursor.insertImage(image);
}

void ReportDocument::resetDocument()
{
    m_document->clear();
    m_cachedFrom = 0;
    m_handler->charts.clear();
    m_handler->lights.clear();
    m_handler->trends.clear();
    m_handler->drawings.clear();
    m_handler->tables.clear();
    m_handler->chunks.clear();
}

bool ReportDocument::build(const QList<ReportBlock> &firstPage, bool onlyIfItFits)
{
    // One edit block for page 1 (closed before each of its data tables), laid out when it closes; then one for the
    // appendix, laid out as it is written. The whole report keeps each heading with what follows it: page 1's headings
    // are measured once what comes before the next table (or the end of page 1) is laid out (a heading's place depends
    // only on what comes before it; each measured after the earlier moves), and in the
    // appendix the edit block is closed before the block after a heading is written, the heading is measured (the
    // layout covers only what was added since the last heading) and moved to the next page when it ends in the last
    // lines of one.
    m_document->setUndoRedoEnabled(false);
    BlockWriter writer(m_document.get(), m_handler.get());
    m_appendixPosition = -1;
    writer.cursor().beginEditBlock();
    QList<int> firstPageHeadings; // not yet measured
    // Lays out what page 1 has so far and measures its headings; false when a trial already takes more than a page.
    const auto layOutPageOneSoFar = [&] {
        cacheLayouts();
        writer.cursor().endEditBlock();
        if (onlyIfItFits && m_document->pageCount() > 1)
            return false;
        for (const int position : std::as_const(firstPageHeadings))
            keepHeadingWithNext(m_document->findBlock(position));
        firstPageHeadings.clear();
        return true;
    };
    for (const ReportBlock &block : firstPage) {
        if (isTable(block.kind)) {
            // A table's rows are placed by where it starts: what comes before it is laid out and its headings measured
            // first. A trial stops here when page 1 already takes more than a page.
            if (!layOutPageOneSoFar())
                return false;
            writer.cursor().beginEditBlock();
            if (writeTable(writer, block))
                continue;
        }
        writer.write(block);
        if (block.kind == ReportBlock::Kind::Heading)
            firstPageHeadings.append(writer.cursor().block().position());
    }
    if (!layOutPageOneSoFar())
        return false;

    writer.cursor().beginEditBlock();
    int heading = -1; // position of the last heading written, not yet measured
    for (int i = 0; i < m_content.blocks.size(); ++i) {
        const ReportBlock &block = m_content.blocks.at(i);
        const int introducedBy = heading; // the heading this block follows, or -1
        if (heading >= 0) {
            cacheLayouts();
            writer.cursor().endEditBlock();
            keepHeadingWithNext(m_document->findBlock(heading));
            writer.cursor().beginEditBlock();
            heading = -1;
        }
        if (isTable(block.kind) && (i > 0 || firstPage.isEmpty()) && writeTable(writer, block)) {
            continue;
        }
        writer.write(block);
        if (introducedBy >= 0 && isWhole(block.kind)) {
            // A chart, map or picture is never split: when it does not fit below its heading it goes to the next
            // page, and the heading goes with it.
            cacheLayouts();
            writer.cursor().endEditBlock();
            const QTextBlock introduced = m_document->findBlock(introducedBy);
            keepHeadingWith(introduced, introduced.next());
            writer.cursor().beginEditBlock();
        }
        if (block.kind == ReportBlock::Kind::Heading)
            heading = writer.cursor().block().position();
        if (i == 0 && !firstPage.isEmpty()) {
            // The appendix starts on a page of its own.
            QTextBlockFormat format = writer.cursor().blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            writer.cursor().setBlockFormat(format);
            m_appendixPosition = writer.cursor().block().position();
            // Page 1 fits when the appendix starts on page 2. When page 1 ends within a line of its foot, Qt's page
            // break before the appendix can skip a page and leave page 2 empty: a variant that does that does not fit.
            cacheLayouts();
            writer.cursor().endEditBlock();
            if (onlyIfItFits && appendixPage() != 1)
                return false;
            writer.cursor().beginEditBlock();
        }
    }
    cacheLayouts();
    writer.cursor().endEditBlock();
    if (heading >= 0)
        keepHeadingWithNext(m_document->findBlock(heading));
    return true;
}

bool ReportDocument::writeTable(BlockWriter &writer, const ReportBlock &source)
{
    // The table's first block takes the rows that fit the room left on its page: it is written with the header alone
    // first, laid out (the layout covers only what was added since the last measure) and measured; then it takes its
    // rows (or goes to the next page when not even one fits), and every further page holds a block of its own.
    const double pageHeight = m_document->pageSize().height();
    const int table = writer.layoutTable(source, pageHeight);
    if (table < 0)
        return false;
    const DirectTable &layout = *m_handler->tables[size_t(table)];
    const int rows = int(layout.rows.size());
    int chunk = 0;
    const int position = writer.tableChunk(table, 0, 0, false, &chunk);
    cacheLayouts();
    writer.cursor().endEditBlock();
    const QTextBlock block = m_document->findBlock(position);
    const double top = m_document->documentLayout()->blockBoundingRect(block).top() + block.layout()->lineAt(0).y();
    const double pageBottom = (std::floor((top + 1.0) / pageHeight) + 1.0) * pageHeight;
    TableChunk &first = m_handler->chunks[chunk];
    first.to = layout.rowsThatFit(0, pageBottom - top, false, false);
    if (first.to == 0 && rows > 0 && keepHeadingWith(block.previous(), block)) {
        // Not one row fits below the table's heading: the heading has gone to the next page, and the table follows
        // it there.
        const double movedTop
            = m_document->documentLayout()->blockBoundingRect(block).top() + block.layout()->lineAt(0).y();
        const double movedBottom = (std::floor((movedTop + 1.0) / pageHeight) + 1.0) * pageHeight;
        first.to = layout.rowsThatFit(0, movedBottom - movedTop, false, false);
    }
    if (first.to == 0 && rows > 0) {
        // Not even one row fits: the table starts on the next page (its object no longer fits this one).
        QTextBlockFormat format = block.blockFormat();
        format.setTopMargin(0);
        QTextCursor(block).setBlockFormat(format);
        first.lead = true;
        first.to = layout.rowsThatFit(0, pageHeight, true, true);
    }
    int to = first.to;
    m_document->markContentsDirty(position, 1);
    writer.cursor().beginEditBlock();
    while (to < rows) {
        const int from = to;
        to = layout.rowsThatFit(from, pageHeight, true, true);
        writer.tableChunk(table, from, to, true, &chunk);
    }
    return true;
}

void ReportDocument::cacheLayouts()
{
    // Qt shapes a block's text when it lays the block out and, unless its layout keeps the glyphs, frees them at the
    // end of the layout and shapes the text again to paint it. The report is laid out once and painted once, so every
    // block keeps its glyphs (the same glyphs: painting shapes the same text with the same fonts).
    for (QTextBlock block = m_document->findBlock(m_cachedFrom); block.isValid(); block = block.next()) {
        block.layout()->setCacheEnabled(true);
        m_cachedFrom = block.position();
    }
}

int ReportDocument::appendixPage() const
{
    if (m_appendixPosition < 0)
        return -1;
    const QTextBlock block = m_document->findBlock(m_appendixPosition);
    const QRectF rect = m_document->documentLayout()->blockBoundingRect(block);
    return int(std::floor((rect.top() + 1.0) / m_document->pageSize().height()));
}

void ReportDocument::keepHeadingWithNext(const QTextBlock &block)
{
    // A heading in the last few lines of a page moves to the next page, with what it introduces. Measured when
    // everything before it is laid out (its place depends on nothing after it), so each move is measured against
    // the pages as the earlier moves left them.
    QTextBlockFormat format = block.blockFormat();
    if (format.headingLevel() == 0 || (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
        return;
    const double pageHeight = m_document->pageSize().height();
    const QRectF rect = m_document->documentLayout()->blockBoundingRect(block);
    const double pageTop = std::floor(rect.top() / pageHeight) * pageHeight;
    if (rect.top() - pageTop < 1.0 || pageTop + pageHeight - rect.bottom() >= mm(22))
        return;
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(block).setBlockFormat(format);
}

bool ReportDocument::isTable(ReportBlock::Kind kind)
{
    using Kind = ReportBlock::Kind;
    return kind == Kind::Table || kind == Kind::Facts || kind == Kind::Lights;
}

bool ReportDocument::isWhole(ReportBlock::Kind kind)
{
    using Kind = ReportBlock::Kind;
    return kind == Kind::Chart || kind == Kind::Picture || kind == Kind::Trend || kind == Kind::Drawing;
}

bool ReportDocument::keepHeadingWith(const QTextBlock &heading, const QTextBlock &next)
{
    // The heading moves to the next page when what follows it starts on a later page than the heading (measured at
    // its first line: a block Qt moved to the next page still begins on the page before). The heading that starts
    // the appendix is at a page's top already.
    if (!heading.isValid() || !next.isValid() || heading.blockFormat().headingLevel() == 0)
        return false;
    QTextBlockFormat format = heading.blockFormat();
    if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
        return false;
    const double pageHeight = m_document->pageSize().height();
    const QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    const double headingTop = layout->blockBoundingRect(heading).top() + heading.layout()->lineAt(0).y();
    const double nextTop = layout->blockBoundingRect(next).top() + next.layout()->lineAt(0).y();
    if (std::floor((nextTop + 1.0) / pageHeight) <= std::floor((headingTop + 1.0) / pageHeight))
        return false;
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(heading).setBlockFormat(format);
    return true;
}

void ReportDocument::paintPage(QPainter &painter, int index) const
{
    if (!m_document)
        return;
    const double left = mm(kMarginMm);
    const double width = mm(pageWidthMm() - 2 * kMarginMm);
    const double bodyHeight = mm(bodyBottomMm() - kBodyTopMm);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    // Header: municipality left, report date right, a rule under them.
    QFont small = bodyFont();
    small.setPointSizeF(8.0);
    painter.setFont(small);
    painter.setPen(kInk);
    const QFontMetricsF metrics(small, painter.device());
    const QRectF headerRect(left, mm(kTopMm), width, metrics.height());
    const QString right = metrics.elidedText(m_content.headerRight, Qt::ElideRight, width / 2);
    const QString leftText
        = metrics.elidedText(m_content.headerLeft, Qt::ElideRight, width - metrics.horizontalAdvance(right) - mm(4));
    painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignVCenter, leftText);
    painter.drawText(headerRect, Qt::AlignRight | Qt::AlignVCenter, right);
    painter.setPen(QPen(kRule, mm(0.2)));
    painter.drawLine(QPointF(left, headerRect.bottom() + mm(1.5)),
                     QPointF(left + width, headerRect.bottom() + mm(1.5)));

    // Body: this page's slice of the document.
    painter.save();
    painter.translate(left, mm(kBodyTopMm));
    const QRectF slice(0, index * bodyHeight, width, bodyHeight);
    // A little room at the sides so table borders on the edge are not clipped.
    painter.setClipRect(QRectF(-mm(1), 0, width + mm(2), bodyHeight));
    painter.translate(0, -slice.top());
    QAbstractTextDocumentLayout::PaintContext context;
    // The next page's first block starts on the slice's bottom edge: leave it out (its text would be in this page's
    // PDF, clipped but still read by text extraction).
    context.clip = slice.adjusted(-mm(1), 0, mm(1), -1);
    context.palette.setColor(QPalette::Text, kInk);
    m_document->documentLayout()->draw(&painter, context);
    painter.restore();

    // Footer: "Page X of Y".
    painter.setPen(kInk);
    painter.setFont(small);
    const QRectF footerRect(left, mm(footerMm()), width, metrics.height());
    painter.drawText(footerRect, Qt::AlignHCenter | Qt::AlignVCenter,
                     tr("Page %1 of %2").arg(index + 1).arg(m_pageCount));
    painter.restore();
}

bool ReportDocument::print(QPagedPaintDevice *device, QString *error)
{
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                      m_content.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                      QMarginsF(0, 0, 0, 0)));
    layoutFor(device);
    QPainter painter;
    if (!painter.begin(device)) {
        *error = tr("The report could not be written.");
        return false;
    }
    const double dpi = device->logicalDpiY();
    // The painter's origin is the printable area's corner; pages are laid out from the paper's corner.
    const QRect paint = device->pageLayout().paintRectPixels(int(dpi));
    for (int page = 0; page < m_pageCount; ++page) {
        if (page > 0 && !device->newPage()) {
            painter.end();
            *error = tr("The report could not be written.");
            return false;
        }
        painter.save();
        painter.translate(-paint.topLeft());
        paintPage(painter, page);
        painter.restore();
    }
    if (!painter.end()) {
        *error = tr("The report could not be written.");
        return false;
    }
    return true;
}

QList<QImage> ReportDocument::renderPages(int dpi)
{
    const int dotsPerMeter = int(std::lround(dpi / 0.0254));
    // The layout keeps its device: the prototype lives as long as the document.
    m_prototype = QImage(1, 1, QImage::Format_RGB32);
    m_prototype.setDotsPerMeterX(dotsPerMeter);
    m_prototype.setDotsPerMeterY(dotsPerMeter);
    layoutFor(&m_prototype);
    const QSize size(int(std::lround(pageWidthMm() / 25.4 * dpi)), int(std::lround(pageHeightMm() / 25.4 * dpi)));
    QList<QImage> pages;
    for (int page = 0; page < m_pageCount; ++page) {
        QImage image(size, QImage::Format_RGB32);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        image.fill(Qt::white);
        QPainter painter(&image);
        paintPage(painter, page);
        painter.end();
        pages.append(image);
    }
    return pages;
}

} // namespace parat

#include "ReportDocument.moc"
