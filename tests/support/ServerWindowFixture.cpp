#include "ServerWindowFixture.h"

#include "Fixtures.h"
#include "PgCluster.h"

#include "MainWindow.h"
#include "OpenDatabase.h"
#include "Settings.h"

#include <QTest>

#include <catch2/catch.hpp>

namespace parat::test {

QString demoServer(Municipality *demo, const FixedClock &clock)
{
    const QString url = pgTestDatabase();
    PgCluster::instance().exec(
        url, {QStringLiteral("ALTER DATABASE %1 SET synchronous_commit = on").arg(url.section(QLatin1Char('/'), -1))});
    Database db;
    QString error;
    Database::ServerOptions options;
    options.createSchema = true;
    REQUIRE(db.openServer(url, &error, options));
    *demo = buildDemo(db, clock);
    Settings().setLastMunicipalityCode(demo->code);
    return url;
}

ServerWindowFixture::ServerWindowFixture(const QSize &size)
    : clock(QDate(2026, 11, 27))
    , url(demoServer(&demo, clock))
{
    REQUIRE(OpenDatabase::openServer(db, url, QString(), nullptr, &opened));
    window = std::make_unique<MainWindow>(db, clock);
    if (size.isValid())
        window->resize(size);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
}

ServerWindowFixture::~ServerWindowFixture()
{
    if (window)
        window->close();
}

} // namespace parat::test
