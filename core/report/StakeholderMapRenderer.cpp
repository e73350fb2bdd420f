#include "report/StakeholderMapRenderer.h"

#include "report/GlyphBatch.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace parat {

namespace {

QFontMetricsF metrics(const QFont &font, const QPaintDevice *device)
{
    // QFontMetricsF needs a non-const device pointer; it only reads its resolution.
    return device ? QFontMetricsF(font, const_cast<QPaintDevice *>(device)) : QFontMetricsF(font);
}

QFont boldOf(QFont font)
{
    font.setBold(true);
    return font;
}

QFont smallerOf(QFont font)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.85);
    else if (font.pixelSize() > 0)
        font.setPixelSize(std::max(6, int(font.pixelSize() * 0.85)));
    return font;
}

constexpr int kSteps = 5; // engagement levels

double pipSize(double lineHeight)
{
    return std::max(4.0, lineHeight * 0.6);
}

// The name on a badge, broken at spaces onto at most three lines ('\n') and elided only when even those are
// too short, so "Afdelingsleder, Handicap og familie" is read whole on the map.
constexpr int kMaxLabelLines = 3;

// Widths of texts in one font, each text measured once: a map measures each name, and the first words of the long
// ones, for every badge width it tries (twice when it tries the map without the list of names).
class Advances
{
public:
    explicit Advances(const QFontMetricsF &fm)
        : m_fm(fm)
    { }

    const QFontMetricsF &metrics() const { return m_fm; }
    double operator()(const QString &text)
    {
        const auto known = m_widths.constFind(text);
        if (known != m_widths.cend())
            return *known;
        const double width = m_fm.horizontalAdvance(text);
        m_widths.insert(text, width);
        return width;
    }

private:
    QFontMetricsF m_fm;
    QHash<QString, double> m_widths;
};

// text elided to width, as QFontMetricsF::elidedText gives it; a text its measured width shows fits is returned as
// it is without shaping it again (elidedText returns such a text unchanged: its width, a sum of 1/64 px advances, is
// within width rounded to 1/64).
QString elided(Advances &advance, const QString &text, double width)
{
    return advance(text) <= width ? text : advance.metrics().elidedText(text, Qt::ElideRight, width);
}

QString badgeLabel(Advances &advance, const QString &name, double width)
{
    if (advance(name) <= width)
        return name;
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    int next = 0;
    while (next < words.size() && lines.size() < kMaxLabelLines - 1) {
        int count = 1; // at least one word a line, elided if it must be
        while (next + count < words.size() && advance(words.mid(next, count + 1).join(QLatin1Char(' '))) <= width)
            ++count;
        lines.append(elided(advance, words.mid(next, count).join(QLatin1Char(' ')), width));
        next += count;
    }
    if (next < words.size())
        lines.append(elided(advance, words.mid(next).join(QLatin1Char(' ')), width));
    return lines.join(QLatin1Char('\n'));
}

// The list of names takes at most this share of the map's height; beyond it the names are left to the hover.
constexpr double kMaxNamesShare = 0.4;

// Lays the list of names out in columns (read downwards) across width, from top; returns the entries with their
// rectangles, or nothing when the list would be taller than maxHeight.
QList<StakeholderMapLayout::NameEntry> layoutNames(const StakeholderMapData &data, const QFontMetricsF &fm, double left,
                                                   double top, double width, double maxHeight, double *height)
{
    QList<StakeholderMapLayout::NameEntry> entries;
    const int n = int(data.markers.size());
    *height = 0;
    if (n == 0 || width <= 0)
        return entries;
    const double gap = fm.averageCharWidth() * 2;
    double widest = 0;
    for (int index = 0; index < n; ++index) {
        StakeholderMapLayout::NameEntry entry;
        entry.index = index;
        entry.id = data.markers.at(index).id;
        entry.number = index + 1;
        entry.text = stakeholderMapEntry(entry.number, data.markers.at(index).name);
        widest = std::max(widest, fm.horizontalAdvance(entry.text) + gap);
        entries.append(entry);
    }
    const int cols = std::clamp(int(width / std::max(1.0, widest)), 1, n);
    const int rows = (n + cols - 1) / cols;
    const double colW = width / cols;
    // A row is as tall as its tallest entry (a name wider than its column wraps onto more lines).
    QList<double> rowHeights(rows, fm.height());
    const auto heightOf = [&](const QString &text) {
        return fm.boundingRect(QRectF(0, 0, colW - gap, 1e6), Qt::TextWordWrap, text).height();
    };
    for (int k = 0; k < n; ++k)
        rowHeights[k % rows] = std::max(rowHeights[k % rows], heightOf(entries.at(k).text));
    double total = 0;
    for (double h : std::as_const(rowHeights))
        total += h;
    if (total > maxHeight)
        return {};
    for (int k = 0; k < n; ++k) {
        const int col = k / rows;
        const int row = k % rows;
        double y = top;
        for (int r = 0; r < row; ++r)
            y += rowHeights.at(r);
        entries[k].rect = QRectF(left + col * colW, y, colW - gap, rowHeights.at(row));
    }
    *height = total;
    return entries;
}

} // namespace

QString stakeholderMapEntry(int number, const QString &name)
{
    return QStringLiteral("%1. %2").arg(number).arg(name);
}

StakeholderMapData stakeholderMapData(const QList<Stakeholder> &stakeholders, const QString &title)
{
    StakeholderMapData data;
    data.title = title;
    for (const Stakeholder &s : stakeholders)
        data.markers.append({s.id, s.name, s.influence, s.affectedness, s.engagementNow, s.engagementTarget});
    return data;
}

Id StakeholderMapLayout::markerAt(const QPointF &point) const
{
    for (auto it = markers.crbegin(); it != markers.crend(); ++it) {
        if (it->rect.contains(point))
            return it->id;
    }
    return 0;
}

Id StakeholderMapLayout::nameAt(const QPointF &point) const
{
    for (const NameEntry &entry : names) {
        if (entry.rect.contains(point))
            return entry.id;
    }
    return 0;
}

const StakeholderMapLayout::MarkerPlace *StakeholderMapLayout::marker(Id id) const
{
    for (const MarkerPlace &place : markers) {
        if (place.id == id)
            return &place;
    }
    return nullptr;
}

void StakeholderMapLayout::cellAt(const QPointF &point, int *influence, int *affectedness) const
{
    int bestInfluence = 0;
    int bestAffectedness = 0;
    double best = -1.0;
    for (int i = 0; i < 4; ++i) {
        for (int a = 0; a < 4; ++a) {
            const QRectF &cell = cells[i][a];
            const double dx
                = point.x() < cell.left() ? cell.left() - point.x() : std::max(0.0, point.x() - cell.right());
            const double dy
                = point.y() < cell.top() ? cell.top() - point.y() : std::max(0.0, point.y() - cell.bottom());
            const double distance = dx * dx + dy * dy;
            if (best < 0 || distance < best) {
                best = distance;
                bestInfluence = i;
                bestAffectedness = a;
            }
        }
    }
    *influence = bestInfluence;
    *affectedness = bestAffectedness;
}

namespace {

// The fonts and measures a map is laid out with.
struct MapMetrics
{
    MapMetrics(const QFont &font, const QPaintDevice *device)
        : fm(metrics(font, device))
        , small(metrics(smallerOf(font), device))
        , smallBold(metrics(boldOf(smallerOf(font)), device))
        , lh(fm.height())
        , pad(std::max(2.0, lh * 0.3))
        , pip(pipSize(lh))
        // Badges ask for room for about 20 characters, and take up to 30 when the cell has room.
        , wantedW(std::max(fm.averageCharWidth() * 20, kSteps * pip * 1.8 + pad * 2))
        , widestW(std::max(fm.averageCharWidth() * 30, wantedW))
        , names(fm)
    { }

    QFontMetricsF fm;
    QFontMetricsF small;
    QFontMetricsF smallBold;
    double lh;
    double pad;
    double pip;
    double wantedW;
    double widestW;
    mutable Advances names; // the badges' names in fm
};

// The title on top, the legend under everything and the list of names above it; returns the area left between.
QRectF layOutEdges(StakeholderMapLayout &layout, const QRectF &bounds, const StakeholderMapData &data,
                   const MapMetrics &m, bool withNames)
{
    const double lh = m.lh;
    const double pad = m.pad;
    QRectF area = bounds.adjusted(pad, pad, -pad, -pad);
    if (!data.title.isEmpty()) {
        layout.titleRect = QRectF(area.left(), area.top(), area.width(), lh * 1.2);
        area.setTop(layout.titleRect.bottom() + pad);
    }
    layout.legendRect = QRectF(area.left(), area.bottom() - lh, area.width(), lh);
    area.setBottom(layout.legendRect.top() - pad);
    double namesHeight = 0;
    const double maxNames = std::max(0.0, area.height() * kMaxNamesShare);
    if (withNames)
        layout.names = layoutNames(data, m.small, area.left(), 0, area.width(), maxNames, &namesHeight);
    if (!layout.names.isEmpty()) {
        const double namesTop = area.bottom() - namesHeight;
        for (StakeholderMapLayout::NameEntry &entry : layout.names)
            entry.rect.translate(0, namesTop);
        layout.namesRect = QRectF(area.left(), namesTop, area.width(), namesHeight);
        area.setBottom(namesTop - pad);
    }
    return area;
}

// The plot in the area, with the x axis below it and the y axis on its left.
void layOutPlotAndAxes(StakeholderMapLayout &layout, const QRectF &area, const MapMetrics &m)
{
    const double lh = m.lh;
    const double pad = m.pad;
    const double xAxisHeight = lh * 2 + pad;
    const double yAxisWidth = lh + pad + m.fm.horizontalAdvance(QStringLiteral("3")) + pad * 2;
    layout.plotRect = QRectF(area.left() + yAxisWidth, area.top(), std::max(10.0, area.width() - yAxisWidth),
                             std::max(10.0, area.height() - xAxisHeight));
    const QRectF plot = layout.plotRect;
    layout.yAxisTitleRect = QRectF(area.left(), plot.top(), lh, plot.height());
    layout.xAxisTitleRect = QRectF(plot.left(), plot.bottom() + lh + pad, plot.width(), lh);
}

// Quadrants: a band for name and advice at the outer edge (top for the upper, bottom for the lower). Returns the
// band's height.
double layOutQuadrants(StakeholderMapLayout &layout, const MapMetrics &m)
{
    const QRectF plot = layout.plotRect;
    const double pad = m.pad;
    const double halfW = plot.width() / 2;
    const double halfH = plot.height() / 2;
    const double band = std::min(halfH * 0.45, m.small.height() * 2 + m.fm.height() + pad);
    struct Spec
    {
        Quadrant quadrant;
        bool top;
        bool right;
    };
    const Spec specs[] = {{Quadrant::KeepSatisfied, true, false},
                          {Quadrant::ManageClosely, true, true},
                          {Quadrant::Monitor, false, false},
                          {Quadrant::KeepInformed, false, true}};
    for (const Spec &spec : specs) {
        StakeholderMapLayout::QuadrantPlace place;
        place.quadrant = spec.quadrant;
        place.area = QRectF(plot.left() + (spec.right ? halfW : 0), plot.top() + (spec.top ? 0 : halfH), halfW, halfH);
        place.titleRect = spec.top ? QRectF(place.area.left(), place.area.top(), halfW, band)
                                   : QRectF(place.area.left(), place.area.bottom() - band, halfW, band);
        place.titleRect.adjust(pad, 0, -pad, 0);
        place.title = quadrantName(spec.quadrant);
        place.meaning = quadrantMeaning(spec.quadrant);
        place.advice = quadrantAdvice(spec.quadrant);
        place.alignment = (spec.right ? Qt::AlignRight : Qt::AlignLeft) | (spec.top ? Qt::AlignTop : Qt::AlignBottom);
        layout.quadrants.append(place);
    }
    return band;
}

// The 4 × 4 cells (two rows of cells in each quadrant, under or over its band) and the axes' ticks.
void layOutCells(StakeholderMapLayout &layout, double band, const MapMetrics &m)
{
    const QRectF plot = layout.plotRect;
    const double pad = m.pad;
    const double halfH = plot.height() / 2;
    const double rowH = (halfH - band) / 2;
    const double colW = plot.width() / 4;
    for (int influence = 0; influence < 4; ++influence) {
        double top = 0;
        switch (influence) {
        case 3:
            top = plot.top() + band;
            break;
        case 2:
            top = plot.top() + band + rowH;
            break;
        case 1:
            top = plot.top() + halfH;
            break;
        default:
            top = plot.top() + halfH + rowH;
            break;
        }
        for (int affectedness = 0; affectedness < 4; ++affectedness)
            layout.cells[influence][affectedness] = QRectF(plot.left() + affectedness * colW, top, colW, rowH);
        layout.yTickRects[influence] = QRectF(layout.yAxisTitleRect.right() + pad, top,
                                              plot.left() - layout.yAxisTitleRect.right() - pad * 2, rowH);
    }
    for (int affectedness = 0; affectedness < 4; ++affectedness)
        layout.xTickRects[affectedness]
            = QRectF(plot.left() + affectedness * colW, plot.bottom() + pad / 2, colW, m.lh);
}

// The number sits left of the engagement scale under the name, which stays centred (the same room is kept on its
// right) and leaves the name the badge's width. A badge shrunk to fit its cell (shrunk) has no room for the scale:
// the number then goes before the name, where it is seen.
void layOutBadgeInside(StakeholderMapLayout::MarkerPlace &place, bool shrunk, double labelH, const MapMetrics &m)
{
    const double pad = m.pad;
    const double numberW
        = std::min(place.rect.width() / 4, m.smallBold.horizontalAdvance(QString::number(place.number)) + pad / 2);
    const double labelTop = place.rect.top() + pad / 2;
    if (!shrunk) {
        place.labelRect = QRectF(place.rect.left() + pad / 2, labelTop, place.rect.width() - pad, labelH);
        place.numberRect = QRectF(place.rect.left() + pad / 2, place.labelRect.bottom(), numberW, m.pip + pad);
        place.scaleRect = QRectF(place.numberRect.right(), place.labelRect.bottom(),
                                 std::max(0.0, place.rect.width() - pad - 2 * numberW), m.pip + pad);
    } else {
        place.numberRect = QRectF(place.rect.left() + pad / 2, labelTop, numberW, m.lh);
        place.labelRect = QRectF(place.numberRect.right(), labelTop,
                                 place.rect.right() - pad / 2 - place.numberRect.right(), labelH);
        place.scaleRect = QRectF(place.rect.left(), place.labelRect.bottom(), place.rect.width(), m.pip + pad);
    }
}

// The badges of the markers `here` (indexes into data.markers) in a grid inside cell, in the order of the data.
void layOutCellBadges(StakeholderMapLayout &layout, const StakeholderMapData &data, const QList<int> &here,
                      const QRectF &cell, const MapMetrics &m)
{
    const double lh = m.lh;
    const double pad = m.pad;
    const double pip = m.pip;
    const int n = int(here.size());
    // Columns of badges: as many as fit at the wanted width, more (narrower) before badges overlap.
    const auto columnsFor = [&](double badgeH) {
        int cols = std::min(std::max(1, int(cell.width() / (m.wantedW + 2))), n);
        while (((n + cols - 1) / cols) * (badgeH + 2) > cell.height()
               && cell.width() / (cols + 1) >= kSteps * pip * 1.6 + 4 && cols < n)
            ++cols;
        return cols;
    };
    // A cell with a name longer than its badges' line gives all its badges the lines the longest needs.
    double labelH = lh;
    double badgeH = labelH + pip + pad * 2;
    int cols = columnsFor(badgeH);
    const double labelW = std::min(cell.width() / cols - 4, m.widestW) - pad;
    int lines = 1;
    for (int index : here)
        lines = std::max(lines,
                         int(badgeLabel(m.names, data.markers.at(index).name, labelW).count(QLatin1Char('\n'))) + 1);
    if (lines > 1) {
        labelH = lh * lines;
        badgeH = labelH + pip + pad * 2;
        cols = columnsFor(badgeH);
    }
    const int rows = (n + cols - 1) / cols;
    const double slotW = cell.width() / cols;
    const double slotH = std::min(badgeH + 2, cell.height() / rows);
    const double totalH = slotH * rows;
    const double top = cell.top() + std::max(0.0, (cell.height() - totalH) / 2);
    for (int k = 0; k < n; ++k) {
        const int row = k / cols;
        const int col = k % cols;
        const int inRow = row == rows - 1 ? n - row * cols : cols;
        const double rowLeft = cell.left() + (cell.width() - inRow * slotW) / 2;
        StakeholderMapLayout::MarkerPlace place;
        place.index = here.at(k);
        place.id = data.markers.at(place.index).id;
        place.number = place.index + 1;
        const double w = std::min(slotW - 4, m.widestW);
        // In a cell too small for its badges they shrink (and clip) rather than leave the cell.
        const double h = std::min(badgeH, std::max(4.0, slotH - 2));
        place.rect = QRectF(rowLeft + col * slotW + (slotW - w) / 2, top + row * slotH + (slotH - h) / 2, w, h);
        layOutBadgeInside(place, h < badgeH, labelH, m);
        place.label = badgeLabel(m.names, data.markers.at(place.index).name, place.labelRect.width());
        layout.markers.append(place);
    }
}

// Markers: a grid of badges inside each cell, in the order of the data.
void layOutMarkers(StakeholderMapLayout &layout, const StakeholderMapData &data, const MapMetrics &m)
{
    for (int influence = 0; influence < 4; ++influence) {
        for (int affectedness = 0; affectedness < 4; ++affectedness) {
            QList<int> here;
            for (int index = 0; index < data.markers.size(); ++index) {
                const StakeholderMapMarker &marker = data.markers.at(index);
                if (std::clamp(marker.influence, 0, 3) == influence
                    && std::clamp(marker.affectedness, 0, 3) == affectedness)
                    here.append(index);
            }
            if (!here.isEmpty())
                layOutCellBadges(layout, data, here, layout.cells[influence][affectedness].adjusted(1, 1, -1, -1), m);
        }
    }
}

StakeholderMapLayout layoutMap(const QRectF &bounds, const StakeholderMapData &data, const MapMetrics &m,
                               bool withNames)
{
    StakeholderMapLayout layout;
    layout.lineHeight = m.lh;
    const QRectF area = layOutEdges(layout, bounds, data, m, withNames);
    layOutPlotAndAxes(layout, area, m);
    const double band = layOutQuadrants(layout, m);
    layOutCells(layout, band, m);
    layOutMarkers(layout, data, m);
    return layout;
}

// Whether a badge shows less than its whole name: elided, or more lines than its badge has room for.
bool cutsAName(const StakeholderMapLayout &layout, const StakeholderMapData &data)
{
    for (const StakeholderMapLayout::MarkerPlace &place : layout.markers) {
        QString shown = place.label;
        if (shown.replace(QLatin1Char('\n'), QLatin1Char(' ')) != data.markers.at(place.index).name)
            return true;
        const int lines = int(place.label.count(QLatin1Char('\n'))) + 1;
        if (place.labelRect.height() + 0.5 < lines * layout.lineHeight
            || place.rect.bottom() + 0.5 < place.labelRect.bottom())
            return true;
    }
    return false;
}

} // namespace

StakeholderMapLayout layoutStakeholderMap(const QRectF &bounds, const StakeholderMapData &data, const QFont &font,
                                          const QPaintDevice *device)
{
    // The list of names under the map takes room from the plot: it is there whenever a badge cannot show its
    // whole name, and otherwise too when the badges keep their whole names beside it.
    const MapMetrics m(font, device);
    const StakeholderMapLayout withNames = layoutMap(bounds, data, m, true);
    if (withNames.names.isEmpty() || !cutsAName(withNames, data))
        return withNames;
    const StakeholderMapLayout without = layoutMap(bounds, data, m, false);
    return cutsAName(without, data) ? withNames : without;
}

namespace {

// The texts of a map, placed as QPainter::drawText(rect, flags, text) places them and drawn as glyph runs
// (GlyphBatch): Qt's PDF writer wraps each drawText line in a graphics state, a colour and a text object of its own,
// and the map has about 200 of them. The placement is qt_format_text's (Qt 6): lines at whole pixels under each
// other from the top of the text, the block aligned in rect, each line aligned on its own. A text that would not fit
// its rectangle (qt_format_text then clips it to the rectangle), or that needs what the rules here leave out (tabs,
// several length variants, right-to-left), is drawn by drawText itself, at once.
class MapTexts
{
public:
    MapTexts(QPainter &painter, const QColor &color)
        : m_painter(painter)
        , m_color(color)
        , m_batch(GlyphBatch::forPdf(painter))
    { }

    void add(const QFont &font, const QRectF &rect, int flags, const QString &text)
    {
        if (text.isEmpty() || rect.isEmpty())
            return; // drawText draws nothing either
        if (!m_batch || text.contains(QLatin1Char('\t')) || text.contains(QChar(0x9c))
            || m_painter.layoutDirection() == Qt::RightToLeft) {
            drawNow(font, rect, flags, text);
            return;
        }
        QString lines = text;
        lines.replace(QLatin1Char('\r'), QLatin1Char(' '));
        lines.replace(QLatin1Char('\n'), QChar::LineSeparator);
        QTextLayout layout(lines, font, m_painter.device());
        QTextOption option;
        option.setTextDirection(m_painter.layoutDirection());
        option.setAlignment(Qt::AlignLeft);
        layout.setTextOption(option);
        layout.setCacheEnabled(true);
        const bool wrap = flags & Qt::TextWordWrap;
        const double lineWidth = wrap ? std::max(0.0, rect.width()) : double(0x01000000);
        const double leading = leadingOf(font);
        double height = -leading;
        double width = 0.0;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(lineWidth);
            height = std::ceil(height + leading);
            line.setPosition(QPointF(0.0, height));
            height += line.ascent() + line.descent();
            width = std::max(width, line.naturalTextWidth());
            if (height >= rect.height())
                break;
        }
        layout.endLayout();
        double yoff = 0.0;
        if (flags & Qt::AlignBottom)
            yoff = rect.height() - height;
        else if (flags & Qt::AlignVCenter)
            yoff = (rect.height() - height) / 2;
        double xoff = 0.0;
        if (flags & Qt::AlignRight)
            xoff = rect.width() - width;
        else if (flags & Qt::AlignHCenter)
            xoff = (rect.width() - width) / 2;
        if (!rect.contains(QRectF(rect.x() + xoff, rect.y() + yoff, width, height))) {
            drawNow(font, rect, flags, text); // clipped to rect
            return;
        }
        for (int i = 0; i < layout.lineCount(); ++i) {
            const QTextLine line = layout.lineAt(i);
            xoff = 0.0;
            if (flags & Qt::AlignRight)
                xoff = rect.width() - line.horizontalAdvance();
            else if (flags & Qt::AlignHCenter)
                xoff = (rect.width() - line.horizontalAdvance()) / 2;
            for (const QGlyphRun &run : line.glyphRuns())
                m_glyphs.add(run, QPointF(rect.x() + xoff, rect.y() + yoff));
        }
    }

    // Draws what was added.
    void draw()
    {
        if (m_glyphs.isEmpty())
            return;
        m_painter.setPen(m_color);
        m_glyphs.draw(m_painter);
    }

private:
    void drawNow(const QFont &font, const QRectF &rect, int flags, const QString &text)
    {
        m_painter.setFont(font);
        m_painter.setPen(m_color);
        m_painter.drawText(rect, flags, text);
    }

    double leadingOf(const QFont &font)
    {
        for (const auto &known : m_leadings) {
            if (known.first == font)
                return known.second;
        }
        const double leading = metrics(font, m_painter.device()).leading();
        m_leadings.append({font, leading});
        return leading;
    }

    QPainter &m_painter;
    QColor m_color;
    bool m_batch; // into a PDF: gathered; elsewhere drawn at once by drawText
    GlyphBatch m_glyphs;
    QList<QPair<QFont, double>> m_leadings;
};

// Where a badge's engagement scale draws (paintScale), its pens included.
QRectF scaleBounds(const QRectF &rect, double pip)
{
    const double gap = pip * 0.6;
    const double total = kSteps * pip + (kSteps - 1) * gap;
    const double left = rect.center().x() - total / 2;
    const double reach = pip * 0.5 + std::max(1.2, pip * 0.18) / 2; // the target's ring
    return QRectF(left + pip / 2 - reach, rect.center().y() - reach, total - pip + 2 * reach, 2 * reach);
}

// Five steps centred in rect: a small ring for each, a filled dot for now, a thick ring for the target and an
// arrow from now to target. Each kind of shape is added to its path in shapes; the badges' scales are drawn together
// (drawScales), one path per pen, since no two badges overlap and every shape of a scale has the same colour.
struct ScaleShapes
{
    QPainterPath steps;
    QPainterPath arrows; // the shafts, one line each
    QPainterPath heads;
    QPainterPath targets;
    QPainterPath dots;
    // Set: each shape is drawn at once with its own call, in the colour given (a clipped badge's few shapes, whose
    // smoothed edges at the clip then stay as they were in the window).
    QPainter *direct = nullptr;
    QColor color;
};

// visible: where the scale shows (a shrunk badge's clip); a shape wholly outside it is left out, as it would draw
// nothing (the scale of a badge shrunk to its name is under the badge's foot). Null: every shape.
void addScale(ScaleShapes &shapes, const QRectF &rect, Engagement now, Engagement target, double pip,
              const QRectF &visible = QRectF())
{
    const double gap = pip * 0.6;
    const double total = kSteps * pip + (kSteps - 1) * gap;
    const double left = rect.center().x() - total / 2;
    const double cy = rect.center().y();
    auto centerOf = [&](int step) { return QPointF(left + step * (pip + gap) + pip / 2, cy); };
    // A circle of radius r drawn with a pen of width pen.
    const auto shows = [&](const QPointF &center, double r, double pen) {
        const double reach = r + pen / 2;
        return visible.isNull()
            || visible.intersects(QRectF(center.x() - reach, center.y() - reach, 2 * reach, 2 * reach));
    };
    QPainter *direct = shapes.direct;
    if (direct) {
        direct->setBrush(Qt::NoBrush);
        direct->setPen(QPen(shapes.color, 0.6));
    }
    for (int step = 0; step < kSteps; ++step) {
        if (!shows(centerOf(step), pip * 0.22, 0.6))
            continue;
        if (direct)
            direct->drawEllipse(centerOf(step), pip * 0.22, pip * 0.22);
        else
            shapes.steps.addEllipse(centerOf(step), pip * 0.22, pip * 0.22);
    }
    const QPointF from = centerOf(int(now));
    const QPointF to = centerOf(int(target));
    if (now != target) {
        const double dir = to.x() > from.x() ? 1.0 : -1.0;
        const QPointF start(from.x() + dir * pip * 0.35, cy);
        const QPointF end(to.x() - dir * pip * 0.6, cy);
        const double shaft = std::max(1.0, pip * 0.16);
        // The shaft with its square caps, and the head.
        const QRectF arrow
            = QRectF(start, end)
                  .normalized()
                  .adjusted(-pip * 0.3 - shaft, -pip * 0.25 - shaft, pip * 0.3 + shaft, pip * 0.25 + shaft);
        if (visible.isNull() || visible.intersects(arrow)) {
            QPainterPath head;
            QPainterPath &heads = direct ? head : shapes.heads;
            heads.moveTo(end + QPointF(dir * pip * 0.1, 0));
            heads.lineTo(end + QPointF(-dir * pip * 0.3, -pip * 0.25));
            heads.lineTo(end + QPointF(-dir * pip * 0.3, pip * 0.25));
            heads.closeSubpath();
            if (direct) {
                direct->setPen(QPen(shapes.color, shaft));
                direct->drawLine(start, end);
                direct->setPen(Qt::NoPen);
                direct->setBrush(shapes.color);
                direct->drawPath(head);
            } else {
                shapes.arrows.moveTo(start);
                shapes.arrows.lineTo(end);
            }
        }
    }
    if (shows(to, pip * 0.5, std::max(1.2, pip * 0.18))) {
        if (direct) {
            direct->setPen(QPen(shapes.color, std::max(1.2, pip * 0.18)));
            direct->setBrush(Qt::NoBrush);
            direct->drawEllipse(to, pip * 0.5, pip * 0.5);
        } else {
            shapes.targets.addEllipse(to, pip * 0.5, pip * 0.5);
        }
    }
    if (shows(from, pip * 0.32, 0.0)) {
        if (direct) {
            direct->setPen(Qt::NoPen);
            direct->setBrush(shapes.color);
            direct->drawEllipse(from, pip * 0.32, pip * 0.32);
        } else {
            shapes.dots.addEllipse(from, pip * 0.32, pip * 0.32);
        }
    }
}

void drawScales(QPainter &painter, const ScaleShapes &shapes, double pip, const QColor &color)
{
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(color, 0.6));
    if (!shapes.steps.isEmpty())
        painter.drawPath(shapes.steps);
    if (!shapes.arrows.isEmpty()) {
        painter.setPen(QPen(color, std::max(1.0, pip * 0.16)));
        painter.drawPath(shapes.arrows);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawPath(shapes.heads);
    }
    if (!shapes.targets.isEmpty()) {
        painter.setPen(QPen(color, std::max(1.2, pip * 0.18)));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(shapes.targets);
    }
    if (!shapes.dots.isEmpty()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawPath(shapes.dots);
    }
}

// The fonts a map is painted with.
struct MapFonts
{
    explicit MapFonts(const QFont &base)
        : font(base)
        , bold(boldOf(base))
        , small(smallerOf(base))
    { }

    QFont font;
    QFont bold;
    QFont small;
};

// Cell grid (thin, dotted), quadrant lines (solid) and frame.
void paintGrid(QPainter &painter, const StakeholderMapLayout &layout, const StakeholderMapStyle &style)
{
    const QRectF plot = layout.plotRect;
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(style.grid, 0.8, Qt::DotLine));
    for (int i = 0; i < 4; ++i) {
        for (int a = 0; a < 4; ++a)
            painter.drawRect(layout.cells[i][a]);
    }
    painter.setPen(QPen(style.text, 1.6));
    painter.drawRect(plot);
    painter.drawLine(QPointF(plot.center().x(), plot.top()), QPointF(plot.center().x(), plot.bottom()));
    painter.drawLine(QPointF(plot.left(), plot.center().y()), QPointF(plot.right(), plot.center().y()));
}

// Quadrant names and advice.
void addQuadrantTexts(MapTexts &texts, const QPaintDevice *device, const StakeholderMapLayout &layout,
                      const MapFonts &fonts)
{
    const QFontMetricsF smallMetrics = metrics(fonts.small, device);
    const QFontMetricsF boldMetrics = metrics(fonts.bold, device);
    for (const StakeholderMapLayout::QuadrantPlace &place : layout.quadrants) {
        const bool top = place.alignment & Qt::AlignTop;
        const Qt::Alignment horizontal = place.alignment & Qt::AlignHorizontal_Mask;
        const double linesHeight = boldMetrics.height() + smallMetrics.height() * 2;
        QRectF titleLine(place.titleRect.left(), top ? place.titleRect.top() : place.titleRect.bottom() - linesHeight,
                         place.titleRect.width(), boldMetrics.height());
        QRectF meaningLine(place.titleRect.left(), titleLine.bottom(), place.titleRect.width(), smallMetrics.height());
        QRectF adviceLine(place.titleRect.left(), meaningLine.bottom(), place.titleRect.width(), smallMetrics.height());
        texts.add(fonts.bold, titleLine, horizontal | Qt::AlignVCenter,
                  boldMetrics.elidedText(place.title, Qt::ElideRight, titleLine.width()));
        texts.add(fonts.small, meaningLine, horizontal | Qt::AlignVCenter,
                  smallMetrics.elidedText(place.meaning, Qt::ElideRight, meaningLine.width()));
        texts.add(fonts.small, adviceLine, horizontal | Qt::AlignVCenter,
                  smallMetrics.elidedText(place.advice, Qt::ElideRight, adviceLine.width()));
    }
}

// The axes' numbers and titles; the rotated title of the y axis is drawn at once.
void paintAxes(QPainter &painter, MapTexts &texts, const StakeholderMapLayout &layout, const StakeholderMapStyle &style,
               const MapFonts &fonts)
{
    for (int i = 0; i < 4; ++i) {
        texts.add(fonts.font, layout.yTickRects[i], Qt::AlignRight | Qt::AlignVCenter, QString::number(i));
        texts.add(fonts.font, layout.xTickRects[i], Qt::AlignHCenter | Qt::AlignTop, QString::number(i));
    }
    texts.add(fonts.font, layout.xAxisTitleRect, Qt::AlignHCenter | Qt::AlignVCenter,
              StakeholderMapText::tr("How affected by the change →"));
    painter.save();
    painter.setFont(fonts.font);
    painter.setPen(style.text);
    painter.translate(layout.yAxisTitleRect.center());
    painter.rotate(-90);
    const QRectF rotated(-layout.yAxisTitleRect.height() / 2, -layout.yAxisTitleRect.width() / 2,
                         layout.yAxisTitleRect.height(), layout.yAxisTitleRect.width());
    painter.drawText(rotated, Qt::AlignHCenter | Qt::AlignVCenter, StakeholderMapText::tr("Influence →"));
    painter.restore();
}

// A marker's badge: frame (doubled when selected), number, name and engagement scale. The frame is drawn at once.
// When the number, name and scale lie inside the badge, the texts are added to texts and the scale to scales, and
// true is returned; a shrunk badge (a cell too small for its badges) and the selected one return false, and are
// drawn by paintClippedBadge.
bool paintBadge(QPainter &painter, MapTexts &texts, ScaleShapes &scales, const StakeholderMapLayout::MarkerPlace &place,
                const StakeholderMapMarker &marker, bool selected, double pip, const StakeholderMapStyle &style,
                const MapFonts &fonts)
{
    painter.setPen(selected ? QPen(style.highlight, 2.5) : QPen(style.text, 1.0));
    painter.setBrush(style.markerFill);
    painter.drawRoundedRect(place.rect, 4, 4);
    if (selected) {
        painter.setPen(QPen(style.highlight, 1.0, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(place.rect.adjusted(-3, -3, 3, 3), 6, 6);
        return false;
    }
    // Inside the badge's clip by a device pixel at least, so that not even the smoothing of an edge would be cut.
    const QTransform &device = painter.deviceTransform();
    const double px = 1.0 / std::max(1e-6, std::abs(device.m11()));
    const double py = 1.0 / std::max(1e-6, std::abs(device.m22()));
    const QRectF inside = place.rect.adjusted(-1 + px, -1 + py, 1 - px, 1 - py);
    if (device.type() > QTransform::TxScale)
        return false; // rotated or sheared: drawn as before
    if (!inside.contains(place.numberRect) || !inside.contains(place.labelRect)
        || !inside.contains(scaleBounds(place.scaleRect, pip)))
        return false;
    texts.add(boldOf(fonts.small), place.numberRect, Qt::AlignLeft | Qt::AlignVCenter, QString::number(place.number));
    texts.add(fonts.font, place.labelRect, Qt::AlignHCenter | Qt::AlignVCenter, place.label);
    addScale(scales, place.scaleRect, marker.now, marker.target, pip);
    return true;
}

// The number, name and scale of a badge clipped to it (the lines of a name under a shrunk badge's foot are cut, its
// scale is mostly or wholly under it, and what the clip would hide is not drawn).
void paintClippedBadge(QPainter &painter, const StakeholderMapLayout::MarkerPlace &place,
                       const StakeholderMapMarker &marker, bool selected, double pip, const StakeholderMapStyle &style,
                       const MapFonts &fonts)
{
    const QRectF clip = place.rect.adjusted(-1, -1, 1, 1);
    painter.save();
    painter.setClipRect(clip);
    painter.setFont(boldOf(fonts.small));
    painter.setPen(style.text);
    painter.drawText(place.numberRect, Qt::AlignLeft | Qt::AlignVCenter, QString::number(place.number));
    painter.setFont(selected ? fonts.bold : fonts.font);
    QString label = place.label;
    if (selected) {
        Advances bold(metrics(fonts.bold, painter.device()));
        label = badgeLabel(bold, marker.name, place.labelRect.width());
    }
    painter.drawText(place.labelRect, Qt::AlignHCenter | Qt::AlignVCenter, label);
    ScaleShapes scale;
    scale.direct = &painter;
    scale.color = style.text;
    // A shape within a device pixel of the clip may still smooth a pixel inside it.
    const QTransform &device = painter.deviceTransform();
    const double px = 1.0 / std::max(1e-6, std::abs(device.m11()));
    const double py = 1.0 / std::max(1e-6, std::abs(device.m22()));
    addScale(scale, place.scaleRect, marker.now, marker.target, pip,
             device.type() > QTransform::TxScale ? QRectF() : clip.adjusted(-px, -py, px, py));
    painter.restore();
}

// Legend: what the dot, the ring and the five steps mean.
void paintLegend(QPainter &painter, MapTexts &texts, const QRectF &legend, double pip, const StakeholderMapStyle &style,
                 const MapFonts &fonts)
{
    const QFontMetricsF smallMetrics = metrics(fonts.small, painter.device());
    double x = legend.left();
    const double cy = legend.center().y();
    // A sign followed by its text; the next sign goes `gap` after the text.
    const auto signAndText = [&](const QString &text, double gap) {
        x += pip + 4;
        texts.add(fonts.small, QRectF(x, legend.top(), legend.width(), legend.height()),
                  Qt::AlignLeft | Qt::AlignVCenter, text);
        x += smallMetrics.horizontalAdvance(text) + gap;
    };
    painter.setPen(Qt::NoPen);
    painter.setBrush(style.text);
    painter.drawEllipse(QPointF(x + pip / 2, cy), pip * 0.32, pip * 0.32);
    signAndText(StakeholderMapText::tr("engagement now"), pip);
    painter.setPen(QPen(style.text, std::max(1.2, pip * 0.18)));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(QPointF(x + pip / 2, cy), pip * 0.5, pip * 0.5);
    signAndText(StakeholderMapText::tr("target"), pip * 1.5);
    QStringList steps;
    for (Engagement engagement : allEngagements())
        steps.append(engagementName(engagement));
    const QString scaleText = StakeholderMapText::tr("Steps from left: %1").arg(steps.join(QStringLiteral(" · ")));
    const QRectF scaleRect(x, legend.top(), std::max(0.0, legend.right() - x), legend.height());
    texts.add(fonts.small, scaleRect, Qt::AlignLeft | Qt::AlignVCenter,
              smallMetrics.elidedText(scaleText, Qt::ElideRight, scaleRect.width()));
}

} // namespace

void paintStakeholderMap(QPainter &painter, const QRectF &bounds, const StakeholderMapData &data,
                         const StakeholderMapStyle &style, Id selectedId)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    if (style.background.isValid())
        painter.fillRect(bounds, style.background);
    const StakeholderMapLayout layout = layoutStakeholderMap(bounds, data, style.font, painter.device());
    const MapFonts fonts(style.font);

    // Texts are gathered (MapTexts) and drawn after the shapes they lie on: the title, the grid's texts and the axes'
    // after the grid, the badges' after all the badges (no two overlap), the names and the legend's at the end.
    MapTexts texts(painter, style.text);
    if (!data.title.isEmpty())
        texts.add(fonts.bold, layout.titleRect, Qt::AlignLeft | Qt::AlignVCenter, data.title);
    paintGrid(painter, layout, style);
    addQuadrantTexts(texts, painter.device(), layout, fonts);
    paintAxes(painter, texts, layout, style, fonts);
    texts.draw();

    // Each badge in turn, its frame and, if clipped, what it holds (the cut lines' edges are smoothed against the next
    // badge's frame in this order); of the badges that hold it all inside, the scales together, then the texts.
    const double pip = pipSize(layout.lineHeight);
    ScaleShapes scales;
    // One path per pen pays in the PDF writer (a call's state and its writes into the page stream); on a screen or
    // an image each shape keeps its own call, and its edges are smoothed as they were.
    if (!GlyphBatch::forPdf(painter)) {
        scales.direct = &painter;
        scales.color = style.text;
    }
    for (const StakeholderMapLayout::MarkerPlace &place : layout.markers) {
        const StakeholderMapMarker &marker = data.markers.at(place.index);
        const bool selected = marker.id == selectedId && selectedId != 0;
        if (!paintBadge(painter, texts, scales, place, marker, selected, pip, style, fonts))
            paintClippedBadge(painter, place, marker, selected, pip, style, fonts);
    }
    drawScales(painter, scales, pip, style.text);
    texts.draw();

    // The list of names, whole.
    for (const StakeholderMapLayout::NameEntry &entry : layout.names)
        texts.add(fonts.small, entry.rect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, entry.text);

    paintLegend(painter, texts, layout.legendRect, pip, style, fonts);
    texts.draw();
    painter.restore();
}

} // namespace parat
