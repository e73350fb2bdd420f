// The demo builds on any day: its superuser plan around go-live must stay valid when the go-live week is a
// holiday week (as of 7 December 2026 the demo goes live in week 7 2027, the usual winter holiday).
#include "Fixtures.h"
#include "TestSupport.h"

#include "domain/Calendar.h"
#include "domain/Clock.h"
#include "storage/AllocationRepository.h"
#include "storage/Database.h"

using namespace parat;

TEST_CASE("The demo builds when its go-live week is a winter-holiday week", "[demo]")
{
    const QDate asOf = GENERATE(QDate(2026, 12, 1), QDate(2026, 12, 7), QDate(2026, 11, 27));
    INFO(asOf.toString(Qt::ISODate).toStdString());
    test::TempDir dir;
    Database db;
    QString error;
    REQUIRE(db.open(dir.file(QStringLiteral("demo.sqlite")), &error));
    FixedClock clock {asOf};
    const Municipality demo = test::buildDemo(db, clock);
    CHECK(demo.goLive == asOf.addDays(70).addDays((8 - asOf.addDays(70).dayOfWeek()) % 7));
    const QList<Allocation> allocations = AllocationRepository(db).forMunicipality(demo.id);
    CHECK_FALSE(allocations.isEmpty());
    for (const Allocation &allocation : allocations)
        CHECK(allocation.fromWeek <= allocation.toWeek);
}
