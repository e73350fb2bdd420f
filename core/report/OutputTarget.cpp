#include "report/OutputTarget.h"

#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QStorageInfo>

#include <optional>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace parat {

namespace {

FreeSpaceProbe &freeSpaceProbe()
{
    static FreeSpaceProbe probe;
    return probe;
}

qint64 freeSpace(const QString &folder)
{
    if (freeSpaceProbe())
        return freeSpaceProbe()(folder);
    const QStorageInfo storage(folder);
    return storage.isValid() ? storage.bytesAvailable() : -1;
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The absolute path with symbolic links and "..", resolved as far as the path exists: a file that does not
// exist yet is named by its resolved folder, so "x/../plan.sqlite" and a link to the folder still match.
QString resolved(const QString &path)
{
    QFileInfo info(path);
    if (info.isSymLink() && !info.exists())
        info = QFileInfo(info.symLinkTarget());
    if (info.exists())
        return info.canonicalFilePath();
    const QFileInfo folder(info.absolutePath());
    const QString base = folder.exists() ? folder.canonicalFilePath() : QDir::cleanPath(folder.absoluteFilePath());
    return QDir(base).filePath(info.fileName());
}

struct FileId
{
    quint64 device = 0;
    quint64 inode = 0;
    bool regular = false;
    bool folder = false;
};

// Identity of an existing file (links followed); nothing when it does not exist.
std::optional<FileId> fileId(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    return FileId {quint64(st.st_dev), quint64(st.st_ino), S_ISREG(st.st_mode), S_ISDIR(st.st_mode)};
#else
    const QFileInfo info(path);
    if (!info.exists())
        return std::nullopt;
    return FileId {0, 0, info.isFile(), info.isDir()};
#endif
}

bool sameFile(const std::optional<FileId> &a, const std::optional<FileId> &b)
{
#ifdef Q_OS_UNIX
    return a && b && a->device == b->device && a->inode == b->inode;
#else
    Q_UNUSED(a);
    Q_UNUSED(b);
    return false;
#endif
}

bool isInside(const QString &path, const QString &folder)
{
    return path == folder || path.startsWith(folder + QLatin1Char('/'));
}

// The files SQLite and Parat keep beside the database; a report must never land on one of them.
const QStringList &companionSuffixes()
{
    static const QStringList suffixes {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                       QStringLiteral("-journal"), QStringLiteral(".lock")};
    return suffixes;
}

QString restoreFolderOf(const QString &databasePath)
{
    return databasePath + QStringLiteral(".restore");
}

// Why path must not be written, or nothing. Shared by the file and folder checks.
std::optional<QString> protectedReason(const QString &databasePath, const QString &path)
{
    if (databasePath.isEmpty())
        return std::nullopt;
    const QString target = resolved(path);
    const std::optional<FileId> targetId = fileId(path);
    const QStringList databaseSpellings {QFileInfo(databasePath).absoluteFilePath(), resolved(databasePath)};
    for (const QString &database : databaseSpellings) {
        if (isInside(target, resolved(restoreFolderOf(database)))
            || isInside(QDir::cleanPath(QFileInfo(path).absoluteFilePath()), restoreFolderOf(database))) {
            return OutputTarget::tr("%1 is inside the restore folder of the open database; restore points are never "
                                    "overwritten. Choose a file in another folder.")
                .arg(shown(path));
        }
        for (const QString &suffix : companionSuffixes()) {
            const QString companion = database + suffix;
            if (target == resolved(companion) || sameFile(targetId, fileId(companion))) {
                return suffix.isEmpty()
                    ? OutputTarget::tr("%1 is the open database; writing a report there would destroy the plan. Choose "
                                       "another file name.")
                          .arg(shown(path))
                    : OutputTarget::tr(
                          "%1 belongs to the open database (its journal or lock file); writing a report there "
                          "would damage the plan. Choose another file name.")
                          .arg(shown(path));
            }
        }
    }
    return std::nullopt;
}

} // namespace

bool checkOutputTarget(const QString &databasePath, const QString &path, QString *error)
{
    if (path.trimmed().isEmpty()) {
        *error = OutputTarget::tr("No file name was given for the report.");
        return false;
    }
    if (const std::optional<QString> reason = protectedReason(databasePath, path)) {
        *error = *reason;
        return false;
    }
    if (const std::optional<FileId> id = fileId(path); id && !id->regular) {
        *error = id->folder
            ? OutputTarget::tr("%1 is a folder, not a file; give the name of the file to write.").arg(shown(path))
            : OutputTarget::tr("%1 is not an ordinary file (it is a device or another special file); give "
                               "the name of an ordinary file to write.")
                  .arg(shown(path));
        return false;
    }
    return true;
}

bool checkOutputTarget(const Database &database, const QString &path, QString *error)
{
    return checkOutputTarget(database.isOpen() ? database.path() : QString(), path, error);
}

bool checkOutputFolder(const QString &databasePath, const QString &folder, QString *error)
{
    if (folder.trimmed().isEmpty()) {
        *error = OutputTarget::tr("No folder was given for the reports.");
        return false;
    }
    if (const std::optional<QString> reason = protectedReason(databasePath, folder)) {
        *error = *reason;
        return false;
    }
    if (const std::optional<FileId> id = fileId(folder); id && !id->folder) {
        *error = OutputTarget::tr("%1 is a file, not a folder; give a folder for the reports.").arg(shown(folder));
        return false;
    }
    return true;
}

bool checkOutputFolder(const Database &database, const QString &folder, QString *error)
{
    return checkOutputFolder(database.isOpen() ? database.path() : QString(), folder, error);
}

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    const QString folder = QFileInfo(path).absolutePath();
    auto diskFull = [&]() {
        return OutputTarget::tr(
                   "%1 could not be written: the disk is full (the file needs %2, and %3 is free). Free some "
                   "space or choose another place; nothing was written.")
            .arg(shown(path), QLocale().formattedDataSize(bytes.size()),
                 QLocale().formattedDataSize(std::max<qint64>(0, freeSpace(folder))));
    };
    const qint64 before = freeSpace(folder);
    if (before >= 0 && before < bytes.size()) {
        *error = diskFull();
        return false;
    }
    QSaveFile file(path);
    // Never write through to the target: without the temporary file a failure would leave half a report.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = OutputTarget::tr("%1 could not be written: %2").arg(shown(path), file.errorString());
        return false;
    }
    const bool written = file.write(bytes) == bytes.size();
    if (written && file.commit())
        return true;
    const QString reason = file.errorString();
    file.cancelWriting();
    // QSaveFile reports a failed flush on a full disk without naming it; the free space tells.
    const qint64 after = freeSpace(folder);
    if (after >= 0 && after < bytes.size() + 64 * 1024)
        *error = diskFull();
    else
        *error = OutputTarget::tr("%1 could not be written: %2").arg(shown(path), reason);
    return false;
}

void setFreeSpaceProbeForTesting(FreeSpaceProbe probe)
{
    freeSpaceProbe() = std::move(probe);
}

} // namespace parat
