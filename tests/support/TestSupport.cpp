#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace parat::test {

QString dataPath(const QString &relative)
{
    return QDir(QStringLiteral(PARAT_TEST_DATA_DIR)).filePath(relative);
}

QString sampleDataPath(const QString &relative)
{
    return QDir(QStringLiteral(PARAT_SAMPLE_DATA_DIR)).filePath(relative);
}

QString paratBinary()
{
    return QStringLiteral(PARAT_BINARY);
}

ParatRun runParat(const QStringList &args, const QString &paratDb)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // headless commands must work without any platform set
    env.remove(QStringLiteral("PARAT_DB"));
    if (!paratDb.isEmpty())
        env.insert(QStringLiteral("PARAT_DB"), paratDb);
    process.setProcessEnvironment(env);
    process.start(paratBinary(), args);
    REQUIRE(process.waitForFinished(120000));
    ParatRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString pdfText(const QString &path, const QStringList &options)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), options + QStringList {path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QByteArray fileDigest(const QString &path)
{
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256);
}

TempDir::TempDir()
{
    REQUIRE(m_dir.isValid());
}

namespace {

// The first leaf page of a table, from SQLite's dbstat table (or the table's root page).
qint64 leafPageOf(const QString &path, const QString &table, int *pageSize)
{
    qint64 page = 0;
    withSqliteFile(path, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA page_size")));
        REQUIRE(query.next());
        *pageSize = query.value(0).toInt();
        if (query.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = '%1' AND pagetype = 'leaf' "
                                      "ORDER BY pageno LIMIT 1")
                           .arg(table))
            && query.next()) {
            page = query.value(0).toLongLong();
        } else {
            REQUIRE(query.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = '%1'").arg(table)));
            REQUIRE(query.next());
            page = query.value(0).toLongLong();
        }
    });
    REQUIRE(page > 1);
    return page;
}

} // namespace

void damagePageOf(const QString &path, const QString &table)
{
    int pageSize = 0;
    const qint64 page = leafPageOf(path, table, &pageSize);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek((page - 1) * pageSize));
    REQUIRE(file.write(QByteArray(24, '\xA5')) == 24);
}

void withSqliteFile(const QString &path, const std::function<void(QSqlDatabase &)> &work, bool readOnly)
{
    const QString name = QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace parat::test
