// Team mode, live and faults (docs/team-mode.md): the server's change triggers (installed by the schema setup and by
// `parat server init`, never by a migration), notifications from one client reaching another, and the server
// stopped at once (pg_ctl stop -m immediate) in the middle of an edit and of an import: nothing half-applied, no
// acknowledged edit lost, the client reconnects. Against a real throw-away cluster (support/PgCluster): no mocks.
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"
#include "storage/PlanCopy.h"
#include "storage/SqlDialect.h"
#include "storage/SqlRows.h"
#include "storage/TaskRepository.h"

#include "Fixtures.h"
#include "PgCluster.h"
#include "TestSupport.h"
#include "domain/Clock.h"
#include "services/SampleHandbook.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <QUrl>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <thread>

using namespace parat;

namespace {

// A server database with the demo plan in it. synchronous_commit is on for it (the test cluster runs with it off
// for speed): a commit acknowledged must then survive an immediate stop, as on a real server.
QString demoServer(Municipality *demo)
{
    const QString url = test::pgTestDatabase();
    test::PgCluster::instance().exec(
        url, {QStringLiteral("ALTER DATABASE %1 SET synchronous_commit = on").arg(url.section(QLatin1Char('/'), -1))});
    Database db;
    QString error;
    REQUIRE(db.openServer(url, &error, test::creatingSchema()));
    FixedClock clock(QDate(2026, 11, 27));
    *demo = test::buildDemo(db, clock);
    return url;
}

// Changes the note of the municipality's first task through db (one committed write).
void editNote(Database &db, Id municipalityId, const QString &note)
{
    const QList<PlannedTask> tasks = TaskRepository(db).plannedTasks(municipalityId);
    REQUIRE(!tasks.isEmpty());
    TaskState state = tasks.first().state;
    state.municipalityId = municipalityId;
    state.taskId = tasks.first().task.id;
    state.note = note;
    QString error;
    INFO(error.toStdString());
    REQUIRE(TaskRepository(db).setState(state, QDateTime::currentDateTimeUtc(), &error));
}

// The demo on a server (demoServer) and a connection of the test's own to it (db): for TEST_CASE_METHOD.
struct LiveServer
{
    LiveServer()
        : url(demoServer(&demo))
    {
        REQUIRE(db.openServer(url, &error, {}));
    }

    Municipality demo;
    QString url;
    QString error;
    Database db;
};

// The demo on a server (demoServer) and two connections of the test's own to it, one that writes and one that
// reads: for TEST_CASE_METHOD.
struct WriterAndReader
{
    WriterAndReader()
        : url(demoServer(&demo))
    {
        REQUIRE(writer.openServer(url, &error, {}));
        REQUIRE(reader.openServer(url, &error, {}));
    }

    Municipality demo;
    QString url;
    QString error;
    Database writer;
    Database reader;
};

QList<PlanCopy::TableCheck> checksums(Database &db)
{
    QList<PlanCopy::TableCheck> checks;
    QString error;
    INFO(error.toStdString());
    REQUIRE(PlanCopy::checksums(db.connection(), &checks, &error));
    return checks;
}

void report(const char *what, double ms)
{
    std::cout << "[measure] " << what << ": " << ms << " ms" << std::endl;
}

} // namespace

TEST_CASE("The server's schema setup installs the change triggers, and server init adds them to an older server",
          "[storage][server][live]")
{
    const QString url = test::pgTestDatabase();
    QString error;
    {
        Database db;
        REQUIRE(db.openServer(url, &error, test::creatingSchema()));
        CHECK(sql::tablesWithoutChangeNotification(db.connection()).isEmpty());
        CHECK(!sql::tableNames(db.connection()).isEmpty());
    }
    // A server set up before live updates: no triggers on two tables.
    test::PgCluster::instance().exec(url,
                                     {QStringLiteral("DROP TRIGGER parat_changed ON task_state"),
                                      QStringLiteral("DROP TRIGGER parat_changed ON municipality")});
    Database db;
    REQUIRE(db.openServer(url, &error, {}));
    CHECK(sql::tablesWithoutChangeNotification(db.connection())
          == QStringList({QStringLiteral("municipality"), QStringLiteral("task_state")}));
    int added = -1;
    REQUIRE(db.installChangeNotifications(&added, &error));
    CHECK(added == 2);
    CHECK(sql::tablesWithoutChangeNotification(db.connection()).isEmpty());
    REQUIRE(db.installChangeNotifications(&added, &error));
    CHECK(added == 0); // idempotent: nothing more to do
    // A file has no triggers and needs none.
    test::TempDir dir;
    Database file;
    REQUIRE(file.open(dir.file(QStringLiteral("p.sqlite")), &error));
    REQUIRE(file.installChangeNotifications(&added, &error));
    CHECK(added == 0);
}

TEST_CASE_METHOD(WriterAndReader,
                 "An edit through one client makes another client on the same server database say changed()",
                 "[storage][server][live]")
{
    REQUIRE(writer.subscribeToChanges());
    REQUIRE(reader.subscribeToChanges());
    QSignalSpy readerChanged(&reader, &Database::changed);
    QSignalSpy writerChanged(&writer, &Database::changed);

    std::vector<double> latencies;
    for (int edit = 0; edit < 20; ++edit) {
        readerChanged.clear();
        QElapsedTimer timer;
        timer.start();
        editNote(writer, demo.id, QStringLiteral("edit %1").arg(edit));
        REQUIRE(readerChanged.wait(2000)); // within 2 seconds, or the test fails
        latencies.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(latencies.begin(), latencies.end());
    report("notification latency, median of 20 edits (commit to the other client's changed())",
           (latencies[9] + latencies[10]) / 2);
    report("notification latency, slowest of 20 edits", latencies.back());
    CHECK(latencies.back() < 2000);
    // The writer's own notifications are not news to it: one changed() per commit, none from the server.
    QTest::qWait(400);
    CHECK(writerChanged.count() == 20);

    // An unsubscribed client hears nothing.
    Database deaf;
    REQUIRE(deaf.openServer(url, &error, {}));
    QSignalSpy deafChanged(&deaf, &Database::changed);
    editNote(writer, demo.id, QStringLiteral("unheard"));
    CHECK(!deafChanged.wait(600));
}

TEST_CASE_METHOD(WriterAndReader,
                 "A change notified while a whole-plan read runs still reaches the client within 2 seconds",
                 "[storage][server][live]")
{
    // The whole-plan reads (sql::BulkQuery) run through libpq on the driver's own connection. libpq keeps a
    // notification that arrives with their result, where Qt's driver does not look until its socket wakes it: the
    // read has to ask the driver to look, or the change would wait for the next one.
    REQUIRE(reader.subscribeToChanges());
    QSignalSpy readerChanged(&reader, &Database::changed);
    for (int round = 0; round < 3; ++round) {
        readerChanged.clear();
        editNote(writer, demo.id, QStringLiteral("while reading %1").arg(round));
        // The notification is on the reader's socket now; the read takes it in before Qt's event loop sees it.
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        sql::BulkQuery read(reader.connection(), QStringLiteral("SELECT id FROM task ORDER BY id"));
        int rows = 0;
        while (read.next())
            ++rows;
        INFO(read.error().toStdString());
        CHECK(read.error().isEmpty());
        CHECK(rows > 0);
        CHECK(readerChanged.wait(2000));
    }
}

TEST_CASE_METHOD(
    LiveServer, "The server stopped in the middle of an edit: nothing half-applied, acknowledged edits kept, reconnect",
    "[storage][server][faults]")
{
    REQUIRE(db.subscribeToChanges());
    QSignalSpy lost(&db, &Database::connectionLost);
    QSignalSpy restored(&db, &Database::connectionRestored);

    // An acknowledged edit, then the server dies at once: the edit is there after the restart.
    editNote(db, demo.id, QStringLiteral("acknowledged"));
    const QList<PlanCopy::TableCheck> before = checksums(db);
    test::PgCluster::instance().stopServer();

    // Mid-edit: the transaction has begun (on the dead connection the begin already fails) — or a write inside
    // one fails; either way nothing is stored and the error says so.
    const bool wrote = db.write(&error, [&] {
        return MunicipalityRepository(db).byId(demo.id).has_value(); // reads nothing new
    });
    CHECK_FALSE(wrote);
    CHECK(db.isConnectionLost());
    CHECK(lost.count() == 1);
    CHECK(error.contains(QStringLiteral("Nothing of this change was stored")));
    // While lost, every write is refused with the same words, without touching the server.
    QString refused;
    CHECK_FALSE(db.begin(&refused));
    CHECK(refused == Database::notStoredMessage());
    CHECK_FALSE(db.reconnect(&error)); // still down
    CHECK(db.isConnectionLost());

    test::PgCluster::instance().startServer();
    QElapsedTimer timer;
    timer.start();
    REQUIRE(db.reconnect(&error));
    report("reconnect after the server is started again (one attempt)", double(timer.nsecsElapsed()) / 1e6);
    CHECK_FALSE(db.isConnectionLost());
    CHECK(restored.count() == 1);
    CHECK(db.isSubscribed());
    CHECK(checksums(db) == before); // the acknowledged edit is there, nothing else changed
    const QList<PlannedTask> tasks = TaskRepository(db).plannedTasks(demo.id);
    CHECK(tasks.first().state.note == QStringLiteral("acknowledged"));

    // And it writes again, and hears others again.
    editNote(db, demo.id, QStringLiteral("after"));
    Database other;
    REQUIRE(other.openServer(url, &error, {}));
    QSignalSpy changed(&db, &Database::changed);
    editNote(other, demo.id, QStringLiteral("from the other"));
    CHECK(changed.wait(2000));
}

TEST_CASE_METHOD(LiveServer, "The server stopped in the middle of a transaction's writes leaves nothing of it",
                 "[storage][server][faults]")
{
    const QList<PlanCopy::TableCheck> before = checksums(db);

    // The transaction writes some rows, then the server dies, then it writes more: all of it goes.
    bool stopped = false;
    const bool wrote = db.write(&error, [&] {
        Municipality added;
        added.code = QStringLiteral("0101");
        added.name = QStringLiteral("Halvvejs");
        added.goLive = QDate(2027, 3, 1);
        if (!MunicipalityRepository(db).add(&added, &error))
            return false;
        test::PgCluster::instance().stopServer();
        stopped = true;
        Municipality second = added;
        second.id = 0;
        second.code = QStringLiteral("0147");
        return MunicipalityRepository(db).add(&second, &error);
    });
    REQUIRE(stopped);
    CHECK_FALSE(wrote);
    CHECK(db.isConnectionLost());
    test::PgCluster::instance().startServer();
    REQUIRE(db.reconnect(&error));
    CHECK(checksums(db) == before);
    CHECK_FALSE(MunicipalityRepository(db).byCode(QStringLiteral("0101")).has_value());
}

TEST_CASE("The server stopped during an import: the import is stored whole or not at all", "[storage][server][faults]")
{
    const QString url = test::pgTestDatabase();
    test::PgCluster::instance().exec(
        url, {QStringLiteral("ALTER DATABASE %1 SET synchronous_commit = on").arg(url.section(QLatin1Char('/'), -1))});
    QString error;
    Database db;
    REQUIRE(db.openServer(url, &error, test::creatingSchema()));
    const QList<PlanCopy::TableCheck> empty = checksums(db);
    FixedClock clock(QDate(2026, 11, 27));

    // The handbook import runs in one transaction; the server is stopped inside it, after its first rows.
    bool stopped = false;
    const bool imported = db.write(&error, [&] {
        if (!SampleHandbook::importInto(db, clock, nullptr, &error))
            return false;
        test::PgCluster::instance().stopServer();
        stopped = true;
        // The rest of the import (a second handbook version) meets the dead server.
        return SampleHandbook::importInto(db, clock, nullptr, &error);
    });
    REQUIRE(stopped);
    CHECK_FALSE(imported);
    test::PgCluster::instance().startServer();
    REQUIRE(db.reconnect(&error));
    CHECK(checksums(db) == empty); // nothing of the import

    // A whole import acknowledged just before the stop is there, whole.
    REQUIRE(SampleHandbook::importInto(db, clock, nullptr, &error));
    const QList<PlanCopy::TableCheck> full = checksums(db);
    CHECK(full != empty);
    test::PgCluster::instance().stopServer();
    test::PgCluster::instance().startServer();
    CHECK_FALSE(db.checkConnection()); // the old connection is gone
    REQUIRE(db.reconnect(&error));
    CHECK(checksums(db) == full);
}

TEST_CASE("A COMMIT whose answer the lost connection took: after reconnecting the client learns it was not stored",
          "[storage][server][faults]")
{
    Municipality demo;
    const QString url = demoServer(&demo);
    // A deferred check that takes its time at COMMIT: the connection is cut while the COMMIT runs, after it was sent.
    test::PgCluster::instance().exec(
        url,
        {QStringLiteral("CREATE FUNCTION slow_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM "
                        "pg_sleep(2); RETURN NULL; END $$"),
         QStringLiteral("CREATE CONSTRAINT TRIGGER slow_commit AFTER INSERT ON municipality DEFERRABLE INITIALLY "
                        "DEFERRED FOR EACH ROW EXECUTE FUNCTION slow_commit()")});
    QString error;
    Database db;
    REQUIRE(db.openServer(url, &error, {}));
    QSignalSpy resolved(&db, &Database::commitResolved);
    QSqlQuery pidQuery(db.connection());
    REQUIRE(pidQuery.exec(QStringLiteral("SELECT pg_backend_pid()")));
    REQUIRE(pidQuery.next());
    const qint64 pid = pidQuery.value(0).toLongLong();
    const QList<PlanCopy::TableCheck> before = checksums(db);

    std::thread cutter([&url, pid] {
        std::this_thread::sleep_for(std::chrono::milliseconds(700));
        const QString name = QStringLiteral("cutter");
        {
            const QUrl parsed(url);
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            other.setHostName(parsed.host());
            other.setPort(parsed.port());
            other.setUserName(parsed.userName());
            other.setDatabaseName(parsed.path().mid(1));
            if (other.open())
                QSqlQuery(other).exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));
            other.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
    const bool wrote = db.write(&error, [&] {
        Municipality added;
        added.code = QStringLiteral("0101");
        added.name = QStringLiteral("Afbrudt");
        added.goLive = QDate(2027, 3, 1);
        return MunicipalityRepository(db).add(&added, &error);
    });
    cutter.join();
    CHECK_FALSE(wrote);
    CHECK(db.isConnectionLost());
    CHECK(db.hasUncertainCommit());
    CHECK(error.contains(QStringLiteral("not known yet")));
    REQUIRE(db.reconnect(&error));
    REQUIRE(resolved.count() == 1);
    CHECK(resolved.first().first().toBool() == false); // the server aborted it: not stored
    CHECK_FALSE(db.hasUncertainCommit());
    CHECK(checksums(db) == before);
}
