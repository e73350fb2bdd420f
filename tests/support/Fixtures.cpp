#include "Fixtures.h"

#include "PgCluster.h"
#include "TestSupport.h"

#include "demo/DemoBuilder.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "handbook/HandbookReader.h"
#include "services/HandbookImport.h"
#include "services/SampleHandbook.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/MunicipalityRepository.h"
#include "storage/PersonRepository.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace parat::test {

HandbookDraft sampleHandbookDraft(const QString &sourceName)
{
    QFile sample(QStringLiteral(":/data/sample-handbook.json"));
    REQUIRE(sample.open(QIODevice::ReadOnly));
    return readHandbookJson(sample.readAll(), sourceName);
}

void importSampleHandbook(Database &db, const Clock &clock)
{
    HandbookImporter importer(db, clock);
    const ImportOutcome outcome = importer.importDraft(sampleHandbookDraft(), {}, false);
    REQUIRE(outcome.applied);
}

Municipality buildDemo(Database &db, const Clock &clock, bool withSuperuserPlan)
{
    importSampleHandbook(db, clock);
    QString error;
    Municipality demo;
    DemoBuilder builder(db);
    builder.setWithSuperuserPlan(withSuperuserPlan);
    const bool built = builder.build(clock.today(), &demo, &error);
    INFO(error.toStdString());
    REQUIRE(built);
    return demo;
}

DemoDatabase::DemoDatabase(const QString &language, bool withSuperuserPlan)
    : clock(QDate(2026, 11, 27))
{
    if (!language.isEmpty())
        installTranslations(language);
    QString error;
    REQUIRE(db.open(dir.file(QStringLiteral("p.sqlite")), &error));
    demo = buildDemo(db, clock, withSuperuserPlan);
}

DemoCase::DemoCase(const QString &language)
    : DemoDatabase(language)
{ }

EnglishDemo::EnglishDemo()
    : DemoCase(QStringLiteral("en"))
{ }

DanishDemo::DanishDemo()
    : DemoCase(QStringLiteral("da"))
{ }

EmptyDatabase::EmptyDatabase(const QString &language)
{
    if (!language.isEmpty())
        installTranslations(language);
    REQUIRE(db.open(dir.file(QStringLiteral("p.sqlite")), &error));
}

Id DemoDatabase::personNamed(const QString &name)
{
    for (const Person &person : PersonRepository(db).forMunicipality(demo.id)) {
        if (person.name == name)
            return person.id;
    }
    FAIL("no person " << name.toStdString());
    return 0;
}

OneMunicipality::OneMunicipality(const QString &file, const QString &code, const QDate &goLive)
{
    QString error;
    REQUIRE(db.open(dir.file(file), &error));
    Municipality m;
    m.code = code;
    m.goLive = goLive;
    REQUIRE(MunicipalityRepository(db).add(&m, &error));
    municipality = m.id;
}

int migrationWith(const QString &text)
{
    const auto &all = migrations();
    int version = 0;
    for (int i = 0; i < int(all.size()); ++i) {
        if (all.at(i).join(QLatin1Char('\n')).contains(text))
            version = i + 1;
    }
    return version;
}

void writeFileAtVersion(const QString &path, int version, const QStringList &statements)
{
    QStringList all {QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId)};
    for (int m = 0; m < version; ++m)
        all += migrations().at(m);
    all.append(QStringLiteral("PRAGMA user_version = %1").arg(version));
    all += statements;
    withSqliteFile(path, [&](QSqlDatabase &raw) {
        for (const QString &statement : all) {
            QSqlQuery query(raw);
            const bool done = query.exec(statement);
            INFO(statement.toStdString() << ": " << query.lastError().text().toStdString());
            REQUIRE(done);
        }
    });
}

Municipality openMigratedVejle(Database &db, const QString &path)
{
    QString error;
    const bool opened = db.open(path, &error);
    INFO(error.toStdString());
    REQUIRE(opened);
    CHECK(db.fileSchemaVersion() == Database::schemaVersion());
    const std::optional<Municipality> vejle = MunicipalityRepository(db).byCode(QStringLiteral("0630"));
    REQUIRE(vejle);
    return *vejle;
}

QStringList dumpTables(Database &db)
{
    QStringList lines;
    QSqlQuery tables(db.connection());
    REQUIRE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    REQUIRE_FALSE(names.isEmpty());
    for (const QString &name : names) {
        QSqlQuery rows(db.connection());
        REQUIRE(rows.exec(QStringLiteral("SELECT * FROM ") + name + QStringLiteral(" ORDER BY 1")));
        while (rows.next()) {
            QStringList values {name};
            for (int i = 0; i < rows.record().count(); ++i)
                values.append(rows.value(i).isNull() ? QStringLiteral("<null>") : rows.value(i).toString());
            lines.append(values.join(QLatin1Char('|')));
        }
    }
    return lines;
}

void clearStakeholders(Database &db)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("DELETE FROM communication_item")));
    REQUIRE(query.exec(QStringLiteral("DELETE FROM stakeholder")));
}

QString asUser(const QString &url, const QString &user)
{
    QString other = url;
    other.replace(QStringLiteral("postgresql://parat@"), QStringLiteral("postgresql://%1@").arg(user));
    return other;
}

Database::ServerOptions creatingSchema()
{
    Database::ServerOptions options;
    options.createSchema = true;
    return options;
}

void createLoginRoles(const QString &url, const QStringList &users, bool superuser)
{
    QStringList statements;
    for (const QString &user : users) {
        statements.append(
            QStringLiteral("DO $$ BEGIN CREATE ROLE %1 LOGIN%2; EXCEPTION WHEN duplicate_object THEN NULL; END $$")
                .arg(user, superuser ? QStringLiteral(" SUPERUSER") : QString()));
    }
    PgCluster::instance().exec(url, statements);
}

Municipality openDemoServer(Database &db, const QString &url, const Clock &clock)
{
    QString error;
    INFO(error.toStdString());
    REQUIRE(db.openServer(url, &error, creatingSchema()));
    return buildDemo(db, clock);
}

FileAndServer::FileAndServer()
{
    REQUIRE(file.open(dir.file(QStringLiteral("plan.sqlite")), &error));
    INFO(error.toStdString());
    REQUIRE(server.openServer(pgTestDatabase(), &error, creatingSchema()));
}

TwoServerClients::TwoServerClients(const QString &larsUser, const QString &metteUser)
{
    url = pgTestDatabase();
    createLoginRoles(url, {larsUser, metteUser}, true);
    QString error;
    INFO(error.toStdString());
    REQUIRE(lars.openServer(asUser(url, larsUser), &error, creatingSchema()));
    REQUIRE(mette.openServer(asUser(url, metteUser), &error, {}));
    demo = buildDemo(lars, clock);
}

} // namespace parat::test
