// `parat readiness`, `parat readiness defaults` and `parat readiness paper`, run in-process on an open database
// (output and exit codes: 0 ok, 2 usage, 3 invalid input with nothing changed) and once as the real binary.
#include "Fixtures.h"
#include "TestSupport.h"

#include "InProcessCli.h"

#include "domain/Clock.h"
#include "domain/Language.h"
#include "planning/GoLiveReadiness.h"
#include "storage/Database.h"
#include "storage/GoLiveRepository.h"
#include "storage/MunicipalityRepository.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>

using namespace parat;

namespace {

struct Fixture : test::DemoDatabase
{
    Fixture()
        : DemoDatabase(QStringLiteral("en"))
    { }

    int criteria() { return int(GoLiveRepository(db).criteria(demo.id).size()); }
};

using test::CliRun;

CliRun invoke(Fixture &f, const QStringList &args)
{
    return test::runCli(f.db, f.clock, args);
}

QString r(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

TEST_CASE("parat readiness lists the criteria with their numbers, then the score and light", "[cli][readiness]")
{
    Fixture f;
    const CliRun run = invoke(f, {r("readiness"), r("--municipality"), r("0630")});
    CHECK(run.code == 0);
    CHECK(run.err.isEmpty());
    const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() > f.criteria());
    CHECK(lines.first().startsWith(r("Not met (measured)\tMandatory tasks are done and marked in KLIK\t")));
    CHECK(lines.first().contains(r("mandatory tasks done and marked in KLIK")));
    CHECK(run.out.contains(r("Not relevant\tClosing the old system")));
    CHECK(lines.at(f.criteria()).startsWith(r("Readiness score ")));
    CHECK(run.out.contains(r("light Yellow")));

    // Without --municipality: the only one in the database.
    CHECK(invoke(f, {r("readiness")}).out == run.out);

    const CliRun csv = invoke(f, {r("readiness"), r("--format"), r("csv")});
    CHECK(csv.code == 0);
    // A cell with evidence and a link holds two lines, quoted.
    const QStringList rows = csv.out.trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(rows.size() >= f.criteria() + 2);
    CHECK(csv.out.contains(r("\"Roller tildelt")));
    CHECK(rows.first() == r("Criterion;Owner;Due;Status;Numbers or evidence"));
    CHECK(rows.last().startsWith(r("Readiness score;;;Yellow;")));
}

TEST_CASE("parat readiness refuses bad input with the usual exit codes", "[cli][readiness]")
{
    Fixture f;
    CliRun run = invoke(f, {r("readiness"), r("--municipality"), r("9999")});
    CHECK(run.code == 3);
    CHECK(run.err.contains(r("9999")));
    run = invoke(f, {r("readiness"), r("--format"), r("xml")});
    CHECK(run.code == 2);
    CHECK(run.err.contains(r("--format")));
    run = invoke(f, {r("readiness"), r("--as-of"), r("2026-13-40")});
    CHECK(run.code == 2);
    run = invoke(f, {r("readiness"), r("paper")});
    CHECK(run.code == 2);
    CHECK(run.err.contains(r("--out")));
    run = invoke(f, {r("readiness"), r("nonsense")});
    CHECK(run.code == 2);

    // Defaults only where there are none: the demo has them, so nothing changes.
    const int before = f.criteria();
    run = invoke(f, {r("readiness"), r("defaults")});
    CHECK(run.code == 3);
    CHECK(run.err.contains(r("nothing was added")));
    CHECK(f.criteria() == before);
}

TEST_CASE("parat readiness defaults creates the default set for a municipality without criteria", "[cli][readiness]")
{
    Fixture f;
    CHECK(invoke(f, {r("municipality"), r("add"), r("0101"), r("--go-live"), r("2027-03-01")}).code == 0);
    const std::optional<Municipality> added = MunicipalityRepository(f.db).byCode(r("0101"));
    REQUIRE(added);
    // Two municipalities: --municipality is needed now.
    CHECK(invoke(f, {r("readiness"), r("defaults")}).code == 2);
    const CliRun run = invoke(f, {r("readiness"), r("defaults"), r("--municipality"), r("0101")});
    CHECK(run.code == 0);
    const QList<GoLiveCriterion> criteria = GoLiveRepository(f.db).criteria(added->id);
    CHECK(criteria.size() == defaultGoLiveCriteria(0, added->goLive).size());
    CHECK(criteria.first().due == QDate(2027, 2, 22));
    CHECK(run.out.contains(r("Added %1 go-live").arg(criteria.size())));
}

TEST_CASE("parat readiness paper writes the decision paper as a PDF", "[cli][readiness]")
{
    Fixture f;
    const QString pdf = f.dir.file(r("paper.pdf"));
    const CliRun run = invoke(f, {r("readiness"), r("paper"), r("--out"), pdf, r("--as-of"), r("2026-11-27")});
    CHECK(run.code == 0);
    CHECK(run.out.contains(r("Wrote")));
    QProcess process;
    process.start(r("pdftotext"), {pdf, r("-")});
    REQUIRE(process.waitForFinished(60000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    CHECK(text.contains(r("Go/no-go decision paper: Vejle")));
    CHECK(text.contains(r("The go/no-go meeting")));
    CHECK(text.contains(r("Go-live criteria")));

    // Never over the database itself.
    const CliRun refused = invoke(f, {r("readiness"), r("paper"), r("--out"), f.db.path()});
    CHECK(refused.code == 3);
}

TEST_CASE("The parat binary runs parat readiness on a demo file", "[cli][readiness]")
{
    test::TempDir dir;
    const QString db = dir.file(r("demo.sqlite"));
    QProcess init;
    init.start(test::paratBinary(),
               {r("--db"), db, r("--lang"), r("en"), r("init"), r("--demo"), r("--as-of"), r("2026-11-27")});
    REQUIRE(init.waitForFinished(120000));
    REQUIRE(init.exitCode() == 0);
    QProcess list;
    list.start(test::paratBinary(),
               {r("--db"), db, r("--lang"), r("en"), r("readiness"), r("--municipality"), r("0630"), r("--as-of"),
                r("2026-11-27")});
    REQUIRE(list.waitForFinished(120000));
    CHECK(list.exitCode() == 0);
    CHECK(QString::fromUtf8(list.readAllStandardOutput()).contains(r("Readiness score")));
    QProcess unknown;
    unknown.start(test::paratBinary(), {r("--db"), db, r("readiness"), r("--municipality"), r("9999")});
    REQUIRE(unknown.waitForFinished(120000));
    CHECK(unknown.exitCode() == 3);
}
