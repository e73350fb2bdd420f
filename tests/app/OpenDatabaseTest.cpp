// Opening a damaged file: the file is left exactly as it was, and the user can open a copy of the latest
// restore point instead.
#include "Fixtures.h"
#include "TestSupport.h"

#include "Dialogs.h"
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
