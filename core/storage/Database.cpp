#include "Database.h"

#include "Migrations.h"
#include "SqlUtil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <filesystem>
#include <system_error>

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

QString restorePointFileName(const QDateTime &at, const QString &reason)
{
    return at.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) + QLatin1Char('-') + reason + QStringLiteral(".sqlite");
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
    removeConnections();
    m_lock.reset();
    m_open = false;
    m_readOnly = false;
    m_depth = 0;
}

void Database::removeConnections()
{
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
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    m_connectionNames.append(connectionName);
    db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
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

    if (info.exists() && !info.isFile()) {
        *error = tr("%1 is not a file.").arg(shown);
        return false;
    }
    if (!info.exists()) {
        const QFileInfo dir(info.absolutePath());
        if (!dir.isDir()) {
            *error = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(dir.filePath()));
            return false;
        }
        // Create the file ourselves first so it is owner-only from the start: it holds names and
        // e-mail addresses of real people. SQLite gives its -wal and -shm files the same permissions.
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            *error = tr("The database file %1 could not be created: %2").arg(shown, file.errorString());
            return false;
        }
        file.setPermissions(kOwnerOnly);
        file.close();
    } else {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("The database file %1 could not be read: %2").arg(shown, file.errorString());
            return false;
        }
        const QByteArray header = file.read(100);
        if (!header.isEmpty() && !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
            *error = tr("%1 is not a Parat database (it is not an SQLite database file). It has not been changed.")
                         .arg(shown);
            m_problem = OpenProblem::NotParat;
            return false;
        }
        if (!header.isEmpty() && header.size() < 100) {
            *error = tr("The database file %1 is damaged (it is cut short). It has not been changed.").arg(shown);
            m_problem = OpenProblem::Damaged;
            return false;
        }
    }

    m_readOnly
        = options.readOnly || (info.exists() && !info.isWritable()) || !QFileInfo(info.absolutePath()).isWritable();
    if (!m_readOnly) {
        m_lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
        m_lock->setStaleLockTime(0); // stale only when the process holding it is gone (a crash, a kill)
        if (!m_lock->tryLock(0)) {
            if (m_lock->error() == QLockFile::LockFailedError) {
                qint64 pid = 0;
                QString host;
                QString application;
                m_lock->getLockInfo(&pid, &host, &application);
                m_lock.reset();
                *error = tr("%1 is already open in another Parat (process %2 on %3). Close it there first, or "
                            "open it read-only.")
                             .arg(shown)
                             .arg(pid)
                             .arg(host);
                m_problem = OpenProblem::Locked;
                return false;
            }
            m_lock.reset(); // the folder does not take a lock file: open read-only
            m_readOnly = true;
        }
    }
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
    return true;
}

bool Database::inspectAndMigrate(QString *error)
{
    QSqlDatabase db = connection();
    const QString shown = QDir::toNativeSeparators(m_path);
    QString sqlProblem;

    // Read-only look first: nothing is written before we know the file is ours and not from the future.
    const QVariant tables = scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"), &sqlProblem);
    if (!tables.isValid()) {
        *error = tr("The database file %1 is damaged or not a database (%2). It has not been changed.")
                     .arg(shown, sqlProblem);
        m_problem = OpenProblem::Damaged;
        return false;
    }
    const int applicationId = scalar(db, QStringLiteral("PRAGMA application_id"), &sqlProblem).toInt();
    const int version = scalar(db, QStringLiteral("PRAGMA user_version"), &sqlProblem).toInt();
    const bool empty = tables.toInt() == 0 && version == 0;

    if (!empty && applicationId != ApplicationId) {
        *error = tr("%1 is an SQLite database from another program, not a Parat database. It has not been changed.")
                     .arg(shown);
        m_problem = OpenProblem::NotParat;
        return false;
    }
    if (version > schemaVersion()) {
        *error = tr("%1 was saved by a newer version of Parat (database version %2; this Parat reads up to version "
                    "%3). Install the newer Parat to open it. The file has not been changed.")
                     .arg(shown)
                     .arg(version)
                     .arg(schemaVersion());
        m_problem = OpenProblem::Newer;
        return false;
    }
    if (m_readOnly && version < schemaVersion()) {
        *error = tr("%1 must be updated to this version of Parat, but the file is read-only.").arg(shown);
        return false;
    }
    if (m_readOnly)
        return true;

    if (!exec(db, QStringLiteral("PRAGMA journal_mode = WAL"), &sqlProblem)) {
        *error = tr("The database file %1 could not be prepared: %2").arg(shown, sqlProblem);
        return false;
    }
    if (version < schemaVersion()) {
        if (!empty) {
            RestorePoint point;
            if (!takeRestorePoint(QStringLiteral("migration"), &point, error))
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
    const auto &all = migrations();
    for (int target = fromVersion + 1; target <= static_cast<int>(all.size()); ++target) {
        QString problem;
        bool ok = exec(db, QStringLiteral("BEGIN IMMEDIATE"), &problem);
        if (ok && target == 1)
            ok = exec(db, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId), &problem);
        for (const QString &statement : all.at(target - 1)) {
            if (!ok)
                break;
            ok = exec(db, statement, &problem);
        }
        if (ok)
            ok = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(target), &problem);
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
    return scalar(connection(), QStringLiteral("PRAGMA user_version"), nullptr).toInt();
}

bool Database::begin(QString *error)
{
    if (m_readOnly) {
        if (error)
            *error = tr("The database is open read-only; nothing can be changed.");
        return false;
    }
    QString problem;
    const QString sql
        = m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT sp%1").arg(m_depth);
    if (!exec(connection(), sql, &problem)) {
        if (error)
            *error = tr("The database is busy or cannot be written: %1").arg(problem);
        return false;
    }
    ++m_depth;
    return true;
}

bool Database::commit(QString *error)
{
    Q_ASSERT(m_depth > 0);
    --m_depth;
    QString problem;
    const QString sql = m_depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sp%1").arg(m_depth);
    if (!exec(connection(), sql, &problem)) {
        ++m_depth;
        rollback();
        if (error)
            *error = tr("The change could not be saved: %1").arg(problem);
        return false;
    }
    if (m_depth == 0) {
        ++m_revision;
        emit changed();
    }
    return true;
}

void Database::rollback()
{
    Q_ASSERT(m_depth > 0);
    --m_depth;
    if (m_depth == 0) {
        exec(connection(), QStringLiteral("ROLLBACK"), nullptr);
    } else {
        exec(connection(), QStringLiteral("ROLLBACK TO sp%1").arg(m_depth), nullptr);
        exec(connection(), QStringLiteral("RELEASE sp%1").arg(m_depth), nullptr);
    }
}

QString Database::restorePointDir() const
{
    return m_path + QStringLiteral(".restore");
}

bool Database::takeRestorePoint(const QString &reason, RestorePoint *taken, QString *error)
{
    QDir dir(restorePointDir());
    if (!dir.exists()) {
        if (!QDir().mkpath(dir.path())) {
            *error = tr("The folder for restore points %1 could not be created.")
                         .arg(QDir::toNativeSeparators(dir.path()));
            return false;
        }
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    QDateTime at = QDateTime::currentDateTimeUtc();
    QString target = dir.filePath(restorePointFileName(at, reason));
    while (QFileInfo::exists(target)) {
        at = at.addMSecs(1);
        target = dir.filePath(restorePointFileName(at, reason));
    }
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("VACUUM INTO :target"));
    query.bindValue(QStringLiteral(":target"), target);
    if (!query.exec()) {
        *error = tr("A restore point could not be taken: %1").arg(sqlError(query.lastError()));
        QFile::remove(target);
        return false;
    }
    QFile::setPermissions(target, kOwnerOnly);
    pruneRestorePoints();
    if (taken) {
        const QList<RestorePoint> all = restorePoints();
        for (const RestorePoint &point : all) {
            if (point.path == target)
                *taken = point;
        }
    }
    return true;
}

void Database::pruneRestorePoints()
{
    // Newest first: keep the newest KeepRecentRestorePoints, then the newest of each older month.
    const QList<RestorePoint> points = restorePoints();
    QSet<QString> monthsKept;
    for (int i = 0; i < points.size(); ++i) {
        const RestorePoint &point = points.at(i);
        const QString month = point.takenAt.toLocalTime().toString(QStringLiteral("yyyy-MM"));
        if (i < KeepRecentRestorePoints) {
            monthsKept.insert(month);
            continue;
        }
        if (monthsKept.contains(month)) {
            QFile::remove(point.path);
            continue;
        }
        monthsKept.insert(month);
    }
}

bool Database::takeDailyRestorePointIfDue(const QDate &today, QString *error)
{
    if (m_readOnly || !m_open)
        return true;
    const QList<RestorePoint> points = restorePoints();
    for (const RestorePoint &point : points) {
        if (point.takenAt.toLocalTime().date() == today)
            return true;
    }
    const QVariant rows = scalar(connection(),
                                 QStringLiteral("SELECT (SELECT count(*) FROM municipality) + "
                                                "(SELECT count(*) FROM handbook_version)"),
                                 nullptr);
    if (rows.toInt() == 0)
        return true; // nothing worth a copy yet
    return takeRestorePoint(QStringLiteral("daily"), nullptr, error);
}

QList<RestorePoint> Database::restorePoints() const
{
    return restorePointsOf(m_path);
}

QList<RestorePoint> Database::restorePointsOf(const QString &databasePath)
{
    QList<RestorePoint> points;
    const QDir dir(QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".restore"));
    const QFileInfoList files
        = dir.entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo &file : files) {
        const QString base = file.completeBaseName();
        // yyyyMMdd-HHmmss-zzz-reason
        const QDateTime at = QDateTime::fromString(base.left(19), QStringLiteral("yyyyMMdd-HHmmss-zzz"));
        if (!at.isValid() || base.size() < 21)
            continue;
        RestorePoint point;
        point.id = base;
        point.path = file.absoluteFilePath();
        point.takenAt = QDateTime(at.date(), at.time(), Qt::UTC);
        point.reason = base.mid(20);
        point.sizeBytes = file.size();
        points.append(point);
    }
    return points;
}

bool Database::restore(const QString &restorePointId, QString *error)
{
    if (m_readOnly) {
        *error = tr("The database is open read-only; nothing can be changed.");
        return false;
    }
    RestorePoint chosen;
    const QList<RestorePoint> all = restorePoints();
    for (const RestorePoint &point : all) {
        if (point.id == restorePointId)
            chosen = point;
    }
    if (chosen.id.isEmpty()) {
        *error = tr("There is no restore point called %1.").arg(restorePointId);
        return false;
    }
    // Check the copy before anything is replaced.
    {
        Database probe;
        QFile::remove(chosen.path + QStringLiteral(".check")); // left over from an interrupted restore
        QFile::copy(chosen.path, chosen.path + QStringLiteral(".check"));
        QString probeError;
        const bool ok = probe.open(chosen.path + QStringLiteral(".check"), &probeError);
        probe.close();
        QFile::remove(chosen.path + QStringLiteral(".check"));
        QFile::remove(chosen.path + QStringLiteral(".check-wal"));
        QFile::remove(chosen.path + QStringLiteral(".check-shm"));
        // Opening an older copy migrates it, which leaves a restore point folder of the probe behind.
        QDir(chosen.path + QStringLiteral(".check.restore")).removeRecursively();
        if (!ok) {
            *error = tr("The restore point %1 cannot be used: %2").arg(restorePointId, probeError);
            return false;
        }
    }
    if (!takeRestorePoint(QStringLiteral("restore"), nullptr, error))
        return false;

    const QString path = m_path;
    const QString staging = path + QStringLiteral(".restoring");
    QFile::remove(staging);
    if (!QFile::copy(chosen.path, staging)) {
        *error = tr("The restore point could not be copied.");
        return false;
    }
    QFile::setPermissions(staging, kOwnerOnly);
    close();
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(staging).toStdString(), QFile::encodeName(path).toStdString(), ec);
    if (ec) {
        QFile::remove(staging);
        QString reopenError;
        open(path, &reopenError);
        *error = tr("The restore point could not replace the database: %1").arg(QString::fromStdString(ec.message()));
        return false;
    }
    if (!open(path, error))
        return false;
    ++m_revision;
    emit restored();
    emit changed();
    return true;
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
    return reason;
}

} // namespace parat
