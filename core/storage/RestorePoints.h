#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace parat {

namespace storage {
class SqliteStop;
}

// A restore point: a consistent copy of the database file, taken before risky operations.
struct RestorePoint
{
    QString id; // file base name, e.g. "20261127-233000-000-import"; sorts by time
    QString path;
    QDateTime takenAt; // UTC
    QString reason; // code: "migration", "import", "restore", "manual", "remove-municipality", "daily"
    qint64 sizeBytes = 0;
    // Municipalities the database held when the point was taken (from its record); -1 when it has no record.
    int claimedMunicipalities = -1;
    // Set by RestorePoints::listChecked(): whether the point passed verification, and why not.
    bool checked = false;
    bool verified = false;
    QString problem; // translated
};

// The restore folder "<file>.restore/" of one database file, mode 0700, one file per point, named
// "yyyyMMdd-HHmmss-zzz-<reason>.sqlite" (UTC); the name is the id.
//
// Invariants: a point appears under its final name only after it was written whole and verified (it is made
// under "<id>.sqlite.partial" and renamed into place, so a killed process leaves nothing that lists as a
// point); nothing is restored that has not just been verified in full. Each point has a record
// "<id>.record" written before the rename: the municipality count it must hold, and the size and time of
// the verified file, so listing need not re-read unchanged points.
class RestorePoints
{
    Q_DECLARE_TR_FUNCTIONS(parat::RestorePoints)
public:
    explicit RestorePoints(const QString &databasePath);

    QString folder() const;
    // Newest first, unchecked (cheap).
    QList<RestorePoint> list() const;
    // Newest first, each with checked/verified/problem set. A point unchanged since it was verified is checked
    // by its header and record; any other point (changed, or without a record) is verified in full.
    QList<RestorePoint> listChecked() const;
    std::optional<RestorePoint> find(const QString &id) const;
    // The newest point that passes listChecked().
    std::optional<RestorePoint> newestVerified() const;

    // Full verification: PRAGMA integrity_check, Parat's application_id, a schema version this Parat reads,
    // and at least `claimedMunicipalities` municipalities (skipped when negative). *problem says what failed.
    // With stop, another thread can end the check early (it then fails).
    static bool verifyFile(const QString &path, int claimedMunicipalities, QString *problem,
                           int *municipalities = nullptr, storage::SqliteStop *stop = nullptr);

    // Copies the database behind `source` into a new point: VACUUM INTO a temporary name, verify, record,
    // rename into place. On failure nothing new is listed.
    // With stop, another thread can stop it (Database::close() while the daily point is taken beside the window):
    // until the rename it interrupts the copy or its check, removes the partial copy and returns false with
    // *stopped set; the rename is the point of no return, after which the point stands whole and verified.
    bool take(const QSqlDatabase &source, const QString &reason, RestorePoint *taken, QString *error,
              storage::SqliteStop *stop = nullptr, bool *stopped = nullptr);
    // Keeps the newest `keepRecent` plus the newest of each older month.
    void prune(int keepRecent);
    // Copies a point to `target` (a staging file beside the database) and verifies the copy in full.
    bool copyVerified(const RestorePoint &point, const QString &target, QString *error) const;

private:
    void removeLeftovers() const;
    RestorePoint pointFromFile(const QString &filePath) const;

    QString m_databasePath;
};

} // namespace parat
