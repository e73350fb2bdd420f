// The command line run as a process: --out never destroys the plan, reports of a plan that cannot be written
// still succeed, and input outside sane ranges is refused with a message.
#include "TestSupport.h"

#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <sys/stat.h>

using namespace parat;

namespace {

using Run = test::ParatRun;

// parat with English texts.
Run runParat(const QStringList &args)
{
    return test::runParat(QStringList {QStringLiteral("--lang"), QStringLiteral("en")} + args);
}

QString demoDatabase(const test::TempDir &dir)
{
    const QString db = dir.file(QStringLiteral("d.sqlite"));
    const Run init = runParat({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")});
    REQUIRE(init.exitCode == 0);
    return db;
}

Run report(const QString &db, const QStringList &args)
{
    return runParat(QStringList {QStringLiteral("--db"), db, QStringLiteral("report")} + args);
}

// The plan still opens and still lists the demo municipality.
void requirePlanIntact(const QString &db)
{
    const Run list = runParat({QStringLiteral("--db"), db, QStringLiteral("municipality"), QStringLiteral("list")});
    REQUIRE(list.exitCode == 0);
    REQUIRE(list.out.contains(QStringLiteral("0630")));
}

} // namespace

TEST_CASE("report --out refuses the database, its companions, its restore points and special files", "[cli][safety]")
{
    test::TempDir dir;
    const QString db = demoDatabase(dir);
    // Any command after init takes the day's restore point.
    requirePlanIntact(db);
    QDir restoreDir(db + QStringLiteral(".restore"));
    REQUIRE(restoreDir.exists());
    const QStringList points = restoreDir.entryList({QStringLiteral("*.sqlite")}, QDir::Files);
    REQUIRE_FALSE(points.isEmpty());
    const QString point = restoreDir.filePath(points.first());
    const QByteArray pointBefore = test::fileDigest(point);

    // A FIFO stands for a device: an overwrite would replace the node with a file.
    const QString fifo = dir.file(QStringLiteral("pipe"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    REQUIRE(QFile::link(db, dir.file(QStringLiteral("link.csv"))));

    const QStringList targets {db,
                               db + QStringLiteral("-wal"),
                               db + QStringLiteral("-shm"),
                               db + QStringLiteral(".lock"),
                               point,
                               restoreDir.filePath(QStringLiteral("new.csv")),
                               dir.file(QStringLiteral("folder/../d.sqlite")),
                               dir.file(QStringLiteral("link.csv")),
                               fifo,
                               dir.file(QStringLiteral("folder"))};
    for (const QString &target : targets) {
        INFO(target.toStdString());
        const QByteArray before = test::fileDigest(db);
        const Run run = report(db,
                               {QStringLiteral("--municipality"), QStringLiteral("0630"), QStringLiteral("--out"),
                                target, QStringLiteral("--format"), QStringLiteral("csv")});
        CHECK((run.exitCode == 2 || run.exitCode == 3));
        CHECK_FALSE(run.err.trimmed().isEmpty());
        CHECK(run.out.isEmpty());
        CHECK(test::fileDigest(db) == before);
        requirePlanIntact(db);
    }
    CHECK(test::fileDigest(point) == pointBefore);
    CHECK_FALSE(QFileInfo::exists(restoreDir.filePath(QStringLiteral("new.csv"))));
    struct stat st
    {
    };
    REQUIRE(::lstat(QFile::encodeName(fifo).constData(), &st) == 0);
    CHECK(S_ISFIFO(st.st_mode));
    CHECK(QFileInfo(dir.file(QStringLiteral("folder"))).isDir());

    const Run overview = report(db, {QStringLiteral("--overview"), QStringLiteral("--out"), db});
    CHECK(overview.exitCode == 3);
    CHECK(overview.err.contains(QStringLiteral("open database")));
    requirePlanIntact(db);

    const Run all = report(db, {QStringLiteral("--all"), QStringLiteral("--out-dir"), restoreDir.path()});
    CHECK(all.exitCode == 3);
    CHECK(all.err.contains(QStringLiteral("restore folder")));
    CHECK(restoreDir.entryList({QStringLiteral("*.pdf")}, QDir::Files).isEmpty());
    CHECK(test::fileDigest(point) == pointBefore);
}

TEST_CASE("A report of a plan another Parat holds is written, exits 0 and says it was not recorded", "[cli][safety]")
{
    test::TempDir dir;
    const QString db = demoDatabase(dir);
    Database window; // holds the plan as an open window does
    QString error;
    REQUIRE(window.open(db, &error));
    REQUIRE_FALSE(window.isReadOnly());

    const QString out = dir.file(QStringLiteral("r.csv"));
    const Run run = report(db,
                           {QStringLiteral("--municipality"), QStringLiteral("0630"), QStringLiteral("--out"), out,
                            QStringLiteral("--final")});
    CHECK(run.exitCode == 0);
    CHECK(QFileInfo(out).size() > 0);
    CHECK(run.err.contains(QStringLiteral("not recorded")));

    // A draft is never recorded, so there is nothing to warn about.
    const QString draft = dir.file(QStringLiteral("draft.csv"));
    const Run drafted
        = report(db, {QStringLiteral("--municipality"), QStringLiteral("0630"), QStringLiteral("--out"), draft});
    CHECK(drafted.exitCode == 0);
    CHECK(QFileInfo(draft).size() > 0);
    CHECK_FALSE(drafted.err.contains(QStringLiteral("not recorded")));

    const Run all = report(db,
                           {QStringLiteral("--all"), QStringLiteral("--out-dir"), dir.file(QStringLiteral("all")),
                            QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--final")});
    CHECK(all.exitCode == 0);
    CHECK(all.err.contains(QStringLiteral("not recorded")));
    CHECK(QDir(dir.file(QStringLiteral("all"))).entryList({QStringLiteral("*.html")}, QDir::Files).size() == 1);
}

TEST_CASE("handbook import of a folder or a device says what it is", "[cli][safety]")
{
    test::TempDir dir;
    const QString db = demoDatabase(dir);
    const Run folder
        = runParat({QStringLiteral("--db"), db, QStringLiteral("handbook"), QStringLiteral("import"), dir.path()});
    CHECK(folder.exitCode == 3);
    CHECK(folder.err.contains(QStringLiteral("is a folder")));
    CHECK_FALSE(folder.err.contains(QStringLiteral("does not exist")));

    const Run device = runParat({QStringLiteral("--db"), db, QStringLiteral("handbook"), QStringLiteral("import"),
                                 QStringLiteral("/dev/zero")});
    CHECK(device.exitCode == 3);
    CHECK(device.err.contains(QStringLiteral("device")));
    CHECK_FALSE(device.err.contains(QStringLiteral("does not exist")));
}

TEST_CASE("Dates outside YYYY-MM-DD or 2000-2100 and an empty --db are refused", "[cli][safety]")
{
    test::TempDir dir;
    const QString db = demoDatabase(dir);
    const QStringList bad {QStringLiteral("0001-01-01"), QStringLiteral("9999-12-31"), QStringLiteral("2027/02/01"),
                           QStringLiteral("2027-02-01T00:00"), QStringLiteral("1999-12-31")};
    for (const QString &date : bad) {
        INFO(date.toStdString());
        const Run add = runParat({QStringLiteral("--db"), db, QStringLiteral("municipality"), QStringLiteral("add"),
                                  QStringLiteral("0101"), QStringLiteral("--go-live"), date});
        CHECK(add.exitCode == 2);
        CHECK(add.err.contains(QStringLiteral("--go-live")));
        const Run asOf = report(db,
                                {QStringLiteral("--municipality"), QStringLiteral("0630"), QStringLiteral("--out"),
                                 dir.file(QStringLiteral("r.csv")), QStringLiteral("--as-of"), date});
        CHECK(asOf.exitCode == 3);
        CHECK(asOf.err.contains(QStringLiteral("--as-of")));
    }
    const Run list = runParat({QStringLiteral("--db"), db, QStringLiteral("municipality"), QStringLiteral("list")});
    CHECK_FALSE(list.out.contains(QStringLiteral("0101")));
    CHECK_FALSE(QFileInfo::exists(dir.file(QStringLiteral("r.csv"))));

    const Run good = runParat({QStringLiteral("--db"), db, QStringLiteral("municipality"), QStringLiteral("add"),
                               QStringLiteral("0101"), QStringLiteral("--go-live"), QStringLiteral("2027-02-01")});
    CHECK(good.exitCode == 0);

    const Run empty
        = runParat({QStringLiteral("--db"), QString(), QStringLiteral("municipality"), QStringLiteral("list")});
    CHECK(empty.exitCode == 2);
    CHECK(empty.err.contains(QStringLiteral("--db")));
}

TEST_CASE("A dry run names the columns the file does not carry", "[cli][safety]")
{
    test::TempDir dir;
    const QString db = demoDatabase(dir);
    const QString file = dir.file(QStringLiteral("h.csv"));
    QFile csv(file);
    REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write("key;phase;title_da;due_offset_weeks\nP1-01;P1;En opgave;-10\n");
    csv.close();
    const Run run = runParat({QStringLiteral("--db"), db, QStringLiteral("handbook"), QStringLiteral("import"), file,
                              QStringLiteral("--dry-run")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("milestone")));
    CHECK(run.out.contains(QStringLiteral("title_en")));
    CHECK(run.out.contains(QStringLiteral("kept")));
}
