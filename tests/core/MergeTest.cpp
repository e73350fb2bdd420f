#include "domain/HandbookDraft.h"
#include "domain/MergePlan.h"
#include "handbook/PlanMerge.h"
#include "storage/Database.h"
#include "storage/HandbookRepository.h"
#include "storage/MunicipalityRepository.h"
#include "storage/PersonRepository.h"
#include "storage/TaskRepository.h"

#include "Fixtures.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace parat;
using parat::test::keysOf;

namespace {

const QDate kGoLive(2027, 1, 4);

Task templateTask(const QString &key, int dueWeeks, const QString &title = QString())
{
    Task task;
    task.key = key;
    task.phase = Phase::P22;
    task.theme = Theme::TEK;
    task.titleDa = title.isEmpty() ? QStringLiteral("Opgave ") + key : title;
    task.dueOffsetWeeks = dueWeeks;
    task.releaseOffsetWeeks = dueWeeks - 4;
    task.estimateHours = 2;
    task.responsibleRole = Role::PL;
    return task;
}

HandbookDraft draftOf(QList<Task> tasks, const QString &version)
{
    HandbookDraft draft;
    draft.title = QStringLiteral("Implementeringshåndbog");
    draft.version = version;
    draft.published = QDate(2026, 1, 1);
    draft.sourceName = QStringLiteral("handbook-") + version + QStringLiteral(".csv");
    draft.sha256 = QByteArrayLiteral("beef") + version.toLatin1();
    for (int i = 0; i < tasks.size(); ++i)
        tasks[i].sortOrder = i;
    draft.tasks = std::move(tasks);
    return draft;
}

QList<Task> version1()
{
    return {templateTask(QStringLiteral("A"), -30), templateTask(QStringLiteral("B"), -20),
            templateTask(QStringLiteral("C"), -10), templateTask(QStringLiteral("D"), -5)};
}

// Stored tasks as HandbookRepository returns them, without a database: ids 1.., optional withdrawn flags.
QList<Task> stored(QList<Task> tasks)
{
    for (int i = 0; i < tasks.size(); ++i)
        tasks[i].id = i + 1;
    return tasks;
}

struct Fixture : test::OneMunicipality
{
    Fixture()
        : OneMunicipality(QStringLiteral("merge.sqlite"), QStringLiteral("0751"), kGoLive)
    { }

    // Plans and applies a draft the way the importer does.
    MergePlan import(const HandbookDraft &draft, int day)
    {
        HandbookRepository handbook(db);
        const MergePlan plan = planMerge(draft, handbook.tasks(true));
        QString error;
        HandbookVersion version;
        const bool applied = handbook.applyMerge(
            draft, plan, QString(), QDateTime(QDate(2026, 2, day), QTime(8, 0), Qt::UTC), &version, &error);
        INFO(error.toStdString());
        REQUIRE(applied);
        CHECK(version.id != 0);
        CHECK(version.label == draft.version);
        return plan;
    }

    PlannedTask planned(const QString &key)
    {
        for (const PlannedTask &task : TaskRepository(db).plannedTasks(municipality, true)) {
            if (task.task.key == key)
                return task;
        }
        FAIL("no task " << key.toStdString());
        return {};
    }
};

} // namespace

// --- planning (no database) ----------------------------------------------------------------------

TEST_CASE("A first import adds every task", "[handbook][merge]")
{
    const HandbookDraft draft = draftOf(version1(), QStringLiteral("1"));
    const MergePlan plan = planMerge(draft, {});
    CHECK(keysOf(plan.added)
          == QStringList {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")});
    CHECK(plan.changed.isEmpty());
    CHECK(plan.withdrawn.isEmpty());
    CHECK(plan.unchanged.isEmpty());
    CHECK_FALSE(plan.isEmpty());
    CHECK(plan.summary() == QStringLiteral("4 added, 0 changed, 0 withdrawn, 0 unchanged"));
}

TEST_CASE("Changed templates list each differing field by its file column name", "[handbook][merge]")
{
    QList<Task> next = version1();
    next[0].titleDa = QStringLiteral("Ny titel");
    next[0].dueOffsetWeeks = -28;
    next[1].mandatory = true;
    next[1].estimateHours = 2.5;
    next[1].theme.reset();
    next[1].performerRole = Role::SU;
    next[1].releaseOffsetWeeks.reset();
    next[1].dependsOn = QStringList {QStringLiteral("A")};
    const MergePlan plan = planMerge(draftOf(next, QStringLiteral("2")), stored(version1()));

    CHECK(plan.added.isEmpty());
    CHECK(plan.withdrawn.isEmpty());
    CHECK(keysOf(plan.unchanged) == QStringList {QStringLiteral("C"), QStringLiteral("D")});
    REQUIRE(plan.changed.size() == 2);

    const MergePlan::Changed &a = plan.changed.at(0);
    CHECK(a.before.key == QStringLiteral("A"));
    CHECK(a.before.id == 1);
    CHECK(a.after.id == 1);
    CHECK(a.after.titleDa == QStringLiteral("Ny titel"));
    REQUIRE(a.changes.size() == 2);
    CHECK(a.changes.at(0).field == QStringLiteral("title_da"));
    CHECK(a.changes.at(0).oldValue == QStringLiteral("Opgave A"));
    CHECK(a.changes.at(0).newValue == QStringLiteral("Ny titel"));
    CHECK(a.changes.at(1).field == QStringLiteral("due_offset_weeks"));
    CHECK(a.changes.at(1).oldValue == QStringLiteral("-30"));
    CHECK(a.changes.at(1).newValue == QStringLiteral("-28"));

    const MergePlan::Changed &b = plan.changed.at(1);
    QStringList fields;
    for (const FieldChange &change : b.changes)
        fields.append(change.field);
    CHECK(fields
          == QStringList {QStringLiteral("theme"), QStringLiteral("performer_role"),
                          QStringLiteral("release_offset_weeks"), QStringLiteral("estimate_hours"),
                          QStringLiteral("mandatory"), QStringLiteral("depends_on")});
    CHECK(b.changes.at(0).oldValue == QStringLiteral("TEK"));
    CHECK(b.changes.at(0).newValue.isEmpty());
    CHECK(b.changes.at(1).newValue == QStringLiteral("SU"));
    CHECK(b.changes.at(2).oldValue == QStringLiteral("-24"));
    CHECK(b.changes.at(3).oldValue == QStringLiteral("2"));
    CHECK(b.changes.at(3).newValue == QStringLiteral("2.5"));
    CHECK(b.changes.at(4).oldValue == QStringLiteral("no"));
    CHECK(b.changes.at(4).newValue == QStringLiteral("yes"));
    CHECK(b.changes.at(5).newValue == QStringLiteral("A"));

    CHECK(plan.summary() == QStringLiteral("0 added, 2 changed, 0 withdrawn, 2 unchanged"));
    const QStringList details = plan.details(QStringLiteral("da"));
    CHECK(details.size() == 2 + 2 + 6);
    CHECK(details.first().contains(QStringLiteral("A")));
    CHECK(details.at(2).contains(QStringLiteral("-30")));
}

TEST_CASE("Stored current keys missing from the new version are withdrawn once", "[handbook][merge]")
{
    QList<Task> old = stored(version1());
    old[3].withdrawnInVersion = 1; // D already withdrawn earlier
    QList<Task> next = version1().mid(0, 2); // A, B; C goes, D stays gone
    next.append(templateTask(QStringLiteral("E"), -2));
    const MergePlan plan = planMerge(draftOf(next, QStringLiteral("3")), old);
    CHECK(keysOf(plan.added) == QStringList {QStringLiteral("E")});
    CHECK(keysOf(plan.withdrawn) == QStringList {QStringLiteral("C")});
    CHECK(plan.withdrawn.first().id == 3);
    CHECK(keysOf(plan.unchanged) == QStringList {QStringLiteral("A"), QStringLiteral("B")});
    CHECK(plan.changed.isEmpty());
    CHECK(plan.summary() == QStringLiteral("1 added, 0 changed, 1 withdrawn, 2 unchanged"));
}

TEST_CASE("A withdrawn key that returns counts as changed", "[handbook][merge]")
{
    QList<Task> old = stored(version1());
    old[2].withdrawnInVersion = 2;
    const MergePlan plan = planMerge(draftOf(version1(), QStringLiteral("4")), old);
    REQUIRE(plan.changed.size() == 1);
    const MergePlan::Changed &back = plan.changed.first();
    CHECK(back.before.key == QStringLiteral("C"));
    CHECK(back.before.isWithdrawn());
    CHECK_FALSE(back.after.isWithdrawn());
    REQUIRE(back.changes.size() == 1);
    CHECK(back.changes.first().field == QStringLiteral("withdrawn"));
    CHECK(back.changes.first().oldValue == QStringLiteral("yes"));
    CHECK(back.changes.first().newValue == QStringLiteral("no"));
    CHECK(plan.unchanged.size() == 3);
}

TEST_CASE("An identical version plans nothing and local tasks are never part of a merge", "[handbook][merge]")
{
    QList<Task> old = stored(version1());
    Task local = templateTask(QStringLiteral("LOK-1"), -3);
    local.id = 99;
    local.municipalityId = 7;
    old.append(local);
    const MergePlan plan = planMerge(draftOf(version1(), QStringLiteral("1b")), old);
    CHECK(plan.isEmpty());
    CHECK(plan.unchanged.size() == 4);
    CHECK(plan.details(QStringLiteral("en")).isEmpty());

    // A handbook task with a local task's key is a new handbook task.
    const MergePlan withKey = planMerge(
        draftOf(version1() + QList<Task> {templateTask(QStringLiteral("LOK-1"), -3)}, QStringLiteral("x")), old);
    CHECK(keysOf(withKey.added) == QStringList {QStringLiteral("LOK-1")});
}

TEST_CASE("The merge summary uses singular and plural", "[handbook][merge]")
{
    MergePlan plan;
    plan.added.append(templateTask(QStringLiteral("A"), -1));
    plan.withdrawn.append(templateTask(QStringLiteral("B"), -1));
    plan.withdrawn.append(templateTask(QStringLiteral("C"), -1));
    CHECK(plan.summary() == QStringLiteral("1 added, 0 changed, 2 withdrawn, 0 unchanged"));
}

// --- applying (database) -------------------------------------------------------------------------

TEST_CASE("Re-import keeps status people notes overrides and history", "[handbook][merge][storage]")
{
    Fixture f;
    f.import(draftOf(version1(), QStringLiteral("1")), 1);
    TaskRepository tasks(f.db);
    QString error;
    Person person;
    person.municipalityId = f.municipality;
    person.name = QStringLiteral("Signe");
    REQUIRE(PersonRepository(f.db).add(&person, &error));

    const PlannedTask a = f.planned(QStringLiteral("A"));
    TaskState state = a.state;
    state.status = Status::Done;
    state.responsiblePersonId = person.id;
    state.performerPersonId = person.id;
    state.note = QStringLiteral("Klaret på mødet");
    state.klikMarkedOn = QDate(2026, 2, 3);
    REQUIRE(tasks.setState(state, QDateTime(QDate(2026, 2, 2), QTime(10, 0), Qt::UTC), &error));
    const PlannedTask b = f.planned(QStringLiteral("B"));
    TaskState waiting = b.state;
    waiting.status = Status::Waiting;
    waiting.reason = QStringLiteral("Venter på leverandør");
    waiting.dueOverride = QDate(2026, 9, 1);
    REQUIRE(tasks.setState(waiting, QDateTime(QDate(2026, 2, 2), QTime(11, 0), Qt::UTC), &error));
    const QList<TaskEvent> historyA = tasks.events(f.municipality, a.task.id);
    const QList<TaskEvent> historyB = tasks.events(f.municipality, b.task.id);

    QList<Task> next = version1();
    next[0].titleDa = QStringLiteral("Opgave A, ny formulering");
    next[0].estimateHours = 6;
    next[1].dueOffsetWeeks = -18;
    next[1].mandatory = true;
    const MergePlan plan = f.import(draftOf(next, QStringLiteral("2")), 10);
    CHECK(plan.changed.size() == 2);

    const PlannedTask a2 = f.planned(QStringLiteral("A"));
    CHECK(a2.task.id == a.task.id);
    CHECK(a2.task.titleDa == QStringLiteral("Opgave A, ny formulering"));
    CHECK(a2.task.estimateHours == Approx(6));
    CHECK(a2.state.status == Status::Done);
    CHECK(a2.state.doneOn == QDate(2026, 2, 2));
    CHECK(a2.state.responsiblePersonId == person.id);
    CHECK(a2.state.performerPersonId == person.id);
    CHECK(a2.state.note == QStringLiteral("Klaret på mødet"));
    CHECK(a2.state.klikMarkedOn == QDate(2026, 2, 3));
    const PlannedTask b2 = f.planned(QStringLiteral("B"));
    CHECK(b2.task.mandatory);
    CHECK(b2.state.status == Status::Waiting);
    CHECK(b2.state.reason == QStringLiteral("Venter på leverandør"));
    CHECK(b2.state.dueOverride == QDate(2026, 9, 1));

    // History is untouched: the import is no state change.
    const QList<TaskEvent> afterA = tasks.events(f.municipality, a.task.id);
    const QList<TaskEvent> afterB = tasks.events(f.municipality, b.task.id);
    REQUIRE(afterA.size() == historyA.size());
    REQUIRE(afterB.size() == historyB.size());
    for (int i = 0; i < afterA.size(); ++i) {
        CHECK(afterA.at(i).id == historyA.at(i).id);
        CHECK(afterA.at(i).newValue == historyA.at(i).newValue);
    }

    const QList<HandbookVersion> versions = HandbookRepository(f.db).versions();
    REQUIRE(versions.size() == 2);
    CHECK(versions.at(0).label == QStringLiteral("1"));
    CHECK(versions.at(1).label == QStringLiteral("2"));
    CHECK(versions.at(1).title == QStringLiteral("Implementeringshåndbog"));
    CHECK(versions.at(1).published == QDate(2026, 1, 1));
    CHECK(versions.at(1).sha256 == QStringLiteral("beef2"));
    CHECK(versions.at(1).sourceName == QStringLiteral("handbook-2.csv"));
    CHECK(versions.at(1).importedAt == QDateTime(QDate(2026, 2, 10), QTime(8, 0), Qt::UTC));
    CHECK(HandbookRepository(f.db).currentVersion()->id == versions.at(1).id);
}

TEST_CASE("A changed due offset moves the due date unless overridden", "[handbook][merge][storage]")
{
    Fixture f;
    f.import(draftOf(version1(), QStringLiteral("1")), 1);
    TaskRepository tasks(f.db);
    QString error;
    CHECK(f.planned(QStringLiteral("A")).due == kGoLive.addDays(-210));
    TaskState overridden = f.planned(QStringLiteral("B")).state;
    overridden.dueOverride = QDate(2026, 8, 14);
    REQUIRE(tasks.setState(overridden, QDateTime(QDate(2026, 2, 2), QTime(10, 0), Qt::UTC), &error));

    QList<Task> next = version1();
    next[0].dueOffsetWeeks = -26;
    next[0].releaseOffsetWeeks = -30;
    next[1].dueOffsetWeeks = -12;
    f.import(draftOf(next, QStringLiteral("2")), 5);

    CHECK(f.planned(QStringLiteral("A")).due == kGoLive.addDays(-182));
    CHECK(f.planned(QStringLiteral("A")).release == kGoLive.addDays(-210));
    CHECK(f.planned(QStringLiteral("B")).due == QDate(2026, 8, 14));
    CHECK(f.planned(QStringLiteral("B")).task.dueOffsetWeeks == -12);

    // Once the override is removed, the new offset counts.
    TaskState cleared = f.planned(QStringLiteral("B")).state;
    cleared.dueOverride = QDate();
    REQUIRE(tasks.setState(cleared, QDateTime(QDate(2026, 2, 6), QTime(10, 0), Qt::UTC), &error));
    CHECK(f.planned(QStringLiteral("B")).due == kGoLive.addDays(-84));
}

TEST_CASE("Withdrawn tasks are kept and hidden and a re-added key comes back", "[handbook][merge][storage]")
{
    Fixture f;
    f.import(draftOf(version1(), QStringLiteral("1")), 1);
    TaskRepository tasks(f.db);
    HandbookRepository handbook(f.db);
    QString error;
    const PlannedTask c = f.planned(QStringLiteral("C"));
    TaskState state = c.state;
    state.status = Status::InProgress;
    state.note = QStringLiteral("Halvvejs");
    REQUIRE(tasks.setState(state, QDateTime(QDate(2026, 2, 2), QTime(10, 0), Qt::UTC), &error));

    QList<Task> withoutC = version1();
    withoutC.removeAt(2);
    const MergePlan plan = f.import(draftOf(withoutC, QStringLiteral("2")), 5);
    CHECK(keysOf(plan.withdrawn) == QStringList {QStringLiteral("C")});
    const Id version2 = handbook.currentVersion()->id;

    CHECK(keysOf(tasks.plannedTasks(f.municipality))
          == QStringList {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("D")});
    const QList<PlannedTask> all = tasks.plannedTasks(f.municipality, true);
    CHECK(all.size() == 4);
    const PlannedTask withdrawn = f.planned(QStringLiteral("C"));
    CHECK(withdrawn.task.id == c.task.id);
    CHECK(withdrawn.task.isWithdrawn());
    CHECK(withdrawn.task.withdrawnInVersion == version2);
    CHECK(withdrawn.state.status == Status::InProgress);
    CHECK(withdrawn.state.note == QStringLiteral("Halvvejs"));
    CHECK(tasks.events(f.municipality, c.task.id).size() == 2);
    CHECK(handbook.tasks(false).size() == 3);
    CHECK(handbook.tasks(true).size() == 4);

    // Still missing in version 3: withdrawn stays where it was, no new withdrawal.
    const MergePlan plan3 = f.import(draftOf(withoutC, QStringLiteral("3")), 6);
    CHECK(plan3.withdrawn.isEmpty());
    CHECK(plan3.isEmpty());
    CHECK(f.planned(QStringLiteral("C")).task.withdrawnInVersion == version2);

    // Back in version 4, same row, same state.
    const MergePlan plan4 = f.import(draftOf(version1(), QStringLiteral("4")), 7);
    REQUIRE(plan4.changed.size() == 1);
    CHECK(plan4.changed.first().changes.first().field == QStringLiteral("withdrawn"));
    const PlannedTask back = f.planned(QStringLiteral("C"));
    CHECK(back.task.id == c.task.id);
    CHECK_FALSE(back.task.isWithdrawn());
    CHECK(back.state.note == QStringLiteral("Halvvejs"));
    CHECK(keysOf(tasks.plannedTasks(f.municipality)).contains(QStringLiteral("C")));
    CHECK(handbook.versions().size() == 4);
}

TEST_CASE("Reordered tasks follow the new file without counting as changed", "[handbook][merge][storage]")
{
    Fixture f;
    f.import(draftOf(version1(), QStringLiteral("1")), 1);
    QList<Task> reversed = version1();
    std::reverse(reversed.begin(), reversed.end());
    const MergePlan plan = f.import(draftOf(reversed, QStringLiteral("2")), 2);
    CHECK(plan.isEmpty());
    CHECK(keysOf(HandbookRepository(f.db).tasks())
          == QStringList {QStringLiteral("D"), QStringLiteral("C"), QStringLiteral("B"), QStringLiteral("A")});
}

TEST_CASE("Applying a stale plan fails and writes nothing", "[handbook][merge][storage]")
{
    Fixture f;
    f.import(draftOf(version1(), QStringLiteral("1")), 1);
    HandbookRepository handbook(f.db);
    QList<Task> next = version1();
    next[0].titleDa = QStringLiteral("Ændret");
    next.append(templateTask(QStringLiteral("E"), -1));
    const HandbookDraft draft = draftOf(next, QStringLiteral("2"));
    const MergePlan plan = planMerge(draft, handbook.tasks(true));
    f.import(draft, 2); // someone else applied it meanwhile

    const QStringList before = test::dumpTables(f.db);
    QString error;
    HandbookVersion version;
    CHECK_FALSE(
        handbook.applyMerge(draft, plan, QStringLiteral("again"), QDateTime::currentDateTimeUtc(), &version, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(version.id == 0);
    CHECK(test::dumpTables(f.db) == before);

    // A plan whose changed task is no longer a handbook task of that key fails too.
    MergePlan bogus;
    MergePlan::Changed change;
    change.before = handbook.tasks().first();
    change.before.id = 4242;
    change.after = change.before;
    change.after.titleDa = QStringLiteral("x");
    change.changes.append({QStringLiteral("title_da"), QStringLiteral("a"), QStringLiteral("x")});
    bogus.changed.append(change);
    CHECK_FALSE(
        handbook.applyMerge(draft, bogus, QStringLiteral("bogus"), QDateTime::currentDateTimeUtc(), &version, &error));
    CHECK(test::dumpTables(f.db) == before);
}
