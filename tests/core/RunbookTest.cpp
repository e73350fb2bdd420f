// The cutover runbook: relative times, the dependency rules (done before what it depends on, cycles named), the
// "now" classification with a fixed time, the default runbook, storage and its migration, undo of every edit,
// CSV both ways with bad input named by line and column, and the printed runbook on A4 landscape.
#include "Fixtures.h"
#include "TestSupport.h"

#include "commands/RunbookCommands.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "domain/Runbook.h"
#include "planning/RunbookRules.h"
#include "report/ReportSections.h"
#include "report/RunbookExport.h"
#include "services/RunbookEditor.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/MunicipalityRepository.h"
#include "storage/RunbookRepository.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QUndoStack>

using namespace parat;

namespace {

constexpr int kDay = kMinutesPerDay;

RunbookStep step(int number, const QString &title, int startMinutes, int durationMinutes, QList<int> dependsOn = {},
                 RunbookStatus status = RunbookStatus::Waiting)
{
    RunbookStep s;
    s.number = number;
    s.title = title;
    s.startMinutes = startMinutes;
    s.durationMinutes = durationMinutes;
    s.dependsOn = std::move(dependsOn);
    s.status = status;
    return s;
}

QStringList titles(const QList<RunbookStep> &steps)
{
    return test::textsOf(steps, [](const RunbookStep &s) { return s.title; });
}

// What a user sees of a runbook, to compare states field by field.
QStringList rows(const QList<RunbookStep> &steps)
{
    QStringList result;
    for (const RunbookStep &s : steps) {
        result.append(QStringList {QString::number(s.number), s.title, s.owner, formatRelativeStart(s.startMinutes),
                                   formatDuration(s.durationMinutes), formatDependsOn(s.dependsOn), s.contact,
                                   runbookStatusCode(s.status), s.note, formatActualTime(s.actualStart),
                                   formatActualTime(s.actualEnd)}
                          .join(QLatin1Char('|')));
    }
    return result;
}

struct Fixture
{
    test::TempDir dir;
    Database db;
    FixedClock clock {QDate(2026, 11, 27)};
    Municipality municipality;

    Fixture()
    {
        installTranslations(QStringLiteral("en"));
        QString error;
        REQUIRE(db.open(dir.file(QStringLiteral("p.sqlite")), &error));
        municipality.code = QStringLiteral("0630");
        municipality.name = QStringLiteral("Vejle");
        municipality.goLive = QDate(2027, 2, 8); // a Monday
        REQUIRE(MunicipalityRepository(db).add(&municipality, &error));
    }

    QList<RunbookStep> stored() { return RunbookRepository(db).forMunicipality(municipality.id); }
};

} // namespace

TEST_CASE("Runbook starts are written and read relative to go-live", "[runbook][domain]")
{
    installTranslations(QStringLiteral("en"));
    CHECK(formatRelativeStart(-2 * kDay + 15 * 60) == QStringLiteral("T\u22122d 15:00"));
    CHECK(formatRelativeStart(-2 * kDay + 15 * 60, true) == QStringLiteral("T-2d 15:00"));
    CHECK(formatRelativeStart(7 * 60 + 30) == QStringLiteral("T+0d 07:30"));
    CHECK(formatRelativeStart(-60) == QStringLiteral("T\u22121d 23:00")); // one hour before go-live
    CHECK(formatRelativeStart(14 * kDay + 10 * 60) == QStringLiteral("T+14d 10:00"));

    CHECK(parseRelativeStart(QStringLiteral("T-2d 15:00")) == -2 * kDay + 15 * 60);
    CHECK(parseRelativeStart(QStringLiteral("T\u22122d 15:00")) == -2 * kDay + 15 * 60);
    CHECK(parseRelativeStart(QStringLiteral(" t+1d 8:05 ")) == kDay + 8 * 60 + 5);
    CHECK(parseRelativeStart(QStringLiteral("T 09:00")) == 9 * 60);
    CHECK(parseRelativeStart(QStringLiteral("T-3d")) == -3 * kDay);
    CHECK_FALSE(parseRelativeStart(QStringLiteral("T")));
    CHECK_FALSE(parseRelativeStart(QStringLiteral("fredag 15:00")));
    CHECK_FALSE(parseRelativeStart(QStringLiteral("T-2d 25:00")));
    CHECK_FALSE(parseRelativeStart(QString()));
    for (int minutes : {-14 * kDay, -1, 0, 1, 3 * kDay + 59})
        CHECK(parseRelativeStart(formatRelativeStart(minutes)) == minutes);

    // In the go-live week the day is named; further out the date is shown.
    const QDate monday(2027, 2, 8);
    CHECK(formatStartDay(-3 * kDay + 15 * 60, monday, QStringLiteral("da")) == QStringLiteral("fredag 15:00"));
    CHECK(formatStartDay(-3 * kDay + 15 * 60, monday, QStringLiteral("en")) == QStringLiteral("Friday 15:00"));
    CHECK(formatStartDay(-14 * kDay + 10 * 60, monday, QStringLiteral("da")) == QStringLiteral("25-01 10:00"));
    CHECK(formatStartDay(90, QDate(), QStringLiteral("da")) == QStringLiteral("T+0d 01:30"));
    CHECK(runbookTime(-2 * kDay + 15 * 60, monday) == QDateTime(QDate(2027, 2, 6), QTime(15, 0)));

    CHECK(formatDuration(14 * 60) == QStringLiteral("14:00"));
    CHECK(parseDuration(QStringLiteral("4")) == 240);
    CHECK(parseDuration(QStringLiteral("0:45")) == 45);
    CHECK_FALSE(parseDuration(QStringLiteral("0:00")));
    CHECK_FALSE(parseDuration(QStringLiteral("1:75")));
    CHECK(parseDependsOn(QStringLiteral("3, 5;7 9")) == QList<int> {3, 5, 7, 9});
    CHECK_FALSE(parseDependsOn(QStringLiteral("3, x")));
}

TEST_CASE("A step is checked on its own: title, range, duration and actual times", "[runbook][domain]")
{
    installTranslations(QStringLiteral("en"));
    QString error;
    RunbookStep s = step(4, QStringLiteral("  Freeze  "), -3 * kDay, 60, {4, 2, 2, 1});
    REQUIRE(validateRunbookStep(&s, &error));
    CHECK(s.title == QStringLiteral("Freeze"));
    CHECK(s.dependsOn == QList<int> {1, 2}); // itself and the repeat dropped, sorted

    RunbookStep early = step(1, QStringLiteral("Too early"), -15 * kDay, 60);
    CHECK_FALSE(validateRunbookStep(&early, &error));
    CHECK(error.contains(QStringLiteral("Too early")));
    CHECK(early.startMinutes == -15 * kDay);
    RunbookStep empty = step(1, QStringLiteral(" "), 0, 60);
    CHECK_FALSE(validateRunbookStep(&empty, &error));
    RunbookStep none = step(1, QStringLiteral("No time"), 0, 0);
    CHECK_FALSE(validateRunbookStep(&none, &error));
    RunbookStep backwards = step(1, QStringLiteral("Backwards"), 0, 60);
    backwards.actualStart = QDateTime(QDate(2027, 2, 8), QTime(10, 0));
    backwards.actualEnd = QDateTime(QDate(2027, 2, 8), QTime(9, 0));
    CHECK_FALSE(validateRunbookStep(&backwards, &error));
    CHECK(error.contains(QStringLiteral("before it started")));
}

TEST_CASE("A step cannot be done before the steps it depends on are done", "[runbook][rules]")
{
    installTranslations(QStringLiteral("en"));
    QList<RunbookStep> steps {step(1, QStringLiteral("Extract"), -3 * kDay, 60),
                              step(2, QStringLiteral("Load"), -3 * kDay + 60, 60, {1}, RunbookStatus::Done)};
    const QString problem = checkRunbook(steps);
    CHECK(problem.contains(QStringLiteral("step 2 \"Load\"")));
    CHECK(problem.contains(QStringLiteral("step 1 \"Extract\"")));
    CHECK(problem.contains(QStringLiteral("cannot be done before")));

    steps[0].status = RunbookStatus::Done;
    CHECK(checkRunbook(steps).isEmpty());
    steps[0].status = RunbookStatus::Problem;
    CHECK_FALSE(checkRunbook(steps).isEmpty());

    steps[1].status = RunbookStatus::Running; // running is allowed: only done waits for what it depends on
    CHECK(checkRunbook(steps).isEmpty());

    steps.append(step(3, QStringLiteral("Ghost"), 0, 60, {9}));
    CHECK(checkRunbook(steps).contains(QStringLiteral("step 9")));
}

TEST_CASE("A dependency cycle is refused with a message naming its steps", "[runbook][rules]")
{
    installTranslations(QStringLiteral("en"));
    QList<RunbookStep> steps {step(1, QStringLiteral("Freeze"), 0, 60, {3}),
                              step(2, QStringLiteral("Extract"), 0, 60, {1}),
                              step(3, QStringLiteral("Load"), 0, 60, {2}), step(4, QStringLiteral("Apart"), 0, 60, {})};
    CHECK(findRunbookCycle(steps) == QList<int> {1, 3, 2, 1});
    const QString problem = checkRunbook(steps);
    CHECK(problem.contains(QStringLiteral("1 \u2192 3 \u2192 2 \u2192 1")));
    CHECK(problem.contains(QStringLiteral("Freeze")));
    CHECK(problem.contains(QStringLiteral("Extract")));
    CHECK(problem.contains(QStringLiteral("Load")));
    CHECK_FALSE(problem.contains(QStringLiteral("Apart")));

    steps[0].dependsOn.clear();
    CHECK(findRunbookCycle(steps).isEmpty());
    CHECK(checkRunbook(steps).isEmpty());

    // A step depending on itself through validation is dropped; two steps naming each other are a cycle.
    QList<RunbookStep> pair {step(5, QStringLiteral("A"), 0, 60, {6}), step(6, QStringLiteral("B"), 0, 60, {5})};
    CHECK(findRunbookCycle(pair) == QList<int> {5, 6, 5});
}

TEST_CASE("The now view's lists: should be running, late and next, at a fixed time", "[runbook][rules]")
{
    const QDate goLive(2027, 2, 8);
    const QList<RunbookStep> steps {
        step(1, QStringLiteral("Freeze"), -3 * kDay + 12 * 60, 60, {}, RunbookStatus::Done),
        step(2, QStringLiteral("Extract"), -3 * kDay + 13 * 60, 4 * 60, {1}, RunbookStatus::Running), // ended 17:00
        step(3, QStringLiteral("Load"), -3 * kDay + 17 * 60, 14 * 60, {2}), // 17:00 to 07:00 next day
        step(4, QStringLiteral("Samples"), -2 * kDay + 9 * 60, 6 * 60, {3}),
        step(5, QStringLiteral("Smoke test"), -2 * kDay + 15 * 60, 3 * 60, {4}),
        step(6, QStringLiteral("Support"), 7 * 60, 8 * 60, {5}, RunbookStatus::Problem),
    };
    // Friday 5 February 2027, 18:30 local time.
    const QDateTime now(QDate(2027, 2, 5), QTime(18, 30));
    const RunbookNow at = classifyRunbookNow(steps, goLive, now, 2);
    CHECK(titles(at.late) == QStringList {QStringLiteral("Extract")});
    CHECK(titles(at.shouldBeRunning) == QStringList {QStringLiteral("Load")});
    CHECK(titles(at.next) == QStringList {QStringLiteral("Samples"), QStringLiteral("Smoke test")}); // at most 2
    CHECK(titles(at.problems) == QStringList {QStringLiteral("Support")});
    CHECK(runbookStepLate(steps.at(1), goLive, now));
    CHECK_FALSE(runbookStepLate(steps.at(0), goLive, now)); // done is never late
    CHECK_FALSE(runbookStepLate(steps.at(2), goLive, now));

    // At the exact end the step is late; a minute before it still should be running.
    CHECK(titles(classifyRunbookNow(steps, goLive, QDateTime(QDate(2027, 2, 6), QTime(7, 0))).late)
              .contains(QStringLiteral("Load")));
    CHECK(titles(classifyRunbookNow(steps, goLive, QDateTime(QDate(2027, 2, 6), QTime(6, 59))).shouldBeRunning)
          == QStringList {QStringLiteral("Load")});
    // Without a go-live date nothing is placed in time.
    const RunbookNow undated = classifyRunbookNow(steps, QDate(), now);
    CHECK(undated.late.isEmpty());
    CHECK(undated.shouldBeRunning.isEmpty());
    CHECK(undated.next.isEmpty());
}

TEST_CASE("The default runbook covers the go-live weekend and keeps its own rules", "[runbook][rules]")
{
    installTranslations(QStringLiteral("en"));
    const QList<RunbookStep> steps = defaultRunbook(7);
    REQUIRE(steps.size() == 14);
    CHECK(checkRunbook(steps).isEmpty());
    const QString all = titles(steps).join(QLatin1Char('\n'));
    for (const char *part : {"Freeze", "Last conversion", "Reconciliation samples", "Access and roles", "Smoke test",
                             "Go/no-go", "support rota", "Hypercare"})
        CHECK(all.contains(QString::fromUtf8(part)));
    for (RunbookStep s : steps) {
        QString error;
        CHECK(s.municipalityId == 7);
        CHECK(validateRunbookStep(&s, &error));
    }
    installTranslations(QStringLiteral("da"));
    CHECK(titles(defaultRunbook(7)).join(QLatin1Char('\n')).contains(QStringLiteral("Frys")));
    installTranslations(QStringLiteral("en"));
}

TEST_CASE("A file from before the runbook migration gains the runbook table", "[runbook][storage]")
{
    // Whatever comes before or after the runbook's migration (other migrations may be numbered around it), a
    // file at the version before it is migrated.
    const int runbookVersion = test::migrationWith(QStringLiteral("CREATE TABLE runbook_step"));
    REQUIRE(runbookVersion > 0);
    const int before = runbookVersion - 1;
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("old.sqlite"));
    test::writeFileAtVersion(path, before,
                             {QStringLiteral("INSERT INTO municipality (code, name, created_at) VALUES "
                                             "('0630', 'Vejle', '2026-11-27T12:00:00Z')")});
    Database db;
    QString error;
    const Municipality vejle = test::openMigratedVejle(db, path);
    CHECK(RunbookRepository(db).forMunicipality(vejle.id).isEmpty());
    RunbookStep s = step(0, QStringLiteral("Freeze"), -3 * kDay + 12 * 60, 60);
    s.municipalityId = vejle.id;
    REQUIRE(RunbookEditor(db).add(&s, &error));
    CHECK(s.number == 1);
}

TEST_CASE("Runbook steps are stored and read back field by field", "[runbook][storage]")
{
    Fixture f;
    QString error;
    RunbookStep a = step(0, QStringLiteral("Freeze of the old system"), -3 * kDay + 12 * 60, 60);
    a.municipalityId = f.municipality.id;
    a.owner = QStringLiteral("System owner");
    a.contact = QStringLiteral("Jonas Winther, 20 00 15 35");
    a.note = QStringLiteral("Message sent to all units");
    a.status = RunbookStatus::Done;
    a.actualStart = QDateTime(QDate(2027, 2, 5), QTime(12, 2));
    a.actualEnd = QDateTime(QDate(2027, 2, 5), QTime(12, 40));
    REQUIRE(RunbookEditor(f.db).add(&a, &error));
    CHECK(a.number == 1);
    RunbookStep b = step(0, QStringLiteral("Extract"), -3 * kDay + 13 * 60, 240, {1});
    b.municipalityId = f.municipality.id;
    REQUIRE(RunbookEditor(f.db).add(&b, &error));
    CHECK(b.number == 2);

    const QList<RunbookStep> stored = f.stored();
    REQUIRE(stored.size() == 2);
    CHECK(rows(stored) == rows({a, b}));
    CHECK(stored.first().actualStart == a.actualStart);

    // Refused edits change nothing and say why.
    RunbookStep cyclic = a;
    cyclic.dependsOn = {2};
    CHECK_FALSE(RunbookEditor(f.db).update(cyclic, &error));
    CHECK(error.contains(QStringLiteral("1 \u2192 2 \u2192 1")));
    RunbookStep doneTooSoon = stored.at(1);
    doneTooSoon.status = RunbookStatus::Done;
    RunbookStep undone = stored.at(0);
    undone.status = RunbookStatus::Waiting;
    REQUIRE(RunbookEditor(f.db).update(doneTooSoon, &error));
    CHECK_FALSE(RunbookEditor(f.db).update(undone, &error)); // step 2 done would then wait for step 1
    CHECK(error.contains(QStringLiteral("step 2")));
    RunbookStep removed;
    CHECK_FALSE(RunbookEditor(f.db).take(a.id, &removed, &error));
    CHECK(error.contains(QStringLiteral("depends on it")));
    QList<RunbookStep> broken {step(1, QStringLiteral("X"), 0, 60, {2}), step(2, QStringLiteral("Y"), 0, 60, {1})};
    CHECK_FALSE(RunbookEditor(f.db).replaceAll(f.municipality.id, broken, nullptr, &error));
    CHECK(f.stored().size() == 2);
    CHECK(f.stored().at(1).status == RunbookStatus::Done);
    CHECK(f.stored().at(0).status == RunbookStatus::Done);
}

TEST_CASE("Adding, editing, finishing, removing and replacing steps are undone and redone", "[runbook][undo]")
{
    Fixture f;
    QUndoStack stack;
    QList<QStringList> states {rows(f.stored())};
    auto push = [&](Command *command) {
        stack.push(command);
        REQUIRE_FALSE(command->failed());
        states.append(rows(f.stored()));
    };
    push(new ReplaceRunbook(f.db, f.municipality.id, defaultRunbook(f.municipality.id), QStringLiteral("default")));
    CHECK(f.stored().size() == 14);
    RunbookStep extra = step(0, QStringLiteral("Call the supplier's night desk"), -2 * kDay + 2 * 60, 30, {6});
    extra.municipalityId = f.municipality.id;
    auto *add = new AddRunbookStep(f.db, extra);
    push(add);
    CHECK(add->stepNumber() == 15);
    const RunbookStep first = f.stored().first();
    RunbookStep changed = first;
    changed.contact = QStringLiteral("Mads Kjær, 20 00 11 31");
    changed.status = RunbookStatus::Done;
    push(new EditRunbookStep(f.db, first, changed));
    push(new RemoveRunbookStep(f.db, *RunbookRepository(f.db).byId(add->stepId())));
    CHECK(f.stored().size() == 14);

    // A step done before its dependency is refused and dropped from the stack.
    RunbookStep load = f.stored().at(5);
    RunbookStep loadDone = load;
    loadDone.status = RunbookStatus::Done;
    auto *refused = new EditRunbookStep(f.db, load, loadDone);
    stack.push(refused);
    CHECK(stack.count() == 4);
    CHECK(rows(f.stored()) == states.last());

    for (int i = int(states.size()) - 2; i >= 0; --i) {
        stack.undo();
        CHECK(rows(f.stored()) == states.at(i));
    }
    for (int i = 1; i < states.size(); ++i) {
        stack.redo();
        CHECK(rows(f.stored()) == states.at(i));
    }
}

TEST_CASE("A runbook goes out as CSV and comes back the same", "[runbook][csv]")
{
    Fixture f;
    QList<RunbookStep> steps = defaultRunbook(f.municipality.id);
    steps[0].status = RunbookStatus::Done;
    steps[0].actualStart = QDateTime(QDate(2027, 1, 25), QTime(10, 5));
    steps[0].actualEnd = QDateTime(QDate(2027, 1, 25), QTime(11, 50));
    steps[0].note = QStringLiteral("-- agreed; \"quoted\"; semi;colon\nsecond line");
    steps[1].contact = QStringLiteral("=Rikke Thomsen");
    const QByteArray csv = RunbookExport::csv(steps);
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.contains("number;title;owner;start;duration;depends_on"));
    CHECK(csv.contains("T-14d 10:00"));
    const RunbookExport::ReadResult read = RunbookExport::read(csv, f.municipality.id);
    REQUIRE(read.ok);
    QList<RunbookStep> sorted = steps;
    sortRunbook(&sorted);
    CHECK(rows(read.steps) == rows(sorted));

    // Comma-separated, columns in another order, optional ones left out.
    const RunbookExport::ReadResult small
        = RunbookExport::read("title,start,number,duration\r\nFreeze,T-3d 12:00,1,1:00\r\n\r\nLoad,T\xE2\x88\x92"
                              "3d 17:00,2,14\r\n",
                              f.municipality.id);
    REQUIRE(small.ok);
    REQUIRE(small.steps.size() == 2);
    CHECK(small.steps.at(1).startMinutes == -3 * kDay + 17 * 60);
    CHECK(small.steps.at(1).durationMinutes == 14 * 60);
}

TEST_CASE("Bad runbook CSV is refused with its line and column named", "[runbook][csv]")
{
    installTranslations(QStringLiteral("en"));
    const QByteArray header = "number;title;start;duration;status\n";
    auto error = [&](const QByteArray &bytes) {
        const RunbookExport::ReadResult result = RunbookExport::read(bytes, 1);
        CHECK_FALSE(result.ok);
        CHECK(result.steps.isEmpty());
        return result.error;
    };
    CHECK(error(header + "1;Freeze;T-3d 12:00;1:00;waiting\n2;Load;friday 15:00;4:00;waiting\n")
              .startsWith(QStringLiteral("Line 3, column 3 (start):")));
    CHECK(error(header + "1;Freeze;T-3d 12:00;1:00;waiting\n2;Load;friday 15:00;4:00;waiting\n")
              .contains(QStringLiteral("\"friday 15:00\"")));
    CHECK(error(header + "x;Freeze;T-3d 12:00;1:00;waiting\n").startsWith(QStringLiteral("Line 2, column 1 (number)")));
    CHECK(
        error(header + "1;Freeze;T-3d 12:00;soon;waiting\n").startsWith(QStringLiteral("Line 2, column 4 (duration)")));
    CHECK(
        error(header + "1;Freeze;T-3d 12:00;1:00;finished\n").startsWith(QStringLiteral("Line 2, column 5 (status)")));
    CHECK(error(header + "1;Freeze;T-3d 12:00;1:00;waiting\n1;Again;T-3d 13:00;1:00;waiting\n")
              .startsWith(QStringLiteral("Line 3, column 1 (number)")));
    CHECK(error(header + "1;;T-3d 12:00;1:00;waiting\n").startsWith(QStringLiteral("Line 2, column 2 (title)")));
    CHECK(error(header + "1;Too early;T-20d 12:00;1:00;waiting\n").startsWith(QStringLiteral("Line 2:")));
    CHECK(error("number;title;start;duration;colour\n").contains(QStringLiteral("column 5")));
    CHECK(error("number;title;start\n").contains(QStringLiteral("\"duration\" is missing")));
    CHECK(error("number;title;start;duration\n1;\"Freeze;T-3d;1:00\n").contains(QStringLiteral("never closes")));
    CHECK(error("number;title;start;duration\n1;Fr\xE6"
                "ez;T-3d;1:00\n")
              .contains(QStringLiteral("UTF-8")));
    CHECK(error("").contains(QStringLiteral("empty")));
}

TEST_CASE("The printed runbook is a table on A4 landscape with its text extractable", "[runbook][pdf]")
{
    Fixture f;
    installTranslations(QStringLiteral("en"));
    QList<RunbookStep> steps = defaultRunbook(f.municipality.id);
    steps[0].status = RunbookStatus::Done;
    const QString path = f.dir.file(QStringLiteral("runbook.pdf"));
    QString error;
    // Saturday of the go-live weekend: the steps ending before it and not done are late.
    const QDateTime now(QDate(2027, 2, 6), QTime(10, 0));
    REQUIRE(RunbookExport::writePdf(f.municipality, steps, now, QStringLiteral("en"), path, &error));

    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    REQUIRE(info.waitForFinished(60000));
    const QString infoText = QString::fromUtf8(info.readAllStandardOutput());
    INFO(infoText.toStdString());
    CHECK(infoText.contains(QStringLiteral("842 x 595 pts (A4)"))); // A4 landscape: wider than high, in points

    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString pdf = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(pdf.contains(QStringLiteral("Cutover runbook")));
    CHECK(pdf.contains(QStringLiteral("Freeze of the old system")));
    CHECK(pdf.contains(QStringLiteral("Friday 12:00")));
    CHECK(pdf.contains(QStringLiteral("LATE")));
    CHECK(pdf.contains(QStringLiteral("Hypercare")));
}

TEST_CASE("The status report has a runbook section in the runbook's weeks", "[runbook][report]")
{
    Fixture f;
    QString error;
    CHECK_FALSE(ReportSections::runbook(f.db, f.municipality, QDate(2027, 2, 6))); // no steps yet
    QList<RunbookStep> steps = defaultRunbook(f.municipality.id);
    steps[0].status = RunbookStatus::Done;
    REQUIRE(RunbookEditor(f.db).replaceAll(f.municipality.id, steps, nullptr, &error));

    CHECK_FALSE(ReportSections::runbook(f.db, f.municipality, QDate(2026, 11, 27))); // ten weeks before go-live
    CHECK_FALSE(ReportSections::runbook(f.db, f.municipality, QDate(2027, 2, 23))); // after hypercare
    // Saturday of the go-live weekend: steps 2-5 ended before the day began and are not done; 6 runs overnight.
    const std::optional<ReportSection> section = ReportSections::runbook(f.db, f.municipality, QDate(2027, 2, 6));
    REQUIRE(section);
    CHECK(section->title == QStringLiteral("Cutover runbook"));
    REQUIRE(section->blocks.size() == 2);
    CHECK(section->blocks.at(0).text == QStringLiteral("1 of 14 steps done, 4 late at the start of 2027-02-06."));
    const ReportTable &table = section->blocks.at(1).table;
    REQUIRE(table.rows.size() >= 6);
    CHECK(table.rows.first().at(0) == QStringLiteral("2"));
    CHECK(table.rows.first().at(4) == QStringLiteral("Waiting, late"));
    CHECK(table.strongRows.size() == 4);
    CHECK(table.rows.at(4).at(2) == QStringLiteral("Last conversion: load into DUBU 3.0"));
    CHECK(table.rows.at(4).at(4) == QStringLiteral("Waiting"));
}
