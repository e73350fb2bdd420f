#include "report/GlyphBatch.h"

#include <QPaintEngine>
#include <QPainter>
#include <QTextLayout>

#include <atomic>

namespace parat {

namespace {
std::atomic<bool> batchesOn {true};
} // namespace

bool GlyphBatch::forPdf(const QPainter &painter)
{
    const QPaintEngine *engine = painter.paintEngine();
    return batchesOn.load(std::memory_order_relaxed) && engine && engine->type() == QPaintEngine::Pdf;
}

void GlyphBatch::setEnabled(bool enabled)
{
    batchesOn.store(enabled, std::memory_order_relaxed);
}

void GlyphBatch::add(const QTextLayout &layout, const QPointF &at)
{
    // Line by line: QTextLayout::glyphRuns() would merge the lines' runs by font first, which the batch does anyway.
    for (int i = 0; i < layout.lineCount(); ++i) {
        for (const QGlyphRun &run : layout.lineAt(i).glyphRuns())
            add(run, at);
    }
}

QList<QGlyphRun> GlyphBatch::runsOf(const QTextLayout &layout)
{
    QList<QGlyphRun> runs;
    for (int i = 0; i < layout.lineCount(); ++i)
        runs.append(layout.lineAt(i).glyphRuns());
    return runs;
}

void GlyphBatch::add(const QList<QGlyphRun> &runs, const QPointF &at)
{
    for (const QGlyphRun &run : runs)
        add(run, at);
}

void GlyphBatch::add(const QGlyphRun &run, const QPointF &at)
{
    const QList<quint32> glyphs = run.glyphIndexes();
    if (glyphs.isEmpty())
        return;
    const QRawFont font = run.rawFont();
    // A new run whenever the font changes: the page stream keeps the texts in the order they were added, which is
    // the order a reader of an untagged PDF (a screen reader, copying text) gets them in.
    if (m_runs.empty() || !(m_runs.back().font == font))
        m_runs.push_back({font, {}, {}});
    Run &last = m_runs.back();
    const QList<QPointF> positions = run.positions();
    last.glyphs.append(glyphs);
    for (const QPointF &position : positions)
        last.positions.append(position + at);
}

void GlyphBatch::draw(QPainter &painter)
{
    for (const Run &run : m_runs) {
        QGlyphRun glyphs;
        glyphs.setRawFont(run.font);
        glyphs.setGlyphIndexes(run.glyphs);
        glyphs.setPositions(run.positions);
        painter.drawGlyphRun(QPointF(0, 0), glyphs);
    }
    m_runs.clear();
}

} // namespace parat
