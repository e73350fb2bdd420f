// PlanBackup (docs/team-mode.md, "Backup and restore") in-process: a plan file backed up to another file with its
// checksum record, the record read back, and what a restore refuses before it touches anything: a file as the
// target, a missing or changed backup. The server's side is tested through the parat binary in
// tests/cli/ServerBackupCliTest.cpp and in the window in tests/app/ServerAdminWindowTest.cpp.
#include "storage/PlanBackup.h"
#include "storage/Database.h"
#include "storage/PlanCopy.h"

#include "Fixtures.h"
#include "TestSupport.h"
#include "domain/Clock.h"

#include <QFile>

using namespace parat;

TEST_CASE_METHOD(test::DemoCase, "A plan file is backed up to a new file with a checksum record that verifies",
                 "[backup]")
{
    Database &plan = db;
    QList<PlanCopy::TableCheck> planChecks;
    REQUIRE(PlanCopy::checksums(plan.connection(), &planChecks, &error));

    const QString file = dir.file(QStringLiteral("backup.sqlite"));
    QList<PlanCopy::TableCheck> checks;
    REQUIRE(PlanBackup::save(plan, file, clock.now(), &checks, &error) == PlanBackup::Problem::None);
    CHECK(checks == planChecks);
    CHECK_FALSE(QFile::exists(file + QStringLiteral(".lock")));
    PlanBackup::Record record;
    REQUIRE(PlanBackup::verify(file, &record, &error) == PlanBackup::Problem::None);
    CHECK(record.checks == planChecks);
    CHECK(record.schemaVersion == Database::schemaVersion());
    CHECK(record.source == plan.path());
    CHECK(record.takenAt == clock.now().toUTC());

    // Restoring into a file is the restore points' job: refused, the file unchanged.
    REQUIRE(PlanBackup::restore(plan, file, &record, &error) == PlanBackup::Problem::BadInput);
    CHECK(error.contains(QStringLiteral("restore points")));
    QList<PlanCopy::TableCheck> after;
    REQUIRE(PlanCopy::checksums(plan.connection(), &after, &error));
    CHECK(after == planChecks);

    // A second backup under the same name is refused; the first stays verified.
    CHECK(PlanBackup::save(plan, file, clock.now(), &checks, &error) == PlanBackup::Problem::BadInput);
    CHECK(PlanBackup::verify(file, &record, &error) == PlanBackup::Problem::None);
}

TEST_CASE_METHOD(test::DemoCase, "A backup whose record was changed, or that is missing, does not verify", "[backup]")
{
    Database &plan = db;
    const QString file = dir.file(QStringLiteral("backup.sqlite"));
    QList<PlanCopy::TableCheck> checks;
    REQUIRE(PlanBackup::save(plan, file, clock.now(), &checks, &error) == PlanBackup::Problem::None);

    QFile record(PlanBackup::recordPath(file));
    REQUIRE(record.open(QIODevice::ReadOnly));
    QByteArray text = record.readAll();
    record.close();
    // One row count in the record off by one: the file no longer matches it.
    const int at = text.indexOf("table\tmunicipality\t");
    REQUIRE(at >= 0);
    const int count = at + int(qstrlen("table\tmunicipality\t"));
    text[count] = text.at(count) == '9' ? '8' : char(text.at(count) + 1);
    REQUIRE(record.open(QIODevice::WriteOnly | QIODevice::Truncate));
    record.write(text);
    record.close();
    PlanBackup::Record read;
    CHECK(PlanBackup::verify(file, &read, &error) == PlanBackup::Problem::BadInput);
    CHECK(error.contains(QStringLiteral("municipality")));

    CHECK(PlanBackup::verify(dir.file(QStringLiteral("missing.sqlite")), &read, &error)
          == PlanBackup::Problem::BadInput);
    CHECK(error.contains(QStringLiteral("missing")));
}
