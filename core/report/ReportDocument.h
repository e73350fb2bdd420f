#pragma once

#include "report/StatusReport.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSizeF>

#include <memory>

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;
class QTextBlock;
class QTextDocument;

namespace parat {

class BlockWriter;
class ReportObjectHandler;

// A report's pages: the content laid out as a QTextDocument on A4 portrait for one paint device, with a header
// (the content's headerLeft and headerRight) and a footer "Page X of Y" painted on every page.
//
// QTextDocument::print() has no per-page headers, so the pages are painted here: the document is laid out
// with the height of the body as its page size (tables break across pages and repeat their header rows),
// then each page paints its header, its slice of the document (translated and clipped) and its footer.
// Fonts and lengths follow the device's resolution, so the PDF, the printer and the preview images show the
// same pages. Charts and the traffic light are painted as vector objects by the core renderers.
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(parat::ReportDocument)
public:
    explicit ReportDocument(ReportContent content);
    ~ReportDocument();
    ReportDocument(const ReportDocument &) = delete;
    ReportDocument &operator=(const ReportDocument &) = delete;

    const ReportContent &content() const { return m_content; }

    // Builds and lays out the document for the device (its resolution); returns the number of pages.
    int layoutFor(const QPaintDevice *device);
    int pageCount() const { return m_pageCount; }
    // The laid-out document (after layoutFor), for tests and the HTML of Qt's own writer.
    QTextDocument *document() const { return m_document.get(); }

    // Paints page `index` (0-based) with the page's top-left corner at the painter's origin, in the units of
    // the device the document was laid out for.
    void paintPage(QPainter &painter, int index) const;

    // Sets A4 (portrait, or landscape for content().landscape) on the device, lays out for it and paints every page.
    // False with a translated *error when the device cannot be painted on (e.g. the file cannot be written).
    bool print(QPagedPaintDevice *device, QString *error);

    // Pages as white images of A4 at the given resolution (dots per inch), for a preview.
    QList<QImage> renderPages(int dpi);

    // DejaVu Sans at the report's body size.
    static QFont bodyFont();
    // Page geometry in millimetres (portrait; landscape swaps width and height, see pageWidthMm()).
    static constexpr double kPageWidthMm = 210.0;
    static constexpr double kPageHeightMm = 297.0;
    static constexpr double kMarginMm = 18.0; // left and right
    static constexpr double kTopMm = 12.0; // header line
    static constexpr double kBodyTopMm = 24.0;
    static constexpr double kBodyBottomMm = 278.0;
    static constexpr double kFooterMm = 284.0;

    // The page of this content: A4 portrait, or landscape when content().landscape.
    double pageWidthMm() const { return m_content.landscape ? kPageHeightMm : kPageWidthMm; }
    double pageHeightMm() const { return m_content.landscape ? kPageWidthMm : kPageHeightMm; }
    double bodyBottomMm() const { return pageHeightMm() - (kPageHeightMm - kBodyBottomMm); }
    double footerMm() const { return pageHeightMm() - (kPageHeightMm - kFooterMm); }

private:
    // Writes page 1 (firstPage) and the content's blocks after it. With onlyIfItFits, stops when page 1 alone takes
    // more than one page and returns false (the document then holds page 1 only).
    bool build(const QList<ReportBlock> &firstPage, bool onlyIfItFits);
    void resetDocument();
    // Writes a data table, the facts or the rows of lights (block) as blocks of rows that Parat lays out and paints (a
    // page each); false when it must go through QTextTable (nothing written then).
    bool writeTable(BlockWriter &writer, const ReportBlock &block);
    int appendixPage() const; // 0-based page the appendix starts on; -1 without a first page
    void keepHeadingWithNext(const QTextBlock &block);
    // Moves the heading to the next page when the block after it starts on a later page; true when it moved it.
    bool keepHeadingWith(const QTextBlock &heading, const QTextBlock &next);
    static bool isWhole(ReportBlock::Kind kind); // painted in one piece, never split over pages
    static bool isTable(ReportBlock::Kind kind); // laid out as a table: data tables, facts, rows of lights
    void cacheLayouts(); // from the last block cached to the end
    double mm(double millimetres) const { return millimetres / 25.4 * m_dpi; }

    ReportContent m_content;
    std::unique_ptr<QTextDocument> m_document;
    std::unique_ptr<ReportObjectHandler> m_handler;
    QImage m_prototype; // the device of the layout when rendering images
    double m_dpi = 96.0;
    int m_pageCount = 0;
    int m_appendixPosition = -1;
    int m_firstPageLevel = -1;
    int m_cachedFrom = 0; // position of the last block whose layout keeps its glyphs

public:
    // Which of the content's first-page variants was used (0: the fullest; -1: none), and the page the appendix
    // starts on (1 when page 1 fits one page).
    int firstPageLevel() const { return m_firstPageLevel; }
    int appendixStartPage() const { return appendixPage(); }
};

} // namespace parat
