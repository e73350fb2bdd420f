#pragma once

#include "TestSupport.h"

#include "domain/Clock.h"
#include "domain/Types.h"
#include "storage/Database.h"

#include <QDate>
#include <QStringList>

namespace parat::test {

// Imports the bundled sample handbook (91 tasks) into an open database.
void importSampleHandbook(Database &db, const Clock &clock);
// The sample handbook plus the demo municipality (0630 Vejle, go-live DemoBuilder::goLiveFor(clock.today()):
// 1 January 2027 on the usual 27 November 2026; people, statuses, history). Returns the municipality.
Municipality buildDemo(Database &db, const Clock &clock, bool withSuperuserPlan = true);
// What most core and command-line tests start from: the demo municipality (buildDemo) in a new database in a
// temporary folder, on a clock fixed on 27 November 2026. language: the texts to install first (empty: leave them
// as they are).
struct DemoDatabase
{
    explicit DemoDatabase(const QString &language = QString(), bool withSuperuserPlan = true);
    DemoDatabase(const DemoDatabase &) = delete;
    DemoDatabase &operator=(const DemoDatabase &) = delete;

    // The id of the demo person with this name (fails the test when there is none).
    Id personNamed(const QString &name);

    TempDir dir;
    Database db;
    FixedClock clock;
    Municipality demo;
};

// A new database in a temporary folder (named file) with one municipality, code and go-live as given, and nothing
// else: for the handbook import and merge tests.
struct OneMunicipality
{
    OneMunicipality(const QString &file, const QString &code, const QDate &goLive);
    OneMunicipality(const OneMunicipality &) = delete;
    OneMunicipality &operator=(const OneMunicipality &) = delete;

    TempDir dir;
    Database db;
    Id municipality = 0;
};

// Every row of every table, as text, tables by name and rows by their first column: two equal dumps mean a
// logically identical database.
QStringList dumpTables(Database &db);

// Empties the demo's stakeholder map and communication plan, for tests that build their own.
void clearStakeholders(Database &db);

// The address of the same server database (postgresql://parat@…) as another user.
QString asUser(const QString &url, const QString &user);

// Two clients of one new database on the test cluster (PgCluster), logged in as two users of their own (superusers of
// the cluster: roles and grants are not what the row-version tests are about); the demo plan, built by the first.
struct TwoServerClients
{
    TwoServerClients(const QString &larsUser, const QString &metteUser);
    TwoServerClients(const TwoServerClients &) = delete;
    TwoServerClients &operator=(const TwoServerClients &) = delete;

    const FixedClock clock {QDate(2026, 11, 27)};
    QString url;
    Database lars;
    Database mette;
    Municipality demo;
};

} // namespace parat::test
