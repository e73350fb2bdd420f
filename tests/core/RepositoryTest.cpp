#include "domain/Clock.h"
#include "domain/MergePlan.h"
#include "domain/Schedule.h"
#include "handbook/PlanMerge.h"
#include "storage/Database.h"
#include "storage/HandbookRepository.h"
#include "storage/MunicipalityRepository.h"
#include "storage/PersonRepository.h"
#include "storage/TaskRepository.h"

#include "Fixtures.h"
#include "TestSupport.h"

#include <QSqlQuery>

using namespace parat;
using parat::test::keysOf;

namespace {

const QDate kGoLive(2027, 1, 4);

Task handbookTask(const QString &key, Phase phase, int dueWeeks, std::optional<int> releaseWeeks, double hours)
{
    Task task;
    task.key = key;
    task.phase = phase;
    task.titleDa = QStringLiteral("Opgave ") + key;
    task.dueOffsetWeeks = dueWeeks;
    task.releaseOffsetWeeks = releaseWeeks;
    task.estimateHours = hours;
    return task;
}

// A small handbook, in file order.
QList<Task> sampleTasks()
{
    QList<Task> tasks {
        handbookTask(QStringLiteral("P1-01"), Phase::P1, -40, -44, 4),
        handbookTask(QStringLiteral("P21-01"), Phase::P21, -25, std::nullopt, 8),
        handbookTask(QStringLiteral("P23-01"), Phase::P23, -2, -6, 2.5),
        handbookTask(QStringLiteral("P3-01"), Phase::P3, 4, 0, 0),
    };
    tasks[0].theme = Theme::ORG;
    tasks[0].responsibleRole = Role::PE;
    tasks[0].performerRole = Role::PL;
    tasks[0].dependsOn = QStringList {QStringLiteral("P0-01"), QStringLiteral("P0-02")};
    tasks[0].externalRef = QStringLiteral("KLIK-17");
    tasks[0].titleEn = QStringLiteral("Task P1-01");
    tasks[0].descriptionDa = QStringLiteral("Beskrivelse, med \"citat\" og ; tegn");
    tasks[2].mandatory = true;
    tasks[2].perPerson = true;
    tasks[3].milestone = true;
    for (int i = 0; i < tasks.size(); ++i)
        tasks[i].sortOrder = i;
    return tasks;
}

struct Fixture
{
    test::TempDir dir;
    Database db;
    Id municipality = 0; // 0101 København, go-live kGoLive
    Id other = 0; // 0147 Frederiksberg, no go-live yet

    Fixture()
    {
        QString error;
        REQUIRE(db.open(dir.file(QStringLiteral("parat.sqlite")), &error));
        MunicipalityRepository municipalities(db);
        Municipality first;
        first.code = QStringLiteral("0101");
        first.goLive = kGoLive;
        REQUIRE(municipalities.add(&first, &error));
        municipality = first.id;
        Municipality second;
        second.code = QStringLiteral("0147");
        REQUIRE(municipalities.add(&second, &error));
        other = second.id;

        HandbookDraft draft;
        draft.version = QStringLiteral("1.0");
        draft.sha256 = QByteArrayLiteral("00");
        draft.tasks = sampleTasks();
        HandbookRepository handbook(db);
        HandbookVersion version;
        REQUIRE(handbook.applyMerge(draft, planMerge(draft, handbook.tasks()), QString(),
                                    QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC), &version, &error));
    }

    Id taskId(const QString &key)
    {
        for (const PlannedTask &planned : TaskRepository(db).plannedTasks(municipality, true))
            if (planned.task.key == key)
                return planned.task.id;
        FAIL("no task " << key.toStdString());
        return 0;
    }

    Id addPerson(Id municipalityId, const QString &name)
    {
        Person person;
        person.municipalityId = municipalityId;
        person.name = name;
        QString error;
        REQUIRE(PersonRepository(db).add(&person, &error));
        return person.id;
    }

    int count(const QString &table)
    {
        QSqlQuery query(db.connection());
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM ") + table));
        REQUIRE(query.next());
        return query.value(0).toInt();
    }
};

QDateTime at(int month, int day, int hour = 10)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
}

} // namespace

// --- municipalities ------------------------------------------------------------------------------

TEST_CASE("Municipalities need one of the official codes and are unique", "[storage][municipality]")
{
    Fixture f;
    MunicipalityRepository municipalities(f.db);
    QString error;

    const std::optional<Municipality> copenhagen = municipalities.byCode(QStringLiteral("0101"));
    REQUIRE(copenhagen);
    CHECK(copenhagen->name == QStringLiteral("København"));
    CHECK_FALSE(copenhagen->region.isEmpty());
    CHECK(copenhagen->goLive == kGoLive);
    CHECK(municipalities.byId(copenhagen->id)->code == QStringLiteral("0101"));

    for (const QString &code :
         {QStringLiteral("0411"), QStringLiteral("9999"), QStringLiteral("abcd"), QStringLiteral("101"), QString()}) {
        INFO(code.toStdString());
        Municipality bad;
        bad.code = code;
        CHECK_FALSE(municipalities.add(&bad, &error));
        CHECK(error.contains(QStringLiteral("not the code of a Danish municipality")));
        CHECK(bad.id == 0);
    }
    Municipality duplicate;
    duplicate.code = QStringLiteral(" 0101 ");
    CHECK_FALSE(municipalities.add(&duplicate, &error));
    CHECK(error.contains(QStringLiteral("already in the database")));
    CHECK(municipalities.all().size() == 2);

    Municipality aarhus;
    aarhus.code = QStringLiteral("0751");
    aarhus.name = QStringLiteral("Aarhus Kommune");
    aarhus.projectLeader = QStringLiteral("Lise");
    REQUIRE(municipalities.add(&aarhus, &error));
    CHECK(aarhus.id != 0);
    CHECK(municipalities.byCode(QStringLiteral("0751"))->name == QStringLiteral("Aarhus Kommune"));

    QStringList codes;
    for (const Municipality &municipality : municipalities.all())
        codes.append(municipality.code);
    CHECK(codes == QStringList {QStringLiteral("0101"), QStringLiteral("0147"), QStringLiteral("0751")});
    CHECK_FALSE(municipalities.byCode(QStringLiteral("0461")));
    CHECK_FALSE(municipalities.byId(9999));
}

TEST_CASE("Municipalities read as a list or one by one and counted give the stored values", "[storage][municipality]")
{
    Fixture f;
    MunicipalityRepository municipalities(f.db);
    QString error;
    CHECK(municipalities.count() == 2);

    // A municipality with every text set, Danish letters, no go-live; read back field by field.
    Municipality aeroe;
    aeroe.code = QStringLiteral("0492");
    aeroe.name = QStringLiteral("Ærø Kommune");
    aeroe.region = QStringLiteral("Region Syddanmark");
    aeroe.projectOwner = QStringLiteral("Søren Æbelø");
    aeroe.projectLeader = QStringLiteral("Åse Øster");
    REQUIRE(municipalities.add(&aeroe, &error));
    CHECK(municipalities.count() == 3);
    const QList<Municipality> all = municipalities.all();
    REQUIRE(all.size() == 3);
    const Municipality &listed = all.at(2); // ordered by code: 0101, 0147, 0492
    const std::optional<Municipality> byId = municipalities.byId(aeroe.id);
    const std::optional<Municipality> byCode = municipalities.byCode(QStringLiteral(" 0492 "));
    REQUIRE(byId);
    REQUIRE(byCode);
    for (const Municipality *read : {&listed, &*byId, &*byCode}) {
        CHECK(read->id == aeroe.id);
        CHECK(read->code == QStringLiteral("0492"));
        CHECK(read->name == QStringLiteral("Ærø Kommune"));
        CHECK(read->region == QStringLiteral("Region Syddanmark"));
        CHECK(read->projectOwner == QStringLiteral("Søren Æbelø"));
        CHECK(read->projectLeader == QStringLiteral("Åse Øster"));
        CHECK_FALSE(read->goLive.isValid());
        CHECK(read->version >= 1);
    }
    CHECK(all.at(0).goLive == kGoLive);
    CHECK(municipalities.byId(all.at(0).id)->goLive == kGoLive);

    REQUIRE(municipalities.remove(aeroe.id, &error));
    CHECK(municipalities.count() == 2);
    CHECK(municipalities.all().size() == 2);
}

TEST_CASE("Municipalities can be changed but not to a taken or unofficial code", "[storage][municipality]")
{
    Fixture f;
    MunicipalityRepository municipalities(f.db);
    QString error;
    Municipality frederiksberg = *municipalities.byId(f.other);
    frederiksberg.goLive = QDate(2027, 3, 1);
    frederiksberg.projectOwner = QStringLiteral("Direktør");
    REQUIRE(municipalities.update(frederiksberg, &error));
    CHECK(municipalities.byId(f.other)->goLive == QDate(2027, 3, 1));
    CHECK(municipalities.byId(f.other)->projectOwner == QStringLiteral("Direktør"));

    // Each edit from the municipality as stored now (an edit from the read before the first is refused as stale).
    frederiksberg = *municipalities.byId(f.other);
    frederiksberg.goLive = QDate();
    REQUIRE(municipalities.update(frederiksberg, &error));
    CHECK_FALSE(municipalities.byId(f.other)->goLive.isValid());

    Municipality taken = *municipalities.byId(f.other);
    taken.code = QStringLiteral("0101");
    CHECK_FALSE(municipalities.update(taken, &error));
    CHECK(error.contains(QStringLiteral("already")));
    taken.code = QStringLiteral("0000");
    CHECK_FALSE(municipalities.update(taken, &error));
    CHECK(municipalities.byId(f.other)->code == QStringLiteral("0147"));

    Municipality missing;
    missing.id = 4242;
    missing.code = QStringLiteral("0751");
    CHECK_FALSE(municipalities.update(missing, &error));
}

TEST_CASE("Removing a municipality removes everything that is its own", "[storage][municipality]")
{
    Fixture f;
    TaskRepository tasks(f.db);
    QString error;
    const Id person = f.addPerson(f.municipality, QStringLiteral("Anna"));
    f.addPerson(f.other, QStringLiteral("Bo"));
    Task local;
    local.municipalityId = f.municipality;
    local.titleDa = QStringLiteral("Egen opgave");
    REQUIRE(tasks.addLocalTask(&local, &error));
    TaskState state = tasks.plannedTask(f.municipality, f.taskId(QStringLiteral("P1-01")))->state;
    state.status = Status::InProgress;
    state.responsiblePersonId = person;
    REQUIRE(tasks.setState(state, at(2, 1), &error));
    TaskState otherState = tasks.plannedTask(f.other, f.taskId(QStringLiteral("P1-01")))->state;
    otherState.note = QStringLiteral("Frederiksberg's note");
    REQUIRE(tasks.setState(otherState, at(2, 1), &error));

    const Id handbookTask = f.taskId(QStringLiteral("P1-01"));
    REQUIRE(MunicipalityRepository(f.db).remove(f.municipality, &error));
    CHECK_FALSE(MunicipalityRepository(f.db).byId(f.municipality));
    CHECK(f.count(QStringLiteral("person")) == 1);
    CHECK(f.count(QStringLiteral("task WHERE municipality_id IS NOT NULL")) == 0);
    CHECK(f.count(QStringLiteral("task WHERE municipality_id IS NULL")) == 4);
    CHECK(f.count(QStringLiteral("task_state")) == 1);
    CHECK(f.count(QStringLiteral("task_event")) == 1);
    CHECK(tasks.plannedTask(f.other, handbookTask)->state.note == QStringLiteral("Frederiksberg's note"));

    CHECK_FALSE(MunicipalityRepository(f.db).remove(f.municipality, &error));
    CHECK_FALSE(error.isEmpty());
}

// --- people --------------------------------------------------------------------------------------

TEST_CASE("People need a name and a manager of their own municipality", "[storage][person]")
{
    Fixture f;
    PersonRepository people(f.db);
    QString error;

    Person nameless;
    nameless.municipalityId = f.municipality;
    nameless.name = QStringLiteral("   ");
    CHECK_FALSE(people.add(&nameless, &error));
    CHECK(error.contains(QStringLiteral("name")));

    Person lost;
    lost.municipalityId = 777;
    lost.name = QStringLiteral("Nobody");
    CHECK_FALSE(people.add(&lost, &error));

    Person badMail;
    badMail.municipalityId = f.municipality;
    badMail.name = QStringLiteral("Carl");
    badMail.email = QStringLiteral("carl.kk.dk");
    CHECK_FALSE(people.add(&badMail, &error));
    CHECK(error.contains(QStringLiteral("carl.kk.dk")));

    Person leader;
    leader.municipalityId = f.municipality;
    leader.name = QStringLiteral(" Åse Leder ");
    leader.unit = QStringLiteral("Børn og Unge");
    leader.email = QStringLiteral("aase@kk.dk");
    leader.roles = {Role::FL, Role::PL};
    leader.registeredInKlik = true;
    leader.note = QStringLiteral("Mødes tirsdag");
    REQUIRE(people.add(&leader, &error));
    CHECK(leader.id != 0);
    CHECK(leader.name == QStringLiteral("Åse Leder"));

    const std::optional<Person> stored = people.byId(leader.id);
    REQUIRE(stored);
    CHECK(stored->name == QStringLiteral("Åse Leder"));
    CHECK(stored->unit == QStringLiteral("Børn og Unge"));
    CHECK(stored->email == QStringLiteral("aase@kk.dk"));
    CHECK(stored->roles == QList<Role> {Role::FL, Role::PL});
    CHECK(stored->registeredInKlik);
    CHECK(stored->note == QStringLiteral("Mødes tirsdag"));
    CHECK(stored->managerId == 0);

    Person superuser;
    superuser.municipalityId = f.municipality;
    superuser.name = QStringLiteral("Bent");
    superuser.roles = {Role::SU};
    superuser.managerId = leader.id;
    REQUIRE(people.add(&superuser, &error));
    CHECK(people.byId(superuser.id)->managerId == leader.id);

    Person foreigner;
    foreigner.municipalityId = f.other;
    foreigner.name = QStringLiteral("Frida");
    foreigner.managerId = leader.id;
    CHECK_FALSE(people.add(&foreigner, &error));
    CHECK(error.contains(QStringLiteral("same municipality")));

    Person self = *people.byId(leader.id);
    self.managerId = self.id;
    CHECK_FALSE(people.update(self, &error));

    Person moved = *people.byId(superuser.id);
    moved.municipalityId = f.other;
    moved.managerId = 0;
    CHECK_FALSE(people.update(moved, &error));

    Person renamed = *people.byId(superuser.id);
    renamed.name = QStringLiteral("Bent Hansen");
    renamed.registeredInKlik = true;
    REQUIRE(people.update(renamed, &error));
    CHECK(people.byId(superuser.id)->name == QStringLiteral("Bent Hansen"));

    QStringList names;
    for (const Person &person : people.forMunicipality(f.municipality))
        names.append(person.name);
    CHECK(names.size() == 2);
    CHECK(names.contains(QStringLiteral("Bent Hansen")));
    CHECK(people.forMunicipality(f.other).isEmpty());
}

TEST_CASE("Removing a person clears them from tasks and keeps the state", "[storage][person]")
{
    Fixture f;
    PersonRepository people(f.db);
    TaskRepository tasks(f.db);
    QString error;
    const Id manager = f.addPerson(f.municipality, QStringLiteral("Maja"));
    Person worker;
    worker.municipalityId = f.municipality;
    worker.name = QStringLiteral("Ole");
    worker.managerId = manager;
    REQUIRE(people.add(&worker, &error));

    const Id task = f.taskId(QStringLiteral("P21-01"));
    TaskState state = tasks.plannedTask(f.municipality, task)->state;
    state.status = Status::InProgress;
    state.responsiblePersonId = manager;
    state.performerPersonId = worker.id;
    REQUIRE(tasks.setState(state, at(3, 1), &error));

    REQUIRE(people.remove(manager, &error));
    CHECK_FALSE(people.byId(manager));
    CHECK(people.byId(worker.id)->managerId == 0);
    const TaskState after = tasks.plannedTask(f.municipality, task)->state;
    CHECK(after.status == Status::InProgress);
    CHECK(after.responsiblePersonId == 0);
    CHECK(after.performerPersonId == worker.id);
    CHECK_FALSE(people.remove(manager, &error));
}

// --- tasks ---------------------------------------------------------------------------------------

TEST_CASE("Planned tasks carry default state and dates from go-live", "[storage][task]")
{
    Fixture f;
    TaskRepository tasks(f.db);
    const QList<PlannedTask> planned = tasks.plannedTasks(f.municipality);
    REQUIRE(planned.size() == 4);
    CHECK(keysOf(planned)
          == QStringList {QStringLiteral("P1-01"), QStringLiteral("P21-01"), QStringLiteral("P23-01"),
                          QStringLiteral("P3-01")});
    const PlannedTask &first = planned.first();
    CHECK(first.due == kGoLive.addDays(-280));
    CHECK(first.release == kGoLive.addDays(-308));
    CHECK(first.state.status == Status::NotStarted);
    CHECK(first.state.municipalityId == f.municipality);
    CHECK(first.state.taskId == first.task.id);
    CHECK(first.task.theme == Theme::ORG);
    CHECK(first.task.responsibleRole == Role::PE);
    CHECK(first.task.performerRole == Role::PL);
    CHECK(first.task.dependsOn == QStringList {QStringLiteral("P0-01"), QStringLiteral("P0-02")});
    CHECK(first.task.externalRef == QStringLiteral("KLIK-17"));
    CHECK(first.task.titleEn == QStringLiteral("Task P1-01"));
    CHECK(first.task.descriptionDa == QStringLiteral("Beskrivelse, med \"citat\" og ; tegn"));
    CHECK_FALSE(first.task.isLocal());
    CHECK_FALSE(first.task.isWithdrawn());
    CHECK_FALSE(planned.at(1).release.isValid()); // no release offset: released from the start
    CHECK_FALSE(planned.at(1).task.releaseOffsetWeeks.has_value());
    CHECK(planned.at(2).task.mandatory);
    CHECK(planned.at(2).task.perPerson);
    CHECK(planned.at(2).task.estimateHours == Approx(2.5));
    CHECK(planned.at(3).task.milestone);
    CHECK(planned.at(3).release == kGoLive);

    // Without a go-live date there are no dates, and the handbook's order holds.
    const QList<PlannedTask> undated = tasks.plannedTasks(f.other);
    REQUIRE(undated.size() == 4);
    for (const PlannedTask &task : undated) {
        CHECK_FALSE(task.due.isValid());
        CHECK_FALSE(task.release.isValid());
    }
    CHECK(keysOf(undated) == keysOf(planned));

    CHECK(tasks.plannedTasks(4242).isEmpty());
    CHECK_FALSE(tasks.plannedTask(f.municipality, 4242));
    const std::optional<PlannedTask> one = tasks.plannedTask(f.municipality, first.task.id);
    REQUIRE(one);
    CHECK(one->due == first.due);
}

TEST_CASE("Planned tasks are ordered by due date with overrides and local tasks", "[storage][task]")
{
    Fixture f;
    TaskRepository tasks(f.db);
    QString error;
    Task local;
    local.municipalityId = f.municipality;
    local.titleDa = QStringLiteral("Lokal workshop");
    local.phase = Phase::P22;
    local.dueOffsetWeeks = -10;
    REQUIRE(tasks.addLocalTask(&local, &error));
    Task foreign;
    foreign.municipalityId = f.other;
    foreign.titleDa = QStringLiteral("Frederiksbergs egen");
    REQUIRE(tasks.addLocalTask(&foreign, &error));

    TaskState state = tasks.plannedTask(f.municipality, f.taskId(QStringLiteral("P1-01")))->state;
    state.dueOverride = kGoLive.addDays(1);
    REQUIRE(tasks.setState(state, at(2, 1), &error));

    const QList<PlannedTask> planned = tasks.plannedTasks(f.municipality);
    CHECK(keysOf(planned)
          == QStringList {QStringLiteral("P21-01"), QStringLiteral("LOK-1"), QStringLiteral("P23-01"),
                          QStringLiteral("P1-01"), QStringLiteral("P3-01")});
    CHECK(planned.at(3).due == kGoLive.addDays(1));
    CHECK(planned.at(1).task.isLocal());
    CHECK(planned.at(1).due == kGoLive.addDays(-70));
    CHECK(keysOf(tasks.plannedTasks(f.other)).contains(QStringLiteral("LOK-1")));
    CHECK(tasks.plannedTasks(f.other).size() == 5);
}

TEST_CASE("Planned tasks sorted by position keep the order of a stable sort, ties included", "[storage][task]")
{
    // Many ties on every part of the order (due, none, sort order, key), told apart only by their id: sortPlanned must
    // leave them in the order they came, as std::stable_sort does.
    QList<PlannedTask> tasks;
    for (int i = 0; i < 200; ++i) {
        PlannedTask planned;
        planned.task.id = i + 1;
        planned.task.key = QStringLiteral("K%1").arg((i * 7) % 3);
        planned.task.sortOrder = (i * 5) % 4;
        planned.task.titleDa = QStringLiteral("Opgave %1").arg(i);
        if (i % 9 != 0)
            planned.due = kGoLive.addDays((i * 13) % 5);
        tasks.append(planned);
    }
    QList<PlannedTask> expected = tasks;
    std::stable_sort(expected.begin(), expected.end(), plannedBefore);
    QList<PlannedTask> sorted = tasks;
    sortPlanned(sorted);
    REQUIRE(sorted.size() == expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        INFO("position " << i);
        CHECK(sorted.at(i).task.id == expected.at(i).task.id);
        CHECK(sorted.at(i).task.titleDa == expected.at(i).task.titleDa);
        CHECK(sorted.at(i).due == expected.at(i).due);
    }
    // Already in order: left as it is.
    sortPlanned(sorted);
    CHECK(sorted.at(0).task.id == expected.at(0).task.id);
    CHECK(sorted.last().task.id == expected.last().task.id);
}

TEST_CASE("Setting a state records one event per changed field", "[storage][task]")
{
    Fixture f;
    TaskRepository tasks(f.db);
    QString error;
    const Id anna = f.addPerson(f.municipality, QStringLiteral("Anna"));
    const Id bo = f.addPerson(f.municipality, QStringLiteral("Bo"));
    const Id task = f.taskId(QStringLiteral("P23-01"));

    TaskState state = tasks.plannedTask(f.municipality, task)->state;
    state.status = Status::InProgress;
    state.responsiblePersonId = anna;
    state.performerPersonId = bo;
    state.dueOverride = QDate(2026, 12, 1);
    state.note = QStringLiteral("Aftalt med IT");
    REQUIRE(tasks.setState(state, at(3, 2), &error));

    QList<TaskEvent> events = tasks.events(f.municipality, task);
    REQUIRE(events.size() == 5);
    CHECK(events.at(0).field == QStringLiteral("status"));
    CHECK(events.at(0).oldValue == QStringLiteral("not_started"));
    CHECK(events.at(0).newValue == QStringLiteral("in_progress"));
    CHECK(events.at(0).at == at(3, 2));
    CHECK(events.at(0).municipalityId == f.municipality);
    CHECK(events.at(0).taskId == task);
    CHECK(events.at(1).field == QStringLiteral("responsible"));
    CHECK(events.at(1).oldValue.isEmpty());
    CHECK(events.at(1).newValue == QString::number(anna));
    CHECK(events.at(2).field == QStringLiteral("performer"));
    CHECK(events.at(2).newValue == QString::number(bo));
    CHECK(events.at(3).field == QStringLiteral("due_override"));
    CHECK(events.at(3).newValue == QStringLiteral("2026-12-01"));
    CHECK(events.at(4).field == QStringLiteral("note"));
    CHECK(events.at(4).newValue == QStringLiteral("Aftalt med IT"));

    const PlannedTask stored = *tasks.plannedTask(f.municipality, task);
    CHECK(stored.state.status == Status::InProgress);
    CHECK(stored.state.responsiblePersonId == anna);
    CHECK(stored.state.performerPersonId == bo);
    CHECK(stored.state.note == QStringLiteral("Aftalt med IT"));
    CHECK(stored.due == QDate(2026, 12, 1));

    // Same state again: nothing is written, not even a transaction.
    const quint64 revision = f.db.revision();
    REQUIRE(tasks.setState(stored.state, at(3, 3), &error));
    CHECK(f.db.revision() == revision);
    CHECK(tasks.events(f.municipality, task).size() == 5);

    // One field: one event.
    TaskState swap = stored.state;
    swap.responsiblePersonId = bo;
    REQUIRE(tasks.setState(swap, at(3, 4), &error));
    events = tasks.events(f.municipality, task);
    REQUIRE(events.size() == 6);
    CHECK(events.last().field == QStringLiteral("responsible"));
    CHECK(events.last().oldValue == QString::number(anna));
    CHECK(events.last().newValue == QString::number(bo));

    CHECK(tasks.eventsSince(f.municipality, at(3, 4)).size() == 1);
    CHECK(tasks.eventsSince(f.municipality, at(3, 1)).size() == 6);
    CHECK(tasks.eventsSince(f.other, at(3, 1)).isEmpty());
    CHECK(tasks.events(f.other, task).isEmpty());
    // eventsSince reads through SQLite's own API (sql::BulkQuery), events() through Qt SQL: the same events.
    const QList<TaskEvent> since = tasks.eventsSince(f.municipality, at(3, 1));
    REQUIRE(since.size() == events.size());
    for (int i = 0; i < since.size(); ++i) {
        INFO("event " << i);
        CHECK(since.at(i).id == events.at(i).id);
        CHECK(since.at(i).municipalityId == events.at(i).municipalityId);
        CHECK(since.at(i).taskId == events.at(i).taskId);
        CHECK(since.at(i).at == events.at(i).at);
        CHECK(since.at(i).at.timeSpec() == events.at(i).at.timeSpec());
        CHECK(since.at(i).field == events.at(i).field);
        CHECK(since.at(i).oldValue == events.at(i).oldValue);
        CHECK(since.at(i).oldValue.isNull() == events.at(i).oldValue.isNull());
        CHECK(since.at(i).newValue == events.at(i).newValue);
    }
}

TEST_CASE("Done sets done_on and leaving Done clears it", "[storage][task]")
{
    Fixture f;
    TaskRepository tasks(f.db);
    QString error;
    const Id task = f.taskId(QStringLiteral("P1-01"));
    TaskState state = tasks.plannedTask(f.municipality, task)->state;

    state.status = Status::Done;
    REQUIRE(tasks.setState(state, at(4, 10), &error));
    TaskState stored = tasks.plannedTask(f.municipality, task)->state;
    CHECK(stored.doneOn == QDate(2026, 4, 10));
    QList<TaskEvent> events = tasks.events(f.municipality, task);
    REQUIRE(events.size() == 2);
    CHECK(events.at(1).field == QStringLiteral("done_on"));
    CHECK(events.at(1).newValue == QStringLiteral("2026-04-10"));

    // Still done, caller did not say when: the date stays.
    TaskState noted = stored;
    noted.doneOn = QDate();
    noted.klikMarkedOn = QDate(2026, 4, 12);
    REQUIRE(tasks.setState(noted, at(4, 12), &error));
    stored = tasks.plannedTask(f.municipality, task)->state;
    CHECK(stored.doneOn == QDate(2026, 4, 10));
    CHECK(stored.klikMarkedOn == QDate(2026, 4, 12));
    CHECK(tasks.events(f.municipality, task).last().field == QStringLiteral("klik_marked_on"));

    // Leaving Done clears the date.
    TaskState reopened = stored;
    reopened.status = Status::InProgress;
    REQUIRE(tasks.setState(reopened, at(4, 20), &error));
    stored = tasks.plannedTask(f.municipality, task)->state;
    CHECK_FALSE(stored.doneOn.isValid());
    events = tasks.events(f.municipality, task);
    CHECK(events.last().field == QStringLiteral("done_on"));
    CHECK(events.last().oldValue == QStringLiteral("2026-04-10"));
    CHECK(events.last().newValue.isEmpty());

    // The caller's own date wins.
    TaskState backdated = stored;
    backdated.status = Status::Done;
    backdated.doneOn = QDate(2026, 4, 1);
    REQUIRE(tasks.setState(backdated, at(4, 21), &error));
    CHECK(tasks.plannedTask(f.municipality, task)->state.doneOn == QDate(2026, 4, 1));
}

TEST_CASE("Waiting and not relevant need a reason and people must be the municipality's own", "[storage][task]")
{
    Fixture f;
    TaskRepository tasks(f.db);
    QString error;
    const Id task = f.taskId(QStringLiteral("P21-01"));
    const Id stranger = f.addPerson(f.other, QStringLiteral("Fremmed"));
    TaskState state = tasks.plannedTask(f.municipality, task)->state;

    for (const Status status : {Status::Waiting, Status::NotRelevant}) {
        TaskState withoutReason = state;
        withoutReason.status = status;
        withoutReason.reason = QStringLiteral("   ");
        CHECK_FALSE(tasks.setState(withoutReason, at(5, 1), &error));
        CHECK(error.contains(statusName(status)));
    }
    TaskState foreignPerson = state;
    foreignPerson.responsiblePersonId = stranger;
    CHECK_FALSE(tasks.setState(foreignPerson, at(5, 1), &error));
    foreignPerson.responsiblePersonId = 0;
    foreignPerson.performerPersonId = stranger;
    CHECK_FALSE(tasks.setState(foreignPerson, at(5, 1), &error));
    foreignPerson.performerPersonId = 98765;
    CHECK_FALSE(tasks.setState(foreignPerson, at(5, 1), &error));

    TaskState unknownTask = state;
    unknownTask.taskId = 4242;
    unknownTask.status = Status::InProgress;
    CHECK_FALSE(tasks.setState(unknownTask, at(5, 1), &error));

    CHECK(f.count(QStringLiteral("task_state")) == 0);
    CHECK(f.count(QStringLiteral("task_event")) == 0);

    TaskState waiting = state;
    waiting.status = Status::Waiting;
    waiting.reason = QStringLiteral("  Venter på IT  ");
    REQUIRE(tasks.setState(waiting, at(5, 2), &error));
    CHECK(tasks.plannedTask(f.municipality, task)->state.reason == QStringLiteral("Venter på IT"));
}

TEST_CASE("A state back at the default is no longer stored but its history stays", "[storage][task]")
{
    Fixture f;
    TaskRepository tasks(f.db);
    QString error;
    const Id task = f.taskId(QStringLiteral("P3-01"));
    TaskState state = tasks.plannedTask(f.municipality, task)->state;
    state.note = QStringLiteral("Husk");
    REQUIRE(tasks.setState(state, at(6, 1), &error, &state.version));
    CHECK(f.count(QStringLiteral("task_state")) == 1);
    state.note.clear();
    REQUIRE(tasks.setState(state, at(6, 2), &error));
    CHECK(f.count(QStringLiteral("task_state")) == 0);
    CHECK(tasks.events(f.municipality, task).size() == 2);
    CHECK(tasks.plannedTask(f.municipality, task)->state.note.isEmpty());
}

TEST_CASE("A local task is only the own municipality's", "[storage][task]")
{
    Fixture f;
    TaskRepository tasks(f.db);
    QString error;
    Task foreign;
    foreign.municipalityId = f.other;
    foreign.titleDa = QStringLiteral("Frederiksbergs");
    REQUIRE(tasks.addLocalTask(&foreign, &error));

    TaskState state;
    state.municipalityId = f.municipality;
    state.taskId = foreign.id;
    state.status = Status::InProgress;
    CHECK_FALSE(tasks.setState(state, at(6, 1), &error));
    CHECK_FALSE(tasks.plannedTask(f.municipality, foreign.id));

    Task changed = foreign;
    changed.municipalityId = f.municipality;
    CHECK_FALSE(tasks.updateLocalTask(changed, &error));
    CHECK_FALSE(tasks.removeLocalTask(f.municipality, foreign.id, &error));
    CHECK(tasks.plannedTask(f.other, foreign.id));
}

TEST_CASE("Local tasks get keys LOK-1 LOK-2 per municipality", "[storage][task]")
{
    Fixture f;
    TaskRepository tasks(f.db);
    QString error;
    auto addLocal = [&](Id municipality, const QString &title, const QString &key = QString()) {
        Task task;
        task.municipalityId = municipality;
        task.key = key;
        task.titleDa = title;
        task.phase = Phase::P22;
        task.dueOffsetWeeks = -8;
        task.releaseOffsetWeeks = -12;
        task.estimateHours = 3;
        task.mandatory = true;
        REQUIRE(tasks.addLocalTask(&task, &error));
        CHECK(task.id != 0);
        CHECK(task.municipalityId == municipality);
        return task;
    };
    const Task first = addLocal(f.municipality, QStringLiteral("Første"));
    const Task second = addLocal(f.municipality, QStringLiteral("Anden"));
    const Task elsewhere = addLocal(f.other, QStringLiteral("Frederiksbergs første"));
    CHECK(first.key == QStringLiteral("LOK-1"));
    CHECK(second.key == QStringLiteral("LOK-2"));
    CHECK(elsewhere.key == QStringLiteral("LOK-1"));
    const Task named = addLocal(f.municipality, QStringLiteral("Navngivet"), QStringLiteral("LOK-9"));
    CHECK(named.key == QStringLiteral("LOK-9"));
    CHECK(addLocal(f.municipality, QStringLiteral("Efter ni")).key == QStringLiteral("LOK-10"));

    const PlannedTask planned = *tasks.plannedTask(f.municipality, first.id);
    CHECK(planned.task.isLocal());
    CHECK(planned.task.titleDa == QStringLiteral("Første"));
    CHECK(planned.task.mandatory);
    CHECK(planned.task.estimateHours == Approx(3));
    CHECK(planned.due == kGoLive.addDays(-56));
    CHECK(planned.release == kGoLive.addDays(-84));

    SECTION("invalid local tasks are refused")
    {
        const int before = f.count(QStringLiteral("task"));
        Task task;
        task.municipalityId = f.municipality;
        task.titleDa = QStringLiteral("  ");
        CHECK_FALSE(tasks.addLocalTask(&task, &error));
        CHECK(error.contains(QStringLiteral("title")));
        task.titleDa = QStringLiteral("Ok");
        task.releaseOffsetWeeks = 2;
        task.dueOffsetWeeks = 1;
        CHECK_FALSE(tasks.addLocalTask(&task, &error));
        CHECK(error.contains(QStringLiteral("released after")));
        task.releaseOffsetWeeks.reset();
        task.estimateHours = -1;
        CHECK_FALSE(tasks.addLocalTask(&task, &error));
        task.estimateHours = 1;
        task.key = QStringLiteral("LOK-2");
        CHECK_FALSE(tasks.addLocalTask(&task, &error));
        CHECK(error.contains(QStringLiteral("already used")));
        task.key = QStringLiteral("P1-01"); // a handbook key
        CHECK_FALSE(tasks.addLocalTask(&task, &error));
        task.key = QStringLiteral("MY KEY");
        CHECK_FALSE(tasks.addLocalTask(&task, &error));
        task.key.clear();
        task.municipalityId = 0;
        CHECK_FALSE(tasks.addLocalTask(&task, &error));
        task.municipalityId = 4242;
        CHECK_FALSE(tasks.addLocalTask(&task, &error));
        CHECK(f.count(QStringLiteral("task")) == before);
    }

    SECTION("a local task can be changed")
    {
        Task changed = second;
        changed.titleDa = QStringLiteral("Anden, omdøbt");
        changed.dueOffsetWeeks = -4;
        changed.key.clear(); // keeps its key
        REQUIRE(tasks.updateLocalTask(changed, &error));
        const PlannedTask after = *tasks.plannedTask(f.municipality, second.id);
        CHECK(after.task.titleDa == QStringLiteral("Anden, omdøbt"));
        CHECK(after.task.key == QStringLiteral("LOK-2"));
        CHECK(after.due == kGoLive.addDays(-28));

        changed.key = QStringLiteral("LOK-1");
        CHECK_FALSE(tasks.updateLocalTask(changed, &error));
        changed.key = QStringLiteral("EGEN-2");
        REQUIRE(tasks.updateLocalTask(changed, &error));
        CHECK(tasks.plannedTask(f.municipality, second.id)->task.key == QStringLiteral("EGEN-2"));

        Task handbook = tasks.plannedTask(f.municipality, f.taskId(QStringLiteral("P1-01")))->task;
        handbook.municipalityId = f.municipality;
        handbook.titleDa = QStringLiteral("Hijacked");
        CHECK_FALSE(tasks.updateLocalTask(handbook, &error));
        CHECK(HandbookRepository(f.db).tasks().first().titleDa == QStringLiteral("Opgave P1-01"));
    }

    SECTION("removing a local task removes its state and history")
    {
        TaskState state = tasks.plannedTask(f.municipality, second.id)->state;
        state.status = Status::InProgress;
        REQUIRE(tasks.setState(state, at(7, 1), &error));
        REQUIRE(tasks.removeLocalTask(f.municipality, second.id, &error));
        CHECK_FALSE(tasks.plannedTask(f.municipality, second.id));
        CHECK(tasks.events(f.municipality, second.id).isEmpty());
        CHECK(f.count(QStringLiteral("task_state")) == 0);
        CHECK_FALSE(tasks.removeLocalTask(f.municipality, second.id, &error));
        CHECK_FALSE(tasks.removeLocalTask(f.municipality, f.taskId(QStringLiteral("P1-01")), &error));
        CHECK(HandbookRepository(f.db).tasks().size() == 4);
    }
}
