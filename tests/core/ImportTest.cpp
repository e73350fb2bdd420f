#include "domain/Clock.h"
#include "handbook/HandbookReader.h"
#include "services/HandbookImport.h"
#include "storage/Database.h"
#include "storage/HandbookRepository.h"
#include "storage/MunicipalityRepository.h"
#include "storage/TaskRepository.h"

#include "Fixtures.h"
#include "TestSupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace parat;

namespace {

Task draftTask(const QString &key, int dueWeeks)
{
    Task task;
    task.key = key;
    task.phase = Phase::P21;
    task.titleDa = QStringLiteral("Opgave ") + key;
    task.dueOffsetWeeks = dueWeeks;
    task.estimateHours = 1;
    return task;
}

HandbookDraft draftOf(const QList<Task> &tasks, const QString &version = QString())
{
    HandbookDraft draft;
    draft.version = version;
    draft.sourceName = QStringLiteral("haandbog-2026.csv");
    draft.sha256 = QByteArrayLiteral("abc123");
    draft.tasks = tasks;
    for (int i = 0; i < draft.tasks.size(); ++i)
        draft.tasks[i].sortOrder = i;
    return draft;
}

QList<Task> firstTasks()
{
    return {draftTask(QStringLiteral("T1"), -20), draftTask(QStringLiteral("T2"), -10),
            draftTask(QStringLiteral("T3"), -2)};
}

struct Fixture : test::OneMunicipality
{
    FixedClock clock {QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC)};

    Fixture()
        : OneMunicipality(QStringLiteral("import.sqlite"), QStringLiteral("0461"), QDate(2027, 1, 4))
    { }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.file(name);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }
};

} // namespace

TEST_CASE("A first import applies every task without a restore point", "[handbook][import]")
{
    Fixture f;
    HandbookImporter importer(f.db, f.clock);
    const ImportOutcome outcome
        = importer.importDraft(draftOf(firstTasks(), QStringLiteral("2026.1")), QString(), false);
    INFO(outcome.error.toStdString());
    REQUIRE(outcome.ok());
    CHECK(outcome.applied);
    CHECK(outcome.plan.added.size() == 3);
    CHECK(outcome.version.id != 0);
    CHECK(outcome.version.label == QStringLiteral("2026.1"));
    CHECK(outcome.version.importedAt == f.clock.now());
    CHECK(outcome.restorePoint.id.isEmpty());
    CHECK(f.db.restorePoints().isEmpty());
    CHECK(HandbookRepository(f.db).tasks().size() == 3);
    CHECK(TaskRepository(f.db).plannedTasks(f.municipality).size() == 3);
}

TEST_CASE("The version label comes from the caller then the draft then the file name", "[handbook][import]")
{
    Fixture f;
    HandbookImporter importer(f.db, f.clock);
    ImportOutcome outcome
        = importer.importDraft(draftOf(firstTasks(), QStringLiteral("v7")), QStringLiteral(" Mine "), false);
    REQUIRE(outcome.ok());
    CHECK(outcome.version.label == QStringLiteral("Mine"));
    outcome = importer.importDraft(draftOf(firstTasks(), QStringLiteral("v7")), QString(), false);
    REQUIRE(outcome.ok());
    CHECK(outcome.version.label == QStringLiteral("v7"));
    outcome = importer.importDraft(draftOf(firstTasks()), QString(), false);
    REQUIRE(outcome.ok());
    CHECK(outcome.version.label == QStringLiteral("haandbog-2026"));
    CHECK(HandbookRepository(f.db).versions().size() == 3);
}

TEST_CASE("A re-import takes a restore point that brings the previous version back", "[handbook][import]")
{
    Fixture f;
    HandbookImporter importer(f.db, f.clock);
    REQUIRE(importer.importDraft(draftOf(firstTasks(), QStringLiteral("1")), QString(), false).ok());
    const QStringList afterFirst = test::dumpTables(f.db);

    QList<Task> next = firstTasks();
    next[1].titleDa = QStringLiteral("Omdøbt");
    next.removeLast();
    next.append(draftTask(QStringLiteral("T4"), -1));
    f.clock.advanceDays(30);
    const ImportOutcome outcome = importer.importDraft(draftOf(next, QStringLiteral("2")), QString(), false);
    INFO(outcome.error.toStdString());
    REQUIRE(outcome.ok());
    CHECK(outcome.applied);
    CHECK(outcome.plan.summary() == QStringLiteral("1 added, 1 changed, 1 withdrawn, 1 unchanged"));
    REQUIRE_FALSE(outcome.restorePoint.id.isEmpty());
    CHECK(outcome.restorePoint.reason == QStringLiteral("import"));
    REQUIRE(f.db.restorePoints().size() == 1);
    CHECK(HandbookRepository(f.db).currentVersion()->label == QStringLiteral("2"));

    QString error;
    REQUIRE(f.db.restore(outcome.restorePoint.id, &error));
    CHECK(test::dumpTables(f.db) == afterFirst);
    CHECK(HandbookRepository(f.db).currentVersion()->label == QStringLiteral("1"));
}

TEST_CASE("A draft with errors changes nothing", "[handbook][import]")
{
    Fixture f;
    HandbookImporter importer(f.db, f.clock);
    REQUIRE(importer.importDraft(draftOf(firstTasks(), QStringLiteral("1")), QString(), false).ok());
    const QStringList before = test::dumpTables(f.db);

    HandbookDraft broken = draftOf({draftTask(QStringLiteral("T9"), -3)}, QStringLiteral("2"));
    ImportProblem problem;
    problem.line = 7;
    problem.column = QStringLiteral("due_offset_weeks");
    problem.message = QStringLiteral("Expected a whole number of weeks, got \"soon\".");
    broken.problems.append(problem);
    ImportProblem warning;
    warning.severity = ImportProblem::Severity::Warning;
    warning.message = QStringLiteral("Column colour is unknown and was ignored.");
    broken.problems.append(warning);

    for (const bool dryRun : {false, true}) {
        const ImportOutcome outcome = importer.importDraft(broken, QString(), dryRun);
        CHECK_FALSE(outcome.ok());
        CHECK_FALSE(outcome.applied);
        CHECK(outcome.error.contains(QStringLiteral("due_offset_weeks")));
        CHECK(outcome.error.contains(QStringLiteral("soon")));
        CHECK_FALSE(outcome.error.contains(QStringLiteral("colour")));
        CHECK(outcome.plan.isEmpty());
        CHECK(outcome.draft.problems.size() == 2);
        CHECK(test::dumpTables(f.db) == before);
        CHECK(f.db.restorePoints().isEmpty());
    }

    const ImportOutcome empty = importer.importDraft(draftOf({}), QString(), false);
    CHECK_FALSE(empty.ok());
    CHECK(test::dumpTables(f.db) == before);
}

TEST_CASE("A dry run shows the plan and writes nothing", "[handbook][import]")
{
    Fixture f;
    HandbookImporter importer(f.db, f.clock);
    const QStringList empty = test::dumpTables(f.db);
    const quint64 revision = f.db.revision();

    ImportOutcome outcome = importer.importDraft(draftOf(firstTasks(), QStringLiteral("1")), QString(), true);
    REQUIRE(outcome.ok());
    CHECK_FALSE(outcome.applied);
    CHECK(outcome.plan.added.size() == 3);
    CHECK(outcome.version.id == 0);
    CHECK(test::dumpTables(f.db) == empty);
    CHECK(f.db.revision() == revision);

    REQUIRE(importer.importDraft(draftOf(firstTasks(), QStringLiteral("1")), QString(), false).ok());
    const QStringList before = test::dumpTables(f.db);
    QList<Task> next = firstTasks();
    next[0].dueOffsetWeeks = -22;
    outcome = importer.importDraft(draftOf(next, QStringLiteral("2")), QString(), true);
    REQUIRE(outcome.ok());
    CHECK_FALSE(outcome.applied);
    REQUIRE(outcome.plan.changed.size() == 1);
    CHECK(outcome.plan.changed.first().changes.first().field == QStringLiteral("due_offset_weeks"));
    CHECK(outcome.restorePoint.id.isEmpty());
    CHECK(f.db.restorePoints().isEmpty());
    CHECK(test::dumpTables(f.db) == before);
}

TEST_CASE("The sample handbook CSV imports from its file and again unchanged", "[handbook][import]")
{
    Fixture f;
    HandbookImporter importer(f.db, f.clock);
    const QString path = test::sampleDataPath(QStringLiteral("handbook-sample.csv"));
    REQUIRE(QFile::exists(path));
    ImportOutcome outcome = importer.importFile(path, QString(), false);
    INFO(outcome.error.toStdString());
    REQUIRE(outcome.ok());
    CHECK(outcome.applied);
    CHECK(outcome.draft.tasks.size() == 91);
    CHECK(outcome.plan.added.size() == 91);
    CHECK(outcome.version.label == QStringLiteral("handbook-sample"));
    CHECK(outcome.version.sourceName == QStringLiteral("handbook-sample.csv"));
    CHECK(outcome.version.sha256.size() == 64);
    CHECK(HandbookRepository(f.db).tasks().size() == 91);
    CHECK(TaskRepository(f.db).plannedTasks(f.municipality).size() == 91);

    outcome = importer.importFile(path, QStringLiteral("again"), true);
    REQUIRE(outcome.ok());
    CHECK(outcome.plan.isEmpty());
    CHECK(outcome.plan.unchanged.size() == 91);
}

TEST_CASE("A broken handbook file changes nothing", "[handbook][import]")
{
    Fixture f;
    HandbookImporter importer(f.db, f.clock);
    const QString good = f.writeFile(QStringLiteral("good.csv"),
                                     QByteArrayLiteral("key;phase;title_da;due_offset_weeks\r\n"
                                                       "K1;P1;Første;-30\r\n"
                                                       "K2;P21;\"Anden; med semikolon\";-20\r\n"));
    ImportOutcome outcome = importer.importFile(good, QString(), false);
    INFO(outcome.error.toStdString());
    REQUIRE(outcome.ok());
    CHECK(HandbookRepository(f.db).tasks().size() == 2);
    const QStringList before = test::dumpTables(f.db);

    const QString bad = f.writeFile(QStringLiteral("bad.csv"),
                                    QByteArrayLiteral("key,phase,title_da,due_offset_weeks\n"
                                                      "K1,P1,Første,-30\n"
                                                      "K3,P9,Tredje,snart\n"));
    outcome = importer.importFile(bad, QString(), false);
    CHECK_FALSE(outcome.ok());
    CHECK_FALSE(outcome.applied);
    CHECK(outcome.draft.hasErrors());
    CHECK(test::dumpTables(f.db) == before);
    CHECK(f.db.restorePoints().isEmpty());

    outcome = importer.importFile(f.dir.file(QStringLiteral("missing.csv")), QString(), false);
    CHECK_FALSE(outcome.ok());
    CHECK(test::dumpTables(f.db) == before);
}
