#include "ProgressChart.h"

#include "planning/Overview.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace parat {

namespace {

constexpr int kScaleSteps = 4; // scale marks at 0, 25, 50, 75, 100 %
constexpr double kMaxTextShare = 0.35; // of the width, for the label column and for the number column

double clampPercent(double value)
{
    return std::isfinite(value) ? std::clamp(value, 0.0, 100.0) : 0.0;
}

QString valueText(const ProgressChartRow &row)
{
    return ProgressChartText::tr("%1 (plan %2)", "done percentage, planned percentage")
        .arg(percentText(row.actual), percentText(row.planned));
}

QString actualLegend()
{
    return ProgressChartText::tr("Done");
}

QString plannedLegend()
{
    return ProgressChartText::tr("Planned by now");
}

QString emptyText()
{
    return ProgressChartText::tr("No tasks to show.");
}

QFont titleFont(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

QFontMetricsF metrics(const QFont &font, const QPaintDevice *device)
{
    // QFontMetricsF needs a non-const device pointer; it only reads its resolution.
    return device ? QFontMetricsF(font, const_cast<QPaintDevice *>(device)) : QFontMetricsF(font);
}

double textWidth(const QFontMetricsF &fm, const QString &text)
{
    return std::ceil(fm.horizontalAdvance(text)) + 1.0;
}

// Diagonal lines across rect, clipped to it: a hatch that scales with the text on every device.
void hatch(QPainter &painter, const QRectF &rect, const QColor &colour, double spacing, double width)
{
    if (rect.width() <= 0.0 || rect.height() <= 0.0 || spacing <= 0.0)
        return;
    painter.save();
    painter.setClipRect(rect, Qt::IntersectClip);
    QPen pen(colour, width);
    pen.setCapStyle(Qt::FlatCap);
    painter.setPen(pen);
    const double h = rect.height();
    for (double x = rect.left() - h; x < rect.right() + spacing; x += spacing)
        painter.drawLine(QPointF(x, rect.bottom()), QPointF(x + h, rect.top()));
    painter.restore();
}

void paintPlannedBar(QPainter &painter, const QRectF &rect, const QColor &colour, double lineHeight)
{
    hatch(painter, rect, colour, lineHeight * 0.35, std::max(1.0, lineHeight * 0.06));
    if (rect.width() > 0.0) {
        painter.setPen(QPen(colour, std::max(1.0, lineHeight * 0.06)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect);
    }
}

} // namespace

QString percentText(double value)
{
    return QLocale().toString(qRound(value)) + QStringLiteral(" %");
}

QString pointsText(double value)
{
    const int rounded = qRound(value);
    if (rounded > 0)
        return QStringLiteral("+%1").arg(QLocale().toString(rounded));
    if (rounded < 0)
        return QString(QChar(0x2212)) + QLocale().toString(-rounded);
    return QLocale().toString(0);
}

ProgressChartData progressChartData(const MunicipalitySummary &summary)
{
    ProgressChartData data;
    data.title = ProgressChartText::tr("Progress against plan per phase");
    for (Phase phase : allPhases()) {
        const auto found = summary.byPhase.constFind(phase);
        if (found == summary.byPhase.constEnd() || found->tasks == 0)
            continue;
        ProgressChartRow row;
        row.label = phaseName(phase);
        row.actual = found->actual;
        row.planned = found->planned;
        row.tasks = found->tasks;
        row.doneTasks = found->doneTasks;
        data.rows.append(row);
    }
    return data;
}

ProgressChartLayout layoutProgressChart(const QRectF &bounds, const ProgressChartData &data, const QFont &font,
                                        const QPaintDevice *device)
{
    ProgressChartLayout layout;
    const QFontMetricsF fm = metrics(font, device);
    const QFontMetricsF titleFm = metrics(titleFont(font), device);
    const double lh = fm.height();
    const double gap = lh * 0.5;
    layout.lineHeight = lh;
    const double left = bounds.left();
    const double width = bounds.width();
    double y = bounds.top();

    if (!data.title.isEmpty()) {
        layout.titleRect = QRectF(left, y, width, titleFm.height());
        y += titleFm.height() + gap * 0.5;
    }

    // Legend: [solid] Done   [hatched] Planned by now
    const QSizeF swatch(lh * 1.6, lh * 0.8);
    const double legendHeight = lh * 1.2;
    layout.legendRect = QRectF(left, y, width, legendHeight);
    double x = left;
    const double swatchTop = y + (legendHeight - swatch.height()) / 2.0;
    layout.actualSwatch = QRectF(QPointF(x, swatchTop), swatch);
    x += swatch.width() + gap * 0.5;
    layout.actualLegendText = QRectF(x, y, textWidth(fm, actualLegend()), legendHeight);
    x = layout.actualLegendText.right() + gap * 2.0;
    layout.plannedSwatch = QRectF(QPointF(x, swatchTop), swatch);
    x += swatch.width() + gap * 0.5;
    layout.plannedLegendText = QRectF(x, y, textWidth(fm, plannedLegend()), legendHeight);
    y += legendHeight + gap * 0.5;

    if (data.rows.isEmpty()) {
        layout.emptyRect = QRectF(left, y, width, lh * 1.5);
        return layout;
    }

    // Columns: label | bars | numbers. Text columns take what they need, up to a share of the width; the bars
    // get the rest. Text that still does not fit is elided, never painted over the bars.
    double labelWidth = 0.0;
    double valueWidth = 0.0;
    for (const ProgressChartRow &row : data.rows) {
        labelWidth = std::max(labelWidth, textWidth(fm, row.label));
        valueWidth = std::max(valueWidth, textWidth(fm, valueText(row)));
    }
    labelWidth = std::min(labelWidth, width * kMaxTextShare);
    valueWidth = std::min(valueWidth, width * kMaxTextShare);
    const double barLeft = left + labelWidth + gap;
    const double barWidth = std::max(0.0, width - labelWidth - valueWidth - 2.0 * gap);
    const double rowHeight = lh * 1.6;
    const double bandHeight = lh * 1.1;

    for (const ProgressChartRow &row : data.rows) {
        ProgressChartLayout::Row item;
        item.labelText = fm.elidedText(row.label, Qt::ElideRight, labelWidth);
        item.valueText = fm.elidedText(valueText(row), Qt::ElideRight, valueWidth);
        item.labelRect = QRectF(left, y, labelWidth, rowHeight);
        item.trackRect = QRectF(barLeft, y + (rowHeight - bandHeight) / 2.0, barWidth, bandHeight);
        const double plannedWidth = barWidth * clampPercent(row.planned) / 100.0;
        item.plannedRect = QRectF(item.trackRect.topLeft(), QSizeF(plannedWidth, bandHeight));
        const double actualHeight = bandHeight * 0.55;
        item.actualRect = QRectF(barLeft, item.trackRect.center().y() - actualHeight / 2.0,
                                 barWidth * clampPercent(row.actual) / 100.0, actualHeight);
        item.valueRect = QRectF(barLeft + barWidth + gap, y, valueWidth, rowHeight);
        layout.rows.append(item);
        y += rowHeight;
    }
    layout.axisRect = QRectF(barLeft, y, barWidth, lh * 1.2);
    return layout;
}

QSizeF preferredSize(const ProgressChartData &data, const ChartStyle &style, const QPaintDevice *device)
{
    const QFontMetricsF fm = metrics(style.font, device);
    const QFontMetricsF titleFm = metrics(titleFont(style.font), device);
    const double lh = fm.height();
    const double gap = lh * 0.5;
    double labelWidth = 0.0;
    double valueWidth = 0.0;
    for (const ProgressChartRow &row : data.rows) {
        labelWidth = std::max(labelWidth, textWidth(fm, row.label));
        valueWidth = std::max(valueWidth, textWidth(fm, valueText(row)));
    }
    const double legendWidth
        = 2.0 * (lh * 1.6 + gap * 0.5) + textWidth(fm, actualLegend()) + textWidth(fm, plannedLegend()) + gap * 2.0;
    // The layout gives each text column at most kMaxTextShare of the width.
    double width = std::max(
        {labelWidth + valueWidth + 2.0 * gap + lh * 12.0, labelWidth / kMaxTextShare, valueWidth / kMaxTextShare});
    width = std::max({width, legendWidth, textWidth(titleFm, data.title), textWidth(fm, emptyText())});

    double height = 0.0;
    if (!data.title.isEmpty())
        height += titleFm.height() + gap * 0.5;
    height += lh * 1.2 + gap * 0.5;
    if (data.rows.isEmpty())
        height += lh * 1.5;
    else
        height += data.rows.size() * lh * 1.6 + lh * 1.2;
    return QSizeF(std::ceil(width), std::ceil(height));
}

void paintProgressChart(QPainter &painter, const QRectF &bounds, const ProgressChartData &data, const ChartStyle &style)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (style.background.isValid())
        painter.fillRect(bounds, style.background);
    painter.setClipRect(bounds, Qt::IntersectClip);

    const ProgressChartLayout layout = layoutProgressChart(bounds, data, style.font, painter.device());
    const double lh = layout.lineHeight;
    const double thin = std::max(1.0, lh * 0.06);

    if (!layout.titleRect.isEmpty()) {
        painter.setFont(titleFont(style.font));
        painter.setPen(style.text);
        painter.drawText(layout.titleRect, Qt::AlignLeft | Qt::AlignVCenter, data.title);
    }

    painter.setFont(style.font);
    painter.fillRect(layout.actualSwatch, style.actual);
    paintPlannedBar(painter, layout.plannedSwatch, style.planned, lh);
    painter.setPen(style.text);
    painter.drawText(layout.actualLegendText, Qt::AlignLeft | Qt::AlignVCenter, actualLegend());
    painter.drawText(layout.plannedLegendText, Qt::AlignLeft | Qt::AlignVCenter, plannedLegend());

    if (layout.rows.isEmpty()) {
        painter.setPen(style.text);
        painter.drawText(layout.emptyRect, Qt::AlignLeft | Qt::AlignVCenter, emptyText());
        painter.restore();
        return;
    }

    // Scale: dashed lines at every step across all rows, labelled under the bars.
    const QFontMetricsF fm = metrics(style.font, painter.device());
    const QRectF firstTrack = layout.rows.first().trackRect;
    const QRectF lastTrack = layout.rows.last().trackRect;
    QPen gridPen(style.grid, thin, Qt::DashLine);
    for (int step = 0; step <= kScaleSteps; ++step) {
        const double gx = firstTrack.left() + firstTrack.width() * step / kScaleSteps;
        painter.setPen(gridPen);
        painter.drawLine(QPointF(gx, firstTrack.top()), QPointF(gx, lastTrack.bottom()));
        const QString label = percentText(100.0 * step / kScaleSteps);
        const double w = textWidth(fm, label);
        QRectF textRect(gx - w / 2.0, layout.axisRect.top(), w, layout.axisRect.height());
        if (step == 0)
            textRect.moveLeft(gx);
        else if (step == kScaleSteps)
            textRect.moveRight(gx);
        painter.setPen(style.text);
        painter.drawText(textRect, Qt::AlignHCenter | Qt::AlignVCenter, label);
    }

    for (int i = 0; i < layout.rows.size(); ++i) {
        const ProgressChartLayout::Row &row = layout.rows.at(i);
        painter.setPen(style.text);
        painter.drawText(row.labelRect, Qt::AlignLeft | Qt::AlignVCenter, row.labelText);
        painter.drawText(row.valueRect, Qt::AlignLeft | Qt::AlignVCenter, row.valueText);

        painter.setPen(QPen(style.grid, thin));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(row.trackRect);

        paintPlannedBar(painter, row.plannedRect, style.planned, lh);
        // Marker where the plan stands, reaching past the band so it shows even under a full "done" bar.
        if (data.rows.at(i).planned > 0.0) {
            const double mx = row.plannedRect.right();
            painter.setPen(QPen(style.planned, std::max(2.0, lh * 0.14)));
            painter.drawLine(QPointF(mx, row.trackRect.top() - lh * 0.15),
                             QPointF(mx, row.trackRect.bottom() + lh * 0.15));
        }
        if (row.actualRect.width() > 0.0)
            painter.fillRect(row.actualRect, style.actual);
    }
    painter.restore();
}

QColor lightColor(Light light)
{
    switch (light) {
    case Light::Red:
        return QColor(0xc6, 0x28, 0x28);
    case Light::Yellow:
        return QColor(0xf9, 0xa8, 0x25);
    case Light::Green:
        return QColor(0x2e, 0x7d, 0x32);
    }
    return QColor();
}

void paintTrafficLight(QPainter &painter, const QRectF &bounds, Light light, const QColor &outline)
{
    const double d = std::min(bounds.width(), bounds.height());
    if (d <= 0.0)
        return;
    const QRectF disc(bounds.center().x() - d / 2.0, bounds.center().y() - d / 2.0, d, d);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(outline, std::max(1.0, d * 0.04)));
    painter.setBrush(lightColor(light));
    painter.drawEllipse(disc.adjusted(d * 0.02, d * 0.02, -d * 0.02, -d * 0.02));

    // The symbol contrasts with the disc: white on red and green, black on yellow.
    const QColor ink = light == Light::Yellow ? QColor(0, 0, 0) : QColor(255, 255, 255);
    QPen pen(ink, d * 0.12, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const QPointF c = disc.center();
    const double r = d * 0.22;
    switch (light) {
    case Light::Red:
        painter.drawLine(QPointF(c.x() - r, c.y() - r), QPointF(c.x() + r, c.y() + r));
        painter.drawLine(QPointF(c.x() - r, c.y() + r), QPointF(c.x() + r, c.y() - r));
        break;
    case Light::Yellow:
        painter.drawLine(QPointF(c.x(), c.y() - r * 1.3), QPointF(c.x(), c.y() + r * 0.35));
        painter.drawPoint(QPointF(c.x(), c.y() + r * 1.15));
        break;
    case Light::Green: {
        QPainterPath tick;
        tick.moveTo(c.x() - r * 1.1, c.y());
        tick.lineTo(c.x() - r * 0.3, c.y() + r * 0.8);
        tick.lineTo(c.x() + r * 1.1, c.y() - r * 0.8);
        painter.drawPath(tick);
        break;
    }
    }
    painter.restore();
}

} // namespace parat
