// Concurrent edits, nothing lost (docs/team-mode.md "Concurrent edits"): row versions refuse an edit or an undo
// based on a row someone else has changed since, naming who and when; imports take the plan's advisory lock. On a
// file and on a real throw-away PostgreSQL cluster (support/PgCluster), with two clients as two users: no mocks.
#include "storage/RowVersion.h"
#include "commands/StatusImportCommands.h"
#include "commands/TaskCommands.h"
#include "models/TaskTableModel.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SqlDialect.h"
#include "storage/TaskRepository.h"

#include "Fixtures.h"
#include "PgCluster.h"
#include "TestSupport.h"
#include "domain/Clock.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUndoStack>

#include <algorithm>
#include <functional>
#include <iostream>
#include <vector>

using namespace parat;

namespace {

// Two clients of one server database, as the users lars_ver and mette_ver; the demo plan, built by lars.
struct TwoClients : test::TwoServerClients
{
    TwoClients()
        : test::TwoServerClients(QStringLiteral("lars_ver"), QStringLiteral("mette_ver"))
    { }
};

// A file as a Parat of schema `version` left it: the first `version` migrations, municipality 1 (0630 Vejle) and the
// rows inserts makes; more, when given, looks at it before it closes.
void writeOldFile(const QString &path, int version, const QStringList &inserts,
                  const std::function<void(QSqlDatabase &)> &more = {})
{
    test::withSqliteFile(path, [&](QSqlDatabase &raw) {
        QSqlQuery query(raw);
        for (int m = 0; m < version; ++m) {
            for (const QString &statement : migrations().at(m))
                REQUIRE(query.exec(statement));
        }
        REQUIRE(query.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId)));
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        REQUIRE(query.exec(QStringLiteral("INSERT INTO municipality (id, code, name, created_at) VALUES (1, '0630', "
                                          "'Vejle', '2026-01-01T00:00:00Z')")));
        for (const QString &insert : inserts)
            REQUIRE(query.exec(insert));
        if (more)
            more(raw);
    });
}

// A task of the demo, as a client reads it.
PlannedTask readTask(Database &db, Id municipalityId, const QString &key)
{
    for (const PlannedTask &item : TaskRepository(db).plannedTasks(municipalityId)) {
        if (item.task.key == key)
            return item;
    }
    FAIL("no task " << key.toStdString());
    return {};
}

QString firstKey(Database &db, Id municipalityId)
{
    return TaskRepository(db).plannedTasks(municipalityId).first().task.key;
}

// Runs a command as the undo stack does and returns its error (empty: it succeeded).
QString redo(SetTaskStates &command)
{
    command.redo();
    return command.error();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values.at(values.size() / 2);
}

// Median milliseconds of 200 task-status edits through SetTaskStates, each based on the version the previous one
// left: checked (the version read with the row) or not (-1, as the demo builder writes).
double medianEditMs(Database &db, const Clock &clock, Id municipalityId, const QString &key, bool checked)
{
    std::vector<double> times;
    PlannedTask item = readTask(db, municipalityId, key);
    TaskState state = item.state;
    if (!checked)
        state.version = -1;
    QElapsedTimer timer;
    for (int i = 0; i < 200; ++i) {
        TaskState next = state;
        next.status = i % 2 == 0 ? Status::InProgress : Status::Done;
        timer.start();
        SetTaskStates command(db, clock, {state}, {next}, QStringLiteral("status"));
        command.redo();
        times.push_back(timer.nsecsElapsed() / 1e6);
        REQUIRE_FALSE(command.failed());
        state = next;
        if (checked)
            state.version = readTask(db, municipalityId, key).state.version;
    }
    return median(times);
}

} // namespace

TEST_CASE_METHOD(test::FileAndServer,
                 "Migration 10 gives every editable table a version and who and when changed it, on both engines",
                 "[versions][storage][server]")
{
    const QStringList tables {QStringLiteral("task_state"),  QStringLiteral("person"),
                              QStringLiteral("stakeholder"), QStringLiteral("risk"),
                              QStringLiteral("decision"),    QStringLiteral("communication_item"),
                              QStringLiteral("allocation")};
    for (Database *db : {&file, &server}) {
        for (const QString &table : tables) {
            INFO(table.toStdString());
            const QStringList columns = sql::columnNames(db->connection(), table);
            CHECK(
                columns.mid(columns.size() - 3)
                == QStringList {QStringLiteral("version"), QStringLiteral("changed_by"), QStringLiteral("changed_at")});
        }
    }
    CHECK(sql::migrationStatement(QStringLiteral("ALTER TABLE person ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
                                  sql::Engine::Postgres)
          == QStringLiteral("ALTER TABLE person ADD COLUMN version BIGINT NOT NULL DEFAULT 1"));

    // A file from before migration 10: its rows start at version 1 with nobody named.
    const QString old = dir.file(QStringLiteral("v9.sqlite"));
    writeOldFile(old, 9, {QStringLiteral("INSERT INTO person (id, municipality_id, name) VALUES (1, 1, 'Anne')")});
    Database upgraded;
    REQUIRE(upgraded.open(old, &error));
    QSqlQuery query(upgraded.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT version, changed_by IS NULL, changed_at IS NULL FROM person")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 1);
    CHECK(query.value(1).toBool());
    CHECK(query.value(2).toBool());
}

TEST_CASE_METHOD(test::FileAndServer,
                 "Migration 11 gives runbook steps and go-live criteria a version and who and when changed them, on a "
                 "fresh file, a fresh server and an older file upgraded",
                 "[versions][storage][server][migration]")
{
    const QStringList tables {QStringLiteral("runbook_step"), QStringLiteral("golive_criterion")};
    const QStringList stamp {QStringLiteral("version"), QStringLiteral("changed_by"), QStringLiteral("changed_at")};
    REQUIRE(migrations().size() >= 11);
    for (Database *db : {&file, &server}) {
        CHECK(db->fileSchemaVersion() >= 11);
        for (const QString &table : tables) {
            INFO(table.toStdString());
            const QStringList columns = sql::columnNames(db->connection(), table);
            CHECK(columns.mid(columns.size() - 3) == stamp);
        }
    }

    // A file from before migration 11, with a step and a criterion: they start at version 1 with nobody named.
    const QString old = dir.file(QStringLiteral("v10.sqlite"));
    writeOldFile(
        old, 10,
        {QStringLiteral("INSERT INTO runbook_step (id, municipality_id, number, title, start_minutes, "
                        "duration_minutes) VALUES (1, 1, 1, 'Luk KMD', 0, 60)"),
         QStringLiteral("INSERT INTO golive_criterion (id, municipality_id, title) VALUES (1, 1, 'Data flyttet')")},
        [](QSqlDatabase &raw) {
            CHECK_FALSE(sql::columnNames(raw, QStringLiteral("runbook_step")).contains(QStringLiteral("version")));
        });
    Database upgraded;
    REQUIRE(upgraded.open(old, &error));
    CHECK(upgraded.fileSchemaVersion() == Database::schemaVersion());
    for (const QString &table : tables) {
        INFO(table.toStdString());
        QSqlQuery query(upgraded.connection());
        REQUIRE(
            query.exec(QStringLiteral("SELECT version, changed_by IS NULL, changed_at IS NULL FROM %1").arg(table)));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 1);
        CHECK(query.value(1).toBool());
        CHECK(query.value(2).toBool());
    }
}

TEST_CASE_METHOD(test::DemoCase,
                 "On a file an edit based on a stale version is refused, names who changed the task and writes nothing",
                 "[versions][storage]")
{
    const QString key = firstKey(db, demo.id);
    TaskRepository tasks(db);

    // Two edits read the same version, one after the other.
    const PlannedTask read = readTask(db, demo.id, key);
    REQUIRE(read.state.version >= 0);
    TaskState first = read.state;
    first.note = QStringLiteral("Written first");
    qint64 version = 0;
    REQUIRE(tasks.setState(first, clock.now(), &error, &version));
    CHECK(version == std::max<qint64>(read.state.version, 0) + 1);

    TaskState second = read.state;
    second.note = QStringLiteral("Written second, on a stale read");
    QSignalSpy changed(&db, &Database::changed);
    CHECK_FALSE(tasks.setState(second, clock.now(), &error, &version));
    const QString user = sql::changingUser(db);
    CHECK_FALSE(user.isEmpty());
    CHECK(error.contains(QStringLiteral("The task %1 was changed by %2 at ").arg(key, user)));
    CHECK(error.contains(QStringLiteral("Your changes are not saved; the task has been fetched again.")));
    CHECK(changed.count() == 1); // the views read the task again
    const PlannedTask now = readTask(db, demo.id, key);
    CHECK(now.state.note == QStringLiteral("Written first"));
    CHECK(now.state.version == version);

    // Based on the version read again, the same edit is written; who and when are recorded.
    second.version = now.state.version;
    REQUIRE(tasks.setState(second, clock.now(), &error, &version));
    CHECK(readTask(db, demo.id, key).state.note == second.note);
    sql::VersionedRow row(db, QStringLiteral("task_state"),
                          {{QStringLiteral("municipality_id"), demo.id}, {QStringLiteral("task_id"), read.task.id}},
                          sql::RowKind::Task, key);
    const sql::RowStamp stamp = row.stamp(&error);
    CHECK(stamp.version == version);
    CHECK(stamp.changedBy == user);
    CHECK(stamp.changedAt.isValid());

    // A task with no stored state (version 0) that someone has given one since: the second is refused too.
    // (The demo stores a state for every task: one is put back to the default first, which removes its row.)
    const QString freshKey = tasks.plannedTasks(demo.id).at(1).task.key;
    TaskState reset = readTask(db, demo.id, freshKey).state;
    reset.status = Status::NotStarted;
    reset.responsiblePersonId = 0;
    reset.performerPersonId = 0;
    reset.dueOverride = QDate();
    reset.doneOn = QDate();
    reset.klikMarkedOn = QDate();
    reset.reason.clear();
    reset.note.clear();
    REQUIRE(tasks.setState(reset, clock.now(), &error));
    const PlannedTask fresh = readTask(db, demo.id, freshKey);
    REQUIRE(fresh.state.version == 0);
    TaskState made = fresh.state;
    made.note = QStringLiteral("First note");
    REQUIRE(tasks.setState(made, clock.now(), &error));
    made.note = QStringLiteral("Second note");
    CHECK_FALSE(tasks.setState(made, clock.now(), &error));
    CHECK(error.contains(fresh.task.key));
    CHECK(readTask(db, demo.id, fresh.task.key).state.note == QStringLiteral("First note"));
    // A state put back to the default keeps no row; the row's removal is checked against the version as well.
    TaskState cleared = readTask(db, demo.id, fresh.task.key).state;
    cleared.note.clear();
    TaskState late = cleared;
    REQUIRE(tasks.setState(cleared, clock.now(), &error, &version));
    CHECK(version == 0);
    CHECK(readTask(db, demo.id, fresh.task.key).state.version == 0);
    late.note = QStringLiteral("On the version before the clearing");
    CHECK_FALSE(tasks.setState(late, clock.now(), &error));
    CHECK(error.contains(QStringLiteral("removed by")));
}

TEST_CASE_METHOD(test::DemoCase,
                 "On a file undo of one's own edit is refused once the task changed since, and works when it did not",
                 "[versions][commands]")
{
    const QString key = firstKey(db, demo.id);
    const TaskState before = readTask(db, demo.id, key).state;

    TaskState after = before;
    after.note = QStringLiteral("Mine");
    SetTaskStates mine(db, clock, {before}, {after}, QStringLiteral("Set note"));
    REQUIRE(redo(mine).isEmpty());
    // Undo and redo again, nobody else in between: both work, each on the version the other left.
    mine.undo();
    REQUIRE_FALSE(mine.failed());
    CHECK(readTask(db, demo.id, key).state.note == before.note);
    REQUIRE(redo(mine).isEmpty());
    CHECK(readTask(db, demo.id, key).state.note == QStringLiteral("Mine"));

    // Someone else changes the task; the undo is refused and leaves their change.
    TaskState theirs = readTask(db, demo.id, key).state;
    theirs.note = QStringLiteral("Theirs");
    SetTaskStates other(db, clock, {readTask(db, demo.id, key).state}, {theirs}, QStringLiteral("Set note"));
    REQUIRE(redo(other).isEmpty());
    mine.undo();
    CHECK(mine.failed());
    CHECK(mine.error().contains(QStringLiteral("The task %1 was changed by").arg(key)));
    CHECK(readTask(db, demo.id, key).state.note == QStringLiteral("Theirs"));

    // Two of one's own steps on one task, undone and redone through the stack: each undo finds the state the
    // command left although the other command's undo moved the version on.
    QUndoStack stack;
    const TaskState start = readTask(db, demo.id, key).state;
    TaskState step1 = start;
    step1.note = QStringLiteral("Step 1");
    stack.push(new SetTaskStates(db, clock, {start}, {step1}, QStringLiteral("1")));
    const TaskState afterStep1 = readTask(db, demo.id, key).state;
    TaskState step2 = afterStep1;
    step2.status = Status::InProgress;
    stack.push(new SetTaskStates(db, clock, {afterStep1}, {step2}, QStringLiteral("2")));
    REQUIRE(stack.count() == 2);
    stack.undo();
    stack.undo();
    CHECK(stack.count() == 2);
    CHECK(readTask(db, demo.id, key).state.note == start.note);
    CHECK(readTask(db, demo.id, key).state.status == start.status);
    stack.redo();
    stack.redo();
    CHECK(stack.count() == 2);
    CHECK(readTask(db, demo.id, key).state.note == QStringLiteral("Step 1"));
    CHECK(readTask(db, demo.id, key).state.status == Status::InProgress);
}

TEST_CASE("Two clients of a server edit the same task: the second is refused naming the first, then succeeds after "
          "reloading",
          "[versions][server]")
{
    TwoClients two;
    const QString key = firstKey(two.lars, two.demo.id);
    const PlannedTask larsRead = readTask(two.lars, two.demo.id, key);
    const PlannedTask metteRead = readTask(two.mette, two.demo.id, key);
    REQUIRE(larsRead.state.version == metteRead.state.version);

    TaskState larsAfter = larsRead.state;
    larsAfter.status = Status::Waiting;
    larsAfter.reason = QStringLiteral("Awaiting the supplier");
    SetTaskStates larsEdit(two.lars, two.clock, {larsRead.state}, {larsAfter}, QStringLiteral("Set status"));
    REQUIRE(redo(larsEdit).isEmpty());

    TaskState metteAfter = metteRead.state;
    metteAfter.note = QStringLiteral("Mette's note");
    metteAfter.performerPersonId = 0;
    QSignalSpy metteChanged(&two.mette, &Database::changed);
    SetTaskStates metteEdit(two.mette, two.clock, {metteRead.state}, {metteAfter}, QStringLiteral("Set note"));
    const QString refused = redo(metteEdit);
    INFO(refused.toStdString());
    CHECK(refused.contains(QStringLiteral("The task %1 was changed by lars_ver at ").arg(key)));
    CHECK(refused.contains(QStringLiteral("after you opened it")));
    CHECK(metteChanged.count() == 1);
    // Nothing of Mette's edit was written: the stored state is Lars's.
    const PlannedTask stored = readTask(two.lars, two.demo.id, key);
    CHECK(stored.state.status == Status::Waiting);
    CHECK(stored.state.note == larsRead.state.note);
    CHECK(stored.state.version == larsRead.state.version + 1);

    // After reading the task again Mette's edit is written, on top of Lars's.
    const PlannedTask reread = readTask(two.mette, two.demo.id, key);
    TaskState metteAgain = reread.state;
    metteAgain.note = QStringLiteral("Mette's note");
    SetTaskStates metteRetry(two.mette, two.clock, {reread.state}, {metteAgain}, QStringLiteral("Set note"));
    REQUIRE(redo(metteRetry).isEmpty());
    const PlannedTask both = readTask(two.lars, two.demo.id, key);
    CHECK(both.state.status == Status::Waiting);
    CHECK(both.state.note == QStringLiteral("Mette's note"));
    QString error;
    const sql::RowStamp stamp = sql::VersionedRow(two.lars, QStringLiteral("task_state"),
                                                  {{QStringLiteral("municipality_id"), two.demo.id},
                                                   {QStringLiteral("task_id"), larsRead.task.id}},
                                                  sql::RowKind::Task, key)
                                    .stamp(&error);
    CHECK(stamp.changedBy == QStringLiteral("mette_ver"));

    // Lars's undo of his own edit is refused now, naming Mette, and leaves her note.
    larsEdit.undo();
    CHECK(larsEdit.failed());
    CHECK(larsEdit.error().contains(QStringLiteral("changed by mette_ver")));
    CHECK(readTask(two.mette, two.demo.id, key).state.note == QStringLiteral("Mette's note"));
    CHECK(readTask(two.mette, two.demo.id, key).state.status == Status::Waiting);
}

TEST_CASE("On a server the task table of the second client reloads the refused task", "[versions][server][models]")
{
    TwoClients two;
    const QString key = firstKey(two.lars, two.demo.id);
    TaskTableModel model(two.mette);
    QObject::connect(&two.mette, &Database::changed, &model, &TaskTableModel::reload);
    model.setClock(&two.clock);
    QUndoStack stack;
    QString shown;
    model.setCommandSink([&](Command *command) {
        command->setErrorHandler([&](const QString &message) { shown = message; });
        stack.push(command);
        return shown.isEmpty();
    });
    model.load(two.demo.id, two.clock.today());
    const Id taskId = readTask(two.lars, two.demo.id, key).task.id;
    REQUIRE(model.rowOf(taskId) >= 0);

    // Lars writes a note while Mette's window shows the task as it was.
    TaskState larsAfter = readTask(two.lars, two.demo.id, key).state;
    larsAfter.note = QStringLiteral("Lars's note");
    SetTaskStates larsEdit(two.lars, two.clock, {readTask(two.lars, two.demo.id, key).state}, {larsAfter},
                           QStringLiteral("Set note"));
    REQUIRE(redo(larsEdit).isEmpty());
    REQUIRE(model.taskAt(model.rowOf(taskId))->state.note != QStringLiteral("Lars's note"));
    const Status shownStatus = model.taskAt(model.rowOf(taskId))->state.status;

    CHECK_FALSE(model.changeStates({taskId}, QStringLiteral("Set note"),
                                   [](TaskState &state) { state.note = QStringLiteral("Mette's note"); }));
    CHECK(shown.contains(QStringLiteral("The task %1 was changed by lars_ver").arg(key)));
    CHECK(stack.count() == 0);
    // Nothing of Mette's edit was written; the row shows Lars's state now, and an edit from there is written.
    CHECK(readTask(two.lars, two.demo.id, key).state.note == QStringLiteral("Lars's note"));
    CHECK(model.taskAt(model.rowOf(taskId))->state.note == QStringLiteral("Lars's note"));
    CHECK(model.taskAt(model.rowOf(taskId))->state.status == shownStatus);
    shown.clear();
    CHECK(model.changeStates({taskId}, QStringLiteral("Set note"),
                             [](TaskState &state) { state.note = QStringLiteral("Mette's note"); }));
    CHECK(stack.count() == 1);
    CHECK(readTask(two.lars, two.demo.id, key).state.note == QStringLiteral("Mette's note"));
}

TEST_CASE("Two status imports at once on a server: the second is refused and nothing of it is written",
          "[versions][server][import]")
{
    TwoClients two;
    const QList<PlannedTask> planned = TaskRepository(two.lars).plannedTasks(two.demo.id);
    REQUIRE(planned.size() > 4);
    auto importOf = [&](Database &db, int from, const QString &note) {
        QList<TaskState> before;
        QList<TaskState> after;
        for (int i = from; i < from + 2; ++i) {
            const PlannedTask item = readTask(db, two.demo.id, planned.at(i).task.key);
            before.append(item.state);
            TaskState state = item.state;
            state.note = note;
            after.append(state);
        }
        return std::make_unique<ImportStatuses>(db, two.clock, before, after, QStringLiteral("sheet.xlsx"));
    };
    auto larsImport = importOf(two.lars, 0, QStringLiteral("Lars's import"));
    auto metteImport = importOf(two.mette, 2, QStringLiteral("Mette's import"));

    // Lars's import is under way (its transaction open) when Mette's starts.
    QString error;
    QString metteError;
    REQUIRE(two.lars.write(&error, [&] {
        larsImport->redo();
        if (larsImport->failed())
            return false;
        metteImport->redo();
        metteError = metteImport->error();
        return true;
    }));
    INFO(metteError.toStdString());
    CHECK(metteError.contains(QStringLiteral("Another user is importing")));
    for (int i = 0; i < 2; ++i)
        CHECK(readTask(two.mette, two.demo.id, planned.at(i).task.key).state.note == QStringLiteral("Lars's import"));
    for (int i = 2; i < 4; ++i)
        CHECK(readTask(two.mette, two.demo.id, planned.at(i).task.key).state.note != QStringLiteral("Mette's import"));

    // Once Lars's import is committed, Mette's goes through.
    auto retry = importOf(two.mette, 2, QStringLiteral("Mette's import"));
    REQUIRE(redo(*retry).isEmpty());
    for (int i = 2; i < 4; ++i)
        CHECK(readTask(two.lars, two.demo.id, planned.at(i).task.key).state.note == QStringLiteral("Mette's import"));

    // The lock is one per server database and transaction; on a file lockPlanWork() asks nothing more.
    test::TempDir dir;
    Database file;
    REQUIRE(file.open(dir.file(QStringLiteral("plan.sqlite")), &error));
    CHECK(file.write(&error, [&] { return file.lockPlanWork(&error) && file.lockPlanWork(&error); }));
}

TEST_CASE_METHOD(test::FileAndServer, "The cost of the version check on a task-status edit, file and server",
                 "[versions][server][measure]")
{
    const FixedClock clock(QDate(2026, 11, 27));
    for (Database *db : {&file, &server}) {
        const Municipality demo = test::buildDemo(*db, clock);
        const QString key = firstKey(*db, demo.id);
        const double unchecked = medianEditMs(*db, clock, demo.id, key, false);
        const double checked = medianEditMs(*db, clock, demo.id, key, true);
        std::cout << "[measure] task-status edit through SetTaskStates on " << (db == &file ? "a file" : "a server")
                  << ", median of 200: with the version check " << checked << " ms, without " << unchecked << " ms"
                  << std::endl;
        CHECK(checked > 0);
    }
}
