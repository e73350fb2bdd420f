#include "planning/Readiness.h"

#include "domain/Calendar.h"
#include "domain/Schedule.h"

#include "Fixtures.h"
#include "TestSupport.h"

#include <QLocale>

#include <cmath>

using namespace parat;
using parat::test::keysOf;

namespace {

// The fixed "today" of these tests and a go-live at the 2026/2027 year shift, 92 days later.
const QDate kAsOf(2026, 10, 1);
const QDate kGoLive(2027, 1, 1);

PlannedTask makeTask(const QString &key, const QDate &due, Status status = Status::NotStarted, double hours = 1.0)
{
    PlannedTask planned;
    planned.task.key = key;
    planned.task.estimateHours = hours;
    planned.state.status = status;
    planned.due = due;
    return planned;
}

PlannedTask mandatoryTask(const QString &key, const QDate &due, Status status = Status::NotStarted)
{
    PlannedTask planned = makeTask(key, due, status);
    planned.task.mandatory = true;
    return planned;
}

QStringList codesOf(const TrafficLight &light)
{
    QStringList codes;
    for (const LightReason &reason : light.reasons)
        codes.append(reason.code);
    return codes;
}

const LightReason *findReason(const TrafficLight &light, const QString &code)
{
    for (const LightReason &reason : light.reasons) {
        if (reason.code == code)
            return &reason;
    }
    return nullptr;
}

// Number as the rules print it (the application's locale decides the decimal separator).
QString num(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

TEST_CASE("Overdue means due before the as-of date and not closed", "[planning][readiness]")
{
    CHECK(isOverdue(makeTask(QStringLiteral("A"), kAsOf.addDays(-1)), kAsOf));
    CHECK_FALSE(isOverdue(makeTask(QStringLiteral("A"), kAsOf), kAsOf));
    CHECK_FALSE(isOverdue(makeTask(QStringLiteral("A"), kAsOf.addDays(1)), kAsOf));
    CHECK(isOverdue(makeTask(QStringLiteral("A"), kAsOf.addDays(-1), Status::InProgress), kAsOf));
    CHECK(isOverdue(makeTask(QStringLiteral("A"), kAsOf.addDays(-1), Status::Waiting), kAsOf));
    CHECK_FALSE(isOverdue(makeTask(QStringLiteral("A"), kAsOf.addDays(-1), Status::Done), kAsOf));
    CHECK_FALSE(isOverdue(makeTask(QStringLiteral("A"), kAsOf.addDays(-1), Status::NotRelevant), kAsOf));
    CHECK_FALSE(isOverdue(makeTask(QStringLiteral("A"), QDate()), kAsOf));

    PlannedTask withdrawn = makeTask(QStringLiteral("W"), kAsOf.addDays(-30));
    withdrawn.task.withdrawnInVersion = 2;
    CHECK_FALSE(isOverdue(withdrawn, kAsOf));
    CHECK(daysOverdue(withdrawn, kAsOf) == 0);

    CHECK(daysOverdue(makeTask(QStringLiteral("A"), kAsOf.addDays(-15)), kAsOf) == 15);
    CHECK(daysOverdue(makeTask(QStringLiteral("A"), kAsOf), kAsOf) == 0);
    CHECK(daysOverdue(makeTask(QStringLiteral("A"), kAsOf.addDays(-15), Status::Done), kAsOf) == 0);
}

TEST_CASE("A task is released from its release date or from the start", "[planning][readiness]")
{
    Task task;
    task.key = QStringLiteral("R");
    task.releaseOffsetWeeks = -4;
    task.dueOffsetWeeks = -2;
    const PlannedTask planned = plan(task, TaskState(), kGoLive);
    CHECK(planned.release == kGoLive.addDays(-28));
    CHECK_FALSE(isReleased(planned, kGoLive.addDays(-29)));
    CHECK(isReleased(planned, kGoLive.addDays(-28)));
    CHECK(isReleased(planned, kGoLive));

    // Without a go-live date the release date is unknown: not released yet.
    CHECK_FALSE(isReleased(plan(task, TaskState(), QDate()), kAsOf));

    task.releaseOffsetWeeks.reset();
    CHECK(isReleased(plan(task, TaskState(), kGoLive), QDate(2020, 1, 1)));
    CHECK(isReleased(plan(task, TaskState(), QDate()), kAsOf));
}

TEST_CASE("Relevant tasks exclude not relevant and withdrawn ones", "[planning][readiness]")
{
    CHECK(isRelevant(makeTask(QStringLiteral("A"), kAsOf)));
    CHECK(isRelevant(makeTask(QStringLiteral("A"), kAsOf, Status::Done)));
    CHECK_FALSE(isRelevant(makeTask(QStringLiteral("A"), kAsOf, Status::NotRelevant)));
    PlannedTask withdrawn = makeTask(QStringLiteral("W"), kAsOf);
    withdrawn.task.withdrawnInVersion = 3;
    CHECK_FALSE(isRelevant(withdrawn));
}

TEST_CASE("An estimate of 0 hours weighs 1 hour", "[planning][readiness]")
{
    Task task;
    CHECK(weightHours(task) == 1.0);
    task.estimateHours = 7.5;
    CHECK(weightHours(task) == 7.5);
    task.estimateHours = -2.0;
    CHECK(weightHours(task) == 1.0);

    // Two 0-hour tasks, one done: 50 %.
    const QList<PlannedTask> tasks {makeTask(QStringLiteral("A"), kAsOf, Status::Done, 0.0),
                                    makeTask(QStringLiteral("B"), kAsOf.addDays(10), Status::NotStarted, 0.0)};
    const Progress p = progress(tasks, kAsOf);
    CHECK(p.relevantHours == 2.0);
    CHECK(p.doneHours == 1.0);
    CHECK(p.actual == 50.0);
    CHECK(p.planned == 50.0);
    CHECK(p.variance == 0.0);
}

TEST_CASE("Progress is the hours-weighted share of relevant tasks done against the plan", "[planning][readiness]")
{
    PlannedTask withdrawn = makeTask(QStringLiteral("W"), kAsOf.addDays(-5), Status::Done, 40.0);
    withdrawn.task.withdrawnInVersion = 2;
    const QList<PlannedTask> tasks {
        makeTask(QStringLiteral("A"), kAsOf.addDays(20), Status::Done, 30.0), // done early
        makeTask(QStringLiteral("B"), kAsOf.addDays(-3), Status::InProgress, 10.0), // overdue
        makeTask(QStringLiteral("C"), kAsOf, Status::NotStarted, 0.0), // due today: planned, not overdue
        makeTask(QStringLiteral("D"), kAsOf.addDays(50), Status::NotStarted, 59.0),
        makeTask(QStringLiteral("N"), kAsOf.addDays(-5), Status::NotRelevant, 500.0),
        withdrawn,
    };
    const Progress p = progress(tasks, kAsOf);
    CHECK(p.tasks == 4);
    CHECK(p.doneTasks == 1);
    CHECK(p.overdueTasks == 1);
    CHECK(p.relevantHours == 100.0);
    CHECK(p.doneHours == 30.0);
    CHECK(p.plannedHours == 11.0);
    CHECK(p.actual == 30.0);
    CHECK(p.planned == 11.0);
    CHECK(p.variance == Approx(19.0));
}

TEST_CASE("Progress of no tasks is zero without NaN", "[planning][readiness]")
{
    const Progress p = progress({}, kAsOf);
    CHECK(p.tasks == 0);
    CHECK(p.actual == 0.0);
    CHECK(p.planned == 0.0);
    CHECK(p.variance == 0.0);
    CHECK_FALSE(std::isnan(p.actual));

    // Only not-relevant tasks: same.
    const Progress q = progress({makeTask(QStringLiteral("N"), kAsOf.addDays(-1), Status::NotRelevant)}, kAsOf);
    CHECK(q.tasks == 0);
    CHECK(q.relevantHours == 0.0);
    CHECK_FALSE(std::isnan(q.planned));
    CHECK(progressByPhase({}, kAsOf).isEmpty());
    CHECK(progressByTheme({}, kAsOf).isEmpty());
}

TEST_CASE("Progress grouped by phase and theme", "[planning][readiness]")
{
    PlannedTask a = makeTask(QStringLiteral("A"), kAsOf.addDays(-7), Status::Done, 4.0);
    a.task.phase = Phase::P1;
    a.task.theme = Theme::ORG;
    PlannedTask b = makeTask(QStringLiteral("B"), kAsOf.addDays(7), Status::NotStarted, 4.0);
    b.task.phase = Phase::P1;
    b.task.theme = Theme::UDD;
    PlannedTask c = makeTask(QStringLiteral("C"), kAsOf.addDays(-7), Status::NotStarted, 2.0);
    c.task.phase = Phase::P22;
    c.task.theme = Theme::ORG;
    PlannedTask d = makeTask(QStringLiteral("D"), kAsOf.addDays(70), Status::Done, 6.0);
    d.task.phase = Phase::P3; // no theme
    PlannedTask n = makeTask(QStringLiteral("N"), kAsOf, Status::NotRelevant, 6.0);
    n.task.phase = Phase::P4;
    n.task.theme = Theme::GEV;
    const QList<PlannedTask> tasks {a, b, c, d, n};

    const QMap<Phase, Progress> byPhase = progressByPhase(tasks, kAsOf);
    CHECK(byPhase.keys() == QList<Phase> {Phase::P1, Phase::P22, Phase::P3});
    CHECK(byPhase.value(Phase::P1).actual == 50.0);
    CHECK(byPhase.value(Phase::P1).planned == 50.0);
    CHECK(byPhase.value(Phase::P22).overdueTasks == 1);
    CHECK(byPhase.value(Phase::P22).variance == -100.0);
    CHECK(byPhase.value(Phase::P3).actual == 100.0);
    CHECK(byPhase.value(Phase::P4).tasks == 0);

    const QMap<Theme, Progress> byTheme = progressByTheme(tasks, kAsOf);
    CHECK(byTheme.keys() == QList<Theme> {Theme::ORG, Theme::UDD});
    CHECK(byTheme.value(Theme::ORG).tasks == 2);
    CHECK(byTheme.value(Theme::ORG).relevantHours == 6.0);
    CHECK(byTheme.value(Theme::ORG).doneHours == 4.0);
    CHECK(byTheme.value(Theme::UDD).actual == 0.0);

    const Progress other = progressWithoutTheme(tasks, kAsOf);
    CHECK(other.tasks == 1);
    CHECK(other.doneHours == 6.0);
    CHECK(progress(tasks, kAsOf).tasks == byTheme.value(Theme::ORG).tasks + byTheme.value(Theme::UDD).tasks + 1);
}

TEST_CASE("Mandatory tasks done locally but not in KLIK are missing in KLIK", "[planning][readiness]")
{
    PlannedTask task = mandatoryTask(QStringLiteral("M"), kAsOf, Status::Done);
    CHECK(missingInKlik(task));
    task.state.klikMarkedOn = kAsOf;
    CHECK_FALSE(missingInKlik(task));
    CHECK_FALSE(missingInKlik(mandatoryTask(QStringLiteral("M"), kAsOf, Status::InProgress)));
    CHECK_FALSE(missingInKlik(makeTask(QStringLiteral("O"), kAsOf, Status::Done)));
    PlannedTask withdrawn = mandatoryTask(QStringLiteral("W"), kAsOf, Status::Done);
    withdrawn.task.withdrawnInVersion = 2;
    CHECK_FALSE(missingInKlik(withdrawn));
}

TEST_CASE("Red when a mandatory task is more than 14 days overdue", "[planning][readiness][light]")
{
    // A large finished task keeps the variance close to zero.
    const PlannedTask big = makeTask(QStringLiteral("BIG"), kAsOf.addDays(-30), Status::Done, 100.0);

    const TrafficLight at14
        = trafficLight({big, mandatoryTask(QStringLiteral("M1"), kAsOf.addDays(-14))}, kGoLive, kAsOf);
    CHECK(at14.light == Light::Yellow);
    CHECK(codesOf(at14) == QStringList {QStringLiteral("overdue")});

    const TrafficLight at15
        = trafficLight({big, mandatoryTask(QStringLiteral("M1"), kAsOf.addDays(-15))}, kGoLive, kAsOf);
    CHECK(at15.light == Light::Red);
    CHECK(at15.computed == Light::Red);
    CHECK_FALSE(at15.overridden);
    CHECK(codesOf(at15) == QStringList {QStringLiteral("mandatory-overdue"), QStringLiteral("overdue")});
    CHECK(at15.reasons.at(0).light == Light::Red);
    CHECK(at15.reasons.at(1).light == Light::Yellow);
    CHECK(at15.reasons.at(0).text.contains(QStringLiteral("M1")));
    CHECK(at15.reasons.at(0).text.contains(QStringLiteral("14")));

    // An optional task 15 days overdue is only yellow.
    const TrafficLight optional
        = trafficLight({big, makeTask(QStringLiteral("O1"), kAsOf.addDays(-15))}, kGoLive, kAsOf);
    CHECK(optional.light == Light::Yellow);
}

TEST_CASE("Red when progress is more than 15 points behind plan", "[planning][readiness][light]")
{
    // 150 of 1000 hours due by today, nothing done: exactly -15 points, not red.
    const QList<PlannedTask> at15 {makeTask(QStringLiteral("X"), kAsOf, Status::NotStarted, 150.0),
                                   makeTask(QStringLiteral("Y"), kAsOf.addDays(30), Status::NotStarted, 850.0)};
    REQUIRE(progress(at15, kAsOf).variance == -15.0);
    const TrafficLight notRed = trafficLight(at15, kGoLive, kAsOf);
    CHECK(notRed.light == Light::Green);
    CHECK(codesOf(notRed) == QStringList {QStringLiteral("on-track")});
    CHECK(notRed.reasons.at(0).text.contains(QStringLiteral("behind plan")));

    // 151 of 1000: -15.1 points, red.
    const QList<PlannedTask> at151 {makeTask(QStringLiteral("X"), kAsOf, Status::NotStarted, 151.0),
                                    makeTask(QStringLiteral("Y"), kAsOf.addDays(30), Status::NotStarted, 849.0)};
    const TrafficLight red = trafficLight(at151, kGoLive, kAsOf);
    CHECK(red.light == Light::Red);
    CHECK(codesOf(red) == QStringList {QStringLiteral("variance")});
    CHECK(red.reasons.at(0).text.contains(num(15.1, 1)));
}

TEST_CASE("Red within 28 days of go-live when less than 80 % of the go-live work is done",
          "[planning][readiness][light]")
{
    // Both tasks are due at go-live: nothing is overdue before it and the plan is ahead.
    const QList<PlannedTask> seventy {
        makeTask(QStringLiteral("G1"), kGoLive, Status::Done, 70.0),
        makeTask(QStringLiteral("G2"), kGoLive, Status::NotStarted, 30.0),
        makeTask(QStringLiteral("LATER"), kGoLive.addDays(30), Status::NotStarted, 500.0)};

    const TrafficLight before = trafficLight(seventy, kGoLive, kGoLive.addDays(-29));
    CHECK(before.light == Light::Green);

    const TrafficLight atWindow = trafficLight(seventy, kGoLive, kGoLive.addDays(-28));
    CHECK(atWindow.light == Light::Red);
    CHECK(codesOf(atWindow) == QStringList {QStringLiteral("golive-progress")});
    CHECK(atWindow.reasons.at(0).text.contains(QStringLiteral("28")));
    CHECK(atWindow.reasons.at(0).text.contains(QStringLiteral("70")));

    CHECK(trafficLight(seventy, kGoLive, kGoLive).light == Light::Red);

    // After go-live the rule still applies; G2 is now overdue as well.
    const TrafficLight after = trafficLight(seventy, kGoLive, kGoLive.addDays(3));
    CHECK(after.light == Light::Red);
    CHECK(codesOf(after).contains(QStringLiteral("golive-progress")));
    CHECK(codesOf(after).contains(QStringLiteral("overdue")));
    const LightReason *late = findReason(after, QStringLiteral("golive-progress"));
    REQUIRE(late != nullptr);
    CHECK(late->light == Light::Red);
    CHECK(late->text.contains(QStringLiteral("Went live 3 days ago")));

    // Exactly 80 % is enough.
    const QList<PlannedTask> eighty {makeTask(QStringLiteral("G1"), kGoLive, Status::Done, 80.0),
                                     makeTask(QStringLiteral("G2"), kGoLive, Status::NotStarted, 20.0)};
    CHECK(trafficLight(eighty, kGoLive, kGoLive.addDays(-28)).light == Light::Green);

    // Not-relevant tasks do not count against readiness.
    QList<PlannedTask> withSkipped = eighty;
    withSkipped.append(makeTask(QStringLiteral("SKIP"), kGoLive, Status::NotRelevant, 500.0));
    CHECK(trafficLight(withSkipped, kGoLive, kGoLive.addDays(-28)).light == Light::Green);

    // No go-live date: the rule does not apply.
    CHECK(trafficLight(seventy, QDate(), kGoLive.addDays(-10)).light == Light::Green);
}

TEST_CASE("Yellow when any task is overdue and the reason lists at most five keys", "[planning][readiness][light]")
{
    QList<PlannedTask> tasks {makeTask(QStringLiteral("BIG"), kAsOf.addDays(-40), Status::Done, 1000.0)};
    for (int i = 1; i <= 8; ++i)
        tasks.append(makeTask(QStringLiteral("T%1").arg(i), kAsOf.addDays(-i)));
    const TrafficLight light = trafficLight(tasks, kGoLive, kAsOf);
    REQUIRE(light.light == Light::Yellow);
    REQUIRE(light.reasons.size() == 1);
    const QString text = light.reasons.at(0).text;
    // Most overdue first, one line each, then how many more.
    CHECK(text.split(QLatin1Char('\n'))
          == QStringList({QStringLiteral("8 tasks overdue:"), QStringLiteral("\u2013 T8"), QStringLiteral("\u2013 T7"),
                          QStringLiteral("\u2013 T6"), QStringLiteral("\u2013 T5"), QStringLiteral("\u2013 T4"),
                          QStringLiteral("\u2013 and 3 more")}));
    CHECK_FALSE(text.contains(QStringLiteral("T3")));
}

TEST_CASE("A reason names each stakeholder on a line of its own and tasks by key and title",
          "[planning][readiness][light]")
{
    // Names with commas in them read as four names when joined by commas.
    ReadinessSignals signalsIn;
    signalsIn.engagementGaps = {StakeholderSignal {1, QStringLiteral("Afdelingsleder, Forebyggelse"), true, 2},
                                StakeholderSignal {2, QStringLiteral("Afdelingsleder, Handicap og familie"), true, 3}};
    PlannedTask late = mandatoryTask(QStringLiteral("P22-11"), kAsOf.addDays(-20));
    late.task.titleEn = QStringLiteral("Agree the interfaces");
    late.task.titleDa = QStringLiteral("Aftal snitfladerne");
    const PlannedTask big = makeTask(QStringLiteral("BIG"), kAsOf.addDays(-30), Status::Done, 100.0);
    const TrafficLight light = trafficLight({big, late}, kGoLive, kAsOf, signalsIn);

    const LightReason *stakeholders = findReason(light, QStringLiteral("stakeholder"));
    REQUIRE(stakeholders);
    CHECK(stakeholders->text.split(QLatin1Char('\n'))
          == QStringList({QStringLiteral("2 resource persons 2 or more engagement steps below target:"),
                          QStringLiteral("\u2013 Afdelingsleder, Handicap og familie"),
                          QStringLiteral("\u2013 Afdelingsleder, Forebyggelse")}));

    const LightReason *mandatory = findReason(light, QStringLiteral("mandatory-overdue"));
    REQUIRE(mandatory);
    CHECK(mandatory->text.split(QLatin1Char('\n')).value(1) == QStringLiteral("\u2013 P22-11 Agree the interfaces"));
    const LightReason *overdue = findReason(light, QStringLiteral("overdue"));
    REQUIRE(overdue);
    CHECK(overdue->text.split(QLatin1Char('\n')).value(1) == QStringLiteral("\u2013 P22-11 Agree the interfaces"));
}

TEST_CASE("Yellow when someone is over-allocated in the next 4 weeks", "[planning][readiness][light]")
{
    // 14 Dec 2026 is in week 51: the next 4 weeks are 51, 52, 53 and week 1 of 2027.
    const QDate asOf(2026, 12, 14);
    const QList<PlannedTask> tasks {makeTask(QStringLiteral("A"), asOf.addDays(7))};

    ReadinessSignals signalsIn;
    signalsIn.overAllocations.append(CapacitySignal {1, QStringLiteral("Anna"), 202701, 7.4, 12.0});
    TrafficLight light = trafficLight(tasks, QDate(2027, 6, 1), asOf, signalsIn);
    CHECK(light.light == Light::Yellow);
    CHECK(codesOf(light) == QStringList {QStringLiteral("capacity")});
    CHECK(light.reasons.at(0).text.contains(QStringLiteral("Anna")));
    CHECK(light.reasons.at(0).text.contains(QStringLiteral("week 1")));

    // Week 2 of 2027 is outside, a week in the past too, and needed <= allocated is no over-allocation.
    signalsIn.overAllocations = {CapacitySignal {1, QStringLiteral("Anna"), 202702, 7.4, 12.0},
                                 CapacitySignal {1, QStringLiteral("Anna"), 202650, 7.4, 12.0},
                                 CapacitySignal {2, QStringLiteral("Bo"), 202653, 10.0, 10.0}};
    light = trafficLight(tasks, QDate(2027, 6, 1), asOf, signalsIn);
    CHECK(light.light == Light::Green);

    // Nothing allocated but hours needed (unplanned) counts.
    signalsIn.overAllocations = {CapacitySignal {2, QStringLiteral("Bo"), 202653, 0.0, 3.0}};
    CHECK(trafficLight(tasks, QDate(2027, 6, 1), asOf, signalsIn).light == Light::Yellow);
}

TEST_CASE("Yellow when a resource person is 2 or more engagement steps below target", "[planning][readiness][light]")
{
    const QList<PlannedTask> tasks {makeTask(QStringLiteral("A"), kAsOf.addDays(7))};
    ReadinessSignals signalsIn;
    signalsIn.engagementGaps = {StakeholderSignal {1, QStringLiteral("Leder A"), true, 1},
                                StakeholderSignal {2, QStringLiteral("Direktion"), false, 3}};
    CHECK(trafficLight(tasks, kGoLive, kAsOf, signalsIn).light == Light::Green);

    signalsIn.engagementGaps.append(StakeholderSignal {3, QStringLiteral("Faglig leder B"), true, 2});
    const TrafficLight light = trafficLight(tasks, kGoLive, kAsOf, signalsIn);
    CHECK(light.light == Light::Yellow);
    CHECK(codesOf(light) == QStringList {QStringLiteral("stakeholder")});
    CHECK(light.reasons.at(0).text.contains(QStringLiteral("Faglig leder B")));
    CHECK_FALSE(light.reasons.at(0).text.contains(QStringLiteral("Leder A")));
    CHECK_FALSE(light.reasons.at(0).text.contains(QStringLiteral("Direktion")));
}

TEST_CASE("All reasons are given with the red ones first", "[planning][readiness][light]")
{
    QList<PlannedTask> tasks {mandatoryTask(QStringLiteral("M1"), kAsOf.addDays(-20)),
                              makeTask(QStringLiteral("T1"), kAsOf.addDays(-2), Status::NotStarted, 50.0),
                              makeTask(QStringLiteral("D1"), kAsOf.addDays(40), Status::NotStarted, 50.0)};
    ReadinessSignals signalsIn;
    signalsIn.overAllocations = {CapacitySignal {1, QStringLiteral("Anna"), weekKey(kAsOf), 5.0, 9.0}};
    signalsIn.engagementGaps = {StakeholderSignal {1, QStringLiteral("Leder A"), true, 3}};
    // Go-live in 10 days: the go-live rule applies too.
    const TrafficLight light = trafficLight(tasks, kAsOf.addDays(10), kAsOf, signalsIn);
    CHECK(light.light == Light::Red);
    CHECK(codesOf(light)
          == QStringList({QStringLiteral("mandatory-overdue"), QStringLiteral("variance"),
                          QStringLiteral("golive-progress"), QStringLiteral("overdue"), QStringLiteral("capacity"),
                          QStringLiteral("stakeholder")}));
    for (const LightReason &reason : light.reasons)
        CHECK_FALSE(reason.text.isEmpty());
}

TEST_CASE("A green light says why it is green", "[planning][readiness][light]")
{
    // 30 of 100 hours done, 25 planned by now: 5 points ahead.
    const QList<PlannedTask> tasks {makeTask(QStringLiteral("A"), kAsOf.addDays(-10), Status::Done, 25.0),
                                    makeTask(QStringLiteral("B"), kAsOf.addDays(10), Status::Done, 5.0),
                                    makeTask(QStringLiteral("C"), kAsOf.addDays(30), Status::NotStarted, 70.0)};
    const TrafficLight light = trafficLight(tasks, kGoLive, kAsOf);
    CHECK(light.light == Light::Green);
    REQUIRE(light.reasons.size() == 1);
    CHECK(light.reasons.at(0).code == QStringLiteral("on-track"));
    CHECK(light.reasons.at(0).light == Light::Green);
    CHECK(light.reasons.at(0).text.contains(QStringLiteral("No overdue tasks")));
    CHECK(light.reasons.at(0).text.contains(QStringLiteral("5 percentage points ahead")));

    const TrafficLight empty = trafficLight({}, kGoLive, kAsOf);
    CHECK(empty.light == Light::Green);
    CHECK(empty.reasons.size() == 1);
}

TEST_CASE("A manual light needs a written reason and keeps the computed one visible", "[planning][readiness][light]")
{
    const TrafficLight computed
        = trafficLight({makeTask(QStringLiteral("T1"), kAsOf.addDays(-2), Status::NotStarted, 1.0),
                        makeTask(QStringLiteral("BIG"), kAsOf.addDays(-2), Status::Done, 100.0)},
                       kGoLive, kAsOf);
    REQUIRE(computed.light == Light::Yellow);

    bool ok = true;
    TrafficLight same = applyOverride(computed, Light::Green, QStringLiteral("   "), &ok);
    CHECK_FALSE(ok);
    CHECK(same.light == Light::Yellow);
    CHECK_FALSE(same.overridden);
    same = applyOverride(computed, Light::Green, QString(), &ok);
    CHECK_FALSE(ok);
    CHECK_FALSE(same.overridden);

    const TrafficLight manual
        = applyOverride(computed, Light::Red, QStringLiteral(" Supplier delivery slipped two weeks "), &ok);
    CHECK(ok);
    CHECK(manual.light == Light::Red);
    CHECK(manual.overridden);
    CHECK(manual.overrideReason == QStringLiteral("Supplier delivery slipped two weeks"));
    CHECK(manual.computed == Light::Yellow);
    CHECK(codesOf(manual) == codesOf(computed));

    // Overriding again still remembers what the rules said.
    const TrafficLight again = applyOverride(manual, Light::Green, QStringLiteral("Solved"), &ok);
    CHECK(again.light == Light::Green);
    CHECK(again.computed == Light::Yellow);
}

TEST_CASE("Light names and codes", "[planning][readiness][light]")
{
    CHECK(lightName(Light::Red) == QStringLiteral("Red"));
    CHECK(lightName(Light::Yellow) == QStringLiteral("Yellow"));
    CHECK(lightName(Light::Green) == QStringLiteral("Green"));
    for (Light light : {Light::Green, Light::Yellow, Light::Red})
        CHECK(lightFromCode(lightCode(light)) == light);
    CHECK(lightFromCode(QStringLiteral(" RED ")) == Light::Red);
    CHECK_FALSE(lightFromCode(QStringLiteral("amber")).has_value());
}

TEST_CASE("Lists of overdue and due-soon tasks for reports", "[planning][readiness][lists]")
{
    PlannedTask withdrawn = makeTask(QStringLiteral("W"), kAsOf.addDays(-9));
    withdrawn.task.withdrawnInVersion = 2;
    const QList<PlannedTask> tasks {
        makeTask(QStringLiteral("O1"), kAsOf.addDays(-1)),
        makeTask(QStringLiteral("O2"), kAsOf.addDays(-20), Status::Waiting),
        makeTask(QStringLiteral("O3"), kAsOf.addDays(-5), Status::InProgress),
        makeTask(QStringLiteral("DONE"), kAsOf.addDays(-8), Status::Done),
        makeTask(QStringLiteral("NR"), kAsOf.addDays(-8), Status::NotRelevant),
        withdrawn,
        makeTask(QStringLiteral("TODAY"), kAsOf),
        makeTask(QStringLiteral("D14"), kAsOf.addDays(14)),
        makeTask(QStringLiteral("D15"), kAsOf.addDays(15)),
        makeTask(QStringLiteral("D7DONE"), kAsOf.addDays(7), Status::Done),
        makeTask(QStringLiteral("NODATE"), QDate()),
    };
    CHECK(keysOf(overdueTasks(tasks, kAsOf))
          == QStringList({QStringLiteral("O2"), QStringLiteral("O3"), QStringLiteral("O1")}));
    CHECK(keysOf(dueWithin(tasks, kAsOf, 14)) == QStringList({QStringLiteral("TODAY"), QStringLiteral("D14")}));
    CHECK(keysOf(blockedTasks(tasks)) == QStringList {QStringLiteral("O2")});
}

TEST_CASE("Lists of released tasks milestones and tasks missing in KLIK", "[planning][readiness][lists]")
{
    auto released = [](const QString &key, const QDate &release) {
        PlannedTask task = makeTask(key, release.addDays(14));
        task.task.releaseOffsetWeeks = -1;
        task.release = release;
        return task;
    };
    PlannedTask milestone = makeTask(QStringLiteral("MS1"), kAsOf.addDays(30), Status::Done);
    milestone.task.milestone = true;
    PlannedTask milestone2 = makeTask(QStringLiteral("MS0"), kAsOf.addDays(10));
    milestone2.task.milestone = true;
    PlannedTask marked = mandatoryTask(QStringLiteral("K2"), kAsOf, Status::Done);
    marked.state.klikMarkedOn = kAsOf;

    const QList<PlannedTask> tasks {
        released(QStringLiteral("R3"), kAsOf.addDays(7)),
        released(QStringLiteral("R1"), kAsOf),
        released(QStringLiteral("R0"), kAsOf.addDays(-1)),
        released(QStringLiteral("R4"), kAsOf.addDays(8)),
        makeTask(QStringLiteral("START"), kAsOf),
        milestone,
        milestone2,
        mandatoryTask(QStringLiteral("K1"), kAsOf.addDays(-3), Status::Done),
        marked,
    };
    CHECK(keysOf(releasedBetween(tasks, kAsOf, kAsOf.addDays(7)))
          == QStringList({QStringLiteral("R1"), QStringLiteral("R3")}));
    CHECK(keysOf(milestones(tasks)) == QStringList({QStringLiteral("MS0"), QStringLiteral("MS1")}));
    CHECK(keysOf(missingInKlikTasks(tasks)) == QStringList {QStringLiteral("K1")});
}
