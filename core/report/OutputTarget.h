#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace parat {

class Database;

// Where a report or export may be written. Every file Parat writes on the user's request (reports,
// exports, the batch of all municipalities, from the window or the command line) passes this check first,
// so a typing slip in a file name can never destroy the plan (see docs/data-safety.md).
//
// Refused: the database file itself, its -wal, -shm, -journal and .lock files, anything inside its
// restore folder ("<file>.restore/"), a path that is the same file as any of these (symbolic or hard
// link), and anything that exists but is not a regular file (a folder, a device, a pipe). On refusal
// *error says why in the user's language and nothing has been written.
bool checkOutputTarget(const Database &database, const QString &path, QString *error);
bool checkOutputTarget(const QString &databasePath, const QString &path, QString *error);

// The same for a folder that will receive files (the batch export): not the restore folder or inside it,
// and not an existing file or device.
bool checkOutputFolder(const Database &database, const QString &folder, QString *error);
bool checkOutputFolder(const QString &databasePath, const QString &folder, QString *error);

// Writes bytes to path through a temporary file in the same folder renamed into place (QSaveFile): after a
// failure the old file, if any, is as it was and no half-written file is left. A full disk is named as such.
// The target must have passed checkOutputTarget().
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

// Free bytes on the file system that holds folder; -1 when unknown. Tests replace it to simulate a full
// disk (an empty function restores the real one).
using FreeSpaceProbe = std::function<qint64(const QString &folder)>;
void setFreeSpaceProbeForTesting(FreeSpaceProbe probe);

// Translation context of the messages above (lupdate sees "parat::OutputTarget").
struct OutputTarget
{
    Q_DECLARE_TR_FUNCTIONS(parat::OutputTarget)
};

} // namespace parat
