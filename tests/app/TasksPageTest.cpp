// The task list page: filters from the bar, in-place editing from the keyboard, bulk edits as one undo
// step, the reason prompt, showTask and stable reloads.
#include "Fixtures.h"
#include "TasksPageFixture.h"
#include "TestSupport.h"

#include "AppContext.h"
#include "Dialogs.h"
#include "TaskDetailPane.h"
#include "TaskFilterBar.h"
#include "TasksPage.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "handbook/HandbookReader.h"
#include "models/TaskFilterProxyModel.h"
#include "models/TaskTableModel.h"
#include "services/HandbookImport.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"
#include "storage/TaskRepository.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace parat;

namespace {

// The shown task list (TasksPageFixture) and what these tests ask of it.
struct PageFixture : test::TasksPageFixture
{
    QUndoStack *undo() const { return context->undoStack(); }
    // Proxy rows of the first `count` tasks with the given status.
    QList<int> rowsWithStatus(Status status, int count) const
    {
        QList<int> rows;
        for (int row = 0; row < page->proxy()->rowCount() && rows.size() < count; ++row) {
            if (Status(page->proxy()->index(row, 0).data(TaskTableModel::StatusRole).toInt()) == status)
                rows.append(row);
        }
        return rows;
    }
    QList<Id> select(const QList<int> &rows) const
    {
        QItemSelectionModel *selection = page->view()->selectionModel();
        selection->clearSelection();
        QList<Id> ids;
        for (int row : rows) {
            const QModelIndex index = page->proxy()->index(row, 0);
            selection->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            ids.append(index.data(TaskTableModel::TaskIdRole).toLongLong());
        }
        selection->setCurrentIndex(page->proxy()->index(rows.first(), 0), QItemSelectionModel::NoUpdate);
        return ids;
    }
    template<typename T> T *child(const QString &text) const
    {
        const QList<T *> widgets = page->findChildren<T *>();
        for (T *widget : widgets) {
            if (widget->text() == text)
                return widget;
        }
        return nullptr;
    }
};

} // namespace

TEST_CASE("The tasks page filters from its bar and counts what it shows", "[gui][tasks]")
{
    PageFixture f;
    QAbstractItemModelTester modelTester(f.page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(f.page->proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(f.page->model()->rowCount() == 91);
    QLabel *count = f.page->filterBar()->countLabel();
    // "tasks" once parat_en.ts has the plural form, "task(s)" before.
    CHECK(count->text().startsWith(QStringLiteral("Showing 91 of 91 task")));

    auto *overdue = f.child<QCheckBox>(QStringLiteral("&Overdue"));
    REQUIRE(overdue);
    overdue->click();
    const int overdueRows = f.page->proxy()->rowCount();
    CHECK(overdueRows >= 2);
    CHECK(overdueRows < 91);
    CHECK(count->text().startsWith(QStringLiteral("Showing %1 of 91 task").arg(overdueRows)));

    // Ctrl+F's target: the search field; typing narrows further (AND).
    f.page->focusSearch();
    QLineEdit *search = f.page->filterBar()->searchField();
    CHECK(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("zzz-nothing"));
    CHECK(f.page->proxy()->rowCount() == 0);
    CHECK(count->text().startsWith(QStringLiteral("Showing 0 of 91 task")));

    auto *clear = f.child<QPushButton>(QStringLiteral("C&lear filters"));
    REQUIRE(clear);
    CHECK(clear->isEnabled());
    clear->click();
    CHECK(f.page->proxy()->rowCount() == 91);
    CHECK(search->text().isEmpty());
    CHECK(!overdue->isChecked());
    CHECK(!clear->isEnabled());

    // The person filter offers the municipality's people.
    auto *person = f.page->filterBar()->findChild<QComboBox *>();
    REQUIRE(person);
    CHECK(person->count() == f.page->model()->people().size() + 1);
    person->setCurrentIndex(2);
    CHECK(f.page->proxy()->person() == f.page->model()->people().at(1).id);
    CHECK(f.page->proxy()->rowCount() < 91);
}

TEST_CASE("Bulk set status and performer are one undo step each", "[gui][tasks]")
{
    PageFixture f;
    const QList<Id> ids = f.select(f.rowsWithStatus(Status::NotStarted, 3));
    REQUIRE(ids.size() == 3);
    CHECK(f.page->selectedTaskIds().size() == 3);
    QList<Id> performersBefore;
    for (Id id : ids)
        performersBefore.append(f.stored(id).performerPersonId);
    Id performer = 0; // someone who performs none of them, so all three change
    for (const Person &person : f.page->model()->people()) {
        if (!performersBefore.contains(person.id)) {
            performer = person.id;
            break;
        }
    }
    REQUIRE(performer != 0);

    REQUIRE(f.page->setStatusOfSelection(Status::InProgress));
    CHECK(f.undo()->count() == 1);
    CHECK(f.undo()->text(0) == QStringLiteral("Set status of 3 tasks"));
    // The selection survives the reload that followed the write.
    CHECK(f.page->selectedTaskIds().size() == 3);
    REQUIRE(f.page->setPerformerOfSelection(performer));
    CHECK(f.undo()->count() == 2);
    CHECK(f.undo()->text(1) == QStringLiteral("Set performer of 3 tasks"));

    const auto check = [&](Status status, bool newPerformer) {
        for (int i = 0; i < ids.size(); ++i) {
            const TaskState state = f.stored(ids.at(i));
            CHECK(state.status == status);
            CHECK(state.performerPersonId == (newPerformer ? performer : performersBefore.at(i)));
            const int row = f.page->model()->rowOf(ids.at(i));
            CHECK(f.page->model()->taskAt(row)->state.status == status); // the view follows
        }
    };
    check(Status::InProgress, true);
    f.undo()->undo();
    check(Status::InProgress, false);
    f.undo()->undo();
    check(Status::NotStarted, false);
    CHECK(f.undo()->index() == 0);
    f.undo()->redo();
    check(Status::InProgress, false);
    f.undo()->redo();
    check(Status::InProgress, true);

    // The actions follow the selection.
    CHECK(f.page->setStatusAction()->isEnabled());
    f.page->view()->selectionModel()->clearSelection();
    CHECK(!f.page->setStatusAction()->isEnabled());
    CHECK(!f.page->setStatusOfSelection(Status::Done));
    CHECK(f.undo()->count() == 2);
}

TEST_CASE("A status that needs a reason asks once and cancelling changes nothing", "[gui][tasks]")
{
    PageFixture f;
    const QList<Id> ids = f.select(f.rowsWithStatus(Status::NotStarted, 2));
    REQUIRE(ids.size() == 2);
    int asked = 0;
    QString answer;
    f.page->setReasonProvider([&](Status status) {
        ++asked;
        CHECK(status == Status::Waiting);
        return answer;
    });

    CHECK(!f.page->setStatusOfSelection(Status::Waiting));
    CHECK(asked == 1);
    CHECK(f.undo()->count() == 0);
    CHECK(f.stored(ids.first()).status == Status::NotStarted);

    answer = QStringLiteral("  Afventer svar fra leverandøren ");
    REQUIRE(f.page->setStatusOfSelection(Status::Waiting));
    CHECK(asked == 2); // once for both tasks
    CHECK(f.undo()->count() == 1);
    for (Id id : ids) {
        CHECK(f.stored(id).status == Status::Waiting);
        CHECK(f.stored(id).reason == QStringLiteral("Afventer svar fra leverandøren"));
    }
    // Leaving Waiting clears the reason; undo brings it back.
    REQUIRE(f.page->setStatusOfSelection(Status::InProgress));
    CHECK(f.stored(ids.first()).reason.isEmpty());
    f.undo()->undo();
    CHECK(f.stored(ids.first()).reason == QStringLiteral("Afventer svar fra leverandøren"));
    f.undo()->undo();
    CHECK(f.stored(ids.first()).status == Status::NotStarted);
    CHECK(f.stored(ids.first()).reason.isEmpty());
}

TEST_CASE("Enter edits the status in place and Delete does nothing", "[gui][tasks]")
{
    PageFixture f;
    int asked = 0;
    f.page->setReasonProvider([&](Status) {
        ++asked;
        return QStringLiteral("Afventer IT");
    });
    QTableView *view = f.page->view();
    const QList<int> rows = f.rowsWithStatus(Status::NotStarted, 1);
    REQUIRE(rows.size() == 1);
    const QModelIndex title = f.page->proxy()->index(rows.first(), TaskTableModel::TitleColumn);
    const Id taskId = title.data(TaskTableModel::TaskIdRole).toLongLong();
    view->setFocus();
    view->selectionModel()->setCurrentIndex(title, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    CHECK(f.page->detailPane()->taskId() == taskId);

    QTest::keyClick(view, Qt::Key_Delete);
    CHECK(f.undo()->count() == 0);
    CHECK(f.page->model()->rowCount() == 91);

    // Enter on the title opens the status editor of the row.
    const auto openEditor = [&]() -> QComboBox * {
        QTest::keyClick(view, Qt::Key_Return);
        QComboBox *editor = view->viewport()->findChild<QComboBox *>();
        return editor && editor->isVisible() ? editor : nullptr;
    };
    QComboBox *editor = openEditor();
    REQUIRE(editor);
    CHECK(view->currentIndex().column() == TaskTableModel::StatusColumn);
    editor->setCurrentIndex(editor->findData(int(Status::InProgress)));
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::qWait(0);
    CHECK(f.stored(taskId).status == Status::InProgress);
    CHECK(f.undo()->count() == 1);
    CHECK(f.page->currentTaskId() == taskId);

    // Waiting needs a reason: asked for after the editor closed.
    view->setFocus();
    editor = openEditor();
    REQUIRE(editor);
    editor->setCurrentIndex(editor->findData(int(Status::Waiting)));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(asked, 1);
    CHECK(f.stored(taskId).status == Status::Waiting);
    CHECK(f.stored(taskId).reason == QStringLiteral("Afventer IT"));
    CHECK(f.undo()->count() == 2);
    f.undo()->undo();
    CHECK(f.stored(taskId).status == Status::InProgress);
    f.undo()->undo();
    CHECK(f.stored(taskId).status == Status::NotStarted);
}

TEST_CASE("showTask clears a hiding filter and selects the task", "[gui][tasks]")
{
    PageFixture f;
    const Id target = f.page->proxy()->index(40, 0).data(TaskTableModel::TaskIdRole).toLongLong();
    const QString key = f.page->proxy()->index(40, TaskTableModel::KeyColumn).data().toString();
    f.page->focusSearch();
    QTest::keyClicks(f.page->filterBar()->searchField(), QStringLiteral("P1-04"));
    REQUIRE(f.page->proxy()->rowCount() == 1);
    REQUIRE(key != QStringLiteral("P1-04"));

    REQUIRE(f.page->showTask(target));
    CHECK(f.page->filterBar()->searchField()->text().isEmpty());
    CHECK(f.page->currentTaskId() == target);
    CHECK(f.page->selectedTaskIds() == QList<Id> {target});
    CHECK(f.page->detailPane()->taskId() == target);
    // A task shown without filters keeps them.
    f.page->proxy()->setHideClosed(true);
    const QModelIndex open = f.page->proxy()->index(0, 0);
    REQUIRE(f.page->showTask(open.data(TaskTableModel::TaskIdRole).toLongLong()));
    CHECK(f.page->proxy()->hideClosed());
    CHECK(!f.page->showTask(987654));
}

TEST_CASE("Reloads and municipality switches keep the current task and the search", "[gui][tasks]")
{
    PageFixture f;
    const QList<int> rows = f.rowsWithStatus(Status::NotStarted, 2);
    REQUIRE(rows.size() == 2);
    f.select({rows.at(0)});
    const Id current = f.page->currentTaskId();
    const Id other = f.page->proxy()->index(rows.at(1), 0).data(TaskTableModel::TaskIdRole).toLongLong();
    // A write elsewhere reloads the list; the current task stays.
    REQUIRE(f.page->setStatusOf({other}, Status::InProgress));
    CHECK(f.page->currentTaskId() == current);
    CHECK(f.page->selectedTaskIds() == QList<Id> {current});

    Municipality second;
    second.code = QStringLiteral("0101");
    second.goLive = QDate(2027, 3, 1);
    QString error;
    REQUIRE(MunicipalityRepository(f.db).add(&second, &error));
    f.page->proxy()->setSearchText(QStringLiteral("P"));
    f.page->filterBar()->syncFromProxy();
    f.page->proxy()->setOverdueOnly(true);
    f.page->proxy()->setOverdueOnly(false);
    f.page->proxy()->setPhases({Phase::P1, Phase::P21, Phase::P22, Phase::P23, Phase::P3, Phase::P4});
    f.select({f.page->proxy()->index(0, 0).row()});
    const Id handbookTask = f.page->currentTaskId();

    f.context->setCurrentMunicipalityId(second.id);
    CHECK(f.page->model()->municipalityId() == second.id);
    CHECK(f.page->proxy()->searchText() == QStringLiteral("P"));
    CHECK(f.page->proxy()->phases().isEmpty());
    CHECK(f.page->currentTaskId() == handbookTask);
    CHECK(f.page->model()->people().isEmpty());

    f.context->setCurrentMunicipalityId(f.demo.id);
    CHECK(f.page->currentTaskId() == handbookTask);
}

TEST_CASE("The tasks page saves and restores its column layout", "[gui][tasks]")
{
    PageFixture f;
    QHeaderView *header = f.page->view()->horizontalHeader();
    header->resizeSection(TaskTableModel::TitleColumn, 333);
    header->moveSection(header->visualIndex(TaskTableModel::KlikColumn), 1);
    const QByteArray state = f.page->saveState();

    TasksPage second(*f.context);
    CHECK(second.restoreState(state));
    CHECK(second.view()->horizontalHeader()->sectionSize(TaskTableModel::TitleColumn) == 333);
    CHECK(second.view()->horizontalHeader()->visualIndex(TaskTableModel::KlikColumn) == 1);
    CHECK(!second.restoreState(QByteArray("not a state")));
    CHECK(!second.restoreState({}));
}

TEST_CASE("showTask shows a withdrawn task by showing withdrawn tasks", "[gui][tasks]")
{
    PageFixture f;
    HandbookDraft draft = test::sampleHandbookDraft(QStringLiteral("v2.json"));
    const QString withdrawnKey = draft.tasks.takeLast().key;
    REQUIRE(HandbookImporter(f.db, f.clock).importDraft(draft, QStringLiteral("v2"), false).applied);
    CHECK(f.page->model()->rowCount() == 90); // reloaded from Database::changed()
    Id withdrawnId = 0;
    for (const PlannedTask &item : TaskRepository(f.db).plannedTasks(f.demo.id, true)) {
        if (item.task.key == withdrawnKey)
            withdrawnId = item.task.id;
    }
    REQUIRE(withdrawnId != 0);

    REQUIRE(f.page->showTask(withdrawnId));
    CHECK(f.page->proxy()->showWithdrawn());
    CHECK(f.page->model()->includesWithdrawn());
    CHECK(f.page->model()->rowCount() == 91);
    CHECK(f.page->currentTaskId() == withdrawnId);
    auto *withdrawn = f.child<QCheckBox>(QStringLiteral("Show with&drawn"));
    REQUIRE(withdrawn);
    CHECK(withdrawn->isChecked());
    withdrawn->click();
    CHECK(f.page->model()->rowCount() == 90);
    CHECK(f.page->proxy()->rowCount() == 90);
}
