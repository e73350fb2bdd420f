// Database's team mode: a plan in a PostgreSQL database (docs/team-mode.md). The file mode is in Database.cpp; what
// differs between the engines' SQL is in SqlDialect.cpp.
#include "Database.h"

#include "SqlDialect.h"
#include "SqlUtil.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <utility>

namespace parat {

namespace {

// The libpq connection parameters an address may pass through (its query part), beside host, port, user and
// database.
const QStringList &passedParameters()
{
    static const QStringList names {QStringLiteral("sslmode"),
                                    QStringLiteral("sslrootcert"),
                                    QStringLiteral("sslcert"),
                                    QStringLiteral("sslkey"),
                                    QStringLiteral("connect_timeout"),
                                    QStringLiteral("application_name"),
                                    QStringLiteral("target_session_attrs")};
    return names;
}

} // namespace

bool Database::isServerUrl(const QString &target)
{
    return target.startsWith(QLatin1String("postgresql://")) || target.startsWith(QLatin1String("postgres://"));
}

bool Database::openServerConnection(const QString &connectionName, QString *error) const
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        if (error)
            *error = tr("Parat cannot reach a PostgreSQL server: Qt's PostgreSQL driver is not installed (Debian "
                        "package libqt6sql6-psql).");
        return false;
    }
    const QUrl url(m_serverUrl);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    m_connectionNames.append(connectionName);
    db.setHostName(url.host());
    if (url.port() > 0)
        db.setPort(url.port());
    db.setDatabaseName(url.path().mid(1));
    db.setUserName(url.userName());
    if (!url.password().isEmpty())
        db.setPassword(url.password());
    // Keepalives and a send timeout: a network that drops without a word is noticed in seconds, not hours.
    QStringList options {QStringLiteral("application_name=parat"), QStringLiteral("connect_timeout=10"),
                         QStringLiteral("keepalives=1"),           QStringLiteral("keepalives_idle=10"),
                         QStringLiteral("keepalives_interval=3"),  QStringLiteral("keepalives_count=3"),
                         QStringLiteral("tcp_user_timeout=15000")};
    const QUrlQuery query(url);
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (passedParameters().contains(name) && !value.contains(QLatin1Char(' ')) && !value.contains(QLatin1Char(';')))
            options.append(name + QLatin1Char('=') + value);
    }
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        if (error)
            *error = tr("The server database %1 could not be opened: %2").arg(m_path, sql::errorText(db.lastError()));
        return false;
    }
    QSqlQuery quiet(db);
    quiet.exec(QStringLiteral("SET client_min_messages = warning"));
    return true;
}

bool Database::openServer(const QString &url, QString *error, const ServerOptions &options)
{
    close();
    m_problem = OpenProblem::Other;
    QUrl parsed(url, QUrl::StrictMode);
    if (!isServerUrl(url) || !parsed.isValid() || parsed.path().size() < 2
        || parsed.path().mid(1).contains(QLatin1Char('/'))) {
        *error = tr("%1 is not the address of a server database; write postgresql://USER@HOST:PORT/DATABASE.")
                     .arg(url.section(QLatin1Char('@'), -1));
        return false;
    }
    if (!options.password.isEmpty())
        parsed.setPassword(options.password);
    m_server = true;
    m_serverUrl = parsed.toString();
    parsed.setPassword(QString());
    m_path = parsed.toString();
    const QString name = m_connectionPrefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()));
    if (!openConnection(name, false, error) || !inspectAndMigrateServer(options.createSchema, error)) {
        removeConnections();
        m_server = false;
        m_serverUrl.clear();
        return false;
    }
    m_open = true;
    m_problem = OpenProblem::None;
    m_damaged = false;
    return true;
}

bool Database::inspectAndMigrateServer(bool createSchema, QString *error)
{
    QSqlDatabase db = connection();
    QString problem;
    const int version = sql::schemaVersionOf(db, &problem);
    if (version < 0 && !problem.isEmpty()) {
        *error = tr("The server database %1 could not be read: %2").arg(m_path, problem);
        return false;
    }
    if (version < 0) {
        if (!sql::tableNames(db).isEmpty()) {
            *error = tr("The server database %1 holds tables of another program; it is not a Parat plan. It has not "
                        "been changed.")
                         .arg(m_path);
            m_problem = OpenProblem::NotParat;
            return false;
        }
        if (!createSchema) {
            *error = tr("The server database %1 holds no Parat plan yet. Create one with: parat server init %1")
                         .arg(m_path);
            m_problem = OpenProblem::NotParat;
            return false;
        }
        return migrate(0, error) && installChangeNotifications(nullptr, error);
    }
    QSqlQuery mark(db);
    if (!mark.exec(QStringLiteral("SELECT application_id FROM %1").arg(QLatin1String(sql::kServerSchemaTable)))
        || !mark.next() || mark.value(0).toLongLong() != ApplicationId) {
        *error = tr("The server database %1 is not a Parat plan (its schema mark is another program's). It has not "
                    "been changed.")
                     .arg(m_path);
        m_problem = OpenProblem::NotParat;
        return false;
    }
    if (version > schemaVersion()) {
        *error = tr("The server database %1 was set up by a newer version of Parat (database version %2; this Parat "
                    "reads up to version %3). Install the newer Parat to use it. It has not been changed.")
                     .arg(m_path)
                     .arg(version)
                     .arg(schemaVersion());
        m_problem = OpenProblem::Newer;
        return false;
    }
    if (version < schemaVersion()) {
        if (!createSchema) {
            *error = tr("The server database %1 must be updated to this version of Parat (from database version %2 to "
                        "%3). Everyone using it must then use this version. Update it with: parat server init %1")
                         .arg(m_path)
                         .arg(version)
                         .arg(schemaVersion());
            return false;
        }
        return migrate(version, error) && installChangeNotifications(nullptr, error);
    }
    return !createSchema || installChangeNotifications(nullptr, error);
}

bool Database::installChangeNotifications(int *added, QString *error)
{
    if (added)
        *added = 0;
    if (!m_server)
        return true;
    QSqlDatabase db = connection();
    const QStringList missing = sql::tablesWithoutChangeNotification(db);
    if (missing.isEmpty())
        return true;
    QString problem;
    QSqlQuery query(db);
    bool ok = query.exec(QStringLiteral("BEGIN"));
    for (const QString &statement : sql::changeNotificationStatements(db, missing)) {
        if (ok && !query.exec(statement)) {
            problem = sql::errorText(query.lastError());
            ok = false;
        }
    }
    if (ok && !query.exec(QStringLiteral("COMMIT"))) {
        problem = sql::errorText(query.lastError());
        ok = false;
    }
    if (!ok) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        if (error)
            *error = tr("The server database %1 could not be set up for live updates: %2. It is unchanged.")
                         .arg(m_path, problem);
        return false;
    }
    if (added)
        *added = int(missing.size());
    return true;
}

bool Database::subscribeToChanges()
{
    if (!m_server || !m_open)
        return false;
    QSqlDriver *driver = connection().driver();
    if (!m_subscribed) {
        // The driver lives as long as this thread's connection; reconnect() keeps the connection and subscribes again.
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                    onServerNotification(name, int(source), payload.toString());
                });
    }
    m_subscribed = driver->subscribedToNotifications().contains(QLatin1String(sql::kChangeChannel))
        || driver->subscribeToNotification(QLatin1String(sql::kChangeChannel));
    return m_subscribed;
}

void Database::setRemoteChangeFilter(std::function<bool(const QStringList &)> relevant)
{
    m_remoteFilter = std::move(relevant);
}

void Database::onServerNotification(const QString &name, int source, const QString &payload)
{
    // QPSQL compares the notifying backend's pid with this connection's: our own commits already said changed().
    if (name != QLatin1String(sql::kChangeChannel) || source == int(QSqlDriver::SelfSource))
        return;
    if (!m_remoteChanges.contains(payload))
        m_remoteChanges.append(payload);
    if (m_changePending)
        return;
    m_changePending = true;
    // A burst (another client's import: one notification per table and municipality) becomes one reload; inside a
    // write of our own it waits for the write to end.
    auto announce = std::make_shared<std::function<void()>>();
    *announce = [this, weak = std::weak_ptr<std::function<void()>>(announce)] {
        if (m_open && m_depth > 0) {
            if (const auto again = weak.lock())
                QTimer::singleShot(100, this, [again] { (*again)(); });
            return;
        }
        m_changePending = false;
        const QStringList changes = std::exchange(m_remoteChanges, {});
        if (!m_open)
            return;
        emit remoteChanged(changes);
        if (m_remoteFilter && !m_remoteFilter(changes))
            return;
        ++m_revision;
        emit changed();
    };
    QTimer::singleShot(100, this, [announce] { (*announce)(); });
}

QString Database::notStoredMessage()
{
    return tr("Nothing of this change was stored: the connection to the server was lost. Parat reconnects by itself; "
              "make the change again when the window is no longer read-only.");
}

bool Database::noteLostConnection()
{
    if (!m_server || !m_open)
        return false;
    if (m_connectionLost)
        return true;
    QSqlQuery probe(connection());
    if (probe.exec(QStringLiteral("SELECT 1")) && probe.next())
        return false;
    m_connectionLost = true;
    m_depth = 0;
    emit connectionLost();
    return true;
}

bool Database::checkConnection()
{
    return !noteLostConnection();
}

bool Database::reconnect(QString *error)
{
    if (!m_server || !m_open)
        return false;
    QSqlDatabase db = connection();
    db.close();
    if (!db.open()) {
        if (error)
            *error = tr("The server database %1 cannot be reached: %2").arg(m_path, sql::errorText(db.lastError()));
        return false;
    }
    QSqlQuery(db).exec(QStringLiteral("SET client_min_messages = warning"));
    // Other threads' connections are dead too; they are opened again when next asked for.
    const QString mine = db.connectionName();
    for (const QString &name : m_connectionNames) {
        if (name != mine)
            QSqlDatabase::database(name, false).close();
    }
    m_connectionLost = false;
    m_depth = 0;
    if (m_subscribed) {
        m_subscribed = false;
        db.driver()->subscribeToNotification(QLatin1String(sql::kChangeChannel));
        m_subscribed = db.driver()->subscribedToNotifications().contains(QLatin1String(sql::kChangeChannel));
    }
    if (!m_uncertainTransaction.isEmpty()) {
        // PostgreSQL remembers what became of a transaction: committed, aborted, or (cut off before its commit
        // record) nothing at all.
        QSqlQuery status(db);
        status.prepare(QStringLiteral("SELECT pg_xact_status(CAST(:xid AS xid8))"));
        status.bindValue(QStringLiteral(":xid"), m_uncertainTransaction);
        const bool stored = status.exec() && status.next() && status.value(0).toString() == QLatin1String("committed");
        m_uncertainTransaction.clear();
        emit commitResolved(stored);
    }
    emit connectionRestored();
    ++m_revision;
    emit changed();
    return true;
}

} // namespace parat
