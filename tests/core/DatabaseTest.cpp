#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/MunicipalityRepository.h"

#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <unistd.h>

using namespace parat;

namespace {

// Runs statements on the file through a connection of its own, as another program (or an older Parat) would.
void rawExec(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            const bool ok = query.exec(statement);
            INFO(statement.toStdString() << ": " << query.lastError().text().toStdString());
            REQUIRE(ok);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QVariant rawScalar(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::Id128);
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(sql));
        REQUIRE(query.next());
        value = query.value(0);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

QVariant scalar(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0);
}

void addMunicipality(Database &db, const QString &code)
{
    MunicipalityRepository municipalities(db);
    Municipality municipality;
    municipality.code = code;
    QString error;
    REQUIRE(municipalities.add(&municipality, &error));
}

QStringList municipalityCodes(Database &db)
{
    QStringList codes;
    for (const Municipality &municipality : MunicipalityRepository(db).all())
        codes.append(municipality.code);
    return codes;
}

// A Parat database with something in it, closed.
QString makeParatFile(const test::TempDir &dir, const QString &name)
{
    const QString path = dir.file(name);
    Database db;
    QString error;
    REQUIRE(db.open(path, &error));
    addMunicipality(db, QStringLiteral("0101"));
    db.close();
    return path;
}

constexpr QFileDevice::Permissions kGroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

TEST_CASE("A new database file is created owner-only with its pragmas set", "[storage][database]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("new.sqlite"));
    Database db;
    QString error;
    REQUIRE(db.open(path, &error));
    CHECK(error.isEmpty());
    CHECK(db.isOpen());
    CHECK_FALSE(db.isReadOnly());

    const QFile::Permissions permissions = QFileInfo(path).permissions();
    CHECK((permissions & QFileDevice::ReadOwner));
    CHECK((permissions & QFileDevice::WriteOwner));
    CHECK((permissions & kGroupOrOther) == 0);

    CHECK(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt() == 2);
    CHECK(scalar(db, QStringLiteral("PRAGMA application_id")).toInt() == Database::ApplicationId);
    CHECK(scalar(db, QStringLiteral("PRAGMA user_version")).toInt() == Database::schemaVersion());
    CHECK(db.fileSchemaVersion() == Database::schemaVersion());
    // A new file needs no restore point: there is nothing to go back to.
    CHECK(db.restorePoints().isEmpty());
}

TEST_CASE("Connections of other threads get the same pragmas", "[storage][database]")
{
    test::TempDir dir;
    Database db;
    QString error;
    REQUIRE(db.open(dir.file(QStringLiteral("threads.sqlite")), &error));
    int foreignKeys = -1;
    int synchronous = -1;
    QThread *thread = QThread::create([&db, &foreignKeys, &synchronous] {
        QSqlQuery query(db.connection());
        if (query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next())
            foreignKeys = query.value(0).toInt();
        if (query.exec(QStringLiteral("PRAGMA synchronous")) && query.next())
            synchronous = query.value(0).toInt();
    });
    thread->start();
    REQUIRE(thread->wait(10000));
    delete thread;
    CHECK(foreignKeys == 1);
    CHECK(synchronous == 2);
}

TEST_CASE("A reopened database keeps its data and takes no restore point", "[storage][database]")
{
    test::TempDir dir;
    const QString path = makeParatFile(dir, QStringLiteral("reopen.sqlite"));
    Database db;
    QString error;
    REQUIRE(db.open(path, &error));
    CHECK(municipalityCodes(db) == QStringList {QStringLiteral("0101")});
    CHECK(db.restorePoints().isEmpty());
    db.close();
    CHECK_FALSE(db.isOpen());
    REQUIRE(db.open(path, &error));
    CHECK(municipalityCodes(db) == QStringList {QStringLiteral("0101")});
}

TEST_CASE("A database from a newer Parat is refused and left untouched", "[storage][database]")
{
    test::TempDir dir;
    const QString path = makeParatFile(dir, QStringLiteral("newer.sqlite"));
    rawExec(path, {QStringLiteral("PRAGMA user_version = %1").arg(Database::schemaVersion() + 1)});
    const QByteArray before = test::fileDigest(path);

    Database db;
    QString error;
    CHECK_FALSE(db.open(path, &error));
    CHECK_FALSE(db.isOpen());
    CHECK(error.contains(QStringLiteral("newer version of Parat")));
    CHECK(error.contains(QString::number(Database::schemaVersion() + 1)));
    CHECK(test::fileDigest(path) == before);
    CHECK_FALSE(QFileInfo::exists(db.restorePointDir()));
}

TEST_CASE("A file that is not an SQLite database is refused and left untouched", "[storage][database]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("random.sqlite"));
    {
        QByteArray bytes(8192, Qt::Uninitialized);
        QRandomGenerator generator(42);
        for (char &byte : bytes)
            byte = static_cast<char>(generator.bounded(256));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    const QByteArray before = test::fileDigest(path);
    Database db;
    QString error;
    CHECK_FALSE(db.open(path, &error));
    CHECK(error.contains(QStringLiteral("not an SQLite database")));
    CHECK(test::fileDigest(path) == before);
    CHECK(QFileInfo(path).size() == 8192);

    const QString text = dir.file(QStringLiteral("notes.txt"));
    {
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Just a few words, not a database.\n");
    }
    const QByteArray textBefore = test::fileDigest(text);
    CHECK_FALSE(db.open(text, &error));
    CHECK(test::fileDigest(text) == textBefore);

    CHECK_FALSE(db.open(dir.path(), &error)); // a folder
}

TEST_CASE("Another program's SQLite database is refused and left untouched", "[storage][database]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("other.sqlite"));
    rawExec(path,
            {QStringLiteral("CREATE TABLE recipe (id INTEGER PRIMARY KEY, name TEXT)"),
             QStringLiteral("INSERT INTO recipe (name) VALUES ('Rugbrød')")});
    const QByteArray before = test::fileDigest(path);
    Database db;
    QString error;
    CHECK_FALSE(db.open(path, &error));
    CHECK(error.contains(QStringLiteral("another program")));
    CHECK(test::fileDigest(path) == before);
    CHECK(rawScalar(path, QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt() == 1);
    CHECK(rawScalar(path, QStringLiteral("PRAGMA user_version")).toInt() == 0);
}

TEST_CASE("A truncated database file is refused and left untouched", "[storage][database]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("truncated.sqlite"));
    {
        Database db;
        QString error;
        REQUIRE(db.open(path, &error));
        // Enough rows for many pages.
        REQUIRE(db.write(&error, [&] {
            QSqlQuery query(db.connection());
            query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (:key, :value)"));
            for (int i = 0; i < 200; ++i) {
                query.bindValue(QStringLiteral(":key"), QStringLiteral("k%1").arg(i));
                query.bindValue(QStringLiteral(":value"), QString(1000, QLatin1Char('x')));
                if (!query.exec())
                    return false;
            }
            return true;
        }));
        db.close();
    }
    const qint64 fullSize = QFileInfo(path).size();
    REQUIRE(fullSize > 100000);

    for (const qint64 size : {fullSize / 2, qint64(4096), qint64(60)}) {
        INFO("truncated to " << size << " bytes");
        const QString copy = dir.file(QStringLiteral("cut-%1.sqlite").arg(size));
        REQUIRE(QFile::copy(path, copy));
        REQUIRE(QFile::resize(copy, size));
        const QByteArray before = test::fileDigest(copy);
        Database db;
        QString error;
        CHECK_FALSE(db.open(copy, &error));
        CHECK_FALSE(error.isEmpty());
        CHECK(test::fileDigest(copy) == before);
        CHECK(QFileInfo(copy).size() == size);
    }
}

TEST_CASE("Write transactions nest as savepoints and commit once", "[storage][database]")
{
    test::TempDir dir;
    Database db;
    QString error;
    REQUIRE(db.open(dir.file(QStringLiteral("tx.sqlite")), &error));
    int changed = 0;
    QObject::connect(&db, &Database::changed, [&changed] { ++changed; });
    const quint64 revision = db.revision();

    auto insert = [&db](const QString &key) {
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (:key, 'v')"));
        query.bindValue(QStringLiteral(":key"), key);
        return query.exec();
    };
    auto count = [&db] { return scalar(db, QStringLiteral("SELECT count(*) FROM meta")).toInt(); };

    REQUIRE(db.write(&error, [&] {
        if (!insert(QStringLiteral("outer")))
            return false;
        QString innerError;
        CHECK_FALSE(db.write(&innerError, [&] { return insert(QStringLiteral("inner")) && false; }));
        CHECK(db.write(&innerError, [&] { return insert(QStringLiteral("inner-kept")); }));
        return true;
    }));
    CHECK(count() == 2);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM meta WHERE key = 'inner'")).toInt() == 0);
    CHECK(changed == 1);
    CHECK(db.revision() == revision + 1);

    CHECK_FALSE(db.write(&error, [&] {
        insert(QStringLiteral("lost-1"));
        db.write(&error, [&] { return insert(QStringLiteral("lost-2")); });
        return false;
    }));
    CHECK(count() == 2);
    CHECK(changed == 1);

    // A failing statement (duplicate primary key) inside work that reports it rolls everything back.
    CHECK_FALSE(db.write(&error, [&] { return insert(QStringLiteral("fresh")) && insert(QStringLiteral("outer")); }));
    CHECK(count() == 2);
}

TEST_CASE("Restore points are taken listed and restored", "[storage][database]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("restore.sqlite"));
    Database db;
    QString error;
    REQUIRE(db.open(path, &error));
    addMunicipality(db, QStringLiteral("0101"));

    RestorePoint manual;
    REQUIRE(db.takeRestorePoint(QStringLiteral("manual"), &manual, &error));
    CHECK(manual.reason == QStringLiteral("manual"));
    CHECK(manual.sizeBytes > 0);
    CHECK(QFileInfo::exists(manual.path));
    CHECK((QFileInfo(manual.path).permissions() & kGroupOrOther) == 0);
    CHECK((QFileInfo(db.restorePointDir()).permissions() & kGroupOrOther) == 0);
    CHECK(qAbs(manual.takenAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    CHECK(manual.takenAt.timeSpec() == Qt::UTC);
    CHECK_FALSE(Database::restoreReasonName(manual.reason).isEmpty());

    addMunicipality(db, QStringLiteral("0147"));
    CHECK(municipalityCodes(db) == QStringList {QStringLiteral("0101"), QStringLiteral("0147")});

    QList<RestorePoint> points = db.restorePoints();
    REQUIRE(points.size() == 1);
    CHECK(points.first().id == manual.id);

    int restored = 0;
    QObject::connect(&db, &Database::restored, [&restored] { ++restored; });
    REQUIRE(db.restore(manual.id, &error));
    CHECK(restored == 1);
    CHECK(db.isOpen());
    CHECK(municipalityCodes(db) == QStringList {QStringLiteral("0101")});
    CHECK(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);

    // The state before the restore became a restore point itself, newest first.
    points = db.restorePoints();
    REQUIRE(points.size() == 2);
    CHECK(points.first().reason == QStringLiteral("restore"));
    CHECK(points.last().id == manual.id);
    // Nothing else is left in the folder: two points and their records.
    CHECK(QDir(db.restorePointDir()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size() == 4);
    CHECK(QDir(db.restorePointDir()).entryList({QStringLiteral("*.record")}, QDir::Files).size() == 2);

    // ... so the restore can be undone.
    REQUIRE(db.restore(points.first().id, &error));
    CHECK(municipalityCodes(db) == QStringList {QStringLiteral("0101"), QStringLiteral("0147")});
    CHECK(db.restorePoints().size() == 3);

    // And the database keeps working after restores.
    addMunicipality(db, QStringLiteral("0151"));
    db.close();
    REQUIRE(db.open(path, &error));
    CHECK(municipalityCodes(db).size() == 3);

    CHECK_FALSE(db.restore(QStringLiteral("no-such-point"), &error));
    CHECK(error.contains(QStringLiteral("no-such-point")));
}

TEST_CASE("A damaged restore point is refused and the database kept", "[storage][database]")
{
    test::TempDir dir;
    Database db;
    QString error;
    REQUIRE(db.open(dir.file(QStringLiteral("damaged.sqlite")), &error));
    addMunicipality(db, QStringLiteral("0101"));
    RestorePoint point;
    REQUIRE(db.takeRestorePoint(QStringLiteral("manual"), &point, &error));
    {
        QFile file(point.path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("garbage");
    }
    CHECK_FALSE(db.restore(point.id, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(db.isOpen());
    CHECK(municipalityCodes(db) == QStringList {QStringLiteral("0101")});
    CHECK(db.restorePoints().size() == 1);
}

TEST_CASE("Migrates from every earlier version", "[storage][database]")
{
    const auto &all = migrations();
    REQUIRE(Database::schemaVersion() == int(all.size()));
    REQUIRE(Database::schemaVersion() >= 1);

    for (int k = 0; k <= Database::schemaVersion(); ++k) {
        INFO("from version " << k);
        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("v%1.sqlite").arg(k));
        // A file as Parat version k left it: migrations 1..k, each in its own transaction.
        QStringList statements;
        if (k >= 1)
            statements.append(QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId));
        for (int version = 1; version <= k; ++version) {
            statements.append(QStringLiteral("BEGIN"));
            statements += all.at(version - 1);
            statements.append(QStringLiteral("PRAGMA user_version = %1").arg(version));
            statements.append(QStringLiteral("COMMIT"));
        }
        // Something of the user's that must survive (table meta exists since version 1).
        if (k >= 1)
            statements.append(QStringLiteral("INSERT INTO meta (key, value) VALUES ('kept', 'yes')"));
        if (statements.isEmpty())
            statements.append(QStringLiteral("PRAGMA user_version = 0"));
        rawExec(path, statements);

        Database db;
        QString error;
        REQUIRE(db.open(path, &error));
        CHECK(db.fileSchemaVersion() == Database::schemaVersion());
        CHECK(scalar(db, QStringLiteral("PRAGMA user_version")).toInt() == Database::schemaVersion());
        CHECK(scalar(db, QStringLiteral("PRAGMA application_id")).toInt() == Database::ApplicationId);
        QSqlQuery check(db.connection());
        REQUIRE(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
        CHECK_FALSE(check.next());
        REQUIRE(check.exec(QStringLiteral("PRAGMA integrity_check")));
        REQUIRE(check.next());
        CHECK(check.value(0).toString() == QStringLiteral("ok"));

        const QList<RestorePoint> points = db.restorePoints();
        if (k >= 1 && k < Database::schemaVersion()) {
            REQUIRE(points.size() == 1);
            CHECK(points.first().reason == QStringLiteral("migration"));
            // The restore point is the file as it was, at version k.
            CHECK(rawScalar(points.first().path, QStringLiteral("PRAGMA user_version")).toInt() == k);
        } else {
            CHECK(points.isEmpty());
        }
        if (k >= 1)
            CHECK(scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = 'kept'")).toString()
                  == QStringLiteral("yes"));

        // Every table of the current schema is usable.
        addMunicipality(db, QStringLiteral("0101"));
        CHECK(municipalityCodes(db) == QStringList {QStringLiteral("0101")});
    }
}

TEST_CASE("A read-only database file opens read-only and refuses writes", "[storage][database]")
{
    if (::geteuid() == 0) {
        WARN("Skipped: file permissions do not stop root.");
        return;
    }
    test::TempDir dir;
    const QString path = makeParatFile(dir, QStringLiteral("readonly.sqlite"));
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner));
    Database db;
    QString error;
    REQUIRE(db.open(path, &error));
    CHECK(db.isReadOnly());
    CHECK(municipalityCodes(db) == QStringList {QStringLiteral("0101")});
    CHECK_FALSE(db.begin(&error));
    CHECK_FALSE(error.isEmpty());
    db.close();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}
