#pragma once

#include "planning/Trend.h"
#include "report/ProgressChart.h"

#include <QCoreApplication>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <functional>

class QPainter;
class QPaintDevice;

namespace parat {

// The one renderer of the progress trend (planning/Trend.h): planned against done week by week as two lines, the
// forecast at the recent pace as a dotted line to 100 %, go-live as a vertical line, and each report sent to the
// steering group as a numbered triangle on the done line. The lines differ by style (solid, dashed, dotted), not
// by colour alone, and a legend names them; the forecast sentence is written under the chart. The Overview page,
// the PDF report and the HTML report (as SVG) draw it with this function.

struct TrendChartText
{
    Q_DECLARE_TR_FUNCTIONS(parat::TrendChartText)
};

// Height the chart wants for a width (about a third of it, at least 9 text lines).
double trendChartHeight(double width, const QFont &font, const QPaintDevice *device = nullptr);
void paintTrendChart(QPainter &painter, const QRectF &bounds, const ProgressTrend &trend, const ChartStyle &style = {});
// The chart as an SVG document (for the HTML report), width x height in CSS pixels, scaling with its viewBox.
QByteArray trendChartSvg(const ProgressTrend &trend, int width = 760, int height = 260);
// The bar chart of report/ProgressChart as an SVG document of its preferred size at the width.
QByteArray progressChartSvg(const ProgressChartData &data, int width = 760);
// A drawing (ReportBlock::Kind::Drawing) as an SVG document of its size, scaling with its viewBox.
QByteArray drawingSvg(const QSizeF &size, const QString &description,
                      const std::function<void(QPainter &, const QRectF &)> &paint);
// What the chart shows in words (for screen readers and the HTML alt text).
QString trendChartDescription(const ProgressTrend &trend);

} // namespace parat
