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
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <arpa/inet.h>
#include <cstdio>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

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

struct Cluster
{
    QString bin;
    QString dir;
    QString runAs;
    int port = 0;

    bool run(const QString &program, const QStringList &arguments, QString *error = nullptr) const
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        if (runAs.isEmpty())
            process.start(program, arguments);
        else
            process.start(QStringLiteral("runuser"),
                          QStringList {QStringLiteral("-u"), runAs, QStringLiteral("--"), program} + arguments);
        const bool ok = process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit
            && process.exitCode() == 0;
        if (!ok && error)
            *error = QString::fromLocal8Bit(process.readAll());
        return ok;
    }

    bool start(QString *error)
    {
        for (int version = 30; version >= 10 && bin.isEmpty(); --version) {
            const QString candidate = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(version);
            if (QFile::exists(candidate + QStringLiteral("/initdb")))
                bin = candidate;
        }
        if (bin.isEmpty()) {
            *error = QStringLiteral("no PostgreSQL binaries in /usr/lib/postgresql/*/bin");
            return false;
        }
        QTemporaryDir temporary(QStringLiteral("/tmp/parat-load-XXXXXX"));
        temporary.setAutoRemove(false);
        dir = temporary.path();
        if (::geteuid() == 0) {
            const passwd *postgres = ::getpwnam("postgres");
            if (!postgres || ::chown(QFile::encodeName(dir).constData(), postgres->pw_uid, postgres->pw_gid) != 0) {
                *error = QStringLiteral("cannot give the cluster folder to the postgres user");
                return false;
            }
            runAs = QStringLiteral("postgres");
        }
        if (!run(bin + QStringLiteral("/initdb"),
                 {QStringLiteral("-D"), dir + QStringLiteral("/data"), QStringLiteral("-U"), QStringLiteral("parat"),
                  QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                  QStringLiteral("--locale=C.UTF-8")},
                 error))
            return false;
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t size = sizeof address;
        ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &size);
        port = ntohs(address.sin_port);
        ::close(fd);
        // Durable as a real server (fsync and synchronous commit on, the defaults); 100 connections.
        return run(bin + QStringLiteral("/pg_ctl"),
                   {QStringLiteral("-D"), dir + QStringLiteral("/data"), QStringLiteral("-l"),
                    dir + QStringLiteral("/server.log"), QStringLiteral("-w"), QStringLiteral("-o"),
                    QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2").arg(port).arg(dir),
                    QStringLiteral("start")},
                   error);
    }

    void stop() const
    {
        if (dir.isEmpty())
            return;
        run(bin + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), dir + QStringLiteral("/data"), QStringLiteral("-m"), QStringLiteral("fast"),
             QStringLiteral("-w"), QStringLiteral("stop")});
        QDir(dir).removeRecursively();
    }

    QString url(const QString &database, const QString &user = QStringLiteral("parat")) const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user).arg(port).arg(database);
    }

    bool exec(const QStringList &statements, const QString &database = QStringLiteral("postgres")) const
    {
        const QString name = QStringLiteral("bench-exec");
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(QStringLiteral("127.0.0.1"));
            db.setPort(port);
            db.setUserName(QStringLiteral("parat"));
            db.setDatabaseName(database);
            ok = db.open();
            for (const QString &statement : statements) {
                QSqlQuery query(db);
                if (ok && !query.exec(statement)) {
                    say(QStringLiteral("  %1: %2").arg(statement, query.lastError().text()));
                    ok = false;
                }
            }
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    // The server's memory now: the private (anonymous) memory of all its processes, and the shared memory the
    // largest one maps (shared buffers, counted once).
    qint64 memoryKb() const
    {
        QFile pidFile(dir + QStringLiteral("/data/postmaster.pid"));
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
    const double seconds = parser.value(secondsOption).toDouble();
    const int intervalMs = parser.value(intervalOption).toInt();
    if (parser.isSet(clientOption))
        return runClient(parser.value(urlOption), parser.value(clientOption).toInt(), seconds, intervalMs);

    const int clients = parser.value(clientsOption).toInt();
    QTemporaryDir scratch;
    const QString work = parser.isSet(workDirOption) ? parser.value(workDirOption) : scratch.path();
    QDir().mkpath(work);
    const Parat parat {parser.value(paratOption)};
    Cluster cluster;
    QString error;
    if (!cluster.start(&error)) {
        say(QStringLiteral("The cluster did not start: %1").arg(error));
        cluster.stop();
        return 1;
    }
    say(QStringLiteral("PostgreSQL cluster on 127.0.0.1:%1 (%2), fsync on; %3 cores")
            .arg(cluster.port)
            .arg(cluster.bin)
            .arg(QThread::idealThreadCount()));
    int status = 0;
    [&] {
        // The demo plan on the server, by `parat copy`; the roles; an editor of 0630 for the clients.
        const QString demoFile = work + QStringLiteral("/demo.sqlite");
        QFile::remove(demoFile);
        if (!cluster.exec({QStringLiteral("CREATE DATABASE load"), QStringLiteral("CREATE ROLE bench_editor LOGIN")})
            || parat.run({QStringLiteral("--db"), demoFile, QStringLiteral("init"), QStringLiteral("--demo"),
                          QStringLiteral("--as-of"), QStringLiteral("2026-11-27")})
                < 0
            || parat.run({QStringLiteral("server"), QStringLiteral("init"), cluster.url(QStringLiteral("load"))}) < 0
            || parat.run({QStringLiteral("copy"), demoFile, cluster.url(QStringLiteral("load"))}) < 0
            || parat.run({QStringLiteral("server"), QStringLiteral("init"), cluster.url(QStringLiteral("load"))}) < 0
            || parat.run({QStringLiteral("--db"), cluster.url(QStringLiteral("load")), QStringLiteral("server"),
                          QStringLiteral("grant"), QStringLiteral("bench_editor"), QStringLiteral("parat_editor"),
                          QStringLiteral("--municipality"), QStringLiteral("0630")})
                < 0) {
            status = 1;
            return;
        }
        say(QStringLiteral("\n%1 client processes, each an edit every %2 ms for %3 s (parat_editor of 0630, row-level "
                           "security on; a task state change through TaskRepository::setState)")
                .arg(clients)
                .arg(intervalMs)
                .arg(seconds));
        QList<QProcess *> processes;
        const qint64 idleServer = cluster.memoryKb();
        for (int i = 0; i < clients; ++i) {
            auto *process = new QProcess;
            process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            process->start(QCoreApplication::applicationFilePath(),
                           {QStringLiteral("--client"), QString::number(i), QStringLiteral("--url"),
                            cluster.url(QStringLiteral("load"), QStringLiteral("bench_editor")),
                            QStringLiteral("--seconds"), QString::number(seconds), QStringLiteral("--interval-ms"),
                            QString::number(intervalMs)});
            processes.append(process);
        }
        qint64 serverPeak = 0;
        for (bool running = true; running;) {
            serverPeak = std::max(serverPeak, cluster.memoryKb());
            running = false;
            for (QProcess *process : std::as_const(processes)) {
                process->waitForFinished(20); // reads the output as it comes
                running = running || process->state() != QProcess::NotRunning;
            }
            QThread::msleep(300);
        }
        QList<qint64> latencies;
        QSet<QString> acknowledged;
        int refused = 0;
        qint64 clientPeak = 0;
        QStringList refusals;
        for (QProcess *process : std::as_const(processes)) {
            for (const QByteArray &raw : process->readAllStandardOutput().split('\n')) {
                const QString line = QString::fromUtf8(raw);
                const QStringList words = line.split(QLatin1Char(' '));
                if (words.value(0) == QLatin1String("ack")) {
                    acknowledged.insert(words.value(1));
                    latencies.append(words.value(2).toLongLong());
                } else if (words.value(0) == QLatin1String("refused")) {
                    ++refused;
                    latencies.append(words.value(1).toLongLong());
                    if (refusals.size() < 3)
                        refusals.append(line);
                } else if (words.value(0) == QLatin1String("peak")) {
                    clientPeak = std::max(clientPeak, words.value(1).toLongLong());
                } else if (words.value(0) == QLatin1String("error")) {
                    say(QStringLiteral("  client: %1").arg(line));
                }
            }
            delete process;
        }
        // Every acknowledged edit must be on the server: its note change is in the task's history.
        Database check;
        if (!check.openServer(cluster.url(QStringLiteral("load")), &error, {})) {
            say(error);
            status = 1;
            return;
        }
        QSet<QString> stored;
        QSqlQuery query(check.connection());
        query.exec(QStringLiteral("SELECT new_value FROM task_event WHERE field = 'note'"));
        while (query.next())
            stored.insert(query.value(0).toString());
        int lost = 0;
        for (const QString &marker : std::as_const(acknowledged))
            lost += stored.contains(marker) ? 0 : 1;
        std::sort(latencies.begin(), latencies.end());
        const int expected = int(double(clients) * seconds * 1000.0 / double(intervalMs));
        say(QStringLiteral("| Edits attempted (expected ~%1) | %2 |").arg(expected).arg(acknowledged.size() + refused));
        say(QStringLiteral("| Edits acknowledged | %1 |").arg(acknowledged.size()));
        say(QStringLiteral("| Conflicts (edits the server refused) | %1 |").arg(refused));
        say(QStringLiteral("| Acknowledged edits not on the server (lost) | %1 |").arg(lost));
        say(QStringLiteral("| Edit latency p50 / p95 / p99 (read + write, one transaction) | %1 / %2 / %3 ms |")
                .arg(percentile(latencies, 0.50), 0, 'f', 1)
                .arg(percentile(latencies, 0.95), 0, 'f', 1)
                .arg(percentile(latencies, 0.99), 0, 'f', 1));
        say(QStringLiteral("| Server memory, idle → peak (private memory of all its processes + shared buffers "
                           "once) | %1 → %2 MB |")
                .arg(idleServer / 1024)
                .arg(serverPeak / 1024));
        say(QStringLiteral("| Client peak memory (one process) | %1 MB |").arg(clientPeak / 1024));
        for (const QString &line : std::as_const(refusals))
            say(QStringLiteral("  e.g. %1").arg(line));
        if (lost > 0)
            status = 2;

        if (parser.isSet(noNational))
            return;
        // The national dataset on a file and on the server, side by side.
        say(QStringLiteral("\nThe national dataset (98 municipalities × 300 tasks), file and server in the same run"));
        const QString national = work + QStringLiteral("/national.sqlite");
        QFile::remove(national);
        {
            QElapsedTimer timer;
            timer.start();
            Database db;
            const FixedClock clock(QDate(2026, 11, 27));
            if (!db.open(national, &error) || !bench::buildNationalDataset(db, clock, {}, &error)) {
                say(error);
                status = 1;
                return;
            }
            say(QStringLiteral("  built the file in %1 s").arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
        }
        cluster.exec({QStringLiteral("CREATE DATABASE national")});
        const QString server = cluster.url(QStringLiteral("national"));
        const double copy = parat.run({QStringLiteral("copy"), national, server});
        say(QStringLiteral("| parat copy of the national file to the server (verified) | %1 s |").arg(copy, 0, 'f', 1));
        const QString code = [&] {
            Database db;
            db.open(national, &error);
            return MunicipalityRepository(db).all().value(0).code;
        }();
        for (int round = 0; round < 2; ++round) { // the second round is the one reported: warm caches
            const double fileOverview
                = parat.run({QStringLiteral("--db"), national, QStringLiteral("report"), QStringLiteral("--overview"),
                             QStringLiteral("--out"), work + QStringLiteral("/overview-file.pdf"),
                             QStringLiteral("--as-of"), QStringLiteral("2026-11-27")});
            const double serverOverview
                = parat.run({QStringLiteral("--db"), server, QStringLiteral("report"), QStringLiteral("--overview"),
                             QStringLiteral("--out"), work + QStringLiteral("/overview-server.pdf"),
                             QStringLiteral("--as-of"), QStringLiteral("2026-11-27")});
            const double fileReport = parat.run({QStringLiteral("--db"), national, QStringLiteral("report"),
                                                 QStringLiteral("--municipality"), code, QStringLiteral("--out"),
                                                 work + QStringLiteral("/report-file.pdf"), QStringLiteral("--as-of"),
                                                 QStringLiteral("2026-11-27")});
            const double serverReport
                = parat.run({QStringLiteral("--db"), server, QStringLiteral("report"), QStringLiteral("--municipality"),
                             code, QStringLiteral("--out"), work + QStringLiteral("/report-server.pdf"),
                             QStringLiteral("--as-of"), QStringLiteral("2026-11-27")});
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
    }();
    cluster.stop();
    return status;
}
