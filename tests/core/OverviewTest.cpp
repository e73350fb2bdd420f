// The overview's figures: one municipality's summary on a fixed date, the bulk read of all municipalities,
// the cross-municipality rows and their table model.
#include "Fixtures.h"
#include "TestSupport.h"
#include "services/OverviewRows.h"
#include "services/ReadinessInputs.h"

#include "demo/DemoBuilder.h"
#include "domain/Calendar.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "models/MunicipalityOverviewModel.h"
#include "planning/Overview.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"
#include "storage/OverviewRepository.h"
#include "storage/TaskRepository.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSet>
#include <QSortFilterProxyModel>

using namespace parat;

namespace {

const QDate kToday(2026, 11, 27);

// English plural forms come from the catalogue; build the expected text from the same pieces.
QString weeks(int n)
{
    return OverviewText::tr("%n week(s)", "", n);
}

QString days(int n)
{
    return OverviewText::tr("%n day(s)", "", n);
}

QStringList keysOf(const QList<PlannedTask> &tasks)
{
    QStringList keys;
    for (const PlannedTask &task : tasks)
        keys.append(task.task.key);
    return keys;
}

// The demo (0630 Vejle) plus 0101 København with go-live 4 Jan 2027, one task done and one local task. language: as
// DemoDatabase.
struct TwoMunicipalities : test::DemoDatabase
{
    explicit TwoMunicipalities(const QString &language = QString())
        : DemoDatabase(language)
    {
        QString error;
        other.code = QStringLiteral("0101");
        other.goLive = QDate(2027, 1, 4);
        REQUIRE(MunicipalityRepository(db).add(&other, &error));

        TaskRepository tasks(db);
        const QList<PlannedTask> planned = tasks.plannedTasks(other.id);
        REQUIRE(!planned.isEmpty());
        TaskState done = planned.first().state;
        done.status = Status::Done;
        REQUIRE(tasks.setState(done, clock.now(), &error));

        Task local;
        local.municipalityId = other.id;
        local.titleDa = QStringLiteral("Lokal opgave");
        local.phase = Phase::P22;
        local.dueOffsetWeeks = -8;
        local.estimateHours = 3;
        REQUIRE(tasks.addLocalTask(&local, &error));
        const auto stored = tasks.plannedTask(other.id, local.id);
        REQUIRE(stored);
        localTask = *stored;
    }

    Municipality other;
    PlannedTask localTask;
};

} // namespace

TEST_CASE("The demo goes live on the first 1 January at least two weeks after the day it is built", "[overview][demo]")
{
    CHECK(DemoBuilder::goLiveFor(QDate(2026, 11, 27)) == QDate(2027, 1, 1));
    CHECK(DemoBuilder::goLiveFor(QDate(2026, 12, 7)) == QDate(2027, 1, 1));
    CHECK(DemoBuilder::goLiveFor(QDate(2026, 12, 18)) == QDate(2027, 1, 1)); // 14 days
    CHECK(DemoBuilder::goLiveFor(QDate(2026, 12, 19)) == QDate(2028, 1, 1)); // 13 days: a year later
    CHECK(DemoBuilder::goLiveFor(QDate(2026, 12, 31)) == QDate(2028, 1, 1));
    CHECK(DemoBuilder::goLiveFor(QDate(2026, 1, 1)) == QDate(2027, 1, 1));
}

TEST_CASE("The demo's summary on a fixed date uses the readiness rules", "[overview]")
{
    test::DemoDatabase data(QStringLiteral("en"));
    Database &db = data.db;
    const Municipality &demo = data.demo;
    const QList<PlannedTask> tasks = TaskRepository(db).plannedTasks(demo.id);
    REQUIRE(tasks.size() == 91);

    const MunicipalitySummary s = summarize(demo, tasks, kToday);

    // Go-live is at the year shift, the first 1 January at least two weeks ahead: 1 Jan 2027, a Friday in ISO
    // week 53 of 2026, five weeks from Friday 27 November.
    CHECK(demo.goLive == QDate(2027, 1, 1));
    CHECK(s.daysToGoLive == 35);
    CHECK(s.weeksToGoLive == 5);
    CHECK(goLiveText(s, QStringLiteral("en")) == QStringLiteral("Go-live 1 Jan 2027 (week 53)"));
    CHECK(timeToGoLiveText(s) == QStringLiteral("%1 to go").arg(weeks(5)));

    // Figures come from Readiness.h unchanged.
    const Progress total = progress(tasks, kToday);
    CHECK(s.total.actual == Approx(total.actual));
    CHECK(s.total.planned == Approx(total.planned));
    CHECK(s.total.tasks == total.tasks);
    CHECK(s.relevantTasks == total.tasks);
    CHECK(s.byPhase.keys() == progressByPhase(tasks, kToday).keys());
    CHECK(s.light.light == trafficLight(tasks, demo.goLive, kToday).light);
    CHECK_FALSE(s.light.reasons.isEmpty());

    // Overdue: exactly the tasks due before today that are not done or not relevant.
    QSet<QString> expectedOverdue;
    for (const PlannedTask &task : tasks) {
        if (task.due.isValid() && task.due < kToday && task.state.status != Status::Done
            && task.state.status != Status::NotRelevant)
            expectedOverdue.insert(task.task.key);
    }
    CHECK(expectedOverdue.size() >= 2);
    const QStringList overdueKeys = keysOf(s.overdue);
    CHECK(QSet<QString>(overdueKeys.begin(), overdueKeys.end()) == expectedOverdue);
    CHECK(overdueKeys.size() == expectedOverdue.size());
    for (int i = 1; i < s.overdue.size(); ++i)
        CHECK(s.overdue.at(i - 1).due <= s.overdue.at(i).due); // most overdue first

    // Due soon: open tasks due from today on, the 4-week list containing the 2-week one.
    CHECK_FALSE(s.dueIn4Weeks.isEmpty());
    for (const PlannedTask &task : s.dueIn2Weeks) {
        CHECK(task.due >= kToday);
        CHECK(task.due <= kToday.addDays(14));
        CHECK_FALSE(statusIsClosed(task.state.status));
        CHECK(keysOf(s.dueIn4Weeks).contains(task.task.key));
    }
    for (const PlannedTask &task : s.dueIn4Weeks)
        CHECK(task.due <= kToday.addDays(28));
    const QList<PlannedTask> later = dueLaterIn4Weeks(s);
    CHECK(later.size() + s.dueIn2Weeks.size() == s.dueIn4Weeks.size());
    for (const PlannedTask &task : later)
        CHECK(task.due > kToday.addDays(14));

    // Released in the last 2 weeks: release date after 13 Nov through today.
    CHECK_FALSE(s.lastReportDate.has_value());
    CHECK(s.releasedSinceDate == QDate(2026, 11, 13));
    CHECK(releasedSinceTitle(s, QStringLiteral("en")) == QStringLiteral("Released in the last 2 weeks"));
    int expectedReleased = 0;
    for (const PlannedTask &task : tasks) {
        if (task.release.isValid() && task.release > QDate(2026, 11, 13) && task.release <= kToday)
            ++expectedReleased;
    }
    CHECK(s.releasedSince.size() == expectedReleased);
    for (const PlannedTask &task : s.releasedSince) {
        CHECK(task.release > QDate(2026, 11, 13));
        CHECK(task.release <= kToday);
    }

    // Mandatory, done, not marked in KLIK: the demo has at least one.
    CHECK(keysOf(s.missingInKlik) == keysOf(missingInKlikTasks(tasks)));
    CHECK_FALSE(s.missingInKlik.isEmpty());
    for (const PlannedTask &task : s.missingInKlik) {
        CHECK(task.task.mandatory);
        CHECK(task.state.status == Status::Done);
        CHECK_FALSE(task.state.klikMarkedOn.isValid());
    }

    // With a last report, "released since" starts at its date and says so.
    const MunicipalitySummary sinceReport = summarize(demo, tasks, kToday, QDate(2026, 10, 30));
    CHECK(sinceReport.lastReportDate == QDate(2026, 10, 30));
    CHECK(sinceReport.releasedSinceDate == QDate(2026, 10, 30));
    CHECK(releasedSinceTitle(sinceReport, QStringLiteral("en"))
          == QStringLiteral("Released since the last report (30 Oct 2026)"));
    CHECK(sinceReport.releasedSince.size() >= s.releasedSince.size());
}

TEST_CASE("Time to go-live reads in weeks and days before and after go-live", "[overview]")
{
    installTranslations(QStringLiteral("en"));
    Municipality m;
    m.code = QStringLiteral("0101");
    m.name = QStringLiteral("København");

    const MunicipalitySummary none = summarize(m, {}, kToday);
    CHECK(goLiveText(none, QStringLiteral("en")) == QStringLiteral("No go-live date yet"));
    CHECK(timeToGoLiveText(none).isEmpty());
    CHECK(none.daysToGoLive == 0);

    m.goLive = kToday;
    CHECK(timeToGoLiveText(summarize(m, {}, kToday)) == QStringLiteral("Go-live is today"));
    m.goLive = kToday.addDays(14);
    CHECK(timeToGoLiveText(summarize(m, {}, kToday)) == QStringLiteral("%1 to go").arg(weeks(2)));
    m.goLive = kToday.addDays(1);
    CHECK(timeToGoLiveText(summarize(m, {}, kToday)) == QStringLiteral("%1 to go").arg(days(1)));
    m.goLive = kToday.addDays(-8);
    const MunicipalitySummary after = summarize(m, {}, kToday);
    CHECK(after.daysToGoLive == -8);
    CHECK(after.weeksToGoLive == -1);
    CHECK(timeToGoLiveText(after) == QStringLiteral("Went live %1 and %2 ago").arg(weeks(1), days(1)));

    // Empty task lists give empty lists and a green light, not a crash.
    CHECK(after.overdue.isEmpty());
    CHECK(after.total.tasks == 0);
    CHECK(after.light.light == Light::Green);
}

TEST_CASE("The bulk read gives every municipality what plannedTasks gives one", "[overview][storage]")
{
    TwoMunicipalities two;
    Database &db = two.db;

    const QHash<Id, QList<PlannedTask>> all = OverviewRepository(db).plannedTasksForAll();
    REQUIRE(all.size() == 2);
    for (const Id id : {two.demo.id, two.other.id}) {
        const QList<PlannedTask> one = TaskRepository(db).plannedTasks(id);
        const QList<PlannedTask> bulk = all.value(id);
        REQUIRE(bulk.size() == one.size());
        for (int i = 0; i < one.size(); ++i) {
            INFO("municipality " << id << " row " << i);
            CHECK(bulk.at(i).task.id == one.at(i).task.id);
            CHECK(bulk.at(i).task.key == one.at(i).task.key);
            CHECK(bulk.at(i).due == one.at(i).due);
            CHECK(bulk.at(i).release == one.at(i).release);
            CHECK(bulk.at(i).state.municipalityId == id);
            CHECK(bulk.at(i).state.taskId == one.at(i).state.taskId);
            CHECK(bulk.at(i).state.status == one.at(i).state.status);
            CHECK(bulk.at(i).state.responsiblePersonId == one.at(i).state.responsiblePersonId);
            CHECK(bulk.at(i).state.klikMarkedOn == one.at(i).state.klikMarkedOn);
            CHECK(bulk.at(i).state.dueOverride == one.at(i).state.dueOverride);
        }
    }
    // The local task belongs to its municipality only.
    CHECK(keysOf(all.value(two.other.id)).contains(two.localTask.task.key));
    CHECK(all.value(two.other.id).size() == all.value(two.demo.id).size() + 1);
}

TEST_CASE("Overview rows cover two municipalities ordered by code", "[overview]")
{
    TwoMunicipalities two(QStringLiteral("en"));
    Database &db = two.db;

    const QList<MunicipalityRow> rows = overviewRows(db, kToday);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).code == QStringLiteral("0101"));
    CHECK(rows.at(0).name == QStringLiteral("København"));
    CHECK(rows.at(1).code == QStringLiteral("0630"));

    for (const MunicipalityRow &row : rows) {
        const auto municipality = MunicipalityRepository(db).byId(row.id);
        REQUIRE(municipality);
        const QList<PlannedTask> tasks = TaskRepository(db).plannedTasks(row.id);
        const Progress p = progress(tasks, kToday);
        CHECK(row.goLive == municipality->goLive);
        CHECK(row.progress == Approx(p.actual));
        CHECK(row.planned == Approx(p.planned));
        CHECK(row.variance == Approx(p.variance));
        CHECK(row.overdue == overdueTasks(tasks, kToday).size());
        CHECK(row.tasks == p.tasks);
        // The same light as one municipality's: its tasks and its signals (capacity, stakeholders, the logs).
        CHECK(row.light
              == trafficLight(tasks, municipality->goLive, kToday, readinessSignals(db, row.id, kToday)).light);
        CHECK_FALSE(row.lightReason.isEmpty());
    }
    // København: go-live in 38 days, one task done out of 92, many due already.
    CHECK(rows.at(0).progress > 0.0);
    CHECK(rows.at(0).overdue > 0);
    CHECK(rows.at(0).light == Light::Red);
    CHECK(rows.at(1).overdue >= 2);
}

TEST_CASE("The municipality overview model shows and sorts the rows", "[overview][model]")
{
    TwoMunicipalities two(QStringLiteral("en"));
    Database &db = two.db;

    MunicipalityOverviewModel model(db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.load(kToday);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.columnCount() == MunicipalityOverviewModel::ColumnCount);
    CHECK(model.rowOf(two.other.id) == 0);
    CHECK(model.rowOf(two.demo.id) == 1);
    CHECK(model.rowOf(999) == -1);

    auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
        return model.data(model.index(row, column), role);
    };
    CHECK(cell(0, MunicipalityOverviewModel::CodeColumn).toString() == QStringLiteral("0101"));
    CHECK(cell(0, MunicipalityOverviewModel::GoLiveColumn).toString() == QStringLiteral("2027-01-04 (week 1)"));
    CHECK(cell(1, MunicipalityOverviewModel::GoLiveColumn).toString() == QStringLiteral("2027-01-01 (week 53)"));
    CHECK(cell(0, MunicipalityOverviewModel::LightColumn).toString() == QStringLiteral("Red"));
    CHECK(cell(0, MunicipalityOverviewModel::LightColumn, Qt::DecorationRole).value<QColor>().isValid());
    CHECK(cell(0, MunicipalityOverviewModel::ProgressColumn).toString().endsWith(QStringLiteral(" %")));
    CHECK(cell(0, MunicipalityOverviewModel::CodeColumn, MunicipalityOverviewModel::MunicipalityIdRole).toLongLong()
          == two.other.id);
    CHECK(cell(0, MunicipalityOverviewModel::LightColumn, MunicipalityOverviewModel::SortRole).toInt()
          == int(Light::Red));
    CHECK(cell(1, MunicipalityOverviewModel::GoLiveColumn, MunicipalityOverviewModel::SortRole).toLongLong()
          == QDate(2027, 1, 1).toJulianDay());
    CHECK(model.headerData(MunicipalityOverviewModel::VarianceColumn, Qt::Horizontal).toString()
          == QStringLiteral("Variance (points)"));

    // Sorting by each column through a proxy with the sort role: numbers sort as numbers.
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(MunicipalityOverviewModel::SortRole);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (int column = 0; column < MunicipalityOverviewModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            proxy.sort(column, order);
            const QVariant first = proxy.index(0, column).data(MunicipalityOverviewModel::SortRole);
            const QVariant second = proxy.index(1, column).data(MunicipalityOverviewModel::SortRole);
            INFO("column " << column);
            const int compared = QVariant::compare(first, second) == QPartialOrdering::Less ? -1
                : QVariant::compare(first, second) == QPartialOrdering::Greater             ? 1
                                                                                            : 0;
            CHECK((order == Qt::AscendingOrder ? compared <= 0 : compared >= 0));
        }
    }

    // A change in the database shows after reload.
    model.reload();
    CHECK(model.rowCount() == 2);
}
