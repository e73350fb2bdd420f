// Team mode's remaining live and fault parts in the window (docs/team-mode.md): an edit the lost connection kept from
// being stored is offered again ("Try again") once the connection is back, made once and undoable, refused like any
// stale edit when someone else changed the row meanwhile, or discarded; the stakeholder map's drag and the status
// import dialog's buttons greyed out while the connection is lost; other users' edits of another municipality do not
// reload the pages; and a grant or revoke changes what the open window offers. Against a real throw-away cluster
// (support/PgCluster): the server is stopped and started for real.
#include "Fixtures.h"
#include "PgCluster.h"
#include "ServerWindowFixture.h"
#include "TestSupport.h"

#include "AppContext.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "OpenDatabase.h"
#include "ServerConnectionBar.h"
#include "SpreadsheetExport.h"
#include "StakeholderMapWidget.h"
#include "StakeholderPage.h"
#include "StatusImportDialog.h"
#include "TasksPage.h"
#include "commands/RiskCommands.h"
#include "commands/TaskCommands.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "models/TaskTableModel.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RiskRepository.h"
#include "storage/ServerAccess.h"
#include "storage/StakeholderRepository.h"
#include "storage/TaskRepository.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace parat;

namespace {

constexpr int kBackMs = 2 * ServerConnectionBar::LongestDelayMs + 2000;

QString accessibleText(QWidget *widget, QAccessible::Text what)
{
    QAccessibleInterface *face = QAccessible::queryAccessibleInterface(widget);
    REQUIRE(face);
    return face->text(what);
}

int risksTitled(Database &db, Id municipalityId, const QString &title)
{
    int count = 0;
    for (const Risk &risk : RiskRepository(db).forMunicipality(municipalityId))
        count += risk.title == title ? 1 : 0;
    return count;
}

void stopAndWaitForBanner(MainWindow &window)
{
    test::PgCluster::instance().stopServer();
    QTRY_VERIFY_WITH_TIMEOUT(window.connectionBar()->isVisible() && window.context().database().isConnectionLost(),
                             2 * ServerConnectionBar::HeartbeatMs);
}

// English texts, installed before anything else of a fixture is made.
struct EnglishTexts
{
    EnglishTexts() { installTranslations(QStringLiteral("en")); }
};

// The window on the demo server (ServerWindowFixture) in English, and the parts of it the tests use: for
// TEST_CASE_METHOD.
struct LiveWindow : EnglishTexts
{
    test::ServerWindowFixture server;
    MainWindow &window = *server.window;
    AppContext &context = window.context();
    ServerConnectionBar *bar = window.connectionBar();
};

void moveMouse(QWidget *widget, const QPointF &to)
{
    QMouseEvent move(QEvent::MouseMove, to, widget->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &move);
}

} // namespace

TEST_CASE_METHOD(LiveWindow,
                 "An edit the lost connection kept is offered again after the reconnect, made once and undoable",
                 "[gui][server][faults][retry]")
{
    REQUIRE(bar);
    const QString title = QStringLiteral("Superusers without time (kept)");
    const int risksBefore = int(RiskRepository(server.db).forMunicipality(server.demo.id).size());

    stopAndWaitForBanner(window);
    CHECK_FALSE(bar->retryButton()->isVisible());
    Risk risk;
    risk.municipalityId = server.demo.id;
    risk.title = title;
    risk.probability = 3;
    risk.consequence = 3;
    const int steps = context.undoStack()->count();
    CHECK_FALSE(context.push(new AddRisk(server.db, risk), &window));
    // Said clearly: not stored, kept, and how to make it.
    REQUIRE_FALSE(Dialogs::script().shown.isEmpty());
    const QString said = Dialogs::script().shown.last();
    INFO(said.toStdString());
    CHECK(said.contains(QStringLiteral("Nothing of this change was stored")));
    CHECK(said.contains(QStringLiteral("Try again")));
    CHECK(context.undoStack()->count() == steps);
    REQUIRE(context.hasPendingEdit());
    CHECK_FALSE(context.pendingEditText().isEmpty());
    CHECK(bar->message()->text().contains(context.pendingEditText().toHtmlEscaped()));
    // Offered, but not while the server is away.
    CHECK(bar->retryButton()->isVisible());
    CHECK_FALSE(bar->retryButton()->isEnabled());
    CHECK(bar->retryButton()->toolTip() == AppContext::connectionLostReason());
    CHECK(bar->discardButton()->isVisible());
    CHECK_FALSE(accessibleText(bar->retryButton(), QAccessible::Name).isEmpty());
    CHECK_FALSE(accessibleText(bar->discardButton(), QAccessible::Name).isEmpty());

    test::PgCluster::instance().startServer();
    QTRY_VERIFY_WITH_TIMEOUT(bar->retryButton()->isEnabled(), kBackMs);
    CHECK(bar->isVisible()); // the banner stays while the edit waits
    CHECK(bar->reconnectButton()->isHidden());
    CHECK(bar->message()->text().contains(QStringLiteral("back")));
    CHECK(context.canEdit());
    CHECK(risksTitled(server.db, server.demo.id, title) == 0);

    QTest::mouseClick(bar->retryButton(), Qt::LeftButton);
    CHECK_FALSE(context.hasPendingEdit());
    CHECK(bar->isHidden());
    CHECK(context.undoStack()->count() == steps + 1);
    // On the server once, as another client reads it.
    Database someoneElse;
    QString error;
    REQUIRE(someoneElse.openServer(server.url, &error, {}));
    CHECK(risksTitled(someoneElse, server.demo.id, title) == 1);
    CHECK(int(RiskRepository(someoneElse).forMunicipality(server.demo.id).size()) == risksBefore + 1);

    // Undo and redo as any step.
    context.undoStack()->undo();
    CHECK(risksTitled(someoneElse, server.demo.id, title) == 0);
    context.undoStack()->redo();
    CHECK(risksTitled(someoneElse, server.demo.id, title) == 1);
    CHECK(int(RiskRepository(someoneElse).forMunicipality(server.demo.id).size()) == risksBefore + 1);
}

TEST_CASE_METHOD(LiveWindow,
                 "A kept edit is refused on retry when someone else changed the row meanwhile, and can be discarded",
                 "[gui][server][faults][retry]")
{
    REQUIRE(window.tasksPage()->model()->taskAt(0));
    const PlannedTask first = *window.tasksPage()->model()->taskAt(0);
    TaskState before = first.state;
    before.municipalityId = server.demo.id;
    before.taskId = first.task.id;
    TaskState mine = before;
    mine.note = QStringLiteral("mine, while down");

    stopAndWaitForBanner(window);
    const int steps = context.undoStack()->count();
    CHECK_FALSE(
        context.push(new SetTaskStates(server.db, server.clock, {before}, {mine}, QStringLiteral("note")), &window));
    REQUIRE(context.hasPendingEdit());
    test::PgCluster::instance().startServer();
    QTRY_VERIFY_WITH_TIMEOUT(bar->retryButton()->isEnabled(), kBackMs);

    // Meanwhile someone else writes the same task.
    Database someoneElse;
    QString error;
    REQUIRE(someoneElse.openServer(server.url, &error, {}));
    TaskState theirs = TaskRepository(someoneElse).plannedTask(server.demo.id, first.task.id)->state;
    theirs.note = QStringLiteral("theirs");
    INFO(error.toStdString());
    REQUIRE(TaskRepository(someoneElse).setState(theirs, QDateTime::currentDateTimeUtc(), &error));

    const int shown = int(Dialogs::script().shown.size());
    CHECK_FALSE(context.retryPendingEdit(&window));
    CHECK(int(Dialogs::script().shown.size()) == shown + 1); // refused, with a message
    CHECK_FALSE(context.hasPendingEdit());
    CHECK(context.undoStack()->count() == steps);
    const std::optional<PlannedTask> afterRetry
        = TaskRepository(someoneElse).plannedTask(server.demo.id, first.task.id);
    REQUIRE(afterRetry);
    CHECK(afterRetry->state.note == QStringLiteral("theirs"));
    QTRY_VERIFY(bar->isHidden());

    // Another kept edit, dropped: nothing is stored and the banner goes.
    TaskState again = TaskRepository(server.db).plannedTask(server.demo.id, first.task.id)->state;
    TaskState dropped = again;
    dropped.note = QStringLiteral("dropped");
    stopAndWaitForBanner(window);
    CHECK_FALSE(
        context.push(new SetTaskStates(server.db, server.clock, {again}, {dropped}, QStringLiteral("note")), &window));
    REQUIRE(context.hasPendingEdit());
    test::PgCluster::instance().startServer();
    QTRY_VERIFY_WITH_TIMEOUT(bar->retryButton()->isEnabled(), kBackMs);
    QTest::mouseClick(bar->discardButton(), Qt::LeftButton);
    CHECK_FALSE(context.hasPendingEdit());
    CHECK(bar->isHidden());
    // Read on a new connection: the server's restart cut someoneElse's, which comes back in its own time.
    Database reader;
    REQUIRE(reader.openServer(server.url, &error, {}));
    const std::optional<PlannedTask> stored = TaskRepository(reader).plannedTask(server.demo.id, first.task.id);
    REQUIRE(stored);
    CHECK(stored->state.note == QStringLiteral("theirs"));
}

TEST_CASE("While the connection is lost the stakeholder map cannot be dragged and the status import is off, saying why",
          "[gui][server][faults]")
{
    installTranslations(QStringLiteral("en"));
    test::ServerWindowFixture server(QSize(1200, 800));
    MainWindow &window = *server.window;
    AppContext &context = window.context();
    window.showPage(MainWindow::Page::Stakeholders);
    QCoreApplication::processEvents();
    StakeholderMapWidget *map = window.stakeholderPage()->map();
    REQUIRE(map);
    REQUIRE_FALSE(map->stakeholders().isEmpty());
    CHECK(map->toolTip().isEmpty());
    const Stakeholder before = map->stakeholders().constFirst();

    // The status import dialog, open on a sheet exported from the window, with a name for its mapping.
    Id person = 0;
    for (const Person &candidate : PersonRepository(server.db).forMunicipality(server.demo.id)) {
        if (candidate.name == QStringLiteral("Mads Kjær"))
            person = candidate.id;
    }
    REQUIRE(person != 0);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("status.xlsx"));
    Dialogs::script().fileNames = {path};
    REQUIRE(SpreadsheetExport::exportStatusSheet(context, person, &window) == path);
    StatusImportDialog dialog(context, &window);
    dialog.openFile(path);
    REQUIRE(dialog.plan().ok());
    QLineEdit *mappingName = nullptr;
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == QStringLiteral("Name of the mapping"))
            mappingName = edit;
    }
    REQUIRE(mappingName);
    mappingName->setText(QStringLiteral("Our sheet"));
    QPushButton *save = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->accessibleName() == QStringLiteral("Save mapping"))
            save = button;
    }
    REQUIRE(save);
    REQUIRE(save->isEnabled());

    stopAndWaitForBanner(window);
    const QString reason = AppContext::connectionLostReason();
    // The map: says why, and a drag moves nothing.
    CHECK(map->toolTip().contains(reason));
    CHECK(accessibleText(map, QAccessible::Description).contains(reason));
    const QPoint start = map->markerRect(before.id).center().toPoint();
    REQUIRE_FALSE(start.isNull());
    const QPointF target = map->cellCenter(before.influence == 0 ? 3 : 0, before.affectedness == 0 ? 3 : 0);
    const int steps = context.undoStack()->count();
    const int said = int(Dialogs::script().shown.size());
    QTest::mousePress(map, Qt::LeftButton, Qt::NoModifier, start);
    for (int step = 1; step <= 5; ++step)
        moveMouse(map, QPointF(start) + (target - QPointF(start)) * step / 5.0);
    QTest::mouseRelease(map, Qt::LeftButton, Qt::NoModifier, target.toPoint());
    CHECK(context.undoStack()->count() == steps);
    CHECK(int(Dialogs::script().shown.size()) == said); // nothing was even tried
    CHECK(map->markerRect(before.id).center().toPoint() == start);
    // The dialog's buttons: off, with the reason.
    CHECK_FALSE(save->isEnabled());
    CHECK(save->toolTip() == reason);
    CHECK(accessibleText(save, QAccessible::Description) == reason);
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK(dialog.importButton()->toolTip() == reason);

    test::PgCluster::instance().startServer();
    QTRY_VERIFY_WITH_TIMEOUT(window.connectionBar()->isHidden(), kBackMs);
    CHECK(map->toolTip().isEmpty());
    CHECK_FALSE(accessibleText(map, QAccessible::Description).contains(reason));
    CHECK(save->isEnabled());
    CHECK(save->toolTip() != reason);
    CHECK(dialog.importButton()->toolTip() != reason);
}

TEST_CASE_METHOD(LiveWindow,
                 "Another user's edit in another municipality does not reload the pages, one in this municipality does",
                 "[gui][server][live]")
{
    Database &db = server.db;
    window.showPage(MainWindow::Page::Tasks);
    TasksPage *tasks = window.tasksPage();
    TaskTableModel *model = tasks->model();
    REQUIRE(model->rowCount() > 10);
    const PlannedTask current = *model->taskAt(5);
    REQUIRE(tasks->showTask(current.task.id));

    Database someoneElse;
    QString error;
    REQUIRE(someoneElse.openServer(server.url, &error, {}));
    QSignalSpy changed(&db, &Database::changed);
    // A second municipality: the list of municipalities concerns every window.
    Municipality naestved;
    naestved.code = QStringLiteral("0370");
    naestved.name = QStringLiteral("Næstved");
    INFO(error.toStdString());
    REQUIRE(MunicipalityRepository(someoneElse).add(&naestved, &error));
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 2000);

    changed.clear();
    QSignalSpy remote(&db, &Database::remoteChanged);
    QSignalSpy others(&context, &AppContext::otherMunicipalityChanged);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    Risk risk;
    risk.municipalityId = naestved.id;
    risk.title = QStringLiteral("In Næstved");
    risk.probability = 2;
    risk.consequence = 2;
    AddRisk add(someoneElse, risk);
    add.redo();
    REQUIRE_FALSE(add.failed());
    QTRY_VERIFY_WITH_TIMEOUT(others.count() >= 1, 2000);
    REQUIRE(remote.count() >= 1);
    CHECK(remote.last().at(0).toStringList().contains(QStringLiteral("risk:%1").arg(naestved.id)));
    CHECK(changed.count() == 0);
    CHECK(resets.count() == 0);
    CHECK(tasks->currentTaskId() == current.task.id);

    // In this municipality it shows within 2 seconds.
    TaskState state = TaskRepository(someoneElse).plannedTask(server.demo.id, current.task.id)->state;
    state.note = QStringLiteral("from someone else, here");
    REQUIRE(TaskRepository(someoneElse).setState(state, QDateTime::currentDateTimeUtc(), &error));
    QTRY_VERIFY_WITH_TIMEOUT(model->taskAt(model->rowOf(current.task.id))->state.note == state.note, 2000);
    CHECK(changed.count() >= 1);
    CHECK(tasks->currentTaskId() == current.task.id);
    CHECK(Dialogs::script().shown.isEmpty());
}

TEST_CASE("A grant or revoke while the window is open changes what it offers and the role it shows",
          "[gui][server][access]")
{
    installTranslations(QStringLiteral("en"));
    const FixedClock clock(QDate(2026, 11, 27));
    Municipality demo;
    const QString url = test::demoServer(&demo, clock);
    Database owner;
    QString error;
    REQUIRE(owner.openServer(url, &error, {}));
    if (!ServerAccess::setUp(owner, &error))
        FAIL(error.toStdString());
    test::PgCluster::instance().exec(url,
                                     {QStringLiteral("DO $$ BEGIN CREATE ROLE edgar LOGIN; EXCEPTION WHEN "
                                                     "duplicate_object THEN NULL; END $$")});
    const QString editor = QStringLiteral("parat_editor");
    const QString viewer = QStringLiteral("parat_viewer");
    REQUIRE(ServerAccess::grant(owner, QStringLiteral("edgar"), editor, demo.code, &error)
            == ServerAccess::Problem::None);

    test::ScriptedDialogs script;
    Database db;
    QString opened;
    REQUIRE(OpenDatabase::openServer(db, test::asUser(url, QStringLiteral("edgar")), QString(), nullptr, &opened));
    MainWindow window(db, clock);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    AppContext &context = window.context();
    REQUIRE(context.access().role == Access::Role::Editor);
    CHECK(window.serverRoleLabel()->text() == QStringLiteral("Logged in as edgar · editor · 0630"));
    window.showPage(MainWindow::Page::People);
    QCoreApplication::processEvents();
    QList<QWidget *> offered;
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (widget->property("paratEditWish").toBool() && !widget->property("paratAdminOnly").toBool()
            && widget->isEnabled())
            offered.append(widget);
    }
    REQUIRE(offered.size() >= 2);
    QSignalSpy accessChanged(&context, &AppContext::accessChanged);

    // Made a viewer by the administrator: the edits go, saying why.
    REQUIRE(ServerAccess::grant(owner, QStringLiteral("edgar"), viewer, demo.code, &error)
            == ServerAccess::Problem::None);
    QTRY_VERIFY_WITH_TIMEOUT(context.access().role == Access::Role::Viewer, 2000);
    CHECK(accessChanged.count() == 1);
    CHECK(window.serverRoleLabel()->text() == QStringLiteral("Logged in as edgar · viewer · 0630"));
    CHECK_FALSE(context.canEdit());
    const QString reason = context.editRefusal();
    CHECK(reason.contains(viewer));
    for (QWidget *widget : offered) {
        INFO(widget->objectName().toStdString() << " " << widget->metaObject()->className());
        CHECK_FALSE(widget->isEnabled());
        CHECK(widget->toolTip() == reason);
    }

    // An editor again: the same controls are back.
    REQUIRE(ServerAccess::grant(owner, QStringLiteral("edgar"), editor, demo.code, &error)
            == ServerAccess::Problem::None);
    QTRY_VERIFY_WITH_TIMEOUT(context.access().role == Access::Role::Editor, 2000);
    CHECK(window.serverRoleLabel()->text() == QStringLiteral("Logged in as edgar · editor · 0630"));
    for (QWidget *widget : offered) {
        INFO(widget->objectName().toStdString());
        CHECK(widget->isEnabled());
        CHECK(widget->toolTip() != reason);
    }

    // Revoked: no role, nothing to edit.
    REQUIRE(ServerAccess::revoke(owner, QStringLiteral("edgar"), editor, QString(), &error)
            == ServerAccess::Problem::None);
    QTRY_VERIFY_WITH_TIMEOUT(context.access().role == Access::Role::None, 2000);
    CHECK_FALSE(context.canEdit());
    CHECK(window.serverRoleLabel()->text().contains(QStringLiteral("no role")));
    window.close();
}

// Hidden: the picture of docs/team-mode.md's banner offering a kept edit again, in Danish, into $PARAT_SHOTS (default:
// the temp folder).
TEST_CASE("Screenshot of the banner offering a kept edit again", "[.server-screenshots]")
{
    installTranslations(QStringLiteral("da"));
    const QString folder
        = qEnvironmentVariableIsSet("PARAT_SHOTS") ? qEnvironmentVariable("PARAT_SHOTS") : QDir::tempPath();
    test::ServerWindowFixture server(QSize(1280, 720));
    MainWindow &window = *server.window;
    window.showPage(MainWindow::Page::Tasks);
    const PlannedTask first = *window.tasksPage()->model()->taskAt(0);
    TaskState before = first.state;
    before.municipalityId = server.demo.id;
    before.taskId = first.task.id;
    TaskState after = before;
    after.note = QStringLiteral("Aftalt med leverandøren");
    stopAndWaitForBanner(window);
    CHECK_FALSE(window.context().push(new SetTaskStates(server.db, server.clock, {before}, {after},
                                                        QStringLiteral("Ændr note på %1").arg(first.task.key)),
                                      &window));
    QTest::qWait(300);
    REQUIRE(window.grab().save(folder + QStringLiteral("/server-retry-kept-da.png")));
    test::PgCluster::instance().startServer();
    QTRY_VERIFY_WITH_TIMEOUT(window.connectionBar()->retryButton()->isEnabled(), kBackMs);
    QTest::qWait(300);
    REQUIRE(window.grab().save(folder + QStringLiteral("/server-retry-banner-da.png")));
    window.context().discardPendingEdit();
    installTranslations(QStringLiteral("en"));
}
