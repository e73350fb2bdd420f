// `parat server grant|revoke USER ROLE [--municipality CODE]` and the roles `parat server init` sets up
// (docs/team-mode.md, "Roles and row-level security"): the parat binary against a throw-away cluster.
#include "Fixtures.h"
#include "PgCluster.h"
#include "PlanChecks.h"
#include "TestSupport.h"

#include <QProcess>
#include <QUrl>

namespace {

using Run = parat::test::ParatRun;

// In English, so the tests can read the messages.
Run runParat(const QStringList &args, const QString &paratDb = QString())
{
    return parat::test::runParat(QStringList {QStringLiteral("--lang"), QStringLiteral("en")} + args, paratDb);
}

} // namespace

TEST_CASE("parat server grant limits a viewer to a municipality, and the viewer cannot write", "[cli][server][access]")
{
    Run roles;
    const QString url = parat::test::demoServerWithRoles(&roles);
    CHECK(roles.out.contains(QStringLiteral("parat_viewer")));
    parat::test::PgCluster::instance().exec(
        url,
        {QStringLiteral("DO $$ BEGIN CREATE ROLE clivia LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$")});

    const Run grant = runParat({QStringLiteral("--db"), url, QStringLiteral("server"), QStringLiteral("grant"),
                                QStringLiteral("clivia"), QStringLiteral("parat_viewer"),
                                QStringLiteral("--municipality"), QStringLiteral("0630")});
    INFO(grant.err.toStdString());
    CHECK(grant.exitCode == 0);
    CHECK(grant.out.contains(QStringLiteral("0630")));

    const QString clivia = parat::test::asUser(url, QStringLiteral("clivia"));
    const Run list = runParat({QStringLiteral("--db"), clivia, QStringLiteral("municipality"), QStringLiteral("list")});
    INFO(list.err.toStdString());
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(QStringLiteral("0630")));
    CHECK_FALSE(list.out.contains(QStringLiteral("0370")));
    const Run write = runParat({QStringLiteral("--db"), clivia, QStringLiteral("municipality"), QStringLiteral("add"),
                                QStringLiteral("0101")});
    CHECK(write.exitCode != 0);
    CHECK(write.err.contains(QStringLiteral("do not allow this")));
    // Nor may a viewer grant.
    const Run selfGrant = runParat({QStringLiteral("--db"), clivia, QStringLiteral("server"), QStringLiteral("grant"),
                                    QStringLiteral("clivia"), QStringLiteral("parat_admin")});
    CHECK(selfGrant.exitCode == 4);

    // Bad input: exit 3, nothing changed.
    CHECK(runParat({QStringLiteral("--db"), url, QStringLiteral("server"), QStringLiteral("grant"),
                    QStringLiteral("nobody"), QStringLiteral("parat_viewer")})
              .exitCode
          == 3);
    CHECK(runParat({QStringLiteral("--db"), url, QStringLiteral("server"), QStringLiteral("grant"),
                    QStringLiteral("clivia"), QStringLiteral("root")})
              .exitCode
          == 3);
    CHECK(runParat({QStringLiteral("--db"), url, QStringLiteral("server"), QStringLiteral("grant"),
                    QStringLiteral("clivia"), QStringLiteral("parat_viewer"), QStringLiteral("--municipality"),
                    QStringLiteral("9999")})
              .exitCode
          == 3);
    CHECK(runParat({QStringLiteral("server"), QStringLiteral("grant"), QStringLiteral("clivia")}).exitCode == 2);

    // Revoked: the plan can no longer be opened by that user.
    const Run revoke = runParat({QStringLiteral("--db"), url, QStringLiteral("server"), QStringLiteral("revoke"),
                                 QStringLiteral("clivia"), QStringLiteral("parat_viewer")});
    CHECK(revoke.exitCode == 0);
    CHECK(runParat({QStringLiteral("--db"), clivia, QStringLiteral("municipality"), QStringLiteral("list")}).exitCode
          != 0);
}
