#pragma once

#include "PlanCopy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace parat {

class Database;

// Team mode's backup (docs/team-mode.md, "Backup and restore"): a server plan written to a new SQLite file through
// PlanCopy, verified, with a checksum record beside it ("<file>.checksums": every table's row count and SHA-256,
// the source and the time). Restoring puts such a file back into a server database as the whole plan — an admin's
// action: the file is verified against its record before the server is touched, and the server's plan is replaced
// in one transaction under the plan's advisory lock, checked again before the commit: all or nothing.
//
// Works on a file too (a plan file backed up to another file), but restoring into a file is the restore points' job.
class PlanBackup
{
    Q_DECLARE_TR_FUNCTIONS(parat::PlanBackup)
public:
    enum class Problem
    {
        None,
        BadInput, // the backup file exists already / is missing, damaged or does not match its record
        Refused, // the user's role may not restore (parat_editor, parat_viewer)
        Database // the database or the server failed, or another user holds the plan's lock
    };

    // What the checksum record says.
    struct Record
    {
        QString source; // the plan's address (without a password) or file
        QDateTime takenAt; // UTC
        int schemaVersion = 0;
        QList<PlanCopy::TableCheck> checks;
    };

    // The checksum record of a backup file.
    static QString recordPath(const QString &file);

    // Writes db's plan to the new file `file` (and its record) and verifies it. Never writes over an existing file
    // or record; a backup that fails removes what it created. *checks gets the verified checks.
    static Problem save(Database &db, const QString &file, const QDateTime &now, QList<PlanCopy::TableCheck> *checks,
                        QString *error, const PlanCopy::Progress &progress = {});

    // Verifies a backup file in full: a sound SQLite file of Parat whose every table has the row count and checksum
    // its record says. Problem::BadInput with *error otherwise.
    static Problem verify(const QString &file, Record *record, QString *error);

    // Replaces the whole plan in the server database db with the backup file's, after verify(): refused (Refused)
    // unless the user may administer the plan (Access::mayAdminister); the server's plan is deleted and the file's
    // rows written in one transaction under Database::lockPlanWork(), then every table's checks must equal the
    // record before the commit. On any failure nothing on the server has changed.
    static Problem restore(Database &db, const QString &file, Record *record, QString *error,
                           const PlanCopy::Progress &progress = {});
};

} // namespace parat
