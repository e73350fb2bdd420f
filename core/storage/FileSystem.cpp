#include "FileSystem.h"

#include <QFile>

#include <sys/statfs.h>
#include <sys/statvfs.h>

namespace parat::storage {

namespace {

FileSystemProbe &installedProbe()
{
    static FileSystemProbe probe;
    return probe;
}

} // namespace

FileSystemInfo classifyFileSystemType(qint64 type)
{
    // Magic numbers from linux/magic.h (and cifs/smb2 from the kernel's fs/smb): written out here so the
    // build needs no kernel headers.
    FileSystemInfo info;
    switch (quint32(type)) {
    case 0x6969u: // NFS_SUPER_MAGIC
        info.network = true;
        info.typeName = QStringLiteral("NFS");
        break;
    case 0x517Bu: // SMB_SUPER_MAGIC
    case 0xFF534D42u: // CIFS_MAGIC_NUMBER
    case 0xFE534D42u: // SMB2_MAGIC_NUMBER
        info.network = true;
        info.typeName = QStringLiteral("SMB/CIFS");
        break;
    default:
        break;
    }
    return info;
}

FileSystemInfo fileSystemOf(const QString &folder)
{
    if (const FileSystemProbe &probe = installedProbe())
        return probe(folder);
    const QByteArray path = QFile::encodeName(folder);
    FileSystemInfo info;
    struct statfs fs
    {
    };
    if (::statfs(path.constData(), &fs) == 0)
        info = classifyFileSystemType(qint64(fs.f_type));
    struct statvfs vfs
    {
    };
    if (::statvfs(path.constData(), &vfs) == 0) {
        info.readOnly = (vfs.f_flag & ST_RDONLY) != 0;
        info.freeBytes = qint64(vfs.f_bavail) * qint64(vfs.f_frsize);
    }
    return info;
}

void setFileSystemProbeForTesting(FileSystemProbe probe)
{
    installedProbe() = std::move(probe);
}

} // namespace parat::storage
