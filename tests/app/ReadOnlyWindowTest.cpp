// A window on a read-only database: every control that would change data is disabled and says why, no editor
// opens, the stakeholder map moves nothing; viewing, filtering, switching and exporting still work. The same
// checks on a writable window keep the controls enabled, so a regression either way is caught.
#include "Fixtures.h"
#include "GuiFixture.h"
#include "TestSupport.h"

#include "AppContext.h"
#include "CommunicationPlanPage.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "PeoplePage.h"
#include "PersonDialog.h"
#include "ReportPage.h"
#include "RestorePointsDialog.h"
#include "Settings.h"
#include "StakeholderMapWidget.h"
#include "StakeholderPage.h"
#include "SuperuserPage.h"
#include "TaskDetailPane.h"
#include "TaskFilterBar.h"
#include "TasksPage.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "models/CommunicationPlanModel.h"
#include "models/PersonTableModel.h"
#include "models/StakeholderTableModel.h"
#include "models/TaskFilterProxyModel.h"
#include "models/TaskTableModel.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"
#include "storage/StakeholderRepository.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <memory>

using namespace parat;

namespace {

// The demo database with a second municipality, written by a writer that is closed again before `db` opens it
// (read-only when asked).
struct Setup
{
    explicit Setup(bool readOnly)
        : clock(QDate(2026, 11, 27))
    {
        installTranslations(QStringLiteral("en"));
        path = dir.file(QStringLiteral("p.sqlite"));
        QString error;
        {
            Database writer;
            REQUIRE(writer.open(path, &error));
            const Municipality demo = test::buildDemo(writer, clock);
            demoId = demo.id;
            demoCode = demo.code;
            Municipality other;
            other.code = QStringLiteral("0101");
            other.goLive = QDate(2027, 3, 1);
            REQUIRE(MunicipalityRepository(writer).add(&other, &error));
            otherId = other.id;
        }
        // The window opens on the municipality shown when Parat last closed: the demo, which has the people,
        // tasks and stakeholders these tests look at (the other municipality has none).
        Settings().setLastMunicipalityCode(demoCode);
        Database::OpenOptions options;
        options.readOnly = readOnly;
        REQUIRE(db.open(path, &error, options));
        REQUIRE(db.isReadOnly() == readOnly);
    }

    // The main window on db (made once), at size when one is given, shown and waited for until exposed.
    MainWindow &openWindow(const QSize &size = {})
    {
        if (!window) {
            window = std::make_unique<MainWindow>(db, clock);
            if (size.isValid())
                window->resize(size);
            window->show();
            REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        }
        return *window;
    }

    test::TempDir dir;
    QString path;
    FixedClock clock;
    Database db;
    Id demoId = 0;
    QString demoCode;
    Id otherId = 0;
    std::unique_ptr<MainWindow> window;

    ~Setup() { test::expectModalsAnswered(); }
};

template<typename T> T *named(QObject *parent, const char *name)
{
    T *child = parent->findChild<T *>(QLatin1String(name));
    INFO(name);
    REQUIRE(child);
    return child;
}

// A control that changes data: enabled exactly when the window can edit; disabled ones say why.
void checkEditControl(QWidget *control, bool canEdit)
{
    INFO(control->objectName().toStdString());
    CHECK(control->isEnabled() == canEdit);
    if (!canEdit)
        CHECK(control->toolTip() == AppContext::readOnlyReason());
}

void checkEditAction(QAction *action, bool canEdit)
{
    INFO(action->objectName().toStdString());
    CHECK(action->isEnabled() == canEdit);
    if (!canEdit)
        CHECK(action->toolTip() == AppContext::readOnlyReason());
}

// Selects something on every page (so Edit/Remove would be offered) and checks each page's editing controls.
void checkEditingControls(MainWindow &window, bool canEdit)
{
    CHECK(window.context().canEdit() == canEdit);

    // Tasks: bulk actions, in-place editing, the detail pane.
    window.showPage(MainWindow::Page::Tasks);
    TasksPage *tasks = window.tasksPage();
    const Id firstTask = tasks->model()->taskAt(0)->task.id;
    REQUIRE(tasks->showTask(firstTask));
    checkEditAction(tasks->setStatusAction(), canEdit);
    checkEditAction(tasks->setPerformerAction(), canEdit);
    checkEditControl(named<QToolButton>(tasks, "setStatusButton"), canEdit);
    checkEditControl(named<QToolButton>(tasks, "setPerformerButton"), canEdit);
    const QModelIndex status = tasks->proxy()->index(0, TaskTableModel::StatusColumn);
    CHECK(bool(status.flags() & Qt::ItemIsEditable) == canEdit);
    CHECK(bool(tasks->proxy()->index(0, TaskTableModel::PerformerColumn).flags() & Qt::ItemIsEditable) == canEdit);
    TaskDetailPane *detail = tasks->detailPane();
    REQUIRE(detail->taskId() == firstTask);
    checkEditControl(named<QComboBox>(detail, "statusCombo"), canEdit);
    checkEditControl(named<QComboBox>(detail, "responsibleCombo"), canEdit);
    checkEditControl(named<QComboBox>(detail, "performerCombo"), canEdit);
    checkEditControl(named<QPushButton>(detail, "newLocalTaskButton"), canEdit);
    CHECK(named<QLineEdit>(detail, "reasonEdit")->isReadOnly() == !canEdit);
    CHECK(named<QPlainTextEdit>(detail, "noteEdit")->isReadOnly() == !canEdit);
    CHECK(named<QDateEdit>(detail, "klikDateEdit")->isReadOnly() == !canEdit);
    CHECK(named<QDateEdit>(detail, "dueOverrideEdit")->isReadOnly() == !canEdit);
    if (!canEdit) {
        // Apply and Revert never come on (writable: they follow unapplied changes, tested elsewhere).
        checkEditControl(named<QPushButton>(detail, "applyButton"), false);
        checkEditControl(named<QPushButton>(detail, "revertButton"), false);
    }

    // People.
    window.showPage(MainWindow::Page::People);
    PeoplePage *people = window.peoplePage();
    REQUIRE(people->model()->rowCount() > 0);
    people->selectPerson(people->model()->index(0, 0).data(PersonTableModel::PersonIdRole).toLongLong());
    REQUIRE(people->currentPersonId() != 0);
    for (const char *name : {"addPersonButton", "editPersonButton", "removePersonButton"})
        checkEditControl(named<QPushButton>(people, name), canEdit);

    // Superusers and hours.
    window.showPage(MainWindow::Page::Superusers);
    SuperuserPage *superusers = window.superuserPage();
    REQUIRE(superusers->peopleView()->model()->rowCount() > 0);
    superusers->peopleView()->selectRow(0);
    REQUIRE(superusers->currentPersonId() != 0);
    if (superusers->allocationView()->model()->rowCount() > 0)
        superusers->allocationView()->selectRow(0);
    REQUIRE(superusers->currentAllocationId() != 0);
    for (const char *name : {"editDetailsButton", "suggestButton", "assignButton", "addAllocationButton",
                             "editAllocationButton", "removeAllocationButton"})
        checkEditControl(named<QPushButton>(superusers, name), canEdit);

    // Stakeholders: editing disabled, export and print kept.
    window.showPage(MainWindow::Page::Stakeholders);
    StakeholderPage *stakeholders = window.stakeholderPage();
    REQUIRE(stakeholders->model()->rowCount() > 0);
    stakeholders->selectStakeholder(stakeholders->model()->stakeholders().first().id);
    for (const char *name : {"addStakeholderButton", "editStakeholderButton", "removeStakeholderButton"})
        checkEditControl(named<QPushButton>(stakeholders, name), canEdit);
    CHECK(named<QPushButton>(stakeholders, "exportMapButton")->isEnabled());
    CHECK(named<QPushButton>(stakeholders, "printMapButton")->isEnabled());

    // Communication plan: an open item, so Mark Done would be offered.
    window.showPage(MainWindow::Page::Communication);
    CommunicationPlanPage *communication = window.communicationPage();
    communication->openOnlyCheck()->setChecked(true);
    REQUIRE(communication->proxy()->rowCount() > 0);
    communication->view()->selectRow(0);
    REQUIRE(communication->currentItemId() != 0);
    for (const char *name :
         {"addCommunicationButton", "editCommunicationButton", "removeCommunicationButton", "markDoneButton"})
        checkEditControl(named<QPushButton>(communication, name), canEdit);

    // Report: the texts and the manual light are database edits; the exports are not.
    window.showPage(MainWindow::Page::Report);
    ReportPage *report = window.reportPage();
    report->reload();
    for (QPlainTextEdit *edit : {report->sinceLastEdit(), report->nextPeriodEdit(), report->mainProblemEdit(),
                                 report->risksEdit(), report->decisionsEdit()})
        CHECK(edit->isReadOnly() == !canEdit);
    CHECK(report->overrideReasonEdit()->isReadOnly() == !canEdit);
    checkEditControl(report->lightCombo(), canEdit);
    if (!canEdit) {
        checkEditControl(report->applyButton(), false);
        checkEditControl(named<QPushButton>(report, "revertNotesButton"), false);
    }
    for (const char *name :
         {"printReportButton", "savePdfButton", "exportHtmlButton", "exportCsvButton", "exportAllButton"})
        CHECK(named<QPushButton>(report, name)->isEnabled());

    // The window's menus.
    for (const char *name :
         {"importHandbookAction", "addMunicipalityAction", "editMunicipalityAction", "removeMunicipalityAction"})
        checkEditAction(named<QAction>(&window, name), canEdit);
    CHECK(named<QAction>(&window, "restorePointsAction")->isEnabled()); // the list is for viewing
    CHECK_FALSE(named<QAction>(&window, "undoAction")->isEnabled()); // nothing done yet either way
}

} // namespace

TEST_CASE("A read-only window disables every editing control and says why", "[gui][readonly]")
{
    Setup s(true);
    MainWindow &window = s.openWindow();
    REQUIRE(window.findChild<QLabel *>(QStringLiteral("readOnlyBanner")));
    checkEditingControls(window, false);
}

TEST_CASE("A writable window keeps its editing controls enabled", "[gui][readonly]")
{
    Setup s(false);
    MainWindow &window = s.openWindow();
    CHECK_FALSE(window.findChild<QLabel *>(QStringLiteral("readOnlyBanner")));
    checkEditingControls(window, true);
}

TEST_CASE("A read-only task table opens no editor on F2 or Enter or a double-click", "[gui][readonly]")
{
    Setup s(true);
    test::ScriptedDialogs script;
    MainWindow &window = s.openWindow();
    window.showPage(MainWindow::Page::Tasks);
    TasksPage *tasks = window.tasksPage();
    QTableView *view = tasks->view();
    const QModelIndex status = tasks->proxy()->index(0, TaskTableModel::StatusColumn);
    view->setCurrentIndex(status);
    view->setFocus(Qt::OtherFocusReason);

    // An open editor is a child widget of the viewport (the status delegate's is a combo box).
    const auto editorOpen = [view] { return !view->viewport()->findChildren<QWidget *>().isEmpty(); };
    for (Qt::Key key : {Qt::Key_F2, Qt::Key_Return}) {
        QTest::keyClick(view, key);
        CHECK_FALSE(editorOpen());
    }
    view->edit(status);
    CHECK_FALSE(editorOpen());
    const QPoint cell = view->visualRect(status).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, cell);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, cell);
    CHECK_FALSE(editorOpen());
    CHECK_FALSE(tasks->model()->setData(tasks->proxy()->mapToSource(status), int(Status::Done)));
    CHECK(Dialogs::script().shown.isEmpty()); // nothing was tried, so nothing failed
}

TEST_CASE("The read-only stakeholder map moves no marker by drag or arrow keys", "[gui][readonly]")
{
    Setup s(true);
    test::ScriptedDialogs script;
    MainWindow &window = s.openWindow({1400, 1000});
    window.showPage(MainWindow::Page::Stakeholders);
    StakeholderPage *page = window.stakeholderPage();
    StakeholderMapWidget *map = page->map();
    REQUIRE_FALSE(map->stakeholders().isEmpty());
    const Stakeholder before = map->stakeholders().first();
    const auto stored = [&] { return *StakeholderRepository(s.db).byId(before.id); };

    // Drag it to the opposite corner: it stays where it was, on the map and in the database.
    const QPoint start = map->markerRect(before.id).center().toPoint();
    const QPointF target = map->cellCenter(before.influence >= 2 ? 0 : 3, before.affectedness >= 2 ? 0 : 3);
    QTest::mousePress(map, Qt::LeftButton, Qt::NoModifier, start);
    CHECK(map->selectedId() == before.id); // selecting still works
    for (int step = 1; step <= 5; ++step) {
        const QPointF to = QPointF(start) + (target - QPointF(start)) * step / 5.0;
        QMouseEvent move(QEvent::MouseMove, to, map->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(map, &move);
    }
    CHECK(map->markerRect(before.id).contains(QPointF(start)));
    QTest::mouseRelease(map, Qt::LeftButton, Qt::NoModifier, target.toPoint());
    CHECK(stored().influence == before.influence);
    CHECK(stored().affectedness == before.affectedness);

    for (Qt::Key key : {Qt::Key_Up, Qt::Key_Down, Qt::Key_Left, Qt::Key_Right})
        QTest::keyClick(map, key);
    CHECK(map->selectedId() == before.id);
    CHECK(stored().influence == before.influence);
    CHECK(stored().affectedness == before.affectedness);
    CHECK(Dialogs::script().shown.isEmpty()); // no failed edit either
    CHECK(window.context().undoStack()->count() == 0);
}

TEST_CASE("A read-only window still filters and switches pages and municipalities and saves a PDF", "[gui][readonly]")
{
    Setup s(true);
    test::ScriptedDialogs script;
    MainWindow &window = s.openWindow();
    window.context().setCurrentMunicipalityId(s.demoId);

    // Filtering and sorting the task list.
    window.showPage(MainWindow::Page::Tasks);
    CHECK(window.currentPage() == MainWindow::Page::Tasks);
    TasksPage *tasks = window.tasksPage();
    const int all = tasks->proxy()->rowCount();
    REQUIRE(all > 1);
    QTest::keyClicks(tasks->filterBar()->searchField(), QStringLiteral("P1-04"));
    CHECK(tasks->proxy()->rowCount() == 1);
    tasks->filterBar()->searchField()->clear();
    CHECK(tasks->proxy()->rowCount() == all);
    tasks->view()->sortByColumn(TaskTableModel::KeyColumn, Qt::DescendingOrder);
    CHECK(tasks->proxy()->index(0, TaskTableModel::KeyColumn).data().toString()
          > tasks->proxy()->index(all - 1, TaskTableModel::KeyColumn).data().toString());

    // Other pages and the other municipality, from the keyboard and the switcher.
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    CHECK(window.currentPage() == MainWindow::Page::Stakeholders);
    QComboBox *switcher = window.municipalitySwitcher();
    const int otherIndex = switcher->findData(s.otherId);
    REQUIRE(otherIndex >= 0);
    switcher->setCurrentIndex(otherIndex);
    emit switcher->activated(otherIndex);
    CHECK(window.context().currentMunicipalityId() == s.otherId);
    CHECK(window.tasksPage()->model()->municipalityId() == s.otherId);
    window.context().setCurrentMunicipalityId(s.demoId);

    // A PDF is written (no snapshot can be recorded, and that is no error).
    window.showPage(MainWindow::Page::Report);
    window.reportPage()->reload();
    const QString pdf = s.dir.file(QStringLiteral("report.pdf"));
    Dialogs::script().fileNames = {pdf};
    CHECK(window.reportPage()->savePdf());
    CHECK(QFileInfo(pdf).size() > 1000);
    CHECK(Dialogs::script().shown.isEmpty());
}

TEST_CASE("In a read-only window a double-click shows a person view-only and restore points cannot be restored",
          "[gui][readonly]")
{
    Setup s(true);
    test::ScriptedDialogs script;
    MainWindow &window = s.openWindow();
    window.showPage(MainWindow::Page::People);
    PeoplePage *people = window.peoplePage();
    const QModelIndex first = people->proxy()->index(0, PersonTableModel::NameColumn);
    const QString name = first.data().toString();
    people->view()->setCurrentIndex(first);

    bool checked = false;
    test::whenModal([&checked, name](PersonDialog *dialog) {
        bool shownName = false;
        for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
            CHECK(edit->isReadOnly());
            shownName = shownName || edit->text() == name;
        }
        CHECK(shownName);
        for (QComboBox *combo : dialog->findChildren<QComboBox *>())
            CHECK_FALSE(combo->isEnabled());
        auto *box = dialog->findChild<QDialogButtonBox *>();
        REQUIRE(box);
        CHECK_FALSE(box->button(QDialogButtonBox::Ok));
        REQUIRE(box->button(QDialogButtonBox::Close));
        checked = true;
        box->button(QDialogButtonBox::Close)->click();
    });
    const QPoint cell = people->view()->visualRect(first).center();
    QTest::mouseClick(people->view()->viewport(), Qt::LeftButton, Qt::NoModifier, cell);
    QTest::mouseDClick(people->view()->viewport(), Qt::LeftButton, Qt::NoModifier, cell);
    CHECK(checked);
    CHECK(Dialogs::script().shown.isEmpty());

    RestorePointsDialog restorePoints(window.context(), &window);
    checkEditControl(restorePoints.takeButton(), false);
    checkEditControl(restorePoints.restoreButton(), false);
    CHECK(restorePoints.list()->isEnabled());
    CHECK_FALSE(restorePoints.takeNow());
}
