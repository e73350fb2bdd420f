// The task detail pane: status with a required reason as one undo step, the history in words, people combos,
// unapplied edits kept across a change underneath, and local tasks created, edited and deleted from the pane.
#include "Fixtures.h"
#include "GuiFixture.h"
#include "TestSupport.h"

#include "AppContext.h"
#include "Dialogs.h"
#include "LocalTaskDialog.h"
#include "TaskDetailPane.h"
#include "commands/TaskCommands.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/TaskRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>

using namespace parat;

namespace {

struct Setup : test::GuiFixture
{
    // A handbook task still not started and without reason, so a status change is visible.
    PlannedTask notStartedTask() const
    {
        const QList<PlannedTask> tasks = TaskRepository(const_cast<Database &>(db)).plannedTasks(demo.id);
        for (const PlannedTask &task : tasks) {
            if (task.state.status == Status::NotStarted && !task.task.isLocal() && task.state.note.isEmpty())
                return task;
        }
        FAIL("no task that is not started");
        return {};
    }
    PlannedTask stored(Id taskId) const
    {
        return TaskRepository(const_cast<Database &>(db)).plannedTask(demo.id, taskId).value();
    }
};

template<typename T> T *child(QWidget *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

TEST_CASE("The detail pane applies a status with its reason as one undo step and shows it in history", "[gui][detail]")
{
    Setup s;
    TaskDetailPane pane(*s.context);
    pane.resize(520, 900);
    pane.show();
    const PlannedTask task = s.notStartedTask();
    pane.setTask(task.task.id);
    CHECK(pane.taskId() == task.task.id);
    CHECK(child<QLabel>(&pane, "heading")->text().contains(task.task.key));
    CHECK(child<QLabel>(&pane, "dueLabel")->text().contains(QStringLiteral("week")));

    auto *status = child<QComboBox>(&pane, "statusCombo");
    auto *reason = child<QLineEdit>(&pane, "reasonEdit");
    auto *apply = child<QPushButton>(&pane, "applyButton");
    auto *message = child<QLabel>(&pane, "reasonMessage");
    auto *history = child<QTreeWidget>(&pane, "historyList");
    const int historyBefore = history->topLevelItemCount();
    CHECK_FALSE(apply->isEnabled());

    // Waiting without a reason: refused, with a message beside the field, nothing written.
    selectData(status, int(Status::Waiting));
    CHECK(apply->isEnabled());
    CHECK(pane.hasUnappliedChanges());
    QTest::mouseClick(apply, Qt::LeftButton);
    CHECK(message->isVisibleTo(&pane));
    CHECK(message->text().contains(QStringLiteral("reason")));
    CHECK(s.context->undoStack()->count() == 0);
    CHECK(s.stored(task.task.id).state.status == Status::NotStarted);
    CHECK(TaskRepository(s.db).events(s.demo.id, task.task.id).size() == historyBefore);

    // With a reason: one command, named after what changed.
    QTest::keyClicks(reason, QStringLiteral("Venter på IT"));
    CHECK_FALSE(message->isVisibleTo(&pane));
    QTest::mouseClick(apply, Qt::LeftButton);
    CHECK(s.context->undoStack()->count() == 1);
    CHECK(s.context->undoStack()->undoText() == QStringLiteral("Change status of ") + task.task.key);
    CHECK(s.stored(task.task.id).state.status == Status::Waiting);
    CHECK(s.stored(task.task.id).state.reason == QStringLiteral("Venter på IT"));
    CHECK_FALSE(pane.hasUnappliedChanges());
    CHECK_FALSE(apply->isEnabled());

    // History, newest first, in words.
    REQUIRE(history->topLevelItemCount() == historyBefore + 2);
    QStringList newest;
    for (int i = 0; i < 2; ++i)
        newest.append(history->topLevelItem(i)->text(1) + QStringLiteral(": ") + history->topLevelItem(i)->text(2));
    newest.sort();
    CHECK(newest.at(0) == QStringLiteral("Reason: \u2014 \u2192 Venter på IT"));
    CHECK(newest.at(1) == QStringLiteral("Status: Not started \u2192 Waiting"));
    CHECK(history->topLevelItem(0)->text(0).startsWith(QStringLiteral("2026-11-27")));

    // Undo and redo go through the pane too.
    s.context->undoStack()->undo();
    CHECK(s.stored(task.task.id).state.status == Status::NotStarted);
    CHECK(status->currentData().toInt() == int(Status::NotStarted));
    CHECK(reason->text().isEmpty());
    s.context->undoStack()->redo();
    CHECK(status->currentData().toInt() == int(Status::Waiting));
    CHECK(reason->text() == QStringLiteral("Venter på IT"));
}

TEST_CASE("The detail pane edits people dates and note and keeps unapplied edits over a change underneath",
          "[gui][detail]")
{
    Setup s;
    TaskDetailPane pane(*s.context);
    const PlannedTask task = s.notStartedTask();
    pane.setTask(task.task.id);

    // People combos: "none" plus the municipality's people.
    const QList<Person> people = PersonRepository(s.db).forMunicipality(s.demo.id);
    auto *responsible = child<QComboBox>(&pane, "responsibleCombo");
    auto *performer = child<QComboBox>(&pane, "performerCombo");
    REQUIRE(responsible->count() == people.size() + 1);
    CHECK(performer->count() == people.size() + 1);
    CHECK(responsible->itemData(0).toLongLong() == 0);
    for (int i = 0; i < people.size(); ++i)
        CHECK(responsible->itemText(i + 1) == people.at(i).name);

    // Several fields in one Apply: one command.
    selectData(performer, people.at(3).id);
    auto *useHandbook = child<QCheckBox>(&pane, "useHandbookDueCheck");
    auto *dueOverride = child<QDateEdit>(&pane, "dueOverrideEdit");
    useHandbook->setChecked(false);
    dueOverride->setDate(QDate(2027, 1, 15));
    auto *notMarked = child<QCheckBox>(&pane, "notMarkedCheck");
    notMarked->setChecked(false); // marks it today
    CHECK(pane.apply());
    CHECK(s.context->undoStack()->count() == 1);
    // (Plural forms come from the translation; match the untranslated "field(s)" too.)
    CHECK(s.context->undoStack()->undoText().startsWith(QStringLiteral("Change 3 field")));
    CHECK(s.context->undoStack()->undoText().endsWith(QStringLiteral(" of ") + task.task.key));
    PlannedTask stored = s.stored(task.task.id);
    CHECK(stored.state.performerPersonId == people.at(3).id);
    CHECK(stored.state.dueOverride == QDate(2027, 1, 15));
    CHECK(stored.due == QDate(2027, 1, 15));
    CHECK(stored.state.klikMarkedOn == s.clock.today());
    CHECK(child<QLabel>(&pane, "dueLabel")->text().contains(QStringLiteral("changed for this municipality")));

    // A note typed but not applied survives a change of the same task elsewhere; a notice says so.
    auto *note = child<QPlainTextEdit>(&pane, "noteEdit");
    note->setPlainText(QStringLiteral("Ring til Lars"));
    TaskState after = stored.state;
    after.status = Status::InProgress;
    REQUIRE(s.context->push(new SetTaskStates(s.db, s.clock, {stored.state}, {after},
                                              QStringLiteral("Change status of ") + task.task.key)));
    CHECK(note->toPlainText() == QStringLiteral("Ring til Lars"));
    CHECK(child<QLabel>(&pane, "changedNotice")->isVisibleTo(&pane));
    CHECK(pane.hasUnappliedChanges());
    // Apply now writes the note over the newer state (the status typed in the pane was the old one).
    CHECK(pane.apply());
    stored = s.stored(task.task.id);
    CHECK(stored.state.note == QStringLiteral("Ring til Lars"));
    CHECK_FALSE(child<QLabel>(&pane, "changedNotice")->isVisibleTo(&pane));

    // Revert throws unapplied edits away.
    note->setPlainText(QStringLiteral("Kladde"));
    CHECK(pane.hasUnappliedChanges());
    child<QPushButton>(&pane, "revertButton")->click();
    CHECK(note->toPlainText() == QStringLiteral("Ring til Lars"));
    CHECK_FALSE(pane.hasUnappliedChanges());

    // Clearing the pane.
    pane.setTask(0);
    CHECK(pane.taskId() == 0);
    CHECK(child<QLabel>(&pane, "placeholder")->isVisibleTo(&pane));
}

TEST_CASE("Local tasks are created edited and deleted from the detail pane with undo", "[gui][detail]")
{
    Setup s;
    Dialogs::startScript();
    TaskDetailPane pane(*s.context);
    pane.show();
    const PlannedTask handbook = s.notStartedTask();
    pane.setTask(handbook.task.id);
    CHECK(child<QPushButton>(&pane, "newLocalTaskButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(&pane, "editLocalTaskButton")->isVisibleTo(&pane));
    CHECK_FALSE(child<QPushButton>(&pane, "deleteLocalTaskButton")->isVisibleTo(&pane));

    // New: the dialog refuses an empty title inline, then adds the task.
    QSignalSpy created(&pane, &TaskDetailPane::localTaskCreated);
    bool refusedInline = false;
    test::whenModal([&refusedInline](LocalTaskDialog *dialog) {
        dialog->accept(); // no title yet
        refusedInline
            = dialog->isVisible() && dialog->findChild<QLabel *>(QStringLiteral("titleMessage"))->isVisibleTo(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("titleDaEdit")),
                         QStringLiteral("Temadag for ledere"));
        dialog->findChild<QSpinBox *>(QStringLiteral("dueWeeksSpin"))->setValue(-3);
        dialog->accept();
    });
    pane.newLocalTask();
    CHECK(refusedInline);
    REQUIRE(created.count() == 1);
    const Id id = created.first().first().value<Id>();
    CHECK(pane.taskId() == id);
    PlannedTask local = s.stored(id);
    CHECK(local.task.isLocal());
    CHECK(local.task.titleDa == QStringLiteral("Temadag for ledere"));
    CHECK(local.task.dueOffsetWeeks == -3);
    CHECK(local.due == s.demo.goLive.addDays(-21));
    CHECK(child<QPushButton>(&pane, "editLocalTaskButton")->isVisibleTo(&pane));
    CHECK(s.context->undoStack()->count() == 1);

    // Edit.
    test::whenModal([](LocalTaskDialog *dialog) {
        auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleDaEdit"));
        title->clear();
        QTest::keyClicks(title, QStringLiteral("Temadag for alle ledere"));
        dialog->accept();
    });
    pane.editLocalTask();
    CHECK(s.stored(id).task.titleDa == QStringLiteral("Temadag for alle ledere"));
    CHECK(child<QLabel>(&pane, "heading")->text().contains(QStringLiteral("Temadag for alle ledere")));

    // A state with history, then delete (asks first; "no" keeps it).
    auto *status = child<QComboBox>(&pane, "statusCombo");
    selectData(status, int(Status::InProgress));
    REQUIRE(pane.apply());
    const QList<TaskEvent> history = TaskRepository(s.db).events(s.demo.id, id);
    REQUIRE_FALSE(history.isEmpty());
    Dialogs::script().confirmations = {false};
    pane.deleteLocalTask();
    CHECK(TaskRepository(s.db).task(id).has_value());
    Dialogs::script().confirmations = {true};
    pane.deleteLocalTask();
    CHECK_FALSE(TaskRepository(s.db).task(id).has_value());
    CHECK(pane.taskId() == 0);
    CHECK(s.context->undoStack()->count() == 4);
    CHECK(s.context->undoStack()->undoText() == QStringLiteral("Delete local task ") + local.task.key);

    // Undo the deletion: state and history are back.
    s.context->undoStack()->undo();
    REQUIRE(TaskRepository(s.db).task(id).has_value());
    CHECK(s.stored(id).state.status == Status::InProgress);
    CHECK(TaskRepository(s.db).events(s.demo.id, id).size() == history.size());
    pane.setTask(id);
    CHECK(status->currentData().toInt() == int(Status::InProgress));
    // All the way back: the task is gone again and the pane is empty.
    s.context->undoStack()->undo();
    s.context->undoStack()->undo();
    s.context->undoStack()->undo();
    CHECK_FALSE(TaskRepository(s.db).task(id).has_value());
    CHECK(pane.taskId() == 0);
    Dialogs::stopScript();
}
