#include <QStringList>

namespace parat {

// Migration 12: row versions for local tasks, municipalities, report notes and the go/no-go meeting
// (docs/team-mode.md "Concurrent edits"), as migrations 10 and 11 gave them to the other editable rows. The meeting's
// version covers its conditions, which are always written with it. Handbook tasks get the columns too (they share
// the table) but are not edited by users. Released migrations are never edited; add a new one instead. Existing
// rows start at version 1 with nobody named.
QStringList moreRowVersionsMigration()
{
    QStringList statements;
    for (const QString &table : {QStringLiteral("task"), QStringLiteral("municipality"), QStringLiteral("report_note"),
                                 QStringLiteral("golive_meeting")}) {
        statements.append(QStringLiteral("ALTER TABLE %1 ADD COLUMN version INTEGER NOT NULL DEFAULT 1").arg(table));
        statements.append(QStringLiteral("ALTER TABLE %1 ADD COLUMN changed_by TEXT").arg(table));
        statements.append(QStringLiteral("ALTER TABLE %1 ADD COLUMN changed_at TEXT").arg(table));
    }
    return statements;
}

} // namespace parat
