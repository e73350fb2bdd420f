#include "BackupCli.h"

#include "storage/Database.h"

namespace parat {

namespace {

int runList(CliCall &call)
{
    const QList<RestorePoint> points = call.database().restorePoints();
    if (points.isEmpty())
        call.out(BackupCli::tr("There are no restore points yet."));
    for (const RestorePoint &point : points) {
        call.out(QStringLiteral("%1\t%2\t%3")
                     .arg(point.id, point.takenAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                          Database::restoreReasonName(point.reason)));
    }
    return ExitOk;
}

int runRestore(CliCall &call)
{
    const QString id = call.arguments().constFirst();
    QString error;
    if (!call.database().restore(id, &error))
        return call.fail(ExitInvalidInput, error);
    call.out(BackupCli::tr("Restored %1. The state before the restore was kept as a restore point.").arg(id));
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
    list.database = DatabaseUse::ExistingWithoutRestorePoint;
    list.run = runList;

    CliCommand restore;
    restore.name = QStringLiteral("restore");
    restore.arguments = {{QStringLiteral("ID")}};
    restore.description = tr("Put a restore point back (the current state is kept as a restore point).");
    restore.database = DatabaseUse::ExistingWithoutRestorePoint;
    restore.run = runRestore;
    return {list, restore};
}

} // namespace parat
