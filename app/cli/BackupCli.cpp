#include "BackupCli.h"

#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/PlanBackup.h"
#include "storage/RestorePoints.h"

#include <QDir>
#include <QElapsedTimer>
#include <QUrl>

#include <algorithm>

namespace parat {

namespace {

// A server's address as typed, without a password.
QString shownAddress(const QString &url)
{
    QUrl parsed(url);
    parsed.setPassword(QString());
    return parsed.toString();
}

// The table of checks: one line per table, row count and checksum.
void printChecks(CliCall &call, const QList<PlanCopy::TableCheck> &checks)
{
    int width = 0;
    for (const PlanCopy::TableCheck &check : checks)
        width = std::max(width, int(check.table.size()));
    call.out(BackupCli::tr("%1 %2  %3")
                 .arg(BackupCli::tr("table").leftJustified(width), BackupCli::tr("rows").rightJustified(8),
                      BackupCli::tr("SHA-256 of the rows")));
    for (const PlanCopy::TableCheck &check : checks) {
        call.out(
            QStringLiteral("%1 %2  %3")
                .arg(check.table.leftJustified(width), QString::number(check.rows).rightJustified(8), check.checksum));
    }
}

qint64 rowsOf(const QList<PlanCopy::TableCheck> &checks)
{
    qint64 rows = 0;
    for (const PlanCopy::TableCheck &check : checks)
        rows += check.rows;
    return rows;
}

ExitCode exitFor(PlanBackup::Problem problem)
{
    switch (problem) {
    case PlanBackup::Problem::None:
        return ExitOk;
    case PlanBackup::Problem::BadInput:
        return ExitInvalidInput;
    case PlanBackup::Problem::Refused:
    case PlanBackup::Problem::Database:
        break;
    }
    return ExitDatabase;
}

// Both commands work on the file and its restore folder without opening the database, so a damaged or
// locked-out file can still be listed and restored.
int runList(CliCall &call)
{
    if (Database::isServerUrl(call.databasePath())) {
        return call.fail(ExitDatabase,
                         BackupCli::tr("backup list shows the restore points of a database file; a plan on a server "
                                       "has none. Back it up to a file with: parat --db %1 backup save FILE (or parat "
                                       "copy %1 FILE)")
                             .arg(shownAddress(call.databasePath())));
    }
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

// Team mode: a backup file made with backup save put back into the server as its whole plan (an admin's action).
int runServerRestore(CliCall &call, const QString &file)
{
    Database db;
    QString error;
    if (!db.openServer(call.databasePath(), &error, {}))
        return call.fail(ExitDatabase, error);
    QElapsedTimer timer;
    timer.start();
    PlanBackup::Record record;
    const PlanBackup::Problem problem = PlanBackup::restore(db, file, &record, &error);
    if (problem != PlanBackup::Problem::None)
        return call.fail(exitFor(problem), error);
    call.out(BackupCli::tr("Restored the backup %1 (taken %2 from %3) into %4 and verified it: %n table(s), %5 rows, "
                           "in %6 s.",
                           "", int(record.checks.size()))
                 .arg(QDir::toNativeSeparators(file),
                      record.takenAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), record.source,
                      db.path())
                 .arg(rowsOf(record.checks))
                 .arg(QString::number(double(timer.elapsed()) / 1000.0, 'f', 1)));
    printChecks(call, record.checks);
    return ExitOk;
}

int runRestore(CliCall &call)
{
    if (Database::isServerUrl(call.databasePath()))
        return runServerRestore(call, call.arguments().constFirst());
    QString message;
    QString error;
    const Database::RestoreFailure failure
        = Database::restoreFile(call.databasePath(), call.arguments().constFirst(), &message, &error);
    if (failure != Database::RestoreFailure::None)
        return call.fail(failure == Database::RestoreFailure::Database ? ExitDatabase : ExitInvalidInput, error);
    call.out(message);
    return ExitOk;
}

int runSave(CliCall &call)
{
    const QString file = call.arguments().constFirst();
    if (file.trimmed().isEmpty() || Database::isServerUrl(file))
        return call.usageError(BackupCli::tr("FILE must be the name of a new database file."));
    QElapsedTimer timer;
    timer.start();
    QList<PlanCopy::TableCheck> checks;
    QString error;
    const PlanBackup::Problem problem = PlanBackup::save(call.database(), file, call.clock().now(), &checks, &error);
    if (problem != PlanBackup::Problem::None)
        return call.fail(exitFor(problem), error);
    call.out(BackupCli::tr("Backed up the plan from %1 to %2 and verified it: %n table(s), %3 rows, in %4 s. The "
                           "checksums are kept in %5.",
                           "", int(checks.size()))
                 .arg(call.database().path(), QDir::toNativeSeparators(file))
                 .arg(rowsOf(checks))
                 .arg(QString::number(double(timer.elapsed()) / 1000.0, 'f', 1))
                 .arg(QDir::toNativeSeparators(PlanBackup::recordPath(file))));
    printChecks(call, checks);
    return ExitOk;
}

} // namespace

QString BackupCli::name() const
{
    return QStringLiteral("backup");
}

QString BackupCli::summary() const
{
    return tr("Restore points: taken before database updates, imports, restores and removals. Backups of a plan on "
              "a server.");
}

QList<CliCommand> BackupCli::commands() const
{
    const CliCommand list
        = cliCommand(QStringLiteral("list"), {}, tr("List the restore points: id, time taken and why."), runList,
                     DatabaseUse::Unopened);
    const CliCommand restore
        = cliCommand(QStringLiteral("restore"), {{QStringLiteral("ID")}},
                     tr("Put a restore point back (the current state is kept as a restore point).\nOn a server "
                        "(--db postgresql://…): put a backup FILE made with backup save back as the whole plan. "
                        "Only an administrator (parat_admin) or the plan's owner may; the file is verified "
                        "against its checksums first, and the plan is replaced in one transaction, all or "
                        "nothing."),
                     runRestore, DatabaseUse::Unopened);
    const CliCommand save
        = cliCommand(QStringLiteral("save"), {{QStringLiteral("FILE")}},
                     tr("Write the whole plan (a server's, with --db postgresql://…) to a new database file FILE "
                        "and verify it: row count and checksum of every table, kept in FILE.checksums. Never "
                        "writes over an existing file."),
                     runSave, DatabaseUse::ReadOnlyWhenLocked); // a file open in a window is read as it is
    return {list, restore, save};
}

} // namespace parat
