// The way out of a damaged plan works from the command line: backup list and backup restore read only the
// restore folder, a damaged plan refuses writes and reports with a non-zero exit, and an unverified restore
// point is never restored (docs/data-safety.md).
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>

using namespace parat;

namespace {

using Run = test::ParatRun;

// parat on the plan db, with English texts.
Run runCli(const QString &db, const QStringList &args)
{
    return test::runParat(QStringList {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db}
                          + args);
}

// A demo plan with its daily restore point; returns the point's id.
QString demoWithPoint(const QString &db)
{
    REQUIRE(runCli(db, {QStringLiteral("init"), QStringLiteral("--demo")}).exitCode == 0);
    REQUIRE(runCli(db, {QStringLiteral("municipality"), QStringLiteral("list")}).exitCode == 0); // daily point
    const Run list = runCli(db, {QStringLiteral("backup"), QStringLiteral("list")});
    REQUIRE(list.exitCode == 0);
    const QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 1);
    return lines.first().section(QLatin1Char('\t'), 0, 0);
}

} // namespace

TEST_CASE("parat refuses to write to or report from a damaged plan, and restores it from a point", "[cli][safety]")
{
    test::TempDir dir;
    const QString db = dir.file(QStringLiteral("plan.sqlite"));
    const QString id = demoWithPoint(db);
    test::damagePageOf(db, QStringLiteral("task"));

    const Run add = runCli(db, {QStringLiteral("municipality"), QStringLiteral("add"), QStringLiteral("0101")});
    CHECK(add.exitCode == 4);
    CHECK(add.err.contains(QStringLiteral("damaged")));
    CHECK(add.err.contains(QStringLiteral("backup restore ") + id));
    const Run report = runCli(db,
                              {QStringLiteral("report"), QStringLiteral("--municipality"), QStringLiteral("0630"),
                               QStringLiteral("--out"), dir.file(QStringLiteral("r.csv")), QStringLiteral("--format"),
                               QStringLiteral("csv")});
    CHECK(report.exitCode != 0);

    // The way out works on the damaged file.
    const Run list = runCli(db, {QStringLiteral("backup"), QStringLiteral("list")});
    CHECK(list.exitCode == 0);
    CHECK(list.out.startsWith(id));
    CHECK_FALSE(list.out.contains(QStringLiteral("NOT VERIFIED")));
    const Run restore = runCli(db, {QStringLiteral("backup"), QStringLiteral("restore"), id});
    CHECK(restore.exitCode == 0);
    CHECK(restore.out.contains(QStringLiteral("kept as")));
    CHECK(QDir(dir.path()).entryList({QStringLiteral("plan.sqlite.damaged-*")}, QDir::Files).size() == 1);
    const Run after = runCli(db, {QStringLiteral("municipality"), QStringLiteral("list")});
    CHECK(after.exitCode == 0);
    CHECK(after.out.contains(QStringLiteral("0630")));
}

TEST_CASE("parat backup restore refuses an empty restore point and backup list marks it", "[cli][safety]")
{
    test::TempDir dir;
    const QString db = dir.file(QStringLiteral("plan.sqlite"));
    const QString id = demoWithPoint(db);
    {
        QFile point(QDir(db + QStringLiteral(".restore")).filePath(id + QStringLiteral(".sqlite")));
        REQUIRE(point.open(QIODevice::WriteOnly | QIODevice::Truncate));
    }
    const Run list = runCli(db, {QStringLiteral("backup"), QStringLiteral("list")});
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(QStringLiteral("NOT VERIFIED")));
    const Run restore = runCli(db, {QStringLiteral("backup"), QStringLiteral("restore"), id});
    CHECK(restore.exitCode == 3);
    CHECK(restore.err.contains(QStringLiteral("cannot be used")));
    const Run after = runCli(db, {QStringLiteral("municipality"), QStringLiteral("list")});
    CHECK(after.exitCode == 0);
    CHECK(after.out.contains(QStringLiteral("0630")));
}
