// The start page: the current municipality's light, chart and task lists; activating a task asks the window to
// open it; with several municipalities a sortable table switches between them.
#include "Fixtures.h"
#include "GuiFixture.h"
#include "TestSupport.h"

#include "AppContext.h"
#include "OverviewPage.h"
#include "ProgressChartWidget.h"
#include "domain/Calendar.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "models/MunicipalityOverviewModel.h"
#include "planning/Readiness.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMouseEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <cmath>

using namespace parat;

namespace {

const QDate kToday(2026, 11, 27);
constexpr int DueColumnForTest = 2; // the overview's task lists: key, task, due, responsible

bool hasLabel(const QWidget &root, const QString &text)
{
    const QList<QLabel *> labels = root.findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->isVisibleTo(&root) && label->text().contains(text))
            return true;
    }
    return false;
}

// 0101 København, go-live 4 January 2027, beside the demo.
Municipality addKobenhavn(Database &db)
{
    Municipality other;
    other.code = QStringLiteral("0101");
    other.goLive = QDate(2027, 1, 4);
    QString error;
    REQUIRE(MunicipalityRepository(db).add(&other, &error));
    return other;
}

// The demo with the AppContext (GuiFixture) and its overview page, at size, shown and exposed.
struct OverviewFixture : test::GuiFixture
{
    explicit OverviewFixture(const QSize &size, const QString &language = QStringLiteral("en"))
        : test::GuiFixture(language)
        , page(*context)
    {
        page.resize(size);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
    }

    OverviewPage page;
};

} // namespace

TEST_CASE("The overview shows the demo and activating an overdue task asks to open it", "[gui][overview]")
{
    OverviewFixture f({1000, 800});
    OverviewPage &page = f.page;
    AppContext &context = *f.context;

    const MunicipalitySummary &s = page.summary();
    CHECK(s.municipality.id == f.demo.id);
    CHECK(hasLabel(page, QStringLiteral("0630 Vejle")));
    CHECK(hasLabel(page, QStringLiteral("Go-live 1 Jan 2027 (week 53) – ") + timeToGoLiveText(s)));
    CHECK(hasLabel(page, lightName(s.light.light)));
    for (const LightReason &reason : s.light.reasons) // the lines under a reason are indented
        CHECK(hasLabel(page, QString(reason.text).replace(QLatin1Char('\n'), QStringLiteral("\n    "))));
    CHECK(page.chart()->data().rows.size() == s.byPhase.size());
    CHECK_FALSE(page.showsMunicipalityTable());

    // The overdue list holds exactly the summary's overdue tasks.
    QTreeWidget *overdue = page.taskList(OverviewPage::List::Overdue);
    REQUIRE(overdue);
    REQUIRE(overdue->topLevelItemCount() == s.overdue.size());
    REQUIRE(overdue->topLevelItemCount() >= 2);
    for (int i = 0; i < s.overdue.size(); ++i)
        CHECK(overdue->topLevelItem(i)->text(0) == s.overdue.at(i).task.key);
    CHECK(overdue->topLevelItem(0)->text(1) == s.overdue.at(0).task.title(QStringLiteral("en")));
    CHECK(hasLabel(page, QStringLiteral("Overdue (%1)").arg(s.overdue.size())));
    CHECK(page.taskList(OverviewPage::List::MissingInKlik)->topLevelItemCount() == s.missingInKlik.size());
    CHECK(page.taskList(OverviewPage::List::DueIn2Weeks)->topLevelItemCount() == s.dueIn2Weeks.size());
    CHECK(page.taskList(OverviewPage::List::ReleasedRecently)->topLevelItemCount() == s.releasedSince.size());
    CHECK(hasLabel(page, QStringLiteral("Released in the last 2 weeks")));

    // Double-click opens the second overdue task, Enter the first.
    QSignalSpy opened(&context, &AppContext::openTaskRequested);
    QTreeWidgetItem *second = overdue->topLevelItem(1);
    const QRect rect = overdue->visualItemRect(second);
    QTest::mouseClick(overdue->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(overdue->viewport(), Qt::LeftButton, {}, rect.center());
    REQUIRE(opened.count() >= 1);
    CHECK(opened.last().at(0).value<Id>() == s.overdue.at(1).task.id);

    opened.clear();
    overdue->setFocus();
    overdue->setCurrentItem(overdue->topLevelItem(0));
    QTest::keyClick(overdue, Qt::Key_Return);
    REQUIRE(opened.count() == 1);
    CHECK(opened.first().at(0).value<Id>() == s.overdue.at(0).task.id);

    // A report date changes what "released recently" means and says so.
    page.setLastReportDate(QDate(2026, 10, 30));
    CHECK(hasLabel(page, QStringLiteral("Released since the last report (30 Oct 2026)")));

    QTest::qWait(20); // let the lists take their new heights
    page.grab().save(QStringLiteral("/tmp/overview-page.png"));

    // In a small window the page scrolls instead of squeezing.
    page.resize(480, 360);
    QCoreApplication::processEvents();
    auto *scroll = page.findChild<QScrollArea *>();
    REQUIRE(scroll);
    CHECK(scroll->verticalScrollBar()->isVisible());
    CHECK(scroll->verticalScrollBar()->maximum() > 0);
    page.grab().save(QStringLiteral("/tmp/overview-small.png"));
}

TEST_CASE("The cross-municipality table appears with two municipalities and switches between them", "[gui][overview]")
{
    OverviewFixture f({1000, 700});
    OverviewPage &page = f.page;
    AppContext &context = *f.context;
    CHECK_FALSE(page.showsMunicipalityTable());

    // Adding a second municipality writes to the database; the page follows.
    const Municipality other = addKobenhavn(f.db);
    CHECK(page.showsMunicipalityTable());
    QTableView *table = page.municipalityTable();
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(table->model()->rowCount() == 2);
    CHECK(table->isVisible());

    // Sorted by code; the current municipality is selected.
    CHECK(table->model()->index(0, MunicipalityOverviewModel::CodeColumn).data().toString() == QStringLiteral("0101"));
    CHECK(table->currentIndex().row() == 1);

    // Sort by overdue count, descending, from the header.
    table->sortByColumn(MunicipalityOverviewModel::OverdueColumn, Qt::DescendingOrder);
    const int firstOverdue = table->model()->index(0, MunicipalityOverviewModel::OverdueColumn).data().toInt();
    const int secondOverdue = table->model()->index(1, MunicipalityOverviewModel::OverdueColumn).data().toInt();
    CHECK(firstOverdue >= secondOverdue);

    // Activating København's row makes it current and the page shows it.
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, MunicipalityOverviewModel::CodeColumn).data().toString() == QStringLiteral("0101"))
            row = r;
    }
    REQUIRE(row >= 0);
    QSignalSpy switched(&context, &AppContext::currentMunicipalityChanged);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, MunicipalityOverviewModel::NameColumn));
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(switched.count() == 1);
    CHECK(context.currentMunicipalityId() == other.id);
    CHECK(page.summary().municipality.id == other.id);
    CHECK(hasLabel(page, QStringLiteral("0101 København")));

    // København has nothing done: the KLIK list is empty and says so in words.
    CHECK_FALSE(page.taskList(OverviewPage::List::MissingInKlik)->isVisibleTo(&page));
    CHECK(hasLabel(page, QStringLiteral("Every mandatory task that is done is marked in KLIK.")));

    QTest::qWait(20); // let the lists take their new heights
    page.grab().save(QStringLiteral("/tmp/overview-two.png"));

    // Back to one municipality: the table goes away.
    QString error;
    REQUIRE(MunicipalityRepository(f.db).remove(other.id, &error));
    CHECK_FALSE(page.showsMunicipalityTable());
}

TEST_CASE("The table of all municipalities waits for the overview's first paint", "[gui][overview]")
{
    // Start-up shows the current municipality first; the table grows with the national total, so it is filled
    // once the page has painted (issue 20: first paint flat in the national total).
    test::DemoDatabase data(QStringLiteral("en"));
    addKobenhavn(data.db);
    AppContext context(data.db, data.clock);
    context.setCurrentMunicipalityId(data.demo.id);
    const Municipality &demo = data.demo;

    OverviewPage page(context);
    page.resize(1000, 700);
    CHECK_FALSE(page.municipalityTableLoaded());
    CHECK(page.municipalityTable()->model()->rowCount() == 0);
    CHECK(page.showsMunicipalityTable()); // its place is kept, so nothing jumps when the rows come
    CHECK(page.summary().municipality.id == demo.id); // the municipality itself is there at once
    CHECK_FALSE(page.trendLoaded()); // the task history too comes after the first paint, in its kept place
    CHECK_FALSE(page.trendChart()->isVisibleTo(&page));
    CHECK(page.trendChart()->sizePolicy().retainSizeWhenHidden());

    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(QTest::qWaitFor([&] { return page.municipalityTableLoaded(); }, 2000));
    CHECK(page.trendLoaded());
    CHECK(page.trendChart()->isVisibleTo(&page));
    CHECK(page.trendChart()->trend().points.size() > 4);
    CHECK(page.statusBlock()->accessibleDescription().contains(page.trendChart()->accessibleDescription()));
    QTableView *table = page.municipalityTable();
    REQUIRE(table->model()->rowCount() == 2);
    CHECK(table->currentIndex().row() == 1); // sorted by code: 0101, then the demo; the current one selected

    // The table's header remembers its headings' sizes: the same as measured with nothing remembered.
    QHeaderView fresh(Qt::Horizontal);
    fresh.setModel(table->model());
    fresh.setFont(table->horizontalHeader()->font());
    fresh.setSortIndicatorShown(table->horizontalHeader()->isSortIndicatorShown());
    REQUIRE(table->model()->columnCount() > 3);
    for (int column = 0; column < table->model()->columnCount(); ++column)
        CHECK(table->horizontalHeader()->sectionSizeHint(column) == fresh.sectionSizeHint(column));
    CHECK(table->horizontalHeader()->sizeHint().height() == fresh.sizeHint().height());
}

TEST_CASE("The overview says so when there is no municipality", "[gui][overview]")
{
    test::EmptyDatabase empty(QStringLiteral("en"));
    FixedClock clock(kToday);
    AppContext context(empty.db, clock);
    OverviewPage page(context);
    test::showExposed(page, {400, 300});
    CHECK(hasLabel(page, QStringLiteral("There is no municipality yet.")));
    CHECK_FALSE(page.showsMunicipalityTable());
}

TEST_CASE("The overview shows the trend week by week with its forecast, as the report's page 1", "[gui][overview]")
{
    OverviewFixture f({1200, 900});
    OverviewPage &page = f.page;
    REQUIRE(QTest::qWaitFor([&] { return page.trendLoaded(); }, 2000)); // drawn after the first paint
    TrendChartWidget *trend = page.trendChart();
    REQUIRE(trend);
    CHECK(trend->isVisibleTo(&page));
    CHECK(trend->trend().points.size() > 4);
    REQUIRE(trend->trend().today());
    CHECK(trend->trend().today()->actual == Approx(page.summary().total.actual));
    CHECK(trend->accessibleName() == TrendChartWidget::tr("Progress week by week"));
    CHECK(trend->accessibleDescription().contains(forecastText(trend->trend().forecast)));
    CHECK(trend->height() >= trend->heightForWidth(trend->width()) - 1);

    // A picture for docs/screenshots when asked for: PARAT_SCREENSHOT_DIR=/tmp/shots.
    const QString folder = qEnvironmentVariable("PARAT_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        CHECK(trend->grab().save(QDir(folder).filePath(QStringLiteral("overview-trend-en.png"))));
}

namespace {

QLabel *visibleLabelWith(const QWidget &root, const QString &text)
{
    for (QLabel *label : root.findChildren<QLabel *>()) {
        if (label->isVisibleTo(&root) && label->text().contains(text))
            return label;
    }
    return nullptr;
}

// A press, a move and a release of the left button, as a drag with the mouse sends them.
void drag(QWidget *widget, const QPoint &from, const QPoint &to)
{
    QTest::mousePress(widget, Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, to, widget->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &move);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, to);
}

} // namespace

TEST_CASE("The overview's texts can be selected with the mouse and copied", "[gui][overview]")
{
    // The labels draw as plain labels until the mouse comes (a selectable label costs ten layouts of its text at
    // start-up); a user sees and can do the same as with a selectable one.
    OverviewFixture f({1000, 800});
    OverviewPage &page = f.page;
    REQUIRE(QTest::qWaitFor([&] { return page.municipalityTableLoaded(); }, 2000));
    test::settle();
    const QList<LightReason> &reasons = page.summary().light.reasons;
    REQUIRE(reasons.size() >= 2);
    QLabel *why = visibleLabelWith(page, reasons.first().text.section(QLatin1Char('\n'), 0, 0));
    REQUIRE(why);
    QLabel *title = visibleLabelWith(page, QStringLiteral("0630 Vejle"));
    REQUIRE(title);

    // Screen readers read the text whether or not it has been clicked.
    for (QLabel *label : {why, title}) {
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(label);
        REQUIRE(accessible);
        CHECK(accessible->role() == QAccessible::StaticText);
        CHECK(accessible->text(QAccessible::Name) == label->text());
    }

    // A click changes nothing on the screen (no text moves), and gives the label the focus.
    const QImage before = page.grab().toImage();
    const QPoint inWhy(4, why->fontMetrics().height() / 2);
    QTest::mouseClick(why, Qt::LeftButton, {}, inWhy);
    CHECK(why->hasFocus());
    CHECK_FALSE(why->hasSelectedText());
    CHECK(page.grab().toImage() == before);
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(why);
    REQUIRE(accessible);
    CHECK(accessible->text(QAccessible::Name) == why->text());

    // Dragging over the first line selects its beginning; Ctrl+A selects everything, Ctrl+C copies it.
    drag(why, QPoint(1, inWhy.y()), QPoint(why->fontMetrics().horizontalAdvance(QStringLiteral("• 3 op")), inWhy.y()));
    REQUIRE(why->hasSelectedText());
    CHECK(why->text().startsWith(why->selectedText()));
    CHECK(why->selectedText().size() < why->text().size());
    QTest::keyClick(why, Qt::Key_A, Qt::ControlModifier);
    CHECK(QString(why->selectedText()).replace(QChar::ParagraphSeparator, QLatin1Char('\n')) == why->text());
    QApplication::clipboard()->clear();
    QTest::keyClick(why, Qt::Key_C, Qt::ControlModifier);
    CHECK(QApplication::clipboard()->text() == why->text());

    // The first press on another label already starts a selection there: a drag over the heading selects from it.
    drag(title, QPoint(1, title->height() / 2),
         QPoint(title->fontMetrics().horizontalAdvance(QStringLiteral("0630")) + 1, title->height() / 2));
    CHECK(title->hasFocus());
    CHECK(title->selectedText().startsWith(QStringLiteral("0630")));
    CHECK_FALSE(why->hasSelectedText());

    // A reload keeps the label selectable, with the new text.
    page.setLastReportDate(QDate(2026, 10, 30));
    test::settle();
    QTest::keyClick(title, Qt::Key_A, Qt::ControlModifier);
    CHECK(title->selectedText() == title->text());
}

TEST_CASE("The progress chart's size follows its rows and its font", "[gui][overview]")
{
    // The chart remembers its size between the layouts' questions; new rows or a new font measure it again.
    ProgressChartWidget chart;
    const auto measured = [&chart] {
        const QSizeF size = preferredSize(chart.data(), chart.chartStyle(), &chart);
        return QSize(int(std::ceil(size.width())), int(std::ceil(size.height())));
    };
    ProgressChartData data;
    data.rows
        = {{QStringLiteral("Forberedelse"), 100.0, 100.0, 10, 10}, {QStringLiteral("Afklaring"), 50.0, 80.0, 8, 4}};
    chart.setData(data);
    const QSize two = chart.sizeHint();
    CHECK(two == measured());
    CHECK(chart.heightForWidth(600) == two.height());

    data.rows.append({QStringLiteral("Gevinstrealisering og drift, med et langt navn"), 0.0, 10.0, 5, 0});
    chart.setData(data);
    CHECK(chart.sizeHint().height() > two.height());
    CHECK(chart.sizeHint().width() > two.width());
    CHECK(chart.sizeHint() == measured());
    CHECK(chart.heightForWidth(600) == chart.sizeHint().height());

    const QSize three = chart.sizeHint();
    QFont larger = chart.font();
    larger.setPointSizeF(larger.pointSizeF() * 2.0);
    chart.setFont(larger);
    CHECK(chart.sizeHint().height() > three.height());
    CHECK(chart.sizeHint() == measured());
}

namespace {

// Each list's columns as sized to contents: every text in view whole (not elided), and no wider than the widest of
// them or the heading, with the cell's margins.
void checkColumnsFitRows(OverviewPage &page)
{
    for (const auto list :
         {OverviewPage::List::Overdue, OverviewPage::List::DueIn2Weeks, OverviewPage::List::DueIn3To4Weeks,
          OverviewPage::List::ReleasedRecently, OverviewPage::List::MissingInKlik}) {
        QTreeWidget *tree = page.taskList(list);
        REQUIRE(tree);
        if (!tree->isVisibleTo(&page))
            continue;
        const QFontMetrics metrics(tree->font());
        const int margins = 2 * (tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1);
        for (const int column : {0, 2, 3}) { // key, due, responsible; the title takes the rest
            INFO("list " << int(list) << ", column " << column);
            int widest = tree->header()->sectionSizeHint(column);
            for (int row = 0; row < tree->topLevelItemCount(); ++row) {
                QTreeWidgetItem *item = tree->topLevelItem(row);
                if (!tree->visualItemRect(item).intersects(tree->viewport()->rect()))
                    continue;
                const int text = metrics.horizontalAdvance(item->text(column)) + margins;
                CHECK(text <= tree->header()->sectionSize(column));
                widest = std::max(widest, text);
            }
            CHECK(tree->header()->sectionSize(column) <= widest + 2);
        }
    }
}

} // namespace

TEST_CASE("The overview's lists fit their columns to the rows after a reload and in a larger font", "[gui][overview]")
{
    // The lists remember their columns' widths between layout passes; what they show must be what Qt measures.
    for (const QSize &size : {QSize(1000, 800), QSize(1920, 1080)}) {
        INFO(size.width() << "x" << size.height());
        OverviewFixture f(size);
        OverviewPage &page = f.page;
        REQUIRE(QTest::qWaitFor([&] { return page.municipalityTableLoaded(); }, 2000));
        test::settle();
        REQUIRE(page.taskList(OverviewPage::List::DueIn2Weeks)->topLevelItemCount() >= 2);
        checkColumnsFitRows(page);

        // Other rows in the "released" list: since the last report instead of the last 2 weeks.
        const int releasedBefore = page.taskList(OverviewPage::List::ReleasedRecently)->topLevelItemCount();
        page.setLastReportDate(QDate(2026, 10, 30));
        test::settle();
        CHECK(page.taskList(OverviewPage::List::ReleasedRecently)->topLevelItemCount() != releasedBefore);
        checkColumnsFitRows(page);

        QFont larger = page.font();
        larger.setPointSizeF(larger.pointSizeF() * 1.5);
        const int keyWidth = page.taskList(OverviewPage::List::Overdue)->header()->sectionSize(0);
        page.setFont(larger);
        test::settle();
        CHECK(page.taskList(OverviewPage::List::Overdue)->header()->sectionSize(0) > keyWidth);
        checkColumnsFitRows(page);
    }
}

TEST_CASE("The overview's list headings fit their columns in the new language", "[gui][overview]")
{
    // The headers remember their headings' sizes; a language change gives new headings, measured anew.
    OverviewFixture f({1000, 800});
    OverviewPage &page = f.page;
    test::settle();
    QTreeWidget *overdue = page.taskList(OverviewPage::List::Overdue);
    REQUIRE(overdue->headerItem()->text(DueColumnForTest) == QStringLiteral("Due"));

    installTranslations(QStringLiteral("da"));
    test::settle();
    REQUIRE(overdue->headerItem()->text(DueColumnForTest) == QStringLiteral("Frist"));
    QHeaderView *header = overdue->header();
    QHeaderView fresh(Qt::Horizontal); // measures the same headings with nothing remembered
    fresh.setModel(overdue->model());
    fresh.setFont(header->font());
    QFont bold = header->font();
    bold.setBold(true);
    for (int column = 0; column < overdue->columnCount(); ++column) {
        const QString heading = overdue->headerItem()->text(column);
        INFO(heading.toStdString());
        CHECK(header->sectionSizeHint(column) == fresh.sectionSizeHint(column));
        CHECK(QFontMetrics(bold).horizontalAdvance(heading) < header->sectionSize(column));
    }
    checkColumnsFitRows(page);
    installTranslations(QStringLiteral("en"));
}

TEST_CASE("Each row of the overview's lists says its own due date, days overdue and release date", "[gui][overview]")
{
    // The lists make each date's text once per list; every row must still show its own task's.
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("da")}) {
        INFO(language.toStdString());
        OverviewFixture f({1000, 800}, language);
        OverviewPage &page = f.page;
        page.setLastReportDate(QDate(2026, 10, 30)); // more released tasks, with several release dates
        const MunicipalitySummary &s = page.summary();
        const auto dueText = [&](const PlannedTask &task) {
            return task.due.isValid()
                ? QStringLiteral("%1 (%2)").arg(formatDateShort(task.due, language), weekLabel(task.due))
                : QString();
        };
        const auto check = [&](OverviewPage::List list, const QList<PlannedTask> &tasks) {
            QTreeWidget *tree = page.taskList(list);
            REQUIRE(tree->topLevelItemCount() == tasks.size());
            QSet<QDate> dates;
            for (int row = 0; row < tasks.size(); ++row) {
                const PlannedTask &task = tasks.at(row);
                INFO(task.task.key.toStdString());
                const QTreeWidgetItem *item = tree->topLevelItem(row);
                CHECK(item->text(DueColumnForTest) == dueText(task));
                CHECK(item->toolTip(1) == task.task.title(language));
                if (list == OverviewPage::List::Overdue) {
                    const int days = daysOverdue(task, s.asOf);
                    CHECK(item->toolTip(DueColumnForTest)
                          == (language == QStringLiteral("en")
                                  ? QStringLiteral("Overdue by %1 day%2")
                                        .arg(days)
                                        .arg(days == 1 ? QString() : QStringLiteral("s"))
                                  : QStringLiteral("Forsinket %1 dag%2")
                                        .arg(days)
                                        .arg(days == 1 ? QString() : QStringLiteral("e"))));
                } else if (list == OverviewPage::List::ReleasedRecently) {
                    CHECK(item->toolTip(DueColumnForTest)
                          == (language == QStringLiteral("en") ? QStringLiteral("Released %1")
                                                               : QStringLiteral("Frigivet %1"))
                                 .arg(formatDate(task.release, language)));
                    dates.insert(task.release);
                }
                if (list != OverviewPage::List::ReleasedRecently)
                    dates.insert(task.due);
            }
            return int(dates.size());
        };
        // Rows that share a date and rows that do not, in the lists with the most rows.
        CHECK(check(OverviewPage::List::Overdue, s.overdue) >= 2);
        check(OverviewPage::List::DueIn2Weeks, s.dueIn2Weeks);
        CHECK(check(OverviewPage::List::ReleasedRecently, s.releasedSince) >= 2);
        check(OverviewPage::List::MissingInKlik, s.missingInKlik);
        CHECK(s.overdue.size() > check(OverviewPage::List::Overdue, s.overdue));
    }
    installTranslations(QStringLiteral("en"));
}

namespace {

// What a user meets at the page's first paint: the scroll range and the Tab stops in order, taken in the paint (the
// filter is asked before the page's own, which fills the waiting lists after it).
struct FirstPaint : QObject
{
    explicit FirstPaint(OverviewPage &watched)
        : page(watched)
    {
        page.findChild<QScrollArea *>()->widget()->installEventFilter(this);
    }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !seen) {
            seen = true;
            const QScrollBar *bar = page.findChild<QScrollArea *>()->verticalScrollBar();
            scrollMaximum = bar->maximum();
            waited = page.listWaitsForPaint(OverviewPage::List::Overdue);
            tabStops = tabStopsOf(page);
        }
        return false;
    }
    static QStringList tabStopsOf(QWidget &page)
    {
        QStringList stops;
        for (QWidget *w = page.nextInFocusChain(); w && w != &page; w = w->nextInFocusChain()) {
            if (w->focusPolicy() & Qt::TabFocus && w->isVisibleTo(&page))
                stops.append(QString::fromLatin1(w->metaObject()->className()) + w->accessibleName());
        }
        return stops;
    }
    OverviewPage &page;
    bool seen = false;
    bool waited = false;
    int scrollMaximum = -1;
    QStringList tabStops;
};

QStringList rowsOf(const QTreeWidget *tree)
{
    QStringList rows;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = tree->topLevelItem(i);
        rows.append(QStringList {item->text(0), item->text(1), item->text(2), item->text(3), item->toolTip(2)}.join(
            QLatin1Char('|')));
    }
    return rows;
}

} // namespace

TEST_CASE("The overview's lists below its visible part get their rows right after the first paint in their place",
          "[gui][overview]")
{
    // A list wholly below the visible part holds only its first row (which gives it its height) until the page has
    // painted. The user meets the same page as when every list is filled first: the same scroll range at the first
    // paint, the same Tab stops, the same rows once filled (in the same turn as the paint's), the same pixels.
    const QList<OverviewPage::List> lists {OverviewPage::List::Overdue, OverviewPage::List::DueIn2Weeks,
                                           OverviewPage::List::MissingInKlik, OverviewPage::List::DueIn3To4Weeks,
                                           OverviewPage::List::ReleasedRecently};
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("da")}) {
        INFO(language.toStdString());
        test::DemoDatabase data(language);
        AppContext context(data.db, data.clock);
        context.setCurrentMunicipalityId(data.demo.id);

        OverviewPage lazy(context);
        lazy.resize(900, 300); // the lists lie below the status block
        REQUIRE(lazy.listWaitsForPaint(OverviewPage::List::Overdue));
        FirstPaint firstPaint(lazy);

        OverviewPage filled(context); // every list asked for, so filled at once
        filled.resize(900, 300);
        for (const OverviewPage::List list : lists)
            filled.taskList(list);
        REQUIRE_FALSE(filled.listWaitsForPaint(OverviewPage::List::Overdue));

        lazy.show();
        filled.show();
        REQUIRE(QTest::qWaitForWindowExposed(&lazy));
        REQUIRE(QTest::qWaitForWindowExposed(&filled));
        REQUIRE(
            QTest::qWaitFor([&] { return lazy.municipalityTableLoaded() && filled.municipalityTableLoaded(); }, 2000));
        test::settle();
        REQUIRE(firstPaint.seen);
        CHECK(firstPaint.waited);
        for (const OverviewPage::List list : lists)
            CHECK_FALSE(lazy.listWaitsForPaint(list));

        QScrollArea *lazyScroll = lazy.findChild<QScrollArea *>();
        QScrollArea *filledScroll = filled.findChild<QScrollArea *>();
        CHECK(firstPaint.scrollMaximum == filledScroll->verticalScrollBar()->maximum());
        CHECK(lazyScroll->verticalScrollBar()->maximum() == filledScroll->verticalScrollBar()->maximum());
        CHECK(firstPaint.tabStops == FirstPaint::tabStopsOf(filled));
        CHECK(FirstPaint::tabStopsOf(lazy) == FirstPaint::tabStopsOf(filled));
        for (const OverviewPage::List list : lists) {
            CHECK(rowsOf(lazy.taskList(list)) == rowsOf(filled.taskList(list)));
            CHECK(lazy.taskList(list)->height() == filled.taskList(list)->height());
        }
        REQUIRE(lazy.taskList(OverviewPage::List::Overdue)->topLevelItemCount() >= 2);

        // Scrolled to the lists, the two pages look the same.
        const int bottom = filledScroll->verticalScrollBar()->maximum();
        for (const int to : {bottom / 2, bottom}) {
            lazyScroll->verticalScrollBar()->setValue(to);
            filledScroll->verticalScrollBar()->setValue(to);
            test::settle();
            const auto [lazyPicture, filledPicture] = test::grabInactive(lazy, filled);
            CHECK(lazyPicture == filledPicture);
        }
    }
}
