#include "PgCluster.h"

#include "TestSupport.h"

#include <QElapsedTimer>

#include <memory>

namespace parat::test {

namespace {

std::unique_ptr<PgCluster> g_cluster;
QString g_startError;

} // namespace

PgCluster &PgCluster::instance()
{
    if (!g_cluster && g_startError.isEmpty()) {
        std::unique_ptr<PgCluster> cluster(new PgCluster);
        QElapsedTimer timer;
        timer.start();
        QString error;
        if (cluster->m_server.start(&error)) {
            cluster->m_startSeconds = double(timer.nsecsElapsed()) / 1e9;
            g_cluster = std::move(cluster);
        } else {
            g_startError = error;
        }
    }
    INFO("The test needs a PostgreSQL server and could not start one: " << g_startError.toStdString());
    REQUIRE(g_cluster);
    return *g_cluster;
}

void PgCluster::stopServer()
{
    QString error;
    const bool stopped = m_server.stopServer(&error);
    INFO("pg_ctl stop -m immediate failed: " << error.toStdString());
    REQUIRE(stopped);
}

void PgCluster::startServer()
{
    QString error;
    const bool started = m_server.startServer(&error);
    INFO("pg_ctl start failed: " << error.toStdString());
    REQUIRE(started);
}

void PgCluster::stop()
{
    g_cluster.reset();
}

QString PgCluster::urlOf(const QString &database) const
{
    return m_server.url(database);
}

QString PgCluster::createDatabase()
{
    const QString name = QStringLiteral("parat_test_%1").arg(++m_databases);
    QString problem;
    const bool created = m_server.createDatabase(name, &problem);
    INFO("CREATE DATABASE on the test cluster failed: " << problem.toStdString());
    REQUIRE(created);
    return urlOf(name);
}

void PgCluster::exec(const QString &url, const QStringList &statements)
{
    QString problem;
    const bool done
        = m_server.exec(url.section(QLatin1Char('/'), -1).section(QLatin1Char('?'), 0, 0), statements, &problem);
    INFO("A statement on the test cluster failed: " << problem.toStdString());
    REQUIRE(done);
}

QString pgTestDatabase()
{
    return PgCluster::instance().createDatabase();
}

} // namespace parat::test
