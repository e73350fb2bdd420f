#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QLockFile;

namespace parat {

// A restore point: a consistent copy of the database file, taken before risky operations.
struct RestorePoint
{
    QString id; // file base name, e.g. "20261127-233000-import"; sorts by time
    QString path;
    QDateTime takenAt; // UTC
    QString reason; // code: "migration", "import", "restore", "manual", "remove-municipality", "daily"
    qint64 sizeBytes = 0;
};

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
        Damaged, // cut short or corrupt
        Newer, // from a newer Parat
        Other // missing folder, permissions, ...
    };
    struct OpenOptions
    {
        bool readOnly = false; // never write; no lock is taken, so it works beside another Parat
    };

    // Opens path, creating it (and nothing else) when it does not exist. On failure returns false with a
    // translated message in *error, sets openProblem() and leaves the file as it was.
    // A writable open holds "<file>.lock" until close(): a second Parat gets OpenProblem::Locked, never two
    // writers. A file or folder that cannot be written is opened read-only (isReadOnly()).
    bool open(const QString &path, QString *error, OpenOptions options);
    bool open(const QString &path, QString *error);
    OpenProblem openProblem() const { return m_problem; }

    // Takes a "daily" restore point when none was taken today (local date) and the database holds anything.
    // Restore points are pruned to the newest 10 plus the newest of each older month.
    bool takeDailyRestorePointIfDue(const QDate &today, QString *error);
    static constexpr int KeepRecentRestorePoints = 10;
    void close();
    bool isOpen() const { return m_open; }
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    // Schema version of the open file (== schemaVersion() once open).
    int fileSchemaVersion() const;

    // The connection for the calling thread, created on first use. Never store it in a member or share it across
    // threads (docs/conventions.md "Storage and SQL").
    QSqlDatabase connection() const;

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
    // Replaces the open database with the restore point's copy. The current state becomes a restore point
    // itself first ("restore"), so a restore can be undone by restoring that one.
    bool restore(const QString &restorePointId, QString *error);

    // Human-readable name of a restore point reason in the user's language.
    static QString restoreReasonName(const QString &reason);

    // Monotonic counter bumped by every committed write through this object; views use it to refresh.
    quint64 revision() const { return m_revision; }

signals:
    // Emitted after a commit of the outermost transaction, and after a restore.
    void changed();
    void restored();

private:
    bool openConnection(const QString &connectionName, bool readOnly, QString *error) const;
    bool inspectAndMigrate(QString *error);
    bool migrate(int fromVersion, QString *error);
    void removeConnections();
    void pruneRestorePoints();

    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    OpenProblem m_problem = OpenProblem::None;
    QString m_connectionPrefix;
    bool m_open = false;
    bool m_readOnly = false;
    int m_depth = 0;
    quint64 m_revision = 0;
    mutable QStringList m_connectionNames;
};

} // namespace parat
