#pragma once

#include "PgCluster.h"
#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/PlanCopy.h"

#include <QList>
#include <QString>

namespace parat::test {

// Every table's row count and checksum of the plan on a server (url), computed anew on a connection of its own.
inline QList<PlanCopy::TableCheck> serverChecks(const QString &url)
{
    Database db;
    QString error;
    REQUIRE(db.openServer(url, &error, {}));
    QList<PlanCopy::TableCheck> checks;
    REQUIRE(PlanCopy::checksums(db.connection(), &checks, &error));
    return checks;
}

// The same of a plan file (path), opened read-only.
inline QList<PlanCopy::TableCheck> fileChecks(const QString &path)
{
    Database db;
    QString error;
    Database::OpenOptions readOnly;
    readOnly.readOnly = true;
    REQUIRE(db.open(path, &error, readOnly));
    QList<PlanCopy::TableCheck> checks;
    REQUIRE(PlanCopy::checksums(db.connection(), &checks, &error));
    return checks;
}

// The demo plan (0630, as of 27 November 2026) and 0370 on a new database of the test cluster, made by the parat
// executable in English, and its roles set up (`parat server init`; what that printed in roles, when given). Returns
// the database's address.
inline QString demoServerWithRoles(ParatRun *roles = nullptr)
{
    const QStringList english {QStringLiteral("--lang"), QStringLiteral("en")};
    const QString url = pgTestDatabase();
    const ParatRun init
        = runParat(english
                   + QStringList {QStringLiteral("--db"), url, QStringLiteral("init"), QStringLiteral("--demo"),
                                  QStringLiteral("--as-of"), QStringLiteral("2026-11-27")});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    REQUIRE(runParat(english
                     + QStringList {QStringLiteral("--db"), url, QStringLiteral("municipality"), QStringLiteral("add"),
                                    QStringLiteral("0370")})
                .exitCode
            == 0);
    const ParatRun server = runParat(english + QStringList {QStringLiteral("server"), QStringLiteral("init"), url});
    INFO(server.err.toStdString());
    REQUIRE(server.exitCode == 0);
    if (roles)
        *roles = server;
    return url;
}

} // namespace parat::test
