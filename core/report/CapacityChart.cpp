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

// The chart's painter, measures and, once laid out, its plot and scale.
struct CapacityFrame
{
    CapacityFrame(QPainter &p, const ChartStyle &s, const QRectF &b)
        : painter(p)
        , style(s)
        , font(s.font)
        , fm(font, p.device())
        , lh(fm.height())
        , thin(std::max(1.0, lh * 0.06))
        , bounds(b)
    { }

    QPainter &painter;
    const ChartStyle &style;
    QFont font;
    QFontMetricsF fm;
    double lh;
    double thin;
    QRectF bounds;
    QRectF plot;
    double step = 0.0;
    double scaleMax = 0.0;
    double axisWidth = 0.0;
    int n = 0;
    double slot = 0.0;

    double yOf(double hours) const { return plot.bottom() - plot.height() * hours / scaleMax; }
};

// The chart's title in bold; returns the top of what comes below it.
double paintTitle(CapacityFrame &f, const QString &title, double top)
{
    if (title.isEmpty())
        return top;
    QFont bold = f.font;
    bold.setBold(true);
    f.painter.setFont(bold);
    f.painter.setPen(f.style.text);
    f.painter.drawText(QRectF(f.bounds.left(), top, f.bounds.width(), f.lh * 1.3), Qt::AlignLeft | Qt::AlignVCenter,
                       title);
    f.painter.setFont(f.font);
    return top + f.lh * 1.4;
}

// Returns the top of what comes below the legend.
double paintLegend(CapacityFrame &f, double top)
{
    QPainter &painter = f.painter;
    const QFontMetricsF &fm = f.fm;
    const double lh = f.lh;
    const QString allocatedText = CapacityChartText::tr("Allocated");
    const QString neededText = CapacityChartText::tr("Needed");
    const QString shortText = CapacityChartText::tr("! more needed than allocated");
    double x = f.bounds.left();
    const QRectF allocatedSwatch(x, top + lh * 0.2, lh * 0.9, lh * 0.6);
    painter.fillRect(allocatedSwatch, f.style.actual);
    x = allocatedSwatch.right() + lh * 0.3;
    painter.setPen(f.style.text);
    painter.drawText(QRectF(x, top, fm.horizontalAdvance(allocatedText) + 2, lh), Qt::AlignVCenter, allocatedText);
    x += fm.horizontalAdvance(allocatedText) + lh;
    painter.setPen(QPen(f.style.planned, f.thin * 3));
    painter.drawLine(QPointF(x, top + lh / 2), QPointF(x + lh, top + lh / 2));
    x += lh * 1.3;
    painter.setPen(f.style.text);
    painter.drawText(QRectF(x, top, fm.horizontalAdvance(neededText) + 2, lh), Qt::AlignVCenter, neededText);
    x += fm.horizontalAdvance(neededText) + lh;
    painter.drawText(QRectF(x, top, fm.horizontalAdvance(shortText) + 2, lh), Qt::AlignVCenter, shortText);
    return top + lh * 1.5;
}

// The scale from the largest number of hours and the plot below top; false when there is no room to plot.
bool layOutPlot(CapacityFrame &f, const CapacityChartData &data, double top)
{
    double max = 0.0;
    for (int i = 0; i < data.weeks.size(); ++i)
        max = std::max({max, data.allocated.at(i), data.needed.at(i)});
    f.step = niceStep(max);
    f.scaleMax = std::max(f.step, std::ceil(max / f.step) * f.step);
    const double lh = f.lh;
    f.axisWidth = f.fm.horizontalAdvance(QLocale().toString(f.scaleMax, 'g', 6)) + lh * 0.5;
    f.plot = QRectF(f.bounds.left() + f.axisWidth, top + lh * 1.2, f.bounds.width() - f.axisWidth - lh * 0.3,
                    f.bounds.bottom() - top - lh * 1.2 - lh * 1.4);
    if (f.plot.width() <= 0 || f.plot.height() <= 0)
        return false;
    f.n = int(data.weeks.size());
    f.slot = f.plot.width() / f.n;
    return true;
}

// Scale lines and labels.
void paintScale(CapacityFrame &f)
{
    const QLocale locale;
    QPen gridPen(f.style.grid, f.thin, Qt::DashLine);
    for (double value = 0.0; value <= f.scaleMax + 1e-9; value += f.step) {
        const double y = f.yOf(value);
        f.painter.setPen(gridPen);
        f.painter.drawLine(QPointF(f.plot.left(), y), QPointF(f.plot.right(), y));
        f.painter.setPen(f.style.text);
        f.painter.drawText(QRectF(f.bounds.left(), y - f.lh / 2, f.axisWidth - f.lh * 0.25, f.lh),
                           Qt::AlignRight | Qt::AlignVCenter, locale.toString(value, 'g', 6));
    }
}

void paintAllocatedColumns(CapacityFrame &f, const CapacityChartData &data)
{
    for (int i = 0; i < f.n; ++i) {
        const double value = data.allocated.at(i);
        if (value <= 0.0)
            continue;
        const QRectF column(f.plot.left() + f.slot * i + f.slot * 0.15, f.yOf(value), f.slot * 0.7,
                            f.plot.bottom() - f.yOf(value));
        f.painter.fillRect(column, f.style.actual);
    }
}

// Needed: a stepped line with a marker per week.
void paintNeededLine(CapacityFrame &f, const CapacityChartData &data)
{
    QPainterPath path;
    for (int i = 0; i < f.n; ++i) {
        const double y = f.yOf(data.needed.at(i));
        const QPointF left(f.plot.left() + f.slot * i, y);
        if (i == 0)
            path.moveTo(left);
        else
            path.lineTo(left);
        path.lineTo(QPointF(f.plot.left() + f.slot * (i + 1), y));
    }
    f.painter.setPen(QPen(f.style.planned, f.thin * 3, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    f.painter.drawPath(path);
}

// "!" over weeks that need more than allocated; week labels where they fit.
void paintShortMarksAndWeekLabels(CapacityFrame &f, const CapacityChartData &data)
{
    QPainter &painter = f.painter;
    const double lh = f.lh;
    QFont bold = f.font;
    bold.setBold(true);
    const double labelWidth = f.fm.horizontalAdvance(QStringLiteral("52")) + lh * 0.4;
    const int every = std::max(1, int(std::ceil(labelWidth / f.slot)));
    for (int i = 0; i < f.n; ++i) {
        const double cx = f.plot.left() + f.slot * (i + 0.5);
        if (data.needed.at(i) > data.allocated.at(i) + 1e-9) {
            painter.setFont(bold);
            painter.setPen(f.style.text);
            const double y = f.yOf(std::max(data.needed.at(i), data.allocated.at(i)));
            painter.drawText(QRectF(cx - lh, y - lh * 1.1, lh * 2, lh), Qt::AlignCenter, QStringLiteral("!"));
            painter.setFont(f.font);
        }
        const int key = data.weeks.at(i);
        if (i % every == 0 || key == data.goLiveWeek) {
            painter.setPen(f.style.text);
            painter.drawText(QRectF(cx - labelWidth, f.plot.bottom() + lh * 0.15, labelWidth * 2, lh),
                             Qt::AlignHCenter | Qt::AlignTop, QString::number(weekKeyWeek(key)));
        }
    }
}

// Markers for go-live and now.
void paintGoLiveAndNow(CapacityFrame &f, const CapacityChartData &data)
{
    QPainter &painter = f.painter;
    const double lh = f.lh;
    for (int i = 0; i < f.n; ++i) {
        const int key = data.weeks.at(i);
        if (key != data.goLiveWeek && key != data.currentWeek)
            continue;
        const bool goLive = key == data.goLiveWeek;
        const double gx = f.plot.left() + f.slot * i;
        painter.setPen(QPen(f.style.text, f.thin * 1.5, goLive ? Qt::DashLine : Qt::DotLine));
        painter.drawLine(QPointF(gx, f.plot.top() - lh * 0.2), QPointF(gx, f.plot.bottom()));
        const QString label = goLive ? CapacityChartText::tr("go-live") : CapacityChartText::tr("now");
        painter.setPen(f.style.text);
        painter.drawText(QRectF(gx + lh * 0.15, f.plot.top() - lh * 1.2, f.fm.horizontalAdvance(label) + 4, lh),
                         Qt::AlignLeft | Qt::AlignVCenter, label);
    }
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
    painter.setFont(style.font);
    CapacityFrame f(painter, style, bounds);
    double top = paintTitle(f, data.title, bounds.top());
    top = paintLegend(f, top);

    if (data.weeks.isEmpty()) {
        painter.drawText(QRectF(bounds.left(), top, bounds.width(), f.lh), Qt::AlignLeft | Qt::AlignVCenter,
                         CapacityChartText::tr("No weeks to show: the municipality needs a go-live date, tasks or "
                                               "allocations."));
        painter.restore();
        return;
    }
    if (!layOutPlot(f, data, top)) {
        painter.restore();
        return;
    }
    paintScale(f);
    paintAllocatedColumns(f, data);
    paintNeededLine(f, data);
    paintShortMarksAndWeekLabels(f, data);
    paintGoLiveAndNow(f, data);
    painter.setPen(QPen(style.grid, f.thin));
    painter.drawLine(f.plot.bottomLeft(), f.plot.bottomRight());
    painter.restore();
}

} // namespace parat
