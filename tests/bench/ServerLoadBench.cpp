// Team mode under load (issue 19, docs/scale.md): not a test, a measurement. Starts its own PostgreSQL cluster
// (initdb + pg_ctl in a temporary folder on a free loopback port, as the postgres user when run as root, as
// tests/support/PgCluster does), puts the demo plan on it with `parat copy`, sets up the roles and then runs N
// client PROCESSES (this program with --client), each a parat_editor of 0630 changing a task's state through
// TaskRepository::setState every 200 ms for --seconds. Afterwards every acknowledged edit is looked for on the
// server (its task_event row): lost edits must be 0. Then the national dataset, on an SQLite file and on the
// server in the same run: `parat report --overview` and one municipality's PDF report, as whole processes.
//
//   parat_server_load_bench [--clients 25] [--seconds 60] [--interval-ms 200] [--no-national] [--work-dir DIR]
#include "NationalDataset.h"
#include "PgServer.h"

#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"
#include "storage/ServerAccess.h"
#include "storage/TaskRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace parat;

namespace {

void say(const QString &text)
{
    std::fprintf(stdout, "%s\n", text.toLocal8Bit().constData());
    std::fflush(stdout);
}

// A kB figure of /proc/PID/status ("VmHWM", "VmRSS", "RssAnon").
qint64 statusKb(const QString &pid, const char *field)
{
    QFile file(QStringLiteral("/proc/%1/status").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// ---- the client process ----

int runClient(const QString &url, int index, double seconds, int intervalMs)
{
    Database db;
    QString error;
    if (!db.openServer(url, &error, {})) {
        say(QStringLiteral("error %1").arg(error));
        return 4;
    }
    const auto municipality = MunicipalityRepository(db).byCode(QStringLiteral("0630"));
    if (!municipality) {
        say(QStringLiteral("error no 0630"));
        return 4;
    }
    TaskRepository tasks(db);
    QList<Id> ids;
    for (const PlannedTask &task : tasks.plannedTasks(municipality->id))
        ids.append(task.task.id);
    const SystemClock clock;
    QElapsedTimer run;
    run.start();
    qint64 next = 0;
    for (int n = 0; run.elapsed() < qint64(seconds * 1000); ++n) {
        // Clients share tasks: client i starts at task 7i, so neighbours meet on the same rows.
        const Id taskId = ids.at((index * 7 + n) % ids.size());
        QElapsedTimer edit;
        edit.start();
        const auto task = tasks.plannedTask(municipality->id, taskId);
        bool ok = false;
        const QString marker = QStringLiteral("c%1-%2").arg(index).arg(n);
        if (task) {
            TaskState state = task->state;
            state.status = state.status == Status::InProgress ? Status::NotStarted : Status::InProgress;
            state.note = marker;
            ok = tasks.setState(state, clock.now(), &error);
        }
        const qint64 micros = edit.nsecsElapsed() / 1000;
        if (ok)
            say(QStringLiteral("ack %1 %2").arg(marker).arg(micros));
        else
            say(QStringLiteral("refused %1 %2").arg(micros).arg(error.simplified()));
        next += intervalMs;
        const qint64 wait = next - run.elapsed();
        if (wait > 0)
            QThread::msleep(ulong(wait));
    }
    say(QStringLiteral("peak %1").arg(statusKb(QStringLiteral("self"), "VmHWM")));
    return 0;
}

// ---- the cluster ----

// A throw-away server (tests/support/PgServer) durable as a real one: fsync and synchronous commit on (the defaults),
// initdb waiting for the disk; 100 connections.
struct Cluster : test::PgServer
{
    Cluster()
        : PgServer(durable())
    { }

    static Options durable()
    {
        Options options;
        options.folderPrefix = QStringLiteral("parat-load");
        options.initdbNoSync = false;
        return options;
    }

    bool exec(const QStringList &statements, const QString &database = QStringLiteral("postgres")) const
    {
        QString error;
        if (PgServer::exec(database, statements, &error))
            return true;
        say(QStringLiteral("  %1").arg(error));
        return false;
    }

    // The server's memory now: the private (anonymous) memory of all its processes, and the shared memory the
    // largest one maps (shared buffers, counted once).
    qint64 memoryKb() const
    {
        QFile pidFile(folder() + QStringLiteral("/data/postmaster.pid"));
        if (!pidFile.open(QIODevice::ReadOnly))
            return 0;
        const QString postmaster = QString::fromLatin1(pidFile.readLine()).trimmed();
        qint64 anonymous = 0;
        qint64 shared = 0;
        for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            if (pid.toLongLong() <= 0)
                continue;
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            const QByteArray line = stat.readAll();
            const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
            if (pid != postmaster && QString::fromLatin1(fields.value(1)) != postmaster)
                continue;
            anonymous += statusKb(pid, "RssAnon");
            shared = std::max(shared, statusKb(pid, "RssShmem"));
        }
        return anonymous + shared;
    }
};

struct Parat
{
    QString binary;

    // Runs parat; the wall time in seconds, or -1 when it failed.
    double run(const QStringList &arguments) const
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("PARAT_DB"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        process.start(binary, QStringList {QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
        if (!process.waitForFinished(1800000) || process.exitCode() != 0) {
            say(QStringLiteral("  parat %1 failed: %2")
                    .arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(process.readAll()).right(600)));
            return -1;
        }
        return double(timer.nsecsElapsed()) / 1e9;
    }
};

double percentile(QList<qint64> sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const int at = std::min(int(sorted.size()) - 1, int(p * double(sorted.size())));
    return double(sorted.at(at)) / 1000.0;
}

// ---- the parts of a run ----

// What the run is asked to do (the command line of the measuring process).
struct LoadOptions
{
    int clients = 25;
    double seconds = 60;
    int intervalMs = 200;
    bool national = true;
    QString work;
};

// The demo plan on the server by `parat copy` into database "load", the roles, and bench_editor an editor of 0630 for
// the clients.
bool putDemoOnServer(const Cluster &cluster, const Parat &parat, const QString &work)
{
    const QString demoFile = work + QStringLiteral("/demo.sqlite");
    QFile::remove(demoFile);
    const QString load = cluster.url(QStringLiteral("load"));
    return cluster.exec({QStringLiteral("CREATE DATABASE load"), QStringLiteral("CREATE ROLE bench_editor LOGIN")})
        && parat.run({QStringLiteral("--db"), demoFile, QStringLiteral("init"), QStringLiteral("--demo"),
                      QStringLiteral("--as-of"), QStringLiteral("2026-11-27")})
        >= 0
        && parat.run({QStringLiteral("server"), QStringLiteral("init"), load}) >= 0
        && parat.run({QStringLiteral("copy"), demoFile, load}) >= 0
        && parat.run({QStringLiteral("server"), QStringLiteral("init"), load}) >= 0
        && parat.run({QStringLiteral("--db"), load, QStringLiteral("server"), QStringLiteral("grant"),
                      QStringLiteral("bench_editor"), QStringLiteral("parat_editor"), QStringLiteral("--municipality"),
                      QStringLiteral("0630")})
        >= 0;
}

// What the client processes said, and the server's memory while they ran.
struct ClientResults
{
    QList<qint64> latencies; // µs, acknowledged and refused edits
    QSet<QString> acknowledged; // the markers of the edits the server acknowledged
    int refused = 0;
    QStringList refusals; // the first three, as examples
    qint64 clientPeakKb = 0;
    qint64 idleServerKb = 0;
    qint64 serverPeakKb = 0;
};

// Starts the client processes (this program with --client), watches the server's memory until they are done, and
// reads what they said.
ClientResults runClients(const Cluster &cluster, const LoadOptions &options)
{
    ClientResults results;
    QList<QProcess *> processes;
    results.idleServerKb = cluster.memoryKb();
    for (int i = 0; i < options.clients; ++i) {
        auto *process = new QProcess;
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(QCoreApplication::applicationFilePath(),
                       {QStringLiteral("--client"), QString::number(i), QStringLiteral("--url"),
                        cluster.url(QStringLiteral("load"), QStringLiteral("bench_editor")),
                        QStringLiteral("--seconds"), QString::number(options.seconds), QStringLiteral("--interval-ms"),
                        QString::number(options.intervalMs)});
        processes.append(process);
    }
    for (bool running = true; running;) {
        results.serverPeakKb = std::max(results.serverPeakKb, cluster.memoryKb());
        running = false;
        for (QProcess *process : std::as_const(processes)) {
            process->waitForFinished(20); // reads the output as it comes
            running = running || process->state() != QProcess::NotRunning;
        }
        QThread::msleep(300);
    }
    for (QProcess *process : std::as_const(processes)) {
        for (const QByteArray &raw : process->readAllStandardOutput().split('\n')) {
            const QString line = QString::fromUtf8(raw);
            const QStringList words = line.split(QLatin1Char(' '));
            if (words.value(0) == QLatin1String("ack")) {
                results.acknowledged.insert(words.value(1));
                results.latencies.append(words.value(2).toLongLong());
            } else if (words.value(0) == QLatin1String("refused")) {
                ++results.refused;
                results.latencies.append(words.value(1).toLongLong());
                if (results.refusals.size() < 3)
                    results.refusals.append(line);
            } else if (words.value(0) == QLatin1String("peak")) {
                results.clientPeakKb = std::max(results.clientPeakKb, words.value(1).toLongLong());
            } else if (words.value(0) == QLatin1String("error")) {
                say(QStringLiteral("  client: %1").arg(line));
            }
        }
        delete process;
    }
    std::sort(results.latencies.begin(), results.latencies.end());
    return results;
}

// How many acknowledged edits are not on the server (their note change is not in the task's history); -1 when the
// server cannot be read.
int lostEdits(const Cluster &cluster, const QSet<QString> &acknowledged)
{
    Database check;
    QString error;
    if (!check.openServer(cluster.url(QStringLiteral("load")), &error, {})) {
        say(error);
        return -1;
    }
    QSet<QString> stored;
    QSqlQuery query(check.connection());
    query.exec(QStringLiteral("SELECT new_value FROM task_event WHERE field = 'note'"));
    while (query.next())
        stored.insert(query.value(0).toString());
    int lost = 0;
    for (const QString &marker : acknowledged)
        lost += stored.contains(marker) ? 0 : 1;
    return lost;
}

void reportEdits(const LoadOptions &options, const ClientResults &results, int lost)
{
    const int expected = int(double(options.clients) * options.seconds * 1000.0 / double(options.intervalMs));
    say(QStringLiteral("| Edits attempted (expected ~%1) | %2 |")
            .arg(expected)
            .arg(results.acknowledged.size() + results.refused));
    say(QStringLiteral("| Edits acknowledged | %1 |").arg(results.acknowledged.size()));
    say(QStringLiteral("| Conflicts (edits the server refused) | %1 |").arg(results.refused));
    say(QStringLiteral("| Acknowledged edits not on the server (lost) | %1 |").arg(lost));
    say(QStringLiteral("| Edit latency p50 / p95 / p99 (read + write, one transaction) | %1 / %2 / %3 ms |")
            .arg(percentile(results.latencies, 0.50), 0, 'f', 1)
            .arg(percentile(results.latencies, 0.95), 0, 'f', 1)
            .arg(percentile(results.latencies, 0.99), 0, 'f', 1));
    say(QStringLiteral("| Server memory, idle → peak (private memory of all its processes + shared buffers "
                       "once) | %1 → %2 MB |")
            .arg(results.idleServerKb / 1024)
            .arg(results.serverPeakKb / 1024));
    say(QStringLiteral("| Client peak memory (one process) | %1 MB |").arg(results.clientPeakKb / 1024));
    for (const QString &line : std::as_const(results.refusals))
        say(QStringLiteral("  e.g. %1").arg(line));
}

// `parat report` of the overview and of one municipality, on the file and on the server, as whole processes; the
// second of two rounds is reported (warm caches).
void reportNational(const Parat &parat, const QString &national, const QString &server, const QString &work)
{
    QString error;
    const QString code = [&] {
        Database db;
        db.open(national, &error);
        return MunicipalityRepository(db).all().value(0).code;
    }();
    const auto report = [&](const QString &db, const QStringList &what, const QString &out) {
        return parat.run(QStringList {QStringLiteral("--db"), db, QStringLiteral("report")} + what
                         + QStringList {QStringLiteral("--out"), work + out, QStringLiteral("--as-of"),
                                        QStringLiteral("2026-11-27")});
    };
    const QStringList overview {QStringLiteral("--overview")};
    const QStringList one {QStringLiteral("--municipality"), code};
    for (int round = 0; round < 2; ++round) {
        const double fileOverview = report(national, overview, QStringLiteral("/overview-file.pdf"));
        const double serverOverview = report(server, overview, QStringLiteral("/overview-server.pdf"));
        const double fileReport = report(national, one, QStringLiteral("/report-file.pdf"));
        const double serverReport = report(server, one, QStringLiteral("/report-server.pdf"));
        if (round == 1) {
            say(QStringLiteral("| parat report --overview (PDF, all 98), whole process | %1 s (file) | %2 s "
                               "(server) |")
                    .arg(fileOverview, 0, 'f', 2)
                    .arg(serverOverview, 0, 'f', 2));
            say(QStringLiteral("| parat report --municipality %1 (PDF), whole process | %2 s (file) | %3 s "
                               "(server) |")
                    .arg(code)
                    .arg(fileReport, 0, 'f', 2)
                    .arg(serverReport, 0, 'f', 2));
        }
    }
}

// The national dataset on a file and on the server, side by side: built, copied with `parat copy`, reported on.
bool benchNational(const Cluster &cluster, const Parat &parat, const QString &work)
{
    say(QStringLiteral("\nThe national dataset (98 municipalities × 300 tasks), file and server in the same run"));
    const QString national = work + QStringLiteral("/national.sqlite");
    QFile::remove(national);
    {
        QElapsedTimer timer;
        timer.start();
        Database db;
        QString error;
        const FixedClock clock(QDate(2026, 11, 27));
        if (!db.open(national, &error) || !bench::buildNationalDataset(db, clock, {}, &error)) {
            say(error);
            return false;
        }
        say(QStringLiteral("  built the file in %1 s").arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    }
    cluster.exec({QStringLiteral("CREATE DATABASE national")});
    const QString server = cluster.url(QStringLiteral("national"));
    const double copy = parat.run({QStringLiteral("copy"), national, server});
    say(QStringLiteral("| parat copy of the national file to the server (verified) | %1 s |").arg(copy, 0, 'f', 1));
    reportNational(parat, national, server, work);
    return true;
}

// The whole measurement on a started cluster: the load of the clients, then the national dataset. The exit status:
// 0, 1 when a step failed, 2 when an acknowledged edit was lost.
int measure(const Cluster &cluster, const Parat &parat, const LoadOptions &options)
{
    if (!putDemoOnServer(cluster, parat, options.work))
        return 1;
    say(QStringLiteral("\n%1 client processes, each an edit every %2 ms for %3 s (parat_editor of 0630, row-level "
                       "security on; a task state change through TaskRepository::setState)")
            .arg(options.clients)
            .arg(options.intervalMs)
            .arg(options.seconds));
    const ClientResults results = runClients(cluster, options);
    const int lost = lostEdits(cluster, results.acknowledged);
    if (lost < 0)
        return 1;
    reportEdits(options, results, lost);
    const int status = lost > 0 ? 2 : 0;
    if (!options.national)
        return status;
    return benchNational(cluster, parat, options.work) ? status : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption clientOption(QStringLiteral("client"), QStringLiteral("run as client INDEX"),
                                          QStringLiteral("INDEX"));
    const QCommandLineOption urlOption(QStringLiteral("url"), QStringLiteral("server database"), QStringLiteral("URL"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("client processes"),
                                           QStringLiteral("N"), QStringLiteral("25"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("how long the clients edit"),
                                           QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption intervalOption(QStringLiteral("interval-ms"), QStringLiteral("time between edits"),
                                            QStringLiteral("MS"), QStringLiteral("200"));
    const QCommandLineOption noNational(QStringLiteral("no-national"), QStringLiteral("skip the national dataset"));
    const QCommandLineOption workDirOption(QStringLiteral("work-dir"), QStringLiteral("where the files go"),
                                           QStringLiteral("DIR"));
    const QCommandLineOption paratOption(QStringLiteral("parat"), QStringLiteral("the parat binary"),
                                         QStringLiteral("FILE"), QStringLiteral(PARAT_BINARY));
    parser.addOptions({clientOption, urlOption, clientsOption, secondsOption, intervalOption, noNational, workDirOption,
                       paratOption});
    parser.addHelpOption();
    parser.process(app);
    LoadOptions options;
    options.seconds = parser.value(secondsOption).toDouble();
    options.intervalMs = parser.value(intervalOption).toInt();
    if (parser.isSet(clientOption))
        return runClient(parser.value(urlOption), parser.value(clientOption).toInt(), options.seconds,
                         options.intervalMs);

    options.clients = parser.value(clientsOption).toInt();
    options.national = !parser.isSet(noNational);
    QTemporaryDir scratch;
    options.work = parser.isSet(workDirOption) ? parser.value(workDirOption) : scratch.path();
    QDir().mkpath(options.work);
    const Parat parat {parser.value(paratOption)};
    Cluster cluster;
    QString error;
    if (!cluster.start(&error)) {
        say(QStringLiteral("The cluster did not start: %1").arg(error));
        return 1;
    }
    say(QStringLiteral("PostgreSQL cluster on 127.0.0.1:%1 (%2), fsync on; %3 cores")
            .arg(cluster.port())
            .arg(cluster.binaries())
            .arg(QThread::idealThreadCount()));
    return measure(cluster, parat, options);
}
