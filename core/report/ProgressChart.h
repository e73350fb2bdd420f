#pragma once

#include "planning/Readiness.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;
class QPaintDevice;

namespace parat {

struct MunicipalitySummary;

// The one renderer of "progress against plan per phase": horizontal bars painted with QPainter into a
// rectangle of any paint device, so the start page's widget and the PDF report draw the same chart.
//
// Per row: the phase name, a track for 0-100 %, the planned share as an outlined, hatched bar ending in a
// marker line, the done share as a solid bar over it, and both numbers written beside the bar. A legend
// explains the two bars. Solid against hatched keeps the chart readable in grayscale and on paper.

// Translation context for the free functions below (lupdate sees "parat::ProgressChartText").
struct ProgressChartText
{
    Q_DECLARE_TR_FUNCTIONS(parat::ProgressChartText)
};

struct ProgressChartRow
{
    QString label;
    double actual = 0.0; // % done
    double planned = 0.0; // % planned by the as-of date
    int tasks = 0;
    int doneTasks = 0;
};

struct ProgressChartData
{
    QString title; // empty: no title line
    QList<ProgressChartRow> rows;
};

// Colours and font. The defaults are black on white for print; a widget passes its palette's colours.
struct ChartStyle
{
    QFont font;
    QColor text = QColor(0, 0, 0);
    QColor actual = QColor(0x30, 0x30, 0x30); // solid "done" bar
    QColor planned = QColor(0, 0, 0); // outline, hatching and marker of the "planned" bar
    QColor grid = QColor(0x99, 0x99, 0x99); // track and scale
    QColor background; // invalid: leave the background as it is
};

// "45 %": a share in whole percent, in the current locale.
QString percentText(double value);
// "+5", "−12", "0": percentage points, signed so the direction reads without colour.
QString pointsText(double value);

// Rows per phase with relevant tasks, in phase order, titled "Progress against plan per phase".
ProgressChartData progressChartData(const MunicipalitySummary &summary);

// Where everything goes in a given rectangle. Text rectangles are at least as wide as their (elided) text.
struct ProgressChartLayout
{
    struct Row
    {
        QString labelText; // elided to fit labelRect
        QString valueText; // "42 % (plan 60 %)"
        QRectF labelRect;
        QRectF trackRect; // the 0-100 % band
        QRectF actualRect; // solid bar
        QRectF plannedRect; // hatched bar
        QRectF valueRect;
    };
    QRectF titleRect;
    QRectF legendRect;
    QRectF actualSwatch;
    QRectF plannedSwatch;
    QRectF actualLegendText;
    QRectF plannedLegendText;
    QRectF axisRect; // scale labels under the bars
    QRectF emptyRect; // message when there are no rows
    QList<Row> rows;
    double lineHeight = 0.0;
};

// device: where the chart will be painted (font metrics depend on its resolution); null for the screen.
ProgressChartLayout layoutProgressChart(const QRectF &bounds, const ProgressChartData &data, const QFont &font,
                                        const QPaintDevice *device = nullptr);
// Size the chart needs to show every label and number unelided with bars of a readable length.
QSizeF preferredSize(const ProgressChartData &data, const ChartStyle &style = {}, const QPaintDevice *device = nullptr);
void paintProgressChart(QPainter &painter, const QRectF &bounds, const ProgressChartData &data,
                        const ChartStyle &style = {});

// The traffic light as a symbol: a disc in the light's colour with a shape inside (cross for red,
// exclamation mark for yellow, tick for green), so it reads in grayscale too. Always say its name beside it.
QColor lightColor(Light light);
void paintTrafficLight(QPainter &painter, const QRectF &bounds, Light light, const QColor &outline = QColor(0, 0, 0));

} // namespace parat
