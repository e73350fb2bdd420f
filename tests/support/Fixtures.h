#pragma once

#include "TestSupport.h"

#include "domain/Clock.h"
#include "domain/HandbookDraft.h"
#include "domain/Types.h"
#include "storage/Database.h"

#include <QDate>
#include <QStringList>

namespace parat::test {

// The bundled sample handbook (91 tasks) as read from its file, under sourceName (fails the test when it cannot be
// read).
HandbookDraft sampleHandbookDraft(const QString &sourceName = QStringLiteral("sample-handbook.json"));
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

// DemoDatabase with a QString for errors beside it: for TEST_CASE_METHOD, so that the test reads dir, db, clock, demo
// and error as its own. DemoCase leaves the texts as they are; EnglishDemo and DanishDemo install theirs first.
struct DemoCase : DemoDatabase
{
    explicit DemoCase(const QString &language = QString());
    QString error;
};
struct EnglishDemo : DemoCase
{
    EnglishDemo();
};
struct DanishDemo : DemoCase
{
    DanishDemo();
};

// A new, empty database (p.sqlite in a temporary folder), with QString for errors beside it: for tests that start from
// no municipality. language: the texts to install first (empty: leave them as they are).
struct EmptyDatabase
{
    explicit EmptyDatabase(const QString &language = QString());

    TempDir dir;
    Database db;
    QString error;
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

// The number of the last migration whose statements contain text (e.g. "CREATE TABLE runbook_step"); 0 when none
// does.
int migrationWith(const QString &text);
// Writes path as a Parat of schema `version` left it: Parat's application id, the first `version` migrations and
// user_version; then the test's own statements (rows of the old file). Each statement must succeed.
void writeFileAtVersion(const QString &path, int version, const QStringList &statements = {});
// Opens a file an older Parat left (migrating it), checks that it reached the current schema version and returns
// the municipality 0630 Vejle the test put in it (fails the test when it is not there).
Municipality openMigratedVejle(Database &db, const QString &path);

// One text of each item, in the list's order: textsOf(steps, [](const RunbookStep &s) { return s.title; }).
template<typename List, typename Text> QStringList textsOf(const List &items, Text text)
{
    QStringList texts;
    for (const auto &item : items)
        texts.append(text(item));
    return texts;
}
// The tasks' keys, in their order.
inline QStringList keysOf(const QList<Task> &tasks)
{
    return textsOf(tasks, [](const Task &task) { return task.key; });
}
inline QStringList keysOf(const QList<PlannedTask> &tasks)
{
    return textsOf(tasks, [](const PlannedTask &task) { return task.task.key; });
}

// Every row of every table, as text, tables by name and rows by their first column: two equal dumps mean a
// logically identical database.
QStringList dumpTables(Database &db);

// Empties the demo's stakeholder map and communication plan, for tests that build their own.
void clearStakeholders(Database &db);

// The address of the same server database (postgresql://parat@…) as another user.
QString asUser(const QString &url, const QString &user);

// Server options that make Parat's schema in an empty server database (createSchema).
Database::ServerOptions creatingSchema();
// Makes login roles on the test cluster (PgCluster), superusers when asked, unless they are there: login roles are the
// cluster's, shared by the test cases of one process. url: a database of the cluster to run the statements in (one
// PgCluster::exec).
void createLoginRoles(const QString &url, const QStringList &users, bool superuser = false);
// Opens db on a new server database (url) with Parat's schema and builds the demo plan in it; returns the demo.
Municipality openDemoServer(Database &db, const QString &url, const Clock &clock);

// A new file (plan.sqlite in a temporary folder) and a new database on the test cluster with Parat's schema, side by
// side: for TEST_CASE_METHOD, so that the test reads dir, file, server and error as its own.
struct FileAndServer
{
    FileAndServer();

    TempDir dir;
    Database file;
    Database server;
    QString error;
};

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
