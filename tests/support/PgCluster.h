#pragma once

#include "PgServer.h"

#include <QString>
#include <QStringList>

namespace parat::test {

// The throw-away PostgreSQL cluster (PgServer, PgServer::throwAway() options) for the tests that need a server. One
// cluster per test process, started on first use and stopped and removed when the run ends (PgCluster::stop(),
// called by TestMain).
//
// No binaries, or a cluster that does not start, is a test FAILURE with the reason: CI installs PostgreSQL.
class PgCluster
{
public:
    // The running cluster; REQUIREs that it could be started.
    static PgCluster &instance();

    // A fresh, empty database of its own for one test: "postgresql://parat@127.0.0.1:PORT/NAME". REQUIREs success.
    QString createDatabase();
    // Runs statements in a database of the cluster (by its URL) as the cluster's superuser; REQUIREs success.
    void exec(const QString &url, const QStringList &statements);
    // The URL of a database name that may or may not exist.
    QString urlOf(const QString &database) const;
    int port() const { return m_server.port(); }
    // Seconds initdb + pg_ctl start took in this process.
    double startSeconds() const { return m_startSeconds; }

    // Faults (team mode): stops the server at once, as a crash or a pulled plug would (pg_ctl stop -m immediate: no
    // checkpoint, clients cut off), and starts it again on the same port. REQUIRE success.
    void stopServer();
    void startServer();

    // Stops and removes the cluster if this process started one.
    static void stop();

private:
    PgCluster() = default;

    PgServer m_server;
    double m_startSeconds = 0;
    int m_databases = 0;
};

// A fresh database on the test cluster (PgCluster::instance().createDatabase()).
QString pgTestDatabase();

} // namespace parat::test
