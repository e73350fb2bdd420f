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

// Where the parts of the chart go and how dates and percentages map to points in the plot.
struct TrendFrame
{
    TrendFrame(QPainter &p, const ChartStyle &s, const QRectF &b)
        : painter(p)
        , style(s)
        , fm(fontMetrics(s.font, p.device()))
        , line(fm.height())
        , pen(std::max(1.0, line / 9.0))
        , bounds(b)
    { }

    QPainter &painter;
    const ChartStyle &style;
    QFontMetricsF fm;
    double line;
    double pen;
    QRectF bounds;
    double axisLabelWidth = 0.0;
    QRectF legend;
    QRectF forecastRect;
    QRectF plot;
    QDate start;
    QDate end;
    double days = 1.0;

    double xOf(const QDate &date) const { return plot.left() + plot.width() * double(start.daysTo(date)) / days; }
    double yOf(double percent) const { return plot.bottom() - plot.height() * std::clamp(percent, 0.0, 100.0) / 100.0; }
    QPen plannedPen() const { return QPen(style.planned, pen * 1.4, Qt::DashLine); }
    QColor background() const { return style.background.isValid() ? style.background : QColor(Qt::white); }
};

// Legend on top, scale left, week labels and the forecast sentence below.
void layOut(TrendFrame &f, const ProgressTrend &trend)
{
    const double line = f.line;
    f.axisLabelWidth = f.fm.horizontalAdvance(percentLabel(100)) + line * 0.5;
    f.legend = QRectF(f.bounds.left(), f.bounds.top(), f.bounds.width(), line * 1.3);
    f.forecastRect = QRectF(f.bounds.left(), f.bounds.bottom() - line * 1.2, f.bounds.width(), line * 1.2);
    f.plot = QRectF(f.bounds.left() + f.axisLabelWidth, f.legend.bottom() + line * 0.6,
                    f.bounds.width() - f.axisLabelWidth - line * 0.5,
                    f.forecastRect.top() - f.legend.bottom() - line * 0.6 - line * 1.6);
    f.start = trend.points.first().date.addDays(-6);
    f.end = chartEnd(trend);
    f.days = std::max<qint64>(1, f.start.daysTo(f.end));
}

void paintScale(TrendFrame &f)
{
    QPainter &painter = f.painter;
    painter.setPen(QPen(f.style.grid, f.pen * 0.6));
    for (int p = 0; p <= 100; p += 25) {
        const double y = f.yOf(p);
        painter.drawLine(QPointF(f.plot.left(), y), QPointF(f.plot.right(), y));
        painter.setPen(f.style.text);
        painter.drawText(QRectF(f.bounds.left(), y - f.line / 2, f.axisLabelWidth - f.line * 0.3, f.line),
                         Qt::AlignRight | Qt::AlignVCenter, percentLabel(p));
        painter.setPen(QPen(f.style.grid, f.pen * 0.6));
    }
}

// Week labels: as many as fit, on whole weeks.
void paintWeekLabels(TrendFrame &f)
{
    QPainter &painter = f.painter;
    const double line = f.line;
    const double labelWidth = f.fm.horizontalAdvance(QStringLiteral("uge 52 2027")) + line;
    const int weeks = int(std::ceil(f.days / 7.0));
    const int maxLabels = std::max(2, int(f.plot.width() / labelWidth));
    const int step = std::max(1, int(std::ceil(double(weeks) / maxLabels)));
    painter.setPen(f.style.text);
    int key = weekKey(f.start.addDays(6));
    for (int i = 0; key != 0 && mondayOfWeekKey(key) <= f.end; i += step, key = addWeeksToKey(key, step)) {
        const double x = f.xOf(mondayOfWeekKey(key).addDays(6));
        if (x > f.plot.right() + 1)
            break;
        painter.setPen(f.style.text);
        const QRectF r(x - labelWidth / 2, f.plot.bottom() + line * 0.3, labelWidth, line);
        if (r.left() >= f.bounds.left() && r.right() <= f.bounds.right())
            painter.drawText(r, Qt::AlignCenter, weekYearLabel(key));
    }
}

void paintGoLive(TrendFrame &f, const QDate &goLive)
{
    if (!goLive.isValid() || goLive < f.start || goLive > f.end)
        return;
    QPainter &painter = f.painter;
    const double line = f.line;
    const double x = f.xOf(goLive);
    painter.setPen(QPen(f.style.text, f.pen * 1.2));
    painter.drawLine(QPointF(x, f.plot.top()), QPointF(x, f.plot.bottom()));
    const QString text = TrendChartText::tr("Go-live");
    const double w = f.fm.horizontalAdvance(text) + line * 0.4;
    const QRectF r(x - w - line * 0.2 >= f.plot.left() ? x - w - line * 0.2 : x + line * 0.2, f.plot.top(), w, line);
    painter.fillRect(r, f.background());
    painter.drawText(r, Qt::AlignCenter, text);
}

// Planned (dashed) and done (solid) lines.
void paintProgressLines(TrendFrame &f, const ProgressTrend &trend)
{
    QPainterPath planned;
    QPainterPath actual;
    bool actualStarted = false;
    for (int i = 0; i < trend.points.size(); ++i) {
        const TrendPoint &p = trend.points.at(i);
        const QPointF pp(f.xOf(p.date), f.yOf(p.planned));
        i == 0 ? planned.moveTo(pp) : planned.lineTo(pp);
        if (p.hasActual) {
            const QPointF pa(f.xOf(p.date), f.yOf(p.actual));
            actualStarted ? actual.lineTo(pa) : actual.moveTo(pa);
            actualStarted = true;
        }
    }
    QPainter &painter = f.painter;
    painter.setBrush(Qt::NoBrush);
    painter.setPen(f.plannedPen());
    painter.drawPath(planned);
    painter.setPen(QPen(f.style.actual, f.pen * 2.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(actual);
}

// Forecast (dotted) from today to 100 % (or the edge).
void paintForecastLine(TrendFrame &f, const ProgressTrend &trend)
{
    const TrendPoint *today = trend.today();
    if (!today || trend.forecast.kind != TrendForecast::Kind::Date)
        return;
    QPointF to(f.xOf(trend.forecast.done), f.yOf(100));
    if (trend.forecast.done > f.end) {
        const double share
            = double(today->date.daysTo(f.end)) / std::max<qint64>(1, today->date.daysTo(trend.forecast.done));
        to = QPointF(f.xOf(f.end), f.yOf(today->actual + (100.0 - today->actual) * share));
    }
    f.painter.setPen(QPen(f.style.actual, f.pen * 1.6, Qt::DotLine, Qt::RoundCap));
    f.painter.drawLine(QPointF(f.xOf(today->date), f.yOf(today->actual)), to);
}

// Sent reports: triangles on the done line.
void paintSentReports(TrendFrame &f, const ProgressTrend &trend)
{
    QPainter &painter = f.painter;
    painter.setPen(QPen(f.style.text, f.pen * 0.8));
    for (const QDate &sent : trend.sentReports) {
        double value = 0.0;
        for (const TrendPoint &p : trend.points) {
            if (p.hasActual && p.date >= sent) {
                value = p.actual;
                break;
            }
        }
        const QPointF at(f.xOf(sent), f.yOf(value));
        const double s = f.line * 0.45;
        QPolygonF triangle;
        triangle << QPointF(at.x(), at.y() - s * 0.2) << QPointF(at.x() - s, at.y() - s * 1.9)
                 << QPointF(at.x() + s, at.y() - s * 1.9);
        painter.setBrush(f.background());
        painter.drawPolygon(triangle);
        painter.setBrush(Qt::NoBrush);
    }
}

void paintLegend(TrendFrame &f, bool withSentReports)
{
    QPainter &painter = f.painter;
    const QRectF &legend = f.legend;
    const double line = f.line;
    double x = legend.left();
    const double y = legend.center().y();
    const double sample = line * 2.0;
    auto item = [&](const QPen &linePen, const QString &text) {
        painter.setPen(linePen);
        painter.drawLine(QPointF(x, y), QPointF(x + sample, y));
        painter.setPen(f.style.text);
        const double w = f.fm.horizontalAdvance(text) + 2;
        painter.drawText(QRectF(x + sample + line * 0.3, legend.top(), w, legend.height()), Qt::AlignVCenter, text);
        x += sample + line * 0.3 + w + line;
    };
    item(QPen(f.style.actual, f.pen * 2.4), TrendChartText::tr("Done"));
    item(f.plannedPen(), TrendChartText::tr("Planned"));
    item(QPen(f.style.actual, f.pen * 1.6, Qt::DotLine), TrendChartText::tr("Forecast"));
    if (withSentReports) {
        const double s = line * 0.45;
        QPolygonF triangle;
        triangle << QPointF(x + s, y + s * 0.9) << QPointF(x, y - s * 0.9) << QPointF(x + 2 * s, y - s * 0.9);
        painter.setPen(QPen(f.style.text, f.pen * 0.8));
        painter.drawPolygon(triangle);
        const QString text = TrendChartText::tr("Report sent");
        painter.drawText(
            QRectF(x + 2 * s + line * 0.3, legend.top(), f.fm.horizontalAdvance(text) + 2, legend.height()),
            Qt::AlignVCenter, text);
    }
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
    TrendFrame f(painter, style, bounds);

    if (trend.points.size() < 2) {
        painter.setPen(style.text);
        painter.drawText(bounds, Qt::AlignCenter | Qt::TextWordWrap,
                         TrendChartText::tr("Too little history to draw the trend yet."));
        painter.restore();
        return;
    }
    layOut(f, trend);
    if (f.plot.width() <= 10 || f.plot.height() <= 10) {
        painter.restore();
        return;
    }
    paintScale(f);
    paintWeekLabels(f);
    paintGoLive(f, trend.goLive);
    paintProgressLines(f, trend);
    paintForecastLine(f, trend);
    paintSentReports(f, trend);
    paintLegend(f, !trend.sentReports.isEmpty());

    // The forecast in words.
    painter.setPen(style.text);
    painter.drawText(f.forecastRect, Qt::AlignLeft | Qt::AlignVCenter,
                     f.fm.elidedText(forecastText(trend.forecast), Qt::ElideRight, f.forecastRect.width()));
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
