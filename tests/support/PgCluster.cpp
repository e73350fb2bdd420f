#include "PgCluster.h"

#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QVersionNumber>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <memory>

namespace parat::test {

namespace {

std::unique_ptr<PgCluster> g_cluster;
QString g_startError;

// The newest /usr/lib/postgresql/<version>/bin with initdb and pg_ctl, or $PARAT_PG_BIN.
QString findBinaries()
{
    const QString given = qEnvironmentVariable("PARAT_PG_BIN");
    if (!given.isEmpty())
        return QFile::exists(given + QStringLiteral("/initdb")) ? given : QString();
    QString best;
    QVersionNumber bestVersion;
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    for (const QString &entry : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString bin = root.filePath(entry) + QStringLiteral("/bin");
        const QVersionNumber version = QVersionNumber::fromString(entry);
        if (QFile::exists(bin + QStringLiteral("/initdb")) && QFile::exists(bin + QStringLiteral("/pg_ctl"))
            && (best.isEmpty() || version > bestVersion)) {
            best = bin;
            bestVersion = version;
        }
    }
    return best;
}

// A loopback port nobody listens on now.
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t size = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &size) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

// Runs program (as runAs when set); returns its output on failure in *error.
bool run(const QString &runAs, const QString &program, const QStringList &arguments, QString *error)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (runAs.isEmpty())
        process.start(program, arguments);
    else
        process.start(QStringLiteral("runuser"),
                      QStringList {QStringLiteral("-u"), runAs, QStringLiteral("--"), program} + arguments);
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000)
        || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("%1 %2 failed: %3")
                         .arg(program, arguments.join(QLatin1Char(' ')),
                              process.errorString() + QLatin1Char(' ') + QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

} // namespace

PgCluster &PgCluster::instance()
{
    if (!g_cluster && g_startError.isEmpty()) {
        std::unique_ptr<PgCluster> cluster(new PgCluster);
        QString error;
        if (cluster->start(&error)) {
            g_cluster = std::move(cluster);
        } else {
            cluster->shutdown();
            g_startError = error;
        }
    }
    INFO("The test needs a PostgreSQL server and could not start one: " << g_startError.toStdString());
    REQUIRE(g_cluster);
    return *g_cluster;
}

bool PgCluster::start(QString *error)
{
    QElapsedTimer timer;
    timer.start();
    m_bin = findBinaries();
    if (m_bin.isEmpty()) {
        *error = QStringLiteral("no PostgreSQL server binaries (initdb, pg_ctl) in %1; install the Debian package "
                                "postgresql (listed in .ci/packages.txt)")
                     .arg(qEnvironmentVariableIsSet("PARAT_PG_BIN") ? qEnvironmentVariable("PARAT_PG_BIN")
                                                                    : QStringLiteral("/usr/lib/postgresql/*/bin"));
        return false;
    }
    // As root the cluster's folder must be reachable by the postgres user: under /tmp, not a private TMPDIR.
    const QString base = ::geteuid() == 0 ? QStringLiteral("/tmp") : QDir::tempPath();
    QTemporaryDir dir(base + QStringLiteral("/parat-pg-XXXXXX"));
    if (!dir.isValid()) {
        *error = QStringLiteral("no temporary folder for the cluster");
        return false;
    }
    dir.setAutoRemove(false);
    m_dir = dir.path();
    if (::geteuid() == 0) {
        // initdb refuses root: the cluster belongs to the postgres system user.
        const passwd *postgres = ::getpwnam("postgres");
        if (!postgres) {
            *error = QStringLiteral("running as root and there is no postgres system user to run the cluster as");
            return false;
        }
        if (::chown(QFile::encodeName(m_dir).constData(), postgres->pw_uid, postgres->pw_gid) != 0) {
            *error = QStringLiteral("could not give %1 to the postgres user").arg(m_dir);
            return false;
        }
        m_runAs = QStringLiteral("postgres");
    }
    const QString data = m_dir + QStringLiteral("/data");
    if (!run(m_runAs, m_bin + QStringLiteral("/initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("parat"), QStringLiteral("--auth=trust"),
              QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"), QStringLiteral("-N")},
             error))
        return false;
    // A port can be taken between looking and listening (another test process): try a few.
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freePort();
        const QString options = QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2 -c fsync=off "
                                               "-c synchronous_commit=off -c full_page_writes=off")
                                    .arg(m_port)
                                    .arg(m_dir);
        if (run(m_runAs, m_bin + QStringLiteral("/pg_ctl"),
                {QStringLiteral("-D"), data, QStringLiteral("-l"), m_dir + QStringLiteral("/server.log"),
                 QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"), options,
                 QStringLiteral("start")},
                error)) {
            m_options = options;
            m_startSeconds = double(timer.nsecsElapsed()) / 1e9;
            return true;
        }
    }
    QFile log(m_dir + QStringLiteral("/server.log"));
    if (log.open(QIODevice::ReadOnly))
        *error += QStringLiteral("\nserver log: ") + QString::fromLocal8Bit(log.readAll().right(2000));
    return false;
}

void PgCluster::shutdown()
{
    if (m_dir.isEmpty())
        return;
    if (QFile::exists(m_dir + QStringLiteral("/data/postmaster.pid")))
        run(m_runAs, m_bin + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), m_dir + QStringLiteral("/data"), QStringLiteral("-m"), QStringLiteral("immediate"),
             QStringLiteral("-w"), QStringLiteral("stop")},
            nullptr);
    QDir(m_dir).removeRecursively();
    m_dir.clear();
}

void PgCluster::stopServer()
{
    QString error;
    const bool stopped = run(m_runAs, m_bin + QStringLiteral("/pg_ctl"),
                             {QStringLiteral("-D"), m_dir + QStringLiteral("/data"), QStringLiteral("-m"),
                              QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
                             &error);
    INFO("pg_ctl stop -m immediate failed: " << error.toStdString());
    REQUIRE(stopped);
}

void PgCluster::startServer()
{
    QString error;
    const bool started = run(m_runAs, m_bin + QStringLiteral("/pg_ctl"),
                             {QStringLiteral("-D"), m_dir + QStringLiteral("/data"), QStringLiteral("-l"),
                              m_dir + QStringLiteral("/server.log"), QStringLiteral("-w"), QStringLiteral("-t"),
                              QStringLiteral("60"), QStringLiteral("-o"), m_options, QStringLiteral("start")},
                             &error);
    INFO("pg_ctl start failed: " << error.toStdString());
    REQUIRE(started);
}

void PgCluster::stop()
{
    if (g_cluster)
        g_cluster->shutdown();
    g_cluster.reset();
}

QString PgCluster::urlOf(const QString &database) const
{
    return QStringLiteral("postgresql://parat@127.0.0.1:%1/%2").arg(m_port).arg(database);
}

QString PgCluster::createDatabase()
{
    const QString name = QStringLiteral("parat_test_%1").arg(++m_databases);
    const QString connection = QStringLiteral("pgcluster-admin-") + QUuid::createUuid().toString(QUuid::Id128);
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_port);
        db.setUserName(QStringLiteral("parat"));
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
                problem = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    INFO("CREATE DATABASE on the test cluster failed: " << problem.toStdString());
    REQUIRE(problem.isEmpty());
    return urlOf(name);
}

void PgCluster::exec(const QString &url, const QStringList &statements)
{
    const QString connection = QStringLiteral("pgcluster-exec-") + QUuid::createUuid().toString(QUuid::Id128);
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_port);
        db.setUserName(QStringLiteral("parat"));
        db.setDatabaseName(url.section(QLatin1Char('/'), -1).section(QLatin1Char('?'), 0, 0));
        if (!db.open())
            problem = db.lastError().text();
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (problem.isEmpty() && !query.exec(statement))
                problem = statement + QStringLiteral(": ") + query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    INFO("A statement on the test cluster failed: " << problem.toStdString());
    REQUIRE(problem.isEmpty());
}

QString pgTestDatabase()
{
    return PgCluster::instance().createDatabase();
}

} // namespace parat::test
