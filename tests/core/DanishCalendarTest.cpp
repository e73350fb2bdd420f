// The Danish calendar: public holidays from Easter for 2024-2030, which days are customary days off, the
// working-day rule of capacity (weeks with Kristi himmelfartsdag, Easter and Christmas), the go-live warning,
// the suggested plan's peak out of holiday weeks, and the school-holiday weeks stored, undone and used.
#include "Fixtures.h"
#include "PlanValues.h"
#include "TestSupport.h"

#include "commands/CalendarCommands.h"
#include "commands/Command.h"
#include "domain/Calendar.h"
#include "domain/Clock.h"
#include "domain/DanishHolidays.h"
#include "domain/Language.h"
#include "models/TaskTableModel.h"
#include "planning/Capacity.h"
#include "planning/Readiness.h"
#include "report/ReportWriter.h"
#include "report/StatusReport.h"
#include "services/CapacityLoader.h"
#include "storage/CalendarRepository.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"
#include "storage/TaskRepository.h"

#include <QUndoStack>

using namespace parat;

using test::allocation;
using test::superuser;

namespace {

QDate dateOf(int year, DanishHoliday which)
{
    for (const Holiday &holiday : danishHolidays(year)) {
        if (holiday.which == which)
            return holiday.date;
    }
    return QDate();
}

// A superusers' task "T-<id>", titled so too.
PlannedTask suTask(Id id, const QDate &release, const QDate &due, double hours)
{
    PlannedTask t = test::plannedTask(id, QStringLiteral("T-%1").arg(id), release, due, hours);
    t.task.titleDa = t.task.key;
    return t;
}

const CapacityCell &cellOf(const CapacityPlan &plan, int week)
{
    const int column = plan.weekIndex(week);
    REQUIRE(column >= 0);
    REQUIRE(!plan.rows.isEmpty());
    return plan.rows.first().cells.at(column);
}

} // namespace

TEST_CASE("Easter and the holidays that follow it fall on the right dates from 2024 to 2030", "[calendar]")
{
    struct Year
    {
        int year;
        QDate easter;
        QDate ascension;
        QDate whitMonday;
    };
    // Easter from the Gregorian computus (checked against an independent implementation); Kristi himmelfartsdag
    // is Easter + 39 days and 2. pinsedag Easter + 50.
    const Year years[] = {
        {2024, {2024, 3, 31}, {2024, 5, 9}, {2024, 5, 20}},  {2025, {2025, 4, 20}, {2025, 5, 29}, {2025, 6, 9}},
        {2026, {2026, 4, 5}, {2026, 5, 14}, {2026, 5, 25}},  {2027, {2027, 3, 28}, {2027, 5, 6}, {2027, 5, 17}},
        {2028, {2028, 4, 16}, {2028, 5, 25}, {2028, 6, 5}},  {2029, {2029, 4, 1}, {2029, 5, 10}, {2029, 5, 21}},
        {2030, {2030, 4, 21}, {2030, 5, 30}, {2030, 6, 10}},
    };
    for (const Year &y : years) {
        INFO(y.year);
        CHECK(easterSunday(y.year) == y.easter);
        CHECK(dateOf(y.year, DanishHoliday::EasterSunday) == y.easter);
        CHECK(dateOf(y.year, DanishHoliday::MaundyThursday) == y.easter.addDays(-3));
        CHECK(dateOf(y.year, DanishHoliday::MaundyThursday).dayOfWeek() == Qt::Thursday);
        CHECK(dateOf(y.year, DanishHoliday::GoodFriday) == y.easter.addDays(-2));
        CHECK(dateOf(y.year, DanishHoliday::EasterMonday) == y.easter.addDays(1));
        CHECK(dateOf(y.year, DanishHoliday::AscensionDay) == y.ascension);
        CHECK(y.ascension.dayOfWeek() == Qt::Thursday);
        CHECK(dateOf(y.year, DanishHoliday::WhitSunday) == y.whitMonday.addDays(-1));
        CHECK(dateOf(y.year, DanishHoliday::WhitMonday) == y.whitMonday);
        CHECK(y.whitMonday.dayOfWeek() == Qt::Monday);
        CHECK(dateOf(y.year, DanishHoliday::NewYearsDay) == QDate(y.year, 1, 1));
        CHECK(dateOf(y.year, DanishHoliday::ConstitutionDay) == QDate(y.year, 6, 5));
        CHECK(dateOf(y.year, DanishHoliday::ChristmasEve) == QDate(y.year, 12, 24));
        CHECK(dateOf(y.year, DanishHoliday::ChristmasDay) == QDate(y.year, 12, 25));
        CHECK(dateOf(y.year, DanishHoliday::BoxingDay) == QDate(y.year, 12, 26));
        CHECK(dateOf(y.year, DanishHoliday::NewYearsEve) == QDate(y.year, 12, 31));
        const QList<Holiday> all = danishHolidays(y.year);
        CHECK(all.size() == 13);
        for (int i = 1; i < all.size(); ++i)
            CHECK(all.at(i - 1).date <= all.at(i).date);
    }
    // Outside the table too: the earliest and latest Easter of the century.
    CHECK(easterSunday(2008) == QDate(2008, 3, 23));
    CHECK(easterSunday(2038) == QDate(2038, 4, 25));
}

TEST_CASE("Customary days off are marked apart from public holidays, and store bededag ends with 2023", "[calendar]")
{
    for (const Holiday &holiday : danishHolidays(2026)) {
        const bool customary = holiday.which == DanishHoliday::ConstitutionDay
            || holiday.which == DanishHoliday::ChristmasEve || holiday.which == DanishHoliday::NewYearsEve;
        INFO(holidayCode(holiday.which));
        CHECK(holiday.kind == (customary ? DayOffKind::CustomaryDayOff : DayOffKind::PublicHoliday));
    }
    CHECK(dateOf(2023, DanishHoliday::GreatPrayerDay) == QDate(2023, 5, 5));
    CHECK(danishHolidays(2023).size() == 14);
    for (int year = 2024; year <= 2030; ++year)
        CHECK_FALSE(dateOf(year, DanishHoliday::GreatPrayerDay).isValid());
    CHECK_FALSE(danishHolidayOn(QDate(2024, 4, 26)).has_value()); // would have been store bededag

    // 2. pinsedag on grundlovsdag (2028): the date is the public holiday, and a Monday lost once.
    const std::optional<Holiday> shared = danishHolidayOn(QDate(2028, 6, 5));
    REQUIRE(shared.has_value());
    CHECK(shared->which == DanishHoliday::WhitMonday);
    CHECK(shared->kind == DayOffKind::PublicHoliday);
    CHECK(daysOffInWeek(weekKey(QDate(2028, 6, 5))).workingDaysLost == 1);

    // Weekends lose no working day: 1. juledag 2027 is a Saturday.
    const WeekDaysOff christmas2027 = daysOffInWeek(weekKey(QDate(2027, 12, 24)));
    CHECK(christmas2027.holidays.size() == 3);
    CHECK(christmas2027.workingDaysLost == 1);
}

TEST_CASE("Hours set aside shrink by the working days lost in weeks with Kristi himmelfartsdag, Easter and "
          "Christmas",
          "[calendar][capacity]")
{
    CapacityInput input;
    input.goLive = QDate(2027, 1, 4);
    input.people = {superuser(1, QStringLiteral("Anne"))};
    input.allocations = {allocation(1, 202610, 202706, 10.0)};
    const CapacityPlan plan = computeCapacity(input, QDate(2026, 3, 2));

    CHECK(cellOf(plan, 202613).allocated == Approx(10.0)); // an ordinary week
    CHECK(cellOf(plan, 202614).allocated == Approx(6.0)); // skærtorsdag and langfredag
    CHECK(cellOf(plan, 202615).allocated == Approx(8.0)); // 2. påskedag
    CHECK(cellOf(plan, 202620).allocated == Approx(8.0)); // Kristi himmelfartsdag
    CHECK(cellOf(plan, 202622).allocated == Approx(8.0)); // 2. pinsedag
    CHECK(cellOf(plan, 202623).allocated == Approx(8.0)); // grundlovsdag, a Friday in 2026
    CHECK(cellOf(plan, 202652).allocated == Approx(6.0)); // juleaftensdag and 1. juledag (2. juledag: Saturday)
    CHECK(cellOf(plan, 202653).allocated == Approx(6.0)); // nytårsaftensdag and nytårsdag
    CHECK(cellOf(plan, 202652).setAside == Approx(10.0));
    // A school-holiday week keeps its hours, but is marked.
    CHECK(cellOf(plan, 202642).allocated == Approx(10.0));
    const int autumn = plan.weekIndex(202642);
    CHECK(plan.daysOff.at(autumn).school == SchoolHolidayKind::Autumn);
    const int ascension = plan.weekIndex(202620);
    CHECK(plan.daysOff.at(ascension).workingDaysLost == 1);
    CHECK(plan.daysOff.at(ascension).holidays.first().which == DanishHoliday::AscensionDay);

    CHECK(workingDayShare(0) == Approx(1.0));
    CHECK(workingDayShare(2) == Approx(0.6));
    CHECK(workingDayShare(5) == Approx(0.0));
    CHECK(workingDayShare(7) == Approx(0.0));
}

TEST_CASE("Go-live weeks in the Christmas holidays with too few hours give a warning naming the days",
          "[calendar][capacity]")
{
    CapacityInput input;
    input.goLive = QDate(2027, 1, 4);
    input.language = QStringLiteral("en");
    input.people = {superuser(1, QStringLiteral("Anne"))};
    input.allocations = {allocation(1, 202640, 202710, 20.0)};
    // 60 h over the two Christmas weeks and the go-live week: 20 h a week needed, 12 h left in each holiday week.
    input.tasks = {suTask(1, QDate(2026, 12, 21), QDate(2027, 1, 4), 60.0)};
    const CapacityPlan plan = computeCapacity(input, QDate(2026, 11, 27));
    QList<CapacityWarning> warnings;
    for (const CapacityWarning &warning : plan.warnings) {
        if (warning.kind == CapacityWarningKind::HolidayGoLive)
            warnings.append(warning);
    }
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first().weeks == QList<int> {202653}); // go-live - 1; the go-live week has no holiday
    CHECK(warnings.first().text.contains(QStringLiteral("New Year's Eve")));
    CHECK(warnings.first().text.contains(QStringLiteral("12 h set aside")));
    CHECK(capacityWarningCode(CapacityWarningKind::HolidayGoLive) == QStringLiteral("holiday-go-live"));

    // Enough hours: no warning.
    input.allocations = {allocation(1, 202640, 202710, 37.0)};
    for (const CapacityWarning &warning : computeCapacity(input, QDate(2026, 11, 27)).warnings)
        CHECK(warning.kind != CapacityWarningKind::HolidayGoLive);
}

TEST_CASE("The suggested plan keeps its peak out of the Christmas weeks and school holidays", "[calendar][capacity]")
{
    // Go-live Monday 4 January 2027: weeks 52 and 53 of 2026 each lose two working days.
    const QList<Allocation> plan = suggestedPlan(7, QDate(2027, 1, 4));
    REQUIRE(plan.size() == 6);
    CHECK(plan.at(0).fromWeek == addWeeksToKey(202701, -40));
    CHECK(plan.at(0).toWeek == 202645);
    CHECK(plan.at(0).hoursPerWeek == 7.5);
    CHECK(plan.at(1).fromWeek == 202646); // the peak starts two weeks early ...
    CHECK(plan.at(1).toWeek == 202651);
    CHECK(plan.at(1).hoursPerWeek == 18.5);
    CHECK(plan.at(2).fromWeek == 202652); // ... and leaves out the Christmas weeks
    CHECK(plan.at(2).toWeek == 202653);
    CHECK(plan.at(2).hoursPerWeek == 7.5);
    CHECK(plan.at(3).fromWeek == 202701);
    CHECK(plan.at(3).toWeek == 202703);
    CHECK(plan.at(3).hoursPerWeek == 18.5);
    CHECK(plan.at(4).toWeek == 202709);
    CHECK(plan.at(4).hoursPerWeek == 3.5);
    CHECK(plan.at(5).toWeek == addWeeksToKey(202701, 52));
    CHECK(plan.at(5).hoursPerWeek == 2.0);
    for (int i = 1; i < plan.size(); ++i)
        CHECK(plan.at(i).fromWeek == nextWeekKey(plan.at(i - 1).toWeek));

    // A municipality with its autumn holiday in week 40 (go-live week 39): week 40 gets the rate after go-live,
    // and the peak goes back past the summer holiday (weeks 27-32) to find its 9 weeks.
    SchoolHolidayWeeks school;
    school.autumnWeek = 40;
    const QList<Allocation> autumn = suggestedPlan(7, QDate(2026, 9, 21), 37.0, school);
    double week40 = -1;
    int peakStart = 0;
    for (const Allocation &a : autumn) {
        if (a.covers(202640))
            week40 = a.hoursPerWeek;
        if (a.hoursPerWeek == 18.5 && peakStart == 0)
            peakStart = a.fromWeek;
    }
    CHECK(week40 == 3.5);
    CHECK(peakStart == 202626);
    for (const Allocation &a : autumn) {
        if (a.covers(202630))
            CHECK(a.hoursPerWeek == 7.5);
    }
}

TEST_CASE_METHOD(test::DemoCase,
                 "School-holiday weeks are stored per municipality, undone, refused when wrong and used by capacity",
                 "[calendar][storage]")
{
    CalendarRepository calendar(db);

    const SchoolHolidayWeeks defaults = calendar.schoolHolidays(demo.id);
    CHECK(defaults.id == demo.id);
    CHECK(defaults.winterWeek == 7);
    CHECK(defaults.autumnWeek == 42);
    CHECK(defaults.summerFrom == 27);
    CHECK(defaults.summerTo == 32);

    QUndoStack stack;
    SchoolHolidayWeeks changed = defaults;
    changed.winterWeek = 8;
    stack.push(new EditSchoolHolidays(db, defaults, changed));
    CHECK(calendar.schoolHolidays(demo.id) == changed);
    // The demo goes live on 1 January 2027, so weeks 7 and 8 are in its capacity plan: week 8 is now the winter
    // holiday there, week 7 is not.
    CapacityPlan plan = loadCapacity(db, demo.id, clock.today());
    CHECK(plan.daysOff.at(plan.weekIndex(202708)).school == SchoolHolidayKind::Winter);
    CHECK_FALSE(plan.daysOff.at(plan.weekIndex(202707)).school.has_value());

    stack.undo();
    CHECK(calendar.schoolHolidays(demo.id) == defaults);
    plan = loadCapacity(db, demo.id, clock.today());
    CHECK(plan.daysOff.at(plan.weekIndex(202707)).school == SchoolHolidayKind::Winter);
    stack.redo();
    CHECK(calendar.schoolHolidays(demo.id).winterWeek == 8);

    // Refused, nothing changed.
    SchoolHolidayWeeks wrong = changed;
    wrong.summerFrom = 33;
    wrong.summerTo = 27;
    CHECK_FALSE(calendar.update(wrong, &error));
    CHECK(error.contains(QStringLiteral("summer")));
    wrong = changed;
    wrong.autumnWeek = 54;
    CHECK_FALSE(calendar.update(wrong, &error));
    CHECK(calendar.schoolHolidays(demo.id) == changed);

    // Removing the municipality removes its weeks with it.
    CHECK(MunicipalityRepository(db).remove(demo.id, &error));
    CHECK(calendar.schoolHolidays(demo.id).winterWeek == 7);
}

TEST_CASE_METHOD(test::EnglishDemo,
                 "A deadline on a holiday is marked in the task list's due column and named in the report",
                 "[calendar][models][report]")
{
    QUndoStack undo;
    TaskTableModel model(db);
    model.setClock(&clock);
    model.setCommandSink([&](Command *command) {
        undo.push(command);
        return true;
    });
    QObject::connect(&db, &Database::changed, &model, &TaskTableModel::reload);
    model.load(demo.id, clock.today());

    // An open task, moved to juleaftensdag.
    int row = -1;
    for (int r = 0; r < model.rowCount() && row < 0; ++r) {
        if (!statusIsClosed(model.taskAt(r)->state.status) && isRelevant(*model.taskAt(r)))
            row = r;
    }
    REQUIRE(row >= 0);
    const Id taskId = model.taskAt(row)->task.id;
    const QString key = model.taskAt(row)->task.key;
    REQUIRE(model.changeStates({taskId}, QStringLiteral("Move"),
                               [](TaskState &state) { state.dueOverride = QDate(2026, 12, 24); }));
    row = model.rowOf(taskId);
    const QModelIndex due = model.index(row, TaskTableModel::DueColumn);
    CHECK(due.data().toString().endsWith(QStringLiteral("– holiday")));
    CHECK(due.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Christmas Eve, a customary day off")));
    CHECK(due.data(TaskTableModel::DueHolidayRole).toString() == QStringLiteral("Christmas Eve"));

    // The status report lists it.
    StatusReportData data;
    REQUIRE(gatherStatusReport(db, clock, {demo.id, {}, QStringLiteral("en")}, {}, &data, &error));
    const QString html = ReportWriter::html(statusReportContent(data));
    CHECK(html.contains(QStringLiteral("Deadlines on a holiday")));
    const qsizetype section = html.indexOf(QStringLiteral("Deadlines on a holiday"));
    CHECK(html.indexOf(key, section) > section);
    CHECK(html.indexOf(QStringLiteral("Christmas Eve"), section) > section);

    // On an ordinary day, or done, nothing is marked.
    REQUIRE(model.changeStates({taskId}, QStringLiteral("Move"),
                               [](TaskState &state) { state.dueOverride = QDate(2026, 12, 23); }));
    CHECK_FALSE(model.index(model.rowOf(taskId), TaskTableModel::DueColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("holiday")));
    undo.undo();
    CHECK(model.index(model.rowOf(taskId), TaskTableModel::DueColumn)
              .data()
              .toString()
              .contains(QStringLiteral("holiday")));
    REQUIRE(model.changeStates({taskId}, QStringLiteral("Done"), [&](TaskState &state) {
        state.status = Status::Done;
        state.doneOn = clock.today();
    }));
    CHECK_FALSE(model.index(model.rowOf(taskId), TaskTableModel::DueColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("holiday")));
    REQUIRE(gatherStatusReport(db, clock, {demo.id, {}, QStringLiteral("en")}, {}, &data, &error));
    // The task done is gone from the list. The list itself stays: the demo goes live on 1 January, New Year's
    // Day, and its open tasks due on go-live day are deadlines on a holiday too.
    const QString after = ReportWriter::html(statusReportContent(data));
    const qsizetype afterSection = after.indexOf(QStringLiteral("Deadlines on a holiday"));
    REQUIRE(afterSection >= 0);
    const qsizetype afterEnd = after.indexOf(QStringLiteral("<h"), afterSection);
    const QString listed = after.mid(afterSection, afterEnd < 0 ? -1 : afterEnd - afterSection);
    CHECK_FALSE(listed.contains(key));
    CHECK_FALSE(listed.contains(QStringLiteral("Christmas Eve")));
    CHECK(listed.contains(QStringLiteral("New Year")));
}
