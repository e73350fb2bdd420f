// Undo and redo from the keyboard never change something out of sight: the window goes to the municipality
// and page of the step and selects its rows, and a step that removes a municipality or several rows asks.
#include "Fixtures.h"
#include "TestSupport.h"

#include "AppContext.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "PeoplePage.h"
#include "SuperuserPage.h"
#include "TasksPage.h"
#include "commands/AllocationCommands.h"
#include "commands/MunicipalityCommands.h"
#include "commands/PersonCommands.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "storage/AllocationRepository.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"
#include "storage/PersonRepository.h"
#include "storage/TaskRepository.h"

#include <QComboBox>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace parat;

namespace {

struct WindowFixture
{
    test::TempDir dir;
    Database db;
    FixedClock clock {QDate(2026, 11, 27)};
    Municipality vejle;
    Municipality naestved;
    std::unique_ptr<MainWindow> window;

    WindowFixture()
    {
        installTranslations(QStringLiteral("en"));
        Dialogs::startScript();
        QString error;
        REQUIRE(db.open(dir.file(QStringLiteral("p.sqlite")), &error));
        vejle = test::buildDemo(db, clock);
        window = std::make_unique<MainWindow>(db, clock);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        window->activateWindow();
        // Næstved is added as the user adds it: one step on the window's stack.
        Municipality added;
        added.code = QStringLiteral("0370");
        auto *command = new AddMunicipality(db, added);
        REQUIRE(context().push(command));
        naestved = *MunicipalityRepository(db).byCode(QStringLiteral("0370"));
    }
    ~WindowFixture()
    {
        window.reset();
        Dialogs::stopScript();
    }
    AppContext &context() const { return window->context(); }
    void undoKey() const { QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier); }
    void redoKey() const { QTest::keyClick(window.get(), Qt::Key_Y, Qt::ControlModifier); }
    void showMunicipality(const Municipality &municipality) const
    {
        QComboBox *switcher = window->municipalitySwitcher();
        switcher->setCurrentIndex(switcher->findData(municipality.id));
        emit switcher->activated(switcher->currentIndex());
        REQUIRE(context().currentMunicipalityId() == municipality.id);
    }
    Status statusOf(const Municipality &municipality, Id taskId) const
    {
        return TaskRepository(const_cast<Database &>(db)).plannedTask(municipality.id, taskId)->state.status;
    }
};

} // namespace

TEST_CASE("Undo goes to the municipality and row it changes and asks before removing a municipality", "[gui][undo]")
{
    WindowFixture f;
    // In Næstved a task is marked done; the user then goes to Vejle's people.
    f.showMunicipality(f.naestved);
    const PlannedTask task = TaskRepository(f.db).plannedTasks(f.naestved.id).at(3);
    f.window->showPage(MainWindow::Page::Tasks);
    REQUIRE(f.window->tasksPage()->setStatusOf({task.task.id}, Status::Done));
    f.showMunicipality(f.vejle);
    f.window->showPage(MainWindow::Page::People);

    // Ctrl+Z: Næstved's task list with the task selected, and the status back.
    f.undoKey();
    CHECK(f.statusOf(f.naestved, task.task.id) == task.state.status);
    CHECK(f.context().currentMunicipalityId() == f.naestved.id);
    CHECK(f.window->municipalitySwitcher()->currentData().toLongLong() == f.naestved.id);
    CHECK(f.window->currentPage() == MainWindow::Page::Tasks);
    CHECK(f.window->tasksPage()->currentTaskId() == task.task.id);

    // Ctrl+Y from elsewhere: the same task again, done.
    f.showMunicipality(f.vejle);
    f.window->showPage(MainWindow::Page::Overview);
    f.redoKey();
    CHECK(f.statusOf(f.naestved, task.task.id) == Status::Done);
    CHECK(f.context().currentMunicipalityId() == f.naestved.id);
    CHECK(f.window->currentPage() == MainWindow::Page::Tasks);
    CHECK(f.window->tasksPage()->currentTaskId() == task.task.id);

    // Two more Ctrl+Z from Vejle: the status, then adding Næstved - which removes it, so it asks. No keeps it.
    f.showMunicipality(f.vejle);
    f.undoKey();
    REQUIRE(f.context().undoStack()->index() == 1);
    Dialogs::script().shown.clear();
    Dialogs::script().confirmations = {false};
    f.showMunicipality(f.vejle);
    f.undoKey();
    REQUIRE(Dialogs::script().shown.size() == 1);
    CHECK(Dialogs::script().shown.first().contains(QStringLiteral("0370 Næstved")));
    CHECK(MunicipalityRepository(f.db).byId(f.naestved.id));
    CHECK(f.context().undoStack()->index() == 1);
    CHECK(f.context().currentMunicipalityId() == f.naestved.id); // shown while asking

    // Yes: removed.
    Dialogs::script().confirmations = {true};
    f.undoKey();
    CHECK_FALSE(MunicipalityRepository(f.db).byId(f.naestved.id));
    CHECK(f.context().undoStack()->index() == 0);
    CHECK(f.context().currentMunicipalityId() == f.vejle.id);

    // Redo brings it back and shows it.
    f.redoKey();
    CHECK(MunicipalityRepository(f.db).byId(f.naestved.id));
    CHECK(f.context().currentMunicipalityId() == f.naestved.id);
    CHECK(f.window->currentPage() == MainWindow::Page::Overview);
}

TEST_CASE("Undo and redo of people and hours show the row and ask before removing several", "[gui][undo]")
{
    WindowFixture f;
    f.showMunicipality(f.vejle);

    // A person added on the people page; undo from the overview takes them out, redo shows them selected.
    Person person;
    person.municipalityId = f.vejle.id;
    person.name = QStringLiteral("Bente Holm");
    auto *add = new AddPerson(f.db, person);
    REQUIRE(f.context().push(add));
    const Id bente = add->personId();
    f.window->showPage(MainWindow::Page::Overview);
    f.undoKey();
    CHECK_FALSE(PersonRepository(f.db).byId(bente));
    CHECK(f.window->currentPage() == MainWindow::Page::People);
    f.window->showPage(MainWindow::Page::Overview);
    f.redoKey();
    CHECK(PersonRepository(f.db).byId(bente));
    CHECK(f.window->currentPage() == MainWindow::Page::People);
    CHECK(f.window->peoplePage()->currentPersonId() == bente);

    // Two periods of hours removed in one step: undo puts them back on the superuser page; redo asks first.
    Id owner = 0;
    QList<Allocation> periods;
    for (const Person &p : PersonRepository(f.db).forMunicipality(f.vejle.id)) {
        const QList<Allocation> own = AllocationRepository(f.db).forPerson(p.id);
        if (own.size() >= 2) {
            owner = p.id;
            periods = own.mid(0, 2);
            break;
        }
    }
    REQUIRE(owner != 0);
    REQUIRE(f.context().push(new RemoveAllocation(f.db, periods, QStringLiteral("X"))));
    f.window->showPage(MainWindow::Page::Tasks);
    Dialogs::script().shown.clear();
    f.undoKey();
    CHECK(Dialogs::script().shown.isEmpty()); // putting rows back removes nothing
    CHECK(AllocationRepository(f.db).byId(periods.first().id));
    CHECK(f.window->currentPage() == MainWindow::Page::Superusers);
    CHECK(f.window->superuserPage()->currentPersonId() == owner);
    CHECK(f.window->superuserPage()->currentAllocationId() == periods.first().id);

    f.window->showPage(MainWindow::Page::Overview);
    Dialogs::script().confirmations = {false};
    f.redoKey();
    REQUIRE(Dialogs::script().shown.size() == 1);
    CHECK(Dialogs::script().shown.first().contains(QStringLiteral("2 rows")));
    CHECK(AllocationRepository(f.db).byId(periods.first().id));
    CHECK(f.window->currentPage() == MainWindow::Page::Superusers);
    Dialogs::script().confirmations = {true};
    f.redoKey();
    CHECK_FALSE(AllocationRepository(f.db).byId(periods.first().id));
    CHECK_FALSE(AllocationRepository(f.db).byId(periods.at(1).id));
}
