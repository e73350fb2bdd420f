// "Changes since the last report" shows where each task got to, not every step: undo/redo churn and edits
// taken back do not reach the steering group; the task's own history keeps every step.
#include "Fixtures.h"
#include "TestSupport.h"

#include "commands/TaskCommands.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "report/StatusReport.h"
#include "storage/Database.h"
#include "storage/TaskRepository.h"

#include <QUndoStack>

using namespace parat;

TEST_CASE_METHOD(test::EnglishDemo,
                 "Undo and redo in the period collapse to first and last value in the report's changes",
                 "[report][undo]")
{
    clock.set(QDateTime(clock.today(), QTime(16, 0), Qt::UTC)); // after the demo's own history of the day

    QList<PlannedTask> open;
    for (const PlannedTask &task : TaskRepository(db).plannedTasks(demo.id)) {
        if (task.state.status == Status::NotStarted && open.size() < 3)
            open.append(task);
    }
    REQUIRE(open.size() == 3);
    const auto stateWith = [&](const PlannedTask &task, Status status, const QString &reason = QString()) {
        TaskState state = task.state;
        state.municipalityId = demo.id;
        state.taskId = task.task.id;
        state.status = status;
        state.reason = reason;
        return state;
    };
    const auto before = [&](const PlannedTask &task) { return stateWith(task, task.state.status, task.state.reason); };
    QUndoStack stack;
    const auto tick = [&] { clock.set(clock.now().addSecs(60)); };

    // First task: "In progress", then undo and redo twice - five history rows, one net change.
    stack.push(new SetTaskStates(db, clock, {before(open.at(0))}, {stateWith(open.at(0), Status::InProgress)},
                                 QStringLiteral("a")));
    for (int i = 0; i < 2; ++i) {
        tick();
        stack.undo();
        tick();
        stack.redo();
    }
    // Second task: set and undone - no net change.
    tick();
    stack.push(
        new SetTaskStates(db, clock, {before(open.at(1))}, {stateWith(open.at(1), Status::Done)}, QStringLiteral("b")));
    tick();
    stack.undo();
    // Third: two real steps - one change from the first value to the last.
    tick();
    SetTaskStates first(db, clock, {before(open.at(2))}, {stateWith(open.at(2), Status::InProgress)},
                        QStringLiteral("c"));
    first.redo();
    tick();
    SetTaskStates second(db, clock, {stateWith(open.at(2), Status::InProgress)},
                         {stateWith(open.at(2), Status::Waiting, QStringLiteral("Venter på IT"))}, QStringLiteral("d"));
    second.redo();

    CHECK(TaskRepository(db).events(demo.id, open.at(0).task.id).size() >= 5); // the history keeps every step

    StatusReportData data;
    REQUIRE(gatherStatusReport(db, clock, {demo.id, {}, QStringLiteral("en")}, {}, &data, &error));
    QStringList changes;
    for (const ReportChange &change : data.changes) {
        if (change.taskKey == open.at(0).task.key || change.taskKey == open.at(1).task.key
            || change.taskKey == open.at(2).task.key)
            changes.append(
                QStringLiteral("%1 %2: %3 -> %4").arg(change.taskKey, change.field, change.oldValue, change.newValue));
    }
    CHECK(changes
          == QStringList {open.at(0).task.key + QStringLiteral(" status: Not started -> In progress"),
                          open.at(2).task.key + QStringLiteral(" status: Not started -> Waiting"),
                          open.at(2).task.key + QStringLiteral(" reason: – -> Venter på IT")});
}
