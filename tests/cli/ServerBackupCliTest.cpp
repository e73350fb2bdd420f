// `parat backup save FILE` and `parat backup restore FILE` on a server (docs/team-mode.md, "Backup and restore"):
// the parat binary against a throw-away cluster (support/PgCluster); the checks compared in-process with PlanCopy.
#include "Fixtures.h"
#include "PgCluster.h"
#include "PlanChecks.h"
#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/PlanBackup.h"
#include "storage/PlanCopy.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>

using namespace parat;

namespace {

using Run = test::ParatRun;

// In English, so the tests can read the messages.
Run runParat(const QStringList &args, const QString &paratDb = QString())
{
    return test::runParat(QStringList {QStringLiteral("--lang"), QStringLiteral("en")} + args, paratDb);
}

void addUser(const QString &url, const QString &user, const QString &role, const QString &code)
{
    test::PgCluster::instance().exec(url,
                                     {QStringLiteral("DO $$ BEGIN CREATE ROLE %1 LOGIN; EXCEPTION WHEN "
                                                     "duplicate_object THEN NULL; END $$")
                                          .arg(user)});
    QStringList args {QStringLiteral("--db"), url, QStringLiteral("server"), QStringLiteral("grant"), user, role};
    if (!code.isEmpty())
        args << QStringLiteral("--municipality") << code;
    const Run grant = runParat(args);
    INFO(grant.err.toStdString());
    REQUIRE(grant.exitCode == 0);
}

} // namespace

TEST_CASE("parat backup save writes a verified copy of a server plan, equal by checksums, never over a file",
          "[cli][server][backup]")
{
    const QString url = test::demoServerWithRoles();
    const test::TempDir dir;
    const QString file = dir.file(QStringLiteral("plan-backup.sqlite"));
    const Run save = runParat({QStringLiteral("--db"), url, QStringLiteral("backup"), QStringLiteral("save"), file});
    INFO(save.err.toStdString());
    REQUIRE(save.exitCode == 0);
    CHECK(save.out.contains(QStringLiteral("verified")));
    CHECK(QFile::exists(PlanBackup::recordPath(file)));

    // The file holds the server's plan: every table's row count and checksum, computed anew on both sides.
    const QList<PlanCopy::TableCheck> server = test::serverChecks(url);
    const QList<PlanCopy::TableCheck> copy = test::fileChecks(file);
    REQUIRE(server.size() > 10);
    CHECK(copy == server);
    PlanBackup::Record record;
    QString error;
    CHECK(PlanBackup::verify(file, &record, &error) == PlanBackup::Problem::None);
    CHECK(record.checks == server);
    CHECK(record.source.contains(QStringLiteral("postgresql://")));
    for (const PlanCopy::TableCheck &check : server)
        CHECK(save.out.contains(check.checksum));

    // Never over a file: its own backup again, or a file it did not create, stays as it was.
    const QByteArray before = parat::test::fileBytes(file);
    const Run again = runParat({QStringLiteral("--db"), url, QStringLiteral("backup"), QStringLiteral("save"), file});
    CHECK(again.exitCode == 3);
    CHECK(again.err.contains(QStringLiteral("already exists")));
    CHECK(parat::test::fileBytes(file) == before);
    const QString other = dir.file(QStringLiteral("notes.sqlite"));
    {
        QFile notes(other);
        REQUIRE(notes.open(QIODevice::WriteOnly));
        notes.write("keep me");
    }
    const Run over = runParat({QStringLiteral("--db"), url, QStringLiteral("backup"), QStringLiteral("save"), other});
    CHECK(over.exitCode == 3);
    CHECK(parat::test::fileBytes(other) == QByteArray("keep me"));
    CHECK_FALSE(QFile::exists(PlanBackup::recordPath(other)));

    // backup list on a server points to backup save.
    const Run list = runParat({QStringLiteral("--db"), url, QStringLiteral("backup"), QStringLiteral("list")});
    CHECK(list.exitCode == 4);
    CHECK(list.err.contains(QStringLiteral("backup save")));
}

TEST_CASE("Restoring a backup into a server: an admin's action, verified first, all or nothing",
          "[cli][server][backup][access]")
{
    const QString url = test::demoServerWithRoles();
    addUser(url, QStringLiteral("edwin"), QStringLiteral("parat_editor"), QStringLiteral("0630"));
    addUser(url, QStringLiteral("vera"), QStringLiteral("parat_viewer"), QString());
    addUser(url, QStringLiteral("ada"), QStringLiteral("parat_admin"), QString());
    const test::TempDir dir;
    const QString file = dir.file(QStringLiteral("backup.sqlite"));
    REQUIRE(runParat({QStringLiteral("--db"), url, QStringLiteral("backup"), QStringLiteral("save"), file}).exitCode
            == 0);
    const QList<PlanCopy::TableCheck> saved = test::fileChecks(file);

    // The plan changes after the backup.
    REQUIRE(runParat({QStringLiteral("--db"), url, QStringLiteral("municipality"), QStringLiteral("add"),
                      QStringLiteral("0101")})
                .exitCode
            == 0);
    const QList<PlanCopy::TableCheck> changed = test::serverChecks(url);
    REQUIRE(changed != saved);
    const auto restoreAs = [&](const QString &user, const QString &backup) {
        return runParat({QStringLiteral("--db"), test::asUser(url, user), QStringLiteral("backup"),
                         QStringLiteral("restore"), backup});
    };

    SECTION("an editor and a viewer are refused, and nothing changes")
    {
        for (const QString &user : {QStringLiteral("edwin"), QStringLiteral("vera")}) {
            const Run refused = restoreAs(user, file);
            INFO(refused.err.toStdString());
            CHECK(refused.exitCode == 4);
            CHECK(refused.err.contains(QStringLiteral("parat_admin")));
            CHECK(refused.err.contains(QStringLiteral("Nothing was changed")));
            CHECK(test::serverChecks(url) == changed);
        }
    }
    SECTION("a copy changed after it was made fails verification and changes nothing")
    {
        const QString tampered = dir.file(QStringLiteral("tampered.sqlite"));
        REQUIRE(QFile::copy(file, tampered));
        REQUIRE(QFile::copy(PlanBackup::recordPath(file), PlanBackup::recordPath(tampered)));
        {
            QSqlDatabase sqlite = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            sqlite.setDatabaseName(tampered);
            REQUIRE(sqlite.open());
            QSqlQuery(sqlite).exec(QStringLiteral("UPDATE municipality SET name = 'Changed' WHERE code = '0630'"));
            sqlite.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        const Run refused = restoreAs(QStringLiteral("ada"), tampered);
        INFO(refused.err.toStdString());
        CHECK(refused.exitCode == 3);
        CHECK(refused.err.contains(QStringLiteral("does not match its checksum record")));
        CHECK(refused.err.contains(QStringLiteral("municipality")));
        CHECK(test::serverChecks(url) == changed);

        // A file without its record cannot be verified: refused too.
        QFile::remove(PlanBackup::recordPath(tampered));
        const Run unrecorded = restoreAs(QStringLiteral("ada"), tampered);
        CHECK(unrecorded.exitCode == 3);
        CHECK(unrecorded.err.contains(QStringLiteral("checksum record")));
        CHECK(test::serverChecks(url) == changed);
    }
    SECTION("while another user holds the plan's lock, the restore is refused and changes nothing")
    {
        Database other;
        QString error;
        REQUIRE(other.openServer(url, &error, {}));
        REQUIRE(other.begin(&error));
        REQUIRE(other.lockPlanWork(&error));
        const Run busy = restoreAs(QStringLiteral("ada"), file);
        other.rollback();
        INFO(busy.err.toStdString());
        CHECK(busy.exitCode == 4);
        CHECK(busy.err.contains(QStringLiteral("Nothing was changed")));
        CHECK(test::serverChecks(url) == changed);
    }
    SECTION("an admin restores it: the server's plan is the backup's again")
    {
        const Run restored = restoreAs(QStringLiteral("ada"), file);
        INFO(restored.err.toStdString());
        CHECK(restored.exitCode == 0);
        CHECK(restored.out.contains(QStringLiteral("verified")));
        CHECK(test::serverChecks(url) == saved);
        const Run list
            = runParat({QStringLiteral("--db"), url, QStringLiteral("municipality"), QStringLiteral("list")});
        CHECK_FALSE(list.out.contains(QStringLiteral("0101")));
        // The ids go on after the restored ones: a new municipality can be added.
        const Run add = runParat({QStringLiteral("--db"), test::asUser(url, QStringLiteral("ada")),
                                  QStringLiteral("municipality"), QStringLiteral("add"), QStringLiteral("0101")});
        INFO(add.err.toStdString());
        CHECK(add.exitCode == 0);
    }
}
