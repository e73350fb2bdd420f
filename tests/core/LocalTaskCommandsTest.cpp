// Local tasks: add, edit and delete as undo commands; undoing a deletion brings the task back exactly.
#include "Fixtures.h"
#include "TestSupport.h"

#include "commands/LocalTaskCommands.h"
#include "commands/TaskCommands.h"
#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/TaskRepository.h"

#include <QUndoStack>

using namespace parat;

namespace {

using Fixture = test::DemoDatabase;

// What a step of the walk leaves stored about the local task.
struct Seen
{
    bool exists = false;
    QString key;
    QString title;
    int dueOffsetWeeks = 0;
    Status status = Status::NotStarted;
    Id performer = 0;
    QString reason;

    bool operator==(const Seen &other) const
    {
        return exists == other.exists && key == other.key && title == other.title
            && dueOffsetWeeks == other.dueOffsetWeeks && status == other.status && performer == other.performer
            && reason == other.reason;
    }
};

std::ostream &operator<<(std::ostream &os, const Seen &seen)
{
    return os << (seen.exists ? "task " : "no task ") << seen.key << " \"" << seen.title << "\" due "
              << seen.dueOffsetWeeks << " status " << statusCode(seen.status) << " performer " << seen.performer
              << " reason " << seen.reason;
}

Seen seen(Database &db, Id municipalityId, Id taskId)
{
    Seen result;
    const std::optional<PlannedTask> planned = TaskRepository(db).plannedTask(municipalityId, taskId);
    if (!planned)
        return result;
    result.exists = true;
    result.key = planned->task.key;
    result.title = planned->task.titleDa;
    result.dueOffsetWeeks = planned->task.dueOffsetWeeks;
    result.status = planned->state.status;
    result.performer = planned->state.performerPersonId;
    result.reason = planned->state.reason;
    return result;
}

// History without event ids (a restored history gets new ids).
QStringList historyText(Database &db, Id municipalityId, Id taskId)
{
    QStringList lines;
    const QList<TaskEvent> events = TaskRepository(db).events(municipalityId, taskId);
    for (const TaskEvent &event : events)
        lines.append(event.at.toString(Qt::ISODate) + QLatin1Char(' ') + event.field + QLatin1Char(' ') + event.oldValue
                     + QStringLiteral(" -> ") + event.newValue);
    return lines;
}

Task newLocalTask(Id municipalityId)
{
    Task task;
    task.municipalityId = municipalityId;
    task.titleDa = QStringLiteral("Kaffemøde med superbrugerne");
    task.titleEn = QStringLiteral("Coffee meeting with the superusers");
    task.phase = Phase::P22;
    task.theme = Theme::UDD;
    task.performerRole = Role::SU;
    task.releaseOffsetWeeks = -10;
    task.dueOffsetWeeks = -8;
    task.estimateHours = 2;
    return task;
}

} // namespace

TEST_CASE("Local tasks are added edited and deleted with an undo walk back and forward", "[commands][localtask]")
{
    Fixture f;
    QUndoStack stack;
    const Id m = f.demo.id;
    const QList<Person> people = PersonRepository(f.db).forMunicipality(m);
    REQUIRE(people.size() > 2);

    // Step 1: add.
    auto *add = new AddLocalTask(f.db, newLocalTask(m));
    stack.push(add);
    REQUIRE_FALSE(add->failed());
    const Id id = add->taskId();
    REQUIRE(id != 0);
    CHECK(add->task().key == QStringLiteral("LOK-1"));
    CHECK(stack.undoText() == QStringLiteral("Add local task \"Kaffemøde med superbrugerne\""));
    QList<Seen> states;
    states.append(Seen()); // before anything
    states.append(seen(f.db, m, id));
    CHECK(states.last().exists);
    CHECK(states.last().title == QStringLiteral("Kaffemøde med superbrugerne"));

    // Step 2: a state with history (waiting with a reason, a performer).
    TaskState before = TaskRepository(f.db).plannedTask(m, id)->state;
    TaskState after = before;
    after.status = Status::Waiting;
    after.reason = QStringLiteral("Venter på lokaler");
    after.performerPersonId = people.at(1).id;
    after.note = QStringLiteral("Husk kage");
    stack.push(new SetTaskStates(f.db, f.clock, {before}, {after}, QStringLiteral("Change status of LOK-1")));
    states.append(seen(f.db, m, id));
    CHECK(states.last().status == Status::Waiting);

    // Step 3: edit the template.
    f.clock.advanceDays(1);
    Task edited = TaskRepository(f.db).task(id).value();
    const Task original = edited;
    edited.titleDa = QStringLiteral("Kaffemøde med alle superbrugere");
    edited.dueOffsetWeeks = -7;
    stack.push(new EditLocalTask(f.db, original, edited));
    CHECK(stack.undoText() == QStringLiteral("Edit local task LOK-1"));
    states.append(seen(f.db, m, id));
    CHECK(states.last().title == QStringLiteral("Kaffemøde med alle superbrugere"));
    CHECK(states.last().dueOffsetWeeks == -7);
    CHECK(states.last().status == Status::Waiting); // the state is untouched

    // Step 4: delete; its state and history go with it.
    const QStringList historyBeforeRemoval = historyText(f.db, m, id);
    REQUIRE(historyBeforeRemoval.size() >= 4);
    stack.push(new RemoveLocalTask(f.db, TaskRepository(f.db).task(id).value()));
    CHECK(stack.undoText() == QStringLiteral("Delete local task LOK-1"));
    states.append(seen(f.db, m, id));
    CHECK_FALSE(states.last().exists);
    CHECK(historyText(f.db, m, id).isEmpty());
    REQUIRE(stack.count() == 4);

    // Undo all the way back, checking each step.
    for (int step = 3; step >= 0; --step) {
        stack.undo();
        INFO("after undo to step " << step);
        CHECK(seen(f.db, m, id) == states.at(step));
        if (step == 3) {
            // The deletion is undone: same id, key, state and the same history.
            CHECK(historyText(f.db, m, id) == historyBeforeRemoval);
            const TaskState restored = TaskRepository(f.db).plannedTask(m, id)->state;
            CHECK(restored.note == QStringLiteral("Husk kage"));
            CHECK(restored.performerPersonId == people.at(1).id);
        }
    }
    CHECK(TaskRepository(f.db).task(id) == std::nullopt);

    // And forward again; the task comes back with the same id each time.
    for (int step = 1; step <= 4; ++step) {
        stack.redo();
        INFO("after redo to step " << step);
        CHECK(seen(f.db, m, id) == states.at(step));
    }
    CHECK(stack.index() == 4);
    // Once more back over the deletion: the history is still all there.
    stack.undo();
    CHECK(seen(f.db, m, id) == states.at(3));
    const QStringList history = historyText(f.db, m, id);
    CHECK(history.mid(0, historyBeforeRemoval.size()) == historyBeforeRemoval);
}

TEST_CASE("Local task commands that cannot run leave nothing on the stack", "[commands][localtask]")
{
    Fixture f;
    QUndoStack stack;
    const Id m = f.demo.id;

    // No Danish title.
    Task untitled = newLocalTask(m);
    untitled.titleDa = QStringLiteral("  ");
    QString reported;
    auto *add = new AddLocalTask(f.db, untitled);
    add->setErrorHandler([&reported](const QString &error) { reported = error; });
    stack.push(add);
    CHECK(stack.count() == 0);
    CHECK(reported.contains(QStringLiteral("title")));

    // A handbook task is not a local task: it cannot be deleted.
    const QList<PlannedTask> tasks = TaskRepository(f.db).plannedTasks(m);
    REQUIRE_FALSE(tasks.isEmpty());
    const int before = int(tasks.size());
    stack.push(new RemoveLocalTask(f.db, tasks.first().task));
    CHECK(stack.count() == 0);
    CHECK(TaskRepository(f.db).plannedTasks(m).size() == before);

    // Released after due.
    Task late = newLocalTask(m);
    late.releaseOffsetWeeks = 2;
    late.dueOffsetWeeks = 0;
    stack.push(new AddLocalTask(f.db, late));
    CHECK(stack.count() == 0);
}
