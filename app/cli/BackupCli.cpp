#include "BackupCli.h"

#include "storage/Database.h"
#include "storage/RestorePoints.h"

namespace parat {

namespace {

// Both commands work on the file and its restore folder without opening the database, so a damaged or
// locked-out file can still be listed and restored.
int runList(CliCall &call)
{
    const QList<RestorePoint> points = RestorePoints(call.databasePath()).listChecked();
    if (points.isEmpty())
        call.out(BackupCli::tr("There are no restore points yet."));
    for (const RestorePoint &point : points) {
        QString line = QStringLiteral("%1\t%2\t%3")
                           .arg(point.id, point.takenAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                Database::restoreReasonName(point.reason));
        if (!point.verified)
            line += QLatin1Char('\t') + BackupCli::tr("NOT VERIFIED: %1").arg(point.problem);
        call.out(line);
    }
    return ExitOk;
}

int runRestore(CliCall &call)
{
    QString message;
    QString error;
    const Database::RestoreFailure failure
        = Database::restoreFile(call.databasePath(), call.arguments().constFirst(), &message, &error);
    if (failure != Database::RestoreFailure::None)
        return call.fail(failure == Database::RestoreFailure::Database ? ExitDatabase : ExitInvalidInput, error);
    call.out(message);
    return ExitOk;
}

} // namespace

QString BackupCli::name() const
{
    return QStringLiteral("backup");
}

QString BackupCli::summary() const
{
    return tr("Restore points: taken before database updates, imports, restores and removals.");
}

QList<CliCommand> BackupCli::commands() const
{
    CliCommand list;
    list.name = QStringLiteral("list");
    list.description = tr("List the restore points: id, time taken and why.");
    list.database = DatabaseUse::Unopened;
    list.run = runList;

    CliCommand restore;
    restore.name = QStringLiteral("restore");
    restore.arguments = {{QStringLiteral("ID")}};
    restore.description = tr("Put a restore point back (the current state is kept as a restore point).");
    restore.database = DatabaseUse::Unopened;
    restore.run = runRestore;
    return {list, restore};
}

} // namespace parat
