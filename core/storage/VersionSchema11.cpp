#include <QStringList>

namespace parat {

// Migration 11: row versions for runbook steps and go-live criteria (docs/team-mode.md "Concurrent edits"), as
// migration 10 gave them to the other editable rows. Released migrations are never edited; add a new one instead.
// Existing rows start at version 1 with nobody named.
QStringList runbookGoLiveVersionMigration()
{
    QStringList statements;
    for (const QString &table : {QStringLiteral("runbook_step"), QStringLiteral("golive_criterion")}) {
        statements.append(QStringLiteral("ALTER TABLE %1 ADD COLUMN version INTEGER NOT NULL DEFAULT 1").arg(table));
        statements.append(QStringLiteral("ALTER TABLE %1 ADD COLUMN changed_by TEXT").arg(table));
        statements.append(QStringLiteral("ALTER TABLE %1 ADD COLUMN changed_at TEXT").arg(table));
    }
    return statements;
}

} // namespace parat
