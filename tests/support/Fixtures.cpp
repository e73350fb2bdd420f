#include "Fixtures.h"

#include "TestSupport.h"

#include "demo/DemoBuilder.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "handbook/HandbookReader.h"
#include "services/HandbookImport.h"
#include "services/SampleHandbook.h"
#include "storage/Database.h"

#include <QFile>
#include <QSqlQuery>

namespace parat::test {

void importSampleHandbook(Database &db, const Clock &clock)
{
    QFile sample(QStringLiteral(":/data/sample-handbook.json"));
    REQUIRE(sample.open(QIODevice::ReadOnly));
    HandbookImporter importer(db, clock);
    const ImportOutcome outcome
        = importer.importDraft(readHandbookJson(sample.readAll(), QStringLiteral("sample-handbook.json")), {}, false);
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

void clearStakeholders(Database &db)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("DELETE FROM communication_item")));
    REQUIRE(query.exec(QStringLiteral("DELETE FROM stakeholder")));
}

} // namespace parat::test
