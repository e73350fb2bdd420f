// The window's switch-off on a server database (docs/team-mode.md, "Roles and row-level security"): for a
// parat_viewer every control that changes data is disabled and says the role is why; for a parat_editor the same
// page offers its edits. The Database is opened on a throw-away cluster directly (support/PgCluster).
#include "Fixtures.h"
#include "PgCluster.h"
#include "TestSupport.h"

#include "AppContext.h"
#include "PeoplePage.h"
#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/ServerAccess.h"

#include <QAction>
#include <QPushButton>
#include <QUrl>

using namespace parat;

namespace {

// The demo plan on a server with the roles set up; `user` granted `role` for 0630.
QString demoServerFor(const QString &user, const QString &role)
{
    const QString url = test::pgTestDatabase();
    const FixedClock clock(QDate(2026, 11, 27));
    Database owner;
    test::openDemoServer(owner, url, clock);
    QString error;
    if (!ServerAccess::setUp(owner, &error))
        FAIL(error.toStdString());
    test::createLoginRoles(url, {user});
    REQUIRE(ServerAccess::grant(owner, user, role, QStringLiteral("0630"), &error) == ServerAccess::Problem::None);
    return test::asUser(url, user);
}

// The page's enabled and disabled push buttons that would change data (those with an edit refusal as tooltip).
QList<QPushButton *> refusedButtons(QWidget &page, const QString &reason)
{
    QList<QPushButton *> refused;
    for (QPushButton *button : page.findChildren<QPushButton *>()) {
        if (!button->isEnabled() && button->toolTip() == reason)
            refused.append(button);
    }
    return refused;
}

} // namespace

TEST_CASE("A viewer's window on a server offers no edits and says the role is why", "[gui][server][access]")
{
    const QString url = demoServerFor(QStringLiteral("vicky"), QStringLiteral("parat_viewer"));
    Database db;
    QString error;
    REQUIRE(db.openServer(url, &error, {}));
    const FixedClock clock(QDate(2026, 11, 27));
    AppContext context(db, clock);
    CHECK(context.access().role == Access::Role::Viewer);
    CHECK_FALSE(context.canEdit());
    const QString reason = context.editRefusal();
    CHECK(reason.contains(QStringLiteral("parat_viewer")));

    QAction action(QStringLiteral("Add"));
    context.setEditEnabled(&action);
    CHECK_FALSE(action.isEnabled());
    CHECK(action.toolTip() == reason);

    PeoplePage page(context);
    page.show();
    CHECK_FALSE(refusedButtons(page, reason).isEmpty());
}

TEST_CASE("An editor's window on a server offers the same page's edits", "[gui][server][access]")
{
    const QString url = demoServerFor(QStringLiteral("edna"), QStringLiteral("parat_editor"));
    Database db;
    QString error;
    REQUIRE(db.openServer(url, &error, {}));
    const FixedClock clock(QDate(2026, 11, 27));
    AppContext context(db, clock);
    CHECK(context.access().role == Access::Role::Editor);
    CHECK(context.canEdit());
    CHECK(context.editRefusal().isEmpty());
    QAction action(QStringLiteral("Add"));
    context.setEditEnabled(&action);
    CHECK(action.isEnabled());

    PeoplePage page(context);
    page.show();
    Access viewer;
    viewer.role = Access::Role::Viewer;
    CHECK(refusedButtons(page, viewer.editRefusal()).isEmpty());
}
