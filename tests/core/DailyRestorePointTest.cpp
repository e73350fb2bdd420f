// The day's restore point taken beside the window (Database::takeDailyRestorePointInBackground, issue 20 round 8):
// the window opens at once, but no write reaches the file before the point exists, a damaged file gets no point, a
// point that cannot be taken is said and writes go on, and closing the window in the middle of the copy leaves no
// partial point behind. docs/data-safety.md "Restore points" describes the guarantees.
#include "Fixtures.h"
#include "TestSupport.h"

#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"
#include "storage/RestorePoints.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

using namespace parat;

namespace {

// A closed demo plan without restore points, so the day's point is due.
struct PlanWithoutPoints
{
    test::TempDir dir;
    QString path = dir.file(QStringLiteral("plan.sqlite"));

    explicit PlanWithoutPoints(int fillerRows = 0)
    {
        {
            Database db;
            QString error;
            REQUIRE(db.open(path, &error));
            FixedClock clock(QDate(2026, 11, 27));
            test::buildDemo(db, clock);
        }
        if (fillerRows > 0) {
            // Enough pages that copying the file takes a while.
            {
                QSqlDatabase filler = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("filler"));
                filler.setDatabaseName(path);
                REQUIRE(filler.open());
                QSqlQuery query(filler);
                REQUIRE(query.exec(QStringLiteral("CREATE TABLE filler(x BLOB)")));
                REQUIRE(query.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                                  "WHERE i < %1) INSERT INTO filler SELECT randomblob(200) FROM n")
                                       .arg(fillerRows)));
                query.finish();
                filler.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("filler"));
        }
        REQUIRE(RestorePoints(path).list().isEmpty());
    }
};

Database::OpenOptions inBackground()
{
    Database::OpenOptions options;
    options.checkInBackground = true;
    return options;
}

int municipalityCount(Database &db)
{
    return int(MunicipalityRepository(db).all().size());
}

bool addMunicipality(Database &db, QString *error)
{
    Municipality another;
    another.code = QStringLiteral("0101");
    another.name = QStringLiteral("København");
    return MunicipalityRepository(db).add(&another, error);
}

QStringList leftovers(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.partial*"), QStringLiteral("*.record")}, QDir::Files);
}

} // namespace

TEST_CASE("The day's restore point beside the window holds the plan as it was before the first edit", "[safety]")
{
    PlanWithoutPoints plan;
    Database db;
    QString error;
    REQUIRE(db.open(plan.path, &error, inBackground()));
    QSignalSpy failed(&db, &Database::dailyRestorePointFailed);
    db.takeDailyRestorePointInBackground(QDate::currentDate());
    CHECK(db.isTakingDailyRestorePoint()); // the caller goes on at once

    // An edit right after open waits for the point: the point is the plan before it.
    REQUIRE(addMunicipality(db, &error));
    CHECK_FALSE(db.isTakingDailyRestorePoint());
    db.waitForDailyRestorePoint(); // (already done: the write waited)
    CHECK(municipalityCount(db) == 2);
    const QList<RestorePoint> points = RestorePoints(plan.path).listChecked();
    REQUIRE(points.size() == 1);
    CHECK(points.first().reason == QStringLiteral("daily"));
    CHECK(points.first().verified);
    int held = -1;
    QString problem;
    REQUIRE(RestorePoints::verifyFile(points.first().path, -1, &problem, &held));
    CHECK(held == 1);
    CHECK(leftovers(db.restorePointDir()).size() == 1); // the point's own record, nothing partial
    QCoreApplication::processEvents();
    CHECK(failed.isEmpty());

    // Taken once a day: the same day asks for none.
    db.takeDailyRestorePointInBackground(QDate::currentDate());
    CHECK_FALSE(db.isTakingDailyRestorePoint());
}

TEST_CASE("Other restore points and restores wait for the day's point beside the window", "[safety]")
{
    PlanWithoutPoints plan;
    Database db;
    QString error;
    REQUIRE(db.open(plan.path, &error, inBackground()));
    db.takeDailyRestorePointInBackground(QDate::currentDate());
    RestorePoint manual;
    REQUIRE(db.takeRestorePoint(QStringLiteral("manual"), &manual, &error));
    CHECK_FALSE(db.isTakingDailyRestorePoint());
    const QList<RestorePoint> points = RestorePoints(plan.path).list();
    REQUIRE(points.size() == 2);
    CHECK(points.at(0).id == manual.id);
    CHECK(points.at(1).reason == QStringLiteral("daily"));

    db.close();
    REQUIRE(db.open(plan.path, &error, inBackground()));
    db.takeDailyRestorePointInBackground(QDate::currentDate().addDays(1)); // another day: due again
    CHECK(db.isTakingDailyRestorePoint());
    REQUIRE(db.restore(manual.id, &error));
    CHECK(RestorePoints(plan.path).list().size() == 4); // daily, then the state before the restore ("restore")
}

TEST_CASE("A file the background check finds damaged gets no daily restore point", "[safety]")
{
    PlanWithoutPoints plan;
    test::damagePageOf(plan.path, QStringLiteral("task_state"));
    Database db;
    QString error;
    REQUIRE(db.open(plan.path, &error, inBackground()));
    QSignalSpy found(&db, &Database::damageFound);
    QSignalSpy failed(&db, &Database::dailyRestorePointFailed);
    db.takeDailyRestorePointInBackground(QDate::currentDate());
    CHECK(db.waitForDailyRestorePoint()); // not taken, and not a failure: the damage is what is said
    CHECK_FALSE(db.waitForIntegrityCheck());
    CHECK_FALSE(addMunicipality(db, &error));
    QCoreApplication::processEvents();
    CHECK(found.count() == 1);
    CHECK(failed.isEmpty());
    CHECK(RestorePoints(plan.path).list().isEmpty());
    CHECK(leftovers(db.restorePointDir()).isEmpty());
}

TEST_CASE("A daily restore point that cannot be taken is said once, and writes go on", "[safety]")
{
    PlanWithoutPoints plan;
    // The restore folder cannot be made: a file has its name (as a folder that cannot be written, even for root).
    {
        QFile blocker(plan.path + QStringLiteral(".restore"));
        REQUIRE(blocker.open(QIODevice::WriteOnly));
    }
    Database db;
    QString error;
    REQUIRE(db.open(plan.path, &error, inBackground()));
    QSignalSpy failed(&db, &Database::dailyRestorePointFailed);
    db.takeDailyRestorePointInBackground(QDate::currentDate());
    REQUIRE(addMunicipality(db, &error)); // as when the point was taken before the window: the edit is kept
    CHECK(municipalityCount(db) == 2);
    CHECK(failed.isEmpty()); // said from the event loop, never in the middle of a write
    QCoreApplication::processEvents();
    REQUIRE(failed.count() == 1);
    CHECK(failed.first().first().toString().contains(QStringLiteral("could not be created")));
    CHECK(db.waitForDailyRestorePoint()); // already said: not again
    QCoreApplication::processEvents();
    CHECK(failed.count() == 1);
    CHECK(RestorePoints(plan.path).list().isEmpty());
}

TEST_CASE("Closing while the day's restore point is copied stops it and leaves no partial point", "[safety]")
{
    // About 45 MB: the copy and its check take long enough to be caught in the middle.
    PlanWithoutPoints plan(200000);
    const QString folder = RestorePoints(plan.path).folder();
    bool caught = false;
    for (int round = 0; round < 3 && !caught; ++round) {
        Database db;
        QString error;
        REQUIRE(db.open(plan.path, &error, inBackground()));
        QSignalSpy failed(&db, &Database::dailyRestorePointFailed);
        db.takeDailyRestorePointInBackground(QDate::currentDate());
        // Wait for the copy to begin (its partial file), then close the window.
        while (db.isTakingDailyRestorePoint() && QDir(folder).entryList({QStringLiteral("*.partial")}).isEmpty()
               && RestorePoints(plan.path).list().isEmpty())
            QThread::msleep(1);
        caught = !QDir(folder).entryList({QStringLiteral("*.partial")}).isEmpty();
        db.close();
        QCoreApplication::processEvents();
        CHECK(failed.isEmpty()); // stopping is no failure to tell
        if (caught) {
            // Stopped, not waited for: nothing is listed, and nothing partial is left.
            CHECK(RestorePoints(plan.path).list().isEmpty());
            CHECK(leftovers(folder).isEmpty());
        }
    }
    CHECK(caught);
    // The plan itself is as it was, and the next open takes the day's point.
    Database db;
    QString error;
    REQUIRE(db.open(plan.path, &error, inBackground()));
    db.takeDailyRestorePointInBackground(QDate::currentDate());
    CHECK(db.waitForDailyRestorePoint());
    const QList<RestorePoint> points = RestorePoints(plan.path).listChecked();
    REQUIRE(points.size() == 1);
    CHECK(points.first().verified);
    CHECK(municipalityCount(db) == 1);
}

TEST_CASE("An empty or read-only plan gets no daily restore point beside the window", "[safety]")
{
    test::TempDir dir;
    QString error;
    {
        Database empty;
        REQUIRE(empty.open(dir.file(QStringLiteral("empty.sqlite")), &error, inBackground()));
        empty.takeDailyRestorePointInBackground(QDate::currentDate());
        CHECK_FALSE(empty.isTakingDailyRestorePoint());
        CHECK(empty.restorePoints().isEmpty());
    }
    PlanWithoutPoints plan;
    Database readOnly;
    Database::OpenOptions options;
    options.readOnly = true;
    REQUIRE(readOnly.open(plan.path, &error, options));
    readOnly.takeDailyRestorePointInBackground(QDate::currentDate());
    CHECK_FALSE(readOnly.isTakingDailyRestorePoint());
    CHECK(RestorePoints(plan.path).list().isEmpty());
}
