// The one chart renderer: bars where the data says, readable labels, no crash on nothing, any paint device.
#include "TestSupport.h"

#include "domain/Language.h"
#include "planning/Overview.h"
#include "report/ProgressChart.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>

using namespace parat;

namespace {

ProgressChartData sampleData()
{
    ProgressChartData data;
    data.title = QStringLiteral("Progress against plan per phase");
    data.rows = {
        {QStringLiteral("Preparation"), 50.0, 80.0, 10, 5},
        {QStringLiteral("Clarification"), 0.0, 0.0, 8, 0},
        {QStringLiteral("Readiness build"), 100.0, 100.0, 12, 12},
    };
    return data;
}

QImage blank(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    return image;
}

bool isWhite(QRgb pixel)
{
    return qRed(pixel) > 245 && qGreen(pixel) > 245 && qBlue(pixel) > 245;
}

// Share of non-white pixels inside rect.
double inkShare(const QImage &image, const QRectF &rect)
{
    const QRect r = rect.toAlignedRect().intersected(image.rect());
    if (r.isEmpty())
        return 0.0;
    int ink = 0;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            ink += isWhite(image.pixel(x, y)) ? 0 : 1;
    }
    return double(ink) / double(r.width() * r.height());
}

} // namespace

TEST_CASE("The progress chart paints solid done bars and hatched planned bars", "[chart]")
{
    installTranslations(QStringLiteral("en"));
    const ProgressChartData data = sampleData();
    QImage image = blank(640, 320);
    const QRectF bounds(10, 10, 620, 300);
    ChartStyle style;
    {
        QPainter painter(&image);
        paintProgressChart(painter, bounds, data, style);
    }
    const ProgressChartLayout layout = layoutProgressChart(bounds, data, style.font, &image);
    REQUIRE(layout.rows.size() == 3);

    // Row 1: done 50 %, planned 80 %. The done bar is solid in the "actual" colour.
    const ProgressChartLayout::Row &first = layout.rows.at(0);
    CHECK(first.actualRect.width() == Approx(first.trackRect.width() * 0.5));
    CHECK(first.plannedRect.width() == Approx(first.trackRect.width() * 0.8));
    const QPoint inDone = first.actualRect.center().toPoint();
    CHECK(image.pixel(inDone) == style.actual.rgb());
    CHECK(inkShare(image, first.actualRect.adjusted(2, 2, -2, -2)) > 0.95);
    // Between done and planned: hatched, so partly inked and partly not.
    const QRectF hatched(first.actualRect.right() + 4, first.trackRect.top() + 3,
                         first.plannedRect.right() - first.actualRect.right() - 10, first.trackRect.height() - 6);
    const double hatchShare = inkShare(image, hatched);
    CHECK(hatchShare > 0.1);
    CHECK(hatchShare < 0.9);
    // Past the plan the track is empty.
    const QRectF beyond(first.plannedRect.right() + 4, first.trackRect.top() + 3,
                        first.trackRect.right() - first.plannedRect.right() - 8, first.trackRect.height() - 6);
    CHECK(inkShare(image, beyond) < 0.05);

    // Row 2: nothing done or planned: an empty track.
    const ProgressChartLayout::Row &second = layout.rows.at(1);
    CHECK(second.actualRect.width() == 0.0);
    CHECK(inkShare(image, second.trackRect.adjusted(3, 3, -3, -3)) < 0.05);

    // Row 3: all done, solid to the end.
    const ProgressChartLayout::Row &third = layout.rows.at(2);
    CHECK(image.pixel(QPointF(third.trackRect.right() - 3, third.trackRect.center().y()).toPoint())
          == style.actual.rgb());

    // Labels and numbers are painted.
    CHECK(inkShare(image, first.labelRect) > 0.01);
    CHECK(inkShare(image, first.valueRect) > 0.01);
    CHECK(first.valueText == QStringLiteral("50 % (plan 80 %)"));
    CHECK(inkShare(image, layout.titleRect) > 0.01);
    CHECK(inkShare(image, layout.actualSwatch) > 0.9);
}

TEST_CASE("Chart labels fit their columns and never overlap the bars", "[chart]")
{
    installTranslations(QStringLiteral("en"));
    ProgressChartData data = sampleData();
    data.rows.append({QStringLiteral("Gevinstrealisering og drift og meget mere end det"), 12.5, 30.0, 3, 1});
    QImage image = blank(10, 10);
    const QFont font;
    const QFontMetricsF fm(font, &image);

    // At the preferred size nothing is elided.
    const QSizeF preferred = preferredSize(data, ChartStyle(), &image);
    const ProgressChartLayout roomy = layoutProgressChart(QRectF(QPointF(0, 0), preferred), data, font, &image);
    for (int i = 0; i < data.rows.size(); ++i) {
        CHECK(roomy.rows.at(i).labelText == data.rows.at(i).label);
        CHECK(roomy.rows.at(i).trackRect.width() >= fm.height() * 10);
    }
    CHECK(roomy.axisRect.bottom() <= preferred.height() + 0.5);

    // Narrow: long labels are elided, every text fits its rectangle, columns do not overlap.
    for (const double width : {preferred.width(), 420.0, 260.0}) {
        const QRectF bounds(5, 5, width, preferred.height());
        const ProgressChartLayout layout = layoutProgressChart(bounds, data, font, &image);
        for (const ProgressChartLayout::Row &row : layout.rows) {
            INFO("width " << width << " label " << row.labelText.toStdString());
            CHECK(fm.horizontalAdvance(row.labelText) <= row.labelRect.width());
            CHECK(fm.horizontalAdvance(row.valueText) <= row.valueRect.width());
            CHECK(row.labelRect.right() <= row.trackRect.left());
            CHECK(row.trackRect.right() <= row.valueRect.left());
            CHECK(row.valueRect.right() <= bounds.right() + 0.5);
            CHECK(row.labelRect.left() >= bounds.left());
            CHECK(row.labelRect.height() >= fm.height());
        }
        CHECK(fm.horizontalAdvance(QStringLiteral("Planned by now")) <= layout.plannedLegendText.width());
    }
    const ProgressChartLayout narrow = layoutProgressChart(QRectF(0, 0, 260, 300), data, font, &image);
    CHECK(narrow.rows.last().labelText != data.rows.last().label);
}

TEST_CASE("An empty chart paints its message and a chart paints on any device", "[chart]")
{
    installTranslations(QStringLiteral("en"));
    ProgressChartData empty;
    empty.title = QStringLiteral("Nothing");
    QImage image = blank(300, 120);
    {
        QPainter painter(&image);
        paintProgressChart(painter, QRectF(0, 0, 300, 120), empty);
        paintProgressChart(painter, QRectF(), empty); // a zero rectangle is harmless too
    }
    const ProgressChartLayout layout = layoutProgressChart(QRectF(0, 0, 300, 120), empty, QFont(), &image);
    CHECK(layout.rows.isEmpty());
    CHECK(inkShare(image, layout.emptyRect) > 0.01);
    CHECK(preferredSize(empty).height() > 0);

    // Percentages out of range are clamped, not painted outside the track.
    ProgressChartData odd;
    odd.rows = {{QStringLiteral("Odd"), 150.0, -20.0, 1, 1}};
    const ProgressChartLayout oddLayout = layoutProgressChart(QRectF(0, 0, 400, 100), odd, QFont(), &image);
    CHECK(oddLayout.rows.first().actualRect.right() <= oddLayout.rows.first().trackRect.right() + 0.01);
    CHECK(oddLayout.rows.first().plannedRect.width() == 0.0);

    // The PDF report will paint the same chart on a high-resolution device.
    test::TempDir dir;
    const QString file = dir.file(QStringLiteral("chart.pdf"));
    {
        QPdfWriter pdf(file);
        pdf.setResolution(1200);
        QPainter painter(&pdf);
        const QSizeF size = preferredSize(sampleData(), ChartStyle(), &pdf);
        CHECK(size.width() > 1000); // measured in the device's own (fine) units
        paintProgressChart(painter, QRectF(QPointF(0, 0), size), sampleData());
    }
    CHECK(QFileInfo(file).size() > 500);
}

TEST_CASE("The traffic light symbol differs by colour and by shape", "[chart]")
{
    QList<QImage> grays;
    for (const Light light : {Light::Green, Light::Yellow, Light::Red}) {
        QImage image = blank(64, 64);
        {
            QPainter painter(&image);
            paintTrafficLight(painter, QRectF(0, 0, 64, 64), light);
        }
        // The disc has the light's colour between its rim and its symbol.
        CHECK(image.pixel(32, 8) == lightColor(light).rgb());
        grays.append(image.convertToFormat(QImage::Format_Grayscale8));
    }
    CHECK(lightColor(Light::Red) != lightColor(Light::Green));
    // In grayscale the three still differ.
    CHECK(grays.at(0) != grays.at(1));
    CHECK(grays.at(1) != grays.at(2));
    CHECK(grays.at(0) != grays.at(2));
}
