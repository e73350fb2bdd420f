// The bench measures what users run (issue 20): its status report is the one `parat report` writes — the same
// sections, tables and text — read back from both PDFs with pdftotext.
#include "Fixtures.h"
#include "ReportBench.h"
#include "TestSupport.h"

#include "domain/Clock.h"
#include "domain/Language.h"
#include "storage/Database.h"

#include <QProcess>
#include <QProcessEnvironment>

using namespace parat;

TEST_CASE("The bench's status report has exactly the sections and text of parat report", "[cli][bench]")
{
    installTranslations(QStringLiteral("en"));
    test::TempDir dir;
    const QString db = dir.file(QStringLiteral("p.sqlite"));
    // Both on today's date: the command line reads the system clock.
    const SystemClock clock;
    Municipality demo;
    {
        Database database;
        QString error;
        REQUIRE(database.open(db, &error));
        demo = test::buildDemo(database, clock);
    }

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("PARAT_DB"));
    process.setProcessEnvironment(env);
    const QString cliPdf = dir.file(QStringLiteral("cli.pdf"));
    process.start(test::paratBinary(),
                  {QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("report"),
                   QStringLiteral("--municipality"), demo.code, QStringLiteral("--out"), cliPdf});
    REQUIRE(process.waitForFinished(60000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);

    const QString benchPdf = dir.file(QStringLiteral("bench.pdf"));
    {
        Database database;
        QString error;
        REQUIRE(database.open(db, &error));
        REQUIRE(writeBenchReport(database, clock, demo.id, benchPdf, &error));
    }
    const QString fromCli = test::pdfText(cliPdf);
    const QString fromBench = test::pdfText(benchPdf);
    // The sections the issue names are there at all (a bench without them would still compare equal to itself).
    for (const QString &heading : {QStringLiteral("Superusers"), QStringLiteral("Stakeholders"),
                                   QStringLiteral("Risk log"), QStringLiteral("Go-live readiness")})
        CHECK(fromCli.contains(heading));
    CHECK(fromBench == fromCli);
}
