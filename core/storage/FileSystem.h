#pragma once

#include <QString>

#include <functional>

// What Parat needs to know about the file system a database lives on, behind one seam tests can fake:
// network file systems (where SQLite's WAL mode is unsafe), read-only mounts and free space.
namespace parat::storage {

struct FileSystemInfo
{
    bool network = false; // SMB/CIFS or NFS: shared memory for WAL does not work across machines
    QString typeName; // "NFS", "SMB/CIFS", ... for messages; empty for local file systems
    bool readOnly = false; // mounted read-only
    qint64 freeBytes = -1; // for an unprivileged user; -1 when unknown
};

// The file system holding `folder` (statfs/statvfs), or what a test installed.
FileSystemInfo fileSystemOf(const QString &folder);

// Tests replace the probe; an empty function restores the real one.
using FileSystemProbe = std::function<FileSystemInfo(const QString &folder)>;
void setFileSystemProbeForTesting(FileSystemProbe probe);

// The file system type behind a statfs f_type, or an empty name for a local one.
FileSystemInfo classifyFileSystemType(qint64 type);

} // namespace parat::storage
