#pragma once

#include <QGlyphRun>
#include <QList>
#include <QPointF>
#include <QRawFont>

#include <vector>

class QPainter;
class QTextLayout;

namespace parat {

// The glyphs of many texts, gathered and drawn as few glyph runs as their fonts allow. Each QPainter::drawText or
// QTextLayout::draw hands Qt's PDF writer one text item per line, and the writer puts a graphics state, a colour, a
// font selection and a text object around each (about 75 bytes and 20 writes into the page stream): a table of a
// page or the stakeholder map is thousands of them. Drawn through runs the glyphs land where those calls
// put them (the same positions, to Qt's 1/64 of a unit), in the order they were added (consecutive texts in one font
// share a run).
//
// Only for Qt's PDF writer (forPdf): a glyph run carries no characters, and the SVG generator (the HTML report's
// charts) writes a text item's characters, so it would get outlines instead of text; on the screen and in images
// drawText and QTextLayout::draw stay, and they draw as before.
class GlyphBatch
{
public:
    // Whether painter paints into a PDF (QPdfWriter, or a QPrinter writing PDF) and batches are on.
    static bool forPdf(const QPainter &painter);
    // Off: every text is drawn by its own call, as before the batches (the tests compare the two). On by default.
    static void setEnabled(bool enabled);

    // Every line of a laid-out layout, as QTextLayout::draw(painter, at) would draw it (no selections or formats).
    void add(const QTextLayout &layout, const QPointF &at);
    void add(const QGlyphRun &run, const QPointF &at);
    // The runs of runsOf(layout), as add(layout, at) adds them.
    void add(const QList<QGlyphRun> &runs, const QPointF &at);
    // The glyph runs of every line of a laid-out layout, line by line: for a layout drawn in many places.
    static QList<QGlyphRun> runsOf(const QTextLayout &layout);
    bool isEmpty() const { return m_runs.empty(); }
    // With the painter's pen, one drawGlyphRun per stretch of texts in one font, in the order they came; the batch
    // is emptied.
    void draw(QPainter &painter);

private:
    struct Run
    {
        QRawFont font;
        QList<quint32> glyphs;
        QList<QPointF> positions;
    };
    std::vector<Run> m_runs;
};

} // namespace parat
