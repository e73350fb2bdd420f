// Opening a damaged file: the file is left exactly as it was, and the user can open a copy of the latest
// restore point instead.
#include "Fixtures.h"
#include "TestSupport.h"

#include "Dialogs.h"
#include "MainWindow.h"
#include "OpenDatabase.h"

#include "domain/Clock.h"
#include "domain/Language.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

using namespace parat;

TEST_CASE("A damaged database is left untouched and a copy of the latest restore point can be opened", "[gui]")
{
    installTranslations(QStringLiteral("en"));
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("plan.sqlite"));
    FixedClock clock(QDate(2026, 11, 27));
    {
        Database db;
        QString error;
        REQUIRE(db.open(path, &error));
        test::buildDemo(db, clock);
        REQUIRE(db.takeRestorePoint(QStringLiteral("manual"), nullptr, &error));
    }
    // Cut the file short, as a failing disk or a half copy would.
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.resize(50));
    }
    const QByteArray before = test::fileDigest(path);

    Dialogs::startScript();
    SECTION("declining leaves everything as it was")
    {
        Dialogs::script().confirmations = {false};
        Database db;
        QString opened;
        CHECK_FALSE(OpenDatabase::open(db, path, clock, nullptr, &opened));
        CHECK(Dialogs::script().shown.first().contains(QStringLiteral("damaged")));
    }
    SECTION("accepting opens a copy of the restore point")
    {
        Dialogs::script().confirmations = {true};
        Database db;
        QString opened;
        REQUIRE(OpenDatabase::open(db, path, clock, nullptr, &opened));
        CHECK(opened != path);
        CHECK(QFileInfo(opened).fileName().startsWith(QStringLiteral("plan-restored-")));
        CHECK(MunicipalityRepository(db).all().size() == 1);
    }
    Dialogs::stopScript();
    CHECK(test::fileDigest(path) == before);
}

TEST_CASE("The window opens at once and says in Danish when the day's restore point beside it cannot be taken", "[gui]")
{
    installTranslations(QStringLiteral("da"));
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("plan.sqlite"));
    FixedClock clock(QDate::currentDate());
    {
        Database db;
        QString error;
        REQUIRE(db.open(path, &error));
        test::buildDemo(db, clock);
    }
    // The restore folder cannot be made: a file has its name.
    {
        QFile blocker(path + QStringLiteral(".restore"));
        REQUIRE(blocker.open(QIODevice::WriteOnly));
    }
    Dialogs::startScript();
    {
        Database db;
        QString opened;
        REQUIRE(OpenDatabase::open(db, path, clock, nullptr, &opened));
        CHECK(Dialogs::script().shown.isEmpty()); // nothing waits for the point before the window
        MainWindow window(db, clock);
        db.waitForDailyRestorePoint(); // the window may have collected it already; either way it is said once
        QCoreApplication::processEvents();
        REQUIRE(Dialogs::script().shown.size() == 1);
        CHECK(
            Dialogs::script().shown.first().startsWith(QStringLiteral("Dagens gendannelsespunkt kunne ikke oprettes")));
        // Writes go on, as when the point was taken before the window.
        Municipality another;
        another.code = QStringLiteral("0101");
        another.name = QStringLiteral("København");
        QString error;
        CHECK(MunicipalityRepository(db).add(&another, &error));
    }
    Dialogs::stopScript();
    installTranslations(QStringLiteral("en"));
}
