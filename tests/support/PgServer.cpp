#include "PgServer.h"

#include <QDir>
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

namespace parat::test {

namespace {

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

} // namespace

PgServer::Options PgServer::throwAway()
{
    Options options;
    options.settings = {QStringLiteral("fsync=off"), QStringLiteral("synchronous_commit=off"),
                        QStringLiteral("full_page_writes=off")};
    options.stopImmediately = true;
    return options;
}

PgServer::PgServer(Options options)
    : m_options(std::move(options))
{ }

PgServer::~PgServer()
{
    remove();
}

bool PgServer::start(QString *error)
{
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
    QTemporaryDir dir(base + QLatin1Char('/') + m_options.folderPrefix + QStringLiteral("-XXXXXX"));
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
    QStringList initdb {QStringLiteral("-D"),    m_dir + QStringLiteral("/data"),   QStringLiteral("-U"),
                        QStringLiteral("parat"), QStringLiteral("--auth=trust"),    QStringLiteral("-E"),
                        QStringLiteral("UTF8"),  QStringLiteral("--locale=C.UTF-8")};
    if (m_options.initdbNoSync)
        initdb << QStringLiteral("-N");
    if (!run(m_bin + QStringLiteral("/initdb"), initdb, error))
        return false;
    // A port can be taken between looking and listening (another test process): try a few.
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freePort();
        if (startServer(error))
            return true;
    }
    QFile log(m_dir + QStringLiteral("/server.log"));
    if (log.open(QIODevice::ReadOnly))
        *error += QStringLiteral("\nserver log: ") + QString::fromLocal8Bit(log.readAll().right(2000));
    return false;
}

void PgServer::remove()
{
    if (m_dir.isEmpty())
        return;
    if (QFile::exists(m_dir + QStringLiteral("/data/postmaster.pid")))
        pgCtl({QStringLiteral("-m"), m_options.stopImmediately ? QStringLiteral("immediate") : QStringLiteral("fast"),
               QStringLiteral("-w"), QStringLiteral("stop")},
              nullptr);
    QDir(m_dir).removeRecursively();
    m_dir.clear();
}

bool PgServer::stopServer(QString *error)
{
    return pgCtl({QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
                 error);
}

bool PgServer::startServer(QString *error)
{
    return pgCtl({QStringLiteral("-l"), m_dir + QStringLiteral("/server.log"), QStringLiteral("-w"),
                  QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"), serverOptions(),
                  QStringLiteral("start")},
                 error);
}

QString PgServer::serverOptions() const
{
    QString options = QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2").arg(m_port).arg(m_dir);
    for (const QString &setting : m_options.settings)
        options += QStringLiteral(" -c ") + setting;
    return options;
}

QString PgServer::url(const QString &database, const QString &user) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user).arg(m_port).arg(database);
}

bool PgServer::createDatabase(const QString &name, QString *error) const
{
    return exec(QStringLiteral("postgres"), {QStringLiteral("CREATE DATABASE %1").arg(name)}, error);
}

bool PgServer::exec(const QString &database, const QStringList &statements, QString *error) const
{
    const QString connection = QStringLiteral("pgserver-") + QUuid::createUuid().toString(QUuid::Id128);
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_port);
        db.setUserName(QStringLiteral("parat"));
        db.setDatabaseName(database);
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
    if (!problem.isEmpty() && error)
        *error = problem;
    return problem.isEmpty();
}

bool PgServer::pgCtl(const QStringList &arguments, QString *error) const
{
    return run(m_bin + QStringLiteral("/pg_ctl"),
               QStringList {QStringLiteral("-D"), m_dir + QStringLiteral("/data")} + arguments, error);
}

// Runs program (as the postgres user when this process is root); its output on failure in *error.
bool PgServer::run(const QString &program, const QStringList &arguments, QString *error) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (m_runAs.isEmpty())
        process.start(program, arguments);
    else
        process.start(QStringLiteral("runuser"),
                      QStringList {QStringLiteral("-u"), m_runAs, QStringLiteral("--"), program} + arguments);
    if (!process.waitForStarted(10000) || !process.waitForFinished(120000)
        || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("%1 %2 failed: %3")
                         .arg(program, arguments.join(QLatin1Char(' ')),
                              process.errorString() + QLatin1Char(' ') + QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

} // namespace parat::test
