// Status reports: notes and snapshots in the database, the gathered report, the paged PDF (read back with
// pdftotext and pdffonts), HTML escaping, CSV neutralising, "since last report", batch export and the
// cross-municipality overview.
#include "Fixtures.h"
#include "TestSupport.h"

#include "commands/MunicipalityCommands.h"
#include "commands/ReportCommands.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "domain/OfficialMunicipalities.h"
#include "planning/Readiness.h"
#include "report/ReportDocument.h"
#include "report/ReportSections.h"
#include "report/ReportWriter.h"
#include "report/StatusReport.h"
#include "services/CapacityLoader.h"
#include "services/GoLiveReadinessLoader.h"
#include "services/HandbookImport.h"
#include "services/StakeholderReport.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ReportRepository.h"
#include "storage/RiskRepository.h"
#include "storage/StakeholderRepository.h"
#include "storage/TaskRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QUndoStack>

#include <cmath>
#include <set>

using namespace parat;

namespace {

const QDate kToday(2026, 11, 27);

struct Fixture
{
    test::TempDir dir;
    Database db;
    FixedClock clock {kToday};
    Municipality demo;

    explicit Fixture(bool withDemo = true)
    {
        QString error;
        REQUIRE(db.open(dir.file(QStringLiteral("p.sqlite")), &error));
        if (withDemo)
            demo = test::buildDemo(db, clock);
    }

    // Adds municipalities with these codes, going live on 4 January 2027, and nothing else; their ids.
    QList<Id> addMunicipalities(const QStringList &codes)
    {
        QString error;
        QList<Id> ids;
        for (const QString &code : codes) {
            Municipality m;
            m.code = code;
            m.goLive = QDate(2027, 1, 4);
            REQUIRE(MunicipalityRepository(db).add(&m, &error));
            ids.append(m.id);
        }
        return ids;
    }
};

// The demo's status report data as gatherStatusReport gives it, in English, without extra sections.
StatusReportData gathered(Fixture &f)
{
    StatusReportData data;
    QString error;
    REQUIRE(gatherStatusReport(f.db, f.clock, {f.demo.id, {}, QStringLiteral("en")}, {}, &data, &error));
    return data;
}

QString run(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Text of each page (pdftotext separates pages with form feeds).
QStringList pdfPages(const QString &path)
{
    QStringList pages = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")})
                            .split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// Words of the PDF whose box leaves the printable page (18 mm side margins, some tolerance).
QStringList wordsOutsideMargins(const QString &path)
{
    const QString bbox = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    static const QRegularExpression word(
        QStringLiteral(R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"));
    const double margin = 18.0 / 25.4 * 72.0 - 2.0;
    const double pageWidth = 595.0;
    const double pageHeight = 842.0;
    QStringList outside;
    auto it = word.globalMatch(bbox);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(1).toDouble() < margin || m.captured(3).toDouble() > pageWidth - margin
            || m.captured(2).toDouble() < 0 || m.captured(4).toDouble() > pageHeight)
            outside.append(m.captured(5));
    }
    return outside;
}

// Text between two headings of a page text.
QString section(const QString &text, const QString &from, const QString &to)
{
    const int start = text.indexOf(from);
    if (start < 0)
        return QString();
    const int end = text.indexOf(to, start + from.size());
    return text.mid(start, end < 0 ? -1 : end - start);
}

std::set<QString> keysIn(const QString &text)
{
    static const QRegularExpression key(QStringLiteral(R"(\b(?:P\d+|LOK)-\d+\b)"));
    std::set<QString> keys;
    auto it = key.globalMatch(text);
    while (it.hasNext())
        keys.insert(it.next().captured(0));
    return keys;
}

int countRows(Database &db, const QString &table, Id municipalityId)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE municipality_id = :m").arg(table));
    query.bindValue(QStringLiteral(":m"), municipalityId);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toInt();
}

bool setNote(Database &db, const Clock &clock, Id municipalityId, const QString &key, const QString &note)
{
    TaskRepository tasks(db);
    for (const PlannedTask &task : tasks.plannedTasks(municipalityId)) {
        if (task.task.key == key) {
            TaskState state = task.state;
            state.municipalityId = municipalityId;
            state.taskId = task.task.id;
            state.note = note;
            QString error;
            return tasks.setState(state, clock.now(), &error);
        }
    }
    return false;
}

} // namespace

TEST_CASE("Report notes are stored per municipality and date and risks carry over", "[report]")
{
    Fixture f;
    ReportRepository reports(f.db);
    QString error;
    ReportNotes notes = reports.notes(f.demo.id, kToday.addDays(-14));
    CHECK_FALSE(notes.stored);
    CHECK(notes.isEmpty());
    notes.sinceLast = QStringLiteral("  Test done  ");
    notes.risks = {QStringLiteral("Few superusers"), QStringLiteral("  "), QStringLiteral("Late data")};
    notes.decisions = {QStringLiteral("Approve 3 more superusers")};
    notes.lightOverride = Light::Yellow;
    SECTION("a manual light without a reason is refused")
    {
        notes.overrideReason = QStringLiteral("   ");
        CHECK_FALSE(reports.save(notes, f.clock.now(), &error));
        CHECK_FALSE(error.isEmpty());
        CHECK_FALSE(reports.notes(f.demo.id, kToday.addDays(-14)).stored);
    }
    SECTION("stored and read back, carried over to a later date")
    {
        notes.overrideReason = QStringLiteral("Steering group asked for yellow");
        REQUIRE(reports.save(notes, f.clock.now(), &error));
        const ReportNotes back = reports.notes(f.demo.id, kToday.addDays(-14));
        CHECK(back.stored);
        CHECK(back.sinceLast == QStringLiteral("Test done"));
        CHECK(back.risks == QStringList {QStringLiteral("Few superusers"), QStringLiteral("Late data")});
        CHECK(back.lightOverride == Light::Yellow);
        const ReportNotes later = reports.notes(f.demo.id, kToday);
        CHECK_FALSE(later.stored);
        CHECK(later.sinceLast.isEmpty());
        CHECK_FALSE(later.lightOverride.has_value());
        CHECK(later.risks == back.risks);
        CHECK(later.decisions == back.decisions);
    }
}

TEST_CASE("Editing report notes is one undo step each way", "[report][undo]")
{
    Fixture f;
    ReportRepository reports(f.db);
    QUndoStack stack;
    const ReportNotes empty = reports.notes(f.demo.id, kToday);
    ReportNotes first = empty;
    first.mainProblem = QStringLiteral("Data conversion is late");
    stack.push(new SetReportNotes(f.db, f.clock, empty, first));
    ReportNotes stored = reports.notes(f.demo.id, kToday);
    ReportNotes second = stored;
    second.lightOverride = Light::Red;
    second.overrideReason = QStringLiteral("Go-live at risk");
    stack.push(new SetReportNotes(f.db, f.clock, stored, second));
    CHECK(stack.text(1).contains(QStringLiteral("manually")));

    auto check = [&](int step) {
        const ReportNotes now = reports.notes(f.demo.id, kToday);
        CHECK(now.stored == (step >= 1));
        CHECK(now.mainProblem == (step >= 1 ? first.mainProblem : QString()));
        CHECK(now.lightOverride.has_value() == (step >= 2));
        CHECK(countRows(f.db, QStringLiteral("report_note"), f.demo.id) == (step >= 1 ? 1 : 0));
    };
    check(2);
    stack.undo();
    check(1);
    stack.undo();
    check(0);
    stack.redo();
    check(1);
    stack.redo();
    check(2);
}

TEST_CASE("The English PDF has its headings and the municipality and the overdue tasks and page numbers",
          "[report][pdf]")
{
    installTranslations(QStringLiteral("en"));
    Fixture f;
    const QString path = f.dir.file(QStringLiteral("report.pdf"));
    QString error;
    ExportOptions options;
    options.language = QStringLiteral("en");
    options.recordSnapshot = true; // the final report (parat report --final)
    REQUIRE(exportStatusReport(f.db, f.clock, f.demo.id, path, options, {}, &error));

    const QStringList pages = pdfPages(path);
    REQUIRE(pages.size() >= 2);
    const QString text = pages.join(QLatin1Char('\n'));
    for (const QString &heading :
         {QStringLiteral("Status report for the steering group"), QStringLiteral("Appendix"),
          QStringLiteral("Overall status"), QStringLiteral("Progress against plan"), QStringLiteral("Overdue tasks"),
          QStringLiteral("Blocked tasks"), QStringLiteral("Milestones"), QStringLiteral("Due in the next 4 weeks"),
          QStringLiteral("Mandatory tasks not yet marked done in KLIK")})
        CHECK(text.contains(heading));
    CHECK(text.contains(QStringLiteral("0630 Vejle")));
    CHECK(text.contains(QStringLiteral("27 Nov 2026")));
    for (int i = 0; i < pages.size(); ++i) {
        INFO("page " << i + 1);
        CHECK(pages.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())));
        CHECK(pages.at(i).contains(QStringLiteral("0630 Vejle"))); // the header on every page
    }

    // Exactly the overdue tasks of the as-of date are listed as overdue.
    const QList<PlannedTask> overdue = overdueTasks(TaskRepository(f.db).plannedTasks(f.demo.id), kToday);
    REQUIRE_FALSE(overdue.isEmpty());
    std::set<QString> expected;
    for (const PlannedTask &task : overdue)
        expected.insert(task.task.key);
    CHECK(keysIn(section(text, QStringLiteral("Overdue tasks"), QStringLiteral("Blocked tasks"))) == expected);
    CHECK(wordsOutsideMargins(path).isEmpty());

    // Fonts are embedded (DejaVu from fonts-dejavu-core).
    const QString fonts = run(QStringLiteral("pdffonts"), {path});
    static const QRegularExpression line(
        QStringLiteral(R"(^(\S*DejaVu\S*)\s+.+?\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$)"),
        QRegularExpression::MultilineOption);
    auto it = line.globalMatch(fonts);
    int dejaVu = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        INFO(m.captured(0));
        CHECK(m.captured(2) == QStringLiteral("yes"));
        ++dejaVu;
    }
    CHECK(dejaVu >= 1);

    // The final export recorded the report as sent.
    const std::optional<ReportSnapshot> snapshot = ReportRepository(f.db).latestSnapshot(f.demo.id);
    REQUIRE(snapshot);
    CHECK(snapshot->asOf == kToday);
    CHECK(snapshot->format == QStringLiteral("pdf"));
    CHECK(snapshot->overdue == int(overdue.size()));
}

TEST_CASE("The Danish PDF uses Danish texts", "[report][pdf]")
{
    installTranslations(QStringLiteral("da"));
    Fixture f;
    const QString path = f.dir.file(QStringLiteral("rapport.pdf"));
    QString error;
    ExportOptions options;
    options.language = QStringLiteral("da");
    REQUIRE(exportStatusReport(f.db, f.clock, f.demo.id, path, options, {}, &error));
    const QStringList pages = pdfPages(path);
    const QString text = pages.join(QLatin1Char('\n'));
    CHECK(text.contains(QStringLiteral("27. nov. 2026")));
    CHECK(text.contains(QStringLiteral("Vejle")));
    CHECK(text.contains(phaseName(Phase::P1)));
    // Texts of the report itself are Danish once the lead has translated them.
    const auto translated = [](const char *context, const char *source) {
        return QCoreApplication::translate(context, source) != QLatin1String(source);
    };
    if (translated("parat::ReportDocument", "Page %1 of %2")) {
        CHECK(pages.first().contains(QStringLiteral("Side 1 af %1").arg(pages.size())));
        CHECK_FALSE(text.contains(QStringLiteral("Page 1 of")));
    } else {
        WARN("parat::ReportDocument is not translated to Danish yet");
    }
    if (translated("parat::StatusReport", "Overdue tasks"))
        CHECK_FALSE(text.contains(QStringLiteral("Overdue tasks")));
    installTranslations(QStringLiteral("en"));
}

TEST_CASE("A 300-task table spans pages with its header repeated and nothing cut", "[report][pdf]")
{
    installTranslations(QStringLiteral("en"));
    Fixture f(false);
    QString error;
    Municipality m;
    m.code = QStringLiteral("0101");
    m.goLive = kToday.addDays(28);
    REQUIRE(MunicipalityRepository(f.db).add(&m, &error));
    TaskRepository tasks(f.db);
    for (int i = 1; i <= 300; ++i) {
        Task task;
        task.municipalityId = m.id;
        task.phase = Phase::P22;
        task.theme = Theme::TEK;
        task.titleDa = i == 7 ? QStringLiteral("Ekstraordinært-lang-opgavetitel-uden-mellemrum-").repeated(4)
                              : QStringLiteral("Lokal opgave nummer %1 med en titel der fylder en linje").arg(i);
        task.dueOffsetWeeks = -8;
        task.estimateHours = 2;
        REQUIRE(tasks.addLocalTask(&task, &error));
    }
    const QString path = f.dir.file(QStringLiteral("big.pdf"));
    ExportOptions options;
    options.language = QStringLiteral("en");
    REQUIRE(exportStatusReport(f.db, f.clock, m.id, path, options, {}, &error));
    const QStringList pages = pdfPages(path);
    REQUIRE(pages.size() >= 5);
    // The overdue table starts on page 1 or 2 and runs over several pages; every page it spans starts with its
    // header row.
    int pagesWithTable = 0;
    std::set<QString> keys;
    for (const QString &page : pages) {
        const std::set<QString> onPage = keysIn(page);
        if (onPage.empty())
            continue;
        ++pagesWithTable;
        keys.insert(onPage.begin(), onPage.end());
        INFO(page.left(600).toStdString());
        static const QRegularExpression header(QStringLiteral(R"(Task\s+Title\s+Due\s+Days\s+Responsible\s+Status)"));
        CHECK(page.contains(header));
    }
    CHECK(pagesWithTable >= 4);
    CHECK(keys.size() == 300);
    CHECK(wordsOutsideMargins(path).isEmpty());
}

namespace {

// The 0-based page holding the first match of what, or -1.
int pageOf(const QStringList &pages, const QString &what)
{
    for (int i = 0; i < pages.size(); ++i) {
        if (pages.at(i).contains(what))
            return int(i);
    }
    return -1;
}

QList<ReportBlock> fillerLines(int count)
{
    QList<ReportBlock> blocks;
    for (int i = 0; i < count; ++i)
        blocks.append(ReportBlock::paragraph(QStringLiteral("Filler line %1").arg(i)));
    return blocks;
}

// An English document of the given title, for the report writer's own tests.
ReportContent englishContent(const QString &title)
{
    ReportContent content;
    content.title = title;
    content.language = QStringLiteral("en");
    return content;
}

} // namespace

TEST_CASE("A long table keeps every row whole and in order, with its header on every page it spans", "[report][pdf]")
{
    // The data tables are laid out and painted by ReportDocument itself (a block of rows per page, issue 16): no row
    // is lost or split over two pages, the header row starts each page, and the text stays text in reading order.
    installTranslations(QStringLiteral("en"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ReportContent content = englishContent(QStringLiteral("Long table"));
    content.headerLeft = QStringLiteral("Test");
    ReportBlock heading;
    heading.kind = ReportBlock::Kind::Heading;
    heading.text = QStringLiteral("Rows");
    content.blocks.append(heading);
    ReportBlock table;
    table.kind = ReportBlock::Kind::Table;
    table.table.header = {QStringLiteral("Keyhead"), QStringLiteral("Texthead"), QStringLiteral("Endhead")};
    table.table.widths = {15, 65, 20};
    const int rows = 240;
    for (int r = 0; r < rows; ++r) {
        // Every third row wraps over three lines; a row split over a page break would put its end on the next page.
        const QString text = (r % 3 == 0 ? QStringLiteral("a long text that wraps over several lines of its column, "
                                                          "and then some more words to fill a third line here ")
                                         : QString())
            + QStringLiteral("Z%1").arg(r, 3, 10, QLatin1Char('0'));
        table.table.rows.append({QStringLiteral("K%1").arg(r, 3, 10, QLatin1Char('0')), text,
                                 QStringLiteral("E%1").arg(r, 3, 10, QLatin1Char('0'))});
    }
    table.table.strongRows = {0, 5};
    content.blocks.append(table);
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    QString error;
    REQUIRE(ReportWriter::writePdf(content, path, &error));
    const QStringList pages = pdfPages(path);
    REQUIRE(pages.size() >= 4);
    static const QRegularExpression key(QStringLiteral(R"(\bK(\d{3})\b)"));
    static const QRegularExpression end(QStringLiteral(R"(\b[EZ](\d{3})\b)"));
    QList<int> keys;
    for (const QString &page : pages) {
        QList<int> onPage;
        for (auto it = key.globalMatch(page); it.hasNext();)
            onPage.append(it.next().captured(1).toInt());
        std::multiset<int> ends; // each row's last line (Z) and last cell (E)
        for (auto it = end.globalMatch(page); it.hasNext();)
            ends.insert(it.next().captured(1).toInt());
        std::multiset<int> starts;
        for (const int r : std::as_const(onPage)) {
            starts.insert(r);
            starts.insert(r);
        }
        INFO(page.left(400).toStdString());
        CHECK(starts == ends); // each row whole on one page, once
        if (onPage.isEmpty())
            continue;
        CHECK(page.count(QStringLiteral("Keyhead")) == 1);
        CHECK(page.indexOf(QStringLiteral("Keyhead"))
              < page.indexOf(QStringLiteral("K%1").arg(onPage.first(), 3, 10, QLatin1Char('0'))));
        keys.append(onPage);
    }
    QList<int> expected;
    for (int r = 0; r < rows; ++r)
        expected.append(r);
    CHECK(keys == expected);
    CHECK(wordsOutsideMargins(path).isEmpty());
}

TEST_CASE("A heading is never left alone at a page's foot: it goes with the drawing or table it introduces",
          "[report][pdf]")
{
    // A drawing is never split, and a table row never: when the one after a heading does not fit the room left on
    // the page, the heading moves to the next page with it (32 of the 98 national reports left the stakeholder map's
    // heading alone at a page's foot before). Every amount of text before the heading is tried, so the heading
    // lands at each height of the page in turn.
    installTranslations(QStringLiteral("en"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString tall = QStringLiteral("a text long enough to wrap over many lines of its narrow column ").repeated(6);
    int alone = 0;
    for (int filler = 20; filler <= 64; filler += 2) {
        ReportContent content = englishContent(QStringLiteral("Headings"));
        content.blocks = fillerLines(filler);
        content.blocks.append(ReportBlock::heading(QStringLiteral("Drawingheading")));
        content.blocks.append(ReportBlock::drawingBlock(
            QSizeF(600, 400), QStringLiteral("A test drawing"), [](QPainter &painter, const QRectF &bounds) {
                painter.drawRect(bounds.adjusted(1, 1, -1, -1));
                painter.drawText(bounds, Qt::AlignCenter, QStringLiteral("Drawntext"));
            }));
        content.blocks.append(fillerLines(filler));
        content.blocks.append(ReportBlock::heading(QStringLiteral("Tableheading")));
        ReportTable table;
        table.header = {QStringLiteral("Key"), QStringLiteral("Text")};
        table.widths = {20, 20};
        for (int r = 0; r < 3; ++r)
            table.rows.append({QStringLiteral("K%1").arg(r), tall});
        content.blocks.append(ReportBlock::tableBlock(table));
        const QString path = dir.filePath(QStringLiteral("headings-%1.pdf").arg(filler));
        QString error;
        REQUIRE(ReportWriter::writePdf(content, path, &error));
        const QStringList pages = pdfPages(path);
        INFO("filler lines: " << filler);
        REQUIRE(pageOf(pages, QStringLiteral("Drawntext")) >= 0);
        REQUIRE(pageOf(pages, QStringLiteral("K0")) >= 0);
        const bool drawingWithHeading
            = pageOf(pages, QStringLiteral("Drawingheading")) == pageOf(pages, QStringLiteral("Drawntext"));
        const bool tableWithHeading
            = pageOf(pages, QStringLiteral("Tableheading")) == pageOf(pages, QStringLiteral("K0"));
        CHECK(drawingWithHeading);
        CHECK(tableWithHeading);
        alone += (drawingWithHeading ? 0 : 1) + (tableWithHeading ? 0 : 1);
    }
    CHECK(alone == 0);
}

TEST_CASE("Page 1 filled to its foot is followed by the appendix on page 2, never by an empty page", "[report][pdf]")
{
    // Qt's page break before the appendix skipped a page when page 1 ended within a line of its foot after a table
    // (0101 of the national dataset had an empty page 2): such a page 1 does not fit, and the next one is taken.
    installTranslations(QStringLiteral("en"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (int filler = 40; filler <= 80; ++filler) {
        ReportContent content = englishContent(QStringLiteral("Page one"));
        ReportTable table;
        table.header = {QStringLiteral("Key"), QStringLiteral("Text")};
        table.widths = {20, 80};
        table.rows = {{QStringLiteral("T1"), QStringLiteral("one")}, {QStringLiteral("T2"), QStringLiteral("two")}};
        QList<ReportBlock> full = fillerLines(filler);
        full.append(ReportBlock::tableBlock(table));
        QList<ReportBlock> compact = fillerLines(10);
        compact.append(ReportBlock::tableBlock(table));
        content.firstPageVariants = {full, compact};
        content.blocks = {ReportBlock::heading(QStringLiteral("Appendixheading")),
                          ReportBlock::paragraph(QStringLiteral("Appendix text"))};
        const QString path = dir.filePath(QStringLiteral("page-one-%1.pdf").arg(filler));
        QString error;
        REQUIRE(ReportWriter::writePdf(content, path, &error));
        const QStringList pages = pdfPages(path);
        INFO("filler lines: " << filler);
        CHECK(pageOf(pages, QStringLiteral("Appendixheading")) == 1);
        CHECK(pages.size() == 2);
    }
}

TEST_CASE("A table with a word wider than its column keeps the word whole", "[report][pdf]")
{
    // Words are never broken: QTextTable widens such a column (and ReportDocument lets it lay the table out).
    installTranslations(QStringLiteral("en"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ReportContent content = englishContent(QStringLiteral("Wide word"));
    ReportBlock table;
    table.kind = ReportBlock::Kind::Table;
    table.table.header = {QStringLiteral("Narrow"), QStringLiteral("Wide")};
    table.table.widths = {6, 94};
    for (int r = 0; r < 30; ++r)
        table.table.rows.append({r == 12 ? QStringLiteral("Sagsbehandlingssystemudskiftningen") : QStringLiteral("x"),
                                 QStringLiteral("row %1").arg(r)});
    content.blocks.append(table);
    const QString path = dir.filePath(QStringLiteral("wide.pdf"));
    QString error;
    REQUIRE(ReportWriter::writePdf(content, path, &error));
    const QString text = pdfPages(path).join(QLatin1Char('\n'));
    CHECK(text.contains(QStringLiteral("Sagsbehandlingssystemudskiftningen")));
    CHECK(text.contains(QStringLiteral("row 29")));
    // The column grew: the word ends before the next column's text on its line starts.
    const QString bbox = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    static const QRegularExpression word(
        QStringLiteral(R"re(xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>)re"));
    double wideEnd = -1;
    double wideTop = -1;
    double rowStart = -1;
    for (auto it = word.globalMatch(bbox); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(4) == QStringLiteral("Sagsbehandlingssystemudskiftningen")) {
            wideEnd = m.captured(3).toDouble();
            wideTop = m.captured(2).toDouble();
        } else if (m.captured(4) == QStringLiteral("row") && wideTop >= 0
                   && std::abs(m.captured(2).toDouble() - wideTop) < 1)
            rowStart = m.captured(1).toDouble();
    }
    REQUIRE(wideEnd > 0);
    REQUIRE(rowStart > 0);
    CHECK(wideEnd < rowStart);
    CHECK(wordsOutsideMargins(path).isEmpty());
}

namespace {

struct PdfWord
{
    double x = 0;
    double y = 0;
    QString text;
};

// The words of a PDF's pages from pdftotext -bbox (page by page, in reading order), with their left edge and top.
QList<QList<PdfWord>> pdfWords(const QString &path)
{
    const QString bbox = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    static const QRegularExpression word(
        QStringLiteral(R"re(xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>)re"));
    QList<QList<PdfWord>> pages;
    for (const QString &page : bbox.split(QStringLiteral("<page "), Qt::SkipEmptyParts).mid(1)) {
        QList<PdfWord> words;
        for (auto it = word.globalMatch(page); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            words.append({m.captured(1).toDouble(), m.captured(2).toDouble(), m.captured(3)});
        }
        pages.append(words);
    }
    return pages;
}

// Whether the laid-out document holds a QTextTable (a table Parat did not lay out itself).
bool hasQTextTable(ReportDocument &document)
{
    QImage device(1, 1, QImage::Format_RGB32);
    device.setDotsPerMeterX(23622); // 600 dpi, as the PDF writer
    device.setDotsPerMeterY(23622);
    document.layoutFor(&device);
    for (QTextBlock block = document.document()->begin(); block.isValid(); block = block.next()) {
        if (QTextCursor(block).currentTable())
            return true;
    }
    return false;
}

// A table whose narrow first column holds words wider than it (a bold key in a strong row among them).
ReportTable wideWordTable()
{
    ReportTable table;
    table.header = {QStringLiteral("Nr"), QStringLiteral("Text"), QStringLiteral("Owner"), QStringLiteral("State")};
    table.widths = {4, 56, 25, 15};
    for (int r = 0; r < 12; ++r) {
        const QString key = r == 3 ? QStringLiteral("Sagsbehandlingssystem") : QStringLiteral("P22-07-%1").arg(r);
        table.rows.append({key,
                           QStringLiteral("row %1 with a text long enough to wrap in its column of the table").arg(r),
                           QStringLiteral("Person %1").arg(r), QStringLiteral("Open")});
    }
    table.strongRows = {5};
    return table;
}

// The words of a document's table, page by page in reading order (from the word "Nr" of its header on, the pages'
// headers and footers left out), written as a PDF to dir/name; *qtTable says whether the table went through QTextTable.
QList<PdfWord> tableWordsOf(const QString &title, const QList<ReportBlock> &blocks, const QTemporaryDir &dir,
                            const QString &name, bool *qtTable)
{
    ReportContent content = englishContent(title);
    content.firstPageVariants = {{ReportBlock::paragraph(QStringLiteral("Page one"))}};
    content.blocks = blocks;
    ReportDocument document(content);
    *qtTable = hasQTextTable(document);
    const QString path = dir.filePath(name);
    QString error;
    REQUIRE(ReportWriter::writePdf(content, path, &error));
    QList<PdfWord> words;
    bool inTable = false;
    for (const QList<PdfWord> &page : pdfWords(path)) {
        for (const PdfWord &word : page) {
            inTable = inTable || word.text == QStringLiteral("Nr");
            if (inTable && word.y > 60 && word.y < 780)
                words.append(word);
        }
    }
    return words;
}

} // namespace

TEST_CASE("Page 1's tables are laid out by the report, and a word wider than its column stays whole inside the page",
          "[report][pdf]")
{
    // Page 1's data tables are laid out by ReportDocument too (every trial of a page-1 variant used to lay out its
    // QTextTables again), and a column narrower than a word in it grows to the word as QTextTable's would.
    installTranslations(QStringLiteral("en"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ReportContent content = englishContent(QStringLiteral("Page one tables"));
    QList<ReportBlock> tooLong = fillerLines(90);
    tooLong.append(ReportBlock::tableBlock(wideWordTable()));
    QList<ReportBlock> fits = fillerLines(4);
    fits.append(ReportBlock::heading(QStringLiteral("Toptable")));
    fits.append(ReportBlock::tableBlock(wideWordTable()));
    content.firstPageVariants = {tooLong, fits};
    content.blocks = {ReportBlock::heading(QStringLiteral("Appendixheading")),
                      ReportBlock::paragraph(QStringLiteral("Appendix text"))};
    {
        ReportDocument document(content);
        CHECK_FALSE(hasQTextTable(document));
        CHECK(document.firstPageLevel() == 1);
        CHECK(document.appendixStartPage() == 1);
    }
    const QString path = dir.filePath(QStringLiteral("page-one.pdf"));
    QString error;
    REQUIRE(ReportWriter::writePdf(content, path, &error));
    const QStringList pages = pdfPages(path);
    REQUIRE(pages.size() == 2);
    CHECK(pages.at(0).contains(QStringLiteral("Sagsbehandlingssystem")));
    CHECK(pages.at(0).contains(QStringLiteral("P22-07-11")));
    CHECK(pageOf(pages, QStringLiteral("Appendixheading")) == 1);
    CHECK(wordsOutsideMargins(path).isEmpty());
    // The grown column ends before the next one's text starts on the same line.
    const QList<PdfWord> words = pdfWords(path).value(0);
    double wideEnd = -1;
    double textStart = -1;
    for (int i = 0; i + 1 < words.size(); ++i) {
        if (words.at(i).text == QStringLiteral("Sagsbehandlingssystem")) {
            wideEnd = words.at(i).x;
            textStart = words.at(i + 1).x;
            CHECK(words.at(i + 1).text == QStringLiteral("row"));
            CHECK(std::abs(words.at(i + 1).y - words.at(i).y) < 1);
        }
    }
    REQUIRE(wideEnd > 0);
    const double wordWidth
        = QFontMetricsF(ReportDocument::bodyFont()).horizontalAdvance(QStringLiteral("Sagsbehandlingssystem")) * 72.0
        / 96.0;
    CHECK(wideEnd + wordWidth < textStart);
}

TEST_CASE("A table with words wider than their column has QTextTable's column widths and text", "[report][pdf]")
{
    // The appendix's first block goes through QTextTable (it carries the appendix's page break); the same table
    // after a heading is laid out by ReportDocument. Both show the same words in the same columns.
    installTranslations(QStringLiteral("en"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // The table's words (from its header on, headers and footers left out), page by page.
    const auto write = [&](const QList<ReportBlock> &blocks, const QString &name, bool *qtTable) {
        return tableWordsOf(QStringLiteral("Widths"), blocks, dir, name, qtTable);
    };
    bool qtTable = false;
    const QList<PdfWord> qtWords
        = write({ReportBlock::tableBlock(wideWordTable())}, QStringLiteral("qt.pdf"), &qtTable);
    CHECK(qtTable);
    const QList<PdfWord> tableWords
        = write({ReportBlock::heading(QStringLiteral("Heading")), ReportBlock::tableBlock(wideWordTable())},
                QStringLiteral("direct.pdf"), &qtTable);
    CHECK_FALSE(qtTable);
    REQUIRE(qtWords.size() > 100);
    REQUIRE(qtWords.size() == tableWords.size());
    int moved = 0;
    for (int i = 0; i < qtWords.size(); ++i) {
        INFO(qtWords.at(i).text.toStdString() << " at " << qtWords.at(i).x << " / " << tableWords.at(i).x);
        CHECK(qtWords.at(i).text == tableWords.at(i).text);
        if (std::abs(qtWords.at(i).x - tableWords.at(i).x) > 0.5)
            ++moved;
    }
    CHECK(moved == 0);
}

TEST_CASE("The facts and the rows of lights drawn by the report have QTextTable's words and places", "[report][pdf]")
{
    // The facts (bold labels) and the rows of lights (a light, a bold label, a reason over several lines) are laid out
    // by ReportDocument too; through QTextTable (the appendix's first block) they show the same words in the same
    // places (each row where it was: the rows before it as high as before).
    installTranslations(QStringLiteral("en"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ReportBlock facts;
    facts.kind = ReportBlock::Kind::Facts;
    for (int i = 0; i < 6; ++i)
        facts.facts.append({QStringLiteral("Label%1 of a fact").arg(i),
                            QStringLiteral("value %1 ").arg(i).repeated(i * 6 + 1).trimmed()});
    ReportBlock lights;
    lights.kind = ReportBlock::Kind::Lights;
    for (int i = 0; i < 5; ++i)
        lights.lights.append(
            {i % 2 ? Light::Yellow : Light::Red, QStringLiteral("Light%1 with a long label").arg(i),
             QStringLiteral("reason %1 ").arg(i).repeated(i * 8 + 1).trimmed() + QStringLiteral("\nsecond line")});
    // The block's words from its first one on (headers and footers left out), with their places relative to it.
    const auto write = [&](const QList<ReportBlock> &blocks, const QString &first, const QString &name, bool *qtTable) {
        ReportContent content = englishContent(QStringLiteral("Facts and lights"));
        content.firstPageVariants = {{ReportBlock::paragraph(QStringLiteral("Page one"))}};
        content.blocks = blocks;
        ReportDocument document(content);
        *qtTable = hasQTextTable(document);
        const QString path = dir.filePath(name);
        QString error;
        REQUIRE(ReportWriter::writePdf(content, path, &error));
        QList<PdfWord> words;
        for (const QList<PdfWord> &page : pdfWords(path)) {
            for (const PdfWord &word : page) {
                if (word.text == first && words.isEmpty())
                    words.append(word);
                else if (!words.isEmpty() && word.y > 60 && word.y < 780)
                    words.append({word.x, word.y - words.first().y, word.text});
            }
        }
        return words;
    };
    for (const ReportBlock &block : {facts, lights}) {
        const QString first
            = block.kind == ReportBlock::Kind::Facts ? QStringLiteral("Label0") : QStringLiteral("Light0");
        INFO(first.toStdString());
        bool qtTable = false;
        const QList<PdfWord> qt = write({block}, first, QStringLiteral("qt.pdf"), &qtTable);
        CHECK(qtTable);
        const QList<PdfWord> direct = write({ReportBlock::heading(QStringLiteral("Heading")), block}, first,
                                            QStringLiteral("direct.pdf"), &qtTable);
        CHECK_FALSE(qtTable);
        REQUIRE(qt.size() > 40);
        REQUIRE(qt.size() == direct.size());
        int moved = 0;
        for (int i = 1; i < qt.size(); ++i) {
            INFO(qt.at(i).text.toStdString()
                 << " at " << qt.at(i).x << ", " << qt.at(i).y << " / " << direct.at(i).x << ", " << direct.at(i).y);
            CHECK(qt.at(i).text == direct.at(i).text);
            if (std::abs(qt.at(i).x - direct.at(i).x) > 0.5 || std::abs(qt.at(i).y - direct.at(i).y) > 0.5)
                ++moved;
        }
        CHECK(moved == 0);
    }
}

TEST_CASE("Table cells of the same text keep their own column's width and weight", "[report][pdf]")
{
    // Cells of the same text, weight and width are laid out once and share the layout (a status, a date, a name in
    // many rows and tables). The same text in a narrow column (wrapped) and in a wide one (one line), in a bold row
    // and a regular one, and in the table's bold header, shows the same words in the same places as QTextTable's.
    installTranslations(QStringLiteral("en"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString shared = QStringLiteral("Shared words of a cell text");
    ReportTable table;
    table.header = {QStringLiteral("Nr"), shared, QStringLiteral("Wide")};
    table.widths = {8, 22, 70};
    for (int r = 0; r < 14; ++r) {
        table.rows.append({QStringLiteral("N%1").arg(r), r % 3 == 2 ? QStringLiteral("Open") : shared,
                           r % 2 ? shared : QStringLiteral("Open")});
    }
    table.strongRows = {1, 4, 5, 9};
    const auto write = [&](const QList<ReportBlock> &blocks, const QString &name, bool *qtTable) {
        return tableWordsOf(QStringLiteral("Shared cells"), blocks, dir, name, qtTable);
    };
    bool qtTable = false;
    const QList<PdfWord> qtWords = write({ReportBlock::tableBlock(table)}, QStringLiteral("qt.pdf"), &qtTable);
    CHECK(qtTable);
    const QList<PdfWord> tableWords
        = write({ReportBlock::heading(QStringLiteral("Heading")), ReportBlock::tableBlock(table)},
                QStringLiteral("direct.pdf"), &qtTable);
    CHECK_FALSE(qtTable);
    REQUIRE(qtWords.size() > 100);
    REQUIRE(qtWords.size() == tableWords.size());
    // The narrow column wraps the text: a later word of it starts a line at the column's left edge.
    double narrowLeft = 1e9;
    for (const PdfWord &word : tableWords) {
        if (word.text == QStringLiteral("Shared"))
            narrowLeft = std::min(narrowLeft, word.x);
    }
    CHECK(std::any_of(tableWords.begin(), tableWords.end(), [&](const PdfWord &word) {
        return word.text != QStringLiteral("Shared") && shared.contains(word.text) && std::abs(word.x - narrowLeft) < 1;
    }));
    int moved = 0;
    for (int i = 0; i < qtWords.size(); ++i) {
        INFO(qtWords.at(i).text.toStdString() << " at " << qtWords.at(i).x << ", " << qtWords.at(i).y << " / "
                                              << tableWords.at(i).x << ", " << tableWords.at(i).y);
        CHECK(qtWords.at(i).text == tableWords.at(i).text);
        if (std::abs(qtWords.at(i).x - tableWords.at(i).x) > 0.5
            || std::abs((qtWords.at(i).y - qtWords.first().y) - (tableWords.at(i).y - tableWords.first().y)) > 0.5)
            ++moved;
    }
    CHECK(moved == 0);
}

TEST_CASE("HTML escapes user text", "[report][html]")
{
    installTranslations(QStringLiteral("en"));
    Fixture f;
    const QString script = QStringLiteral("<script>alert('x')</script>");
    REQUIRE(setNote(f.db, f.clock, f.demo.id, QStringLiteral("P1-01"), script));
    ReportRepository reports(f.db);
    ReportNotes notes = reports.notes(f.demo.id, kToday);
    notes.mainProblem = QStringLiteral("A & B <b>bold</b>");
    notes.risks = {script};
    QString error;
    REQUIRE(reports.save(notes, f.clock.now(), &error));
    const QString path = f.dir.file(QStringLiteral("report.html"));
    ExportOptions options;
    options.format = ReportFormat::Html;
    REQUIRE(exportStatusReport(f.db, f.clock, f.demo.id, path, options, {}, &error));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    CHECK_FALSE(html.contains(QStringLiteral("<script")));
    CHECK_FALSE(html.contains(QStringLiteral("<b>bold")));
    CHECK(html.contains(QStringLiteral("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;"))
          == html.contains(QStringLiteral("&#x27;")));
    CHECK(html.contains(QStringLiteral("&lt;script&gt;")));
    CHECK(html.contains(QStringLiteral("A &amp; B &lt;b&gt;bold&lt;/b&gt;")));
    CHECK(html.contains(QStringLiteral("0630 Vejle")));
}

TEST_CASE("CSV neutralises formulas and quotes per RFC 4180", "[report][csv]")
{
    CHECK(ReportWriter::csvCell(QStringLiteral("plain")) == QStringLiteral("plain"));
    CHECK(ReportWriter::csvCell(QStringLiteral("=1+2")) == QStringLiteral("'=1+2"));
    CHECK(ReportWriter::csvCell(QStringLiteral("+45")) == QStringLiteral("'+45"));
    CHECK(ReportWriter::csvCell(QStringLiteral("-3")) == QStringLiteral("'-3"));
    CHECK(ReportWriter::csvCell(QStringLiteral("@SUM(A1)")) == QStringLiteral("'@SUM(A1)"));
    CHECK(ReportWriter::csvCell(QStringLiteral("\tx")) == QStringLiteral("'\tx"));
    CHECK(ReportWriter::csvCell(QStringLiteral("\rx")) == QStringLiteral("\"'\rx\""));
    CHECK(ReportWriter::csvCell(QStringLiteral("a;b")) == QStringLiteral("\"a;b\""));
    CHECK(ReportWriter::csvCell(QStringLiteral("a,b")) == QStringLiteral("a,b"));
    CHECK(ReportWriter::csvCell(QStringLiteral("a,b"), QLatin1Char(',')) == QStringLiteral("\"a,b\""));
    CHECK(ReportWriter::csvCell(QStringLiteral("say \"hi\"")) == QStringLiteral("\"say \"\"hi\"\"\""));
    CHECK(ReportWriter::csvCell(QStringLiteral("two\nlines")) == QStringLiteral("\"two\nlines\""));

    installTranslations(QStringLiteral("en"));
    Fixture f;
    const QString formula = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")");
    REQUIRE(setNote(f.db, f.clock, f.demo.id, QStringLiteral("P1-02"), formula));
    QString error;
    ExportOptions options;
    options.format = ReportFormat::Csv;
    const QString path = f.dir.file(QStringLiteral("tasks.csv"));
    REQUIRE(exportStatusReport(f.db, f.clock, f.demo.id, path, options, {}, &error));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    CHECK(text.startsWith(QStringLiteral("Task;Title;")));
    CHECK(text.contains(QStringLiteral(";\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"\r\n")));
    CHECK_FALSE(text.contains(QStringLiteral(";=HYPERLINK")));
    CHECK_FALSE(text.contains(QStringLiteral(";\"=HYPERLINK")));
    const int lines = int(text.count(QStringLiteral("\r\n")));
    CHECK(lines == int(TaskRepository(f.db).plannedTasks(f.demo.id).size()) + 1);

    file.close();
    options.csvSeparator = QLatin1Char(',');
    REQUIRE(exportStatusReport(f.db, f.clock, f.demo.id, path, options, {}, &error));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll().mid(3)).startsWith(QStringLiteral("Task,Title,")));
}

TEST_CASE("Since last report lists exactly the changes after the previous snapshot", "[report]")
{
    installTranslations(QStringLiteral("en"));
    Fixture f;
    QString error;
    StatusReportData before;
    REQUIRE(gatherStatusReport(f.db, f.clock, {f.demo.id, {}, QStringLiteral("en")}, {}, &before, &error));
    CHECK_FALSE(before.previous);
    CHECK(before.changesSince == kToday.addDays(-14).startOfDay(Qt::UTC));

    // After the demo's history of the day (its last events are at 14:00 Copenhagen time).
    f.clock.set(QDateTime(kToday, QTime(16, 0), Qt::UTC));
    const QString path = f.dir.file(QStringLiteral("first.pdf"));
    ReportSnapshot snapshot;
    ExportOptions sent;
    sent.recordSnapshot = true;
    REQUIRE(exportStatusReport(f.db, f.clock, f.demo.id, path, sent, {}, &error, &snapshot));

    // A change in the very second of the export, but after it, belongs to the next report.
    TaskRepository tasks(f.db);
    const QList<PlannedTask> planned = tasks.plannedTasks(f.demo.id);
    QList<PlannedTask> open;
    for (const PlannedTask &task : planned) {
        if (task.state.status == Status::NotStarted)
            open.append(task);
    }
    REQUIRE(open.size() >= 3);
    auto setStatus = [&](const PlannedTask &task, Status status) {
        TaskState state = task.state;
        state.municipalityId = f.demo.id;
        state.taskId = task.task.id;
        state.status = status;
        if (status == Status::Waiting)
            state.reason = QStringLiteral("Waiting for IT");
        REQUIRE(tasks.setState(state, f.clock.now(), &error));
    };
    setStatus(open.at(0), Status::InProgress);
    f.clock.set(f.clock.now().addSecs(3600));
    setStatus(open.at(1), Status::Done);
    f.clock.set(f.clock.now().addDays(3));
    setStatus(open.at(2), Status::Waiting);

    StatusReportData after;
    REQUIRE(gatherStatusReport(f.db, f.clock, {f.demo.id, {}, QStringLiteral("en")}, {}, &after, &error));
    REQUIRE(after.previous);
    CHECK(after.previous->id == snapshot.id);
    QStringList changes;
    for (const ReportChange &change : after.changes)
        changes.append(change.taskKey + QLatin1Char(' ') + change.field + QLatin1Char(' ') + change.newValue);
    CHECK(changes
          == QStringList {open.at(0).task.key + QStringLiteral(" status In progress"),
                          open.at(1).task.key + QStringLiteral(" status Done"),
                          open.at(2).task.key + QStringLiteral(" status Waiting"),
                          open.at(2).task.key + QStringLiteral(" reason Waiting for IT")});
    const QString heading
        = StatusReportText::tr("Changes since the report sent on %1").arg(QStringLiteral("27 Nov 2026"));
    const ReportContent content = statusReportContent(after);
    bool found = false;
    for (const ReportBlock &block : content.blocks)
        found = found || (block.kind == ReportBlock::Kind::Heading && block.text == heading);
    CHECK(found);

    // A draft saved in between moves nothing; after the next report sent nothing is new.
    REQUIRE(exportStatusReport(f.db, f.clock, f.demo.id, path, {}, {}, &error));
    StatusReportData draft;
    REQUIRE(gatherStatusReport(f.db, f.clock, {f.demo.id, {}, QStringLiteral("en")}, {}, &draft, &error));
    CHECK(draft.changes.size() == after.changes.size());
    REQUIRE(exportStatusReport(f.db, f.clock, f.demo.id, path, sent, {}, &error));
    StatusReportData next;
    REQUIRE(gatherStatusReport(f.db, f.clock, {f.demo.id, {}, QStringLiteral("en")}, {}, &next, &error));
    CHECK(next.changes.isEmpty());
    CHECK(ReportRepository(f.db).snapshots(f.demo.id).size() == 2);
}

TEST_CASE("Extra sections and signals from other modules appear when given", "[report]")
{
    installTranslations(QStringLiteral("en"));
    Fixture f;
    ReportExtras extras;
    extras.superusers = [](Database &, const Municipality &, const QDate &) {
        ReportSection section;
        section.title = QStringLiteral("Superusers and hours");
        section.blocks.append(ReportBlock::paragraph(QStringLiteral("Coverage 1:14")));
        return std::optional<ReportSection>(section);
    };
    extras.stakeholders
        = [](Database &, const Municipality &, const QDate &) { return std::optional<ReportSection>(); };
    extras.signalsProvider = [](Database &, const Municipality &, const QDate &) {
        ReadinessSignals s;
        s.engagementGaps.append({1, QStringLiteral("Head of unit"), true, 3});
        return s;
    };
    StatusReportData data;
    QString error;
    REQUIRE(gatherStatusReport(f.db, f.clock, {f.demo.id, {}, QStringLiteral("en")}, extras, &data, &error));
    REQUIRE(data.extraSections.size() == 1);
    CHECK(data.extraSections.first().title == QStringLiteral("Superusers and hours"));
    bool stakeholderReason = false;
    for (const LightReason &reason : data.summary.light.reasons)
        stakeholderReason = stakeholderReason || reason.code == QStringLiteral("stakeholder");
    CHECK(stakeholderReason);
    const QString html = ReportWriter::html(statusReportContent(data));
    CHECK(html.contains(QStringLiteral("<h2>Superusers and hours</h2>")));
    CHECK(html.contains(QStringLiteral("Coverage 1:14")));
}

TEST_CASE("A manual light is shown with its reason and the computed light", "[report]")
{
    installTranslations(QStringLiteral("en"));
    Fixture f;
    ReportRepository reports(f.db);
    ReportNotes notes = reports.notes(f.demo.id, kToday);
    notes.lightOverride = Light::Green;
    notes.overrideReason = QStringLiteral("Vendor fixed the blocker today");
    QString error;
    REQUIRE(reports.save(notes, f.clock.now(), &error));
    StatusReportData data;
    REQUIRE(gatherStatusReport(f.db, f.clock, {f.demo.id, {}, QStringLiteral("en")}, {}, &data, &error));
    CHECK(data.summary.light.overridden);
    CHECK(data.summary.light.light == Light::Green);
    const QString html = ReportWriter::html(statusReportContent(data));
    CHECK(html.contains(QStringLiteral("set manually")));
    CHECK(html.contains(QStringLiteral("Vendor fixed the blocker today")));
}

TEST_CASE("Removing a municipality and undoing it restores its report rows", "[report][undo]")
{
    Fixture f;
    ReportRepository reports(f.db);
    ReportNotes notes = reports.notes(f.demo.id, kToday);
    notes.nextPeriod = QStringLiteral("Train superusers");
    QString error;
    REQUIRE(reports.save(notes, f.clock.now(), &error));
    REQUIRE(exportStatusReport(f.db, f.clock, f.demo.id, f.dir.file(QStringLiteral("r.csv")),
                               {ReportFormat::Csv, QLatin1Char(';'), {}, {}, true}, {}, &error));
    const std::optional<ReportSnapshot> snapshot = reports.latestSnapshot(f.demo.id);
    REQUIRE(snapshot);

    QUndoStack stack;
    stack.push(new RemoveMunicipality(f.db, f.demo));
    CHECK(countRows(f.db, QStringLiteral("report_note"), f.demo.id) == 0);
    CHECK(countRows(f.db, QStringLiteral("report_snapshot"), f.demo.id) == 0);
    stack.undo();
    CHECK(reports.notes(f.demo.id, kToday).nextPeriod == QStringLiteral("Train superusers"));
    const std::optional<ReportSnapshot> back = reports.latestSnapshot(f.demo.id);
    REQUIRE(back);
    CHECK(back->id == snapshot->id);
    CHECK(back->takenAt == snapshot->takenAt);
    CHECK(back->lastEventId == snapshot->lastEventId);
    stack.redo();
    CHECK(countRows(f.db, QStringLiteral("report_note"), f.demo.id) == 0);
}

TEST_CASE("Batch export writes one file per municipality and can be cancelled", "[report]")
{
    installTranslations(QStringLiteral("en"));
    Fixture f;
    QString error;
    f.addMunicipalities({QStringLiteral("0101"), QStringLiteral("0147")});
    const QString folder = f.dir.file(QStringLiteral("out/reports"));
    QStringList written;
    bool cancelled = false;
    QList<int> seen;
    REQUIRE(exportAllStatusReports(
        f.db, f.clock, folder, {}, {},
        [&seen](int done, int, const QString &) {
            seen.append(done);
            return true;
        },
        &written, &cancelled, &error));
    CHECK_FALSE(cancelled);
    CHECK(seen == QList<int> {0, 1, 2, 3});
    QStringList names;
    for (const QString &path : written)
        names.append(QFileInfo(path).fileName());
    CHECK(names
          == QStringList {QStringLiteral("0101-København.pdf"), QStringLiteral("0147-Frederiksberg.pdf"),
                          QStringLiteral("0630-Vejle.pdf")});
    for (const QString &path : written)
        CHECK(QFileInfo(path).size() > 1000);

    const QString other = f.dir.file(QStringLiteral("cancelled"));
    REQUIRE(exportAllStatusReports(
        f.db, f.clock, other, {}, {}, [](int done, int, const QString &) { return done < 1; }, &written, &cancelled,
        &error));
    CHECK(cancelled);
    CHECK(written.size() == 1);
    CHECK(QDir(other).entryList(QDir::Files).size() == 1);
}

TEST_CASE("The overview report has one row per municipality", "[report]")
{
    installTranslations(QStringLiteral("en"));
    Fixture f;
    QString error;
    f.addMunicipalities({QStringLiteral("0101")});
    ReportExtras extras;
    extras.capacityWarnings = [](Database &, const Municipality &municipality, const QDate &) {
        return municipality.code == QStringLiteral("0630") ? 2 : 0;
    };
    const OverviewReportData data = gatherOverviewReport(f.db, f.clock, {}, QStringLiteral("en"), extras);
    const QList<QStringList> rows = overviewCsvRows(data);
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0).contains(QStringLiteral("Capacity warnings")));
    CHECK(rows.at(1).at(0) == QStringLiteral("0101"));
    CHECK(rows.at(2).at(1) == QStringLiteral("Vejle"));
    CHECK(rows.at(2).at(7) == QStringLiteral("2"));

    const QString path = f.dir.file(QStringLiteral("overview.pdf"));
    ExportOptions options;
    options.language = QStringLiteral("en");
    REQUIRE(exportOverviewReport(f.db, f.clock, path, options, extras, &error));
    const QString text = pdfPages(path).join(QLatin1Char('\n'));
    CHECK(text.contains(QStringLiteral("København")));
    CHECK(text.contains(QStringLiteral("Vejle")));
    CHECK(text.contains(QStringLiteral("Page 1 of 1")));
}

TEST_CASE("The overview report shows a manual light set for its date and none set for an earlier one", "[report]")
{
    installTranslations(QStringLiteral("en"));
    Fixture f;
    QString error;
    const Id kobenhavn = f.addMunicipalities({QStringLiteral("0101")}).first();
    ReportRepository reports(f.db);
    // Vejle's light set by hand for the report date; København's for an earlier date only (read in bulk, the overview
    // must still take the notes of exactly its date, as ReportRepository::notes does for one municipality).
    ReportNotes today = reports.notes(f.demo.id, kToday);
    today.lightOverride = Light::Green;
    today.overrideReason = QStringLiteral("Vendor fixed the blocker today");
    REQUIRE(reports.save(today, f.clock.now(), &error));
    ReportNotes earlier = reports.notes(kobenhavn, kToday.addDays(-7));
    earlier.lightOverride = Light::Red;
    earlier.overrideReason = QStringLiteral("Last week's problem");
    REQUIRE(reports.save(earlier, f.clock.now(), &error));

    const OverviewReportData data
        = gatherOverviewReport(f.db, f.clock, {}, QStringLiteral("en"), ReportSections::standardExtras());
    const QList<QStringList> rows = overviewCsvRows(data);
    REQUIRE(rows.size() == 3);
    REQUIRE(rows.at(2).at(1) == QStringLiteral("Vejle"));
    CHECK(rows.at(2).at(8) == QStringLiteral("Green (set manually)"));
    CHECK(rows.at(2).at(9) == QStringLiteral("Vendor fixed the blocker today"));
    CHECK_FALSE(rows.at(1).at(8).contains(QStringLiteral("set manually")));
    CHECK(rows.at(1).at(9) != QStringLiteral("Last week's problem"));
    CHECK(data.overridden.value(f.demo.id));
    CHECK_FALSE(data.overridden.value(kobenhavn));
}

TEST_CASE("Report pages render as images for a preview", "[report]")
{
    installTranslations(QStringLiteral("en"));
    Fixture f;
    const StatusReportData data = gathered(f);
    QString error;
    ReportDocument document(statusReportContent(data));
    const QList<QImage> pages = document.renderPages(60);
    REQUIRE(pages.size() >= 2);
    CHECK(pages.first().width() == 496);
    CHECK(pages.first().height() == 702);
    // The shots the lead commits: the first two pages of the demo report.
    const QString shots = QStringLiteral("/tmp/shots-reports");
    if (QDir().mkpath(shots)) {
        const QString pdf = f.dir.file(QStringLiteral("demo.pdf"));
        REQUIRE(ReportWriter::writePdf(statusReportContent(data), pdf, &error));
        QProcess::execute(QStringLiteral("pdftoppm"),
                          {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"),
                           QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("2"), pdf,
                           shots + QStringLiteral("/status-report")});
    }
}

TEST_CASE("Report tables are laid out with separate zero-width borders and not Qt's collapsed ones", "[report][pdf]")
{
    // Collapsed borders made Qt look up every cell's neighbours for each padding it computed (issue 20). No table
    // draws a line; a data table through QTextTable keeps the room of the old 0.6 pt border as frame padding. The
    // report lays its tables out itself; QTextTable is left for the appendix's first block (it carries the
    // appendix's page break) and for tables whose words do not fit the page side by side.
    installTranslations(QStringLiteral("en"));
    Fixture f;
    const StatusReportData data = gathered(f);
    ReportContent fallbacks = englishContent(QStringLiteral("Fallbacks"));
    fallbacks.firstPageVariants = {{ReportBlock::paragraph(QStringLiteral("Page one"))}};
    ReportBlock facts;
    facts.kind = ReportBlock::Kind::Facts;
    facts.facts = {{QStringLiteral("Key"), QStringLiteral("Value")}};
    fallbacks.blocks = {ReportBlock::tableBlock(wideWordTable())};
    ReportContent factsFirst = fallbacks;
    factsFirst.blocks = {facts};
    int tables = 0;
    int framed = 0;
    for (const ReportContent &content : {statusReportContent(data), fallbacks, factsFirst}) {
        ReportDocument document(content);
        QImage device(1, 1, QImage::Format_RGB32);
        REQUIRE(document.layoutFor(&device) >= 1);
        for (QTextBlock block = document.document()->begin(); block.isValid(); block = block.next()) {
            QTextCursor cursor(block);
            QTextTable *table = cursor.currentTable();
            if (!table || table->firstPosition() != block.position())
                continue;
            ++tables;
            const QTextTableFormat format = table->format();
            CHECK_FALSE(format.borderCollapse());
            CHECK(format.border() == 0);
            CHECK(format.borderStyle() == QTextFrameFormat::BorderStyle_None);
            if (format.headerRowCount() > 0) {
                ++framed;
                CHECK(format.padding() == Approx(0.6));
            } else {
                CHECK(format.padding() == 0);
            }
        }
    }
    CHECK(tables == 2);
    CHECK(framed == 1);
}

TEST_CASE("The status report PDF draws its charts as vectors with subset fonts, under 150 KB", "[report][pdf]")
{
    installTranslations(QStringLiteral("en"));
    Fixture f;
    QString error;
    const QString path = f.dir.file(QStringLiteral("demo.pdf"));
    // Every section, as `parat report` writes it: the capacity chart, the stakeholder map and the risk heat map.
    REQUIRE(exportStatusReport(f.db, f.clock, f.demo.id, path, {}, ReportSections::standardExtras(), &error));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.size() <= 150 * 1024);
    // No raster images: the charts are paths and text.
    CHECK_FALSE(bytes.contains("/Subtype /Image"));
    const QStringList images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path})
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(images.size() == 2); // the two header lines of the listing, no image
    // The charts' words are text in the PDF (the capacity legend, the map's quadrants, the heat map's axes).
    const QString text = pdfPages(path).join(QLatin1Char('\n'));
    for (const QString &word : {QStringLiteral("Allocated"), QStringLiteral("Manage closely"),
                                QStringLiteral("Probability"), QStringLiteral("Consequence")})
        CHECK(text.contains(word));

    // Every font is a tagged subset, and the rewritten cross-reference table reads without complaint.
    QProcess fonts;
    fonts.start(QStringLiteral("pdffonts"), {path});
    REQUIRE(fonts.waitForFinished(60000));
    CHECK(fonts.readAllStandardError().isEmpty());
    const QString listing = QString::fromUtf8(fonts.readAllStandardOutput());
    static const QRegularExpression line(
        QStringLiteral(R"(^([A-Z]{6}\+)?(\S*DejaVu\S*)\s+.+?\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$)"),
        QRegularExpression::MultilineOption);
    int fontsSeen = 0;
    for (auto it = line.globalMatch(listing); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        INFO(m.captured(0));
        CHECK(m.captured(3) == QStringLiteral("yes")); // embedded
        CHECK(m.captured(4) == QStringLiteral("yes")); // subset
        ++fontsSeen;
    }
    CHECK(fontsSeen >= 2);
}

TEST_CASE("Subset tags leave a document they do not recognise unchanged", "[report][pdf]")
{
    for (const QByteArray &bytes : {QByteArray(), QByteArray("%PDF-1.4\nnot a pdf"),
                                    QByteArray("%PDF-1.4\n1 0 obj\n<< /BaseFont /X >>\nendobj\nxref\n0 2\nbroken")})
        CHECK(ReportWriter::tagSubsetFonts(bytes) == bytes);
}

TEST_CASE("Reports written on a thread pool are the files written one by one", "[report][pdf]")
{
    installTranslations(QStringLiteral("en"));
    Fixture f;
    QString error;
    for (const QString &code : {QStringLiteral("0101"), QStringLiteral("0147"), QStringLiteral("0151")}) {
        Municipality m;
        m.code = code;
        m.goLive = QDate(2027, 1, 4);
        REQUIRE(MunicipalityRepository(f.db).add(&m, &error));
    }
    const ReportExtras extras = ReportSections::standardExtras();
    QStringList serial;
    QStringList parallel;
    bool cancelled = false;
    REQUIRE(exportAllStatusReports(f.db, f.clock, f.dir.file(QStringLiteral("serial")), {}, extras, {}, &serial,
                                   &cancelled, &error, 1));
    REQUIRE(exportAllStatusReports(f.db, f.clock, f.dir.file(QStringLiteral("parallel")), {}, extras, {}, &parallel,
                                   &cancelled, &error, 3));
    REQUIRE(serial.size() == 4);
    REQUIRE(parallel.size() == serial.size());
    // The same files in the same order; the bytes differ at most in the creation time Qt writes (to the second).
    static const QRegularExpression created(QStringLiteral(R"(/CreationDate \(D:\d+Z?\))"));
    for (int i = 0; i < serial.size(); ++i) {
        INFO(serial.at(i).toStdString());
        CHECK(QFileInfo(serial.at(i)).fileName() == QFileInfo(parallel.at(i)).fileName());
        QFile a(serial.at(i));
        QFile b(parallel.at(i));
        REQUIRE(a.open(QIODevice::ReadOnly));
        REQUIRE(b.open(QIODevice::ReadOnly));
        const QString bytesA = QString::fromLatin1(a.readAll()).replace(created, QString());
        const QString bytesB = QString::fromLatin1(b.readAll()).replace(created, QString());
        CHECK(bytesA.size() > 1000);
        CHECK(bytesA == bytesB);
        CHECK(pdfPages(serial.at(i)) == pdfPages(parallel.at(i)));
    }
}

// Not part of the suite (hidden tag): a rough timing of the batch export on 98 municipalities with the sample
// handbook. The real benchmark is tests/bench (benchReports) on the national dataset.
TEST_CASE("Timing of reports for all 98 municipalities", "[.][reportbench]")
{
    installTranslations(QStringLiteral("en"));
    Fixture f;
    QString error;
    for (const MunicipalityInfo &info : officialMunicipalities()) {
        if (info.code == QStringLiteral("0630"))
            continue;
        Municipality m;
        m.code = info.code;
        m.goLive = QDate(2027, 1, 4);
        REQUIRE(MunicipalityRepository(f.db).add(&m, &error));
    }
    QElapsedTimer timer;
    timer.start();
    REQUIRE(exportStatusReport(f.db, f.clock, f.demo.id, f.dir.file(QStringLiteral("one.pdf")), {}, {}, &error));
    const qint64 one = timer.restart();
    QStringList written;
    bool cancelled = false;
    REQUIRE(exportAllStatusReports(f.db, f.clock, f.dir.file(QStringLiteral("all")), {}, {}, {}, &written, &cancelled,
                                   &error));
    const qint64 all = timer.elapsed();
    WARN("one PDF: " << one << " ms; all " << written.size() << ": " << all << " ms");
}

TEST_CASE("An export without a snapshot writes the file and leaves the last report as it was", "[report]")
{
    installTranslations(QStringLiteral("da"));
    Fixture f;
    QString error;
    ExportOptions options;
    options.recordSnapshot = true;
    ReportRepository reports(f.db);
    REQUIRE(exportStatusReport(f.db, f.clock, f.demo.id, f.dir.file(QStringLiteral("first.pdf")), options, {}, &error));
    REQUIRE(reports.snapshots(f.demo.id).size() == 1);

    // A draft (and what a read-only database allows): the file, and no record of it.
    options.recordSnapshot = false;
    for (const ReportFormat format : {ReportFormat::Pdf, ReportFormat::Html, ReportFormat::Csv}) {
        options.format = format;
        const QString path = f.dir.file(QStringLiteral("again.") + reportFormatCode(format));
        REQUIRE(exportStatusReport(f.db, f.clock, f.demo.id, path, options, {}, &error));
        CHECK(QFileInfo(path).size() > 0);
    }
    CHECK(reports.snapshots(f.demo.id).size() == 1);
}

TEST_CASE("A report's sections share one read of the capacity input, and only while it is gathered", "[report]")
{
    Fixture f;
    const CapacityInput plain = loadCapacityInput(f.db, f.demo.id, QStringLiteral("da"));
    REQUIRE_FALSE(plain.tasks.isEmpty());
    REQUIRE_FALSE(plain.people.isEmpty());
    {
        const CapacityInputReuse reuse;
        const CapacityInput first = loadCapacityInput(f.db, f.demo.id, QStringLiteral("en"));
        CHECK(first.language == QStringLiteral("en"));
        CHECK(first.tasks.size() == plain.tasks.size());
        CHECK(first.people.size() == plain.people.size());
        CHECK(first.allocations.size() == plain.allocations.size());
        CHECK(first.goLive == plain.goLive);
        // A person added now is not read again inside the scope (nested scopes share it)...
        Person added;
        added.municipalityId = f.demo.id;
        added.name = QStringLiteral("Ny person");
        QString error;
        REQUIRE(PersonRepository(f.db).add(&added, &error));
        const CapacityInputReuse nested;
        const CapacityInput second = loadCapacityInput(f.db, f.demo.id, QStringLiteral("da"));
        CHECK(second.language == QStringLiteral("da"));
        CHECK(second.people.size() == plain.people.size());
    }
    // ...and is once the scope has ended.
    CHECK(loadCapacityInput(f.db, f.demo.id).people.size() == plain.people.size() + 1);
}

namespace {

// The tasks of a capacity input as the plan reads them: key, due date, status, people, in their order.
QStringList taskLines(const QList<PlannedTask> &tasks)
{
    QStringList lines;
    for (const PlannedTask &t : tasks) {
        lines.append(QStringLiteral("%1 %2 %3 %4 %5 %6")
                         .arg(t.task.key, t.due.toString(Qt::ISODate))
                         .arg(int(t.state.status))
                         .arg(t.state.responsiblePersonId)
                         .arg(t.state.performerPersonId)
                         .arg(t.task.isWithdrawn()));
    }
    return lines;
}

} // namespace

TEST_CASE("A report's capacity input, taken from the report's own task list, is the one read alone", "[report]")
{
    Fixture f;
    // A new handbook version without its first task withdraws it: the report reads it (its appendix lists it), the
    // capacity input does not.
    HandbookDraft draft = test::sampleHandbookDraft(QStringLiteral("v2.json"));
    draft.tasks.removeFirst();
    REQUIRE(HandbookImporter(f.db, f.clock).importDraft(draft, QStringLiteral("v2"), false).applied);
    const CapacityInput alone = loadCapacityInput(f.db, f.demo.id);
    REQUIRE(TaskRepository(f.db).plannedTasks(f.demo.id, true).size() == alone.tasks.size() + 1);
    // Tasks due the same day: their order is the plan's order all the same.
    std::set<QDate> dues;
    for (const PlannedTask &t : alone.tasks)
        dues.insert(t.due);
    REQUIRE(dues.size() < size_t(alone.tasks.size()));

    const CapacityInputReuse reuse;
    StatusReportData data;
    QString error;
    REQUIRE(gatherStatusReport(f.db, f.clock, {f.demo.id, QDate(), QStringLiteral("da")},
                               ReportSections::standardExtras(), &data, &error));
    // The report kept its input in the reuse (nested in this one): what the next read there gives.
    const CapacityInput kept = loadCapacityInput(f.db, f.demo.id);
    CHECK(taskLines(kept.tasks) == taskLines(alone.tasks));
    CHECK(kept.people.size() == alone.people.size());
    CHECK(kept.details.keys() == alone.details.keys());
    CHECK(kept.allocations.size() == alone.allocations.size());
    CHECK(kept.goLive == alone.goLive);
    const CapacityPlan keptPlan = computeCapacity(kept, kToday);
    const CapacityPlan alonePlan = computeCapacity(alone, kToday);
    REQUIRE(keptPlan.warnings.size() == alonePlan.warnings.size());
    for (int i = 0; i < keptPlan.warnings.size(); ++i)
        CHECK(keptPlan.warnings.at(i).text == alonePlan.warnings.at(i).text);
    CHECK(keptPlan.totalNeeded(0) == alonePlan.totalNeeded(0));
}

TEST_CASE("A report reads the go-live inputs once, and only for the same municipality, date and language", "[report]")
{
    Fixture f;
    const Id other = f.addMunicipalities({QStringLiteral("0101")}).first();
    const QDate later = kToday.addDays(28);
    const auto same = [](const GoLiveInputs &a, const GoLiveInputs &b) {
        return a.goLive == b.goLive && taskLines(a.tasks) == taskLines(b.tasks) && a.people.size() == b.people.size()
            && a.capacity.asOf == b.capacity.asOf && a.capacity.municipalityId == b.capacity.municipalityId
            && a.capacity.warnings.size() == b.capacity.warnings.size()
            && a.stakeholders.size() == b.stakeholders.size() && a.risks.size() == b.risks.size()
            && a.communication.size() == b.communication.size() && a.language == b.language;
    };
    const GoLiveInputs now = loadGoLiveInputs(f.db, f.demo.id, kToday, QStringLiteral("da"));
    const GoLiveInputs then = loadGoLiveInputs(f.db, f.demo.id, later, QStringLiteral("da"));
    const GoLiveInputs english = loadGoLiveInputs(f.db, f.demo.id, kToday, QStringLiteral("en"));
    const GoLiveInputs elsewhere = loadGoLiveInputs(f.db, other, kToday, QStringLiteral("da"));
    REQUIRE_FALSE(now.stakeholders.isEmpty());
    REQUIRE(now.capacity.asOf != then.capacity.asOf);
    REQUIRE_FALSE(same(now, elsewhere));
    // A risk added inside the reuse shows which calls read again (the stakeholders and people are read once for the
    // whole piece of work: loadStakeholders, loadPeople).
    Risk added;
    added.municipalityId = f.demo.id;
    added.title = QStringLiteral("Ny risiko");
    added.probability = 2;
    added.consequence = 3;
    QString error;
    {
        const CapacityInputReuse reuse;
        CHECK(same(loadGoLiveInputs(f.db, f.demo.id, kToday, QStringLiteral("da")), now));
        // Kept for the next call with the same arguments: a risk added now is not read again...
        REQUIRE(RiskRepository(f.db).add(&added, &error));
        CHECK(same(loadGoLiveInputs(f.db, f.demo.id, kToday, QStringLiteral("da")), now));
        // ...and a call with any other argument reads them (and sees the new risk).
        const GoLiveInputs inEnglish = loadGoLiveInputs(f.db, f.demo.id, kToday, QStringLiteral("en"));
        CHECK(inEnglish.language == english.language);
        CHECK(inEnglish.risks.size() == now.risks.size() + 1);
        CHECK(loadGoLiveInputs(f.db, f.demo.id, kToday, QStringLiteral("da")).risks.size() == now.risks.size() + 1);
        const GoLiveInputs read = loadGoLiveInputs(f.db, f.demo.id, later, QStringLiteral("da"));
        CHECK(read.capacity.asOf == then.capacity.asOf);
        CHECK(read.risks.size() == now.risks.size() + 1);
        CHECK(same(loadGoLiveInputs(f.db, f.demo.id, later, QStringLiteral("da")), read));
        CHECK(same(loadGoLiveInputs(f.db, other, later, QStringLiteral("da")),
                   loadGoLiveInputs(f.db, other, later, QStringLiteral("da"))));
        CHECK(loadGoLiveInputs(f.db, other, later, QStringLiteral("da")).capacity.municipalityId == other);
        CHECK(loadGoLiveInputs(f.db, f.demo.id, later, QStringLiteral("da")).capacity.municipalityId == f.demo.id);
    }
    // Nothing is kept once the reuse has ended.
    CHECK(loadGoLiveInputs(f.db, f.demo.id, kToday, QStringLiteral("da")).risks.size() == now.risks.size() + 1);
}

TEST_CASE("A report reads each municipality's people and stakeholders once, and only while it is gathered", "[report]")
{
    Fixture f;
    const Id other = f.addMunicipalities({QStringLiteral("0101")}).first();
    const QList<Person> people = loadPeople(f.db, f.demo.id);
    const QList<Stakeholder> stakeholders = loadStakeholders(f.db, f.demo.id);
    REQUIRE_FALSE(people.isEmpty());
    REQUIRE_FALSE(stakeholders.isEmpty());
    REQUIRE(loadPeople(f.db, other).isEmpty());
    REQUIRE(loadStakeholders(f.db, other).isEmpty());
    QString error;
    Person person;
    person.municipalityId = f.demo.id;
    person.name = QStringLiteral("Ny person");
    Stakeholder stakeholder;
    stakeholder.municipalityId = f.demo.id;
    stakeholder.name = QStringLiteral("Ny interessent");
    {
        const CapacityInputReuse reuse;
        // The report's gathering reads the people with the capacity input it keeps, and the stakeholders once.
        StatusReportData data;
        REQUIRE(gatherStatusReport(f.db, f.clock, {f.demo.id, QDate(), QStringLiteral("da")},
                                   ReportSections::standardExtras(), &data, &error));
        REQUIRE(data.personNames.size() == people.size());
        REQUIRE(PersonRepository(f.db).add(&person, &error));
        REQUIRE(StakeholderRepository(f.db).add(&stakeholder, &error));
        CHECK(loadPeople(f.db, f.demo.id).size() == people.size());
        CHECK(loadStakeholders(f.db, f.demo.id).size() == stakeholders.size());
        CHECK(loadCapacityInput(f.db, f.demo.id).people.size() == people.size());
        CHECK(stakeholderReportData(f.db, f.demo.id, kToday).stakeholders.size() == stakeholders.size());
        // Each municipality has its own.
        CHECK(loadPeople(f.db, other).isEmpty());
        CHECK(loadStakeholders(f.db, other).isEmpty());
    }
    // Read again once the reuse has ended: the report after an edit names the new person and stakeholder.
    CHECK(loadPeople(f.db, f.demo.id).size() == people.size() + 1);
    CHECK(loadStakeholders(f.db, f.demo.id).size() == stakeholders.size() + 1);
    StatusReportData data;
    REQUIRE(gatherStatusReport(f.db, f.clock, {f.demo.id, QDate(), QStringLiteral("da")},
                               ReportSections::standardExtras(), &data, &error));
    CHECK(data.personNames.values().contains(QStringLiteral("Ny person")));
    CHECK(stakeholderReportData(f.db, f.demo.id, kToday).stakeholders.size() == stakeholders.size() + 1);
}

TEST_CASE("The overview's capacity warnings from one bulk read are those of each municipality read alone", "[report]")
{
    Fixture f;
    f.addMunicipalities({QStringLiteral("0101"), QStringLiteral("0147")});
    const OverviewReportData data
        = gatherOverviewReport(f.db, f.clock, QDate(), QStringLiteral("en"), ReportSections::standardExtras());
    REQUIRE(data.hasCapacity);
    REQUIRE(data.rows.size() == 3);
    int warnings = 0;
    for (const MunicipalityRow &row : data.rows) {
        INFO(row.code.toStdString());
        const int alone = int(loadCapacity(f.db, row.id, kToday).warnings.size());
        CHECK(data.capacityWarnings.value(row.id, -1) == alone);
        warnings += alone;
    }
    CHECK(warnings > 0); // the demo's plan has some
}
