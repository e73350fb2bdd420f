// The whole-database reads behind the cross-municipality overview (docs/architecture.md) must give exactly what the
// per-municipality reads give: same rows, same order, same values, same traffic light inputs. Checked on a
// small national dataset (the benchmark's generator) with the cases that take other code paths added: a moved
// deadline, a local task, a municipality without go-live, names outside ASCII.
#include "NationalDataset.h"
#include "TestSupport.h"
#include "services/CapacityLoader.h"
#include "services/OverviewRows.h"

#include "domain/Calendar.h"
#include "domain/Clock.h"
#include "planning/Capacity.h"
#include "planning/Overview.h"
#include "planning/StakeholderSignals.h"
#include "services/ReadinessInputs.h"
#include "services/StakeholderReport.h"
#include "storage/AllocationRepository.h"
#include "storage/Database.h"
#include "storage/GoLiveRepository.h"
#include "storage/MunicipalityRepository.h"
#include "storage/OverviewRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RunbookRepository.h"
#include "storage/SqlRows.h"
#include "storage/StakeholderRepository.h"
#include "storage/TaskRepository.h"

#include <QSqlQuery>

#include <algorithm>
#include <memory>
#include <optional>
#include <set>
#include <tuple>

using namespace parat;

namespace {

const QDate kToday(2026, 11, 27);

// Four municipalities of the generated dataset, then: a deadline moved and a local task in the first, the
// go-live of the third removed, a person and a stakeholder with Danish letters in the second.
QList<Municipality> buildSmallNation(Database &db, const Clock &clock)
{
    QString error;
    bench::DatasetSize size;
    size.municipalities = 4;
    size.tasks = 120;
    size.people = 15;
    size.stakeholders = 12;
    REQUIRE(bench::buildNationalDataset(db, clock, size, &error));
    const QList<Municipality> all = MunicipalityRepository(db).all();
    REQUIRE(all.size() == 4);
    // Every municipality keeps a go-live checklist with its meeting and a cutover runbook, as the demo does.
    for (const Municipality &municipality : all) {
        CHECK(GoLiveRepository(db).criteria(municipality.id).size() >= 10);
        CHECK(GoLiveRepository(db).meeting(municipality.id).has_value());
        CHECK(RunbookRepository(db).forMunicipality(municipality.id).size() >= 14);
    }

    TaskRepository tasks(db);
    PlannedTask moved = tasks.plannedTasks(all.at(0).id).at(5);
    moved.state.dueOverride = moved.due.addDays(70);
    moved.state.reason = QStringLiteral("Flyttet efter aftale med styregruppen");
    moved.state.note = QStringLiteral("Afventer leverandør – se mail");
    REQUIRE(tasks.setState(moved.state, clock.now(), &error));
    Task local;
    local.municipalityId = all.at(0).id;
    local.titleDa = QStringLiteral("Lokal opgave: møde i MED-udvalget");
    local.phase = Phase::P22;
    local.dueOffsetWeeks = -3;
    local.estimateHours = 12;
    REQUIRE(tasks.addLocalTask(&local, &error));

    Municipality undecided = all.at(2);
    undecided.goLive = QDate();
    REQUIRE(MunicipalityRepository(db).update(undecided, &error));

    Person person;
    person.municipalityId = all.at(1).id;
    person.name = QStringLiteral("Åse Ørnsø");
    person.roles = {Role::SU, Role::FL};
    person.registeredInKlik = false;
    REQUIRE(PersonRepository(db).add(&person, &error));
    Stakeholder stakeholder;
    stakeholder.municipalityId = all.at(1).id;
    stakeholder.name = QStringLiteral("Ældrerådet");
    stakeholder.influence = 3;
    stakeholder.affectedness = 3;
    stakeholder.engagementNow = Engagement::Unaware;
    stakeholder.engagementTarget = Engagement::Leading;
    REQUIRE(StakeholderRepository(db).add(&stakeholder, &error));
    return MunicipalityRepository(db).all();
}

void checkSameState(const TaskState &a, const TaskState &b)
{
    CHECK(a.municipalityId == b.municipalityId);
    CHECK(a.taskId == b.taskId);
    CHECK(a.status == b.status);
    CHECK(a.responsiblePersonId == b.responsiblePersonId);
    CHECK(a.performerPersonId == b.performerPersonId);
    CHECK(a.dueOverride == b.dueOverride);
    CHECK(a.doneOn == b.doneOn);
    CHECK(a.klikMarkedOn == b.klikMarkedOn);
    CHECK(a.reason == b.reason);
    CHECK(a.note == b.note);
}

} // namespace

// The small nation of buildSmallNation in a file of its own, read as of kToday.
struct SmallNation
{
    test::TempDir dir;
    Database db;
    FixedClock clock {kToday};
    QList<Municipality> municipalities;

    SmallNation()
    {
        QString error;
        REQUIRE(db.open(dir.file(QStringLiteral("nation.sqlite")), &error));
        municipalities = buildSmallNation(db, clock);
    }
};

TEST_CASE_METHOD(SmallNation, "Bulk reads give every municipality what its own reads give", "[overview][storage]")
{

    const QHash<Id, QList<PlannedTask>> tasks = OverviewRepository(db).plannedTasksForAll();
    // What the overview reads: the same without the states' reason and note.
    const QHash<Id, QList<PlannedTask>> withoutTexts
        = OverviewRepository(db).plannedTasksForAll(false, OverviewRepository::StateTexts::Skip);
    int textsLeftOut = 0;
    PersonRepository personRepository(db);
    const QHash<Id, QList<Person>> people = personRepository.byMunicipality();
    const QHash<Id, QHash<Id, SuperuserDetails>> details = personRepository.superuserDetailsByMunicipality();
    const QHash<Id, QList<Allocation>> allocations = AllocationRepository(db).byMunicipality();
    const QHash<Id, QList<Stakeholder>> stakeholders = StakeholderRepository(db).byMunicipality();

    for (const Municipality &municipality : municipalities) {
        INFO("municipality " << municipality.code.toStdString());
        const QList<PlannedTask> one = TaskRepository(db).plannedTasks(municipality.id);
        const QList<PlannedTask> bulk = tasks.value(municipality.id);
        REQUIRE(bulk.size() == one.size());
        REQUIRE(withoutTexts.value(municipality.id).size() == one.size());
        for (int i = 0; i < one.size(); ++i) {
            INFO("task row " << i);
            CHECK(bulk.at(i).task.key == one.at(i).task.key);
            CHECK(bulk.at(i).due == one.at(i).due);
            CHECK(bulk.at(i).release == one.at(i).release);
            checkSameState(bulk.at(i).state, one.at(i).state);

            const PlannedTask &light = withoutTexts.value(municipality.id).at(i);
            CHECK(light.task.key == one.at(i).task.key);
            CHECK(light.due == one.at(i).due);
            CHECK(light.release == one.at(i).release);
            TaskState texts = light.state;
            CHECK(texts.reason.isEmpty());
            CHECK(texts.note.isEmpty());
            texts.reason = one.at(i).state.reason;
            texts.note = one.at(i).state.note;
            checkSameState(texts, one.at(i).state);
            if (!one.at(i).state.reason.isEmpty() || !one.at(i).state.note.isEmpty())
                ++textsLeftOut;
        }

        const QList<Person> staff = personRepository.forMunicipality(municipality.id);
        REQUIRE(people.value(municipality.id).size() == staff.size());
        for (int i = 0; i < staff.size(); ++i) {
            const Person &a = people.value(municipality.id).at(i);
            const Person &b = staff.at(i);
            CHECK(a.id == b.id);
            CHECK(a.name == b.name);
            CHECK(a.unit == b.unit);
            CHECK(a.email == b.email);
            CHECK(a.roles == b.roles);
            CHECK(a.managerId == b.managerId);
            CHECK(a.registeredInKlik == b.registeredInKlik);
            CHECK(a.note == b.note);
        }
        CHECK(details.value(municipality.id) == personRepository.superuserDetailsFor(municipality.id));
        CHECK(allocations.value(municipality.id) == AllocationRepository(db).forMunicipality(municipality.id));
        // What capacity reads of them, for all at once: the same rows in the same order, without approval and note.
        const QList<Allocation> hours = AllocationRepository(db).hoursByMunicipality().value(municipality.id);
        REQUIRE(hours.size() == allocations.value(municipality.id).size());
        for (int i = 0; i < hours.size(); ++i) {
            const Allocation &full = allocations.value(municipality.id).at(i);
            CHECK(hours.at(i).id == full.id);
            CHECK(hours.at(i).personId == full.personId);
            CHECK(hours.at(i).fromWeek == full.fromWeek);
            CHECK(hours.at(i).toWeek == full.toWeek);
            CHECK(hours.at(i).hoursPerWeek == full.hoursPerWeek);
            CHECK(hours.at(i).approvedById == 0);
            CHECK(hours.at(i).approvedBy.isEmpty());
            CHECK(hours.at(i).note.isEmpty());
        }

        const QList<Stakeholder> map = StakeholderRepository(db).forMunicipality(municipality.id);
        REQUIRE(stakeholders.value(municipality.id).size() == map.size());
        for (int i = 0; i < map.size(); ++i) {
            const Stakeholder &a = stakeholders.value(municipality.id).at(i);
            const Stakeholder &b = map.at(i);
            CHECK(a.id == b.id);
            CHECK(a.name == b.name);
            CHECK(a.kind == b.kind);
            CHECK(a.internal == b.internal);
            CHECK(a.influence == b.influence);
            CHECK(a.affectedness == b.affectedness);
            CHECK(a.engagementNow == b.engagementNow);
            CHECK(a.engagementTarget == b.engagementTarget);
            CHECK(a.strategy == b.strategy);
            CHECK(a.concerns == b.concerns);
            CHECK(a.noteBefore == b.noteBefore);
            CHECK(a.ownerId == b.ownerId);
            CHECK(a.nextContact == b.nextContact);
            CHECK(a.lastReviewed == b.lastReviewed);
        }
    }
    // The edge cases are really there: a moved deadline out of handbook order (with a reason and a note), a local
    // task, no go-live.
    CHECK(textsLeftOut > 0);
    const QList<PlannedTask> first = tasks.value(municipalities.at(0).id);
    CHECK(std::any_of(first.cbegin(), first.cend(), [](const PlannedTask &t) { return t.task.isLocal(); }));
    CHECK(
        std::any_of(first.cbegin(), first.cend(), [](const PlannedTask &t) { return t.state.dueOverride.isValid(); }));
    CHECK_FALSE(tasks.value(municipalities.at(2).id).first().due.isValid());
}

TEST_CASE_METHOD(SmallNation, "The overview's traffic light inputs for all are those of each municipality",
                 "[overview][capacity]")
{

    int overAllocated = 0;
    int gaps = 0;
    // Before the projects, during them, around go-live and long after.
    for (const QDate &asOf : {kToday.addDays(-400), kToday.addDays(-30), kToday, kToday.addDays(60),
                              kToday.addDays(200), kToday.addDays(900)}) {
        const QHash<Id, ReadinessSignals> all
            = readinessSignalsForAll(db, asOf, OverviewRepository(db).plannedTasksForAll());
        for (const Municipality &municipality : municipalities) {
            INFO("municipality " << municipality.code.toStdString() << " as of "
                                 << asOf.toString(Qt::ISODate).toStdString());
            const ReadinessSignals each = readinessSignals(db, municipality.id, asOf);
            const ReadinessSignals bulk = all.value(municipality.id);
            // As the overview page asks, with the tasks it has read already.
            const ReadinessSignals given
                = readinessSignals(db, municipality.id, asOf, TaskRepository(db).plannedTasks(municipality.id));

            // The light reads the look-ahead weeks of the full plan: the window must give the same cells.
            const CapacityPlan full = loadCapacity(db, municipality.id, asOf);
            const QList<CapacitySignal> fromFull = overAllocations(full, asOf, CapacityOptions().lookaheadWeeks);
            REQUIRE(each.overAllocations.size() == fromFull.size());
            REQUIRE(bulk.overAllocations.size() == fromFull.size());
            REQUIRE(given.overAllocations.size() == fromFull.size());
            for (int i = 0; i < fromFull.size(); ++i) {
                for (const CapacitySignal &signal :
                     {each.overAllocations.at(i), bulk.overAllocations.at(i), given.overAllocations.at(i)}) {
                    CHECK(signal.personId == fromFull.at(i).personId);
                    CHECK(signal.person == fromFull.at(i).person);
                    CHECK(signal.weekKey == fromFull.at(i).weekKey);
                    CHECK(signal.allocatedHours == Approx(fromFull.at(i).allocatedHours));
                    CHECK(signal.neededHours == Approx(fromFull.at(i).neededHours));
                }
            }
            REQUIRE(bulk.engagementGaps.size() == each.engagementGaps.size());
            CHECK(given.engagementGaps.size() == each.engagementGaps.size());
            CHECK(given.risks.size() == each.risks.size());
            CHECK(given.decisions.size() == each.decisions.size());
            for (int i = 0; i < each.engagementGaps.size(); ++i) {
                CHECK(bulk.engagementGaps.at(i).stakeholderId == each.engagementGaps.at(i).stakeholderId);
                CHECK(bulk.engagementGaps.at(i).stepsBelowTarget == each.engagementGaps.at(i).stepsBelowTarget);
            }
            overAllocated += int(fromFull.size());
            gaps += int(each.engagementGaps.size());
        }
        // And the rows of the cross-municipality table carry the same light as each municipality's summary.
        for (const MunicipalityRow &row : overviewRows(db, asOf)) {
            const auto municipality = MunicipalityRepository(db).byId(row.id);
            REQUIRE(municipality);
            const MunicipalitySummary summary = summarize(*municipality, TaskRepository(db).plannedTasks(row.id), asOf,
                                                          std::nullopt, readinessSignals(db, row.id, asOf));
            CHECK(row.light == summary.light.light);
            CHECK(row.lightReason
                  == (summary.light.reasons.isEmpty() ? QString() : summary.light.reasons.first().text));
        }
    }
    // The comparison had something to compare.
    CHECK(overAllocated > 0);
    CHECK(gaps > 0);
}

TEST_CASE_METHOD(SmallNation, "The engagement read for all picks the same gaps in the same order as the full read",
                 "[overview][storage]")
{
    // Resource persons with the same gap, added against the order of their names (the Danish alphabet ends æ ø å, and
    // "Aa" is å), two of them with the same name: only the order of the names and then of the ids tells them apart.
    const Id first = municipalities.at(0).id;
    for (const QString &name :
         {QStringLiteral("Åse Aagaard"), QStringLiteral("Ørsted"), QStringLiteral("Ældrerådet"),
          QStringLiteral("Zahle"), QStringLiteral("Jens Hansen"), QStringLiteral("Aabenraa Kommune"),
          QStringLiteral("Jens Hansen"), QStringLiteral("Anders And")}) {
        Stakeholder stakeholder;
        stakeholder.municipalityId = first;
        stakeholder.name = name;
        stakeholder.influence = 3;
        stakeholder.affectedness = 3;
        stakeholder.engagementNow = Engagement::Resistant;
        stakeholder.engagementTarget = Engagement::Leading;
        QString error;
        REQUIRE(StakeholderRepository(db).add(&stakeholder, &error));
    }
    const QHash<Id, QList<Stakeholder>> full = StakeholderRepository(db).byMunicipality();
    const QHash<Id, QList<Stakeholder>> light = StakeholderRepository(db).engagementByMunicipality();
    CHECK(light.size() == full.size());
    for (const Municipality &municipality : municipalities) {
        INFO("municipality " << municipality.code.toStdString());
        const QList<Stakeholder> all = full.value(municipality.id);
        QList<Stakeholder> byId = light.value(municipality.id);
        REQUIRE(byId.size() == all.size());
        // In id order, with the values the gaps are made of as the full read has them.
        CHECK(std::is_sorted(byId.cbegin(), byId.cend(),
                             [](const Stakeholder &a, const Stakeholder &b) { return a.id < b.id; }));
        for (const Stakeholder &s : std::as_const(byId)) {
            const auto same
                = std::find_if(all.cbegin(), all.cend(), [&](const Stakeholder &t) { return t.id == s.id; });
            REQUIRE(same != all.cend());
            CHECK(s.municipalityId == same->municipalityId);
            CHECK(s.name == same->name);
            CHECK(s.influence == same->influence);
            CHECK(s.affectedness == same->affectedness);
            CHECK(s.engagementNow == same->engagementNow);
            CHECK(s.engagementTarget == same->engagementTarget);
        }
        const QList<StakeholderSignal> expected = engagementGapSignals(all);
        const QList<StakeholderSignal> picked = engagementGapSignals(byId);
        REQUIRE(picked.size() == expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            CHECK(picked.at(i).stakeholderId == expected.at(i).stakeholderId);
            CHECK(picked.at(i).name == expected.at(i).name);
            CHECK(picked.at(i).resourcePerson == expected.at(i).resourcePerson);
            CHECK(picked.at(i).stepsBelowTarget == expected.at(i).stepsBelowTarget);
        }
    }
    // The names made a difference: the gaps of the first municipality are not in id order.
    const QList<StakeholderSignal> gaps = engagementGapSignals(light.value(first));
    CHECK_FALSE(std::is_sorted(gaps.cbegin(), gaps.cend(), [](const StakeholderSignal &a, const StakeholderSignal &b) {
        return a.stakeholderId < b.stakeholderId;
    }));

    // The light of the municipality shown reads one municipality's engagement the same way (the overview's first paint)
    // and names the same stakeholders in the same order as the full read ordered by name.
    for (const Municipality &municipality : municipalities) {
        INFO("municipality " << municipality.code.toStdString());
        const QList<Stakeholder> one = StakeholderRepository(db).engagementForMunicipality(municipality.id);
        const QList<Stakeholder> fromAll = light.value(municipality.id);
        REQUIRE(one.size() == fromAll.size());
        for (int i = 0; i < one.size(); ++i) {
            CHECK(one.at(i).id == fromAll.at(i).id);
            CHECK(one.at(i).name == fromAll.at(i).name);
        }
        const QList<StakeholderSignal> expected
            = engagementGapSignals(StakeholderRepository(db).forMunicipality(municipality.id));
        // The window's overview reads only the engagement; a report (under a CapacityInputReuse) the full list it
        // keeps.
        for (const bool reused : {false, true}) {
            INFO((reused ? "under a CapacityInputReuse" : "alone"));
            std::optional<CapacityInputReuse> reuse;
            if (reused)
                reuse.emplace();
            const QList<StakeholderSignal> shown = stakeholderReadinessSignals(db, municipality.id).engagementGaps;
            REQUIRE(shown.size() == expected.size());
            for (int i = 0; i < expected.size(); ++i) {
                CHECK(shown.at(i).stakeholderId == expected.at(i).stakeholderId);
                CHECK(shown.at(i).name == expected.at(i).name);
                CHECK(shown.at(i).resourcePerson == expected.at(i).resourcePerson);
                CHECK(shown.at(i).stepsBelowTarget == expected.at(i).stepsBelowTarget);
            }
        }
    }
    CHECK(stakeholderReadinessSignals(db, first).engagementGaps.size() >= 8);
}

TEST_CASE_METHOD(SmallNation, "A municipality's people's names by id are those of its people", "[overview][storage]")
{
    int named = 0;
    for (const Municipality &municipality : municipalities) {
        INFO("municipality " << municipality.code.toStdString());
        const QList<Person> people = PersonRepository(db).forMunicipality(municipality.id);
        const QHash<Id, QString> names = PersonRepository(db).namesForMunicipality(municipality.id);
        REQUIRE(names.size() == people.size());
        for (const Person &person : people) {
            CHECK(names.value(person.id) == person.name);
            named += person.name.isEmpty() ? 0 : 1;
        }
    }
    CHECK(named > 0);
    CHECK(PersonRepository(db).namesForMunicipality(4242).isEmpty());
}

TEST_CASE("BulkQuery reads a code column as its fromCode reads the text, row by row", "[storage]")
{
    test::TempDir dir;
    Database db;
    QString error;
    REQUIRE(db.open(dir.file(QStringLiteral("codes.sqlite")), &error));
    QSqlQuery setup(db.connection());
    REQUIRE(setup.exec(QStringLiteral("CREATE TEMP TABLE sample (a TEXT, b TEXT)")));
    // Codes repeated, unknown, NULL, empty, nearly a code; a column holding both phase and role codes (read through
    // both parsers); the same bytes in both columns.
    REQUIRE(setup.exec(QStringLiteral("INSERT INTO sample VALUES ('P1', 'PL'), ('P21', 'P1'), ('P1', 'PL'), "
                                      "(NULL, 'SU'), ('', NULL), ('X', ''), ('P1', 'P21'), ('p1', 'PL '), "
                                      "('P21', 'SU'), ('PL', 'P1'), (NULL, NULL), ('P1', 'KOMM')")));
    const QString select = QStringLiteral("SELECT a, b FROM sample ORDER BY rowid");
    for (const bool throughQt : {false, true}) {
        INFO((throughQt ? "through Qt SQL" : "through SQLite"));
        std::unique_ptr<sql::BulkQuery> bulk = throughQt
            ? std::make_unique<sql::BulkQuery>(db.connection(), select, sql::ThroughQtSql())
            : std::make_unique<sql::BulkQuery>(db.connection(), select);
        REQUIRE(bulk->isValid());
        int rows = 0;
        while (bulk->next()) {
            INFO("row " << rows);
            CHECK(bulk->code(0, phaseFromCode) == phaseFromCode(bulk->text(0)));
            CHECK(bulk->code(0, roleFromCode) == roleFromCode(bulk->text(0)));
            CHECK(bulk->code(1, roleFromCode) == roleFromCode(bulk->text(1)));
            CHECK(bulk->code(1, phaseFromCode) == phaseFromCode(bulk->text(1)));
            CHECK(bulk->code(1, statusFromCode) == statusFromCode(bulk->text(1)));
            ++rows;
        }
        CHECK(rows == 12);
    }
    // A task's codes through the bulk read are the ones stored (planned tasks read them this way).
    sql::BulkQuery first(db.connection(), select);
    REQUIRE(first.next());
    CHECK(first.code(0, phaseFromCode) == Phase::P1);
    CHECK(first.code(1, roleFromCode) == Role::PL);
}

TEST_CASE("BulkQuery reads what Qt SQL reads, value by value", "[storage]")
{
    test::TempDir dir;
    Database db;
    QString error;
    REQUIRE(db.open(dir.file(QStringLiteral("values.sqlite")), &error));
    QSqlQuery setup(db.connection());
    REQUIRE(setup.exec(QStringLiteral("CREATE TEMP TABLE sample (n INTEGER, r REAL, t TEXT, d TEXT)")));
    const QStringList rows {
        QStringLiteral("(1, 1.5, 'plain', '2026-11-27')"),
        QStringLiteral("(NULL, NULL, NULL, NULL)"),
        QStringLiteral("(-9007199254740993, -0.25, 'Ærø, Økonomi og Åbenrå – “citat” 😀', '2024-02-29')"),
        QStringLiteral("(0, 0, '', '2026-02-29')"), // not a date
        QStringLiteral("(42, 2, 'x', '2026-1-5')"), // not ISO
        QStringLiteral("(7, 3, 'y', '')"),
        QStringLiteral("(8, 4, 'z', '2026-13-01')"),
        QStringLiteral("(9, 5, 'w', 'abcd-ef-gh')"),
    };
    REQUIRE(setup.exec(QStringLiteral("INSERT INTO sample VALUES ") + rows.join(QStringLiteral(", "))));

    const QString select = QStringLiteral("SELECT n, r, t, d FROM sample WHERE n IS NULL OR n <> :skip ORDER BY rowid");
    QSqlQuery qt(db.connection());
    REQUIRE(qt.prepare(select));
    qt.bindValue(QStringLiteral(":skip"), 9);
    REQUIRE(qt.exec());
    sql::BulkQuery bulk(db.connection(), select);
    REQUIRE(bulk.isValid());
    REQUIRE(bulk.bind(QStringLiteral(":skip"), 9));
    int count = 0;
    while (qt.next()) {
        INFO("row " << count);
        REQUIRE(bulk.next());
        const sql::QueryRow row(qt);
        for (int column = 0; column < 4; ++column)
            CHECK(bulk.isNull(column) == row.isNull(column));
        // Integers and reals as stored (SQLite and Qt convert between the kinds differently; the mappers
        // never ask for that).
        CHECK(bulk.integer(0) == row.integer(0));
        CHECK(bulk.id(0) == row.id(0));
        CHECK(bulk.real(0) == row.real(0));
        CHECK(bulk.real(1) == row.real(1));
        for (int column : {2, 3}) { // text and dates
            CHECK(bulk.text(column) == row.text(column));
            CHECK(bulk.text(column).isNull() == row.text(column).isNull());
            CHECK(bulk.date(column) == row.date(column));
        }
        ++count;
    }
    CHECK_FALSE(bulk.next());
    CHECK(bulk.error().isEmpty());
    CHECK(count == 7); // the bound value left one row out
    // The dates that are dates, and only those.
    sql::BulkQuery dates(db.connection(), QStringLiteral("SELECT d FROM sample ORDER BY rowid"));
    QList<QDate> read;
    while (dates.next())
        read.append(dates.date(0));
    CHECK(read
          == QList<QDate> {QDate(2026, 11, 27), QDate(), QDate(2024, 2, 29), QDate(), QDate(), QDate(), QDate(),
                           QDate()});

    // A statement SQLite cannot prepare says why and reads nothing.
    sql::BulkQuery wrong(db.connection(), QStringLiteral("SELECT x FROM nowhere"));
    CHECK_FALSE(wrong.isValid());
    INFO(wrong.error().toStdString());
    CHECK(wrong.error().contains(QStringLiteral("no such table: nowhere")));
    CHECK_FALSE(wrong.next());
    // Nor is there anything to read on a connection that is not open.
    sql::BulkQuery closed(QSqlDatabase(), QStringLiteral("SELECT 1"));
    CHECK_FALSE(closed.isValid());
    CHECK_FALSE(closed.next());
}

TEST_CASE("BulkQuery through Qt SQL reads what it reads through SQLite's API", "[storage]")
{
    // Qt SQL is the way whole-plan reads go on a server when libpq's functions cannot be found; on a file it reads the
    // same values as SQLite's own API.
    test::TempDir dir;
    Database db;
    QString error;
    REQUIRE(db.open(dir.file(QStringLiteral("values.sqlite")), &error));
    QSqlQuery setup(db.connection());
    REQUIRE(setup.exec(QStringLiteral("CREATE TEMP TABLE sample (n INTEGER, r REAL, t TEXT, d TEXT)")));
    REQUIRE(setup.exec(QStringLiteral("INSERT INTO sample VALUES (1, 1.5, 'plain', '2026-11-27'), "
                                      "(NULL, NULL, NULL, NULL), (-7, -0.25, 'Ærø – “citat” 😀', '2024-02-29'), "
                                      "(3, 0, '', 'not a date')")));
    const QString select
        = QStringLiteral("SELECT n, r, t, d, :twice + :twice FROM sample WHERE n IS NULL OR n <> :skip "
                         "ORDER BY rowid");
    sql::BulkQuery native(db.connection(), select);
    sql::BulkQuery qt(db.connection(), select, sql::ThroughQtSql {});
    CHECK(native.reader() == sql::Reader::Sqlite);
    CHECK(qt.reader() == sql::Reader::QtSql);
    for (sql::BulkQuery *query : {&native, &qt}) {
        REQUIRE(query->isValid());
        CHECK(query->bind(QStringLiteral(":skip"), 3));
        CHECK(query->bind(QStringLiteral(":twice"), 21));
        CHECK_FALSE(query->bind(QStringLiteral(":nothing"), 1)); // no such parameter
    }
    int rows = 0;
    while (native.next()) {
        INFO("row " << rows);
        REQUIRE(qt.next());
        for (int column = 0; column < 5; ++column)
            CHECK(qt.isNull(column) == native.isNull(column));
        CHECK(qt.integer(0) == native.integer(0));
        CHECK(qt.id(0) == native.id(0));
        CHECK(qt.real(1) == native.real(1));
        CHECK(qt.text(2) == native.text(2));
        CHECK(qt.text(2).isNull() == native.text(2).isNull());
        CHECK(qt.date(3) == native.date(3));
        CHECK(qt.integer(4) == 42);
        ++rows;
    }
    CHECK_FALSE(qt.next());
    CHECK(rows == 3); // the bound value left one row out
    CHECK(qt.error().isEmpty());
    CHECK_FALSE(qt.bind(QStringLiteral(":skip"), 1)); // too late: it has run

    // What cannot be prepared says why and reads nothing; nor is there anything on a connection that is not open.
    sql::BulkQuery wrong(db.connection(), QStringLiteral("SELECT x FROM nowhere"), sql::ThroughQtSql {});
    CHECK_FALSE(wrong.isValid());
    CHECK(wrong.error().contains(QStringLiteral("no such table: nowhere")));
    CHECK_FALSE(wrong.next());
    sql::BulkQuery closed(QSqlDatabase(), QStringLiteral("SELECT 1"), sql::ThroughQtSql {});
    CHECK_FALSE(closed.isValid());
    CHECK_FALSE(closed.next());
}

TEST_CASE("BulkQuery binds a text parameter as Qt SQL does", "[storage]")
{
    test::TempDir dir;
    Database db;
    QString error;
    REQUIRE(db.open(dir.file(QStringLiteral("text.sqlite")), &error));
    QSqlQuery setup(db.connection());
    REQUIRE(setup.exec(QStringLiteral("CREATE TEMP TABLE sample (t TEXT)")));
    REQUIRE(setup.exec(QStringLiteral("INSERT INTO sample VALUES ('2026-11-27T10:00:00Z'), ('2026-11-27T09:59:59Z'), "
                                      "('Ærø'), ('Aero'), (NULL)")));
    const QString select
        = QStringLiteral("SELECT t FROM sample WHERE (t >= :from AND t < '3') OR t = :same ORDER BY t");
    sql::BulkQuery native(db.connection(), select);
    sql::BulkQuery qt(db.connection(), select, sql::ThroughQtSql {});
    for (sql::BulkQuery *query : {&native, &qt}) {
        REQUIRE(query->isValid());
        CHECK(query->bind(QStringLiteral(":from"), QStringLiteral("2026-11-27T10:00:00Z")));
        CHECK(query->bind(QStringLiteral(":same"), QStringLiteral("Ærø")));
        CHECK_FALSE(query->bind(QStringLiteral(":nothing"), QStringLiteral("x"))); // no such parameter
    }
    QStringList read;
    while (native.next()) {
        REQUIRE(qt.next());
        CHECK(qt.text(0) == native.text(0));
        read.append(native.text(0));
    }
    CHECK_FALSE(qt.next());
    // Compared as text: the later time and the name bound in its own letters; not the second before, nor "Aero".
    CHECK(read == QStringList({QStringLiteral("2026-11-27T10:00:00Z"), QStringLiteral("Ærø")}));
    CHECK_FALSE(native.bind(QStringLiteral(":from"), QStringLiteral("x"))); // too late: it has run
}

TEST_CASE("libpq's functions are looked up only in a library already loaded, and a miss says why", "[storage]")
{
    // A library that is not loaded is never loaded for the lookup.
    CHECK(sql::libpqLookup("libparat-not-there.so.1") == QStringLiteral("libparat-not-there.so.1 is not loaded"));
    // One that is loaded (SQLite's, which this program links) but is not libpq: what it lacks.
    const QString notLibpq = sql::libpqLookup("libsqlite3.so.0");
    INFO(notLibpq.toStdString());
    CHECK(notLibpq.startsWith(QStringLiteral("libsqlite3.so.0 has no PQexecParams, PQresultStatus, ")));
    CHECK(notLibpq.endsWith(QStringLiteral(", PQclear")));
}

TEST_CASE_METHOD(SmallNation, "Capacity warnings from the as-of week on are those of the full plan",
                 "[overview][capacity][warnings]")
{
    QString error;
    // Periods that start or end in week 53 (2026 has one) and one far too long: the keys the grid cannot order
    // without the calendar, and an impossible week.
    const QList<Person> staff = PersonRepository(db).forMunicipality(municipalities.at(1).id);
    const auto added = std::find_if(staff.cbegin(), staff.cend(),
                                    [](const Person &p) { return p.name == QStringLiteral("Åse Ørnsø"); });
    REQUIRE(added != staff.cend());
    for (const auto &[from, to, hours] : {std::tuple {202648, 202653, 40.0}, std::tuple {202701, 202706, 2.0}}) {
        Allocation allocation;
        allocation.personId = added->id;
        allocation.fromWeek = from;
        allocation.toWeek = to;
        allocation.hoursPerWeek = hours;
        REQUIRE(AllocationRepository(db).add(&allocation, &error));
    }

    std::set<CapacityWarningKind> kinds;
    for (const QDate &asOf : {kToday.addDays(-400), kToday.addDays(-30), kToday, kToday.addDays(35),
                              kToday.addDays(200), kToday.addDays(900), QDate()}) {
        for (const Municipality &municipality : municipalities) {
            INFO("municipality " << municipality.code.toStdString() << " as of "
                                 << asOf.toString(Qt::ISODate).toStdString());
            const CapacityInput input = loadCapacityInput(db, municipality.id);
            const CapacityPlan full = computeCapacity(input, asOf);
            CapacityOptions options;
            options.warningsOnly = true;
            const CapacityPlan fromAsOf = computeCapacity(input, asOf, options);
            options.warningTexts = false;
            const CapacityPlan counted = computeCapacity(input, asOf, options);

            REQUIRE(fromAsOf.warnings.size() == full.warnings.size());
            REQUIRE(counted.warnings.size() == full.warnings.size());
            CHECK(capacityWarningCount(db, municipality.id, asOf) == int(full.warnings.size()));
            for (int i = 0; i < full.warnings.size(); ++i) {
                const CapacityWarning &expected = full.warnings.at(i);
                for (const CapacityWarning &warning : {fromAsOf.warnings.at(i), counted.warnings.at(i)}) {
                    CHECK(warning.kind == expected.kind);
                    CHECK(warning.personId == expected.personId);
                    CHECK(warning.subject == expected.subject);
                    CHECK(warning.weeks == expected.weeks);
                    CHECK(warning.title == expected.title);
                }
                CHECK(fromAsOf.warnings.at(i).text == expected.text);
                CHECK(counted.warnings.at(i).text.isEmpty());
                kinds.insert(expected.kind);
            }
            // The weeks kept are the full plan's from the as-of week on, cell for cell, without the tasks of each.
            REQUIRE(fromAsOf.rows.size() == full.rows.size());
            const int first = asOf.isValid() ? full.weekIndex(weekKey(asOf)) : 0;
            if (first >= 0 && !full.weeks.isEmpty())
                CHECK(fromAsOf.weeks == full.weeks.mid(first));
            for (int column = 0; column < fromAsOf.weeks.size(); ++column) {
                const int fullColumn = full.weekIndex(fromAsOf.weeks.at(column));
                REQUIRE(fullColumn >= 0);
                for (int r = 0; r < full.rows.size(); ++r) {
                    const CapacityCell &a = fromAsOf.rows.at(r).cells.at(column);
                    const CapacityCell &b = full.rows.at(r).cells.at(fullColumn);
                    CHECK(a.setAside == b.setAside);
                    CHECK(a.allocated == b.allocated);
                    CHECK(a.needed == Approx(b.needed));
                    CHECK(a.demand.isEmpty());
                }
            }
        }
    }
    // Every week rule and the superuser rules had something to compare.
    CHECK(kinds.count(CapacityWarningKind::OverAllocated) == 1);
    CHECK(kinds.count(CapacityWarningKind::Unplanned) == 1);
    CHECK(kinds.count(CapacityWarningKind::Impossible) == 1);
    CHECK(kinds.count(CapacityWarningKind::NotInKlik) == 1);
}

TEST_CASE_METHOD(SmallNation, "The overview's light with only its first reason written is the full light's",
                 "[overview][readiness]")
{
    std::set<QString> firstCodes;
    int laterReasons = 0;
    for (const QDate &asOf : {kToday.addDays(-400), kToday.addDays(-30), kToday, kToday.addDays(35),
                              kToday.addDays(200), kToday.addDays(900)}) {
        const QHash<Id, QList<PlannedTask>> tasks = OverviewRepository(db).plannedTasksForAll();
        const QHash<Id, ReadinessSignals> all = readinessSignalsForAll(db, asOf, tasks);
        for (const Municipality &municipality : municipalities) {
            INFO("municipality " << municipality.code.toStdString() << " as of "
                                 << asOf.toString(Qt::ISODate).toStdString());
            const QList<PlannedTask> own = tasks.value(municipality.id);
            const ReadinessSignals signalsIn = all.value(municipality.id);
            const TrafficLight full = trafficLight(own, municipality.goLive, asOf, signalsIn);
            const TrafficLight reduced
                = trafficLight(own, municipality.goLive, asOf, signalsIn, {}, ReasonTexts::FirstOnly);
            CHECK(reduced.light == full.light);
            CHECK(reduced.computed == full.computed);
            REQUIRE(reduced.reasons.size() == full.reasons.size());
            REQUIRE_FALSE(full.reasons.isEmpty());
            for (int i = 0; i < full.reasons.size(); ++i) {
                CHECK(reduced.reasons.at(i).light == full.reasons.at(i).light);
                CHECK(reduced.reasons.at(i).code == full.reasons.at(i).code);
                CHECK(full.reasons.at(i).text.size() > 0);
                // The first is written as the full light writes it; the others are found but not written.
                if (i == 0)
                    CHECK(reduced.reasons.at(i).text == full.reasons.at(i).text);
                else
                    CHECK(reduced.reasons.at(i).text.isEmpty());
            }
            // The overview's row: the light and the first reason of the full light.
            const MunicipalityRow row = overviewRow(municipality, own, asOf, signalsIn);
            CHECK(row.light == full.light);
            CHECK(row.lightReason == full.reasons.first().text);
            firstCodes.insert(full.reasons.first().code);
            laterReasons += int(full.reasons.size()) - 1;
        }
    }
    // Lights of more than one kind, and reasons after the first that the reduced light did not write.
    CHECK(firstCodes.size() >= 2);
    CHECK(laterReasons > 0);
}

TEST_CASE_METHOD(SmallNation, "Under a reuse the light's look-ahead and the warning count come from one grid",
                 "[overview][capacity][warnings]")
{
    int overAllocated = 0;
    int warnings = 0;
    for (const QDate &asOf : {kToday.addDays(-400), kToday.addDays(-30), kToday, kToday.addDays(35),
                              kToday.addDays(200), kToday.addDays(900)}) {
        // What the full plans say, read and computed on their own (no reuse yet): as of the date and 13 weeks later.
        const QDate other = asOf.addDays(91);
        QHash<Id, CapacityPlan> full;
        QHash<Id, int> laterCount;
        for (const Municipality &municipality : municipalities) {
            const CapacityInput input = loadCapacityInput(db, municipality.id);
            full.insert(municipality.id, computeCapacity(input, asOf));
            laterCount.insert(municipality.id, int(computeCapacity(input, other).warnings.size()));
        }

        const CapacityInputReuse reuse;
        const QHash<Id, ReadinessSignals> shared
            = readinessSignalsForAll(db, asOf, OverviewRepository(db).plannedTasksForAll());
        for (const Municipality &municipality : municipalities) {
            INFO("municipality " << municipality.code.toStdString() << " as of "
                                 << asOf.toString(Qt::ISODate).toStdString());
            const CapacityPlan &plan = full[municipality.id];
            const QList<CapacitySignal> expected = overAllocations(plan, asOf, CapacityOptions().lookaheadWeeks);
            const QList<CapacitySignal> got = shared.value(municipality.id).overAllocations;
            REQUIRE(got.size() == expected.size());
            for (int i = 0; i < expected.size(); ++i) {
                CHECK(got.at(i).personId == expected.at(i).personId);
                CHECK(got.at(i).person == expected.at(i).person);
                CHECK(got.at(i).weekKey == expected.at(i).weekKey);
                CHECK(got.at(i).allocatedHours == expected.at(i).allocatedHours);
                CHECK(got.at(i).neededHours == Approx(expected.at(i).neededHours));
            }
            CHECK(capacityWarningCount(db, municipality.id, asOf) == int(plan.warnings.size()));
            // Another date is computed, not taken from the count kept for this one.
            CHECK(capacityWarningCount(db, municipality.id, other) == laterCount.value(municipality.id));
            overAllocated += int(expected.size());
            warnings += int(plan.warnings.size());
        }
    }
    CHECK(overAllocated > 0);
    CHECK(warnings > 0);
}
