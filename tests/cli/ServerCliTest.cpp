// Team mode on the command line (docs/team-mode.md): `parat server init`, `--db ADDRESS` and PARAT_DB for the
// existing commands, and `parat copy` between a file and a server both ways. The parat binary against a real
// throw-away PostgreSQL cluster (support/PgCluster).
#include "PgCluster.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>

#include <iostream>

namespace {

using Run = parat::test::ParatRun;

// In English, so the tests can read the messages.
Run runParat(const QStringList &args, const QString &paratDb = QString())
{
    return parat::test::runParat(QStringList {QStringLiteral("--lang"), QStringLiteral("en")} + args, paratDb);
}

// The "table rows checksum" lines of a copy's output.
QStringList checkLines(const QString &out)
{
    QStringList lines;
    static const QRegularExpression line(QStringLiteral("^\\w+ +\\d+  [0-9a-f]{64}$"));
    for (const QString &text : out.split(QLatin1Char('\n'))) {
        if (line.match(text).hasMatch())
            lines.append(text);
    }
    return lines;
}

} // namespace

TEST_CASE("A test that needs a server fails, and says why, when there is no PostgreSQL", "[cli][server]")
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PARAT_PG_BIN"), QStringLiteral("/nonexistent/postgresql/bin"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QCoreApplication::applicationFilePath(), {QStringLiteral("parat server init creates*")});
    REQUIRE(process.waitForFinished(120000));
    const QString out = QString::fromLocal8Bit(process.readAll()).simplified(); // Catch wraps long lines
    INFO(out.toStdString());
    CHECK(process.exitCode() != 0);
    CHECK(out.contains(QStringLiteral("no PostgreSQL server binaries")));
    CHECK(out.contains(QStringLiteral("FAILED")));
}

TEST_CASE("parat server init creates Parat's schema in an empty server database, once", "[cli][server]")
{
    const QString url = parat::test::pgTestDatabase();
    const Run created = runParat({QStringLiteral("server"), QStringLiteral("init"), url});
    INFO(created.err.toStdString());
    CHECK(created.exitCode == 0);
    CHECK(created.out.contains(QStringLiteral("schema is ready")));
    const Run again = runParat({QStringLiteral("server"), QStringLiteral("init"), url});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("nothing was changed")));

    // The existing commands run against it, by --db or PARAT_DB.
    const Run add = runParat(
        {QStringLiteral("--db"), url, QStringLiteral("municipality"), QStringLiteral("add"), QStringLiteral("0630")});
    INFO(add.err.toStdString());
    CHECK(add.exitCode == 0);
    const Run list = runParat({QStringLiteral("municipality"), QStringLiteral("list")}, url);
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(QStringLiteral("0630")));

    // init on a server: the schema, the sample handbook and the demo, as on a file.
    const QString demo = parat::test::pgTestDatabase();
    const Run init = runParat({QStringLiteral("--db"), demo, QStringLiteral("init"), QStringLiteral("--demo"),
                               QStringLiteral("--as-of"), QStringLiteral("2026-11-27")});
    INFO(init.err.toStdString());
    CHECK(init.exitCode == 0);
    CHECK(init.out.contains(QStringLiteral("0630")));

    // Restore points belong to files.
    const Run backup = runParat({QStringLiteral("--db"), url, QStringLiteral("backup"), QStringLiteral("list")});
    CHECK(backup.exitCode == 4);
    CHECK(backup.err.contains(QStringLiteral("backup save")));

    const Run notAddress = runParat({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("plan.sqlite")});
    CHECK(notAddress.exitCode == 2);
    const Run noServer = runParat({QStringLiteral("server"), QStringLiteral("init"),
                                   QStringLiteral("postgresql://parat@127.0.0.1:1/nothing?connect_timeout=2")});
    CHECK(noServer.exitCode == 4);
    CHECK(noServer.err.contains(QStringLiteral("could not be opened")));
    // Not Parat's: another program's tables are never touched.
    const QString fresh = parat::test::pgTestDatabase();
    REQUIRE(runParat({QStringLiteral("server"), QStringLiteral("init"), fresh}).exitCode == 0);
    const Run noPlan = runParat({QStringLiteral("--db"), parat::test::pgTestDatabase(), QStringLiteral("municipality"),
                                 QStringLiteral("list")});
    CHECK(noPlan.exitCode == 4);
    CHECK(noPlan.err.contains(QStringLiteral("parat server init")));
}

TEST_CASE("parat copy takes the demo plan from a file to a server and back, verified, and it reads the same",
          "[cli][server][copy]")
{
    parat::test::TempDir dir;
    const QString file = dir.file(QStringLiteral("plan.sqlite"));
    const QString back = dir.file(QStringLiteral("back.sqlite"));
    const QString url = parat::test::pgTestDatabase();
    const QString asOf = QStringLiteral("2026-11-27");
    REQUIRE(runParat({QStringLiteral("--db"), file, QStringLiteral("init"), QStringLiteral("--demo"),
                      QStringLiteral("--as-of"), asOf})
                .exitCode
            == 0);

    QElapsedTimer timer;
    timer.start();
    const Run up = runParat({QStringLiteral("copy"), file, url});
    std::cout << "[measure] parat copy of the demo plan, file to server: " << timer.elapsed() << " ms" << std::endl;
    INFO(up.err.toStdString());
    REQUIRE(up.exitCode == 0);
    CHECK(up.out.contains(QStringLiteral("verified")));
    timer.restart();
    const Run down = runParat({QStringLiteral("copy"), url, back});
    std::cout << "[measure] parat copy of the demo plan, server to file: " << timer.elapsed() << " ms" << std::endl;
    INFO(down.err.toStdString());
    REQUIRE(down.exitCode == 0);
    const QStringList upChecks = checkLines(up.out);
    CHECK(upChecks.size() >= 15);
    CHECK(checkLines(down.out) == upChecks);

    // The same report from the file and from the server.
    const QString fromFile = dir.file(QStringLiteral("file.csv"));
    const QString fromServer = dir.file(QStringLiteral("server.csv"));
    const QStringList report {QStringLiteral("report"),
                              QStringLiteral("--municipality"),
                              QStringLiteral("0630"),
                              QStringLiteral("--format"),
                              QStringLiteral("csv"),
                              QStringLiteral("--as-of"),
                              asOf,
                              QStringLiteral("--out")};
    const Run onFile = runParat(QStringList {QStringLiteral("--db"), file} + report + QStringList {fromFile});
    const Run onServer = runParat(QStringList {QStringLiteral("--db"), url} + report + QStringList {fromServer});
    INFO(onServer.err.toStdString());
    REQUIRE(onFile.exitCode == 0);
    REQUIRE(onServer.exitCode == 0);
    CHECK(parat::test::fileBytes(fromServer) == parat::test::fileBytes(fromFile));
    CHECK(parat::test::fileBytes(fromFile).size() > 1000);

    // Never over a plan: an existing file, a server database holding one.
    const Run overFile = runParat({QStringLiteral("copy"), url, back});
    CHECK(overFile.exitCode == 3);
    CHECK(overFile.err.contains(QStringLiteral("already exists")));
    const Run overServer = runParat({QStringLiteral("copy"), file, url});
    CHECK(overServer.exitCode == 3);
    CHECK(overServer.err.contains(QStringLiteral("already holds a plan")));
    CHECK(runParat({QStringLiteral("municipality"), QStringLiteral("list")}, url).out.contains(QStringLiteral("0630")));

    // A copy that does not match what it was copied from is removed: here the server itself changes what it is
    // given (a trigger of another administrator's making).
    const QString altered = parat::test::pgTestDatabase();
    REQUIRE(runParat({QStringLiteral("server"), QStringLiteral("init"), altered}).exitCode == 0);
    parat::test::PgCluster::instance().exec(
        altered,
        {QStringLiteral("CREATE FUNCTION shout() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.name := "
                        "upper(NEW.name); RETURN NEW; END $$"),
         QStringLiteral("CREATE TRIGGER shout BEFORE INSERT ON person FOR EACH ROW EXECUTE FUNCTION shout()")});
    const Run mismatched = runParat({QStringLiteral("copy"), file, altered});
    CHECK(mismatched.exitCode == 4);
    CHECK(mismatched.err.contains(QStringLiteral("does not match")));
    CHECK(mismatched.err.contains(QStringLiteral("person")));
    const Run afterMismatch = runParat({QStringLiteral("municipality"), QStringLiteral("list")}, altered);
    CHECK(afterMismatch.exitCode == 0);
    CHECK_FALSE(afterMismatch.out.contains(QStringLiteral("0630")));

    // Usage: two arguments, not the same database; a missing source changes nothing.
    CHECK(runParat({QStringLiteral("copy"), file}).exitCode == 2);
    CHECK(runParat({QStringLiteral("copy"), file, file}).exitCode == 2);
    const QString empty = parat::test::pgTestDatabase();
    CHECK(runParat({QStringLiteral("copy"), dir.file(QStringLiteral("missing.sqlite")), empty}).exitCode == 3);
    // The failed copy left the empty server database as it was: still no Parat schema.
    CHECK(runParat({QStringLiteral("--db"), empty, QStringLiteral("municipality"), QStringLiteral("list")}).exitCode
          == 4);
}

TEST_CASE("parat server init adds the live-update triggers to a server set up without them, once",
          "[cli][server][live]")
{
    const QString url = parat::test::pgTestDatabase();
    REQUIRE(runParat({QStringLiteral("server"), QStringLiteral("init"), url}).exitCode == 0);
    // A server set up before live updates existed: no triggers on three tables.
    parat::test::PgCluster::instance().exec(url,
                                            {QStringLiteral("DROP TRIGGER parat_changed ON task_state"),
                                             QStringLiteral("DROP TRIGGER parat_changed ON person"),
                                             QStringLiteral("DROP TRIGGER parat_changed ON municipality")});
    const Run added = runParat({QStringLiteral("server"), QStringLiteral("init"), url});
    INFO(added.err.toStdString());
    CHECK(added.exitCode == 0);
    CHECK(added.out.contains(QStringLiteral("live updates were set up on 3 tables")));
    const Run again = runParat({QStringLiteral("server"), QStringLiteral("init"), url});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("nothing was changed")));
}
