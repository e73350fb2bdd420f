#include "RestorePoints.h"

#include "Database.h"
#include "SqliteHealth.h"
#include "SqliteStop.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <sqlite3.h>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace parat {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QString kPartialSuffix = QStringLiteral(".partial");
const QString kRecordSuffix = QStringLiteral(".record");

QString pointFileName(const QDateTime &at, const QString &reason)
{
    return at.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) + QLatin1Char('-') + reason + QStringLiteral(".sqlite");
}

QString recordPathOf(const QString &pointPath)
{
    QString base = pointPath;
    base.chop(int(QStringLiteral(".sqlite").size()));
    return base + kRecordSuffix;
}

struct Record
{
    bool present = false;
    int municipalities = -1;
    qint64 size = -1;
    qint64 modifiedMs = -1;
};

Record readRecord(const QString &pointPath)
{
    Record record;
    QFile file(recordPathOf(pointPath));
    if (!file.open(QIODevice::ReadOnly))
        return record;
    const QJsonObject object = QJsonDocument::fromJson(file.read(4096)).object();
    if (object.isEmpty())
        return record;
    record.present = true;
    record.municipalities = object.value(QStringLiteral("municipalities")).toInt(-1);
    record.size = qint64(object.value(QStringLiteral("size")).toDouble(-1));
    record.modifiedMs = qint64(object.value(QStringLiteral("modified")).toDouble(-1));
    return record;
}

bool syncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    return (quint32(quint8(bytes.at(offset))) << 24) | (quint32(quint8(bytes.at(offset + 1))) << 16)
        | (quint32(quint8(bytes.at(offset + 2))) << 8) | quint32(quint8(bytes.at(offset + 3)));
}

// The first 100 bytes of the file at path, when they begin like an SQLite database file. Else false with *problem:
// it cannot be read, or notWhole when it can.
bool readSqliteHeader(const QString &path, QByteArray *header, const QString &notWhole, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = RestorePoints::tr("it cannot be read (%1)").arg(file.errorString());
        return false;
    }
    *header = file.read(100);
    if (header->size() < 100 || !header->startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        *problem = notWhole;
        return false;
    }
    return true;
}

// The cheap check for a point unchanged since it was verified: an SQLite header of a Parat file whose pages
// fill the file exactly (a cut-short or grown file fails).
bool headerLooksWhole(const QString &path, qint64 size, QString *problem)
{
    QByteArray header;
    if (!readSqliteHeader(path, &header, RestorePoints::tr("it is not a complete database file"), problem))
        return false;
    quint32 pageSize = (quint32(quint8(header.at(16))) << 8) | quint32(quint8(header.at(17)));
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = bigEndian32(header, 28);
    if (bigEndian32(header, 68) != quint32(Database::ApplicationId)) {
        *problem = RestorePoints::tr("it is not a Parat database");
        return false;
    }
    if (qint64(pageSize) * qint64(pages) != size) {
        *problem = RestorePoints::tr("its size does not match its contents (it is cut short or damaged)");
        return false;
    }
    return true;
}

} // namespace

RestorePoints::RestorePoints(const QString &databasePath)
    : m_databasePath(QFileInfo(databasePath).absoluteFilePath())
{ }

QString RestorePoints::folder() const
{
    return m_databasePath + QStringLiteral(".restore");
}

RestorePoint RestorePoints::pointFromFile(const QString &filePath) const
{
    const QFileInfo file(filePath);
    RestorePoint point;
    const QString base = file.completeBaseName();
    // yyyyMMdd-HHmmss-zzz-reason
    const QDateTime at = QDateTime::fromString(base.left(19), QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    if (!at.isValid() || base.size() < 21)
        return point;
    point.id = base;
    point.path = file.absoluteFilePath();
    point.takenAt = QDateTime(at.date(), at.time(), Qt::UTC);
    point.reason = base.mid(20);
    point.sizeBytes = file.size();
    point.claimedMunicipalities = readRecord(point.path).municipalities;
    return point;
}

QList<RestorePoint> RestorePoints::list() const
{
    QList<RestorePoint> points;
    const QDir dir(folder());
    const QFileInfoList files
        = dir.entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo &file : files) {
        const RestorePoint point = pointFromFile(file.absoluteFilePath());
        if (!point.id.isEmpty())
            points.append(point);
    }
    return points;
}

QList<RestorePoint> RestorePoints::listChecked() const
{
    QList<RestorePoint> points = list();
    for (RestorePoint &point : points) {
        point.checked = true;
        const Record record = readRecord(point.path);
        const QFileInfo info(point.path);
        const bool unchanged = record.present && record.size == info.size()
            && record.modifiedMs == info.lastModified().toMSecsSinceEpoch();
        if (unchanged)
            point.verified = headerLooksWhole(point.path, info.size(), &point.problem);
        else
            point.verified = verifyFile(point.path, record.municipalities, &point.problem);
    }
    return points;
}

std::optional<RestorePoint> RestorePoints::find(const QString &id) const
{
    const QList<RestorePoint> all = list();
    for (const RestorePoint &point : all) {
        if (point.id == id)
            return point;
    }
    return std::nullopt;
}

std::optional<RestorePoint> RestorePoints::newestVerified() const
{
    const QList<RestorePoint> all = listChecked();
    for (const RestorePoint &point : all) {
        if (point.verified)
            return point;
    }
    return std::nullopt;
}

bool RestorePoints::verifyFile(const QString &path, int claimedMunicipalities, QString *problem, int *municipalities,
                               storage::SqliteStop *stop)
{
    QString ignored;
    if (!problem)
        problem = &ignored;
    const QFileInfo info(path);
    if (!info.isFile()) {
        *problem = tr("the file is missing");
        return false;
    }
    QByteArray header;
    if (!readSqliteHeader(path, &header,
                          info.size() == 0 ? tr("the file is empty") : tr("it is not a complete database file"),
                          problem))
        return false;
    // The point may be damaged: what SQLite finds here says nothing about the open database.
    const sqlitehealth::ExpectDamage expectDamage;
    // immutable: a restore point never changes, and its folder may be read-only.
    const QByteArray uri = QByteArrayLiteral("file:")
        + QUrl::toPercentEncoding(info.absoluteFilePath(), QByteArrayLiteral("/")) + QByteArrayLiteral("?immutable=1");
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) != SQLITE_OK) {
        *problem = tr("it cannot be opened (%1)").arg(QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory"));
        sqlite3_close(db);
        return false;
    }
    if (stop && !stop->attach(db)) {
        *problem = tr("its check was stopped");
        sqlite3_close(db);
        return false;
    }
    const auto scalarText = [db](const char *sql, bool *ok) {
        sqlite3_stmt *statement = nullptr;
        QString value;
        *ok = false;
        if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW) {
            value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
            *ok = true;
        }
        sqlite3_finalize(statement);
        return value;
    };
    bool ok = false;
    bool passed = false;
    const QString integrity = scalarText("PRAGMA integrity_check(1)", &ok);
    if (!ok) {
        *problem = tr("it is damaged (%1)").arg(QString::fromUtf8(sqlite3_errmsg(db)));
    } else if (integrity != QLatin1String("ok")) {
        *problem = tr("it is damaged (%1)")
                       .arg(QString(integrity).remove(QStringLiteral("*** in database main ***")).simplified());
    } else if (scalarText("PRAGMA application_id", &ok).toLongLong() != Database::ApplicationId) {
        *problem = tr("it is not a Parat database");
    } else {
        const int version = scalarText("PRAGMA user_version", &ok).toInt();
        if (version < 1) {
            *problem = tr("it holds no Parat data");
        } else if (version > Database::schemaVersion()) {
            *problem = tr("it was saved by a newer version of Parat (database version %1)").arg(version);
        } else {
            const QString count = scalarText("SELECT count(*) FROM municipality", &ok);
            if (!ok) {
                *problem = tr("its municipalities cannot be read (%1)").arg(QString::fromUtf8(sqlite3_errmsg(db)));
            } else if (count.toInt() < claimedMunicipalities) {
                *problem = tr("it holds %1 municipalities, but the database held %2 when it was taken")
                               .arg(count.toInt())
                               .arg(claimedMunicipalities);
            } else {
                if (municipalities)
                    *municipalities = count.toInt();
                passed = true;
            }
        }
    }
    if (stop) {
        stop->detach();
        if (stop->requested() && passed) {
            *problem = tr("its check was stopped");
            passed = false;
        }
    }
    sqlite3_close(db);
    return passed;
}

void RestorePoints::removeLeftovers() const
{
    // Left by a process killed while taking a point: a partial copy (and its journal), or a record whose
    // point never got its final name. Only a writer takes points, and there is one writer per file.
    QDir dir(folder());
    const QStringList partial = dir.entryList({QStringLiteral("*.sqlite.partial*")}, QDir::Files);
    for (const QString &name : partial)
        dir.remove(name);
    const QStringList records = dir.entryList({QStringLiteral("*") + kRecordSuffix}, QDir::Files);
    for (const QString &name : records) {
        QString point = name;
        point.chop(int(kRecordSuffix.size()));
        if (!dir.exists(point + QStringLiteral(".sqlite")))
            dir.remove(name);
    }
}

bool RestorePoints::take(const QSqlDatabase &source, const QString &reason, RestorePoint *taken, QString *error,
                         storage::SqliteStop *stop, bool *stopped)
{
    if (stopped)
        *stopped = false;
    QDir dir(folder());
    if (!dir.exists()) {
        if (!QDir().mkpath(dir.path())) {
            *error = tr("The folder for restore points %1 could not be created.")
                         .arg(QDir::toNativeSeparators(dir.path()));
            return false;
        }
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    removeLeftovers();

    int claimed = 0;
    {
        QSqlQuery count(source);
        if (!count.exec(QStringLiteral("SELECT count(*) FROM municipality")) || !count.next()) {
            *error = tr("A restore point could not be taken: %1").arg(count.lastError().text());
            return false;
        }
        claimed = count.value(0).toInt();
    }

    QDateTime at = QDateTime::currentDateTimeUtc();
    QString target = dir.filePath(pointFileName(at, reason));
    while (QFileInfo::exists(target) || QFileInfo::exists(target + kPartialSuffix)) {
        at = at.addMSecs(1);
        target = dir.filePath(pointFileName(at, reason));
    }
    const QString partial = target + kPartialSuffix;
    const auto discard = [&] {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-journal"));
        QFile::remove(recordPathOf(target));
    };
    // Stopped before the rename: the partial copy goes, and nothing new is listed.
    const auto stopNow = [&] {
        if (!stop || !stop->requested())
            return false;
        if (stopped)
            *stopped = true;
        *error = tr("A restore point could not be taken: it was stopped.");
        discard();
        return true;
    };
    sqlite3 *handle = nullptr;
    if (stop) {
        const QVariant driverHandle = source.driver()->handle();
        if (driverHandle.isValid() && qstrcmp(driverHandle.typeName(), "sqlite3*") == 0)
            handle = *static_cast<sqlite3 *const *>(driverHandle.constData());
        if (handle && !stop->attach(handle)) {
            stopNow();
            return false;
        }
    }
    QSqlQuery query(source);
    query.prepare(QStringLiteral("VACUUM INTO :target"));
    query.bindValue(QStringLiteral(":target"), partial);
    const bool vacuumed = query.exec();
    if (stop)
        stop->detach();
    if (stopNow())
        return false;
    if (!vacuumed) {
        *error = tr("A restore point could not be taken: %1").arg(query.lastError().databaseText());
        discard();
        return false;
    }
    QFile::setPermissions(partial, kOwnerOnly);
    QString problem;
    const bool verified = syncFile(partial) && verifyFile(partial, claimed, &problem, nullptr, stop);
    if (stopNow())
        return false;
    if (!verified) {
        if (problem.isEmpty())
            problem = tr("it could not be written to the disk");
        *error = tr("A restore point could not be taken: the copy failed its check (%1).").arg(problem);
        discard();
        return false;
    }
    const QFileInfo copied(partial);
    QJsonObject record;
    record.insert(QStringLiteral("municipalities"), claimed);
    record.insert(QStringLiteral("size"), double(copied.size()));
    record.insert(QStringLiteral("modified"), double(copied.lastModified().toMSecsSinceEpoch()));
    QSaveFile recordFile(recordPathOf(target));
    if (!recordFile.open(QIODevice::WriteOnly) || recordFile.write(QJsonDocument(record).toJson()) < 0
        || !recordFile.commit()) {
        *error = tr("A restore point could not be taken: its record could not be written (%1).")
                     .arg(recordFile.errorString());
        discard();
        return false;
    }
    if (stopNow())
        return false;
    // The point of no return: from here the point is whole, verified and listed.
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target).constData()) != 0) {
        *error = tr("A restore point could not be taken: the copy could not be given its name.");
        discard();
        return false;
    }
    syncFile(dir.path());
    if (taken)
        *taken = pointFromFile(target);
    return true;
}

void RestorePoints::prune(int keepRecent)
{
    // Newest first: keep the newest keepRecent, then the newest of each older month.
    const QList<RestorePoint> points = list();
    QSet<QString> monthsKept;
    for (int i = 0; i < points.size(); ++i) {
        const RestorePoint &point = points.at(i);
        const QString month = point.takenAt.toLocalTime().toString(QStringLiteral("yyyy-MM"));
        if (i < keepRecent) {
            monthsKept.insert(month);
            continue;
        }
        if (monthsKept.contains(month)) {
            QFile::remove(point.path);
            QFile::remove(recordPathOf(point.path));
            continue;
        }
        monthsKept.insert(month);
    }
}

bool RestorePoints::copyVerified(const RestorePoint &point, const QString &target, QString *error) const
{
    QString problem;
    // Verify the point itself first, so its own problem is named rather than the copy's.
    if (!verifyFile(point.path, point.claimedMunicipalities, &problem)) {
        *error = tr("The restore point %1 cannot be used: %2. Nothing was changed.").arg(point.id, problem);
        return false;
    }
    QFile::remove(target);
    if (!QFile::copy(point.path, target)) {
        *error = tr("The restore point could not be copied beside the database (is the disk full?). Nothing was "
                    "changed.");
        QFile::remove(target);
        return false;
    }
    QFile::setPermissions(target, kOwnerOnly);
    if (!syncFile(target) || !verifyFile(target, point.claimedMunicipalities, &problem)) {
        *error
            = tr("The copy of the restore point %1 failed its check (%2). Nothing was changed.").arg(point.id, problem);
        QFile::remove(target);
        return false;
    }
    return true;
}

} // namespace parat
