// People: add, edit and remove as undo commands; undoing a removal restores the person and every link to them.
#include "Fixtures.h"
#include "TestSupport.h"

#include "commands/PersonCommands.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "models/PersonTableModel.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/TaskRepository.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>

using namespace parat;

namespace {

using Fixture = test::DemoDatabase;

// Everything about the municipality's people and the links to them, as one comparable text.
QStringList peopleAndLinks(Database &db, Id municipalityId)
{
    QStringList lines;
    for (const Person &person : PersonRepository(db).forMunicipality(municipalityId))
        lines.append(QStringLiteral("person %1 %2|%3|%4|%5|manager %6|klik %7|%8")
                         .arg(QString::number(person.id), person.name, person.unit, person.email,
                              roleCodes(person.roles), QString::number(person.managerId),
                              person.registeredInKlik ? QStringLiteral("1") : QStringLiteral("0"), person.note));
    for (const PlannedTask &task : TaskRepository(db).plannedTasks(municipalityId, true)) {
        if (task.state.responsiblePersonId != 0 || task.state.performerPersonId != 0)
            lines.append(QStringLiteral("task %1 responsible %2 performer %3")
                             .arg(task.task.key, QString::number(task.state.responsiblePersonId),
                                  QString::number(task.state.performerPersonId)));
    }
    return lines;
}

int linksTo(Database &db, Id municipalityId, Id personId)
{
    int count = 0;
    for (const PlannedTask &task : TaskRepository(db).plannedTasks(municipalityId, true))
        count += (task.state.responsiblePersonId == personId ? 1 : 0)
            + (task.state.performerPersonId == personId ? 1 : 0);
    for (const Person &person : PersonRepository(db).forMunicipality(municipalityId))
        count += person.managerId == personId ? 1 : 0;
    return count;
}

} // namespace

TEST_CASE("People are added edited and removed with an undo walk that restores task links", "[commands][person]")
{
    Fixture f;
    QUndoStack stack;
    const Id m = f.demo.id;
    QList<QStringList> states;
    states.append(peopleAndLinks(f.db, m));

    // The person named most often by tasks and people (a leader with superusers under them).
    const QList<Person> people = PersonRepository(f.db).forMunicipality(m);
    Person busiest;
    int busiestLinks = 0;
    for (const Person &person : people) {
        const int links = linksTo(f.db, m, person.id);
        if (links > busiestLinks) {
            busiest = person;
            busiestLinks = links;
        }
    }
    REQUIRE(busiestLinks >= 2);

    // Step 1: add.
    Person added;
    added.municipalityId = m;
    added.name = QStringLiteral("  Ida Juhl ");
    added.unit = QStringLiteral("Myndighed 0-17 år");
    added.email = QStringLiteral("idju@vejle.example");
    added.roles = {Role::SU};
    added.managerId = busiest.id;
    auto *add = new AddPerson(f.db, added);
    stack.push(add);
    const Id addedId = add->personId();
    REQUIRE(addedId != 0);
    CHECK(stack.undoText() == QStringLiteral("Add Ida Juhl"));
    CHECK(PersonRepository(f.db).byId(addedId)->name == QStringLiteral("Ida Juhl"));
    states.append(peopleAndLinks(f.db, m));

    // Step 2: edit.
    Person edited = *PersonRepository(f.db).byId(addedId);
    const Person original = edited;
    edited.name = QStringLiteral("Ida Juhl Hansen");
    edited.registeredInKlik = true;
    edited.roles = {Role::SU, Role::FL};
    edited.note = QStringLiteral("Underviser");
    stack.push(new EditPerson(f.db, original, edited));
    CHECK(stack.undoText() == QStringLiteral("Edit Ida Juhl"));
    states.append(peopleAndLinks(f.db, m));
    CHECK(PersonRepository(f.db).byId(addedId)->roles == QList<Role> {Role::SU, Role::FL});

    // Step 3: remove the busiest person: task states and managed people lose the link.
    stack.push(new RemovePerson(f.db, busiest));
    CHECK(stack.undoText() == QStringLiteral("Remove ") + busiest.name);
    CHECK_FALSE(PersonRepository(f.db).byId(busiest.id));
    CHECK(linksTo(f.db, m, busiest.id) == 0);
    CHECK(PersonRepository(f.db).byId(addedId)->managerId == 0);
    states.append(peopleAndLinks(f.db, m));
    REQUIRE(stack.count() == 3);

    for (int step = 2; step >= 0; --step) {
        stack.undo();
        INFO("after undo to step " << step);
        CHECK(peopleAndLinks(f.db, m) == states.at(step));
    }
    CHECK(linksTo(f.db, m, busiest.id) == busiestLinks);
    CHECK_FALSE(PersonRepository(f.db).byId(addedId));

    for (int step = 1; step <= 3; ++step) {
        stack.redo();
        INFO("after redo to step " << step);
        CHECK(peopleAndLinks(f.db, m) == states.at(step));
    }
    // The re-added person has the same id, so the edit and the removal still apply to them.
    CHECK(PersonRepository(f.db).byId(addedId)->name == QStringLiteral("Ida Juhl Hansen"));

    stack.undo();
    CHECK(peopleAndLinks(f.db, m) == states.at(2));
    CHECK(PersonRepository(f.db).byId(addedId)->managerId == busiest.id);
}

TEST_CASE("Person commands with invalid input leave nothing on the stack", "[commands][person]")
{
    Fixture f;
    QUndoStack stack;
    const Person someone = PersonRepository(f.db).forMunicipality(f.demo.id).first();

    Person wrong = someone;
    wrong.email = QStringLiteral("not an address");
    QString reported;
    auto *edit = new EditPerson(f.db, someone, wrong);
    edit->setErrorHandler([&reported](const QString &error) { reported = error; });
    stack.push(edit);
    CHECK(stack.count() == 0);
    CHECK(reported.contains(QStringLiteral("e-mail")));
    CHECK(PersonRepository(f.db).byId(someone.id)->email == someone.email);

    Person nameless;
    nameless.municipalityId = f.demo.id;
    stack.push(new AddPerson(f.db, nameless));
    CHECK(stack.count() == 0);

    Person own = someone;
    own.managerId = someone.id;
    stack.push(new EditPerson(f.db, someone, own));
    CHECK(stack.count() == 0);
}

TEST_CASE("PersonTableModel lists the municipality's people with roles and managers", "[models][person]")
{
    installTranslations(QStringLiteral("en"));
    Fixture f;
    PersonTableModel model(f.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    model.load(f.demo.id);
    const QList<Person> people = PersonRepository(f.db).forMunicipality(f.demo.id);
    REQUIRE(model.rowCount() == people.size());
    CHECK(model.columnCount() == PersonTableModel::ColumnCount);
    CHECK(model.headerData(PersonTableModel::EmailColumn, Qt::Horizontal).toString() == QStringLiteral("E-mail"));

    // A person with a manager and two roles.
    int row = -1;
    for (int i = 0; i < people.size(); ++i) {
        if (people.at(i).managerId != 0 && people.at(i).roles.size() >= 2)
            row = i;
    }
    REQUIRE(row >= 0);
    const Person &person = people.at(row);
    CHECK(model.rowOf(person.id) == row);
    CHECK(model.index(row, PersonTableModel::NameColumn).data().toString() == person.name);
    CHECK(model.index(row, PersonTableModel::NameColumn).data(PersonTableModel::PersonIdRole).toLongLong()
          == person.id);
    CHECK(model.index(row, PersonTableModel::ManagerColumn).data().toString()
          == PersonRepository(f.db).byId(person.managerId)->name);
    CHECK(model.index(row, PersonTableModel::RolesColumn).data().toString()
          == roleName(person.roles.at(0)) + QStringLiteral(", ") + roleName(person.roles.at(1)));
    CHECK(model.index(row, PersonTableModel::KlikColumn).data().toString()
          == (person.registeredInKlik ? QStringLiteral("Yes") : QStringLiteral("No")));

    // Reload after a change; the tester checks the reset.
    QString error;
    REQUIRE(PersonRepository(f.db).remove(person.id, &error));
    model.reload();
    CHECK(model.rowCount() == people.size() - 1);
    CHECK(model.rowOf(person.id) == -1);
    model.load(0);
    CHECK(model.rowCount() == 0);
}
