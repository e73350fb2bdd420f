#include "Database.h"

#include "FileSystem.h"
#include "Migrations.h"
#include "SqlDialect.h"
#include "SqlUtil.h"
#include "SqliteHealth.h"
#include "SqliteStop.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMetaObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <mutex>

namespace parat {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString sqlError(const QSqlError &error)
{
    return sql::errorText(error);
}

bool exec(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = sqlError(query.lastError());
    return false;
}

// Returns the single value of a PRAGMA or query, or an invalid QVariant with *error set.
QVariant scalar(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        if (error)
            *error = sqlError(query.lastError());
        return {};
    }
    return query.value(0);
}

// Before any connection exists: SQLite's error log must be set up before SQLite is first used.
const bool g_healthInstalled = (sqlitehealth::install(), true);

// A lock file that names no process (empty, garbage, pid 0), or a process that no longer runs on this host,
// is left over: by a crash, a kill, or another program. QLockFile itself only knows the second case.
bool lockIsStale(const QString &lockPath)
{
    QFile file(lockPath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> lines = file.read(4096).split('\n');
    bool ok = false;
    const qint64 pid = lines.value(0).trimmed().toLongLong(&ok);
    if (!ok || pid <= 0)
        return true;
    const QString host = QString::fromUtf8(lines.value(2).trimmed());
    if (!host.isEmpty() && host != QSysInfo::machineHostName())
        return false; // another machine's process: we cannot tell, so it holds
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

enum class LockResult
{
    Locked,
    HeldByOther,
    NoLockFile // the folder takes no lock file (read-only)
};

LockResult acquireLock(const QString &databasePath, std::unique_ptr<QLockFile> *lock, QString *holder)
{
    *lock = std::make_unique<QLockFile>(databasePath + QStringLiteral(".lock"));
    (*lock)->setStaleLockTime(0); // stale only when the process holding it is gone (a crash, a kill)
    if ((*lock)->tryLock(0))
        return LockResult::Locked;
    if ((*lock)->error() != QLockFile::LockFailedError) {
        lock->reset();
        return LockResult::NoLockFile;
    }
    if (lockIsStale(databasePath + QStringLiteral(".lock")) && (*lock)->removeStaleLockFile() && (*lock)->tryLock(0))
        return LockResult::Locked;
    qint64 pid = 0;
    QString host;
    QString application;
    (*lock)->getLockInfo(&pid, &host, &application);
    *holder = Database::tr("process %1 on %2").arg(pid).arg(host);
    lock->reset();
    return LockResult::HeldByOther;
}

bool renameFile(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

// The file open() is to open: an existing one must be an SQLite file whole enough to read its header; a new one is
// created owner-only (it holds names and e-mail addresses of real people). False with *error (and *problem when it
// is known) when it cannot be opened; nothing is changed then.
bool prepareFile(const QFileInfo &info, Database::OpenProblem *problem, QString *error)
{
    const QString path = info.absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(path);
    if (info.exists() && !info.isFile()) {
        *error = Database::tr("%1 is not a file.").arg(shown);
        return false;
    }
    if (!info.exists()) {
        const QFileInfo dir(info.absolutePath());
        if (!dir.isDir()) {
            *error = Database::tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(dir.filePath()));
            return false;
        }
        // Create the file ourselves first so it is owner-only from the start: it holds names and
        // e-mail addresses of real people. SQLite gives its -wal and -shm files the same permissions.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            *error = Database::tr("The database file %1 could not be created: %2").arg(shown, file.errorString());
            return false;
        }
        file.setPermissions(kOwnerOnly);
        file.close();
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = Database::tr("The database file %1 could not be read: %2").arg(shown, file.errorString());
            return false;
        }
        const QByteArray header = file.read(100);
        if (!header.isEmpty() && !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
            *error = Database::tr(
                         "%1 is not a Parat database (it is not an SQLite database file). It has not been changed.")
                         .arg(shown);
            *problem = Database::OpenProblem::NotParat;
            return false;
        }
        if (!header.isEmpty() && header.size() < 100) {
            *error = Database::tr("The database file %1 is damaged (it is cut short). It has not been changed.")
                         .arg(shown);
            *problem = Database::OpenProblem::Damaged;
            return false;
        }
    }
    return true;
}

// The message for a file whose first read failed other than for a full disk; *problem says what kind of failure.
QString unreadableMessage(const QSqlError &problem, const QString &shown, Database::OpenProblem *kind)
{
    if (problem.nativeErrorCode() == QLatin1String("14")) // SQLITE_CANTOPEN
        return Database::tr("The database file %1 could not be opened (%2). It has not been changed.")
            .arg(shown, sqlError(problem));
    *kind = Database::OpenProblem::Damaged;
    return Database::tr("The database file %1 is damaged or not a database (%2). It has not been changed.")
        .arg(shown, sqlError(problem));
}

// Refuses (with *error and *problem) a file that is not empty and not Parat's, or from a newer Parat.
bool refuseForeignOrNewer(const QString &shown, bool empty, int applicationId, int version,
                          Database::OpenProblem *problem, QString *error)
{
    if (!empty && applicationId != Database::ApplicationId) {
        *error = Database::tr(
                     "%1 is an SQLite database from another program, not a Parat database. It has not been changed.")
                     .arg(shown);
        *problem = Database::OpenProblem::NotParat;
        return true;
    }
    if (version > Database::schemaVersion()) {
        *error = Database::tr("%1 was saved by a newer version of Parat (database version %2; this Parat reads up to "
                              "version %3). Install the newer Parat to open it. The file has not been changed.")
                     .arg(shown)
                     .arg(version)
                     .arg(Database::schemaVersion());
        *problem = Database::OpenProblem::Newer;
        return true;
    }
    return false;
}

} // namespace

int Database::schemaVersion()
{
    return static_cast<int>(migrations().size());
}

Database::Database(QObject *parent)
    : QObject(parent)
    , m_connectionPrefix(QStringLiteral("parat-") + QUuid::createUuid().toString(QUuid::Id128) + QLatin1Char('-'))
{ }

Database::~Database()
{
    close();
}

void Database::close()
{
    if (m_stopCheck) {
        // Nobody waits for the answer any more: stop the check at its next step rather than reading the rest of the
        // file (at 98 x 3,000 tasks the check is several times the window's own start-up), and the daily restore
        // point unless it is past its point of no return (RestorePoints::take() removes its partial copy). Their
        // connections must not outlive the open file, so they are still waited for.
        m_stopCheck->request();
        if (m_backgroundCheck.valid())
            m_backgroundCheck.wait();
        if (m_dailyPoint.valid())
            m_dailyPoint.wait();
    }
    m_backgroundCheck = {};
    m_dailyPoint = {};
    m_stopCheck.reset();
    m_damageAnnounced = false;
    removeConnections();
    m_lock.reset();
    m_open = false;
    m_readOnly = false;
    m_readOnlyReason = ReadOnlyReason::None;
    m_immutable = false;
    m_depth = 0;
    m_server = false;
    m_serverUrl.clear();
    m_subscribed = false;
    m_connectionLost = false;
    m_uncertainTransaction.clear();
}

void Database::removeConnections()
{
    QMutexLocker locker(&m_connectionsMutex);
    for (const QString &name : std::as_const(m_connectionNames)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    m_connectionNames.clear();
}

bool Database::openConnection(const QString &connectionName, bool readOnly, QString *error) const
{
    if (m_server)
        return openServerConnection(connectionName, error);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    {
        QMutexLocker locker(&m_connectionsMutex);
        m_connectionNames.append(connectionName);
    }
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (m_immutable) {
        // On a read-only medium SQLite cannot create the -shm file a WAL database needs even for reading; a
        // cleanly closed file there cannot change under us, so it is read as immutable.
        db.setDatabaseName(QStringLiteral("file:") + QString::fromLatin1(QUrl::toPercentEncoding(m_path, "/"))
                           + QStringLiteral("?immutable=1"));
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    } else {
        db.setDatabaseName(m_path);
    }
    db.setConnectOptions(options);
    if (!db.open()) {
        if (error)
            *error = tr("The database file %1 could not be opened: %2")
                         .arg(QDir::toNativeSeparators(m_path), sqlError(db.lastError()));
        return false;
    }
    // Per connection, so every connection gets them, including the first one open() makes.
    exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), nullptr);
    exec(db, QStringLiteral("PRAGMA synchronous = FULL"), nullptr);
    return true;
}

QSqlDatabase Database::connection() const
{
    const QString name = m_connectionPrefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()));
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    QString error;
    if (!openConnection(name, m_readOnly, &error))
        qWarning("%s", qPrintable(error));
    return QSqlDatabase::database(name, false);
}

void Database::releaseThreadConnection() const
{
    const QString name = m_connectionPrefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()));
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QMutexLocker locker(&m_connectionsMutex);
    m_connectionNames.removeAll(name);
}

bool Database::open(const QString &path, QString *error)
{
    return open(path, error, OpenOptions());
}

bool Database::open(const QString &path, QString *error, OpenOptions options)
{
    close();
    m_problem = OpenProblem::Other;
    m_path = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(m_path);
    const QString shown = QDir::toNativeSeparators(m_path);

    if (!prepareFile(info, &m_problem, error))
        return false;

    const storage::FileSystemInfo fileSystem = storage::fileSystemOf(info.absolutePath());
    const bool mediumReadOnly
        = fileSystem.readOnly || (info.exists() && !info.isWritable()) || !QFileInfo(info.absolutePath()).isWritable();
    m_readOnly = options.readOnly || mediumReadOnly;
    m_readOnlyReason = mediumReadOnly ? ReadOnlyReason::Medium
        : m_readOnly                  ? ReadOnlyReason::Requested
                                      : ReadOnlyReason::None;
    m_rollbackJournal = fileSystem.network;
    m_checkInBackground = options.checkInBackground;
    if (!m_readOnly) {
        QString holder;
        const LockResult locked = acquireLock(m_path, &m_lock, &holder);
        if (locked == LockResult::HeldByOther) {
            *error = tr("%1 is already open in another Parat (%2). Close it there first, or open it read-only.")
                         .arg(shown, holder);
            m_problem = OpenProblem::Locked;
            return false;
        }
        if (locked == LockResult::NoLockFile) {
            // The folder does not take a lock file: open read-only, and say why writes fail.
            m_readOnly = true;
            m_readOnlyReason = fileSystem.freeBytes >= 0 && fileSystem.freeBytes < 1024 * 1024
                ? ReadOnlyReason::DiskFull
                : ReadOnlyReason::Medium;
        }
    }
    const QFileInfo wal(m_path + QStringLiteral("-wal"));
    m_immutable = m_readOnlyReason == ReadOnlyReason::Medium && (!wal.exists() || wal.size() == 0);
    const QString name = m_connectionPrefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()));
    if (!openConnection(name, m_readOnly, error)) {
        removeConnections();
        return false;
    }
    if (!inspectAndMigrate(error)) {
        removeConnections();
        m_lock.reset();
        return false;
    }
    m_open = true;
    m_problem = OpenProblem::None;
    m_damaged = false;
    m_damageDetail.clear();
    m_damageBaseline = sqlitehealth::damageEvents();
    return true;
}

bool Database::inspectAndMigrate(QString *error)
{
    QSqlDatabase db = connection();
    const QString shown = QDir::toNativeSeparators(m_path);
    QString sqlProblem;
    // Damage found here is reported by this open; it says nothing about other open databases.
    const sqlitehealth::ExpectDamage expectDamage;

    // Read-only look first: nothing is written before we know the file is ours and not from the future.
    QSqlQuery first(db);
    if (!first.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !first.next()) {
        const QSqlError problem = first.lastError();
        if (diskIsFull(problem)) {
            *error = diskFullMessage();
            m_problem = OpenProblem::DiskFull;
            return false;
        }
        *error = unreadableMessage(problem, shown, &m_problem);
        return false;
    }
    const QVariant tables = first.value(0);
    first.finish();
    const int applicationId = scalar(db, QStringLiteral("PRAGMA application_id"), &sqlProblem).toInt();
    const int version = scalar(db, QStringLiteral("PRAGMA user_version"), &sqlProblem).toInt();
    const bool empty = tables.toInt() == 0 && version == 0;

    if (refuseForeignOrNewer(shown, empty, applicationId, version, &m_problem, error))
        return false;
    if (!empty && m_checkInBackground && version == schemaVersion() && !m_immutable) {
        startBackgroundCheck();
    } else if (!empty) {
        QString detail;
        if (!checkQuick(&detail)) {
            *error = damageMessageFor(m_path, detail);
            m_problem = OpenProblem::Damaged;
            return false;
        }
    }
    if (m_readOnly && version < schemaVersion()) {
        *error = tr("%1 must be updated to this version of Parat, but the file is read-only.").arg(shown);
        return false;
    }
    if (m_readOnly)
        return true;

    // WAL needs shared memory between the processes using the file, which network file systems do not give:
    // there the file keeps a rollback journal (docs/data-safety.md).
    const QString journal = m_rollbackJournal ? QStringLiteral("DELETE") : QStringLiteral("WAL");
    QSqlQuery mode(db);
    if (!mode.exec(QStringLiteral("PRAGMA journal_mode = ") + journal)) {
        if (diskIsFull(mode.lastError())) {
            *error = diskFullMessage();
            m_problem = OpenProblem::DiskFull;
        } else {
            *error = tr("The database file %1 could not be prepared: %2").arg(shown, sqlError(mode.lastError()));
        }
        return false;
    }
    mode.finish();
    if (version < schemaVersion()) {
        if (!empty) {
            RestorePoint point;
            m_migrating = true;
            const bool taken = takeRestorePoint(QStringLiteral("migration"), &point, error);
            m_migrating = false;
            if (!taken)
                return false;
        }
        if (!migrate(version, error))
            return false;
    }
    return true;
}

bool Database::migrate(int fromVersion, QString *error)
{
    QSqlDatabase db = connection();
    const sql::Engine engine = sql::engineOf(db);
    const auto &all = migrations();
    for (int target = fromVersion + 1; target <= static_cast<int>(all.size()); ++target) {
        QString problem;
        bool ok = exec(db, sql::beginStatement(engine), &problem);
        if (ok && target == 1) {
            const QStringList marks = engine == sql::Engine::Sqlite
                ? QStringList {QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)}
                : sql::serverSchemaTableStatements(ApplicationId);
            for (const QString &mark : marks)
                ok = ok && exec(db, mark, &problem);
        }
        for (const QString &statement : all.at(target - 1)) {
            if (!ok)
                break;
            for (const QString &translated : sql::migrationStatements(statement, engine))
                ok = ok && exec(db, translated, &problem);
        }
        if (ok)
            ok = exec(db, sql::setSchemaVersionStatement(engine, target), &problem);
        if (ok)
            ok = exec(db, QStringLiteral("COMMIT"), &problem);
        if (!ok) {
            exec(db, QStringLiteral("ROLLBACK"), nullptr);
            *error
                = tr("The database could not be updated to version %1: %2. It is unchanged.").arg(target).arg(problem);
            return false;
        }
    }
    return true;
}

int Database::fileSchemaVersion() const
{
    return std::max(0, sql::schemaVersionOf(connection(), nullptr));
}

bool Database::diskIsFull(const QSqlError &error) const
{
    if (m_server)
        return false; // the server's own message says it
    const int code = error.nativeErrorCode().toInt() & 0xff;
    if (code == 13) // SQLITE_FULL
        return true;
    if (code != 10) // SQLITE_IOERR: a full disk shows as one when SQLite cannot extend its -shm file
        return false;
    const qint64 free = storage::fileSystemOf(QFileInfo(m_path).absolutePath()).freeBytes;
    return free >= 0 && free < 1024 * 1024;
}

QString Database::diskFullMessage() const
{
    return tr("The disk holding %1 is full. Make room on it and try again; nothing has been changed.")
        .arg(QDir::toNativeSeparators(m_path));
}

namespace {

// Asks SQLite to stop a statement once the check is to stop; SQLite calls it every 1,000 steps.
int stopWhenAsked(void *stop)
{
    return static_cast<std::atomic<bool> *>(stop)->load() ? 1 : 0;
}

// PRAGMA quick_check(1) of the file at path on a connection of its own (the calling thread's); empty when it is
// sound, otherwise what SQLite found. Stopping it ends it early with an empty answer: a check stopped is no finding.
template<typename Stop> QString quickCheckFile(const QString &path, Stop &stop)
{
    sqlite3 *db = nullptr;
    const QByteArray name = QFile::encodeName(path);
    QString detail;
    if (sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        detail = QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
        sqlite3_close(db);
        return detail;
    }
    sqlite3_busy_timeout(db, 5000);
    sqlite3_progress_handler(db, 1000, stopWhenAsked, &stop.stop);
    sqlite3_stmt *statement = nullptr;
    if (!stop.attach(db)) {
        // Closed before the check began: nothing to report.
    } else if (sqlite3_prepare_v2(db, "PRAGMA quick_check(1)", -1, &statement, nullptr) != SQLITE_OK
               || sqlite3_step(statement) != SQLITE_ROW) {
        if (!stop.stop.load())
            detail = QString::fromUtf8(sqlite3_errmsg(db));
    } else if (!stop.stop.load()) {
        // An interrupted walk can also end in a row that lists what it did not reach: only a whole check counts.
        const QString result = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        if (result != QLatin1String("ok"))
            detail = QString(result).remove(QStringLiteral("*** in database main ***")).simplified();
    }
    stop.detach();
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return detail;
}

} // namespace

void Database::startBackgroundCheck()
{
    const QString path = m_path;
    m_stopCheck = std::make_shared<storage::SqliteStop>();
    std::future<QString> check = std::async(std::launch::async, [this, path, stop = m_stopCheck] {
        const QString detail = quickCheckFile(path, *stop);
        // Tell the owner's thread; the call is dropped if the Database is gone by then (close() waits for us).
        QMetaObject::invokeMethod(
            this,
            [this] {
                collectBackgroundCheck(false);
                if (m_damaged && !m_damageAnnounced && m_open) {
                    m_damageAnnounced = true;
                    emit damageFound();
                }
            },
            Qt::QueuedConnection);
        return detail;
    });
    m_backgroundCheck = check.share();
}

bool Database::collectBackgroundCheck(bool wait) const
{
    if (!m_backgroundCheck.valid())
        return !m_damaged;
    if (!wait && m_backgroundCheck.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return true;
    const QString detail = m_backgroundCheck.get();
    m_backgroundCheck = {};
    if (!detail.isEmpty() && m_open && !m_damaged) {
        m_damaged = true;
        m_damageDetail = detail;
    }
    return !m_damaged;
}

bool Database::waitForIntegrityCheck()
{
    collectBackgroundCheck(true);
    if (m_damaged && !m_damageAnnounced && m_open) {
        m_damageAnnounced = true;
        emit damageFound();
    }
    return !isDamaged();
}

bool Database::checkQuick(QString *detail) const
{
    const sqlitehealth::ExpectDamage expectDamage; // the result says it
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA quick_check(1)")) || !query.next()) {
        *detail = sqlError(query.lastError());
        return false;
    }
    QString result = query.value(0).toString();
    if (result == QLatin1String("ok"))
        return true;
    *detail = result.remove(QStringLiteral("*** in database main ***")).simplified();
    return false;
}

bool Database::markDamagedIfReported() const
{
    if (m_server)
        return false; // SQLite's damage reports are about files
    if (!m_damaged && m_open && sqlitehealth::damageEvents() > m_damageBaseline) {
        m_damaged = true;
        m_damageDetail = sqlitehealth::lastDamage();
    }
    return m_damaged;
}

bool Database::isDamaged() const
{
    collectBackgroundCheck(false);
    return markDamagedIfReported();
}

QString Database::damageMessage() const
{
    return damageMessageFor(m_path, m_damageDetail.isEmpty() ? tr("SQLite found damaged data") : m_damageDetail);
}

QString Database::damageMessageFor(const QString &path, const QString &detail)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    QString message = tr("The database file %1 is damaged (%2). Parat does not write to a damaged file, so "
                         "nothing more is lost; what it shows from it may be incomplete.")
                          .arg(shown, detail);
    const auto newest = RestorePoints(path).newestVerified();
    if (newest) {
        message += QLatin1Char(' ')
            + tr("The newest verified restore point is from %1 (%2). Restore it with Restore Points in the "
                 "window, or with: parat --db %3 backup restore %4")
                  .arg(newest->takenAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                       restoreReasonName(newest->reason), shown, newest->id);
    } else {
        message += QLatin1Char(' ')
            + tr("There is no verified restore point. Keep a copy of the file and ask for help before changing it.");
    }
    return message;
}

QString Database::readOnlyMessage() const
{
    switch (m_readOnlyReason) {
    case ReadOnlyReason::DiskFull:
        return diskFullMessage();
    case ReadOnlyReason::Medium:
        return tr("The database %1 is on a read-only medium or in a folder that cannot be written; nothing can be "
                  "changed. Copy it to a writable folder to change it.")
            .arg(QDir::toNativeSeparators(m_path));
    default:
        return tr("The database is open read-only; nothing can be changed.");
    }
}

bool Database::begin(QString *error)
{
    if (m_readOnly) {
        if (error)
            *error = readOnlyMessage();
        return false;
    }
    if (m_depth == 0) {
        waitForIntegrityCheck(); // nothing is written to a file whose check has not come back
        waitForDailyRestorePoint(); // nor before today's restore point exists (or could not be taken)
    }
    if (isDamaged()) {
        if (error)
            *error = damageMessage();
        return false;
    }
    if (m_connectionLost) {
        if (error)
            *error = notStoredMessage();
        return false;
    }
    QString problem;
    const QString sql = m_depth == 0 ? sql::beginStatement(sql::engineOf(connection()))
                                     : QStringLiteral("SAVEPOINT sp%1").arg(m_depth);
    if (!exec(connection(), sql, &problem)) {
        if (error)
            *error = noteLostConnection() ? notStoredMessage()
                                          : tr("The database is busy or cannot be written: %1").arg(problem);
        return false;
    }
    ++m_depth;
    return true;
}

bool Database::commit(QString *error)
{
    // A lost server connection ended the transaction (noteLostConnection() set the depth to 0): nothing is stored.
    if (m_depth == 0) {
        if (error)
            *error = notStoredMessage();
        return false;
    }
    // Damage met by any statement of the transaction: what it wrote may rest on damaged data, so it goes.
    if (isDamaged()) {
        rollback();
        if (error)
            *error = damageMessage();
        return false;
    }
    --m_depth;
    QSqlQuery query(connection());
    QString transaction; // a server's id of this transaction, to learn its fate if the COMMIT's answer is lost
    if (m_server && m_depth == 0 && query.exec(QStringLiteral("SELECT pg_current_xact_id()::text")) && query.next())
        transaction = query.value(0).toString();
    const QString sql = m_depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sp%1").arg(m_depth);
    if (!query.exec(sql)) {
        const QSqlError problem = query.lastError();
        if (m_server && m_depth == 0 && noteLostConnection()) {
            m_uncertainTransaction = transaction;
            if (error)
                *error = transaction.isEmpty()
                    ? notStoredMessage()
                    : tr("The connection to the server was lost while the change was being saved, so it is not known "
                         "yet whether it was stored. Parat reconnects by itself and then says which.");
            return false;
        }
        ++m_depth;
        rollback();
        if (error)
            *error = diskIsFull(problem) ? diskFullMessage()
                                         : tr("The change could not be saved: %1").arg(sqlError(problem));
        return false;
    }
    if (m_depth == 0) {
        m_staleEdit = false;
        ++m_revision;
        emit changed();
    }
    return true;
}

bool Database::lockPlanWork(QString *error)
{
    Q_ASSERT(m_depth > 0);
    const QString statement = sql::tryPlanWorkLockStatement(sql::engineOf(connection()));
    if (statement.isEmpty())
        return true;
    QSqlQuery query(connection());
    if (!query.exec(statement) || !query.next()) {
        if (error)
            *error = tr("The plan could not be reserved for the import: %1").arg(sqlError(query.lastError()));
        return false;
    }
    if (!query.value(0).toBool()) {
        if (error)
            *error = tr("Another user is importing into the plan or restoring part of it right now. Nothing has been "
                        "changed; try again in a moment.");
        return false;
    }
    return true;
}

void Database::noteStaleEdit()
{
    m_staleEdit = true;
    if (m_depth == 0) {
        m_staleEdit = false;
        ++m_revision;
        emit changed();
    }
}

void Database::rollback()
{
    // A lost server connection ended the transaction already (noteLostConnection() set the depth to 0).
    if (m_depth == 0)
        return;
    --m_depth;
    if (m_depth == 0) {
        if (!exec(connection(), QStringLiteral("ROLLBACK"), nullptr))
            noteLostConnection();
        if (m_staleEdit) {
            // The refused row is read again by the views (noteStaleEdit()).
            m_staleEdit = false;
            ++m_revision;
            emit changed();
        }
    } else {
        exec(connection(), QStringLiteral("ROLLBACK TO sp%1").arg(m_depth), nullptr);
        exec(connection(), QStringLiteral("RELEASE sp%1").arg(m_depth), nullptr);
    }
}

QString Database::restorePointDir() const
{
    return RestorePoints(m_path).folder();
}

bool Database::takeRestorePoint(const QString &reason, RestorePoint *taken, QString *error)
{
    if (m_server) {
        *error = tr("A restore point could not be taken: restore points are copies of a database file, and this "
                    "plan is on a server. Copy it to a file with: parat copy %1 FILE")
                     .arg(m_path);
        return false;
    }
    // m_migrating: the point taken before a migration is taken while the file is being opened.
    if (m_readOnly || !(m_open || m_migrating)) {
        *error = tr("A restore point could not be taken: %1")
                     .arg(m_readOnly ? readOnlyMessage() : tr("the database is not open."));
        return false;
    }
    // One point at a time: the daily one taken beside the window first.
    waitForDailyRestorePoint();
    // A copy of a damaged file is no way back: check the file first.
    waitForIntegrityCheck();
    QString detail;
    if (!isDamaged() && !checkQuick(&detail)) {
        m_damaged = true;
        m_damageDetail = detail;
    }
    if (isDamaged()) {
        *error = damageMessage();
        return false;
    }
    RestorePoints points(m_path);
    if (!points.take(connection(), reason, taken, error)) {
        *error = restorePointFailure(points, *error);
        return false;
    }
    points.prune(KeepRecentRestorePoints);
    return true;
}

QString Database::restorePointFailure(const RestorePoints &points, const QString &error) const
{
    const QFileInfo folder(points.folder());
    const qint64 free
        = storage::fileSystemOf(folder.exists() ? folder.filePath() : QFileInfo(m_path).absolutePath()).freeBytes;
    if (free >= 0 && free < 1024 * 1024)
        return tr("A restore point could not be taken: the disk holding %1 is full.")
            .arg(QDir::toNativeSeparators(points.folder()));
    return error;
}

bool Database::dailyRestorePointDue(const QDate &today)
{
    if (m_readOnly || !m_open || m_server)
        return false;
    const QList<RestorePoint> points = restorePoints();
    for (const RestorePoint &point : points) {
        if (point.takenAt.toLocalTime().date() == today)
            return false;
    }
    const QVariant rows = scalar(connection(),
                                 QStringLiteral("SELECT (SELECT count(*) FROM municipality) + "
                                                "(SELECT count(*) FROM handbook_version)"),
                                 nullptr);
    return rows.toInt() > 0; // an empty file is worth no copy yet
}

bool Database::takeDailyRestorePointIfDue(const QDate &today, QString *error)
{
    if (!dailyRestorePointDue(today))
        return true;
    return takeRestorePoint(QStringLiteral("daily"), nullptr, error);
}

void Database::takeDailyRestorePointInBackground(const QDate &today)
{
    if (m_dailyPoint.valid() || !dailyRestorePointDue(today) || isDamaged())
        return;
    if (!m_stopCheck)
        m_stopCheck = std::make_shared<storage::SqliteStop>();
    // The worker reads only what stays fixed while the file is open (its path; connection() for its own connection).
    const QString path = m_path;
    m_dailyPoint = std::async(std::launch::async, [this, path, check = m_backgroundCheck, stop = m_stopCheck] {
        QString failure;
        // A copy of a damaged file is no way back: the background check's answer first. It is the check of the file
        // as the point copies it, since every write waits for the point. Without a background check the file was
        // checked by open(). A check stopped by close() answers "sound", and the stop is seen below.
        const bool sound = !check.valid() || check.get().isEmpty();
        if (sound && !stop->requested()) {
            RestorePoints points(path);
            QString error;
            bool stopped = false;
            if (points.take(connection(), QStringLiteral("daily"), nullptr, &error, stop.get(), &stopped))
                points.prune(KeepRecentRestorePoints);
            else if (!stopped)
                failure = restorePointFailure(points, error);
            releaseThreadConnection();
        }
        // Tell the owner's thread; the call is dropped if the Database is gone by then (close() waits for us).
        QMetaObject::invokeMethod(
            this, [this] { collectDailyRestorePoint(false); }, Qt::QueuedConnection);
        return failure;
    });
}

bool Database::waitForDailyRestorePoint()
{
    return collectDailyRestorePoint(true);
}

bool Database::collectDailyRestorePoint(bool wait)
{
    if (!m_dailyPoint.valid())
        return true;
    if (!wait && m_dailyPoint.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return true;
    const QString failure = m_dailyPoint.get(); // once: the future is spent
    if (failure.isEmpty() || !m_open)
        return true;
    // Said from the event loop, so a window built after open() hears it, and never in the middle of a write.
    QMetaObject::invokeMethod(
        this, [this, failure] { emit dailyRestorePointFailed(failure); }, Qt::QueuedConnection);
    return false;
}

QList<RestorePoint> Database::restorePoints() const
{
    if (m_server)
        return {};
    return RestorePoints(m_path).list();
}

QList<RestorePoint> Database::restorePointsOf(const QString &databasePath)
{
    return RestorePoints(databasePath).list();
}

bool Database::replaceWithStaged(const QString &staging, bool setAside, QString *asidePath, QString *error)
{
    const QString path = m_path;
    // The connections close (checkpointing the WAL into the file) but the lock stays until the swap is done.
    removeConnections();
    m_open = false;
    if (setAside && QFileInfo::exists(path)) {
        const QString aside = path + QStringLiteral(".damaged-")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!renameFile(path, aside)) {
            QFile::remove(staging);
            *error = tr("The damaged file could not be moved aside; nothing was changed.");
            return false;
        }
        if (QFileInfo::exists(path + QStringLiteral("-wal")))
            renameFile(path + QStringLiteral("-wal"), aside + QStringLiteral("-wal"));
        if (asidePath)
            *asidePath = aside;
    } else {
        QFile::remove(path + QStringLiteral("-wal"));
    }
    QFile::remove(path + QStringLiteral("-shm"));
    if (!renameFile(staging, path)) {
        QFile::remove(staging);
        *error
            = tr("The restore point could not replace the database: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    return true;
}

bool Database::restore(const QString &restorePointId, QString *error)
{
    if (m_server) {
        *error = tr("There is no restore point called %1.").arg(restorePointId);
        return false;
    }
    if (m_readOnly) {
        begin(error);
        return false;
    }
    // Nothing is replaced while the daily restore point is being taken from the file.
    waitForDailyRestorePoint();
    const RestorePoints points(m_path);
    const auto chosen = points.find(restorePointId);
    if (!chosen) {
        *error = tr("There is no restore point called %1.").arg(restorePointId);
        return false;
    }
    // Verify (a copy of) the point in full before anything is replaced.
    const QString staging = m_path + QStringLiteral(".restoring");
    if (!points.copyVerified(*chosen, staging, error))
        return false;
    // The current state becomes a restore point, unless it is damaged: then the file itself is kept aside.
    bool damaged = isDamaged();
    if (!damaged) {
        QString pointError;
        if (!takeRestorePoint(QStringLiteral("restore"), nullptr, &pointError)) {
            damaged = isDamaged();
            if (!damaged) {
                QFile::remove(staging);
                *error = pointError;
                return false;
            }
        }
    }
    const QString path = m_path;
    if (!replaceWithStaged(staging, damaged, nullptr, error)) {
        QString reopenError;
        open(path, &reopenError);
        return false;
    }
    if (!open(path, error))
        return false;
    ++m_revision;
    emit restored();
    emit changed();
    return true;
}

Database::RestoreFailure Database::restoreFile(const QString &path, const QString &restorePointId, QString *message,
                                               QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const RestorePoints points(absolute);
    const auto chosen = points.find(restorePointId);
    if (!chosen) {
        *error = tr("There is no restore point called %1.").arg(restorePointId);
        return RestoreFailure::NoSuchPoint;
    }
    // Verified before the database is even looked at: an unusable point changes nothing.
    QString problem;
    if (!RestorePoints::verifyFile(chosen->path, chosen->claimedMunicipalities, &problem)) {
        *error = tr("The restore point %1 cannot be used: %2. Nothing was changed.").arg(restorePointId, problem);
        return RestoreFailure::Unusable;
    }
    Database db;
    QString openError;
    if (db.open(absolute, &openError)) {
        if (!db.restore(restorePointId, error))
            return RestoreFailure::Database;
        *message = tr("Restored %1. The state before the restore was kept as a restore point.").arg(restorePointId);
        return RestoreFailure::None;
    }
    if (db.openProblem() == OpenProblem::Locked || db.openProblem() == OpenProblem::DiskFull) {
        *error = openError;
        return RestoreFailure::Database;
    }
    // The file cannot be opened (damaged, not a Parat file, ...): it is kept aside, never overwritten.
    db.m_path = absolute;
    QString holder;
    const LockResult locked = acquireLock(absolute, &db.m_lock, &holder);
    if (locked != LockResult::Locked) {
        *error = locked == LockResult::HeldByOther
            ? tr("%1 is open in another Parat (%2). Close it there first.")
                  .arg(QDir::toNativeSeparators(absolute), holder)
            : tr("The folder of %1 cannot be written, so the restore point cannot replace it.")
                  .arg(QDir::toNativeSeparators(absolute));
        return RestoreFailure::Database;
    }
    const QString staging = absolute + QStringLiteral(".restoring");
    if (!points.copyVerified(*chosen, staging, error))
        return RestoreFailure::Database;
    QString aside;
    if (!db.replaceWithStaged(staging, true, &aside, error))
        return RestoreFailure::Database;
    db.m_lock.reset();
    if (!db.open(absolute, error))
        return RestoreFailure::Database;
    *message = aside.isEmpty()
        ? tr("Restored %1.").arg(restorePointId)
        : tr("Restored %1. The file it replaced was kept as %2.").arg(restorePointId, QDir::toNativeSeparators(aside));
    return RestoreFailure::None;
}

QString Database::restoreReasonName(const QString &reason)
{
    if (reason == QLatin1String("migration"))
        return tr("Before a database update");
    if (reason == QLatin1String("import"))
        return tr("Before a handbook import");
    if (reason == QLatin1String("restore"))
        return tr("Before a restore");
    if (reason == QLatin1String("remove-municipality"))
        return tr("Before removing a municipality");
    if (reason == QLatin1String("daily"))
        return tr("First opening of the day");
    if (reason == QLatin1String("manual"))
        return tr("Taken by the user");
    if (reason == QLatin1String("status-import"))
        return tr("Before a status import");
    return reason;
}

} // namespace parat
