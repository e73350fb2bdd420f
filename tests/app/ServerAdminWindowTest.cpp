// Team mode in the window, the administrator's part (docs/team-mode.md): the role shown in the status bar, the
// administrator's actions (handbook import, restore) switched off for an editor with the reason, backup and restore
// from the File menu, and every control that changes data greyed out while the connection-lost banner shows and back
// after the reconnect. Against a real throw-away cluster (support/PgCluster).
#include "Fixtures.h"
#include "GuiFixture.h"
#include "PgCluster.h"
#include "PlanChecks.h"
#include "TestSupport.h"

#include "AppContext.h"
#include "Dialogs.h"
#include "FirstRunPage.h"
#include "MainWindow.h"
#include "OpenDatabase.h"
#include "ServerConnectionBar.h"
#include "Settings.h"
#include "TasksPage.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "models/TaskTableModel.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"
#include "storage/PlanBackup.h"
#include "storage/PlanCopy.h"
#include "storage/ServerAccess.h"

#include <QAccessible>
#include <QAction>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUrl>

using namespace parat;

namespace {

// The demo plan on a server (synchronous_commit on, roles set up); user granted role for 0630, or for every
// municipality when code is empty.
QString demoServer(const FixedClock &clock)
{
    const QString url = test::pgTestDatabase();
    test::PgCluster::instance().exec(
        url, {QStringLiteral("ALTER DATABASE %1 SET synchronous_commit = on").arg(url.section(QLatin1Char('/'), -1))});
    Database owner;
    Database::ServerOptions creating;
    creating.createSchema = true;
    QString error;
    REQUIRE(owner.openServer(url, &error, creating));
    const Municipality demo = test::buildDemo(owner, clock);
    Settings().setLastMunicipalityCode(demo.code);
    if (!ServerAccess::setUp(owner, &error))
        FAIL(error.toStdString());
    return url;
}

void grant(const QString &url, const QString &user, const QString &role, const QString &code)
{
    test::createLoginRoles(url, {user});
    Database owner;
    QString error;
    REQUIRE(owner.openServer(url, &error, {}));
    INFO(error.toStdString());
    REQUIRE(ServerAccess::grant(owner, user, role, code, &error) == ServerAccess::Problem::None);
}

// The accessible menu item of a File menu action: its name and state as a screen reader gets them.
QAccessibleInterface *menuItem(MainWindow &window, QAction *action)
{
    for (QAction *top : window.menuBar()->actions()) {
        QMenu *menu = top->menu();
        if (!menu || !menu->actions().contains(action))
            continue;
        QAccessibleInterface *face = QAccessible::queryAccessibleInterface(menu);
        REQUIRE(face);
        for (int i = 0; i < face->childCount(); ++i) {
            QAccessibleInterface *child = face->child(i);
            if (child && child->text(QAccessible::Name) == action->text().remove(QLatin1Char('&')))
                return child;
        }
    }
    FAIL("no menu item for " << action->text().toStdString());
    return nullptr;
}

// The controls the pages switch through AppContext::setEditEnabled (each remembers what the page asked for).
struct EditControls
{
    QList<QWidget *> widgets;
    QList<QAction *> actions;
};

EditControls editControlsAskedOn(QWidget &window)
{
    EditControls found;
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (widget->property("paratEditWish").toBool() && !widget->property("paratAdminOnly").toBool())
            found.widgets.append(widget);
    }
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->property("paratEditWish").toBool() && !action->property("paratAdminOnly").toBool())
            found.actions.append(action);
    }
    return found;
}

} // namespace

TEST_CASE("An editor's window names the role and switches the administrator's actions off, saying why",
          "[gui][server][access]")
{
    installTranslations(QStringLiteral("en"));
    const FixedClock clock(QDate(2026, 11, 27));
    const QString url = demoServer(clock);
    grant(url, QStringLiteral("edith"), QStringLiteral("parat_editor"), QStringLiteral("0630"));
    Dialogs::startScript();
    Database db;
    QString error;
    REQUIRE(db.openServer(test::asUser(url, QStringLiteral("edith")), &error, {}));
    MainWindow window(db, clock);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.context().access().role == Access::Role::Editor);
    CHECK(window.context().canEdit());
    CHECK_FALSE(window.context().canAdminister());

    // The role, where the user looks and for a screen reader.
    QLabel *role = window.serverRoleLabel();
    REQUIRE(role);
    CHECK(role->text() == QStringLiteral("Logged in as edith · editor · 0630"));
    QAccessibleInterface *roleFace = QAccessible::queryAccessibleInterface(role);
    REQUIRE(roleFace);
    CHECK(roleFace->text(QAccessible::Name) == role->text());
    CHECK(roleFace->text(QAccessible::Description).contains(QStringLiteral("parat_editor")));

    // The administrator's actions: off, with the reason; the editor's own edits stay on.
    const QString reason = window.context().administerRefusal();
    CHECK(reason.contains(QStringLiteral("parat_admin")));
    for (const char *name :
         {"importHandbookAction", "restorePlanAction", "addMunicipalityAction", "removeMunicipalityAction"}) {
        INFO(name);
        auto *action = window.findChild<QAction *>(QLatin1String(name));
        REQUIRE(action);
        CHECK_FALSE(action->isEnabled());
        CHECK(action->toolTip() == reason);
        CHECK(action->statusTip() == reason);
        QAccessibleInterface *item = menuItem(window, action);
        REQUIRE(item);
        CHECK(item->state().disabled);
    }
    auto *firstRunImport = window.findChild<FirstRunPage *>()->importHandbookButton();
    CHECK_FALSE(firstRunImport->isEnabled());
    QAccessibleInterface *importFace = QAccessible::queryAccessibleInterface(firstRunImport);
    REQUIRE(importFace);
    CHECK(importFace->text(QAccessible::Description) == reason);
    // A backup is reading: the editor may take one.
    auto *backup = window.findChild<QAction *>(QStringLiteral("backupPlanAction"));
    REQUIRE(backup);
    CHECK(backup->isEnabled());
    auto *setStatus = window.tasksPage()->setStatusAction();
    CHECK(setStatus->toolTip() != reason);
    // Triggered anyway (a shortcut, say): nothing opens.
    window.findChild<QAction *>(QStringLiteral("restorePlanAction"))->trigger();
    CHECK(Dialogs::script().shown.isEmpty());

    // In Danish.
    installTranslations(QStringLiteral("da"));
    QCoreApplication::processEvents();
    CHECK(window.serverRoleLabel()->text() == QStringLiteral("Logget ind som edith · redaktør · 0630"));
    auto *importDa = window.findChild<QAction *>(QStringLiteral("importHandbookAction"));
    REQUIRE(importDa);
    CHECK_FALSE(importDa->isEnabled());
    CHECK(importDa->toolTip().contains(QStringLiteral("parat_admin")));
    CHECK(importDa->toolTip() != reason);
    installTranslations(QStringLiteral("en"));
    window.close();
    Dialogs::stopScript();
}

TEST_CASE("An administrator backs the plan up from the window and restores it after confirming", "[gui][server]")
{
    installTranslations(QStringLiteral("en"));
    const FixedClock clock(QDate(2026, 11, 27));
    const QString url = demoServer(clock);
    grant(url, QStringLiteral("astrid"), QStringLiteral("parat_admin"), QString());
    Dialogs::startScript();
    Database db;
    QString error;
    REQUIRE(db.openServer(test::asUser(url, QStringLiteral("astrid")), &error, {}));
    MainWindow window(db, clock);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.serverRoleLabel()->text()
          == QStringLiteral("Logged in as astrid · administrator · all municipalities"));
    auto *backup = window.findChild<QAction *>(QStringLiteral("backupPlanAction"));
    auto *restore = window.findChild<QAction *>(QStringLiteral("restorePlanAction"));
    REQUIRE(backup);
    REQUIRE(restore);
    CHECK(restore->isEnabled());
    CHECK(window.findChild<QAction *>(QStringLiteral("importHandbookAction"))->isEnabled());

    const test::TempDir dir;
    const QString file = dir.file(QStringLiteral("backup.sqlite"));
    Dialogs::script().shown.clear();
    Dialogs::script().fileNames = {file};
    backup->trigger();
    INFO(Dialogs::script().shown.join(QStringLiteral(" | ")).toStdString());
    REQUIRE(Dialogs::script().shown.size() == 1);
    INFO(Dialogs::script().shown.last().toStdString());
    CHECK(Dialogs::script().shown.last().contains(QStringLiteral("verified")));
    const QList<PlanCopy::TableCheck> saved = test::serverChecks(url);
    PlanBackup::Record record;
    REQUIRE(PlanBackup::verify(file, &record, &error) == PlanBackup::Problem::None);
    CHECK(record.checks == saved);

    // Someone adds a municipality after the backup.
    {
        Database other;
        REQUIRE(other.openServer(url, &error, {}));
        Municipality added;
        added.code = QStringLiteral("0101");
        added.name = QStringLiteral("København");
        REQUIRE(MunicipalityRepository(other).add(&added, &error));
    }
    const QList<PlanCopy::TableCheck> changed = test::serverChecks(url);
    REQUIRE(changed != saved);

    // Answered No: nothing changes.
    Dialogs::script().fileNames = {file};
    Dialogs::script().confirmations = {false};
    Dialogs::script().shown.clear();
    restore->trigger();
    CHECK(test::serverChecks(url) == changed);
    CHECK(Dialogs::script().shown.size() == 1); // the question only
    CHECK(Dialogs::script().shown.first().contains(QStringLiteral("Replace the whole plan")));

    // Yes: the plan is the backup's again, and the window shows it.
    Dialogs::script().fileNames = {file};
    Dialogs::script().confirmations = {true};
    Dialogs::script().shown.clear();
    restore->trigger();
    REQUIRE(Dialogs::script().shown.size() == 2); // the question, then the outcome
    INFO(Dialogs::script().shown.last().toStdString());
    CHECK(Dialogs::script().shown.last().contains(QStringLiteral("backup's again")));
    CHECK(test::serverChecks(url) == saved);
    QTRY_VERIFY_WITH_TIMEOUT(MunicipalityRepository(db).all().size() == 1, 2000);
    window.close();
    Dialogs::stopScript();
}

TEST_CASE("While the connection-lost banner shows, the controls that change data are greyed out, and back after",
          "[gui][server][faults]")
{
    installTranslations(QStringLiteral("en"));
    const FixedClock clock(QDate(2026, 11, 27));
    const QString url = demoServer(clock);
    Dialogs::startScript();
    Database db;
    QString opened;
    REQUIRE(OpenDatabase::openServer(db, url, QString(), nullptr, &opened));
    MainWindow window(db, clock);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ServerConnectionBar *bar = window.connectionBar();
    REQUIRE(bar);
    for (auto page : {MainWindow::Page::Tasks, MainWindow::Page::People, MainWindow::Page::Risks}) {
        window.showPage(page); // the pages fill their controls when shown
        QCoreApplication::processEvents();
    }
    window.tasksPage()->view()->selectRow(0);
    QCoreApplication::processEvents();

    const EditControls controls = editControlsAskedOn(window);
    REQUIRE(controls.widgets.size() >= 5);
    REQUIRE(controls.actions.size() >= 3);
    QStringList enabledBefore;
    for (QWidget *widget : controls.widgets) {
        if (widget->isEnabled())
            enabledBefore.append(widget->objectName() + QLatin1Char('/')
                                 + QLatin1String(widget->metaObject()->className()));
    }
    REQUIRE(enabledBefore.size() >= 5);
    auto *addMunicipality = window.findChild<QAction *>(QStringLiteral("addMunicipalityAction"));
    auto *importHandbook = window.findChild<QAction *>(QStringLiteral("importHandbookAction"));
    auto *restore = window.findChild<QAction *>(QStringLiteral("restorePlanAction"));
    REQUIRE(addMunicipality->isEnabled());
    REQUIRE(importHandbook->isEnabled());
    REQUIRE(restore->isEnabled());
    const QModelIndex cell = window.tasksPage()->model()->index(0, 0);
    const auto editableCells = [&] {
        int editable = 0;
        for (int column = 0; column < window.tasksPage()->model()->columnCount(); ++column) {
            if (window.tasksPage()->model()->flags(cell.siblingAtColumn(column)) & Qt::ItemIsEditable)
                ++editable;
        }
        return editable;
    };
    REQUIRE(editableCells() > 0);

    test::PgCluster::instance().stopServer();
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 2 * ServerConnectionBar::HeartbeatMs);
    const QString reason = AppContext::connectionLostReason();
    for (QWidget *widget : controls.widgets) {
        INFO(widget->objectName().toStdString() << " " << widget->metaObject()->className());
        CHECK_FALSE(widget->isEnabled());
        CHECK(widget->toolTip() == reason);
        QAccessibleInterface *face = QAccessible::queryAccessibleInterface(widget);
        REQUIRE(face);
        CHECK(face->text(QAccessible::Description) == reason);
    }
    for (QAction *action : controls.actions + QList<QAction *> {importHandbook, restore}) {
        INFO(action->text().toStdString());
        CHECK_FALSE(action->isEnabled());
        CHECK(action->toolTip() == reason);
    }
    CHECK(editableCells() == 0);

    test::PgCluster::instance().startServer();
    QTRY_VERIFY_WITH_TIMEOUT(bar->isHidden(), 2 * ServerConnectionBar::LongestDelayMs + 2000);
    QCoreApplication::processEvents();
    QStringList enabledAfter;
    for (QWidget *widget : controls.widgets) {
        CHECK(widget->toolTip() != reason);
        QAccessibleInterface *face = QAccessible::queryAccessibleInterface(widget);
        CHECK(face->text(QAccessible::Description) != reason);
        if (widget->isEnabled())
            enabledAfter.append(widget->objectName() + QLatin1Char('/')
                                + QLatin1String(widget->metaObject()->className()));
    }
    CHECK(enabledAfter == enabledBefore);
    CHECK(addMunicipality->isEnabled());
    CHECK(importHandbook->isEnabled());
    CHECK(restore->isEnabled());
    CHECK(restore->toolTip() != reason);
    CHECK(editableCells() > 0);
    window.close();
    Dialogs::stopScript();
}

// Hidden: the picture of docs/team-mode.md's role in the window, in Danish, into $PARAT_SHOTS (default: the temp
// folder): an editor's window with the File menu open, its administrator's actions switched off.
TEST_CASE("Screenshot of an editor's window with the role in the status bar", "[.server-screenshots]")
{
    installTranslations(QStringLiteral("da"));
    const QString folder
        = qEnvironmentVariableIsSet("PARAT_SHOTS") ? qEnvironmentVariable("PARAT_SHOTS") : QDir::tempPath();
    const FixedClock clock(QDate(2026, 11, 27));
    const QString url = demoServer(clock);
    grant(url, QStringLiteral("lars"), QStringLiteral("parat_editor"), QStringLiteral("0630"));
    Dialogs::startScript();
    Database db;
    QString error;
    REQUIRE(db.openServer(test::asUser(url, QStringLiteral("lars")), &error, {}));
    MainWindow window(db, clock);
    test::showExposed(window, {1280, 720});
    window.showPage(MainWindow::Page::Tasks);
    QCoreApplication::processEvents();
    REQUIRE(window.grab().save(folder + QStringLiteral("/server-role-editor.png")));
    window.close();
    Dialogs::stopScript();
    installTranslations(QStringLiteral("en"));
}
