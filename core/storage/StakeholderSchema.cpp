#include <QStringList>

namespace parat {

// Migration 2: stakeholders and the communication plan. Released migrations are never edited; add a new one instead.
// Both tables belong to a municipality (removing it removes them, and its snapshot carries them); people and
// tasks they name are cleared when those go (ON DELETE SET NULL), so removing a person never loses a plan.
QStringList stakeholderMigration()
{
    return {
        QStringLiteral(R"(CREATE TABLE stakeholder (
            id INTEGER PRIMARY KEY,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'person',
            internal INTEGER NOT NULL DEFAULT 1,
            unit TEXT NOT NULL DEFAULT '',
            project_role TEXT NOT NULL DEFAULT '',
            influence INTEGER NOT NULL DEFAULT 0 CHECK (influence BETWEEN 0 AND 3),
            affectedness INTEGER NOT NULL DEFAULT 0 CHECK (affectedness BETWEEN 0 AND 3),
            engagement_now TEXT NOT NULL DEFAULT 'neutral',
            engagement_target TEXT NOT NULL DEFAULT 'supportive',
            concerns TEXT NOT NULL DEFAULT '',
            strategy TEXT NOT NULL DEFAULT 'inform',
            note_before TEXT NOT NULL DEFAULT '',
            note_during TEXT NOT NULL DEFAULT '',
            note_after TEXT NOT NULL DEFAULT '',
            owner_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
            next_contact TEXT,
            last_reviewed TEXT))"),
        QStringLiteral("CREATE INDEX stakeholder_municipality ON stakeholder(municipality_id)"),
        QStringLiteral("CREATE INDEX stakeholder_owner ON stakeholder(owner_id)"),
        QStringLiteral(R"(CREATE TABLE communication_item (
            id INTEGER PRIMARY KEY,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
            stakeholder_id INTEGER REFERENCES stakeholder(id) ON DELETE SET NULL,
            target_group TEXT NOT NULL DEFAULT '',
            occasion TEXT NOT NULL DEFAULT '',
            task_id INTEGER REFERENCES task(id) ON DELETE SET NULL,
            message TEXT NOT NULL DEFAULT '',
            goal TEXT NOT NULL DEFAULT '',
            channel TEXT NOT NULL DEFAULT 'email',
            sender_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
            planned_on TEXT,
            responsible_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
            status TEXT NOT NULL DEFAULT 'planned',
            done_on TEXT))"),
        QStringLiteral("CREATE INDEX communication_item_planned ON communication_item(municipality_id, planned_on)"),
        QStringLiteral("CREATE INDEX communication_item_stakeholder ON communication_item(stakeholder_id)"),
        QStringLiteral("CREATE INDEX communication_item_sender ON communication_item(sender_id)"),
        QStringLiteral("CREATE INDEX communication_item_responsible ON communication_item(responsible_id)"),
        QStringLiteral("CREATE INDEX communication_item_task ON communication_item(task_id)"),
    };
}

} // namespace parat
