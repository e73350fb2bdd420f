#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
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

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

TempDir::TempDir()
{
    REQUIRE(m_dir.isValid());
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
