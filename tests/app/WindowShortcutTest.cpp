// The window's keyboard shortcuts: no key is bound twice where it applies, and every standard key of undo
// and redo works (Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y whatever the platform).
#include "Fixtures.h"
#include "TestSupport.h"
#include "WindowFixture.h"

#include "AppContext.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "TasksPage.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "storage/Database.h"
#include "storage/TaskRepository.h"

#include <QAction>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <QWidget>

using namespace parat;

namespace {

// The widgets an action's shortcut applies in; empty for a window-wide shortcut.
QList<QWidget *> scopeOf(QAction *action)
{
    QList<QWidget *> widgets;
    if (action->shortcutContext() != Qt::WidgetShortcut && action->shortcutContext() != Qt::WidgetWithChildrenShortcut)
        return widgets;
    for (QObject *object : action->associatedObjects()) {
        if (auto *widget = qobject_cast<QWidget *>(object))
            widgets.append(widget);
    }
    return widgets;
}

bool overlaps(QAction *a, QAction *b)
{
    const QList<QWidget *> first = scopeOf(a);
    const QList<QWidget *> second = scopeOf(b);
    if (first.isEmpty() || second.isEmpty())
        return true; // a window-wide key is ambiguous with the same key anywhere in the window
    for (QWidget *x : first) {
        for (QWidget *y : second) {
            if (x == y || (a->shortcutContext() == Qt::WidgetWithChildrenShortcut && x->isAncestorOf(y))
                || (b->shortcutContext() == Qt::WidgetWithChildrenShortcut && y->isAncestorOf(x)))
                return true;
        }
    }
    return false;
}

QString describe(QAction *action)
{
    return action->text().isEmpty() ? action->objectName() : action->text();
}

// The window makes a page when it is first shown: shows each once, so every page's actions exist, then the overview.
void makeEveryPage(MainWindow &window)
{
    for (int page = int(MainWindow::Page::Overview); page <= int(MainWindow::Page::Runbook); ++page)
        window.showPage(MainWindow::Page(page));
    window.showPage(MainWindow::Page::Overview);
    for (int page = int(MainWindow::Page::Overview); page <= int(MainWindow::Page::Runbook); ++page)
        REQUIRE(window.pageMade(MainWindow::Page(page)));
}

} // namespace

TEST_CASE("No key is bound to two actions of the window where both apply", "[gui][shortcuts]")
{
    test::WindowFixture f(test::WindowFixture::Hidden);
    MainWindow &window = *f.window;
    makeEveryPage(window); // the pages not yet shown are made when first needed

    const QList<QAction *> actions = window.findChildren<QAction *>();
    int bound = 0;
    QStringList clashes;
    for (int i = 0; i < actions.size(); ++i) {
        QAction *a = actions.at(i);
        const QList<QKeySequence> keys = a->shortcuts();
        bound += keys.isEmpty() ? 0 : 1;
        for (int k = 0; k < keys.size(); ++k) {
            if (keys.indexOf(keys.at(k), k + 1) > 0)
                clashes << QStringLiteral("%1 twice on \"%2\"").arg(keys.at(k).toString(), describe(a));
        }
        for (int j = i + 1; j < actions.size(); ++j) {
            QAction *b = actions.at(j);
            for (const QKeySequence &key : keys) {
                if (b->shortcuts().contains(key) && overlaps(a, b))
                    clashes << QStringLiteral("%1 on \"%2\" and \"%3\"").arg(key.toString(), describe(a), describe(b));
            }
        }
    }
    CHECK(bound >= 15); // the walk found the menus' and the pages' actions
    INFO(clashes.join(QLatin1Char('\n')).toStdString());
    CHECK(clashes.isEmpty());
}

TEST_CASE("Undo and redo answer every standard key - Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y", "[gui][shortcuts]")
{
    test::WindowFixture f(test::WindowFixture::ScriptDialogs | test::WindowFixture::Front);
    MainWindow &window = *f.window;
    Database &db = f.db;
    const Municipality &demo = f.demo;
    window.showPage(MainWindow::Page::Tasks);
    window.tasksPage()->view()->setFocus();

    PlannedTask task;
    for (const PlannedTask &candidate : TaskRepository(db).plannedTasks(demo.id)) {
        if (candidate.state.status == Status::NotStarted)
            task = candidate;
    }
    REQUIRE(task.task.id != 0);
    const auto status = [&] { return TaskRepository(db).plannedTask(demo.id, task.task.id)->state.status; };
    REQUIRE(window.tasksPage()->setStatusOf({task.task.id}, Status::Done));

    QList<QKeySequence> undoKeys = QKeySequence::keyBindings(QKeySequence::Undo);
    undoKeys << QKeySequence(Qt::CTRL | Qt::Key_Z);
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    redoKeys << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z) << QKeySequence(Qt::CTRL | Qt::Key_Y);
    for (const QKeySequence &undo : undoKeys) {
        for (const QKeySequence &redo : redoKeys) {
            INFO(undo.toString().toStdString() << " then " << redo.toString().toStdString());
            REQUIRE(status() == Status::Done);
            QTest::keyClick(QApplication::focusWidget(), undo[0].key(), undo[0].keyboardModifiers());
            CHECK(status() == task.state.status);
            QTest::keyClick(QApplication::focusWidget(), redo[0].key(), redo[0].keyboardModifiers());
            CHECK(status() == Status::Done);
        }
    }
    CHECK(window.context().undoStack()->count() == 1);
}

TEST_CASE("Every window-wide shortcut reaches its action", "[gui][shortcuts]")
{
    test::WindowFixture f(test::WindowFixture::ScriptDialogs | test::WindowFixture::Front);
    MainWindow &window = *f.window;
    makeEveryPage(window);

    int checked = 0;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || !scopeOf(action).isEmpty())
            continue;
        // Only whether the key arrives: what the action does (dialogs, quitting) is tested elsewhere.
        QObject::disconnect(action, &QAction::triggered, nullptr, nullptr);
        action->setEnabled(true);
        int triggered = 0;
        const QMetaObject::Connection counting
            = QObject::connect(action, &QAction::triggered, &window, [&triggered] { ++triggered; });
        for (const QKeySequence &key : action->shortcuts()) {
            INFO(describe(action).toStdString() << ": " << key.toString().toStdString());
            triggered = 0;
            QTest::keyClick(&window, key[0].key(), key[0].keyboardModifiers());
            CHECK(triggered == 1);
            ++checked;
        }
        QObject::disconnect(counting);
    }
    CHECK(checked >= 16);
}
