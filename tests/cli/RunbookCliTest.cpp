// `parat runbook list|export|import|template`, run in-process on an open database: output and the exit codes of
// the other groups (0 ok, 2 usage, 3 invalid input with nothing changed).
#include "Fixtures.h"
#include "TestSupport.h"

#include "InProcessCli.h"

#include "domain/Clock.h"
#include "domain/Language.h"
#include "domain/Runbook.h"
#include "storage/Database.h"
#include "storage/RunbookRepository.h"

#include <QFile>
#include <QProcess>

using namespace parat;

namespace {

struct Fixture
{
    test::TempDir dir;
    Database db;
    // The demo is built on this day; it goes live on Friday 1 January 2027 (DemoBuilder::goLiveFor).
    FixedClock clock {QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC)};
    Municipality demo;

    Fixture()
    {
        installTranslations(QStringLiteral("en"));
        QString error;
        REQUIRE(db.open(dir.file(QStringLiteral("p.sqlite")), &error));
        demo = test::buildDemo(db, clock);
    }

    QList<RunbookStep> steps() { return RunbookRepository(db).forMunicipality(demo.id); }
};

using test::CliRun;

CliRun invoke(Fixture &f, const QStringList &args)
{
    return test::runCli(f.db, f.clock, QStringList {QStringLiteral("runbook")} + args);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

TEST_CASE("parat runbook list shows the demo's runbook by start and marks late steps", "[cli][runbook]")
{
    Fixture f;
    const int count = int(f.steps().size());
    REQUIRE(count >= 14);
    CliRun run = invoke(f, {QStringLiteral("list"), QStringLiteral("--municipality"), QStringLiteral("0630")});
    CHECK(run.code == 0);
    CHECK(run.err.isEmpty());
    const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == count);
    CHECK(lines.first().startsWith(QStringLiteral("1\tT\u221214d 10:00\t%1 10:00\t2:00\tWaiting\t")
                                       .arg(f.demo.goLive.addDays(-14).toString(QStringLiteral("dd-MM")))));
    CHECK_FALSE(run.out.contains(QStringLiteral("(late)")));

    f.clock.set(QDateTime(f.demo.goLive.addDays(-2), QTime(10, 0)));
    run = invoke(f, {QStringLiteral("list")});
    CHECK(run.code == 0);
    CHECK(run.out.contains(QStringLiteral("Waiting (late)\tFreeze of the old system")));

    CHECK(invoke(f, {QStringLiteral("list"), QStringLiteral("--municipality"), QStringLiteral("9999")}).code == 3);
}

TEST_CASE("parat runbook export and import round-trip the runbook - bad files change nothing", "[cli][runbook]")
{
    Fixture f;
    const QList<RunbookStep> before = f.steps();
    const QString csv = f.dir.file(QStringLiteral("runbook.csv"));
    CliRun run = invoke(f, {QStringLiteral("export"), csv});
    CHECK(run.code == 0);
    CHECK(run.out.contains(QStringLiteral("Wrote")));
    const QByteArray exported = parat::test::fileBytes(csv);
    CHECK(exported.contains("Freeze of the old system"));

    // An edited file is imported: one step fewer.
    QList<QByteArray> lines = exported.split('\n');
    lines.removeAt(lines.size() - 2); // the last step by start, the end of hypercare: nothing depends on it
    writeFile(csv, lines.join('\n'));
    run = invoke(f, {QStringLiteral("import"), csv});
    CHECK(run.code == 0);
    CHECK(run.out.contains(QStringLiteral("Imported %1 steps").arg(before.size() - 1)));
    CHECK(f.steps().size() == before.size() - 1);

    const int now = int(f.steps().size());
    const QString bad = f.dir.file(QStringLiteral("bad.csv"));
    writeFile(bad, "number;title;start;duration\n1;Freeze;T-3d 12:00;1:00\n2;Load;Friday;4:00\n");
    run = invoke(f, {QStringLiteral("import"), bad});
    CHECK(run.code == 3);
    CHECK(run.err.contains(QStringLiteral("Line 3, column 3 (start)")));
    CHECK(run.err.contains(QStringLiteral("Nothing was changed")));
    CHECK(f.steps().size() == now);

    writeFile(bad, "number;title;start;duration;depends_on\n1;Freeze;T-3d 12:00;1:00;2\n2;Load;T-3d 13:00;4:00;1\n");
    run = invoke(f, {QStringLiteral("import"), bad});
    CHECK(run.code == 3);
    CHECK(run.err.contains(QStringLiteral("1 \u2192 2 \u2192 1")));
    CHECK(f.steps().size() == now);

    writeFile(bad,
              "number;title;start;duration;depends_on;status\n1;Freeze;T-3d 12:00;1:00;;waiting\n"
              "2;Load;T-3d 13:00;4:00;1;done\n");
    run = invoke(f, {QStringLiteral("import"), bad});
    CHECK(run.code == 3);
    CHECK(run.err.contains(QStringLiteral("cannot be done before")));
    CHECK(f.steps().size() == now);

    CHECK(invoke(f, {QStringLiteral("import"), f.dir.file(QStringLiteral("missing.csv"))}).code == 3);
    CHECK(invoke(f, {QStringLiteral("import")}).code == 2);
    CHECK(invoke(f, {QStringLiteral("export"), csv, QStringLiteral("--format"), QStringLiteral("xls")}).code == 2);
    CHECK(invoke(f, {QStringLiteral("export"), f.db.path()}).code == 3); // never over the database itself
}

TEST_CASE("parat runbook template creates the default runbook only when asked to replace one", "[cli][runbook]")
{
    Fixture f;
    const int count = int(f.steps().size());
    CliRun run = invoke(f, {QStringLiteral("template")});
    CHECK(run.code == 3);
    CHECK(run.err.contains(QStringLiteral("--replace")));
    CHECK(f.steps().size() == count);
    run = invoke(f, {QStringLiteral("template"), QStringLiteral("--replace")});
    CHECK(run.code == 0);
    CHECK(f.steps().size() == 14);
}

TEST_CASE("parat runbook export --format pdf writes the printed runbook", "[cli][runbook][pdf]")
{
    Fixture f;
    const QString pdf = f.dir.file(QStringLiteral("runbook.pdf"));
    const CliRun run = invoke(f, {QStringLiteral("export"), pdf});
    CHECK(run.code == 0);
    CHECK(parat::test::fileBytes(pdf).startsWith("%PDF"));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    CHECK(QString::fromUtf8(text.readAllStandardOutput()).contains(QStringLiteral("First-day support in")));
}
