// What the parat binary loads as it runs (docs/architecture.md "Start-up", round 7): libpq, and with it its TLS,
// Kerberos and LDAP libraries, only in team mode, where Qt's PostgreSQL driver loads it and Parat's whole-plan reads
// look up the libpq functions they call in it (core/storage/SqlRows). The dynamic loader's own account of every
// library it loads (LD_DEBUG=files), of the command line and of the window, on a plan file and on a real server.
#include "PgCluster.h"
#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>

namespace {

struct TracedRun
{
    int exitCode = -1;
    QSet<QString> loaded; // the file names (no folders) of every library loaded, linked or opened later
    QString trace; // the loader's whole account
};

// Runs parat with args (looking for libpq's functions in libpqName when given), the loader reporting each library it
// loads, in a home of its own (the window keeps a list of recent files); for the window, offscreen, quitting once it
// has painted.
TracedRun traced(const QStringList &args, const QString &home, const QString &libpqName = QString())
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("PARAT_DB"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("PARAT_QUIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    env.remove(QStringLiteral("PARAT_LIBPQ_NAME"));
    if (!libpqName.isEmpty())
        env.insert(QStringLiteral("PARAT_LIBPQ_NAME"), libpqName);
    process.setProcessEnvironment(env);
    process.start(parat::test::paratBinary(), QStringList {QStringLiteral("--lang"), QStringLiteral("en")} + args);
    REQUIRE(process.waitForFinished(120000));
    TracedRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.trace = QString::fromLocal8Bit(process.readAllStandardError());
    static const QRegularExpression loaded(
        QStringLiteral("file=(\\S+) +\\[\\d+\\];  (?:needed by|dynamically loaded by)"));
    for (auto it = loaded.globalMatch(run.trace); it.hasNext();)
        run.loaded.insert(it.next().captured(1).section(QLatin1Char('/'), -1));
    return run;
}

bool anyStartsWith(const QSet<QString> &names, const QString &prefix)
{
    return std::any_of(names.cbegin(), names.cend(), [&](const QString &name) { return name.startsWith(prefix); });
}

} // namespace

TEST_CASE("On a plan file parat loads no libpq, neither the command line nor the window", "[cli][startup]")
{
    parat::test::TempDir dir;
    const QString plan = dir.file(QStringLiteral("plan.sqlite"));
    const parat::test::ParatRun init
        = parat::test::runParat({QStringLiteral("--db"), plan, QStringLiteral("init"), QStringLiteral("--demo"),
                                 QStringLiteral("--as-of"), QStringLiteral("2026-11-27")});
    REQUIRE(init.exitCode == 0);

    const TracedRun report
        = traced({QStringLiteral("--db"), plan, QStringLiteral("report"), QStringLiteral("--overview"),
                  QStringLiteral("--out"), dir.file(QStringLiteral("overview.csv"))},
                 dir.path());
    CHECK(report.exitCode == 0);
    CHECK(QFile::exists(dir.file(QStringLiteral("overview.csv"))));
    const TracedRun window = traced({plan}, dir.path());
    CHECK(window.exitCode == 0);

    for (const TracedRun *run : {&report, &window}) {
        INFO(QStringList(run->loaded.cbegin(), run->loaded.cend()).join(QLatin1Char(' ')).toStdString());
        // The account names what parat links and the plugins Qt opens later: SQLite's driver read the file.
        CHECK(run->loaded.contains(QStringLiteral("libQt6Sql.so.6")));
        CHECK(run->loaded.contains(QStringLiteral("libqsqlite.so")));
        // Neither libpq nor the libraries that come with it.
        CHECK_FALSE(anyStartsWith(run->loaded, QStringLiteral("libpq.")));
        CHECK_FALSE(anyStartsWith(run->loaded, QStringLiteral("libgssapi_krb5.")));
        CHECK_FALSE(anyStartsWith(run->loaded, QStringLiteral("libldap")));
        CHECK_FALSE(run->trace.contains(QStringLiteral("libpq.so")));
    }
    CHECK(window.loaded.contains(QStringLiteral("libQt6Widgets.so.6"))); // it was the window
}

TEST_CASE("In team mode parat reads the whole plan through the libpq that Qt's driver loaded", "[cli][server][startup]")
{
    parat::test::TempDir dir;
    const QString url = parat::test::pgTestDatabase();
    const QString plan = dir.file(QStringLiteral("plan.sqlite"));
    for (const QString &db : {url, plan}) {
        const parat::test::ParatRun init
            = parat::test::runParat({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo"),
                                     QStringLiteral("--as-of"), QStringLiteral("2026-11-27")});
        INFO(init.err.toStdString());
        REQUIRE(init.exitCode == 0);
    }

    // The overview reads every task state through sql::BulkQuery: on the server, through the functions looked up in
    // the libpq Qt's PostgreSQL driver loaded. Had the lookup failed, parat would read through Qt SQL and say so on
    // its error output. (The loader's account of bindings cannot tell the lookup apart: libpq binds its own functions
    // as it loads; the core tests check BulkQuery::reader() on a server.)
    const QString onServer = dir.file(QStringLiteral("server.csv"));
    const TracedRun report = traced({QStringLiteral("--db"), url, QStringLiteral("report"),
                                     QStringLiteral("--overview"), QStringLiteral("--out"), onServer},
                                    dir.path());
    CHECK(report.exitCode == 0);
    CHECK(report.loaded.contains(QStringLiteral("libqsqlpsql.so")));
    CHECK(report.loaded.contains(QStringLiteral("libpq.so.5")));
    static const QRegularExpression linked(
        QStringLiteral("file=libpq\\.so\\.5 +\\[\\d+\\];  needed by \\S*libqsqlpsql"));
    CHECK(linked.match(report.trace).hasMatch()); // loaded for the driver, not for parat
    CHECK_FALSE(report.trace.contains(QStringLiteral("go through Qt SQL")));

    // And it reads what the same plan on a file gives.
    const QString onFile = dir.file(QStringLiteral("file.csv"));
    const parat::test::ParatRun fromFile
        = parat::test::runParat({QStringLiteral("--db"), plan, QStringLiteral("report"), QStringLiteral("--overview"),
                                 QStringLiteral("--out"), onFile});
    REQUIRE(fromFile.exitCode == 0);
    CHECK(parat::test::fileBytes(onServer) == parat::test::fileBytes(onFile));

    // Had the functions not been found, the reads would have gone through Qt SQL, said so, and read the same.
    const QString throughQt = dir.file(QStringLiteral("qt.csv"));
    const TracedRun fallback = traced({QStringLiteral("--db"), url, QStringLiteral("report"),
                                       QStringLiteral("--overview"), QStringLiteral("--out"), throughQt},
                                      dir.path(), QStringLiteral("libparat-not-there.so.1"));
    CHECK(fallback.exitCode == 0);
    CHECK(fallback.trace.contains(
        QStringLiteral("Whole-plan reads go through Qt SQL: libparat-not-there.so.1 is not loaded")));
    CHECK(parat::test::fileBytes(throughQt) == parat::test::fileBytes(onFile));
}
