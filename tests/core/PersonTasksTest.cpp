// A person's tasks (planning/PersonTasks, services/PersonTasksLoader, models/PersonTaskModel) and the task sheet
// (report/TaskSheet): the grouping rules on hand-made tasks, the hours set aside against needed, and the PDF read
// back with pdftotext — the person's tasks, dates and hours, nobody else's — and the batch into a folder.

#include "Fixtures.h"
#include "TestSupport.h"

#include "domain/Calendar.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "models/PersonTaskModel.h"
#include "planning/PersonTasks.h"
#include "report/TaskSheet.h"
#include "services/PersonTasksLoader.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <catch2/catch.hpp>

#include <set>

using namespace parat;

namespace {

const QDate kToday(2026, 11, 25); // a Wednesday, ISO week 48

PlannedTask task(const QString &key, const QDate &due, Id responsible, Id performer, Status status = Status::NotStarted)
{
    PlannedTask planned;
    planned.task.id = qHash(key) % 100000 + 1;
    planned.task.key = key;
    planned.task.titleDa = QStringLiteral("Opgave %1").arg(key);
    planned.task.estimateHours = 4.0;
    planned.state.responsiblePersonId = responsible;
    planned.state.performerPersonId = performer;
    planned.state.status = status;
    planned.due = due;
    return planned;
}

QStringList keysOf(const QList<PersonTask> &tasks)
{
    QStringList keys;
    for (const PersonTask &t : tasks)
        keys << t.planned.task.key;
    return keys;
}

TaskOwner owner(Id id, bool superuser = false, int superusers = 1)
{
    TaskOwner o;
    o.personId = id;
    o.superuser = superuser;
    o.superusers = superusers;
    return o;
}

// One space between words, and the PDF's ligatures ("ﬁ") read as their letters (NFKC).
QString squeezed(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.normalized(QString::NormalizationForm_KC).replace(space, QStringLiteral(" "));
}

// "3 h" as pdftotext reads it: the narrow gap before the unit may come out as no space.
bool hasHours(const QString &flat, double hours)
{
    const QRegularExpression pattern(QRegularExpression::escape(hoursText(hours)) + QStringLiteral(" ?h\\b"));
    return pattern.match(flat).hasMatch();
}

struct DemoFixture
{
    test::TempDir dir;
    Database db;
    FixedClock clock {kToday};
    Municipality demo;

    DemoFixture()
    {
        QString error;
        REQUIRE(db.open(dir.file(QStringLiteral("p.sqlite")), &error));
        demo = test::buildDemo(db, clock);
    }
};

} // namespace

TEST_CASE("A person's open, released tasks fall in this week, the next 2 weeks or later", "[persontasks]")
{
    const Id me = 7;
    const Id other = 8;
    QList<PlannedTask> tasks;
    tasks << task(QStringLiteral("OVERDUE"), kToday.addDays(-10), me, 0);
    tasks << task(QStringLiteral("SUNDAY"), QDate(2026, 11, 29), 0, me); // last day of week 48
    tasks << task(QStringLiteral("NEXT"), QDate(2026, 11, 30), me, me); // week 49
    tasks << task(QStringLiteral("WEEK50"), QDate(2026, 12, 13), other, me); // last day of week 50
    tasks << task(QStringLiteral("WEEK51"), QDate(2026, 12, 14), me, other);
    tasks << task(QStringLiteral("NODATE"), QDate(), me, 0);
    tasks << task(QStringLiteral("DONE"), kToday, me, me, Status::Done);
    tasks << task(QStringLiteral("NOTREL"), kToday, me, me, Status::NotRelevant);
    tasks << task(QStringLiteral("OTHERS"), kToday, other, other);
    PlannedTask withdrawn = task(QStringLiteral("WITHDRAWN"), kToday, me, me);
    withdrawn.task.withdrawnInVersion = 3;
    tasks << withdrawn;
    PlannedTask notReleased = task(QStringLiteral("LATERREL"), kToday.addDays(30), me, me);
    notReleased.task.releaseOffsetWeeks = -2;
    notReleased.release = kToday.addDays(1);
    tasks << notReleased;

    const QList<PersonTaskGroup> groups = groupPersonTasks(tasks, owner(me), kToday);
    REQUIRE(groups.size() == 3);
    CHECK(groups.at(0).horizon == TaskHorizon::ThisWeek);
    CHECK(keysOf(groups.at(0).tasks) == QStringList {QStringLiteral("OVERDUE"), QStringLiteral("SUNDAY")});
    CHECK(groups.at(0).tasks.at(0).overdue);
    CHECK_FALSE(groups.at(0).tasks.at(1).overdue);
    CHECK(groups.at(0).tasks.at(0).part == PersonPart::Responsible);
    CHECK(groups.at(0).tasks.at(1).part == PersonPart::Performer);
    CHECK(groups.at(0).taskHours == Approx(8.0));
    CHECK(keysOf(groups.at(1).tasks) == QStringList {QStringLiteral("NEXT"), QStringLiteral("WEEK50")});
    CHECK(groups.at(1).tasks.at(0).part == PersonPart::Both);
    CHECK(keysOf(groups.at(2).tasks) == QStringList {QStringLiteral("WEEK51"), QStringLiteral("NODATE")});
    // The weeks the hours are counted for.
    CHECK(groups.at(0).fromWeek == weekKey(2026, 48));
    CHECK(groups.at(1).fromWeek == weekKey(2026, 49));
    CHECK(groups.at(1).toWeek == weekKey(2026, 50));
    CHECK(groups.at(2).fromWeek == weekKey(2026, 51));
    CHECK(groups.at(2).toWeek == weekKey(2026, 51));

    // The release date passes: the task appears.
    const QList<PersonTaskGroup> later = groupPersonTasks(tasks, owner(me), kToday.addDays(1));
    CHECK(keysOf(later.at(2).tasks).contains(QStringLiteral("LATERREL")));
    // Someone else sees only theirs.
    const QList<PersonTaskGroup> theirs = groupPersonTasks(tasks, owner(other), kToday);
    CHECK(keysOf(theirs.at(0).tasks) == QStringList {QStringLiteral("OTHERS")});
    CHECK(groupPersonTasks(tasks, owner(0), kToday).at(0).tasks.isEmpty());
}

TEST_CASE("Tasks for all superusers belong to each superuser, their hours shared", "[persontasks]")
{
    PlannedTask shared = task(QStringLiteral("SU-1"), kToday, 0, 0);
    shared.task.performerRole = Role::SU;
    shared.task.estimateHours = 9.0;
    PlannedTask perPerson = task(QStringLiteral("SU-2"), kToday, 0, 0);
    perPerson.task.responsibleRole = Role::SU;
    perPerson.task.perPerson = true;
    PlannedTask named = task(QStringLiteral("SU-3"), kToday, 0, 99);
    named.task.performerRole = Role::SU;
    PlannedTask leaders = task(QStringLiteral("FL-1"), kToday, 0, 0);
    leaders.task.performerRole = Role::FL;
    const QList<PlannedTask> tasks {shared, perPerson, named, leaders};

    CHECK(isForAllSuperusers(shared));
    CHECK_FALSE(isForAllSuperusers(named));
    const QList<PersonTaskGroup> superuser = groupPersonTasks(tasks, owner(5, true, 3), kToday);
    REQUIRE(keysOf(superuser.at(0).tasks) == QStringList {QStringLiteral("SU-1"), QStringLiteral("SU-2")});
    CHECK(superuser.at(0).tasks.at(0).part == PersonPart::AllSuperusers);
    CHECK(superuser.at(0).tasks.at(0).hours == Approx(3.0)); // 9 h among 3 superusers
    CHECK(superuser.at(0).tasks.at(1).hours == Approx(4.0)); // per person: all of it
    CHECK(groupPersonTasks(tasks, owner(5, false, 3), kToday).at(0).tasks.isEmpty());
}

TEST_CASE("Hours set aside and needed are summed over a group's weeks", "[persontasks]")
{
    CapacityPlan plan;
    plan.weeks = {weekKey(2026, 48), weekKey(2026, 49), weekKey(2026, 50)};
    CapacityRow row;
    row.person.id = 7;
    for (const auto &[allocated, needed] : QList<QPair<double, double>> {{10, 4}, {5, 8}, {2, 1}}) {
        CapacityCell cell;
        cell.allocated = allocated;
        cell.needed = needed;
        row.cells << cell;
    }
    plan.rows << row;
    const HoursBalance two = hoursBalance(plan, 7, weekKey(2026, 49), weekKey(2026, 50));
    CHECK(two.setAside == Approx(7.0));
    CHECK(two.needed == Approx(9.0));
    CHECK(two.needsMore());
    CHECK(hoursBalance(plan, 7, weekKey(2026, 47), weekKey(2026, 48)).setAside == Approx(10.0));
    CHECK(hoursBalance(plan, 8, weekKey(2026, 48), weekKey(2026, 50)).needed == Approx(0.0));
    CHECK_FALSE(hoursBalance(plan, 7, weekKey(2026, 48), weekKey(2026, 48)).needsMore());

    QList<PersonTaskGroup> groups = groupPersonTasks({}, owner(7), kToday);
    withBalances(&groups, plan, 7);
    CHECK(groups.at(0).balance.setAside == Approx(10.0));
    CHECK(groups.at(1).balance.needed == Approx(9.0));
    CHECK(groups.at(2).fromWeek == 0); // an empty "later" covers no weeks
}

TEST_CASE("A task sheet period holds the open tasks due by its end, overdue ones marked", "[persontasks]")
{
    const Id me = 7;
    QList<PlannedTask> tasks;
    tasks << task(QStringLiteral("BEFORE"), QDate(2026, 11, 20), me, 0);
    tasks << task(QStringLiteral("FIRST"), QDate(2026, 11, 30), me, 0);
    tasks << task(QStringLiteral("LAST"), QDate(2026, 12, 13), 0, me);
    tasks << task(QStringLiteral("AFTER"), QDate(2026, 12, 14), me, 0);
    tasks << task(QStringLiteral("DONE"), QDate(2026, 12, 1), me, 0, Status::Done);
    tasks << task(QStringLiteral("OTHERS"), QDate(2026, 12, 1), 8, 9);
    const QList<PersonTask> sheet = sheetTasks(tasks, owner(me), QDate(2026, 11, 30), 2);
    CHECK(keysOf(sheet) == QStringList {QStringLiteral("BEFORE"), QStringLiteral("FIRST"), QStringLiteral("LAST")});
    CHECK(sheet.at(0).overdue);
    CHECK_FALSE(sheet.at(1).overdue);
    CHECK(sheetTasks(tasks, owner(me), QDate(), 2).isEmpty());

    CHECK(TaskSheet::parseWeek(QStringLiteral("2026-W50"), 2000) == weekKey(2026, 50));
    CHECK(TaskSheet::parseWeek(QStringLiteral("2026w5"), 2000) == weekKey(2026, 5));
    CHECK(TaskSheet::parseWeek(QStringLiteral("50"), 2027) == weekKey(2027, 50));
    CHECK(TaskSheet::parseWeek(QStringLiteral("2026-W53"), 2000) == weekKey(2026, 53));
    CHECK(TaskSheet::parseWeek(QStringLiteral("2027-W53"), 2000) == 0); // 2027 has 52 weeks
    CHECK(TaskSheet::parseWeek(QStringLiteral("uge 50"), 2026) == 0);
    CHECK(TaskSheet::parseWeek(QStringLiteral("0"), 2026) == 0);
}

TEST_CASE("The person's task model groups the demo person's tasks under named group rows", "[persontasks][model]")
{
    installTranslations(QStringLiteral("en"));
    DemoFixture f;
    const std::optional<PersonPlan> plan = loadPersonPlan(f.db, f.demo.id, kToday, QStringLiteral("en"));
    REQUIRE(plan);
    // The person with the most open tasks of their own.
    Id busiest = 0;
    int most = -1;
    for (const Person &person : plan->people) {
        int count = 0;
        for (const PersonTaskGroup &group : personTaskGroups(*plan, person.id))
            count += int(group.tasks.size());
        if (count > most) {
            most = count;
            busiest = person.id;
        }
    }
    REQUIRE(most > 0);
    PersonTaskModel model(f.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.load(f.demo.id, busiest, kToday);
    CHECK(model.taskCount() == most);
    CHECK(model.rowCount() == most + 3);
    CHECK(model.isGroupRow(0));
    CHECK(model.data(model.index(0, 0)).toString().startsWith(QStringLiteral("This week (week 48 2026)")));
    CHECK(model.data(model.index(0, 0)).toString().contains(QStringLiteral("set aside")));
    // Every task shown names the person (or is one for all superusers, when they are one).
    const TaskOwner who = taskOwner(*plan->person(busiest), plan->people);
    const QList<Id> ids = model.taskIds();
    for (const PlannedTask &planned : plan->tasks) {
        if (ids.contains(planned.task.id))
            CHECK(isPersonsTask(planned, who));
    }
    model.load(f.demo.id, 0, kToday);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("A task sheet lists the person's tasks, dates and hours and nobody else's", "[persontasks][pdf]")
{
    installTranslations(QStringLiteral("en"));
    DemoFixture f;
    const std::optional<PersonPlan> plan = loadPersonPlan(f.db, f.demo.id, kToday, QStringLiteral("en"));
    REQUIRE(plan);
    TaskSheetPeriod period;
    period.fromWeek = weekKey(kToday);
    period.weeks = 6;
    // The person with the most tasks on the sheet.
    std::optional<Person> person;
    QList<PersonTask> expected;
    for (const Person &candidate : plan->people) {
        const QList<PersonTask> tasks
            = sheetTasks(plan->tasks, taskOwner(candidate, plan->people), period.start(), period.weeks);
        if (tasks.size() > expected.size()) {
            expected = tasks;
            person = candidate;
        }
    }
    REQUIRE(person);
    REQUIRE(expected.size() >= 2);

    const QString path = f.dir.file(TaskSheet::fileName(f.demo, person->name));
    QString error;
    REQUIRE(TaskSheet::write(f.db, *plan, *person, period, path, &error));
    const QString text = test::pdfText(path);
    const QString flat = squeezed(text);
    CHECK(flat.contains(QStringLiteral("Tasks of %1").arg(person->name)));
    CHECK(flat.contains(QStringLiteral("week 48 2026 – week 53 2026")));
    std::set<QString> onSheet;
    for (const PersonTask &t : expected) {
        INFO(t.planned.task.key.toStdString());
        // Key and title whole (no word broken inside), the due date and the hours.
        CHECK(
            flat.contains(QStringLiteral("%1 %2").arg(t.planned.task.key, t.planned.task.title(QStringLiteral("en")))));
        CHECK(flat.contains(formatDate(t.planned.due, QStringLiteral("en"))));
        CHECK(hasHours(flat, t.hours));
        onSheet.insert(t.planned.task.key);
    }
    // No task key of anyone else's.
    static const QRegularExpression keyPattern(QStringLiteral("\\b(P\\d+-\\d+|LOK-\\d+)\\b"));
    std::set<QString> keysInPdf;
    for (auto it = keyPattern.globalMatch(text); it.hasNext();)
        keysInPdf.insert(it.next().captured(1));
    CHECK(keysInPdf == onSheet);
    // Each of them names the person, or is a task for all superusers and the person is one (read from the plan,
    // not through the rule under test).
    const bool superuser = person->roles.contains(Role::SU);
    for (const PlannedTask &planned : plan->tasks) {
        if (keysInPdf.count(planned.task.key) == 0)
            continue;
        INFO(planned.task.key.toStdString());
        const bool named
            = planned.state.responsiblePersonId == person->id || planned.state.performerPersonId == person->id;
        const std::optional<Role> role
            = planned.task.performerRole ? planned.task.performerRole : planned.task.responsibleRole;
        CHECK((named || (superuser && planned.state.performerPersonId == 0 && role == Role::SU)));
    }
    // The hours: set aside against needed, week by week.
    const HoursBalance first = hoursBalance(plan->capacity, person->id, period.fromWeek, period.fromWeek);
    const QRegularExpression firstWeek(QStringLiteral("week 48 2026 %1 ?h %2 ?h")
                                           .arg(QRegularExpression::escape(hoursText(first.setAside)),
                                                QRegularExpression::escape(hoursText(first.needed))));
    CHECK(firstWeek.match(flat).hasMatch());
    CHECK(text.contains(QStringLiteral("Communication you send")));
}

TEST_CASE("A task sheet names the communication the person sends in the period", "[persontasks][pdf]")
{
    installTranslations(QStringLiteral("en"));
    DemoFixture f;
    const std::optional<PersonPlan> plan = loadPersonPlan(f.db, f.demo.id, kToday, QStringLiteral("en"));
    REQUIRE(plan);
    const CommunicationItem *item = nullptr;
    for (const CommunicationItem &candidate : plan->communication) {
        if (candidate.senderId != 0 && candidate.plannedOn.isValid()
            && candidate.status != CommunicationStatus::Cancelled && !candidate.occasion.trimmed().isEmpty()) {
            item = &candidate;
            break;
        }
    }
    REQUIRE(item);
    TaskSheetPeriod period;
    period.fromWeek = weekKey(item->plannedOn);
    period.weeks = 1;
    const Person sender = *plan->person(item->senderId);
    const QString path = f.dir.file(QStringLiteral("sheet.pdf"));
    QString error;
    REQUIRE(TaskSheet::write(f.db, *plan, sender, period, path, &error));
    const QString flat = squeezed(test::pdfText(path));
    CHECK(flat.contains(formatDateShort(item->plannedOn, QStringLiteral("en"))));
    CHECK(flat.contains(squeezed(item->occasion.trimmed()).left(20)));
    CHECK_FALSE(flat.contains(QStringLiteral("No communication planned for you")));
}

TEST_CASE("The batch writes one sheet per superuser, can be cancelled and refuses the restore folder",
          "[persontasks][pdf]")
{
    installTranslations(QStringLiteral("en"));
    DemoFixture f;
    const std::optional<PersonPlan> plan = loadPersonPlan(f.db, f.demo.id, kToday);
    REQUIRE(plan);
    const QList<Person> superusers = TaskSheet::peopleOf(*plan, SheetPeople::Superusers);
    REQUIRE(superusers.size() >= 2);
    CHECK(TaskSheet::peopleOf(*plan, SheetPeople::All).size() == plan->people.size());
    TaskSheetPeriod period;
    period.fromWeek = weekKey(kToday);
    const QString folder = f.dir.file(QStringLiteral("sheets"));
    QStringList written;
    bool cancelled = true;
    QString error;
    QStringList announced;
    REQUIRE(TaskSheet::writeAll(
        f.db, *plan, superusers, period, folder,
        [&](int, int, const QString &name) {
            announced << name;
            return true;
        },
        &written, &cancelled, &error));
    CHECK_FALSE(cancelled);
    CHECK(written.size() == superusers.size());
    CHECK(QDir(folder).entryList(QDir::Files).size() == superusers.size());
    for (const QString &path : written) {
        const QString name = QFileInfo(path).fileName();
        INFO(name.toStdString());
        static const QRegularExpression ascii(QStringLiteral("^parat-0630-[a-z0-9-]+-opgaveark\\.pdf$"));
        CHECK(ascii.match(name).hasMatch());
    }
    CHECK(announced.size() == superusers.size() + 1); // each person, then the end

    const QString other = f.dir.file(QStringLiteral("cancelled"));
    REQUIRE(TaskSheet::writeAll(
        f.db, *plan, superusers, period, other, [](int done, int, const QString &) { return done < 1; }, &written,
        &cancelled, &error));
    CHECK(cancelled);
    CHECK(written.size() == 1);

    // An earlier sheet is replaced; a file of another kind with a sheet's name is left alone.
    REQUIRE(TaskSheet::writeAll(f.db, *plan, superusers, period, folder, {}, &written, &cancelled, &error));
    CHECK(written.size() == superusers.size());
    {
        QFile notes(written.first());
        REQUIRE(notes.open(QIODevice::WriteOnly | QIODevice::Truncate));
        notes.write("my own notes\n");
    }
    CHECK_FALSE(TaskSheet::writeAll(f.db, *plan, superusers, period, folder, {}, &written, &cancelled, &error));
    CHECK(error.contains(QStringLiteral("is not a PDF")));
    {
        QFile notes(QDir(folder).filePath(TaskSheet::fileName(f.demo, superusers.first().name)));
        REQUIRE(notes.open(QIODevice::ReadOnly));
        CHECK(notes.readAll() == QByteArrayLiteral("my own notes\n"));
    }

    CHECK_FALSE(TaskSheet::writeAll(f.db, *plan, superusers, period, f.db.path() + QStringLiteral(".restore"), {},
                                    &written, &cancelled, &error));
    CHECK_FALSE(error.isEmpty());
}
