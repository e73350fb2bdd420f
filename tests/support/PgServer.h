#pragma once

#include <QString>
#include <QStringList>

namespace parat::test {

// A throw-away PostgreSQL cluster, without Catch: initdb in a temporary folder, pg_ctl on a free loopback port (the
// unix socket in that folder too), trust authentication for one superuser, `parat`. The binaries are the newest
// /usr/lib/postgresql/*/bin (or $PARAT_PG_BIN). As root (CI), initdb and the server run as the `postgres` system
// user, since initdb refuses root. Used by the tests' PgCluster and by the benchmarks (tests/bench), which differ
// only in the options. Errors are values: false and the reason in *error.
class PgServer
{
public:
    struct Options
    {
        // The temporary folder's name starts so (under /tmp as root, else the temporary folder).
        QString folderPrefix = QStringLiteral("parat-pg");
        // initdb without waiting for the disk (-N): for a cluster nothing has to survive.
        bool initdbNoSync = true;
        // The server's settings beyond address, port and socket folder: "-c name=value" each.
        QStringList settings;
        // How the destructor stops the server: pg_ctl stop -m fast (a checkpoint) or immediate (none).
        bool stopImmediately = false;
    };
    // A test cluster: nothing has to survive, so no fsync, no synchronous commit, no full-page writes.
    static Options throwAway();

    explicit PgServer(Options options = throwAway());
    // Stops the server and removes its folder.
    ~PgServer();
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;

    // initdb and pg_ctl start; a port taken between looking and listening is tried again a few times.
    bool start(QString *error);
    // Stops the server (as the options say) if it runs, and removes the folder.
    void remove();

    // Stops the server at once, as a crash or a pulled plug would (pg_ctl stop -m immediate: no checkpoint, clients
    // cut off); startServer() starts it again on the same port.
    bool stopServer(QString *error);
    bool startServer(QString *error);

    // "postgresql://USER@127.0.0.1:PORT/DATABASE".
    QString url(const QString &database, const QString &user = QStringLiteral("parat")) const;
    // CREATE DATABASE name.
    bool createDatabase(const QString &name, QString *error) const;
    // Runs statements in a database of the cluster as its superuser, stopping at the first that fails.
    bool exec(const QString &database, const QStringList &statements, QString *error) const;

    QString binaries() const { return m_bin; }
    QString folder() const { return m_dir; }
    int port() const { return m_port; }

private:
    bool pgCtl(const QStringList &arguments, QString *error) const;
    bool run(const QString &program, const QStringList &arguments, QString *error) const;
    QString serverOptions() const;

    Options m_options;
    QString m_bin;
    QString m_dir;
    QString m_runAs; // "postgres" when this process runs as root
    int m_port = 0;
};

} // namespace parat::test
