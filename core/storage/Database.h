#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include "RestorePoints.h"

#include <atomic>
#include <functional>
#include <future>
#include <memory>

class QLockFile;
class QSqlError;

namespace parat {

namespace storage {
class SqliteStop;
}

// The Parat database file: opening and creating it (owner-only), PRAGMAs, forward-only migrations on
// PRAGMA user_version, restore points, and the per-thread connections repositories use.
//
// Invariants: a file that is not a Parat database, or one from a newer Parat, is never written to;
// each migration runs in its own transaction; a restore point is taken before migrating an existing file.
class Database : public QObject
{
    Q_OBJECT
public:
    // Highest schema version this Parat understands; bump with each new migration in Migrations.cpp.
    static int schemaVersion();
    // PRAGMA application_id of Parat files ("PRAT").
    static constexpr int ApplicationId = 0x50524154;

    explicit Database(QObject *parent = nullptr);
    ~Database() override;

    // Why the last open() failed, for callers that offer a way out (open read-only, pick a restore point).
    enum class OpenProblem
    {
        None,
        Locked, // another Parat has it open for writing
        NotParat, // not an SQLite file, or another program's SQLite file
        Damaged, // cut short or corrupt (PRAGMA quick_check fails)
        Newer, // from a newer Parat
        DiskFull, // the disk has no room for SQLite's working files
        Other // missing folder, permissions, ...
    };
    // Why an open database is read-only.
    enum class ReadOnlyReason
    {
        None,
        Requested, // OpenOptions::readOnly (beside another Parat)
        Medium, // the file, its folder or the file system cannot be written
        DiskFull // the disk has no room even for the lock file
    };
    struct OpenOptions
    {
        bool readOnly = false; // never write; no lock is taken, so it works beside another Parat
        // The integrity check (PRAGMA quick_check) of a file that needs no migration runs on a worker thread while
        // the caller goes on reading: its cost grows with the file, and the window's first paint should not. Every
        // write and every restore point waits for it; damage it finds makes the database refuse writes
        // (isDamaged()) and emits damageFound(). Without it open() checks before it returns.
        bool checkInBackground = false;
    };

    // Opens path, creating it (and nothing else) when it does not exist. On failure returns false with a
    // translated message in *error, sets openProblem() and leaves the file as it was.
    // A writable open holds "<file>.lock" until close(): a second Parat gets OpenProblem::Locked, never two
    // writers; a lock file that names no live process on this host (or names nothing) is stale and taken over.
    // A file or folder that cannot be written, or a read-only mount, is opened read-only (isReadOnly()): a
    // cleanly closed file there is opened immutable, since SQLite cannot create its -shm file.
    // The file is checked with PRAGMA quick_check first; a damaged file is refused (OpenProblem::Damaged).
    // On a network file system (SMB/CIFS, NFS) the file uses a rollback journal instead of WAL
    // (docs/data-safety.md).
    bool open(const QString &path, QString *error, OpenOptions options);
    bool open(const QString &path, QString *error);

    // Team mode (docs/team-mode.md, DatabaseServer.cpp): a plan in a PostgreSQL database, opened by its address
    // "postgresql://user@host:port/dbname[?sslmode=…]" through Qt's QPSQL driver. The password comes from the
    // caller (kept in memory for this object's connections only) or from ~/.pgpass through libpq; Parat never
    // writes it anywhere. A database without Parat's schema is refused (OpenProblem::NotParat) unless
    // createSchema is set; one from a newer Parat is refused (Newer); one from an older Parat is brought up to
    // date only with createSchema (`parat server init`), since other clients share it. Restore points, the lock
    // file and quick_check belong to files and are skipped for a server.
    struct ServerOptions
    {
        bool createSchema = false;
        QString password;
    };
    // True for a "postgresql://" or "postgres://" address.
    static bool isServerUrl(const QString &target);
    bool openServer(const QString &url, QString *error, const ServerOptions &options);
    bool isServer() const { return m_server; }

    // Team mode, live and faults (docs/team-mode.md, DatabaseServer.cpp). The server's triggers send
    // NOTIFY parat_changed '<table>:<municipality id>' on every change; subscribeToChanges() listens on this
    // thread's connection (the window's main thread) and turns other sessions' notifications into changed() (a burst
    // becomes one signal), so every page reloads as it does for its own edits. Its own session's are ignored.
    bool subscribeToChanges();
    bool isSubscribed() const { return m_subscribed; }
    // Decides whether a burst of other sessions' changes concerns this window: each change is a notification's
    // payload, "<table>:<municipality id>" (the id empty for a table without one; "access:<user>" for a grant or
    // revoke). When the filter says no, changed() is not emitted for them; remoteChanged() always is, first. Without a
    // filter every burst is a change.
    void setRemoteChangeFilter(std::function<bool(const QStringList &changes)> relevant);
    // True once a statement found the server gone: every write is refused until reconnect() succeeds.
    bool isConnectionLost() const { return m_connectionLost; }
    // A cheap round trip on a server; false (and connectionLost() emitted once) when the server cannot be reached.
    // True for a file.
    bool checkConnection();
    // Opens this thread's connection again after a loss, subscribes again when it was, tells what became of a commit
    // whose answer the loss took (commitResolved()), then emits connectionRestored() and changed(). False with
    // *error while the server cannot be reached.
    bool reconnect(QString *error);
    // True while a commit's outcome is not known (its answer was lost with the connection).
    bool hasUncertainCommit() const { return !m_uncertainTransaction.isEmpty(); }
    // Installs the server's change-notification triggers where they are missing (each table of the plan, and their
    // function); *added says on how many tables. Idempotent; `parat server init` and openServer() with
    // createSchema call it. Not a migration: a file has no use for it.
    bool installChangeNotifications(int *added, QString *error);
    // The words for a write that failed because the connection was lost: nothing of it was stored.
    static QString notStoredMessage();
    OpenProblem openProblem() const { return m_problem; }

    // Takes a "daily" restore point when none was taken today (local date) and the database holds anything.
    // Restore points are pruned to the newest 10 plus the newest of each older month.
    bool takeDailyRestorePointIfDue(const QDate &today, QString *error);
    // The same point beside the window (OpenDatabase): when one is due it is taken on a worker thread, on a connection
    // of its own, after the background integrity check, so the window opens at once. Every write (begin()), every
    // other restore point and every restore waits for it as they wait for the check: nothing is written to the file
    // before today's point exists. A file the check finds damaged gets no point (damageFound() says so). A point that
    // cannot be taken (disk full, folder not writable) is said by dailyRestorePointFailed(); writes then go on, as
    // they do after takeDailyRestorePointIfDue() fails. close() stops it unless it is past its point of no return (the
    // rename of the verified copy): no partial copy is left or listed (RestorePoints::take()).
    void takeDailyRestorePointInBackground(const QDate &today);
    // Waits for the point of takeDailyRestorePointInBackground(), if one is being taken; false when it failed (once:
    // the outcome is collected by the first wait, as by the worker's own notice).
    bool waitForDailyRestorePoint();
    // True while that point is being taken (or its outcome not yet collected).
    bool isTakingDailyRestorePoint() const { return m_dailyPoint.valid(); }
    static constexpr int KeepRecentRestorePoints = 10;
    void close();
    bool isOpen() const { return m_open; }
    bool isReadOnly() const { return m_readOnly; }
    ReadOnlyReason readOnlyReason() const { return m_readOnlyReason; }
    // True once SQLite reported damage (SQLITE_CORRUPT/NOTADB) from any statement, or a check before a restore
    // point failed. A damaged database refuses every write from then on; damageMessage() says so in words and
    // names the newest verified restore point.
    bool isDamaged() const;
    // Waits for the background integrity check of OpenOptions::checkInBackground, if one runs; false when it found
    // damage (isDamaged() then says so). True at once when there is no such check.
    bool waitForIntegrityCheck();
    QString damageMessage() const;
    // "The database file ... is damaged ..." for a file at path, with the way out.
    static QString damageMessageFor(const QString &path, const QString &detail);
    // True when the file uses a rollback journal because it lives on a network file system.
    bool usesRollbackJournal() const { return m_rollbackJournal; }
    QString path() const { return m_path; }
    // Schema version of the open file (== schemaVersion() once open).
    int fileSchemaVersion() const;

    // The connection for the calling thread, created on first use. Never store it in a member or share it across
    // threads (docs/conventions.md "Storage and SQL").
    QSqlDatabase connection() const;
    // Closes and forgets the calling thread's connection (a worker thread's, before the thread ends). Every
    // query of the thread must be gone by then. Thread-safe, like connection().
    void releaseThreadConnection() const;

    // Runs work in one write transaction (nested calls become savepoints). Commits when work returns
    // true, rolls back otherwise. The error text of a failed commit is appended to *error.
    template<typename Work> bool write(QString *error, Work &&work)
    {
        if (!begin(error))
            return false;
        const bool ok = work();
        if (!ok) {
            rollback();
            return false;
        }
        return commit(error);
    }
    bool begin(QString *error);
    bool commit(QString *error);
    void rollback();

    // Restore points live in "<file>.restore/" beside the database, owner-only.
    QString restorePointDir() const;
    bool takeRestorePoint(const QString &reason, RestorePoint *taken, QString *error);
    QList<RestorePoint> restorePoints() const;
    // Restore points of a database file that cannot be opened (damaged, say), newest first.
    static QList<RestorePoint> restorePointsOf(const QString &databasePath);
    // Replaces the open database with the restore point's copy, after verifying it in full. The current state
    // becomes a restore point itself first ("restore"), so a restore can be undone by restoring that one.
    bool restore(const QString &restorePointId, QString *error);

    // Restores a point into the database file at path whether or not it can be opened (damaged, say):
    // an openable file is restored as restore() does; otherwise, when no live Parat holds its lock, the file
    // is moved aside (kept as "<file>.damaged-<time>") and the verified copy takes its place. Reads only the
    // restore folder. *message says what was done.
    enum class RestoreFailure
    {
        None,
        NoSuchPoint,
        Unusable, // the point fails verification
        Database // locked, read-only, disk full, ...
    };
    static RestoreFailure restoreFile(const QString &path, const QString &restorePointId, QString *message,
                                      QString *error);

    // Human-readable name of a restore point reason in the user's language.
    static QString restoreReasonName(const QString &reason);

    // Monotonic counter bumped by every committed write through this object; views use it to refresh.
    quint64 revision() const { return m_revision; }

    // Imports (handbook, statuses, runbook) and restore-like operations (a copy into a server, removing a
    // municipality and undoing that) call this first inside their write transaction: on a server it takes the plan's
    // advisory lock until the transaction ends, and fails with "another user is importing …" when another client
    // holds it; a file needs nothing more than its lock file.
    bool lockPlanWork(QString *error);

    // Row versions (storage/RowVersion.h): an edit was refused because its row changed since it was read. When the
    // outermost transaction ends (or at once outside one) the revision is bumped and changed() emitted, so the
    // views read the row again.
    void noteStaleEdit();

signals:
    // Emitted after a commit of the outermost transaction, and after a restore.
    void changed();
    void restored();
    // The background integrity check found the open file damaged: writes are refused from now on.
    void damageFound();
    // takeDailyRestorePointInBackground() could not take the point: error says why (translated). Emitted once, from
    // the event loop of the Database's thread, so a window built after open() hears it.
    void dailyRestorePointFailed(const QString &error);
    // Team mode: the server could not be reached / can be reached again (reconnect()).
    void connectionLost();
    void connectionRestored();
    // After reconnect(): whether the commit whose answer was lost was stored on the server.
    void commitResolved(bool stored);
    // Team mode: a burst of other sessions' changes (see setRemoteChangeFilter()), before changed() if it is one.
    void remoteChanged(const QStringList &changes);

private:
    bool openConnection(const QString &connectionName, bool readOnly, QString *error) const;
    bool inspectAndMigrate(QString *error);
    bool inspectAndMigrateServer(bool createSchema, QString *error);
    bool openServerConnection(const QString &connectionName, QString *error) const;
    bool migrate(int fromVersion, QString *error);
    void removeConnections();
    bool markDamagedIfReported() const;
    bool checkQuick(QString *detail) const;
    void startBackgroundCheck();
    bool collectBackgroundCheck(bool wait) const;
    bool diskIsFull(const QSqlError &error) const;
    QString diskFullMessage() const;
    QString readOnlyMessage() const;
    bool dailyRestorePointDue(const QDate &today);
    bool collectDailyRestorePoint(bool wait);
    QString restorePointFailure(const RestorePoints &points, const QString &error) const;
    bool replaceWithStaged(const QString &staging, bool setAside, QString *asidePath, QString *error);

    QString m_path; // a server's address without its password
    bool m_server = false;
    QString m_serverUrl; // with the caller's password, never written anywhere
    bool m_subscribed = false;
    bool m_connectionLost = false;
    QString m_uncertainTransaction; // the id of a transaction whose COMMIT lost its answer
    bool m_changePending = false; // other sessions' notifications not yet turned into changed()
    QStringList m_remoteChanges; // their payloads
    std::function<bool(const QStringList &)> m_remoteFilter;
    void onServerNotification(const QString &name, int source, const QString &payload);
    bool noteLostConnection();
    std::unique_ptr<QLockFile> m_lock;
    OpenProblem m_problem = OpenProblem::None;
    QString m_connectionPrefix;
    bool m_open = false;
    bool m_migrating = false; // inside open(), taking the restore point before a migration
    bool m_readOnly = false;
    ReadOnlyReason m_readOnlyReason = ReadOnlyReason::None;
    bool m_immutable = false;
    bool m_rollbackJournal = false;
    mutable bool m_damaged = false;
    mutable QString m_damageDetail;
    bool m_checkInBackground = false;
    // The damage found, empty when the file is sound. Shared: the daily restore point's worker waits for it too.
    mutable std::shared_future<QString> m_backgroundCheck;
    // Why the daily restore point taken beside the window failed; empty when it was taken or not taken (damage, close).
    std::future<QString> m_dailyPoint;
    // Set by close(): the background check and the daily restore point are interrupted (storage/SqliteStop.h).
    std::shared_ptr<storage::SqliteStop> m_stopCheck;
    bool m_damageAnnounced = false;
    quint64 m_damageBaseline = 0;
    int m_depth = 0;
    quint64 m_revision = 0;
    bool m_staleEdit = false;
    mutable QStringList m_connectionNames;
    mutable QMutex m_connectionsMutex; // guards m_connectionNames: worker threads open their own connections
};

} // namespace parat
