// "Tasks of a person": one click or Ctrl+Shift+O on the People, Superusers and Tasks pages shows exactly that person's
// tasks in the pane; the pane is named for a screen reader and opens a task in the task list; its task sheet
// dialog writes one sheet or a batch with progress, Stop and the saved notice.
#include "GuiFixture.h"
#include "TestSupport.h"
#include "WindowFixture.h"

#include "AppContext.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "PeoplePage.h"
#include "PersonTasksPane.h"
#include "SavedNotice.h"
#include "ShowPersonTasks.h"
#include "SuperuserPage.h"
#include "TaskSheetDialog.h"
#include "TasksPage.h"

#include "domain/Calendar.h"
#include "models/PersonTaskModel.h"
#include "models/TaskTableModel.h"
#include "planning/PersonTasks.h"
#include "planning/Readiness.h"
#include "report/ReportDocument.h"
#include "report/TaskSheet.h"
#include "services/PersonTasksLoader.h"
#include "storage/PersonRepository.h"
#include "storage/TaskRepository.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <set>

using namespace parat;

namespace {

// The tasks the person should see, worked out from the stored tasks by the rule itself.
std::set<Id> expectedTasks(test::DemoDatabase &f, Id personId)
{
    const QList<Person> people = PersonRepository(f.db).forMunicipality(f.demo.id);
    TaskOwner owner;
    for (const Person &person : people) {
        if (person.id == personId)
            owner = taskOwner(person, people);
    }
    std::set<Id> ids;
    for (const PlannedTask &task : TaskRepository(f.db).plannedTasks(f.demo.id)) {
        if (isPersonsTask(task, owner) && isOpenTask(task) && isReleased(task, f.clock.today()))
            ids.insert(task.task.id);
    }
    return ids;
}

std::set<Id> shownTasks(MainWindow &window)
{
    const QList<Id> ids = window.personTasksPane()->model()->taskIds();
    return std::set<Id>(ids.begin(), ids.end());
}

// The pane shows the person, with exactly their tasks, and has the focus.
void checkShows(test::DemoDatabase &f, MainWindow &window, Id personId)
{
    PersonTasksPane *pane = window.personTasksPane();
    QTRY_VERIFY(pane->isVisible());
    CHECK(pane->personId() == personId);
    const std::set<Id> expected = expectedTasks(f, personId);
    CHECK_FALSE(expected.empty());
    CHECK(shownTasks(window) == expected);
    // Read from the stored tasks, not through the rule: each task shown names the person, or is one for all
    // superusers and the person is one.
    const std::optional<Person> person = PersonRepository(f.db).byId(personId);
    REQUIRE(person);
    for (const PlannedTask &task : TaskRepository(f.db).plannedTasks(f.demo.id)) {
        if (expected.count(task.task.id) == 0)
            continue;
        const bool named = task.state.responsiblePersonId == personId || task.state.performerPersonId == personId;
        const std::optional<Role> role = task.task.performerRole ? task.task.performerRole : task.task.responsibleRole;
        CHECK((named || (person->roles.contains(Role::SU) && task.state.performerPersonId == 0 && role == Role::SU)));
    }
    CHECK(pane->personCombo()->currentData().toLongLong() == personId);
    CHECK(pane->view()->hasFocus());
}

struct Window
{
    test::WindowFixture f {test::WindowFixture::ScriptDialogs | test::WindowFixture::Active};
    MainWindow &window = *f.window;

    Window() { CHECK_FALSE(window.personTasksPane()->isVisible()); }
};

} // namespace

TEST_CASE("One click or Ctrl+Shift+O on the People page shows that person's tasks", "[gui][persontasks]")
{
    Window w;
    w.window.showPage(MainWindow::Page::People);
    PeoplePage *people = w.window.peoplePage();
    const Id line = w.f.personNamed(QStringLiteral("Line Andersen"));
    people->selectPerson(line);
    QPushButton *button = people->showTasks()->button();
    CHECK(button->text() == QStringLiteral("Show &Tasks of Line Andersen"));
    CHECK(QAccessible::queryAccessibleInterface(button)->text(QAccessible::Name)
          == QStringLiteral("Show Tasks of Line Andersen"));
    QTest::mouseClick(button, Qt::LeftButton);
    checkShows(w.f, w.window, line);

    const Id mads = w.f.personNamed(QStringLiteral("Mads Kjær"));
    people->selectPerson(mads);
    people->view()->setFocus();
    QTRY_VERIFY(people->view()->hasFocus());
    QTest::keyClick(people->view(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    checkShows(w.f, w.window, mads);
    CHECK(shownTasks(w.window) != expectedTasks(w.f, line));
}

TEST_CASE("One click or Ctrl+Shift+O on the Superusers page shows that superuser's tasks", "[gui][persontasks]")
{
    Window w;
    w.window.showPage(MainWindow::Page::Superusers);
    SuperuserPage *superusers = w.window.superuserPage();
    const Id line = w.f.personNamed(QStringLiteral("Line Andersen"));
    superusers->selectPerson(line);
    QTest::mouseClick(superusers->showTasks()->button(), Qt::LeftButton);
    checkShows(w.f, w.window, line);

    // Another superuser by keyboard from the people table of the page.
    Id other = 0;
    for (const Person &person : PersonRepository(w.f.db).forMunicipality(w.f.demo.id)) {
        if (person.roles.contains(Role::SU) && person.id != line)
            other = person.id;
    }
    REQUIRE(other != 0);
    superusers->selectPerson(other);
    superusers->peopleView()->setFocus();
    QTRY_VERIFY(superusers->peopleView()->hasFocus());
    QTest::keyClick(superusers->peopleView(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    checkShows(w.f, w.window, other);
}

TEST_CASE("One click or Ctrl+Shift+O in the task list shows the tasks of the task's performer", "[gui][persontasks]")
{
    Window w;
    w.window.showPage(MainWindow::Page::Tasks);
    TasksPage *tasks = w.window.tasksPage();
    // A task with a performer other than its responsible.
    Id taskId = 0;
    Id performer = 0;
    for (const PlannedTask &task : TaskRepository(w.f.db).plannedTasks(w.f.demo.id)) {
        if (task.state.performerPersonId != 0 && task.state.performerPersonId != task.state.responsiblePersonId
            && isOpenTask(task)) {
            taskId = task.task.id;
            performer = task.state.performerPersonId;
            break;
        }
    }
    REQUIRE(taskId != 0);
    tasks->showTask(taskId);
    REQUIRE(tasks->currentTaskId() == taskId);
    CHECK(tasks->currentTaskPersonId() == performer);
    QTest::mouseClick(tasks->showTasks()->button(), Qt::LeftButton);
    checkShows(w.f, w.window, performer);

    // The keyboard, from the list, after hiding the pane again.
    w.window.personTasksPane()->hide();
    tasks->view()->setFocus();
    QTRY_VERIFY(tasks->view()->hasFocus());
    QTest::keyClick(tasks->view(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    checkShows(w.f, w.window, performer);
}

TEST_CASE("The pane names its groups in words, its controls for a screen reader, and opens a task with Enter",
          "[gui][persontasks]")
{
    Window w;
    const Id mads = w.f.personNamed(QStringLiteral("Mads Kjær"));
    emit w.window.context().personTasksRequested(mads);
    PersonTasksPane *pane = w.window.personTasksPane();
    QTRY_VERIFY(pane->isVisible());
    CHECK(test::checkTabStopsNamed(pane) >= 3);
    PersonTaskModel *model = pane->model();
    REQUIRE(model->isGroupRow(0));
    const QString first = model->data(model->index(0, 0)).toString();
    CHECK(first.startsWith(QStringLiteral("This week (week 48 2026)")));
    CHECK((first.contains(QStringLiteral(" h free)")) || first.contains(QStringLiteral(" h short)"))));
    CHECK(pane->view()->columnSpan(0, 0) == PersonTaskModel::ColumnCount);
    CHECK(pane->summary()->text().contains(QStringLiteral("Mads Kjær")));

    // Choosing someone else in the pane's own list.
    const int line = pane->personCombo()->findText(QStringLiteral("Line Andersen"));
    REQUIRE(line > 0);
    pane->personCombo()->setCurrentIndex(line);
    emit pane->personCombo()->activated(line);
    CHECK(pane->personId() == w.f.personNamed(QStringLiteral("Line Andersen")));

    // Enter on a task shows it in the task list.
    int row = 0;
    while (row < model->rowCount() && model->isGroupRow(row))
        ++row;
    REQUIRE(row < model->rowCount());
    const Id taskId = model->data(model->index(row, 0), PersonTaskModel::TaskIdRole).toLongLong();
    pane->view()->setCurrentIndex(model->index(row, PersonTaskModel::TitleColumn));
    pane->view()->setFocus();
    QTRY_VERIFY(pane->view()->hasFocus());
    QTest::keyClick(pane->view(), Qt::Key_Return);
    CHECK(w.window.currentPage() == MainWindow::Page::Tasks);
    CHECK(w.window.tasksPage()->currentTaskId() == taskId);
}

TEST_CASE("The task sheet dialog writes the superusers' sheets with progress and says where they went",
          "[gui][persontasks][pdf]")
{
    Window w;
    emit w.window.context().personTasksRequested(w.f.personNamed(QStringLiteral("Line Andersen")));
    PersonTasksPane *pane = w.window.personTasksPane();
    QTRY_VERIFY(pane->isVisible());
    const QString folder = w.f.dir.file(QStringLiteral("sheets"));
    int superusers = 0;
    for (const Person &person : PersonRepository(w.f.db).forMunicipality(w.f.demo.id))
        superusers += person.roles.contains(Role::SU) ? 1 : 0;
    REQUIRE(superusers >= 2);

    // A wrong week first: said in words, nothing written.
    bool answered = false;
    test::whenModal([&](TaskSheetDialog *dialog) {
        CHECK(dialog->whoseCombo()->currentText() == QStringLiteral("Line Andersen"));
        CHECK(test::checkTabStopsNamed(dialog) >= 5);
        dialog->fromEdit()->setText(QStringLiteral("week fifty"));
        QTest::mouseClick(dialog->writeButton(), Qt::LeftButton);
        CHECK(dialog->message()->isVisible());
        CHECK(dialog->message()->text().contains(QStringLiteral("2026-W50")));
        CHECK(dialog->isVisible());

        dialog->fromEdit()->setText(QStringLiteral("2026-W48"));
        dialog->weeksSpin()->setValue(6);
        dialog->folderEdit()->setText(folder);
        dialog->whoseCombo()->setCurrentIndex(dialog->whoseCombo()->findData(TaskSheetDialog::kAllSuperusers));
        answered = true;
        QTest::mouseClick(dialog->writeButton(), Qt::LeftButton);
    });
    QTest::mouseClick(pane->sheetButton(), Qt::LeftButton);
    CHECK(answered);
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files);
    CHECK(files.size() == superusers);
    CHECK(w.window.savedNotice()->text().contains(QStringLiteral("opgaveark.pdf")));
    CHECK(Dialogs::script().shown.isEmpty());
}

TEST_CASE("Stop in the task sheet dialog ends a batch after the sheet in hand", "[gui][persontasks][pdf]")
{
    Window w;
    emit w.window.context().personTasksRequested(w.f.personNamed(QStringLiteral("Line Andersen")));
    PersonTasksPane *pane = w.window.personTasksPane();
    QTRY_VERIFY(pane->isVisible());
    const QString folder = w.f.dir.file(QStringLiteral("stopped"));
    bool stopSeen = false;
    TaskSheetDialog::setProgressHook([&stopSeen](TaskSheetDialog *dialog, int done) {
        if (done == 1) {
            stopSeen = dialog->stopButton()->isVisible() && !dialog->closeButton()->isEnabled()
                && dialog->progressBar()->isVisible();
            QTest::mouseClick(dialog->stopButton(), Qt::LeftButton);
        }
    });
    test::whenModal([&](TaskSheetDialog *dialog) {
        dialog->folderEdit()->setText(folder);
        dialog->whoseCombo()->setCurrentIndex(dialog->whoseCombo()->findData(TaskSheetDialog::kAllPeople));
        QTest::mouseClick(dialog->writeButton(), Qt::LeftButton);
    });
    QTest::mouseClick(pane->sheetButton(), Qt::LeftButton);
    TaskSheetDialog::setProgressHook(nullptr);
    CHECK(stopSeen);
    CHECK(QDir(folder).entryList(QDir::Files).size() == 1);
    REQUIRE(Dialogs::script().shown.size() == 1);
    CHECK(Dialogs::script().shown.first() == QStringLiteral("Stopped after 1 task sheet."));
}

// Not a test: with tests/tools/screenshots.sh's other pictures (the "[.readme]" cases), the window with the pane for
// Line Andersen (person-tasks-<language>-1280x800.png) and the first page of her task sheet at 90 dpi
// (task-sheet-<language>-744x1052.png), both dated by the fixed clock; docs/task-sheets.md shows them.
TEST_CASE("Screenshots of the tasks of a person and a task sheet", "[.readme]")
{
    const QString folder = qEnvironmentVariable("PARAT_SCREENSHOT_DIR");
    REQUIRE_FALSE(folder.isEmpty());
    REQUIRE(QDir().mkpath(folder));
    for (const QString &language : {QStringLiteral("da"), QStringLiteral("en")}) {
        test::GuiFixture gui(language);
        const Id line = gui.personNamed(QStringLiteral("Line Andersen"));
        {
            MainWindow window(gui.db, gui.clock);
            test::showExposed(window, {1280, 800});
            window.showPage(MainWindow::Page::People);
            window.peoplePage()->selectPerson(line);
            emit window.context().personTasksRequested(line);
            for (int i = 0; i < 5; ++i)
                QCoreApplication::processEvents();
            CHECK(window.grab().save(
                QDir(folder).filePath(QStringLiteral("person-tasks-%1-1280x800.png").arg(language)), "PNG", 0));
        }
        const std::optional<PersonPlan> plan = loadPersonPlan(gui.db, gui.demo.id, gui.clock.today(), language);
        REQUIRE(plan);
        TaskSheetPeriod period;
        period.fromWeek = weekKey(gui.clock.today());
        period.weeks = 6;
        ReportDocument document(TaskSheet::content(*plan, *plan->person(line), period));
        const QList<QImage> pages = document.renderPages(90);
        REQUIRE_FALSE(pages.isEmpty());
        CHECK(pages.first().save(QDir(folder).filePath(QStringLiteral("task-sheet-%1-%2x%3.png")
                                                           .arg(language)
                                                           .arg(pages.first().width())
                                                           .arg(pages.first().height())),
                                 "PNG", 0));
    }
}

TEST_CASE("File ▸ Write task sheets opens the dialog for all people when no person is chosen", "[gui][persontasks]")
{
    Window w;
    auto *action = w.window.findChild<QAction *>(QStringLiteral("taskSheetsAction"));
    REQUIRE(action);
    bool opened = false;
    test::whenModal([&opened](TaskSheetDialog *dialog) {
        opened = true;
        CHECK(dialog->whoseCombo()->currentData().toLongLong() == TaskSheetDialog::kAllPeople);
        CHECK(dialog->fromEdit()->text() == QStringLiteral("2026-W48"));
        QTest::mouseClick(dialog->closeButton(), Qt::LeftButton);
    });
    action->trigger();
    CHECK(opened);
    CHECK(w.window.savedNotice()->text().isEmpty());
}

TEST_CASE("In Danish the button and the pane's groups speak Danish", "[gui][persontasks]")
{
    test::WindowFixture f(test::WindowFixture::ScriptDialogs, QSize(), QStringLiteral("da"));
    MainWindow &window = *f.window;
    window.showPage(MainWindow::Page::People);
    const Id line = f.personNamed(QStringLiteral("Line Andersen"));
    window.peoplePage()->selectPerson(line);
    QPushButton *button = window.peoplePage()->showTasks()->button();
    CHECK(button->text() == QStringLiteral("Vis &opgaver for Line Andersen"));
    QTest::mouseClick(button, Qt::LeftButton);
    PersonTasksPane *pane = window.personTasksPane();
    QTRY_VERIFY(pane->isVisible());
    CHECK(pane->windowTitle() == QStringLiteral("Opgaver for en person"));
    const PersonTaskModel *model = pane->model();
    QStringList groups;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->isGroupRow(row))
            groups << model->data(model->index(row, 0)).toString();
    }
    REQUIRE(groups.size() == 3);
    CHECK(groups.at(0).startsWith(QStringLiteral("Denne uge (uge 48 2026): ")));
    CHECK(groups.at(0).contains(QStringLiteral(" – afsat ")));
    CHECK(groups.at(1).startsWith(QStringLiteral("De næste 2 uger (uge 49 2026 – uge 50 2026): ")));
    CHECK(groups.at(2).startsWith(QStringLiteral("Senere")));
}
