// No command may destroy or silently damage a plan: restore points are verified before they are listed as
// usable and before they are restored, damage inside the file stops every write, and the way out (listing
// and restoring points) works on a damaged or locked-out file. docs/data-safety.md describes the guarantees.
#include "Fixtures.h"
#include "KilledDriver.h"
#include "NationalDataset.h"
#include "TestSupport.h"

#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/FileSystem.h"
#include "storage/MunicipalityRepository.h"
#include "storage/RestorePoints.h"
#include "storage/TaskRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>

#include <functional>

#include <unistd.h>

using namespace parat;

namespace {

void flipBytesInMiddle(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    REQUIRE(size > 8192);
    for (qint64 offset = size / 2; offset < size / 2 + 4096; offset += 97) {
        file.seek(offset);
        char byte = 0;
        file.getChar(&byte);
        file.seek(offset);
        file.putChar(char(~byte));
    }
}

// A closed demo plan with one verified restore point.
struct DemoFile
{
    test::TempDir dir;
    QString path = dir.file(QStringLiteral("plan.sqlite"));
    RestorePoint point;
    Municipality demo;

    DemoFile()
    {
        Database db;
        QString error;
        REQUIRE(db.open(path, &error));
        FixedClock clock(QDate(2026, 11, 27));
        demo = test::buildDemo(db, clock);
        REQUIRE(db.takeRestorePoint(QStringLiteral("manual"), &point, &error));
    }
};

int municipalityCount(Database &db)
{
    return int(MunicipalityRepository(db).all().size());
}

QStringList partialFiles(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.partial*")}, QDir::Files);
}

// Mounts a tmpfs of `size` at folder; false where this process may not mount (not root, no namespace).
bool mountTmpfs(const QString &folder, const QString &size)
{
    if (::geteuid() != 0)
        return false;
    return QProcess::execute(QStringLiteral("mount"),
                             {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                              QStringLiteral("size=") + size, QStringLiteral("tmpfs"), folder})
        == 0;
}

void unmount(const QString &folder)
{
    QProcess::execute(QStringLiteral("umount"), {folder});
}

} // namespace

TEST_CASE("An empty, cut-short or byte-flipped restore point is refused and listed as not verified", "[safety]")
{
    DemoFile file;
    Database db;
    QString error;
    REQUIRE(db.open(file.path, &error));
    MunicipalityRepository(db).remove(file.demo.id, &error);
    REQUIRE(municipalityCount(db) == 0);
    const QString original = file.point.path + QStringLiteral(".orig");
    REQUIRE(QFile::copy(file.point.path, original));

    const auto damage
        = GENERATE(as<QString> {}, QStringLiteral("empty"), QStringLiteral("cut"), QStringLiteral("flipped"));
    INFO(damage.toStdString());
    QFile::remove(file.point.path);
    REQUIRE(QFile::copy(original, file.point.path));
    if (damage == QLatin1String("empty")) {
        QFile point(file.point.path);
        REQUIRE(point.open(QIODevice::WriteOnly | QIODevice::Truncate));
    } else if (damage == QLatin1String("cut")) {
        REQUIRE(QFile::resize(file.point.path, QFileInfo(file.point.path).size() / 2));
    } else {
        flipBytesInMiddle(file.point.path);
    }

    const QList<RestorePoint> listed = RestorePoints(file.path).listChecked();
    REQUIRE(listed.size() == 1);
    CHECK_FALSE(listed.first().verified);
    CHECK_FALSE(listed.first().problem.isEmpty());

    CHECK_FALSE(db.restore(file.point.id, &error));
    CHECK(error.contains(QStringLiteral("cannot be used")));
    // Nothing replaced, nothing new listed, and the plan goes on.
    CHECK(db.isOpen());
    CHECK_FALSE(db.isDamaged());
    CHECK(municipalityCount(db) == 0);
    CHECK(RestorePoints(file.path).list().size() == 1);
    QFile::remove(original);
}

TEST_CASE("A restore point holding fewer municipalities than were in the plan is refused", "[safety]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("plan.sqlite"));
    Database db;
    QString error;
    REQUIRE(db.open(path, &error));
    FixedClock clock(QDate(2026, 11, 27));
    test::buildDemo(db, clock);
    RestorePoint one;
    REQUIRE(db.takeRestorePoint(QStringLiteral("manual"), &one, &error));
    Municipality second;
    second.code = QStringLiteral("0101");
    second.name = QStringLiteral("København");
    REQUIRE(MunicipalityRepository(db).add(&second, &error));
    RestorePoint two;
    REQUIRE(db.takeRestorePoint(QStringLiteral("manual"), &two, &error));
    CHECK(two.claimedMunicipalities == 2);

    // A sound Parat file, but not the copy that was taken: it lacks a municipality.
    REQUIRE(QFile::remove(two.path));
    REQUIRE(QFile::copy(one.path, two.path));
    const QList<RestorePoint> listed = RestorePoints(path).listChecked();
    REQUIRE(listed.size() == 2);
    CHECK_FALSE(listed.first().verified);
    CHECK(listed.first().problem.contains(QStringLiteral("1 municipalities")));
    CHECK(listed.last().verified);
    CHECK_FALSE(db.restore(two.id, &error));
    CHECK(municipalityCount(db) == 2);
}

TEST_CASE("A restore point is listed only once it was written whole and verified", "[safety]")
{
    DemoFile file;
    // What a process killed in the middle of VACUUM INTO leaves behind.
    const QString folder = RestorePoints(file.path).folder();
    const QString partial = QDir(folder).filePath(QStringLiteral("20261127-120000-000-manual.sqlite.partial"));
    {
        QFile copy(partial);
        REQUIRE(copy.open(QIODevice::WriteOnly));
        copy.write(QByteArray(4096, 'x'));
        QFile journal(partial + QStringLiteral("-journal"));
        REQUIRE(journal.open(QIODevice::WriteOnly));
    }
    REQUIRE(RestorePoints(file.path).list().size() == 1);

    Database db;
    QString error;
    REQUIRE(db.open(file.path, &error));
    RestorePoint taken;
    REQUIRE(db.takeRestorePoint(QStringLiteral("manual"), &taken, &error));
    CHECK(partialFiles(folder).isEmpty()); // left-overs are cleared by the next point
    const QList<RestorePoint> listed = RestorePoints(file.path).listChecked();
    REQUIRE(listed.size() == 2);
    for (const RestorePoint &point : listed) {
        CHECK(point.verified);
        CHECK(RestorePoints::verifyFile(point.path, point.claimedMunicipalities, &error));
    }
}

TEST_CASE("A database with a damaged task page is refused on open and names a verified restore point", "[safety]")
{
    const auto table = GENERATE(as<QString> {}, QStringLiteral("task"), QStringLiteral("task_state"));
    INFO(table.toStdString());
    DemoFile file;
    test::damagePageOf(file.path, table);

    Database db;
    QString error;
    CHECK_FALSE(db.open(file.path, &error));
    CHECK(db.openProblem() == Database::OpenProblem::Damaged);
    CHECK(error.contains(QStringLiteral("damaged")));
    CHECK(error.contains(file.point.id));
    CHECK(error.contains(QStringLiteral("backup restore")));
}

TEST_CASE("Damage met while the plan is open stops every write and every new restore point", "[safety]")
{
    DemoFile file;
    Database db;
    QString error;
    REQUIRE(db.open(file.path, &error));
    REQUIRE_FALSE(db.isDamaged());
    const QList<PlannedTask> before = TaskRepository(db).plannedTasks(file.demo.id);
    REQUIRE(before.size() == 91);
    {
        // The disk goes bad under the open plan; the connection forgets what it had read.
        QSqlQuery shrink(db.connection());
        REQUIRE(shrink.exec(QStringLiteral("PRAGMA shrink_memory")));
    }
    test::damagePageOf(file.path, QStringLiteral("task"));

    // The read ends early (that alone would look like fewer tasks); the database now knows it is damaged.
    const QList<PlannedTask> after = TaskRepository(db).plannedTasks(file.demo.id);
    CHECK(after.size() < before.size());
    CHECK(db.isDamaged());
    CHECK(db.damageMessage().contains(QStringLiteral("damaged")));
    CHECK(db.damageMessage().contains(file.point.id));

    CHECK_FALSE(db.begin(&error));
    CHECK(error.contains(QStringLiteral("damaged")));
    Municipality another;
    another.code = QStringLiteral("0101");
    another.name = QStringLiteral("København");
    CHECK_FALSE(MunicipalityRepository(db).add(&another, &error));
    CHECK_FALSE(db.takeRestorePoint(QStringLiteral("import"), nullptr, &error));
    CHECK(RestorePoints(file.path).list().size() == 1);

    // The way out: the verified point replaces the file, which is kept aside.
    REQUIRE(db.restore(file.point.id, &error));
    CHECK_FALSE(db.isDamaged());
    CHECK(TaskRepository(db).plannedTasks(file.demo.id).size() == 91);
    CHECK(QDir(file.dir.path()).entryList({QStringLiteral("plan.sqlite.damaged-*")}, QDir::Files).size() == 1);
}

TEST_CASE("The window's background check finds a damaged page after open, and no write reaches the file", "[safety]")
{
    // The window opens with the integrity check beside it (OpenOptions::checkInBackground) so its first paint does
    // not wait for a check that grows with the file. The file must be just as safe: the damage is found, announced
    // once, and every write and restore point is refused until the file is restored.
    DemoFile file;
    test::damagePageOf(file.path, QStringLiteral("task_state"));
    const QByteArray before = [&] {
        QFile f(file.path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }();

    Database db;
    QString error;
    Database::OpenOptions options;
    options.checkInBackground = true;
    REQUIRE(db.open(file.path, &error, options)); // the open itself no longer reads every page
    QSignalSpy found(&db, &Database::damageFound);

    // The first write waits for the check, which refuses it.
    Municipality another;
    another.code = QStringLiteral("0101");
    another.name = QStringLiteral("København");
    CHECK_FALSE(MunicipalityRepository(db).add(&another, &error));
    CHECK(error.contains(QStringLiteral("damaged")));
    CHECK(error.contains(file.point.id));
    CHECK(db.isDamaged());
    CHECK_FALSE(db.waitForIntegrityCheck());
    CHECK_FALSE(db.takeRestorePoint(QStringLiteral("import"), nullptr, &error));
    CHECK(RestorePoints(file.path).list().size() == 1);
    CHECK(found.count() == 1); // said once, not at every refused write
    QCoreApplication::processEvents(); // the worker's own notice changes nothing more
    CHECK(found.count() == 1);
    db.close();

    QFile after(file.path);
    REQUIRE(after.open(QIODevice::ReadOnly));
    CHECK(after.readAll() == before);
}

TEST_CASE("A sound file opened with the background check is written as usual", "[safety]")
{
    DemoFile file;
    Database db;
    QString error;
    Database::OpenOptions options;
    options.checkInBackground = true;
    REQUIRE(db.open(file.path, &error, options));
    QSignalSpy found(&db, &Database::damageFound);
    // Reads go on while the check runs.
    CHECK(TaskRepository(db).plannedTasks(file.demo.id).size() == 91);
    Municipality another;
    another.code = QStringLiteral("0101");
    another.name = QStringLiteral("København");
    REQUIRE(MunicipalityRepository(db).add(&another, &error));
    CHECK(db.waitForIntegrityCheck());
    CHECK_FALSE(db.isDamaged());
    QCoreApplication::processEvents();
    CHECK(found.isEmpty());
    CHECK(municipalityCount(db) == 2);
}

TEST_CASE("Closing while the background check runs stops the check and reports no damage", "[safety]")
{
    // A window closed (or a bench run ended) before the check came back stops the check at its next step instead
    // of reading the rest of the file; a check stopped that way is no finding.
    DemoFile file;
    {
        QSqlDatabase filler = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("filler"));
        filler.setDatabaseName(file.path);
        REQUIRE(filler.open());
        QSqlQuery query(filler);
        REQUIRE(query.exec(QStringLiteral("CREATE TABLE filler(x BLOB)")));
        REQUIRE(query.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                                          "200000) INSERT INTO filler SELECT randomblob(200) FROM n")));
        query.finish();
        filler.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("filler"));

    QString error;
    Database::OpenOptions options;
    options.checkInBackground = true;
    for (int round = 0; round < 3; ++round) {
        Database db;
        REQUIRE(db.open(file.path, &error, options));
        QSignalSpy found(&db, &Database::damageFound);
        db.close();
        QCoreApplication::processEvents();
        CHECK(found.isEmpty());
        CHECK_FALSE(db.isDamaged());
    }
    Database checked;
    REQUIRE(checked.open(file.path, &error, options));
    CHECK(checked.waitForIntegrityCheck()); // left to run, the same check finds the file sound
    CHECK_FALSE(checked.isDamaged());
}

TEST_CASE("A damaged file is restored without opening it, and kept aside", "[safety]")
{
    DemoFile file;
    test::damagePageOf(file.path, QStringLiteral("task"));
    const QList<RestorePoint> listed = RestorePoints(file.path).listChecked();
    REQUIRE(listed.size() == 1);
    CHECK(listed.first().verified);

    QString message;
    QString error;
    CHECK(Database::restoreFile(file.path, QStringLiteral("no-such-point"), &message, &error)
          == Database::RestoreFailure::NoSuchPoint);
    REQUIRE(Database::restoreFile(file.path, file.point.id, &message, &error) == Database::RestoreFailure::None);
    CHECK(message.contains(QStringLiteral("kept as")));
    const QStringList aside = QDir(file.dir.path()).entryList({QStringLiteral("plan.sqlite.damaged-*")}, QDir::Files);
    REQUIRE(aside.size() == 1);

    Database db;
    REQUIRE(db.open(file.path, &error));
    CHECK(TaskRepository(db).plannedTasks(file.demo.id).size() == 91);
}

TEST_CASE("An unverified restore point is not restored into a damaged file either", "[safety]")
{
    DemoFile file;
    test::damagePageOf(file.path, QStringLiteral("task"));
    const QByteArray damaged = [&] {
        QFile f(file.path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }();
    flipBytesInMiddle(file.point.path);
    QString message;
    QString error;
    CHECK(Database::restoreFile(file.path, file.point.id, &message, &error) == Database::RestoreFailure::Unusable);
    QFile f(file.path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == damaged);
}

TEST_CASE("A lock file that names no live process on this host is stale and taken over", "[safety]")
{
    DemoFile file;
    const QString lockPath = file.path + QStringLiteral(".lock");
    const auto content = GENERATE(as<QByteArray> {}, QByteArray(), QByteArray("garbage\n"), QByteArray("0\nparat\n\n"));
    INFO(content.toStdString());
    {
        QFile lock(lockPath);
        REQUIRE(lock.open(QIODevice::WriteOnly | QIODevice::Truncate));
        lock.write(content);
    }
    Database db;
    QString error;
    REQUIRE(db.open(file.path, &error));
    CHECK_FALSE(db.isReadOnly());
    db.close();

    // A dead process on this host.
    QProcess gone;
    gone.start(QStringLiteral("true"), {});
    REQUIRE(gone.waitForFinished());
    const qint64 deadPid = gone.processId() > 0 ? gone.processId() : 999999;
    {
        QFile lock(lockPath);
        REQUIRE(lock.open(QIODevice::WriteOnly | QIODevice::Truncate));
        lock.write(QByteArray::number(deadPid) + "\nparat\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    }
    REQUIRE(db.open(file.path, &error));
    db.close();

    // A live process of another host is respected.
    {
        QFile lock(lockPath);
        REQUIRE(lock.open(QIODevice::WriteOnly | QIODevice::Truncate));
        lock.write(QByteArray::number(qint64(::getpid())) + "\nparat\nsome-other-host\n");
    }
    CHECK_FALSE(db.open(file.path, &error));
    CHECK(db.openProblem() == Database::OpenProblem::Locked);
    QFile::remove(lockPath);
}

TEST_CASE("On a network file system the plan uses a rollback journal", "[safety]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("shared.sqlite"));
    const auto journalMode = [](Database &db) {
        QSqlQuery query(db.connection());
        REQUIRE(query.exec(QStringLiteral("PRAGMA journal_mode")));
        REQUIRE(query.next());
        return query.value(0).toString();
    };
    {
        Database db;
        QString error;
        REQUIRE(db.open(path, &error));
        CHECK(journalMode(db) == QStringLiteral("wal"));
        CHECK_FALSE(db.usesRollbackJournal());
    }
    // The kernel's type numbers for SMB2 and NFS are recognised.
    CHECK(storage::classifyFileSystemType(0xFE534D42).network);
    CHECK(storage::classifyFileSystemType(0x6969).network);
    CHECK_FALSE(storage::classifyFileSystemType(0xEF53).network); // ext4

    storage::setFileSystemProbeForTesting([](const QString &) { return storage::classifyFileSystemType(0xFF534D42); });
    {
        Database db;
        QString error;
        REQUIRE(db.open(path, &error));
        CHECK(db.usesRollbackJournal());
        CHECK(journalMode(db) == QStringLiteral("delete"));
        FixedClock clock(QDate(2026, 11, 27));
        test::buildDemo(db, clock);
        CHECK(db.takeRestorePoint(QStringLiteral("manual"), nullptr, &error));
    }
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    storage::setFileSystemProbeForTesting({});
    Database db;
    QString error;
    REQUIRE(db.open(path, &error));
    CHECK(journalMode(db) == QStringLiteral("wal"));
    CHECK(municipalityCount(db) == 1);
}

TEST_CASE("A cleanly closed plan on a read-only medium can be read, and writes say why not", "[safety]")
{
    DemoFile file;
    const QString mountPoint = file.dir.file(QStringLiteral("medium"));
    REQUIRE(QDir().mkpath(mountPoint));
    QString path;
    bool mounted = false;
    if (::geteuid() == 0) {
        // Root writes through file permissions: a read-only bind mount is the real thing.
        mounted
            = QProcess::execute(QStringLiteral("mount"), {QStringLiteral("--bind"), file.dir.path(), mountPoint}) == 0;
        if (mounted)
            mounted = QProcess::execute(QStringLiteral("mount"),
                                        {QStringLiteral("-o"), QStringLiteral("remount,ro,bind"), mountPoint})
                == 0;
        if (!mounted) {
            unmount(mountPoint);
            WARN("Skipped: this process may not mount a read-only folder.");
            return;
        }
        path = QDir(mountPoint).filePath(QStringLiteral("plan.sqlite"));
    } else {
        path = file.path;
        REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner));
        REQUIRE(QFile::setPermissions(file.dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    }
    {
        Database db;
        QString error;
        REQUIRE(db.open(path, &error));
        CHECK(db.isReadOnly());
        CHECK(db.readOnlyReason() == Database::ReadOnlyReason::Medium);
        CHECK(TaskRepository(db).plannedTasks(file.demo.id).size() == 91);
        CHECK_FALSE(db.begin(&error));
        CHECK(error.contains(QStringLiteral("read-only medium")));
        // The restore folder is readable too.
        CHECK(RestorePoints(path).listChecked().value(0).verified);
    }
    if (mounted) {
        unmount(mountPoint);
    } else {
        QFile::setPermissions(file.dir.path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
}

TEST_CASE("A plan on a full disk can be read and writes say the disk is full", "[safety]")
{
    test::TempDir dir;
    const QString mountPoint = dir.file(QStringLiteral("small"));
    REQUIRE(QDir().mkpath(mountPoint));
    if (!mountTmpfs(mountPoint, QStringLiteral("2m"))) {
        WARN("Skipped: this process may not mount a small file system.");
        return;
    }
    const QString path = QDir(mountPoint).filePath(QStringLiteral("plan.sqlite"));
    {
        Database db;
        QString error;
        REQUIRE(db.open(path, &error));
        FixedClock clock(QDate(2026, 11, 27));
        test::buildDemo(db, clock);
    }
    {
        // Fill every last byte.
        QFile filler(QDir(mountPoint).filePath(QStringLiteral("filler")));
        REQUIRE(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'f');
        while (filler.write(block) == block.size() && filler.flush()) { }
    }
    Database db;
    QString error;
    // Either the open itself says the disk is full (no room for SQLite's -shm file), or it opens read-only
    // and every write says so; never "damaged" or "read-only medium".
    if (db.open(path, &error)) {
        CHECK(db.isReadOnly());
        CHECK(MunicipalityRepository(db).all().size() == 1);
        CHECK_FALSE(db.begin(&error));
    } else {
        CHECK(db.openProblem() == Database::OpenProblem::DiskFull);
    }
    CHECK(error.contains(QStringLiteral("is full")));
    CHECK_FALSE(error.contains(QStringLiteral("read-only")));
    CHECK_FALSE(error.contains(QStringLiteral("damaged")));
    db.close();
    unmount(mountPoint);
}

TEST_CASE("Killing the process while it takes restore points never leaves a listed point that fails", "[safety]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("p.sqlite"));
    {
        // Big enough that VACUUM INTO takes a while, so kills land inside it.
        Database db;
        QString error;
        REQUIRE(db.open(path, &error));
        FixedClock clock(QDate(2026, 11, 27));
        bench::DatasetSize size;
        size.municipalities = 6;
        size.people = 10;
        size.stakeholders = 10;
        REQUIRE(bench::buildNationalDataset(db, clock, size, &error));
    }
    QRandomGenerator random(quint32(test::fromEnvironment("PARAT_KILL_SEED", 1913)));
    const int rounds = test::fromEnvironment("PARAT_KILL_ROUNDS", 12);
    int taken = 0;
    for (int round = 0; round < rounds; ++round) {
        taken += int(test::runEditDriverKilledAfter({path, QStringLiteral("1000"), QStringLiteral("restore-points")},
                                                    40 + random.bounded(400))
                         .count("point "));

        const QList<RestorePoint> listed = RestorePoints(path).listChecked();
        for (const RestorePoint &point : listed) {
            INFO(point.id.toStdString());
            CHECK(point.verified);
            QString problem;
            CHECK(RestorePoints::verifyFile(point.path, point.claimedMunicipalities, &problem));
        }
    }
    INFO("restore points acknowledged over all rounds: " << taken);
    CHECK(taken > 0);
    Database db;
    QString error;
    REQUIRE(db.open(path, &error));
    CHECK(municipalityCount(db) == 6);
}

// Not part of the suite (hidden tag): the cost of the checks on the national dataset, for docs/data-safety.md.
// Run: parat_core_tests "[datasafety-bench]" (PARAT_NATIONAL_DB=FILE reuses a built dataset).
TEST_CASE("Cost of the file checks on the national dataset", "[.][datasafety-bench]")
{
    test::TempDir dir;
    QString path = qEnvironmentVariable("PARAT_NATIONAL_DB");
    QString error;
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        if (path.isEmpty())
            path = dir.file(QStringLiteral("national.sqlite"));
        Database db;
        REQUIRE(db.open(path, &error));
        FixedClock clock(QDate(2026, 11, 27));
        QElapsedTimer build;
        build.start();
        REQUIRE(bench::buildNationalDataset(db, clock, bench::DatasetSize(), &error));
        WARN("built the national dataset in " << build.elapsed() << " ms");
    }
    WARN("file size " << QFileInfo(path).size() / 1024 << " KiB");
    const auto time = [&](const QString &what, const std::function<void()> &work) {
        QElapsedTimer timer;
        timer.start();
        work();
        WARN(what.toStdString() << ": " << timer.elapsed() << " ms");
    };
    Database db;
    time(QStringLiteral("open (with quick_check)"), [&] { REQUIRE(db.open(path, &error)); });
    time(QStringLiteral("PRAGMA quick_check"), [&] {
        QSqlQuery query(db.connection());
        REQUIRE(query.exec(QStringLiteral("PRAGMA quick_check")));
        REQUIRE(query.next());
        CHECK(query.value(0).toString() == QStringLiteral("ok"));
    });
    time(QStringLiteral("PRAGMA integrity_check"), [&] {
        QSqlQuery query(db.connection());
        REQUIRE(query.exec(QStringLiteral("PRAGMA integrity_check")));
        REQUIRE(query.next());
    });
    RestorePoint point;
    time(QStringLiteral("restore point (quick_check, VACUUM INTO, verify)"),
         [&] { REQUIRE(db.takeRestorePoint(QStringLiteral("manual"), &point, &error)); });
    time(QStringLiteral("listChecked, unchanged points"), [&] { RestorePoints(path).listChecked(); });
    time(QStringLiteral("verify one point in full"),
         [&] { CHECK(RestorePoints::verifyFile(point.path, point.claimedMunicipalities, &error)); });
}
