// The window's save dialogs go through the same guard as the command line: a report or a map saved onto the
// open database, its restore folder or a folder is refused with a message, and the plan is untouched.
#include "GuiFixture.h"
#include "TestSupport.h"

#include "AppContext.h"
#include "Dialogs.h"
#include "ReportPage.h"
#include "StakeholderPage.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTest>

using namespace parat;

TEST_CASE("Save dialogs refuse the open database, its restore folder and folders", "[gui][safety]")
{
    test::GuiFixture f;
    Database &db = f.db;
    const test::TempDir &dir = f.dir;
    AppContext &context = *f.context;
    QString error;
    RestorePoint point;
    REQUIRE(db.takeRestorePoint(QStringLiteral("manual"), &point, &error));
    const QByteArray pointBefore = test::fileDigest(point.path);

    ReportPage page(context);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    Dialogs::startScript();
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("folder.html")));
    Dialogs::script().fileNames = {db.path(), point.path, dir.file(QStringLiteral("folder.html"))};
    CHECK_FALSE(page.savePdf());
    CHECK_FALSE(page.exportCsv());
    CHECK_FALSE(page.exportHtml());
    const QStringList shown = Dialogs::script().shown;
    Dialogs::stopScript();
    REQUIRE(shown.size() == 3);
    CHECK(shown.at(0).contains(QStringLiteral("open database")));
    CHECK(shown.at(1).contains(QStringLiteral("restore folder")));
    CHECK(shown.at(2).contains(QStringLiteral("folder")));
    CHECK(test::fileDigest(point.path) == pointBefore);
    CHECK(MunicipalityRepository(db).all().size() == 1);

    StakeholderPage stakeholders(context);
    CHECK_FALSE(stakeholders.exportPng(db.path(), QSize(400, 300), &error));
    CHECK(error.contains(QStringLiteral("open database")));
    CHECK_FALSE(stakeholders.exportPng(point.path, QSize(400, 300), &error));
    CHECK(test::fileDigest(point.path) == pointBefore);
    CHECK(MunicipalityRepository(db).all().size() == 1);
    CHECK(stakeholders.exportPng(dir.file(QStringLiteral("map.png")), QSize(400, 300), &error));
}
