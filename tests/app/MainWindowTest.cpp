// The window a user opens first: on the demo database it shows the demo municipality's tasks.
#include "Fixtures.h"
#include "TestSupport.h"
#include "WindowFixture.h"

#include "AppContext.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "PeoplePage.h"
#include "PersonTasksPane.h"
#include "SuperuserPage.h"
#include "TaskDetailPane.h"
#include "TasksPage.h"
#include "commands/AllocationCommands.h"
#include "demo/DemoBuilder.h"
#include "domain/Calendar.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "handbook/HandbookReader.h"
#include "models/CapacityGridModel.h"
#include "models/PersonTaskModel.h"
#include "models/TaskFilterProxyModel.h"
#include "models/TaskTableModel.h"
#include "planning/Capacity.h"
#include "planning/Readiness.h"
#include "services/HandbookImport.h"
#include "storage/Database.h"
#include "storage/HandbookRepository.h"
#include "storage/MunicipalityRepository.h"
#include "storage/PersonRepository.h"
#include "storage/TaskRepository.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QResource>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

#include <algorithm>
#include <cstdlib>

using namespace parat;

TEST_CASE("The main window shows the demo municipality's tasks with the traffic light", "[gui]")
{
    test::WindowFixture f;
    MainWindow &window = *f.window;

    TaskTableModel *model = window.tasksPage()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model->rowCount() == 91);
    CHECK(window.municipalitySwitcher()->currentText() == QStringLiteral("0630 Vejle"));
    CHECK(window.windowTitle().startsWith(QStringLiteral("0630 Vejle")));

    // Some tasks are overdue in the demo, and the summary names go-live and the light's reasons.
    int overdue = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        overdue += model->index(row, 0).data(TaskTableModel::OverdueRole).toBool() ? 1 : 0;
    CHECK(overdue >= 2);
    CHECK(window.currentPage() == MainWindow::Page::Overview);

    // Ctrl+F jumps to the task list's search field; typing narrows the list.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    CHECK(window.currentPage() == MainWindow::Page::Tasks);
    auto *search = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(search);
    QTest::keyClicks(search, QStringLiteral("P1-04"));
    CHECK(window.tasksPage()->proxy()->rowCount() == 1);
}

TEST_CASE("The window's menus drive the flows - open a task from the overview and undo and redo from the keyboard",
          "[gui]")
{
    test::WindowFixture f(test::WindowFixture::ScriptDialogs | test::WindowFixture::Front);
    MainWindow &window = *f.window;
    Database &db = f.db;
    const Municipality &demo = f.demo;

    // The overview asks to open an overdue task: the window shows it in the task list.
    const QList<PlannedTask> tasks = TaskRepository(db).plannedTasks(demo.id);
    const auto overdue = std::find_if(tasks.begin(), tasks.end(),
                                      [&](const PlannedTask &task) { return isOverdue(task, f.clock.today()); });
    REQUIRE(overdue != tasks.end());
    emit window.context().openTaskRequested(overdue->task.id);
    CHECK(window.currentPage() == MainWindow::Page::Tasks);
    CHECK(window.tasksPage()->currentTaskId() == overdue->task.id);

    // Mark it done, then walk back and forward with the window's shortcuts.
    const auto statusOf = [&] { return TaskRepository(db).plannedTask(demo.id, overdue->task.id)->state.status; };
    const Status before = statusOf();
    REQUIRE(window.tasksPage()->setStatusOf({overdue->task.id}, Status::Done));
    CHECK(statusOf() == Status::Done);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(statusOf() == before);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(statusOf() == Status::Done);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(statusOf() == before);
    CHECK_FALSE(window.context().undoStack()->canUndo());

    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    CHECK(window.currentPage() == MainWindow::Page::People);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    CHECK(window.currentPage() == MainWindow::Page::Overview);
}

TEST_CASE("File menu - a new database gets the sample handbook and a foreign file is refused", "[gui]")
{
    test::WindowFixture f(test::WindowFixture::ScriptDialogs | test::WindowFixture::Hidden);
    MainWindow &window = *f.window;
    const test::TempDir &dir = f.dir;

    // Not a database: a message, and the window stays on its database.
    QFile foreign(dir.file(QStringLiteral("notes.parat")));
    REQUIRE(foreign.open(QIODevice::WriteOnly));
    foreign.write("just some text, not a database at all ...............................................");
    foreign.close();
    window.openDatabase(foreign.fileName());
    CHECK(window.requestedDatabase().isEmpty());
    REQUIRE(Dialogs::script().shown.size() == 1);
    CHECK(Dialogs::script().shown.first().contains(QStringLiteral("not a Parat database")));

    // An existing file is never overwritten by "New database".
    CHECK_FALSE(window.newDatabase(foreign.fileName()));

    const QString created = dir.file(QStringLiteral("new.parat"));
    REQUIRE(window.newDatabase(created));
    CHECK(window.requestedDatabase() == QFileInfo(created).absoluteFilePath());
    Database reopened;
    QString error;
    REQUIRE(reopened.open(created, &error));
    CHECK(HandbookRepository(reopened).tasks().size() == 91);
}

TEST_CASE("A read-only database shows a banner and edits are refused with a message", "[gui]")
{
    installTranslations(QStringLiteral("en"));
    Dialogs::startScript();
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("p.sqlite"));
    FixedClock clock(QDate(2026, 11, 27));
    Id demoId = 0;
    {
        Database writer;
        QString error;
        REQUIRE(writer.open(path, &error));
        demoId = test::buildDemo(writer, clock).id;
    }
    Database db;
    QString error;
    Database::OpenOptions options;
    options.readOnly = true;
    REQUIRE(db.open(path, &error, options));
    MainWindow window(db, clock);
    auto *banner = window.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
    REQUIRE(banner);
    CHECK(banner->text().contains(QStringLiteral("Read-only")));

    const PlannedTask first = TaskRepository(db).plannedTasks(demoId).first();
    CHECK_FALSE(window.tasksPage()->setStatusOf({first.task.id}, Status::InProgress));
    REQUIRE_FALSE(Dialogs::script().shown.isEmpty());
    CHECK(Dialogs::script().shown.last().contains(QStringLiteral("read-only")));
    CHECK(TaskRepository(db).plannedTask(demoId, first.task.id)->state.status == first.state.status);
    Dialogs::stopScript();
}

TEST_CASE("Hidden pages catch up when shown - edits and municipality switches made elsewhere appear", "[gui]")
{
    test::WindowFixture f(test::WindowFixture::Later | test::WindowFixture::Hidden);
    Database &db = f.db;
    const Municipality &demo = f.demo;
    QString error;
    Municipality other;
    other.code = QStringLiteral("0101");
    other.goLive = QDate(2027, 3, 1);
    REQUIRE(MunicipalityRepository(db).add(&other, &error));
    Person newcomer;
    newcomer.municipalityId = demo.id;
    newcomer.name = QStringLiteral("Ny Superbruger");
    newcomer.roles = {Role::SU};
    REQUIRE(PersonRepository(db).add(&newcomer, &error));

    MainWindow &window = f.openWindow();
    window.context().setCurrentMunicipalityId(demo.id);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Page::Tasks);
    SuperuserPage *superusers = window.superuserPage();
    CapacityGridModel *grid = superusers->gridModel();
    const auto allocatedNow = [&] {
        const CapacityPlan &plan = grid->plan();
        const int row = plan.rowOf(newcomer.id);
        const int column = plan.weekIndex(weekKey(f.clock.today()));
        return row >= 0 && column >= 0 ? plan.rows.at(row).cells.at(column).allocated : -1.0;
    };

    // Not shown yet, so not computed yet; shown, it has the demo's people.
    CHECK(grid->municipalityId() != demo.id);
    window.showPage(MainWindow::Page::Superusers);
    CHECK(grid->municipalityId() == demo.id);
    CHECK(allocatedNow() == Approx(0.0));

    // Hours allocated while another page is in view are there when the page is shown again.
    window.showPage(MainWindow::Page::Tasks);
    Allocation hours;
    hours.personId = newcomer.id;
    hours.fromWeek = weekKey(f.clock.today().addDays(-14));
    hours.toWeek = weekKey(f.clock.today().addDays(14));
    hours.hoursPerWeek = 10.0;
    window.context().push(new AddAllocation(db, hours, newcomer.name));
    CHECK(allocatedNow() == Approx(0.0)); // the hidden page did no work
    window.showPage(MainWindow::Page::Superusers);
    CHECK(allocatedNow() == Approx(10.0));

    // Undo from the task list, switch municipality there: each page shows the current state when opened.
    window.showPage(MainWindow::Page::Tasks);
    window.context().undoStack()->undo();
    window.context().setCurrentMunicipalityId(other.id);
    CHECK(window.tasksPage()->model()->rowCount() == 91);
    CHECK(grid->municipalityId() == demo.id);
    window.showPage(MainWindow::Page::Superusers);
    CHECK(grid->municipalityId() == other.id);
    window.showPage(MainWindow::Page::People);
    CHECK(window.peoplePage()->isVisible());
    window.context().setCurrentMunicipalityId(demo.id);
    window.showPage(MainWindow::Page::Superusers);
    CHECK(allocatedNow() == Approx(0.0));
}

// The task list's detail pane is made when the page first loads (docs/architecture.md "Start-up", round 8): before,
// an empty holder keeps its place in the splitter; made, the pane is where the holder was, the same size as a pane
// made with the page, collapsed if the holder was, and Tab goes from the list into it.
TEST_CASE("The task list's detail pane is made when the page is first shown, where a pane made earlier would be",
          "[gui][tasks]")
{
    const QSize size(1280, 800);
    test::WindowFixture lazy(test::WindowFixture::Front, size);
    // Another window whose page loads (and so makes its pane) before it is shown, as every window did before.
    test::WindowFixture early(test::WindowFixture::Hidden, size);
    TasksPage *earlyPage = early.window->tasksPage();
    REQUIRE(earlyPage->detailPane());
    CHECK(earlyPage->detailPaneMade());

    TasksPage *page = lazy.window->tasksPage();
    CHECK(lazy.window->currentPage() == MainWindow::Page::Overview);
    CHECK_FALSE(page->detailPaneMade());
    CHECK(page->findChildren<TaskDetailPane *>().isEmpty());
    CHECK(page->isDetailPaneShown());

    lazy.window->showPage(MainWindow::Page::Tasks);
    early.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(early.window.get()));
    early.window->showPage(MainWindow::Page::Tasks);
    QApplication::processEvents();
    REQUIRE(page->detailPaneMade());
    TaskDetailPane *pane = page->findChild<TaskDetailPane *>();
    REQUIRE(pane);
    CHECK(page->findChildren<TaskDetailPane *>().size() == 1);
    CHECK(pane->isVisible());
    auto *splitter = qobject_cast<QSplitter *>(pane->parentWidget());
    REQUIRE(splitter);
    CHECK(splitter->count() == 2);
    CHECK(splitter->widget(1) == pane);
    auto *earlySplitter = qobject_cast<QSplitter *>(earlyPage->detailPane()->parentWidget());
    REQUIRE(earlySplitter);
    CHECK(splitter->sizes() == earlySplitter->sizes());
    // The list and the pane share the width 900 : 480, as the page asks (within a pixel of rounding).
    const QList<int> sizes = splitter->sizes();
    REQUIRE(sizes.size() == 2);
    CHECK(sizes.at(1) > pane->minimumSizeHint().width());
    CHECK(std::abs(sizes.at(0) * 480 - sizes.at(1) * 900) <= 900 + 480);
    CHECK(pane->geometry() == earlyPage->detailPane()->geometry());
    const auto [pagePicture, earlyPagePicture] = test::grabInactive(*page, *earlyPage);
    CHECK(pagePicture == earlyPagePicture);

    // In the page's focus chain the pane's Tab stops come, in their order, after the list and before the buttons made
    // after the pane, as in a page that made its pane with itself; Tab leaves the list for the pane.
    const auto tabStops = [](QWidget *inPage, QWidget *paneOf) {
        QStringList stops;
        QWidget *window = inPage->window();
        for (QWidget *w = window->nextInFocusChain(); w != window; w = w->nextInFocusChain()) {
            if (inPage->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus))
                stops.append((paneOf->isAncestorOf(w) ? QStringLiteral("pane:") : QString())
                             + QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('/') + w->objectName());
        }
        return stops;
    };
    const QStringList stops = tabStops(page, pane);
    CHECK(stops == tabStops(earlyPage, earlyPage->detailPane()));
    const int list = int(stops.indexOf(QStringLiteral("parat::TableView/")));
    const int firstInPane = int(stops.indexOf(QRegularExpression(QStringLiteral("pane:.*"))));
    const int lastInPane = int(stops.lastIndexOf(QRegularExpression(QStringLiteral("pane:.*"))));
    CHECK(list >= 0);
    CHECK(firstInPane == list + 1);
    CHECK(stops.value(lastInPane + 1) == QStringLiteral("QPushButton/showPersonTasksButton"));
    CHECK(stops.filter(QRegularExpression(QStringLiteral("^pane:"))).size() == lastInPane - firstInPane + 1);
    CHECK(stops.contains(QStringLiteral("pane:QComboBox/statusCombo")));

    // Tab leaves the list for the pane, as before.
    early.window->hide();
    lazy.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(lazy.window.get()));
    page->view()->setFocus(Qt::TabFocusReason);
    REQUIRE(page->view()->hasFocus());
    QTest::keyClick(page->view(), Qt::Key_Tab);
    CHECK(pane->isAncestorOf(QApplication::focusWidget()));
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(QApplication::focusWidget());
    REQUIRE(iface);
    CHECK(!iface->text(QAccessible::Name).trimmed().isEmpty());
}

// The person pane's widgets are made when it is first shown (docs/architecture.md "Start-up", round 9): the window
// starts with the pane hidden. Made after other pages were, its Tab stops are where a pane made with the window has
// them: before those pages' widgets, not after them.
TEST_CASE("The person pane is made when first shown, with its Tab stops where the window made them", "[gui][people]")
{
    const QSize size(1280, 800);
    test::WindowFixture lazy(test::WindowFixture::Front, size);
    // Another window whose pane is made at once, before any page made later, as every window did before.
    test::WindowFixture early(test::WindowFixture::Hidden, size);
    PersonTasksPane *earlyPane = early.window->personTasksPane();
    REQUIRE(earlyPane->view());
    CHECK(earlyPane->contentMade());

    PersonTasksPane *pane = lazy.window->personTasksPane();
    CHECK(pane->isHidden());
    CHECK_FALSE(pane->contentMade());
    CHECK(pane->widget() == nullptr);
    CHECK(pane->findChildren<QTableView *>().isEmpty());
    CHECK(pane->toggleViewAction()->text() == QStringLiteral("Tasks of a Person")); // the View menu's item

    // The window's saved state (docks and toolbars, the pane hidden) says the same: it differs only in the hidden
    // pane's minimum height, which Qt writes but does not read back (the early window, given the lazy one's state,
    // saves its own again).
    early.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(early.window.get()));
    QApplication::processEvents();
    const QByteArray earlyState = early.window->saveState();
    const QByteArray lazyState = lazy.window->saveState();
    CHECK(lazyState.size() == earlyState.size());
    REQUIRE(early.window->restoreState(lazyState));
    QApplication::processEvents();
    CHECK(early.window->saveState() == earlyState);

    // Pages made before the pane in the lazy window, after it in the early one.
    for (MainWindow *window : {lazy.window.get(), early.window.get()}) {
        window->showPage(MainWindow::Page::People);
        window->showPage(MainWindow::Page::Stakeholders);
    }
    const Id person = PersonRepository(lazy.db).forMunicipality(lazy.demo.id).first().id;
    emit lazy.window->context().personTasksRequested(person);
    emit early.window->context().personTasksRequested(person);
    QApplication::processEvents();
    REQUIRE(pane->contentMade());
    CHECK(pane->isVisible());
    CHECK(pane->view()->isVisible());
    CHECK(pane->personId() == person);
    CHECK(pane->model()->taskIds() == earlyPane->model()->taskIds());
    CHECK(pane->geometry() == earlyPane->geometry());
    // The same picture (the focus taken from both tables, and neither window the active one: a table draws its
    // selection in the active window's colours).
    pane->view()->clearFocus();
    earlyPane->view()->clearFocus();
    const auto [panePicture, earlyPanePicture] = test::grabInactive(*pane, *earlyPane);
    CHECK(panePicture == earlyPanePicture);

    // Every Tab stop of the window, in the order of its focus chain: the same in both windows.
    const auto tabStops = [](MainWindow *window, PersonTasksPane *paneOf) {
        QStringList stops;
        for (QWidget *w = window->nextInFocusChain(); w != window; w = w->nextInFocusChain()) {
            if (w->focusPolicy() & Qt::TabFocus)
                stops.append((paneOf->isAncestorOf(w) ? QStringLiteral("pane:") : QString())
                             + QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('/') + w->objectName());
        }
        return stops;
    };
    const QStringList stops = tabStops(lazy.window.get(), pane);
    CHECK(stops == tabStops(early.window.get(), earlyPane));
    const int person0 = int(stops.indexOf(QStringLiteral("pane:QComboBox/personTasksPerson")));
    REQUIRE(person0 >= 0);
    CHECK(stops.value(person0 + 1) == QStringLiteral("pane:QPushButton/taskSheetButton"));
    CHECK(stops.value(person0 + 2) == QStringLiteral("pane:parat::TableView/personTasksView"));

    // Tab goes from the person to the sheet button and on to the table, as before.
    early.window->hide();
    lazy.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(lazy.window.get()));
    pane->personCombo()->setFocus(Qt::TabFocusReason);
    REQUIRE(pane->personCombo()->hasFocus());
    QTest::keyClick(pane->personCombo(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == pane->sheetButton());
    QTest::keyClick(pane->sheetButton(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == pane->view());
}

TEST_CASE("A person pane the saved window state shows is made and shown when the state is restored", "[gui][people]")
{
    QByteArray state;
    {
        test::WindowFixture f(test::WindowFixture::Plain, QSize(1280, 800));
        emit f.window->context().personTasksRequested(PersonRepository(f.db).forMunicipality(f.demo.id).first().id);
        QApplication::processEvents();
        REQUIRE(f.window->personTasksPane()->isVisible());
        state = f.window->saveState();
    }
    test::WindowFixture f(test::WindowFixture::Hidden, QSize(1280, 800));
    PersonTasksPane *pane = f.window->personTasksPane();
    CHECK_FALSE(pane->contentMade());
    REQUIRE(f.window->restoreState(state));
    CHECK(pane->contentMade());
    f.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(f.window.get()));
    QApplication::processEvents();
    CHECK(pane->isVisible());
    CHECK(pane->view()->isVisible());
    CHECK(pane->summary()->text()
          == QStringLiteral("Choose a person to see what they are responsible for or perform."));
}

TEST_CASE("A detail pane hidden before the task list is first shown is made hidden, and shows on Ctrl+Shift+D",
          "[gui][tasks]")
{
    test::WindowFixture f(test::WindowFixture::Front | test::WindowFixture::Active, QSize(1280, 800));
    TasksPage *page = f.window->tasksPage();
    page->setDetailPaneShown(false);
    CHECK_FALSE(page->detailPaneMade());
    f.window->showPage(MainWindow::Page::Tasks);
    QApplication::processEvents();
    REQUIRE(page->detailPaneMade());
    CHECK_FALSE(page->isDetailPaneShown());
    CHECK_FALSE(page->showDetailAction()->isChecked());

    page->view()->setFocus(Qt::TabFocusReason);
    REQUIRE(page->view()->hasFocus());
    QTest::keyClick(page->view(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(page->isDetailPaneShown());
    CHECK(page->showDetailAction()->isChecked());
    CHECK(page->detailPane()->width() >= page->detailPane()->minimumSizeHint().width());
}

// The translations are embedded uncompressed (cmake/Translations.cmake), so QTranslator reads them where they lie
// instead of decompressing the whole file on every start (docs/architecture.md "Start-up", round 8).
TEST_CASE("The translations are embedded uncompressed and load from where they lie", "[i18n]")
{
    for (const QString &language : {QStringLiteral("da"), QStringLiteral("en")}) {
        INFO(language.toStdString());
        const QString path = QStringLiteral(":/i18n/parat_%1.qm").arg(language);
        const QResource qm(path);
        REQUIRE(qm.isValid());
        CHECK(qm.compressionAlgorithm() == QResource::NoCompression);
        CHECK(qm.size() > 0);
        QTranslator translator;
        REQUIRE(translator.load(path));
        CHECK_FALSE(translator.isEmpty());
    }
    QTranslator danish;
    REQUIRE(danish.load(QStringLiteral(":/i18n/parat_da.qm")));
    CHECK(danish.translate("parat::MainWindow", "&File") == QStringLiteral("&Filer"));
}
