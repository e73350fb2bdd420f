// Team mode in the window (docs/team-mode.md): the window on a plan on a PostgreSQL server (given by --db, or through
// File ▸ Connect to server…), another user's edit showing in a second window within 2 seconds with its current row
// and scroll position kept, and the server stopped and started again: the window goes read-only with the banner and
// recovers by itself. Against a real throw-away cluster (support/PgCluster): no mocks.
#include "Fixtures.h"
#include "PgCluster.h"
#include "ServerWindowFixture.h"
#include "TestSupport.h"

#include "AppContext.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "OpenDatabase.h"
#include "ServerConnectDialog.h"
#include "ServerConnectionBar.h"
#include "Settings.h"
#include "TasksPage.h"
#include "commands/TaskCommands.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "models/TaskFilterProxyModel.h"
#include "models/TaskTableModel.h"
#include "storage/Database.h"
#include "storage/TaskRepository.h"

#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <iostream>

using namespace parat;

namespace {

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *face = QAccessible::queryAccessibleInterface(widget);
    REQUIRE(face);
    return face->text(QAccessible::Name);
}

void report(const char *what, double ms)
{
    std::cout << "[measure] " << what << ": " << ms << " ms" << std::endl;
}

} // namespace

TEST_CASE("The window opens a plan on a server: every page, the address shown, restore points switched off",
          "[gui][server]")
{
    installTranslations(QStringLiteral("en"));
    test::ServerWindowFixture server;
    const QString &url = server.url;
    Database &db = server.db;
    MainWindow &window = *server.window;
    CHECK(server.opened == url);
    CHECK(db.isServer());
    CHECK(db.isSubscribed());
    CHECK(window.windowTitle().contains(url));
    auto *address = window.findChild<QLabel *>(QStringLiteral("serverAddressLabel"));
    REQUIRE(address);
    CHECK(address->text().contains(url));
    CHECK(window.context().canEdit());
    REQUIRE(window.connectionBar());
    CHECK(window.connectionBar()->isHidden());

    // Every page works on the server's plan (the same repositories).
    for (auto page :
         {MainWindow::Page::Overview, MainWindow::Page::Tasks, MainWindow::Page::People, MainWindow::Page::Superusers,
          MainWindow::Page::Stakeholders, MainWindow::Page::Communication, MainWindow::Page::Report,
          MainWindow::Page::Risks, MainWindow::Page::Readiness, MainWindow::Page::Runbook}) {
        window.showPage(page);
        QCoreApplication::processEvents();
        CHECK(window.currentPage() == page);
    }
    CHECK(window.tasksPage()->model()->rowCount() == 91);
    CHECK(Dialogs::script().shown.isEmpty()); // no page met an error

    auto *restorePoints = window.findChild<QAction *>(QStringLiteral("restorePointsAction"));
    REQUIRE(restorePoints);
    CHECK_FALSE(restorePoints->isEnabled());
    CHECK(restorePoints->toolTip().contains(QStringLiteral("parat copy")));
    auto *connectAction = window.findChild<QAction *>(QStringLiteral("connectServerAction"));
    REQUIRE(connectAction);
    CHECK(connectAction->isEnabled());

    // An edit through the window is stored on the server.
    const PlannedTask first = *window.tasksPage()->model()->taskAt(0);
    TaskState state = first.state;
    state.municipalityId = server.demo.id;
    state.taskId = first.task.id;
    state.note = QStringLiteral("from the window");
    QString error;
    REQUIRE(TaskRepository(window.context().database()).setState(state, QDateTime::currentDateTimeUtc(), &error));
    Database check;
    REQUIRE(check.openServer(url, &error, {}));
    CHECK(TaskRepository(check).plannedTask(server.demo.id, first.task.id)->state.note
          == QStringLiteral("from the window"));
    window.close();

    // The recent list remembers the address, never a password.
    Settings().addRecentDatabase(db.path());
    CHECK(Settings().recentDatabases().first() == url);
    CHECK_FALSE(Settings().recentDatabases().first().contains(QLatin1Char(':') + QStringLiteral("secret")));
}

TEST_CASE("parat --db postgresql://… opens the window on the server (no longer refused)", "[gui][server]")
{
    FixedClock clock(QDate(2026, 11, 27));
    Municipality demo;
    const QString url = test::demoServer(&demo, clock);
    QProcess parat;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    parat.setProcessEnvironment(environment);
    parat.start(QStringLiteral(PARAT_BINARY), {QStringLiteral("--db"), url});
    REQUIRE(parat.waitForStarted(10000));
    // The window's connection shows on the server (application_name parat), and the program keeps running.
    bool connected = false;
    for (int attempt = 0; attempt < 100 && !connected; ++attempt) {
        QTest::qWait(100);
        Database probe;
        QString error;
        REQUIRE(probe.openServer(url, &error, {}));
        QSqlQuery query(probe.connection());
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                          "AND pid <> pg_backend_pid() AND application_name = 'parat'")));
        connected = query.next() && query.value(0).toInt() > 0;
    }
    INFO(parat.readAllStandardError().toStdString());
    CHECK(connected);
    CHECK(parat.state() == QProcess::Running);
    parat.terminate();
    if (!parat.waitForFinished(10000)) {
        parat.kill();
        parat.waitForFinished(5000);
    }
}

TEST_CASE("Connect to server: every control named and reached by keyboard - the address has no password",
          "[gui][server][accessibility]")
{
    installTranslations(QStringLiteral("en"));
    ServerConnectDialog dialog;
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    const QList<QWidget *> controls {dialog.hostEdit(),
                                     dialog.portEdit(),
                                     dialog.databaseEdit(),
                                     dialog.userEdit(),
                                     dialog.sslModeBox(),
                                     dialog.passwordEdit(),
                                     dialog.buttons()->button(QDialogButtonBox::Ok)};
    for (QWidget *control : controls) {
        INFO(control->objectName().toStdString());
        CHECK_FALSE(accessibleName(control).isEmpty());
    }
    // The database field has the focus first; Shift+Tab goes back to the port and the server.
    CHECK(dialog.focusWidget() == dialog.databaseEdit());
    QTest::keyClicks(dialog.focusWidget(), QStringLiteral("parat_plan"));
    QTest::keyClick(dialog.focusWidget(), Qt::Key_Backtab);
    CHECK(dialog.focusWidget() == dialog.portEdit());
    dialog.portEdit()->selectAll();
    QTest::keyClicks(dialog.focusWidget(), QStringLiteral("5433"));
    QTest::keyClick(dialog.focusWidget(), Qt::Key_Backtab);
    CHECK(dialog.focusWidget() == dialog.hostEdit());
    dialog.hostEdit()->selectAll();
    QTest::keyClicks(dialog.focusWidget(), QStringLiteral("db.kommune.dk"));
    // Forward through database to the user name, the encryption and the password.
    QTest::keyClick(dialog.focusWidget(), Qt::Key_Tab);
    QTest::keyClick(dialog.focusWidget(), Qt::Key_Tab);
    QTest::keyClick(dialog.focusWidget(), Qt::Key_Tab);
    CHECK(dialog.focusWidget() == dialog.userEdit());
    dialog.userEdit()->selectAll();
    QTest::keyClicks(dialog.focusWidget(), QStringLiteral("anna"));
    QTest::keyClick(dialog.focusWidget(), Qt::Key_Tab);
    CHECK(dialog.focusWidget() == dialog.sslModeBox());
    dialog.sslModeBox()->setCurrentText(QStringLiteral("verify-full"));
    QTest::keyClick(dialog.focusWidget(), Qt::Key_Tab);
    CHECK(dialog.focusWidget() == dialog.passwordEdit());
    QTest::keyClicks(dialog.focusWidget(), QStringLiteral("secret"));
    QTest::keyClick(dialog.focusWidget(), Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.address() == QStringLiteral("postgresql://anna@db.kommune.dk:5433/parat_plan?sslmode=verify-full"));
    CHECK(dialog.password() == QStringLiteral("secret"));
    CHECK_FALSE(dialog.address().contains(QStringLiteral("secret")));

    // An empty database name is refused in words, and the dialog stays.
    ServerConnectDialog empty;
    empty.show();
    REQUIRE(QTest::qWaitForWindowActive(&empty));
    QTest::keyClick(empty.focusWidget(), Qt::Key_Return);
    CHECK(empty.isVisible());
    auto *validation = empty.findChild<QLabel *>(QStringLiteral("validationMessage"));
    REQUIRE(validation);
    CHECK(validation->text().contains(QStringLiteral("database")));
    empty.reject();
}

TEST_CASE("Another user's edit shows in the task list within 2 seconds, keeping its current row and scroll",
          "[gui][server][live]")
{
    installTranslations(QStringLiteral("en"));
    test::ServerWindowFixture server(QSize(1000, 500)); // fewer rows than the list has: it scrolls
    const QString &url = server.url;
    MainWindow &window = *server.window;
    window.showPage(MainWindow::Page::Tasks);
    TasksPage *tasks = window.tasksPage();
    TaskTableModel *model = tasks->model();
    REQUIRE(model->rowCount() == 91);
    const PlannedTask current = *model->taskAt(40);
    REQUIRE(tasks->showTask(current.task.id));
    QCoreApplication::processEvents();
    const int scroll = tasks->view()->verticalScrollBar()->value();
    REQUIRE(scroll > 0);
    // Another row than the current one changes on the server, through another user's connection.
    int otherRow = 41;
    while (otherRow < model->rowCount() && model->taskAt(otherRow)->state.status == Status::Done)
        ++otherRow;
    REQUIRE(otherRow < model->rowCount());
    const PlannedTask other = *model->taskAt(otherRow);

    Database someoneElse;
    QString error;
    REQUIRE(someoneElse.openServer(url, &error, {}));
    TaskState state = other.state;
    state.municipalityId = server.demo.id;
    state.taskId = other.task.id;
    state.status = Status::Done;
    QElapsedTimer timer;
    timer.start();
    REQUIRE(TaskRepository(someoneElse).setState(state, QDateTime::currentDateTimeUtc(), &error));
    const int row = model->rowOf(other.task.id);
    QTRY_VERIFY_WITH_TIMEOUT(model->taskAt(model->rowOf(other.task.id))->state.status == Status::Done, 2000);
    report("another user's edit in the task list", double(timer.nsecsElapsed()) / 1e6);
    CHECK(row >= 0);
    CHECK(tasks->currentTaskId() == current.task.id);
    CHECK(tasks->view()->verticalScrollBar()->value() == scroll);
    CHECK(Dialogs::script().shown.isEmpty());
}

TEST_CASE("The server stopped: the window goes read-only with the banner and recovers by itself",
          "[gui][server][faults]")
{
    installTranslations(QStringLiteral("en"));
    test::ServerWindowFixture server;
    const QString &url = server.url;
    Database &db = server.db;
    const FixedClock &clock = server.clock;
    const Municipality &demo = server.demo;
    MainWindow &window = *server.window;
    ServerConnectionBar *bar = window.connectionBar();
    REQUIRE(bar);
    CHECK(bar->isHidden());
    // A task as the task list showed it before the server stopped (the list reads its tasks when first used).
    REQUIRE(window.tasksPage()->model()->taskAt(0));
    const PlannedTask first = *window.tasksPage()->model()->taskAt(0);

    test::PgCluster::instance().stopServer();
    // The heartbeat notices within a few seconds, without any edit.
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 2 * ServerConnectionBar::HeartbeatMs);
    CHECK(bar->message()->text().contains(QStringLiteral("lost")));
    CHECK_FALSE(window.context().canEdit());
    CHECK_FALSE(accessibleName(bar->reconnectButton()).isEmpty());
    // An edit now (as the window makes it: an undo command) is refused, saying nothing was stored.
    QString error;
    TaskState state = first.state;
    state.municipalityId = demo.id;
    state.taskId = first.task.id;
    TaskState before = state;
    state.note = QStringLiteral("while down");
    const int steps = window.context().undoStack()->count();
    CHECK_FALSE(
        window.context().push(new SetTaskStates(db, clock, {before}, {state}, QStringLiteral("note")), &window));
    REQUIRE(!Dialogs::script().shown.isEmpty());
    INFO(Dialogs::script().shown.last().toStdString());
    CHECK(Dialogs::script().shown.last().contains(QStringLiteral("Nothing of this change was stored")));
    CHECK(window.context().undoStack()->count() == steps);
    // Let a few attempts fail: the wait between them grows.
    QTest::qWait(1200);
    CHECK(bar->isVisible());
    CHECK(bar->nextAttemptDelay() > ServerConnectionBar::FirstDelayMs);

    QElapsedTimer sinceStart;
    sinceStart.start();
    test::PgCluster::instance().startServer();
    QElapsedTimer timer;
    timer.start();
    QTRY_VERIFY_WITH_TIMEOUT(bar->isHidden(), 2 * ServerConnectionBar::LongestDelayMs + 2000);
    report("window back from read-only after the server was up again (pg_ctl start returned)",
           double(timer.nsecsElapsed()) / 1e6);
    report("window back from read-only from the start of pg_ctl start", double(sinceStart.nsecsElapsed()) / 1e6);
    CHECK(window.context().canEdit());
    CHECK(db.isSubscribed());
    state.note = QStringLiteral("after");
    CHECK(TaskRepository(db).setState(state, QDateTime::currentDateTimeUtc(), &error));
    // And others' edits reach it again (made from the state as it is now: an edit carries the row's version).
    Database someoneElse;
    REQUIRE(someoneElse.openServer(url, &error, {}));
    state = TaskRepository(someoneElse).plannedTask(demo.id, first.task.id)->state;
    state.note = QStringLiteral("from someone else");
    INFO(error.toStdString());
    REQUIRE(TaskRepository(someoneElse).setState(state, QDateTime::currentDateTimeUtc(), &error));
    QTRY_VERIFY_WITH_TIMEOUT(
        window.tasksPage()->model()->taskAt(window.tasksPage()->model()->rowOf(first.task.id))->state.note
            == QStringLiteral("from someone else"),
        2000);
}

// Hidden: the pictures of docs/team-mode.md's window parts, in Danish, into $PARAT_SHOTS (default: the temp folder).
TEST_CASE("Screenshots of the Connect dialog and of the reconnect banner", "[.server-screenshots]")
{
    installTranslations(QStringLiteral("da"));
    const QString folder
        = qEnvironmentVariableIsSet("PARAT_SHOTS") ? qEnvironmentVariable("PARAT_SHOTS") : QDir::tempPath();
    ServerConnectDialog dialog;
    dialog.setAddress(QStringLiteral("postgresql://anna@db.kommune.dk:5432/parat_plan?sslmode=verify-full"));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    REQUIRE(dialog.grab().save(folder + QStringLiteral("/server-connect.png")));
    dialog.reject();

    test::ServerWindowFixture server(QSize(1280, 720));
    MainWindow &window = *server.window;
    window.showPage(MainWindow::Page::Tasks);
    test::PgCluster::instance().stopServer();
    QTRY_VERIFY_WITH_TIMEOUT(window.connectionBar()->isVisible(), 2 * ServerConnectionBar::HeartbeatMs);
    QTest::qWait(1200);
    REQUIRE(window.grab().save(folder + QStringLiteral("/server-reconnect-banner.png")));
    test::PgCluster::instance().startServer();
    QTRY_VERIFY_WITH_TIMEOUT(window.connectionBar()->isHidden(), 2 * ServerConnectionBar::LongestDelayMs + 2000);
    installTranslations(QStringLiteral("en"));
}
