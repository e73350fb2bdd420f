// Superusers and time allocations: demand spread over ISO weeks (week 53, year shifts), per-person and shared
// tasks, each warning rule, overlapping periods (refused), undo walks of every command, the grid model, the chart
// and the demo's allocations.
#include "Fixtures.h"
#include "PlanValues.h"
#include "TestSupport.h"
#include "services/CapacityLoader.h"

#include "commands/AllocationCommands.h"
#include "commands/MunicipalityCommands.h"
#include "commands/PersonCommands.h"
#include "commands/SuperuserCommands.h"
#include "demo/DemoBuilder.h"
#include "demo/DemoSuperusers.h"
#include "domain/Calendar.h"
#include "domain/Clock.h"
#include "models/CapacityGridModel.h"
#include "planning/Capacity.h"
#include "report/CapacityChart.h"
#include "storage/AllocationRepository.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"
#include "storage/PersonRepository.h"
#include "storage/TaskRepository.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFile>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QUndoStack>

using namespace parat;

using test::allocation;
using test::person;
using test::plannedTask;

namespace {

const CapacityCell &cell(const CapacityPlan &plan, Id personId, int week)
{
    const int row = plan.rowOf(personId);
    const int column = plan.weekIndex(week);
    REQUIRE(row >= 0);
    REQUIRE(column >= 0);
    return plan.rows.at(row).cells.at(column);
}

QList<CapacityWarning> warningsOf(const CapacityPlan &plan, CapacityWarningKind kind)
{
    QList<CapacityWarning> result;
    for (const CapacityWarning &warning : plan.warnings) {
        if (warning.kind == kind)
            result.append(warning);
    }
    return result;
}

struct Fixture : test::DemoDatabase
{
    Fixture()
        : DemoDatabase(QString(), false) // the tests add the demo's superuser plan where they want it
    { }

    Id personNamed(const QString &name)
    {
        for (const Person &p : PersonRepository(db).forMunicipality(demo.id)) {
            if (p.name == name)
                return p.id;
        }
        FAIL("no person " << name.toStdString());
        return 0;
    }
};

// Everything this module stores for a municipality, as comparable text.
QStringList capacityState(Database &db, Id municipalityId)
{
    QStringList lines;
    PersonRepository people(db);
    const QHash<Id, SuperuserDetails> details = people.superuserDetailsFor(municipalityId);
    for (const Person &p : people.forMunicipality(municipalityId)) {
        const SuperuserDetails d = details.value(p.id);
        lines.append(QStringLiteral("%1 %2 klik=%3 team=%4 cw=%5 %6 %7 %8")
                         .arg(QString::number(p.id), p.name, QString::number(p.registeredInKlik), d.team,
                              QString::number(d.caseworkersCovered), d.appointedOn.toString(Qt::ISODate),
                              d.trainedOn.toString(Qt::ISODate), d.activeUntil.toString(Qt::ISODate)));
    }
    for (const Allocation &a : AllocationRepository(db).forMunicipality(municipalityId))
        lines.append(QStringLiteral("alloc %1 p%2 %3-%4 %5h by %6/%7 %8")
                         .arg(QString::number(a.id), QString::number(a.personId), QString::number(a.fromWeek),
                              QString::number(a.toWeek), QString::number(a.hoursPerWeek),
                              QString::number(a.approvedById), a.approvedBy, a.approvedOn.toString(Qt::ISODate)));
    for (const PlannedTask &t : TaskRepository(db).plannedTasks(municipalityId)) {
        if (t.state.performerPersonId != 0)
            lines.append(
                QStringLiteral("task %1 performer %2").arg(t.task.key, QString::number(t.state.performerPersonId)));
    }
    return lines;
}

} // namespace

TEST_CASE("Demand is spread evenly over the ISO weeks from release to due across week 53", "[capacity]")
{
    CapacityInput input;
    input.people = {person(1, QStringLiteral("Anne"), {Role::SU})};
    // Wednesday of week 52 2026 to Wednesday of week 1 2027: weeks 52 and 53 of 2026 and week 1 of 2027.
    input.tasks = {plannedTask(10, QStringLiteral("A"), QDate(2026, 12, 23), QDate(2027, 1, 6), 9.0, Role::SU, 1),
                   // Release and due in the same week: one week carries it all.
                   plannedTask(11, QStringLiteral("B"), QDate(2027, 1, 4), QDate(2027, 1, 8), 5.0, Role::SU, 1),
                   // No release date: the due week alone.
                   plannedTask(12, QStringLiteral("C"), QDate(), QDate(2027, 1, 13), 4.0, Role::SU, 1)};
    input.goLive = QDate(2027, 1, 4); // the grid spans go-live - 40 .. + 8
    const CapacityPlan plan = computeCapacity(input, QDate(2026, 12, 1));
    CHECK(cell(plan, 1, 202651).needed == 0.0);
    CHECK(cell(plan, 1, 202652).needed == Approx(3.0));
    CHECK(cell(plan, 1, 202653).needed == Approx(3.0));
    CHECK(cell(plan, 1, 202701).needed == Approx(3.0 + 5.0));
    CHECK(cell(plan, 1, 202702).needed == Approx(4.0));
    CHECK(cell(plan, 1, 202703).needed == 0.0);
    // Week keys of the plan are consecutive weeks through the year shift.
    const int i53 = plan.weekIndex(202653);
    REQUIRE(i53 > 0);
    CHECK(plan.weeks.at(i53 - 1) == 202652);
    CHECK(plan.weeks.at(i53 + 1) == 202701);
    CHECK(cell(plan, 1, 202653).demand.size() == 1);
    CHECK(cell(plan, 1, 202653).demand.first().key == QStringLiteral("A"));
    // The estimate is kept in total.
    double total = 0.0;
    for (const CapacityCell &c : plan.rows.first().cells)
        total += c.needed;
    CHECK(total == Approx(18.0));
}

TEST_CASE("A year with 52 weeks steps from week 52 straight to week 1", "[capacity]")
{
    CapacityInput input;
    input.people = {person(1, QStringLiteral("Anne"), {Role::SU})};
    // 2027 has 52 ISO weeks: 27 Dec 2027 is week 52, 3 Jan 2028 week 1 of 2028.
    input.tasks = {plannedTask(10, QStringLiteral("A"), QDate(2027, 12, 27), QDate(2028, 1, 3), 8.0, Role::SU, 1)};
    const CapacityPlan plan = computeCapacity(input, QDate(2027, 12, 1));
    CHECK(plan.weekIndex(202753) == -1);
    CHECK(cell(plan, 1, 202752).needed == Approx(4.0));
    CHECK(cell(plan, 1, 202801).needed == Approx(4.0));
}

TEST_CASE("Shared superuser tasks are split and per-person tasks need the full estimate from each", "[capacity]")
{
    CapacityInput input;
    Person ended = person(3, QStringLiteral("Carl"), {Role::SU});
    input.people = {person(1, QStringLiteral("Anne"), {Role::SU}), person(2, QStringLiteral("Bo"), {Role::SU}), ended,
                    person(4, QStringLiteral("Dorte"), {Role::SU}), person(5, QStringLiteral("Erik"), {Role::PL})};
    // Carl stopped before the weeks; Dorte is appointed only from week 3 of 2027.
    SuperuserDetails carl;
    carl.activeUntil = QDate(2026, 12, 31);
    SuperuserDetails dorte;
    dorte.appointedOn = QDate(2027, 1, 18);
    input.details.insert(3, carl);
    input.details.insert(4, dorte);
    const QDate monday(2027, 1, 4); // week 1 2027
    input.tasks = {
        // For all superusers: 6 h in one week shared by the two active ones.
        plannedTask(10, QStringLiteral("SHARED"), monday, monday.addDays(4), 6.0),
        // Per person, for all superusers: each active one needs all 4 h.
        plannedTask(11, QStringLiteral("EACH"), monday, monday.addDays(4), 4.0, Role::SU, 0, true),
        // Per person with a named performer: that person needs the full estimate.
        plannedTask(12, QStringLiteral("MINE"), monday, monday.addDays(4), 3.0, Role::SU, 2, true),
        // Nobody's PL task: not in the grid.
        plannedTask(13, QStringLiteral("PL"), monday, monday.addDays(4), 10.0, Role::PL, 0),
        // Week 3: Dorte has joined, three share.
        plannedTask(14, QStringLiteral("LATER"), monday.addDays(14), monday.addDays(16), 9.0),
    };
    const CapacityPlan plan = computeCapacity(input, monday);
    CHECK(cell(plan, 1, 202701).needed == Approx(3.0 + 4.0));
    CHECK(cell(plan, 2, 202701).needed == Approx(3.0 + 4.0 + 3.0));
    CHECK(cell(plan, 3, 202701).needed == 0.0);
    CHECK(cell(plan, 4, 202701).needed == 0.0);
    CHECK(cell(plan, 5, 202701).needed == 0.0);
    const DemandPart shared = cell(plan, 1, 202701).demand.first();
    CHECK(shared.key == QStringLiteral("SHARED"));
    CHECK(shared.sharedBy == 2);
    CHECK(cell(plan, 1, 202703).needed == Approx(3.0));
    CHECK(cell(plan, 4, 202703).needed == Approx(3.0));
    CHECK(cell(plan, 3, 202703).needed == 0.0);
}

TEST_CASE("Done and irrelevant tasks need no more hours", "[capacity]")
{
    CapacityInput input;
    input.people = {person(1, QStringLiteral("Anne"), {Role::SU})};
    PlannedTask done = plannedTask(10, QStringLiteral("DONE"), QDate(2027, 1, 4), QDate(2027, 1, 29), 8.0, Role::SU, 1);
    done.state.status = Status::Done;
    done.state.doneOn = QDate(2027, 1, 12); // week 2: spread over weeks 1-2
    PlannedTask irrelevant
        = plannedTask(11, QStringLiteral("NR"), QDate(2027, 1, 4), QDate(2027, 1, 8), 8.0, Role::SU, 1);
    irrelevant.state.status = Status::NotRelevant;
    input.tasks = {done, irrelevant};
    input.goLive = QDate(2027, 1, 4);
    const CapacityPlan plan = computeCapacity(input, QDate(2027, 1, 4));
    CHECK(cell(plan, 1, 202701).needed == Approx(4.0));
    CHECK(cell(plan, 1, 202702).needed == Approx(4.0));
    CHECK(cell(plan, 1, 202703).needed == 0.0);
}

TEST_CASE("Week warnings name over-allocated unplanned and impossible weeks from now on", "[capacity][warnings]")
{
    CapacityInput input;
    input.people = {person(1, QStringLiteral("Anne"), {Role::SU}), person(2, QStringLiteral("Bo"), {Role::PL})};
    const QDate monday(2027, 1, 4);
    input.tasks = {plannedTask(10, QStringLiteral("A"), monday.addDays(-14), monday.addDays(18), 50.0, Role::SU, 1),
                   plannedTask(11, QStringLiteral("B"), monday.addDays(7), monday.addDays(8), 5.0, Role::PL, 2)};
    // Anne: 8 h a week over weeks 51 2026..3 2027 (10 h needed each): over-allocated; Bo: nothing allocated in
    // week 2 but 40 h in week 4 (impossible).
    input.allocations = {allocation(1, 202651, 202703, 8.0), allocation(2, 202704, 202704, 40.0)};
    const CapacityPlan plan = computeCapacity(input, monday);
    const auto over = warningsOf(plan, CapacityWarningKind::OverAllocated);
    REQUIRE(over.size() == 1);
    CHECK(over.first().personId == 1);
    CHECK(over.first().weeks == QList<int> {202701, 202702, 202703}); // weeks before the as-of week are history
    CHECK(over.first().text.contains(QStringLiteral("week 1 2027 – week 3 2027")));
    const auto unplanned = warningsOf(plan, CapacityWarningKind::Unplanned);
    REQUIRE(unplanned.size() == 1);
    CHECK(unplanned.first().personId == 2);
    CHECK(unplanned.first().weeks == QList<int> {202702});
    const auto impossible = warningsOf(plan, CapacityWarningKind::Impossible);
    REQUIRE(impossible.size() == 1);
    CHECK(impossible.first().weeks == QList<int> {202704});
    CHECK(impossible.first().text.contains(QStringLiteral("40")));
    CHECK(capacityWarningCode(CapacityWarningKind::Impossible) == QStringLiteral("over-37"));

    // Signals for the traffic light: the as-of week and the next three.
    const QList<CapacitySignal> signalList = overAllocations(plan, monday, 4);
    REQUIRE(signalList.size() == 4); // Anne in weeks 1-3, Bo in week 2
    CHECK(signalList.first().personId == 1);
    CHECK(signalList.first().weekKey == 202701);
    CHECK(signalList.first().neededHours == Approx(10.0));
    CHECK(signalList.first().allocatedHours == Approx(8.0));
    CHECK(overAllocations(plan, monday.addDays(28), 4).isEmpty());
}

TEST_CASE("Superuser warnings cover KLIK training and caseworkers per superuser", "[capacity][warnings]")
{
    CapacityInput input;
    input.people = {person(1, QStringLiteral("Anne"), {Role::SU}, true, QStringLiteral("Myndighed")),
                    person(2, QStringLiteral("Bo"), {Role::SU}, false, QStringLiteral("Myndighed")),
                    person(3, QStringLiteral("Carl"), {Role::SU}, false, QStringLiteral("Handicap")),
                    person(4, QStringLiteral("Dorte"), {Role::FL}, false, QStringLiteral("Handicap"))};
    SuperuserDetails anne;
    anne.caseworkersCovered = 25;
    anne.trainedOn = QDate(2027, 1, 10);
    SuperuserDetails bo;
    bo.caseworkersCovered = 20;
    bo.trainedOn = QDate(2027, 2, 20); // after the milestone
    SuperuserDetails carl;
    carl.caseworkersCovered = 20;
    carl.activeUntil = QDate(2026, 12, 1); // no longer a superuser: no warnings
    input.details = {{1, anne}, {2, bo}, {3, carl}};
    PlannedTask training = plannedTask(20, QStringLiteral("UDD-M"), QDate(2027, 1, 4), QDate(2027, 2, 1), 0.0);
    training.task.milestone = true;
    training.task.theme = Theme::UDD;
    input.tasks = {training};
    const QDate asOf(2027, 1, 20);
    CapacityPlan plan = computeCapacity(input, asOf);

    const auto klik = warningsOf(plan, CapacityWarningKind::NotInKlik);
    REQUIRE(klik.size() == 1);
    CHECK(klik.first().personId == 2);

    CHECK(plan.trainingTaskKey == QStringLiteral("UDD-M"));
    CHECK(plan.trainingDeadline == QDate(2027, 2, 1));
    auto trained = warningsOf(plan, CapacityWarningKind::NotTrained);
    REQUIRE(trained.size() == 1);
    CHECK(trained.first().personId == 2);
    CHECK(trained.first().text.contains(QStringLiteral("UDD-M")));

    // Myndighed: 45 caseworkers for 2 superusers is 22.5 each; Handicap has no active superuser.
    const auto ratio = warningsOf(plan, CapacityWarningKind::UnitRatio);
    REQUIRE(ratio.size() == 1);
    CHECK(ratio.first().subject == QStringLiteral("Myndighed"));
    CHECK(ratio.first().text.contains(QStringLiteral("22.5")));

    // Not trained at all: warned once the milestone is less than four weeks away, not long before.
    input.details[1].trainedOn = QDate();
    input.details[2].trainedOn = QDate(2027, 1, 30);
    input.details[1].caseworkersCovered = 10;
    plan = computeCapacity(input, QDate(2026, 11, 1));
    CHECK(warningsOf(plan, CapacityWarningKind::NotTrained).isEmpty());
    CHECK(warningsOf(plan, CapacityWarningKind::UnitRatio).isEmpty());
    plan = computeCapacity(input, asOf);
    trained = warningsOf(plan, CapacityWarningKind::NotTrained);
    REQUIRE(trained.size() == 1);
    CHECK(trained.first().personId == 1);

    // Without a UDD milestone the configured key sets the deadline.
    input.tasks.first().task.milestone = false;
    input.tasks.first().task.key = QStringLiteral("P22-12");
    plan = computeCapacity(input, asOf);
    CHECK(plan.trainingTaskKey == QStringLiteral("P22-12"));
    CapacityOptions options;
    options.trainingTaskKey = QStringLiteral("NONE");
    plan = computeCapacity(input, asOf, options);
    CHECK_FALSE(plan.trainingDeadline.isValid());
    CHECK(warningsOf(plan, CapacityWarningKind::NotTrained).isEmpty());
}

TEST_CASE("The suggested plan follows the profile around go-live across a year shift", "[capacity]")
{
    // Go-live Monday 1 March 2027 (week 9), in a municipality with its winter holiday in week 14: the peak (weeks
    // 3 to 11) has no holiday week, and the plan starts in 2026, a 53-week year. (Holiday weeks in the peak:
    // DanishCalendarTest.)
    SchoolHolidayWeeks school;
    school.winterWeek = 14;
    const QDate goLive(2027, 3, 1);
    const QList<Allocation> plan = suggestedPlan(7, goLive, 37.0, school);
    REQUIRE(plan.size() == 4);
    CHECK(plan.at(0).fromWeek == addWeeksToKey(202709, -40)); // week 22 of 2026
    CHECK(plan.at(0).toWeek == addWeeksToKey(202709, -7));
    CHECK(plan.at(0).hoursPerWeek == 7.5);
    CHECK(plan.at(1).fromWeek == 202703);
    CHECK(plan.at(1).toWeek == 202711);
    CHECK(plan.at(1).hoursPerWeek == 18.5);
    CHECK(plan.at(2).hoursPerWeek == 3.5);
    CHECK(plan.at(2).toWeek == 202717);
    CHECK(plan.at(3).hoursPerWeek == 2.0);
    CHECK(plan.at(3).toWeek == addWeeksToKey(202709, 52));
    for (int i = 1; i < plan.size(); ++i)
        CHECK(plan.at(i).fromWeek == nextWeekKey(plan.at(i - 1).toWeek));
    CHECK(addWeeksToKey(202703, -6) == 202650); // 2026 has 53 weeks
    CHECK(suggestedPlan(7, QDate()).isEmpty());
}

TEST_CASE("Overlapping allocation periods of one person are refused with a message", "[capacity][storage]")
{
    Fixture f;
    const Id anne = f.personNamed(QStringLiteral("Anne Kristensen"));
    const Id thomas = f.personNamed(QStringLiteral("Thomas Nielsen"));
    AllocationRepository allocations(f.db);
    for (const Allocation &existing : allocations.forMunicipality(f.demo.id)) {
        QString ignored;
        REQUIRE(allocations.remove(existing.id, &ignored));
    }
    QString error;
    Allocation first = allocation(anne, 202650, 202702, 7.5);
    first.approvedBy = QStringLiteral("Hanne Lund");
    REQUIRE(allocations.add(&first, &error));
    CHECK(first.id != 0);

    Allocation overlapping = allocation(anne, 202653, 202705, 10.0);
    CHECK_FALSE(allocations.add(&overlapping, &error));
    CHECK(error.contains(QStringLiteral("overlaps")));
    CHECK(error.contains(QStringLiteral("week 50 2026")));
    CHECK(overlapping.id == 0);
    CHECK(allocations.forPerson(anne).size() == 1);

    // Adjacent periods and other people's periods are fine; changing a period may overlap its old self.
    Allocation next = allocation(anne, 202703, 202705, 10.0);
    REQUIRE(allocations.add(&next, &error));
    Allocation other = allocation(thomas, 202650, 202705, 5.0);
    REQUIRE(allocations.add(&other, &error));
    first.toWeek = 202701;
    CHECK(allocations.update(first, &error));
    first.toWeek = 202703;
    CHECK_FALSE(allocations.update(first, &error));

    // Other checks.
    Allocation backwards = allocation(anne, 202710, 202708, 1.0);
    CHECK_FALSE(allocations.add(&backwards, &error));
    CHECK(error.contains(QStringLiteral("before it starts")));
    Allocation badWeek = allocation(anne, 202754, 202754, 1.0);
    CHECK_FALSE(allocations.add(&badWeek, &error));
    Allocation tooMany = allocation(anne, 202720, 202720, 200.0);
    CHECK_FALSE(allocations.add(&tooMany, &error));
    CHECK(allocations.forPerson(anne).size() == 2);
}

TEST_CASE("Allocation commands undo and redo step by step", "[capacity][undo]")
{
    Fixture f;
    const Id anne = f.personNamed(QStringLiteral("Anne Kristensen"));
    const Id hanne = f.personNamed(QStringLiteral("Hanne Lund"));
    QUndoStack stack;
    QList<QStringList> states {capacityState(f.db, f.demo.id)};

    Allocation added = allocation(anne, 202710, 202712, 5.0);
    added.approvedById = hanne;
    added.approvedBy = QStringLiteral("Hanne Lund");
    added.approvedOn = QDate(2026, 11, 20);
    // Clear Anne's periods that would overlap (the demo may have some).
    for (const Allocation &existing : AllocationRepository(f.db).forPerson(anne)) {
        if (existing.overlaps(added)) {
            stack.push(new RemoveAllocation(f.db, {existing}, QStringLiteral("Anne")));
            states.append(capacityState(f.db, f.demo.id));
        }
    }
    auto *add = new AddAllocation(f.db, added, QStringLiteral("Anne Kristensen"));
    CHECK(add->text() == QStringLiteral("Allocate hours to Anne Kristensen"));
    stack.push(add);
    REQUIRE_FALSE(add->failed());
    states.append(capacityState(f.db, f.demo.id));
    const std::optional<Allocation> stored = AllocationRepository(f.db).byId(add->allocationId());
    REQUIRE(stored);
    CHECK(stored->approvedBy == QStringLiteral("Hanne Lund"));

    Allocation changed = *stored;
    changed.hoursPerWeek = 9.0;
    changed.toWeek = 202714;
    stack.push(new EditAllocation(f.db, *stored, changed, QStringLiteral("Anne Kristensen")));
    states.append(capacityState(f.db, f.demo.id));

    // An edit that would overlap fails and leaves no step behind.
    Allocation other = allocation(anne, 202720, 202720, 1.0);
    auto *second = new AddAllocation(f.db, other, QStringLiteral("Anne Kristensen"));
    stack.push(second);
    states.append(capacityState(f.db, f.demo.id));
    Allocation clash = *AllocationRepository(f.db).byId(second->allocationId());
    const Allocation clashBefore = clash;
    clash.fromWeek = 202713;
    const int count = stack.count();
    auto *failing = new EditAllocation(f.db, clashBefore, clash, QStringLiteral("Anne Kristensen"));
    stack.push(failing);
    CHECK(stack.count() == count);

    SuperuserDetails details;
    details.team = QStringLiteral("Modtagelse");
    details.caseworkersCovered = 17;
    details.trainedOn = QDate(2026, 9, 1);
    Person before = *PersonRepository(f.db).byId(anne);
    Person after = before;
    after.registeredInKlik = !before.registeredInKlik;
    stack.push(new EditSuperuser(f.db, before, PersonRepository(f.db).superuserDetails(anne), after, details));
    states.append(capacityState(f.db, f.demo.id));
    CHECK(PersonRepository(f.db).superuserDetails(anne).caseworkersCovered == 17);

    QList<Person> superusers;
    for (const Person &p : PersonRepository(f.db).forMunicipality(f.demo.id)) {
        if (p.roles.contains(Role::SU))
            superusers.append(p);
    }
    auto *plan
        = new ApplySuggestedPlan(f.db, superusers, f.demo.goLive, QStringLiteral("Hanne Lund"), QDate(2026, 11, 27));
    CHECK_FALSE(plan->replaced().isEmpty());
    stack.push(plan);
    REQUIRE_FALSE(plan->failed());
    states.append(capacityState(f.db, f.demo.id));
    // 7 periods: the demo goes live on 1 January 2027 (week 53 2026), so the peak of 18.5 h steps around the
    // Christmas weeks 52 and 53: weeks 45-51 and weeks 1-2 2027 (docs/calendar.md). Week 52 keeps the 7.5 h before
    // it, the go-live week 53 has 3.5 h, and weeks 3-8 (winter holiday included) 3.5 h again.
    const QList<Allocation> periods = AllocationRepository(f.db).forPerson(anne);
    CHECK(periods.size() == 7);
    QStringList spans;
    for (const Allocation &period : periods)
        spans << QStringLiteral("%1-%2 %3").arg(period.fromWeek).arg(period.toWeek).arg(period.hoursPerWeek);
    CHECK(spans.join(QLatin1Char(';')).toStdString()
          == "202613-202644 7.5;202645-202651 18.5;202652-202652 7.5;202653-202653 3.5;202701-202702 18.5;"
             "202703-202708 3.5;202709-202752 2");

    QList<Id> suTasks;
    for (const PlannedTask &t : TaskRepository(f.db).plannedTasks(f.demo.id)) {
        if (t.task.performerRole == Role::SU && t.task.phase == Phase::P23)
            suTasks.append(t.task.id);
    }
    REQUIRE_FALSE(suTasks.isEmpty());
    QString error;
    SetTaskStates *assign = assignPerformers(f.db, f.clock, f.demo.id, suTasks, {anne}, &error);
    REQUIRE(assign);
    stack.push(assign);
    states.append(capacityState(f.db, f.demo.id));
    for (Id id : suTasks)
        CHECK(TaskRepository(f.db).plannedTask(f.demo.id, id)->state.performerPersonId == anne);
    SetTaskStates *shared = assignPerformers(f.db, f.clock, f.demo.id, suTasks, {}, &error);
    REQUIRE(shared);
    stack.push(shared);
    states.append(capacityState(f.db, f.demo.id));
    CHECK(assignPerformers(f.db, f.clock, f.demo.id, suTasks, {}, &error) == nullptr);
    CHECK_FALSE(error.isEmpty());

    // Walk all the way back and forward again.
    REQUIRE(stack.count() == states.size() - 1);
    for (int i = stack.count(); i > 0; --i) {
        stack.undo();
        CHECK(capacityState(f.db, f.demo.id) == states.at(i - 1));
    }
    for (int i = 1; i < states.size(); ++i) {
        stack.redo();
        CHECK(capacityState(f.db, f.demo.id) == states.at(i));
    }
}

TEST_CASE("Removing a person or a municipality and undoing it restores details and allocations", "[capacity][undo]")
{
    Fixture f;
    if (AllocationRepository(f.db).forMunicipality(f.demo.id).isEmpty()) {
        QString error;
        REQUIRE(addDemoAllocations(f.db, f.demo, f.clock.today(), &error));
    }
    const QStringList original = capacityState(f.db, f.demo.id);
    const Id hanne = f.personNamed(QStringLiteral("Hanne Lund"));
    const Id anne = f.personNamed(QStringLiteral("Anne Kristensen"));
    REQUIRE_FALSE(AllocationRepository(f.db).forPerson(anne).isEmpty());
    REQUIRE(AllocationRepository(f.db).forPerson(anne).first().approvedById == hanne);

    QUndoStack stack;
    stack.push(new RemovePerson(f.db, *PersonRepository(f.db).byId(anne)));
    CHECK(AllocationRepository(f.db).forPerson(anne).isEmpty());
    stack.push(new RemovePerson(f.db, *PersonRepository(f.db).byId(hanne)));
    for (const Allocation &a : AllocationRepository(f.db).forMunicipality(f.demo.id))
        CHECK(a.approvedById != hanne);
    stack.undo();
    stack.undo();
    CHECK(capacityState(f.db, f.demo.id) == original);

    stack.push(new RemoveMunicipality(f.db, f.demo));
    CHECK(AllocationRepository(f.db).forMunicipality(f.demo.id).isEmpty());
    stack.undo();
    CHECK(capacityState(f.db, f.demo.id) == original);
}

TEST_CASE("The capacity grid model shows allocated over needed and marks short weeks", "[capacity][model]")
{
    Fixture f;
    if (AllocationRepository(f.db).forMunicipality(f.demo.id).isEmpty()) {
        QString error;
        REQUIRE(addDemoAllocations(f.db, f.demo, f.clock.today(), &error));
    }
    CapacityGridModel model(f.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.load(f.demo.id, f.clock.today(), QStringLiteral("en"));
    REQUIRE(model.rowCount() == int(PersonRepository(f.db).forMunicipality(f.demo.id).size()));
    // The whole project scrolls: from go-live - 40 through at least go-live + 8.
    CHECK(model.columnCount() >= 49);
    CHECK(model.plan().weekIndex(addWeeksToKey(weekKey(f.demo.goLive), -40)) >= 0);
    CHECK(model.currentWeekColumn() >= 0);

    bool sawShort = false;
    bool sawTasks = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            const QString text = index.data().toString();
            const bool isShort = index.data(CapacityGridModel::ShortRole).toBool();
            if (isShort) {
                sawShort = true;
                CHECK(text.startsWith(QStringLiteral("! ")));
                CHECK(index.data(Qt::FontRole).value<QFont>().bold());
            }
            if (index.data(CapacityGridModel::NeededRole).toDouble() > 0.0) {
                CHECK(text.contains(QLatin1Char('/')));
                const QString tip = index.data(Qt::ToolTipRole).toString();
                CHECK(tip.contains(QStringLiteral("Tasks:")));
                sawTasks = true;
            }
        }
    }
    CHECK(sawShort);
    CHECK(sawTasks);
    CHECK(model.headerData(0, Qt::Horizontal).toString().startsWith(QStringLiteral("wk ")));

    // A heat map told three ways: every non-empty cell has a load, its symbol, a tint and the load in words.
    QSet<int> loads;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            const auto load = CapacityGridModel::Load(index.data(CapacityGridModel::LoadRole).toInt());
            const QString text = index.data().toString();
            const QString tip = index.data(Qt::ToolTipRole).toString();
            loads.insert(int(load));
            if (load == CapacityGridModel::Load::None) {
                CHECK(text.isEmpty());
                CHECK_FALSE(index.data(Qt::BackgroundRole).isValid());
                continue;
            }
            CHECK(text.startsWith(CapacityGridModel::loadSymbol(load) + QLatin1Char(' ')));
            CHECK(index.data(Qt::BackgroundRole).value<QBrush>().style() != Qt::NoBrush);
            const double allocated = index.data(CapacityGridModel::AllocatedRole).toDouble();
            const double needed = index.data(CapacityGridModel::NeededRole).toDouble();
            switch (load) {
            case CapacityGridModel::Load::Free:
                CHECK(needed <= allocated * CapacityGridModel::kTightShare + 1e-9);
                CHECK(tip.contains(QStringLiteral("Free: ")));
                break;
            case CapacityGridModel::Load::Tight:
                CHECK(needed > allocated * CapacityGridModel::kTightShare);
                CHECK(needed <= allocated + 1e-9);
                CHECK(tip.contains(QStringLiteral("Tight: only ")));
                break;
            case CapacityGridModel::Load::Over:
                CHECK(needed > allocated);
                CHECK((tip.contains(QStringLiteral("Over-allocated")) || tip.contains(QStringLiteral("no time"))));
                break;
            case CapacityGridModel::Load::None:
                break;
            }
        }
    }
    CHECK(loads.contains(int(CapacityGridModel::Load::Free)));
    CHECK(loads.contains(int(CapacityGridModel::Load::Over)));
    const QString legend = CapacityGridModel::legendText();
    for (const auto load :
         {CapacityGridModel::Load::Free, CapacityGridModel::Load::Tight, CapacityGridModel::Load::Over})
        CHECK(legend.contains(CapacityGridModel::loadSymbol(load)));

    // Reload after a change keeps the model consistent (the tester watches the reset).
    const Id anne = f.personNamed(QStringLiteral("Anne Kristensen"));
    QString error;
    for (const Allocation &a : AllocationRepository(f.db).forPerson(anne))
        REQUIRE(AllocationRepository(f.db).remove(a.id, &error));
    model.reload();
    for (int column = 0; column < model.columnCount(); ++column)
        CHECK(model.index(model.plan().rowOf(anne), column).data(CapacityGridModel::AllocatedRole).toDouble() == 0.0);
    model.load(0, f.clock.today());
    CHECK(model.rowCount() == 0);
    CHECK(model.columnCount() == 0);
}

TEST_CASE("The demo has eight to twelve superusers and over-allocated weeks around go-live", "[capacity][demo]")
{
    Fixture f;
    if (AllocationRepository(f.db).forMunicipality(f.demo.id).isEmpty()) {
        QString error;
        REQUIRE(addDemoAllocations(f.db, f.demo, f.clock.today(), &error));
    }
    int superusers = 0;
    for (const Person &p : PersonRepository(f.db).forMunicipality(f.demo.id))
        superusers += p.roles.contains(Role::SU) ? 1 : 0;
    CHECK(superusers >= 8);
    CHECK(superusers <= 12);

    const CapacityPlan plan = loadCapacity(f.db, f.demo.id, f.clock.today());
    const auto over = warningsOf(plan, CapacityWarningKind::OverAllocated);
    REQUIRE_FALSE(over.isEmpty());
    const int goLive = weekKey(f.demo.goLive);
    bool nearGoLive = false;
    for (const CapacityWarning &w : over) {
        for (int week : w.weeks)
            nearGoLive = nearGoLive || (week >= addWeeksToKey(goLive, -6) && week <= addWeeksToKey(goLive, 2));
    }
    CHECK(nearGoLive);
    // Believable: only a few short weeks in all, and every superuser has approved hours.
    int shortCells = 0;
    for (const CapacityRow &row : plan.rows) {
        for (int column = plan.weekIndex(weekKey(f.clock.today())); column < plan.weeks.size(); ++column)
            shortCells += row.cells.at(column).overAllocated() ? 1 : 0;
    }
    CHECK(shortCells <= 6);
    for (const Allocation &a : AllocationRepository(f.db).forMunicipality(f.demo.id))
        CHECK_FALSE(a.approvedBy.isEmpty());
    CHECK_FALSE(warningsOf(plan, CapacityWarningKind::NotInKlik).isEmpty());

    // The signals for the traffic light come from the same plan.
    const ReadinessSignals signalsIn = capacitySignals(f.db, f.demo.id, f.clock.today());
    for (const CapacitySignal &s : signalsIn.overAllocations)
        CHECK(s.neededHours > s.allocatedHours);
}

// The demo is dated from the day it is made (go-live ten weeks on), so its superuser plan meets every kind of
// week around go-live in turn: Christmas, winter and autumn school holidays, Easter. On 2026-12-07 its go-live
// fell in winter-holiday week 7, the suggested peak skipped that week, and the demo failed to build.
TEST_CASE("The demo builds with its superuser plan on any day of the year", "[capacity][demo]")
{
    test::TempDir dir;
    const QString base = dir.file(QStringLiteral("base.sqlite"));
    {
        Database db;
        QString error;
        REQUIRE(db.open(base, &error));
        test::importSampleHandbook(db, FixedClock(QDate(2026, 7, 1)));
    }
    for (QDate asOf(2026, 7, 6); asOf < QDate(2027, 7, 5); asOf = asOf.addDays(7)) {
        INFO("made on " << asOf.toString(Qt::ISODate).toStdString());
        const QString file = dir.file(QStringLiteral("demo-%1.sqlite").arg(asOf.toString(Qt::ISODate)));
        REQUIRE(QFile::copy(base, file));
        Database db;
        QString error;
        REQUIRE(db.open(file, &error));
        DemoBuilder builder(db);
        builder.setWithSuperuserPlan(true);
        Municipality demo;
        REQUIRE(builder.build(asOf, &demo, &error));
        CHECK(error.isEmpty());
        for (const Allocation &a : AllocationRepository(db).forMunicipality(demo.id))
            CHECK(a.fromWeek <= a.toWeek);
    }
}

TEST_CASE("The capacity chart paints totals and marks short weeks", "[capacity][chart]")
{
    CapacityInput input;
    input.people = {person(1, QStringLiteral("Anne"), {Role::SU})};
    input.tasks = {plannedTask(10, QStringLiteral("A"), QDate(2026, 12, 21), QDate(2027, 1, 8), 30.0, Role::SU, 1)};
    input.allocations = {allocation(1, 202650, 202701, 8.0)};
    input.goLive = QDate(2027, 1, 4);
    const CapacityPlan plan = computeCapacity(input, QDate(2026, 12, 1));
    const CapacityChartData data = capacityChartData(plan, 202650, 202702);
    CHECK(data.weeks == QList<int> {202650, 202651, 202652, 202653, 202701, 202702});
    CHECK(shortWeeks(data) == QList<int> {202652, 202653, 202701});
    QImage image(640, 300, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintCapacityChart(painter, QRectF(0, 0, 640, 300), data);
    painter.end();
    int dark = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    }
    CHECK(dark > 100);
    // Empty data paints a message without crashing.
    QImage empty(200, 100, QImage::Format_ARGB32);
    QPainter emptyPainter(&empty);
    paintCapacityChart(emptyPainter, QRectF(0, 0, 200, 100), CapacityChartData());
}
