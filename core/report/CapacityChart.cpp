#include "CapacityChart.h"

#include "domain/Calendar.h"
#include "planning/Capacity.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace parat {

namespace {

// A round step so that about five lines cover 0..max.
double niceStep(double max)
{
    if (max <= 0.0)
        return 10.0;
    const double raw = max / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (raw <= factor * magnitude)
            return factor * magnitude;
    }
    return 10.0 * magnitude;
}

} // namespace

CapacityChartData capacityChartData(const CapacityPlan &plan, int fromWeek, int toWeek)
{
    CapacityChartData data;
    data.title = CapacityChartText::tr("Allocated and needed hours per week");
    data.goLiveWeek = plan.goLive.isValid() ? weekKey(plan.goLive) : 0;
    data.currentWeek = plan.asOf.isValid() ? weekKey(plan.asOf) : 0;
    for (int column = 0; column < plan.weeks.size(); ++column) {
        const int key = plan.weeks.at(column);
        if ((fromWeek != 0 && key < fromWeek) || (toWeek != 0 && key > toWeek))
            continue;
        data.weeks.append(key);
        data.allocated.append(plan.totalAllocated(column));
        data.needed.append(plan.totalNeeded(column));
    }
    return data;
}

QList<int> shortWeeks(const CapacityChartData &data)
{
    QList<int> result;
    for (int i = 0; i < data.weeks.size(); ++i) {
        if (data.needed.at(i) > data.allocated.at(i) + 1e-9)
            result.append(data.weeks.at(i));
    }
    return result;
}

void paintCapacityChart(QPainter &painter, const QRectF &bounds, const CapacityChartData &data, const ChartStyle &style)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (style.background.isValid())
        painter.fillRect(bounds, style.background);
    painter.setClipRect(bounds, Qt::IntersectClip);
    QFont font = style.font;
    painter.setFont(font);
    const QFontMetricsF fm(font, painter.device());
    const double lh = fm.height();
    const double thin = std::max(1.0, lh * 0.06);
    double top = bounds.top();

    if (!data.title.isEmpty()) {
        QFont bold = font;
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(style.text);
        painter.drawText(QRectF(bounds.left(), top, bounds.width(), lh * 1.3), Qt::AlignLeft | Qt::AlignVCenter,
                         data.title);
        painter.setFont(font);
        top += lh * 1.4;
    }

    // Legend.
    const QString allocatedText = CapacityChartText::tr("Allocated");
    const QString neededText = CapacityChartText::tr("Needed");
    const QString shortText = CapacityChartText::tr("! more needed than allocated");
    double x = bounds.left();
    const QRectF allocatedSwatch(x, top + lh * 0.2, lh * 0.9, lh * 0.6);
    painter.fillRect(allocatedSwatch, style.actual);
    x = allocatedSwatch.right() + lh * 0.3;
    painter.setPen(style.text);
    painter.drawText(QRectF(x, top, fm.horizontalAdvance(allocatedText) + 2, lh), Qt::AlignVCenter, allocatedText);
    x += fm.horizontalAdvance(allocatedText) + lh;
    painter.setPen(QPen(style.planned, thin * 3));
    painter.drawLine(QPointF(x, top + lh / 2), QPointF(x + lh, top + lh / 2));
    x += lh * 1.3;
    painter.setPen(style.text);
    painter.drawText(QRectF(x, top, fm.horizontalAdvance(neededText) + 2, lh), Qt::AlignVCenter, neededText);
    x += fm.horizontalAdvance(neededText) + lh;
    painter.drawText(QRectF(x, top, fm.horizontalAdvance(shortText) + 2, lh), Qt::AlignVCenter, shortText);
    top += lh * 1.5;

    if (data.weeks.isEmpty()) {
        painter.drawText(QRectF(bounds.left(), top, bounds.width(), lh), Qt::AlignLeft | Qt::AlignVCenter,
                         CapacityChartText::tr("No weeks to show: the municipality needs a go-live date, tasks or "
                                               "allocations."));
        painter.restore();
        return;
    }

    double max = 0.0;
    for (int i = 0; i < data.weeks.size(); ++i)
        max = std::max({max, data.allocated.at(i), data.needed.at(i)});
    const double step = niceStep(max);
    const double scaleMax = std::max(step, std::ceil(max / step) * step);
    const QLocale locale;
    const double axisWidth = fm.horizontalAdvance(locale.toString(scaleMax, 'g', 6)) + lh * 0.5;
    const QRectF plot(bounds.left() + axisWidth, top + lh * 1.2, bounds.width() - axisWidth - lh * 0.3,
                      bounds.bottom() - top - lh * 1.2 - lh * 1.4);
    if (plot.width() <= 0 || plot.height() <= 0) {
        painter.restore();
        return;
    }
    const auto yOf = [&](double hours) { return plot.bottom() - plot.height() * hours / scaleMax; };
    const int n = int(data.weeks.size());
    const double slot = plot.width() / n;

    // Scale lines and labels.
    QPen gridPen(style.grid, thin, Qt::DashLine);
    for (double value = 0.0; value <= scaleMax + 1e-9; value += step) {
        const double y = yOf(value);
        painter.setPen(gridPen);
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(style.text);
        painter.drawText(QRectF(bounds.left(), y - lh / 2, axisWidth - lh * 0.25, lh),
                         Qt::AlignRight | Qt::AlignVCenter, locale.toString(value, 'g', 6));
    }

    // Allocated columns.
    for (int i = 0; i < n; ++i) {
        const double value = data.allocated.at(i);
        if (value <= 0.0)
            continue;
        const QRectF column(plot.left() + slot * i + slot * 0.15, yOf(value), slot * 0.7, plot.bottom() - yOf(value));
        painter.fillRect(column, style.actual);
    }

    // Needed: a stepped line with a marker per week.
    QPainterPath path;
    for (int i = 0; i < n; ++i) {
        const double y = yOf(data.needed.at(i));
        const QPointF left(plot.left() + slot * i, y);
        if (i == 0)
            path.moveTo(left);
        else
            path.lineTo(left);
        path.lineTo(QPointF(plot.left() + slot * (i + 1), y));
    }
    painter.setPen(QPen(style.planned, thin * 3, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    painter.drawPath(path);

    // "!" over weeks that need more than allocated; week labels where they fit.
    QFont bold = font;
    bold.setBold(true);
    const double labelWidth = fm.horizontalAdvance(QStringLiteral("52")) + lh * 0.4;
    const int every = std::max(1, int(std::ceil(labelWidth / slot)));
    for (int i = 0; i < n; ++i) {
        const double cx = plot.left() + slot * (i + 0.5);
        if (data.needed.at(i) > data.allocated.at(i) + 1e-9) {
            painter.setFont(bold);
            painter.setPen(style.text);
            const double y = yOf(std::max(data.needed.at(i), data.allocated.at(i)));
            painter.drawText(QRectF(cx - lh, y - lh * 1.1, lh * 2, lh), Qt::AlignCenter, QStringLiteral("!"));
            painter.setFont(font);
        }
        const int key = data.weeks.at(i);
        if (i % every == 0 || key == data.goLiveWeek) {
            painter.setPen(style.text);
            painter.drawText(QRectF(cx - labelWidth, plot.bottom() + lh * 0.15, labelWidth * 2, lh),
                             Qt::AlignHCenter | Qt::AlignTop, QString::number(weekKeyWeek(key)));
        }
    }
    // Markers for go-live and now.
    for (int i = 0; i < n; ++i) {
        const int key = data.weeks.at(i);
        if (key != data.goLiveWeek && key != data.currentWeek)
            continue;
        const bool goLive = key == data.goLiveWeek;
        const double gx = plot.left() + slot * i;
        painter.setPen(QPen(style.text, thin * 1.5, goLive ? Qt::DashLine : Qt::DotLine));
        painter.drawLine(QPointF(gx, plot.top() - lh * 0.2), QPointF(gx, plot.bottom()));
        const QString label = goLive ? CapacityChartText::tr("go-live") : CapacityChartText::tr("now");
        painter.setPen(style.text);
        painter.drawText(QRectF(gx + lh * 0.15, plot.top() - lh * 1.2, fm.horizontalAdvance(label) + 4, lh),
                         Qt::AlignLeft | Qt::AlignVCenter, label);
    }
    painter.setPen(QPen(style.grid, thin));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.restore();
}

} // namespace parat
