#pragma once

#include <QString>
#include <QStringList>

namespace parat::test {

// A throw-away PostgreSQL cluster for the tests that need a server: initdb in a temporary folder, pg_ctl on a
// free loopback port (the unix socket in that folder too), trust authentication for one superuser. One cluster
// per test process, started on first use and stopped and removed when the run ends (stopPgCluster(), called by
// TestMain). The binaries are the newest /usr/lib/postgresql/*/bin (or $PARAT_PG_BIN). As root (CI), initdb and
// the server run as the `postgres` system user, since initdb refuses root.
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
    int port() const { return m_port; }
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
    bool start(QString *error);
    void shutdown();

    QString m_bin;
    QString m_dir;
    QString m_options; // the server's options (port, socket folder, …) for a restart
    QString m_runAs; // "postgres" when this process runs as root
    int m_port = 0;
    double m_startSeconds = 0;
    int m_databases = 0;
};

// A fresh database on the test cluster (PgCluster::instance().createDatabase()).
QString pgTestDatabase();

} // namespace parat::test
