#include "PlanBackup.h"

#include "Database.h"
#include "RestorePoints.h"
#include "ServerAccess.h"
#include "SqlDialect.h"
#include "SqlUtil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace parat {

namespace {

const QByteArray kRecordHeader = QByteArrayLiteral("Parat backup 1");

QString shown(const QString &file)
{
    return QDir::toNativeSeparators(file);
}

// Takes away what a failed backup created: the file and SQLite's and Parat's companions of it.
void removeCreated(const QString &file)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal"),
                                  QStringLiteral(".lock")})
        QFile::remove(file + suffix);
    QDir(file + QStringLiteral(".restore")).removeRecursively();
}

bool writeRecord(const QString &path, const PlanBackup::Record &record, QString *error)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *error = out.errorString();
        return false;
    }
    QByteArray text = kRecordHeader + '\n';
    text += "source\t" + record.source.toUtf8() + '\n';
    text += "taken\t" + record.takenAt.toUTC().toString(Qt::ISODate).toUtf8() + '\n';
    text += "schema\t" + QByteArray::number(record.schemaVersion) + '\n';
    for (const PlanCopy::TableCheck &check : record.checks)
        text += "table\t" + check.table.toUtf8() + '\t' + QByteArray::number(check.rows) + '\t'
            + check.checksum.toLatin1() + '\n';
    if (out.write(text) != text.size() || !out.flush()) {
        *error = out.errorString();
        out.close();
        QFile::remove(path);
        return false;
    }
    return true;
}

bool readRecord(const QString &path, PlanBackup::Record *record)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> lines = in.readAll().split('\n');
    if (lines.isEmpty() || lines.first() != kRecordHeader)
        return false;
    *record = {};
    for (const QByteArray &line : lines.mid(1)) {
        if (line.isEmpty())
            continue;
        const QList<QByteArray> fields = line.split('\t');
        if (fields.first() == "source" && fields.size() == 2) {
            record->source = QString::fromUtf8(fields.at(1));
        } else if (fields.first() == "taken" && fields.size() == 2) {
            record->takenAt = QDateTime::fromString(QString::fromLatin1(fields.at(1)), Qt::ISODate);
        } else if (fields.first() == "schema" && fields.size() == 2) {
            record->schemaVersion = fields.at(1).toInt();
        } else if (fields.first() == "table" && fields.size() == 4) {
            bool ok = false;
            const qint64 rows = fields.at(2).toLongLong(&ok);
            if (!ok)
                return false;
            record->checks.append({QString::fromUtf8(fields.at(1)), rows, QString::fromLatin1(fields.at(3))});
        } else {
            return false;
        }
    }
    return record->schemaVersion > 0 && !record->checks.isEmpty();
}

// The tables whose checks differ between two lists (by position and name).
QStringList differing(const QList<PlanCopy::TableCheck> &a, const QList<PlanCopy::TableCheck> &b)
{
    QStringList tables;
    for (int i = 0; i < std::max(a.size(), b.size()); ++i) {
        if (i >= a.size() || i >= b.size() || !(a.at(i) == b.at(i)))
            tables.append(i < a.size() ? a.at(i).table : b.at(i).table);
    }
    return tables;
}

} // namespace

QString PlanBackup::recordPath(const QString &file)
{
    return file + QStringLiteral(".checksums");
}

PlanBackup::Problem PlanBackup::save(Database &db, const QString &file, const QDateTime &now,
                                     QList<PlanCopy::TableCheck> *checks, QString *error,
                                     const PlanCopy::Progress &progress)
{
    for (const QString &path : {file, recordPath(file)}) {
        if (QFileInfo::exists(path)) {
            *error
                = tr("%1 already exists; a backup is written only to a new file and never over one.").arg(shown(path));
            return Problem::BadInput;
        }
    }
    Record record;
    {
        Database target;
        if (!target.open(file, error)) {
            if (target.openProblem() == Database::OpenProblem::None || !QFileInfo::exists(file))
                removeCreated(file);
            return Problem::Database;
        }
        QList<PlanCopy::TableCheck> source;
        bool mismatch = false;
        QString problem;
        if (!PlanCopy::copy(db, target, &source, checks, &mismatch, &problem, progress)) {
            target.close();
            removeCreated(file);
            *error = tr("The backup to %1 failed and has been removed: %2").arg(shown(file), problem);
            return Problem::Database;
        }
        record.source = db.path();
        record.takenAt = now.toUTC();
        record.schemaVersion = target.fileSchemaVersion();
        record.checks = *checks;
        target.close();
    }
    QDir().rmdir(file + QStringLiteral(".restore")); // only when empty: a new file's restore folder
    QString problem;
    if (!writeRecord(recordPath(file), record, &problem)) {
        removeCreated(file);
        *error = tr("The checksum record %1 could not be written (%2); the backup has been removed.")
                     .arg(shown(recordPath(file)), problem);
        return Problem::Database;
    }
    // The file as it lies on disk now, closed, is what a restore will read: check it once more.
    Record written;
    if (verify(file, &written, &problem) != Problem::None) {
        removeCreated(file);
        QFile::remove(recordPath(file));
        *error = tr("The backup %1 did not pass its check after writing and has been removed: %2")
                     .arg(shown(file), problem);
        return Problem::Database;
    }
    return Problem::None;
}

PlanBackup::Problem PlanBackup::verify(const QString &file, Record *record, QString *error)
{
    QString problem;
    if (!RestorePoints::verifyFile(file, -1, &problem)) {
        *error = tr("The backup %1 cannot be used: %2.").arg(shown(file), problem);
        return Problem::BadInput;
    }
    if (!readRecord(recordPath(file), record)) {
        *error = tr("The backup %1 has no readable checksum record (%2), so it cannot be verified; Parat restores only "
                    "a backup made with parat backup save.")
                     .arg(shown(file), shown(recordPath(file)));
        return Problem::BadInput;
    }
    Database copy;
    Database::OpenOptions readOnly;
    readOnly.readOnly = true;
    if (!copy.open(file, &problem, readOnly)) {
        *error = tr("The backup %1 cannot be used: %2").arg(shown(file), problem);
        return Problem::BadInput;
    }
    if (copy.fileSchemaVersion() != record->schemaVersion) {
        *error = tr("The backup %1 does not match its checksum record (database version %2, the record says %3).")
                     .arg(shown(file))
                     .arg(copy.fileSchemaVersion())
                     .arg(record->schemaVersion);
        return Problem::BadInput;
    }
    QList<PlanCopy::TableCheck> checks;
    if (!PlanCopy::checksums(copy.connection(), &checks, &problem)) {
        *error = tr("The backup %1 cannot be used: %2").arg(shown(file), problem);
        return Problem::BadInput;
    }
    if (checks != record->checks) {
        *error = tr("The backup %1 does not match its checksum record (tables: %2): it was changed or damaged after "
                    "it was made.")
                     .arg(shown(file), differing(checks, record->checks).join(QStringLiteral(", ")));
        return Problem::BadInput;
    }
    return Problem::None;
}

PlanBackup::Problem PlanBackup::restore(Database &db, const QString &file, Record *record, QString *error,
                                        const PlanCopy::Progress &progress)
{
    if (!db.isServer()) {
        *error = tr("A backup is restored into a server database. A plan file is restored from its restore points: "
                    "parat backup restore ID.");
        return Problem::BadInput;
    }
    const Access access = ServerAccess::of(db);
    if (!access.mayAdminister()) {
        *error = tr("Only a Parat administrator (parat_admin) or the plan's owner may restore a backup: it replaces "
                    "the whole plan for every user. Your role is %1. Nothing was changed.")
                     .arg(access.roleName().isEmpty() ? tr("none") : access.roleName());
        return Problem::Refused;
    }
    if (const Problem problem = verify(file, record, error); problem != Problem::None)
        return problem;
    if (record->schemaVersion != db.fileSchemaVersion()) {
        *error = tr("The backup %1 has database version %2 and the server %3; open the backup with the Parat that "
                    "matches the server first. Nothing was changed.")
                     .arg(shown(file))
                     .arg(record->schemaVersion)
                     .arg(db.fileSchemaVersion());
        return Problem::BadInput;
    }
    Database copy;
    Database::OpenOptions readOnly;
    readOnly.readOnly = true;
    QString problem;
    if (!copy.open(file, &problem, readOnly)) {
        *error = tr("The backup %1 cannot be used: %2").arg(shown(file), problem);
        return Problem::BadInput;
    }
    const QSqlDatabase in = copy.connection();
    const QSqlDatabase out = db.connection();
    const QStringList tables = sql::tableNames(in);
    if (tables != sql::tableNames(out)) {
        *error = tr("The backup %1 and the server do not have the same tables. Nothing was changed.").arg(shown(file));
        return Problem::BadInput;
    }
    bool mismatch = false;
    const bool written = db.write(&problem, [&] {
        if (!db.lockPlanWork(&problem))
            return false;
        QSqlQuery statement(out);
        if (!statement.exec(sql::deferForeignKeysStatement(sql::engineOf(out)))) {
            problem = sql::errorText(statement.lastError());
            return false;
        }
        for (auto table = tables.crbegin(); table != tables.crend(); ++table) {
            if (!statement.exec(QStringLiteral("DELETE FROM %1").arg(*table))) {
                problem = sql::errorText(statement.lastError());
                return false;
            }
        }
        if (!PlanCopy::copyRows(in, out, tables, &problem, progress))
            return false;
        // Checked before the commit, in the same transaction: a restore that does not match is never seen.
        QList<PlanCopy::TableCheck> checks;
        if (!PlanCopy::checksums(out, &checks, &problem))
            return false;
        if (checks != record->checks) {
            mismatch = true;
            problem = tr("the server's tables did not match the backup after writing (tables: %1)")
                          .arg(differing(checks, record->checks).join(QStringLiteral(", ")));
            return false;
        }
        return true;
    });
    if (!written) {
        *error = tr("The backup %1 could not be restored into %2: %3. Nothing was changed.")
                     .arg(shown(file), db.path(), problem);
        return mismatch ? Problem::BadInput : Problem::Database;
    }
    return Problem::None;
}

} // namespace parat
