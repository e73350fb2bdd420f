#include <QStringList>

namespace parat {

// Migration 10: row versions for concurrent edits (docs/team-mode.md "Concurrent edits").
// Released migrations are never edited; add a new one instead.
//
// Every row a user edits in place carries a version, bumped by each versioned update, and who changed it last and
// when (on a server the session user, on a file the operating system's user name; UTC ISO 8601 time). An edit names
// the version it was read with; an update that finds another version writes nothing and is refused
// (core/storage/RowVersion.h). Existing rows start at version 1 with nobody named.
QStringList versionMigration()
{
    QStringList statements;
    const QStringList tables {QStringLiteral("task_state"),  QStringLiteral("person"),
                              QStringLiteral("stakeholder"), QStringLiteral("risk"),
                              QStringLiteral("decision"),    QStringLiteral("communication_item"),
                              QStringLiteral("allocation")};
    for (const QString &table : tables) {
        statements.append(QStringLiteral("ALTER TABLE %1 ADD COLUMN version INTEGER NOT NULL DEFAULT 1").arg(table));
        statements.append(QStringLiteral("ALTER TABLE %1 ADD COLUMN changed_by TEXT").arg(table));
        statements.append(QStringLiteral("ALTER TABLE %1 ADD COLUMN changed_at TEXT").arg(table));
    }
    return statements;
}

} // namespace parat
