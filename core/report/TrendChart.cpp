#include "report/TrendChart.h"

#include "domain/Calendar.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <functional>

namespace parat {

namespace {

QFontMetricsF fontMetrics(const QFont &font, const QPaintDevice *device)
{
    return device ? QFontMetricsF(font, const_cast<QPaintDevice *>(device)) : QFontMetricsF(font);
}

QString percentLabel(int value)
{
    return QLocale().toString(value) + QStringLiteral(" %");
}

// The last day the chart shows: today, go-live + a week, or the forecast, within two years of the start.
QDate chartEnd(const ProgressTrend &trend)
{
    QDate end = trend.points.isEmpty() ? trend.asOf : trend.points.last().date;
    if (trend.forecast.kind == TrendForecast::Kind::Date && trend.forecast.done.isValid())
        end = std::max(end, std::min(trend.forecast.done, trend.asOf.addDays(7 * 52)));
    return end;
}

} // namespace

double trendChartHeight(double width, const QFont &font, const QPaintDevice *device)
{
    const double line = fontMetrics(font, device).height();
    return std::max(width * 0.30, line * 11.0);
}

void paintTrendChart(QPainter &painter, const QRectF &bounds, const ProgressTrend &trend, const ChartStyle &style)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (style.background.isValid())
        painter.fillRect(bounds, style.background);
    painter.setFont(style.font);
    const QFontMetricsF fm = fontMetrics(style.font, painter.device());
    const double line = fm.height();
    const double pen = std::max(1.0, line / 9.0);

    if (trend.points.size() < 2) {
        painter.setPen(style.text);
        painter.drawText(bounds, Qt::AlignCenter | Qt::TextWordWrap,
                         TrendChartText::tr("Too little history to draw the trend yet."));
        painter.restore();
        return;
    }

    // Legend on top, scale left, week labels and the forecast sentence below.
    const double axisLabelWidth = fm.horizontalAdvance(percentLabel(100)) + line * 0.5;
    const QRectF legend(bounds.left(), bounds.top(), bounds.width(), line * 1.3);
    const QRectF forecastRect(bounds.left(), bounds.bottom() - line * 1.2, bounds.width(), line * 1.2);
    const QRectF plot(bounds.left() + axisLabelWidth, legend.bottom() + line * 0.6,
                      bounds.width() - axisLabelWidth - line * 0.5,
                      forecastRect.top() - legend.bottom() - line * 0.6 - line * 1.6);
    if (plot.width() <= 10 || plot.height() <= 10) {
        painter.restore();
        return;
    }
    const QDate start = trend.points.first().date.addDays(-6);
    const QDate end = chartEnd(trend);
    const double days = std::max<qint64>(1, start.daysTo(end));
    auto xOf = [&](const QDate &date) { return plot.left() + plot.width() * double(start.daysTo(date)) / days; };
    auto yOf = [&](double percent) { return plot.bottom() - plot.height() * std::clamp(percent, 0.0, 100.0) / 100.0; };

    // Scale and grid.
    painter.setPen(QPen(style.grid, pen * 0.6));
    for (int p = 0; p <= 100; p += 25) {
        const double y = yOf(p);
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(style.text);
        painter.drawText(QRectF(bounds.left(), y - line / 2, axisLabelWidth - line * 0.3, line),
                         Qt::AlignRight | Qt::AlignVCenter, percentLabel(p));
        painter.setPen(QPen(style.grid, pen * 0.6));
    }
    // Week labels: as many as fit, on whole weeks.
    {
        const double labelWidth = fm.horizontalAdvance(QStringLiteral("uge 52 2027")) + line;
        const int weeks = int(std::ceil(days / 7.0));
        const int maxLabels = std::max(2, int(plot.width() / labelWidth));
        const int step = std::max(1, int(std::ceil(double(weeks) / maxLabels)));
        painter.setPen(style.text);
        int key = weekKey(start.addDays(6));
        for (int i = 0; key != 0 && mondayOfWeekKey(key) <= end; i += step, key = addWeeksToKey(key, step)) {
            const double x = xOf(mondayOfWeekKey(key).addDays(6));
            if (x > plot.right() + 1)
                break;
            painter.setPen(style.text);
            const QRectF r(x - labelWidth / 2, plot.bottom() + line * 0.3, labelWidth, line);
            if (r.left() >= bounds.left() && r.right() <= bounds.right())
                painter.drawText(r, Qt::AlignCenter, weekYearLabel(key));
        }
    }

    // Go-live.
    if (trend.goLive.isValid() && trend.goLive >= start && trend.goLive <= end) {
        const double x = xOf(trend.goLive);
        painter.setPen(QPen(style.text, pen * 1.2));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        const QString text = TrendChartText::tr("Go-live");
        const double w = fm.horizontalAdvance(text) + line * 0.4;
        const QRectF r(x - w - line * 0.2 >= plot.left() ? x - w - line * 0.2 : x + line * 0.2, plot.top(), w, line);
        painter.fillRect(r, style.background.isValid() ? style.background : QColor(Qt::white));
        painter.drawText(r, Qt::AlignCenter, text);
    }

    // Planned (dashed) and done (solid) lines.
    QPainterPath planned;
    QPainterPath actual;
    bool actualStarted = false;
    for (int i = 0; i < trend.points.size(); ++i) {
        const TrendPoint &p = trend.points.at(i);
        const QPointF pp(xOf(p.date), yOf(p.planned));
        i == 0 ? planned.moveTo(pp) : planned.lineTo(pp);
        if (p.hasActual) {
            const QPointF pa(xOf(p.date), yOf(p.actual));
            actualStarted ? actual.lineTo(pa) : actual.moveTo(pa);
            actualStarted = true;
        }
    }
    painter.setBrush(Qt::NoBrush);
    QPen plannedPen(style.planned, pen * 1.4, Qt::DashLine);
    painter.setPen(plannedPen);
    painter.drawPath(planned);
    painter.setPen(QPen(style.actual, pen * 2.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(actual);

    // Forecast (dotted) from today to 100 % (or the edge).
    const TrendPoint *today = trend.today();
    if (today && trend.forecast.kind == TrendForecast::Kind::Date) {
        QPointF to(xOf(trend.forecast.done), yOf(100));
        if (trend.forecast.done > end) {
            const double share
                = double(today->date.daysTo(end)) / std::max<qint64>(1, today->date.daysTo(trend.forecast.done));
            to = QPointF(xOf(end), yOf(today->actual + (100.0 - today->actual) * share));
        }
        painter.setPen(QPen(style.actual, pen * 1.6, Qt::DotLine, Qt::RoundCap));
        painter.drawLine(QPointF(xOf(today->date), yOf(today->actual)), to);
    }

    // Sent reports: numbered triangles on the done line.
    painter.setPen(QPen(style.text, pen * 0.8));
    int n = 0;
    for (const QDate &sent : trend.sentReports) {
        ++n;
        double value = 0.0;
        for (const TrendPoint &p : trend.points) {
            if (p.hasActual && p.date >= sent) {
                value = p.actual;
                break;
            }
        }
        const QPointF at(xOf(sent), yOf(value));
        const double s = line * 0.45;
        QPolygonF triangle;
        triangle << QPointF(at.x(), at.y() - s * 0.2) << QPointF(at.x() - s, at.y() - s * 1.9)
                 << QPointF(at.x() + s, at.y() - s * 1.9);
        painter.setBrush(style.background.isValid() ? style.background : QColor(Qt::white));
        painter.drawPolygon(triangle);
        painter.setBrush(Qt::NoBrush);
    }

    // Legend.
    {
        double x = legend.left();
        const double y = legend.center().y();
        const double sample = line * 2.0;
        auto item = [&](const QPen &linePen, const QString &text) {
            painter.setPen(linePen);
            painter.drawLine(QPointF(x, y), QPointF(x + sample, y));
            painter.setPen(style.text);
            const double w = fm.horizontalAdvance(text) + 2;
            painter.drawText(QRectF(x + sample + line * 0.3, legend.top(), w, legend.height()), Qt::AlignVCenter, text);
            x += sample + line * 0.3 + w + line;
        };
        item(QPen(style.actual, pen * 2.4), TrendChartText::tr("Done"));
        item(plannedPen, TrendChartText::tr("Planned"));
        item(QPen(style.actual, pen * 1.6, Qt::DotLine), TrendChartText::tr("Forecast"));
        if (!trend.sentReports.isEmpty()) {
            const double s = line * 0.45;
            QPolygonF triangle;
            triangle << QPointF(x + s, y + s * 0.9) << QPointF(x, y - s * 0.9) << QPointF(x + 2 * s, y - s * 0.9);
            painter.setPen(QPen(style.text, pen * 0.8));
            painter.drawPolygon(triangle);
            const QString text = TrendChartText::tr("Report sent");
            painter.drawText(
                QRectF(x + 2 * s + line * 0.3, legend.top(), fm.horizontalAdvance(text) + 2, legend.height()),
                Qt::AlignVCenter, text);
        }
    }

    // The forecast in words.
    painter.setPen(style.text);
    painter.drawText(forecastRect, Qt::AlignLeft | Qt::AlignVCenter,
                     fm.elidedText(forecastText(trend.forecast), Qt::ElideRight, forecastRect.width()));
    painter.restore();
}

namespace {

ChartStyle svgStyle()
{
    ChartStyle style;
    style.font = QFont(QStringLiteral("DejaVu Sans"));
    style.font.setPixelSize(12);
    style.background = QColor(Qt::white);
    return style;
}

QByteArray svgOf(int width, int height, const QString &description, const std::function<void(QPainter &)> &paint)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(QSize(width, height));
    generator.setViewBox(QRect(0, 0, width, height));
    generator.setResolution(96);
    generator.setDescription(description);
    QPainter painter(&generator);
    paint(painter);
    painter.end();
    return buffer.data();
}

} // namespace

QByteArray trendChartSvg(const ProgressTrend &trend, int width, int height)
{
    return svgOf(width, height, trendChartDescription(trend),
                 [&](QPainter &painter) { paintTrendChart(painter, QRectF(0, 0, width, height), trend, svgStyle()); });
}

QByteArray progressChartSvg(const ProgressChartData &data, int width)
{
    const ChartStyle style = svgStyle();
    const int height = int(std::ceil(preferredSize(data, style).height()));
    return svgOf(width, height, data.title,
                 [&](QPainter &painter) { paintProgressChart(painter, QRectF(0, 0, width, height), data, style); });
}

QByteArray drawingSvg(const QSizeF &size, const QString &description,
                      const std::function<void(QPainter &, const QRectF &)> &paint)
{
    const int width = int(std::ceil(size.width()));
    const int height = int(std::ceil(size.height()));
    return svgOf(width, height, description, [&](QPainter &painter) {
        painter.fillRect(QRectF(0, 0, width, height), Qt::white);
        paint(painter, QRectF(QPointF(0, 0), size));
    });
}

QString trendChartDescription(const ProgressTrend &trend)
{
    const TrendPoint *today = trend.today();
    if (!today)
        return TrendChartText::tr("Too little history to draw the trend yet.");
    const QLocale locale;
    return TrendChartText::tr("Progress week by week from %1: %2 % done against %3 % planned by %4. %5")
        .arg(weekYearLabel(trend.points.first().weekKey), locale.toString(qRound(today->actual)),
             locale.toString(qRound(today->planned)), formatDate(today->date, QLocale().name().left(2)),
             forecastText(trend.forecast));
}

} // namespace parat
