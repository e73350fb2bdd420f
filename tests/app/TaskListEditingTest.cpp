// Editing from the task list as a user does it: an in-place edit that takes the row out of the filter, and
// leaving a task whose edits are not saved yet (Save / Discard / Cancel, Save by default).
#include "Fixtures.h"
#include "TasksPageFixture.h"
#include "TestSupport.h"

#include "AppContext.h"
#include "Dialogs.h"
#include "TaskDetailPane.h"
#include "TasksPage.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "models/TaskFilterProxyModel.h"
#include "models/TaskTableModel.h"
#include "storage/Database.h"
#include "storage/TaskRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace parat;

namespace {

QStringList g_messages;

void recordMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_messages.append(message);
}

// Collects Qt's warnings for as long as it lives.
struct MessageLog
{
    QtMessageHandler previous;
    MessageLog()
        : previous(qInstallMessageHandler(recordMessage))
    {
        g_messages.clear();
    }
    ~MessageLog() { qInstallMessageHandler(previous); }
    bool mentions(const QString &text) const
    {
        return std::any_of(g_messages.begin(), g_messages.end(), [&](const QString &m) { return m.contains(text); });
    }
};

// The shown task list (TasksPageFixture) and what these tests ask of it.
struct ListFixture : test::TasksPageFixture
{
    ListFixture() { page->activateWindow(); }
    void clickRow(int row) const
    {
        QTableView *view = page->view();
        const QModelIndex index = page->proxy()->index(row, TaskTableModel::KeyColumn);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        QCoreApplication::processEvents(); // the list's own follow-up (going back to a task the user stays on)
    }
    QPlainTextEdit *note() const
    {
        auto *edit = page->detailPane()->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
        REQUIRE(edit);
        return edit;
    }
    int rowWithStatus(Status status, int skip = 0) const
    {
        for (int row = 0; row < page->proxy()->rowCount(); ++row) {
            if (Status(page->proxy()->index(row, 0).data(TaskTableModel::StatusRole).toInt()) == status && skip-- == 0)
                return row;
        }
        FAIL("no such row");
        return -1;
    }
};

} // namespace

TEST_CASE("An in-place status edit that hides the row keeps the editor and the detail pane right", "[gui][tasks]")
{
    ListFixture f;
    QCheckBox *hideClosed = nullptr;
    for (QCheckBox *box : f.page->findChildren<QCheckBox *>()) {
        if (box->text().contains(QStringLiteral("closed")))
            hideClosed = box;
    }
    REQUIRE(hideClosed);
    QTest::mouseClick(hideClosed, Qt::LeftButton);
    REQUIRE(f.page->proxy()->hideClosed());

    const int row = f.rowWithStatus(Status::NotStarted, 1);
    const Id edited = f.idAt(row);
    const int rowsBefore = f.page->proxy()->rowCount();
    f.clickRow(row);
    REQUIRE(f.page->detailPane()->taskId() == edited);

    MessageLog log;
    f.page->view()->setFocus();
    QTest::keyClick(f.page->view(), Qt::Key_F2); // edits the row's status
    auto *editor = qobject_cast<QComboBox *>(QApplication::focusWidget());
    REQUIRE(editor);
    editor->setCurrentIndex(editor->findData(int(Status::Done)));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on a queued call and the list reloads after the editor closed: let both run.
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();

    CHECK(f.stored(edited).status == Status::Done);
    CHECK(f.page->proxy()->rowCount() == rowsBefore - 1); // done and closed tasks are hidden
    CHECK_FALSE(log.mentions(QStringLiteral("closeEditor")));
    CHECK_FALSE(log.mentions(QStringLiteral("editor that does not belong")));
    // The pane still shows the edited task (now out of the list), never a neighbour the list moved to.
    CHECK(f.page->detailPane()->taskId() == edited);
}

TEST_CASE("Leaving a task with unsaved edits asks Save, Discard or Cancel", "[gui][tasks]")
{
    ListFixture f;
    const Id first = f.idAt(0);
    const Id second = f.idAt(1);
    f.clickRow(0);
    REQUIRE(f.page->detailPane()->taskId() == first);
    const QString noteBefore = f.stored(first).note;

    // Cancel: the pane stays on the task with what was typed, and the list goes back to it.
    QTest::keyClicks(f.note(), QStringLiteral(" ring til IT"));
    Dialogs::script().choices = {Dialogs::Choice::Cancel};
    f.clickRow(1);
    CHECK(Dialogs::script().choices.isEmpty());
    CHECK(f.page->detailPane()->taskId() == first);
    CHECK(f.page->currentTaskId() == first);
    CHECK(f.page->selectedTaskIds() == QList<Id> {first});
    CHECK(f.note()->toPlainText().endsWith(QStringLiteral(" ring til IT")));
    CHECK(f.stored(first).note == noteBefore);

    // Save: written, then on to the other task.
    Dialogs::script().choices = {Dialogs::Choice::Save};
    f.clickRow(1);
    CHECK(f.stored(first).note.endsWith(QStringLiteral("ring til IT")));
    CHECK(f.page->detailPane()->taskId() == second);

    // Discard: nothing written.
    const QString secondBefore = f.stored(second).note;
    QTest::keyClicks(f.note(), QStringLiteral("kladde"));
    Dialogs::script().choices = {Dialogs::Choice::Discard};
    f.clickRow(0);
    CHECK(f.stored(second).note == secondBefore);
    CHECK(f.page->detailPane()->taskId() == first);
}

TEST_CASE("The unsaved-edits question has Save as its default button - Enter saves", "[gui][tasks]")
{
    ListFixture f;
    Dialogs::stopScript(); // the real message box
    const Id first = f.idAt(0);
    const Id second = f.idAt(1);
    f.clickRow(0);
    QTest::keyClicks(f.note(), QStringLiteral(" aftalt"));

    bool sawBox = false;
    QTimer::singleShot(0, [&sawBox] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        sawBox = true;
        CHECK(box->button(QMessageBox::Save));
        CHECK(box->button(QMessageBox::Discard));
        CHECK(box->button(QMessageBox::Cancel));
        CHECK(box->defaultButton() == box->button(QMessageBox::Save));
        QTest::keyClick(box, Qt::Key_Return);
    });
    f.clickRow(1);
    Dialogs::startScript();
    CHECK(sawBox);
    CHECK(f.stored(first).note.endsWith(QStringLiteral("aftalt")));
    CHECK(f.page->detailPane()->taskId() == second);
}
