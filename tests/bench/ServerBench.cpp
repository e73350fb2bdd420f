#include "ServerBench.h"

#include "ReportBench.h"

#include "MainWindow.h"

#include "domain/Clock.h"
#include "services/OverviewRows.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"
#include "storage/PlanBackup.h"
#include "storage/PlanCopy.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVersionNumber>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace parat::bench {

namespace {

// A throw-away cluster for the run (as tests/support/PgCluster, without Catch).
class Cluster
{
public:
    ~Cluster() { stop(); }

    bool start(QString *error)
    {
        QVersionNumber best;
        const QDir root(QStringLiteral("/usr/lib/postgresql"));
        for (const QString &entry : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QString bin = root.filePath(entry) + QStringLiteral("/bin");
            const QVersionNumber version = QVersionNumber::fromString(entry);
            if (QFile::exists(bin + QStringLiteral("/initdb")) && (m_bin.isEmpty() || version > best)) {
                m_bin = bin;
                best = version;
            }
        }
        if (qEnvironmentVariableIsSet("PARAT_PG_BIN"))
            m_bin = QFile::exists(qEnvironmentVariable("PARAT_PG_BIN") + QStringLiteral("/initdb"))
                ? qEnvironmentVariable("PARAT_PG_BIN")
                : QString();
        if (m_bin.isEmpty()) {
            *error = QStringLiteral("no PostgreSQL server binaries (initdb, pg_ctl)");
            return false;
        }
        QTemporaryDir temporary(QStringLiteral("/tmp/parat-bench-pg-XXXXXX"));
        if (!temporary.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        temporary.setAutoRemove(false);
        m_dir = temporary.path();
        if (::geteuid() == 0) {
            const passwd *postgres = ::getpwnam("postgres");
            if (!postgres || ::chown(QFile::encodeName(m_dir).constData(), postgres->pw_uid, postgres->pw_gid) != 0) {
                *error = QStringLiteral("cannot give the cluster folder to the postgres user");
                return false;
            }
            m_runAs = QStringLiteral("postgres");
        }
        if (!run(m_bin + QStringLiteral("/initdb"),
                 {QStringLiteral("-D"), m_dir + QStringLiteral("/data"), QStringLiteral("-U"), QStringLiteral("parat"),
                  QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                  QStringLiteral("--locale=C.UTF-8"), QStringLiteral("-N")},
                 error))
            return false;
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t size = sizeof address;
        ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &size);
        m_port = ntohs(address.sin_port);
        ::close(fd);
        // As the tests' cluster: fsync off (a throw-away server; the figures are the client's and the queries').
        return run(m_bin + QStringLiteral("/pg_ctl"),
                   {QStringLiteral("-D"), m_dir + QStringLiteral("/data"), QStringLiteral("-l"),
                    m_dir + QStringLiteral("/server.log"), QStringLiteral("-w"), QStringLiteral("-o"),
                    QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2 -c fsync=off").arg(m_port).arg(m_dir),
                    QStringLiteral("start")},
                   error);
    }

    void stop()
    {
        if (m_dir.isEmpty())
            return;
        if (QFile::exists(m_dir + QStringLiteral("/data/postmaster.pid")))
            run(m_bin + QStringLiteral("/pg_ctl"),
                {QStringLiteral("-D"), m_dir + QStringLiteral("/data"), QStringLiteral("-m"), QStringLiteral("fast"),
                 QStringLiteral("-w"), QStringLiteral("stop")});
        QDir(m_dir).removeRecursively();
        m_dir.clear();
    }

    bool createDatabase(const QString &name, QString *error) const
    {
        const QString connection = QStringLiteral("bench-admin");
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setHostName(QStringLiteral("127.0.0.1"));
            db.setPort(m_port);
            db.setUserName(QStringLiteral("parat"));
            db.setDatabaseName(QStringLiteral("postgres"));
            ok = db.open();
            QSqlQuery query(db);
            if (ok && !query.exec(QStringLiteral("CREATE DATABASE %1").arg(name))) {
                *error = query.lastError().text();
                ok = false;
            } else if (!ok) {
                *error = db.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return ok;
    }

    QString url(const QString &database) const
    {
        return QStringLiteral("postgresql://parat@127.0.0.1:%1/%2").arg(m_port).arg(database);
    }

private:
    bool run(const QString &program, const QStringList &arguments, QString *error = nullptr) const
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        if (m_runAs.isEmpty())
            process.start(program, arguments);
        else
            process.start(QStringLiteral("runuser"),
                          QStringList {QStringLiteral("-u"), m_runAs, QStringLiteral("--"), program} + arguments);
        const bool ok = process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit
            && process.exitCode() == 0;
        if (!ok && error)
            *error = program + QStringLiteral(": ") + QString::fromLocal8Bit(process.readAll()).simplified();
        return ok;
    }

    QString m_bin;
    QString m_dir;
    QString m_runAs;
    int m_port = 0;
};

class PaintWatcher : public QObject
{
public:
    bool painted = false;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

const QString kFile = QStringLiteral("file");
const QString kServer = QStringLiteral("server");

} // namespace

void benchServer(const QString &nationalPath, const Clock &clock, const QString &workDir, int runs, const QString &only,
                 const ServerRowSink &add)
{
    const QStringList operations {
        QStringLiteral("team mode: national dataset file → server (PlanCopy, verified)"),
        QStringLiteral("team mode: open + first paint of the window, %1"),
        QStringLiteral("team mode: overview of all 98, %1"),
        QStringLiteral("team mode: status report PDF, one municipality, %1"),
        QStringLiteral("team mode: backup save, server → new file (verified)"),
        QStringLiteral("team mode: backup restore, file → server (verified, one transaction)")};
    const auto wanted
        = [&](const QString &operation) { return only.isEmpty() || operation.contains(only, Qt::CaseInsensitive); };
    // "…, %1" names the engine; the other rows name none.
    const auto named = [](const QString &operation, const QString &engine) {
        return operation.contains(QLatin1String("%1")) ? operation.arg(engine) : operation;
    };
    bool any = false;
    for (const QString &operation : operations)
        any = any || wanted(named(operation, kFile)) || wanted(named(operation, kServer));
    if (!any)
        return;
    const auto skipAll = [&](const QString &why) {
        for (const QString &operation : operations)
            add(named(operation, QStringLiteral("file / server")), {}, QStringLiteral("skipped: %1").arg(why));
    };

    Cluster cluster;
    QString error;
    if (!cluster.start(&error) || !cluster.createDatabase(QStringLiteral("parat_national"), &error)) {
        skipAll(error);
        return;
    }
    const QString url = cluster.url(QStringLiteral("parat_national"));
    Database file;
    if (!file.open(nationalPath, &error)) {
        skipAll(error);
        return;
    }
    {
        Database server;
        Database::ServerOptions creating;
        creating.createSchema = true;
        if (!server.openServer(url, &error, creating)) {
            skipAll(error);
            return;
        }
        QList<PlanCopy::TableCheck> source;
        QList<PlanCopy::TableCheck> target;
        bool mismatch = false;
        QElapsedTimer timer;
        timer.start();
        if (!PlanCopy::copy(file, server, &source, &target, &mismatch, &error)) {
            skipAll(error);
            return;
        }
        add(operations.at(0), {msSince(timer)}, QString());
    }

    // The window: open, build every page, first paint — the file and the server, alternating.
    const QString paint = operations.at(1);
    QList<double> paintFile;
    QList<double> paintServer;
    if (wanted(paint.arg(kFile)) || wanted(paint.arg(kServer))) {
        file.close();
        for (int i = 0; i < runs; ++i) {
            for (const bool onServer : {false, true}) {
                QElapsedTimer timer;
                timer.start();
                Database db;
                const bool opened = onServer ? db.openServer(url, &error, {}) : db.open(nationalPath, &error);
                if (!opened)
                    qFatal("open: %s", qPrintable(error));
                if (onServer)
                    db.subscribeToChanges();
                MainWindow window(db, clock);
                PaintWatcher watcher;
                window.installEventFilter(&watcher);
                window.show();
                while (!watcher.painted)
                    QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
                (onServer ? paintServer : paintFile).append(msSince(timer));
            }
        }
        add(paint.arg(kFile), paintFile, QString());
        add(paint.arg(kServer), paintServer, QString());
        if (!file.open(nationalPath, &error))
            qFatal("open: %s", qPrintable(error));
    }

    Database server;
    if (!server.openServer(url, &error, {}))
        qFatal("open: %s", qPrintable(error));
    const QList<Municipality> municipalities = MunicipalityRepository(file).all();
    if (municipalities.isEmpty())
        qFatal("the national dataset has no municipality");

    const QString overview = operations.at(2);
    if (wanted(overview.arg(kFile)) || wanted(overview.arg(kServer))) {
        for (const bool onServer : {false, true}) {
            QList<double> times;
            Database &db = onServer ? server : file;
            for (int i = 0; i < runs; ++i) {
                QElapsedTimer timer;
                timer.start();
                overviewRows(db, clock.today());
                times.append(msSince(timer));
            }
            add(overview.arg(onServer ? kServer : kFile), times, QString());
        }
    }

    const QString report = operations.at(3);
    if (wanted(report.arg(kFile)) || wanted(report.arg(kServer))) {
        QDir().mkpath(QDir(workDir).filePath(QStringLiteral("reports")));
        for (const bool onServer : {false, true}) {
            QList<double> times;
            Database &db = onServer ? server : file;
            const auto municipality = MunicipalityRepository(db).byCode(municipalities.first().code);
            const QString out
                = QDir(workDir).filePath(QStringLiteral("reports/team-mode-%1.pdf").arg(onServer ? kServer : kFile));
            for (int i = 0; i < runs; ++i) {
                QElapsedTimer timer;
                timer.start();
                if (!writeBenchReport(db, clock, municipality->id, out, &error))
                    qFatal("report: %s", qPrintable(error));
                times.append(msSince(timer));
            }
            add(report.arg(onServer ? kServer : kFile), times, QString());
        }
    }

    // Backup and restore of the whole national plan (once each: they are seconds long).
    const QString backup = QDir(workDir).filePath(QStringLiteral("team-mode-backup.sqlite"));
    if (wanted(operations.at(4)) || wanted(operations.at(5))) {
        for (const QString &leftover : {backup, PlanBackup::recordPath(backup)})
            QFile::remove(leftover);
        QList<PlanCopy::TableCheck> checks;
        QElapsedTimer timer;
        timer.start();
        if (PlanBackup::save(server, backup, clock.now(), &checks, &error) != PlanBackup::Problem::None)
            qFatal("backup: %s", qPrintable(error));
        add(operations.at(4), {msSince(timer)}, QString());
        PlanBackup::Record record;
        timer.restart();
        if (PlanBackup::restore(server, backup, &record, &error) != PlanBackup::Problem::None)
            qFatal("restore: %s", qPrintable(error));
        add(operations.at(5), {msSince(timer)}, QString());
        for (const QString &leftover : {backup, PlanBackup::recordPath(backup)})
            QFile::remove(leftover);
    }
}

} // namespace parat::bench
