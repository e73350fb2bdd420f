#include "ReportDocument.h"

#include "report/TrendChart.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextObjectInterface>
#include <QTextTable>

#include <cmath>

namespace parat {

namespace {

constexpr int kChartObject = QTextFormat::UserObject + 1;
constexpr int kLightObject = QTextFormat::UserObject + 2;
constexpr int kTrendObject = QTextFormat::UserObject + 3;
constexpr int kDrawingObject = QTextFormat::UserObject + 4;
constexpr int kObjectIndex = QTextFormat::UserProperty + 1;

const QColor kInk(0, 0, 0);
const QColor kRule(0x80, 0x80, 0x80);
const QColor kHeaderFill(0xe6, 0xe6, 0xe6);

QTextCharFormat charFormat(double pointSize, bool bold = false, bool italic = false)
{
    QTextCharFormat format;
    QFont font = ReportDocument::bodyFont();
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setItalic(italic);
    format.setFont(font);
    format.setForeground(kInk);
    return format;
}

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
    const QPaintDevice *device = nullptr;
    double width = 0.0; // body width in device pixels

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        const int index = format.property(kObjectIndex).toInt();
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
        if (format.objectType() == kChartObject) {
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
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    layout->setPaintDevice(const_cast<QPaintDevice *>(device));
    layout->registerHandler(kChartObject, m_handler.get());
    layout->registerHandler(kLightObject, m_handler.get());
    layout->registerHandler(kTrendObject, m_handler.get());
    layout->registerHandler(kDrawingObject, m_handler.get());
    m_document->setDocumentMargin(0);
    m_document->setDefaultFont(bodyFont());
    QTextOption option = m_document->defaultTextOption();
    // Words are never broken: a column too narrow for a word grows (the widths are chosen so none must).
    option.setWrapMode(QTextOption::WordWrap);
    m_document->setDefaultTextOption(option);
    m_document->setMetaInformation(QTextDocument::DocumentTitle, m_content.title);
    m_document->setPageSize(QSizeF(mm(pageWidthMm() - 2 * kMarginMm), mm(bodyBottomMm() - kBodyTopMm)));
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

namespace {

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
    const QTextCharFormat m_italic = charFormat(9.0, false, true);
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
    const QTextCharFormat chars = block.kind == ReportBlock::Kind::Note ? m_italic : block.strong ? m_bold : m_body;
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

} // namespace

void ReportDocument::resetDocument()
{
    m_document->clear();
    m_cachedFrom = 0;
    m_handler->charts.clear();
    m_handler->lights.clear();
    m_handler->trends.clear();
    m_handler->drawings.clear();
}

bool ReportDocument::build(const QList<ReportBlock> &firstPage, bool onlyIfItFits)
{
    // One edit block for page 1, laid out when it closes; then one for the appendix, laid out as it is written. The
    // whole report keeps each heading with what follows it: page 1's headings are measured once page 1 is laid out
    // (a heading's place depends only on what comes before it; each measured after the earlier moves), and in the
    // appendix the edit block is closed before the block after a heading is written, the heading is measured (the
    // layout covers only what was added since the last heading) and moved to the next page when it ends in the last
    // lines of one.
    m_document->setUndoRedoEnabled(false);
    BlockWriter writer(m_document.get(), m_handler.get());
    m_appendixPosition = -1;
    writer.cursor().beginEditBlock();
    QList<int> firstPageHeadings;
    for (const ReportBlock &block : firstPage) {
        writer.write(block);
        if (block.kind == ReportBlock::Kind::Heading)
            firstPageHeadings.append(writer.cursor().block().position());
    }
    cacheLayouts();
    writer.cursor().endEditBlock();
    if (onlyIfItFits && m_document->pageCount() > 1)
        return false;
    for (const int position : std::as_const(firstPageHeadings))
        keepHeadingWithNext(m_document->findBlock(position));

    writer.cursor().beginEditBlock();
    int heading = -1; // position of the last heading written, not yet measured
    for (int i = 0; i < m_content.blocks.size(); ++i) {
        const ReportBlock &block = m_content.blocks.at(i);
        if (heading >= 0) {
            cacheLayouts();
            writer.cursor().endEditBlock();
            keepHeadingWithNext(m_document->findBlock(heading));
            writer.cursor().beginEditBlock();
            heading = -1;
        }
        writer.write(block);
        if (block.kind == ReportBlock::Kind::Heading)
            heading = writer.cursor().block().position();
        if (i == 0 && !firstPage.isEmpty()) {
            // The appendix starts on a page of its own.
            QTextBlockFormat format = writer.cursor().blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            writer.cursor().setBlockFormat(format);
            m_appendixPosition = writer.cursor().block().position();
        }
    }
    cacheLayouts();
    writer.cursor().endEditBlock();
    if (heading >= 0)
        keepHeadingWithNext(m_document->findBlock(heading));
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
