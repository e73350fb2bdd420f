// `parat risk list|add` and `parat decision list|add`, run in-process on an open database: output, numbering and
// the exit codes of the other groups (2 usage, 3 invalid input with nothing changed).
#include "Fixtures.h"
#include "TestSupport.h"

#include "InProcessCli.h"

#include "domain/Clock.h"
#include "domain/Language.h"
#include "storage/Database.h"
#include "storage/DecisionRepository.h"
#include "storage/RiskRepository.h"

using namespace parat;

namespace {

struct Fixture : test::DemoDatabase
{
    Fixture()
        : DemoDatabase(QStringLiteral("en"))
    { }

    int risks() { return int(RiskRepository(db).forMunicipality(demo.id).size()); }
    int decisions() { return int(DecisionRepository(db).forMunicipality(demo.id).size()); }
};

using test::CliRun;

CliRun invoke(Fixture &f, const QStringList &args)
{
    return test::runCli(f.db, f.clock, args);
}

} // namespace

TEST_CASE("parat risk list shows the log by score and marks overdue reviews", "[cli][risk]")
{
    Fixture f;
    const CliRun run = invoke(f, {QStringLiteral("risk"), QStringLiteral("list")});
    CHECK(run.code == 0);
    CHECK(run.err.isEmpty());
    const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == f.risks());
    CHECK(lines.first().startsWith(QStringLiteral("R1\t12\t"))); // the highest score first
    CHECK(run.out.contains(QStringLiteral("review overdue")));

    const CliRun closed = invoke(f,
                                 {QStringLiteral("risk"), QStringLiteral("list"), QStringLiteral("--status"),
                                  QStringLiteral("closed"), QStringLiteral("--municipality"), QStringLiteral("0630")});
    CHECK(closed.code == 0);
    CHECK(closed.out.trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 1);
    CHECK(invoke(f, {QStringLiteral("risk"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("x")})
              .code
          == 2);
}

TEST_CASE("parat risk add numbers the risk, and bad input changes nothing", "[cli][risk]")
{
    Fixture f;
    const int before = f.risks();
    const QStringList base {QStringLiteral("risk"),          QStringLiteral("add"),
                            QStringLiteral("--title"),       QStringLiteral("Vikarer mangler"),
                            QStringLiteral("--probability"), QStringLiteral("3"),
                            QStringLiteral("--consequence"), QStringLiteral("4")};
    CliRun run
        = invoke(f,
                 base
                     + QStringList {QStringLiteral("--owner"), QStringLiteral("mads kjær"), QStringLiteral("--tasks"),
                                    QStringLiteral("P3-01"), QStringLiteral("--review"), QStringLiteral("2026-12-04")});
    CHECK(run.code == 0);
    CHECK(run.out.contains(QStringLiteral("R%1").arg(before + 1)));
    CHECK(run.out.contains(QStringLiteral("score 12")));
    REQUIRE(f.risks() == before + 1);
    const Risk added = RiskRepository(f.db).forMunicipality(f.demo.id).last();
    CHECK(added.taskKeys == QStringList {QStringLiteral("P3-01")});
    CHECK(added.nextReview == QDate(2026, 12, 4));
    CHECK(added.ownerId != 0);

    // Usage errors: 2.
    CHECK(invoke(f,
                 {QStringLiteral("risk"), QStringLiteral("add"), QStringLiteral("--probability"), QStringLiteral("2"),
                  QStringLiteral("--consequence"), QStringLiteral("2")})
              .code
          == 2);
    CHECK(invoke(f, base + QStringList {QStringLiteral("--probability"), QStringLiteral("high")}).code == 2);
    CHECK(invoke(f, base + QStringList {QStringLiteral("--review"), QStringLiteral("4/12/2026")}).code == 2);
    // Invalid input: 3, with a message naming the problem.
    run = invoke(f,
                 {QStringLiteral("risk"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("X"),
                  QStringLiteral("--probability"), QStringLiteral("7"), QStringLiteral("--consequence"),
                  QStringLiteral("2")});
    CHECK(run.code == 3);
    CHECK(run.err.contains(QStringLiteral("probability")));
    run = invoke(f, base + QStringList {QStringLiteral("--tasks"), QStringLiteral("NO-SUCH")});
    CHECK(run.code == 3);
    CHECK(run.err.contains(QStringLiteral("NO-SUCH")));
    CHECK(invoke(f, base + QStringList {QStringLiteral("--owner"), QStringLiteral("Nobody Here")}).code == 3);
    CHECK(invoke(f, base + QStringList {QStringLiteral("--municipality"), QStringLiteral("0101")}).code == 3);
    CHECK(f.risks() == before + 1);
}

TEST_CASE("parat decision list and add", "[cli][risk]")
{
    Fixture f;
    CliRun run = invoke(f, {QStringLiteral("decision"), QStringLiteral("list")});
    CHECK(run.code == 0);
    CHECK(run.out.trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == f.decisions());
    CHECK(run.out.contains(QStringLiteral("(overdue)")));

    const int before = f.decisions();
    run = invoke(f,
                 {QStringLiteral("decision"), QStringLiteral("add"), QStringLiteral("--question"),
                  QStringLiteral("Skal go-live flyttes?"), QStringLiteral("--needed-by"), QStringLiteral("2026-12-15"),
                  QStringLiteral("--risk"), QStringLiteral("R1")});
    CHECK(run.code == 0);
    CHECK(run.out.contains(QStringLiteral("D%1").arg(before + 1)));
    REQUIRE(f.decisions() == before + 1);
    const Decision added = DecisionRepository(f.db).forMunicipality(f.demo.id).last();
    CHECK(added.neededBy == QDate(2026, 12, 15));
    CHECK(added.riskId == RiskRepository(f.db).forMunicipality(f.demo.id).first().id);

    CHECK(invoke(f, {QStringLiteral("decision"), QStringLiteral("add")}).code == 2);
    CHECK(invoke(f,
                 {QStringLiteral("decision"), QStringLiteral("add"), QStringLiteral("--question"), QStringLiteral("Q"),
                  QStringLiteral("--needed-by"), QStringLiteral("2026-13-01")})
              .code
          == 2);
    CHECK(
        invoke(f,
               {QStringLiteral("decision"), QStringLiteral("add"), QStringLiteral("--question"), QStringLiteral("   ")})
            .code
        == 3);
    CHECK(invoke(f,
                 {QStringLiteral("decision"), QStringLiteral("add"), QStringLiteral("--question"), QStringLiteral("Q"),
                  QStringLiteral("--risk"), QStringLiteral("99")})
              .code
          == 3);
    CHECK(invoke(f,
                 {QStringLiteral("decision"), QStringLiteral("add"), QStringLiteral("--question"), QStringLiteral("Q"),
                  QStringLiteral("--task"), QStringLiteral("NO-SUCH")})
              .code
          == 3);
    CHECK(f.decisions() == before + 1);

    const CliRun help = invoke(f, {QStringLiteral("decision"), QStringLiteral("add"), QStringLiteral("--help")});
    CHECK(help.code == 0);
    CHECK(help.out.contains(QStringLiteral("--needed-by")));
}
