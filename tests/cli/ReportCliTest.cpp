// `parat report`, run in-process on an open database.
#include "Fixtures.h"
#include "TestSupport.h"

#include "Cli.h"

#include "domain/Clock.h"
#include "domain/Language.h"
#include "storage/Database.h"
#include "storage/ReportRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace parat;

namespace {

const QDate kToday(2026, 11, 27);

using Fixture = test::EnglishDemo;

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

CliRun report(Fixture &f, const QStringList &args)
{
    CliRun run;
    Cli cli(
        f.clock, [&run](const QString &text) { run.out += text; }, [&run](const QString &text) { run.err += text; });
    run.code = cli.run(QStringList {QStringLiteral("report")} + args, &f.db);
    return run;
}

} // namespace

TEST_CASE("parat report writes one municipality or all or the overview", "[cli][report]")
{
    Fixture f;
    const QString pdf = f.dir.file(QStringLiteral("vejle.pdf"));
    CliRun run = report(f,
                        {QStringLiteral("--municipality"), QStringLiteral("0630"), QStringLiteral("--out"), pdf,
                         QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--as-of"),
                         QStringLiteral("2026-11-27"), QStringLiteral("--final")});
    CHECK(run.code == ExitOk);
    CHECK(run.err.isEmpty());
    CHECK(QFileInfo(pdf).size() > 1000);
    CHECK(currentLanguage() == QStringLiteral("en"));

    const QString html = f.dir.file(QStringLiteral("vejle.html"));
    run = report(f, {QStringLiteral("--municipality=0630"), QStringLiteral("--out=") + html});
    CHECK(run.code == ExitOk);
    QFile file(html);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().startsWith("<!DOCTYPE html>"));

    const QString csv = f.dir.file(QStringLiteral("tasks.txt"));
    run = report(f,
                 {QStringLiteral("--municipality"), QStringLiteral("0630"), QStringLiteral("--out"), csv,
                  QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--comma")});
    CHECK(run.code == ExitOk);
    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    CHECK(csvFile.readAll().mid(3).startsWith("Task,Title,"));

    const QString dir = f.dir.file(QStringLiteral("all"));
    run = report(f, {QStringLiteral("--all"), QStringLiteral("--out-dir"), dir});
    CHECK(run.code == ExitOk);
    CHECK(QDir(dir).entryList(QDir::Files) == QStringList {QStringLiteral("0630-Vejle.pdf")});

    const QString overview = f.dir.file(QStringLiteral("overview.csv"));
    run = report(f, {QStringLiteral("--overview"), QStringLiteral("--out"), overview});
    CHECK(run.code == ExitOk);
    CHECK(QFileInfo::exists(overview));
    // Only the report given --final is recorded as sent; the others are drafts.
    const QList<ReportSnapshot> sent = ReportRepository(f.db).snapshots(f.demo.id);
    REQUIRE(sent.size() == 1);
    CHECK(sent.first().format == QStringLiteral("pdf"));
}

TEST_CASE("parat report refuses bad arguments with the right exit codes", "[cli][report]")
{
    Fixture f;
    const QString out = f.dir.file(QStringLiteral("x.pdf"));
    CHECK(report(f, {}).code == ExitUsage);
    CHECK(report(f, {QStringLiteral("--municipality"), QStringLiteral("0630")}).code == ExitUsage);
    CHECK(report(f, {QStringLiteral("--municipality")}).code == ExitUsage);
    CHECK(report(f, {QStringLiteral("--all"), QStringLiteral("--out"), out}).code == ExitUsage);
    CHECK(report(f, {QStringLiteral("--all"), QStringLiteral("--overview"), QStringLiteral("--out"), out}).code
          == ExitUsage);
    CHECK(report(f,
                 {QStringLiteral("--municipality"), QStringLiteral("0630"), QStringLiteral("--out"), out,
                  QStringLiteral("--format"), QStringLiteral("docx")})
              .code
          == ExitUsage);
    CHECK(report(f,
                 {QStringLiteral("--municipality"), QStringLiteral("0630"), QStringLiteral("--out"), out,
                  QStringLiteral("--lang"), QStringLiteral("de")})
              .code
          == ExitUsage);
    CHECK(report(f, {QStringLiteral("--bogus")}).code == ExitUsage);
    CHECK(report(f, {QStringLiteral("--municipality"), QStringLiteral("9999"), QStringLiteral("--out"), out}).code
          == ExitInvalidInput);
    CHECK(report(f,
                 {QStringLiteral("--municipality"), QStringLiteral("0630"), QStringLiteral("--out"), out,
                  QStringLiteral("--as-of"), QStringLiteral("27-11-2026")})
              .code
          == ExitInvalidInput);
    CHECK(report(f,
                 {QStringLiteral("--municipality"), QStringLiteral("0630"), QStringLiteral("--out"),
                  f.dir.file(QStringLiteral("missing/folder/x.pdf"))})
              .code
          == ExitInvalidInput);
    CHECK_FALSE(QFileInfo::exists(out));
    CHECK(ReportRepository(f.db).snapshots(f.demo.id).isEmpty());
    const CliRun help = report(f, {QStringLiteral("--help")});
    CHECK(help.code == ExitOk);
    CHECK(help.out.contains(QStringLiteral("--out-dir")));
}

namespace {

// Overwrites the header of the root page of `table`, as a failing disk would. Returns false when there is none.
bool damageRootPageOf(const QString &path, const QString &table)
{
    qint64 page = 0;
    int pageSize = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("report-damage"));
        db.setDatabaseName(path);
        if (!db.open())
            return false;
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA page_size")) || !query.next())
            return false;
        pageSize = query.value(0).toInt();
        query.prepare(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = :name"));
        query.bindValue(QStringLiteral(":name"), table);
        if (!query.exec() || !query.next())
            return false;
        page = query.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("report-damage"));
    QFile file(path);
    return page > 0 && file.open(QIODevice::ReadWrite) && file.seek((page - 1) * pageSize)
        && file.write(QByteArray(24, '\xA5')) == 24;
}

} // namespace

TEST_CASE("parat report reads while the file is checked and writes nothing from a damaged file", "[cli][report]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("plan.sqlite"));
    {
        Database db;
        QString error;
        REQUIRE(db.open(path, &error));
        test::buildDemo(db, FixedClock(kToday));
    }
    const QString pdf = dir.file(QStringLiteral("sound.pdf"));
    const QStringList one {QStringLiteral("--lang"), QStringLiteral("en"),
                           QStringLiteral("--db"),   path,
                           QStringLiteral("report"), QStringLiteral("--municipality"),
                           QStringLiteral("0630"),   QStringLiteral("--out")};
    const test::ParatRun sound = test::runParat(QStringList(one) << pdf);
    CHECK(sound.exitCode == ExitOk);
    CHECK(QFileInfo(pdf).size() > 1000);

    // A table no report reads: the reading goes through, and only the check (run beside it) finds the damage.
    REQUIRE(damageRootPageOf(path, QStringLiteral("status_mapping")));
    for (const QString &name : {QStringLiteral("damaged.pdf"), QStringLiteral("damaged.csv")}) {
        INFO(name.toStdString());
        const test::ParatRun run = test::runParat(QStringList(one) << dir.file(name));
        CHECK(run.exitCode == ExitDatabase);
        CHECK(run.err.contains(QStringLiteral("damaged")));
        CHECK_FALSE(QFileInfo::exists(dir.file(name)));
    }
    const test::ParatRun overview
        = test::runParat({QStringLiteral("--db"), path, QStringLiteral("report"), QStringLiteral("--overview"),
                          QStringLiteral("--out"), dir.file(QStringLiteral("overview.csv"))});
    CHECK(overview.exitCode == ExitDatabase);
    CHECK_FALSE(QFileInfo::exists(dir.file(QStringLiteral("overview.csv"))));
    const test::ParatRun all
        = test::runParat({QStringLiteral("--db"), path, QStringLiteral("report"), QStringLiteral("--all"),
                          QStringLiteral("--out-dir"), dir.file(QStringLiteral("all"))});
    CHECK(all.exitCode == ExitDatabase);
    CHECK(QDir(dir.file(QStringLiteral("all"))).entryList(QDir::Files).isEmpty());
}
