// A full disk, simulated with SQLite's max_page_count: an import fails whole with a clear message, edits fail
// without losing anything, and Parat works again once there is room.
#include "Fixtures.h"
#include "TestSupport.h"

#include "domain/Clock.h"
#include "handbook/HandbookReader.h"
#include "services/HandbookImport.h"
#include "storage/Database.h"
#include "storage/HandbookRepository.h"
#include "storage/MunicipalityRepository.h"
#include "storage/TaskRepository.h"

#include <QSqlQuery>

using namespace parat;

namespace {

int pragma(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

// A bigger handbook: the sample tasks repeated under new keys.
HandbookDraft biggerHandbook()
{
    HandbookDraft draft = readHandbookFile(test::sampleDataPath(QStringLiteral("handbook-sample.csv")));
    const QList<Task> base = draft.tasks;
    for (int copy = 1; copy <= 20; ++copy) {
        for (Task task : base) {
            task.key += QStringLiteral("-x%1").arg(copy);
            task.titleDa += QStringLiteral(" (kopi %1) ").arg(copy) + QString(200, QLatin1Char('x'));
            task.dependsOn.clear();
            draft.tasks.append(task);
        }
    }
    return draft;
}

} // namespace

TEST_CASE_METHOD(test::DemoCase, "A full disk during an import and during edits loses nothing and Parat keeps working",
                 "[reliability]")
{
    const int tasksBefore = int(HandbookRepository(db).tasks().size());
    const int versionsBefore = int(HandbookRepository(db).versions().size());

    // Leave room for a handful of pages only.
    const int pages = pragma(db, QStringLiteral("PRAGMA page_count"));
    pragma(db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2));

    HandbookImporter importer(db, clock);
    const ImportOutcome outcome = importer.importDraft(biggerHandbook(), QStringLiteral("v2"), false);
    CHECK_FALSE(outcome.applied);
    CHECK(outcome.error.contains(QStringLiteral("full")));
    CHECK(HandbookRepository(db).tasks().size() == tasksBefore);
    CHECK(HandbookRepository(db).versions().size() == versionsBefore);

    // Edits until the disk is full: each either lands whole or fails with a message.
    TaskRepository tasks(db);
    const QList<PlannedTask> planned = tasks.plannedTasks(demo.id);
    int failures = 0;
    for (int i = 0; i < 200 && failures == 0; ++i) {
        // Read afresh: an edit carries the version of the task's state it was made from.
        TaskState state = tasks.plannedTask(demo.id, planned.at(i % planned.size()).task.id)->state;
        state.note = QString(2000, QLatin1Char('n')) + QString::number(i);
        if (!tasks.setState(state, clock.now(), &error)) {
            ++failures;
            CHECK(error.contains(QStringLiteral("full")));
            // The failed edit is not half-stored.
            CHECK(tasks.plannedTask(demo.id, state.taskId)->state.note != state.note);
        }
    }
    CHECK(failures == 1);

    // Room again: the same edit and the import now succeed.
    pragma(db, QStringLiteral("PRAGMA max_page_count = 1073741823"));
    TaskState state = tasks.plannedTask(demo.id, planned.first().task.id)->state;
    state.note = QStringLiteral("after the disk was cleaned up");
    CHECK(tasks.setState(state, clock.now(), &error));
    const ImportOutcome again = importer.importDraft(biggerHandbook(), QStringLiteral("v2"), false);
    CHECK(again.applied);
    QSqlQuery check(db.connection());
    REQUIRE(check.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(check.next());
    CHECK(check.value(0).toString() == QStringLiteral("ok"));
}
