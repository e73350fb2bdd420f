// The people page: the municipality's people in a table, added, edited and removed through the dialog as undo
// commands, with the selection kept across reloads.
#include "Fixtures.h"
#include "GuiFixture.h"
#include "TestSupport.h"

#include "AppContext.h"
#include "Dialogs.h"
#include "PeoplePage.h"
#include "PersonDialog.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "models/PersonTableModel.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/TaskRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace parat;

namespace {

using Setup = test::GuiFixture;

template<typename T> T *child(QWidget *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

int tasksNaming(Database &db, Id municipalityId, Id personId)
{
    int count = 0;
    for (const PlannedTask &task : TaskRepository(db).plannedTasks(municipalityId, true))
        count += task.state.responsiblePersonId == personId || task.state.performerPersonId == personId ? 1 : 0;
    return count;
}

} // namespace

TEST_CASE("The people page adds edits and removes people with undo", "[gui][people]")
{
    Setup s;
    Dialogs::startScript();
    PeoplePage page(*s.context);
    page.resize(900, 500);
    page.show();
    QAbstractItemModelTester tester(page.proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int initial = int(PersonRepository(s.db).forMunicipality(s.demo.id).size());
    CHECK(page.model()->rowCount() == initial);
    CHECK(child<QLabel>(&page, "peopleSummary")->text().startsWith(QStringLiteral("%1 ").arg(initial)));

    // Add: the dialog refuses a bad e-mail inline, then adds.
    bool refused = false;
    test::whenModal([&refused](PersonDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Ida Juhl"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit")), QStringLiteral("ida@"));
        dialog->accept();
        refused
            = dialog->isVisible() && dialog->findChild<QLabel *>(QStringLiteral("emailMessage"))->isVisibleTo(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit")), QStringLiteral("vejle.dk"));
        dialog->findChild<QCheckBox *>(QStringLiteral("role_SU"))->setChecked(true);
        dialog->findChild<QCheckBox *>(QStringLiteral("klikCheck"))->setChecked(true);
        dialog->accept();
    });
    page.addPerson();
    CHECK(refused);
    CHECK(page.model()->rowCount() == initial + 1);
    const Id ida = page.currentPersonId();
    REQUIRE(ida != 0);
    std::optional<Person> stored = PersonRepository(s.db).byId(ida);
    REQUIRE(stored);
    CHECK(stored->email == QStringLiteral("ida@vejle.dk"));
    CHECK(stored->roles == QList<Role> {Role::SU});
    CHECK(stored->registeredInKlik);
    CHECK(s.context->undoStack()->undoText() == QStringLiteral("Add Ida Juhl"));

    // Edit the selected person: a manager from the list.
    const Person manager = PersonRepository(s.db).forMunicipality(s.demo.id).first();
    test::whenModal([&manager](PersonDialog *dialog) {
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("managerCombo"));
        combo->setCurrentIndex(combo->findData(manager.id));
        auto *unit = dialog->findChild<QLineEdit *>(QStringLiteral("unitEdit"));
        QTest::keyClicks(unit, QStringLiteral("Myndighed"));
        dialog->accept();
    });
    page.editPerson();
    stored = PersonRepository(s.db).byId(ida);
    CHECK(stored->managerId == manager.id);
    CHECK(stored->unit == QStringLiteral("Myndighed"));
    CHECK(page.currentPersonId() == ida); // selection kept over the reload
    const int row = page.model()->rowOf(ida);
    CHECK(page.model()->index(row, PersonTableModel::ManagerColumn).data().toString() == manager.name);

    // Remove someone tasks name: asks (naming the count), the tasks lose the link, undo restores it.
    Id named = 0;
    for (const Person &person : PersonRepository(s.db).forMunicipality(s.demo.id)) {
        if (tasksNaming(s.db, s.demo.id, person.id) > 0)
            named = person.id;
    }
    REQUIRE(named != 0);
    const int links = tasksNaming(s.db, s.demo.id, named);
    page.selectPerson(named);
    Dialogs::script().confirmations = {true};
    page.removePerson();
    REQUIRE_FALSE(Dialogs::script().shown.isEmpty());
    CHECK(Dialogs::script().shown.last().contains(QStringLiteral("%1 task").arg(links)));
    CHECK_FALSE(PersonRepository(s.db).byId(named));
    CHECK(tasksNaming(s.db, s.demo.id, named) == 0);
    CHECK(page.model()->rowCount() == initial);

    QUndoStack *stack = s.context->undoStack();
    REQUIRE(stack->count() == 3);
    stack->undo(); // removal
    CHECK(PersonRepository(s.db).byId(named));
    CHECK(tasksNaming(s.db, s.demo.id, named) == links);
    CHECK(page.model()->rowCount() == initial + 1);
    stack->undo(); // edit
    CHECK(PersonRepository(s.db).byId(ida)->managerId == 0);
    stack->undo(); // add
    CHECK_FALSE(PersonRepository(s.db).byId(ida));
    CHECK(page.model()->rowCount() == initial);
    stack->redo();
    stack->redo();
    CHECK(PersonRepository(s.db).byId(ida)->managerId == manager.id);
    stack->redo();
    CHECK(tasksNaming(s.db, s.demo.id, named) == 0);
    Dialogs::stopScript();
}
