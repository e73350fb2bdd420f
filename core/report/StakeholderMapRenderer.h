#pragma once

#include "domain/Stakeholder.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <array>

class QPainter;
class QPaintDevice;

namespace parat {

// The one renderer of the four-field stakeholder map, painted with QPainter into a rectangle of any paint
// device: the window's map widget, the PDF report and the PNG export draw the same picture.
//
// Influence runs up (0..3), how affected runs right (0..3); the quadrant lines lie between 1 and 2. Each
// quadrant has its name, what places a stakeholder there (influence x affected) and one line of advice in its
// outer corner band. A marker is a badge with the
// stakeholder's number and name and a five-step engagement scale (Unaware .. Leading): the current step is a filled
// dot, the target a ring, joined by an arrow from now to target. Shapes, not colours, carry the meaning, so the map
// reads in grayscale and on paper. Under the map a list gives each number with the full name, so a name too long for
// its badge (one long word in a small window) is still read whole. It is left out when its room would cut names
// the badges show whole without it.

// Translation context (lupdate sees "parat::StakeholderMapText").
struct StakeholderMapText
{
    Q_DECLARE_TR_FUNCTIONS(parat::StakeholderMapText)
};

struct StakeholderMapMarker
{
    Id id = 0;
    QString name;
    int influence = 0;
    int affectedness = 0;
    Engagement now = Engagement::Neutral;
    Engagement target = Engagement::Neutral;
};

struct StakeholderMapData
{
    QString title; // empty: no title line
    QList<StakeholderMapMarker> markers;
};

StakeholderMapData stakeholderMapData(const QList<Stakeholder> &stakeholders, const QString &title = {});
// The entry of a stakeholder in the map's list of names: "3. Borgerservice".
QString stakeholderMapEntry(int number, const QString &name);

// Colours and font. The defaults are black on white for print; a widget passes its palette's colours.
struct StakeholderMapStyle
{
    QFont font;
    QColor text = QColor(0, 0, 0);
    QColor grid = QColor(0x99, 0x99, 0x99);
    QColor markerFill = QColor(0xff, 0xff, 0xff);
    QColor highlight = QColor(0, 0, 0); // outline of the selected marker
    QColor background; // invalid: leave the background as it is
};

struct StakeholderMapLayout
{
    struct QuadrantPlace
    {
        Quadrant quadrant = Quadrant::Monitor;
        QRectF area;
        QRectF titleRect; // name, meaning and advice
        QString title;
        QString meaning; // what places a stakeholder here: "High influence, highly affected"
        QString advice;
        Qt::Alignment alignment;
    };
    struct MarkerPlace
    {
        Id id = 0;
        int index = 0; // into StakeholderMapData::markers
        int number = 0; // 1-based, in the order of the data; the same number as in the list of names
        QRectF rect; // the whole badge
        QRectF numberRect;
        QRectF labelRect;
        QRectF scaleRect; // the five engagement steps
        QString label; // the name, on up to three lines ('\n'); elided only beyond that
    };
    QRectF titleRect;
    QRectF plotRect;
    std::array<std::array<QRectF, 4>, 4> cells; // [influence][affectedness]
    QList<QuadrantPlace> quadrants;
    QList<MarkerPlace> markers;
    QRectF yAxisTitleRect; // rotated text "Influence"
    std::array<QRectF, 4> yTickRects;
    QRectF xAxisTitleRect;
    std::array<QRectF, 4> xTickRects;
    QRectF legendRect;
    // The list of names under the map: "3. Borgerservice", every name whole (wrapped, never elided).
    struct NameEntry
    {
        Id id = 0;
        int index = 0; // into StakeholderMapData::markers
        int number = 0;
        QRectF rect;
        QString text;
    };
    // Empty when the list is left out: when it does not fit (a very small map; the names are then on hover), or
    // when making room for it would cut names the badges otherwise show whole.
    QRectF namesRect;
    QList<NameEntry> names;
    double lineHeight = 0.0;

    // The marker at point, 0 when none (the topmost when badges overlap).
    Id markerAt(const QPointF &point) const;
    // The stakeholder whose entry in the list of names is at point, 0 when none.
    Id nameAt(const QPointF &point) const;
    const MarkerPlace *marker(Id id) const;
    // The cell nearest to point (clamped to the grid).
    void cellAt(const QPointF &point, int *influence, int *affectedness) const;
};

// device: where the map will be painted (font metrics depend on its resolution); null for the screen.
StakeholderMapLayout layoutStakeholderMap(const QRectF &bounds, const StakeholderMapData &data, const QFont &font,
                                          const QPaintDevice *device = nullptr);
// selectedId: a marker to outline as selected (0: none).
void paintStakeholderMap(QPainter &painter, const QRectF &bounds, const StakeholderMapData &data,
                         const StakeholderMapStyle &style = {}, Id selectedId = 0);

} // namespace parat
