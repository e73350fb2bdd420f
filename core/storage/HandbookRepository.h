#pragma once

#include "domain/HandbookDraft.h"
#include "domain/MergePlan.h"
#include "domain/Types.h"

#include <QCoreApplication>

#include <optional>

namespace parat {

class Database;

// All SQL about handbook versions and handbook task templates.
class HandbookRepository
{
    Q_DECLARE_TR_FUNCTIONS(parat::HandbookRepository)
public:
    explicit HandbookRepository(Database &db)
        : m_db(db)
    { }

    QList<HandbookVersion> versions() const; // oldest first
    std::optional<HandbookVersion> currentVersion() const; // the newest imported
    // Handbook tasks (not local ones), in sort order; withdrawn ones only when includeWithdrawn.
    QList<Task> tasks(bool includeWithdrawn = true) const;

    // Writes a merge plan made by planMerge() against tasks(): records the version, inserts added tasks,
    // updates changed templates, marks withdrawn ones, brings back re-added ones; never touches task_state
    // or task_event. One transaction; on failure nothing is written. Sets *version.
    bool applyMerge(const HandbookDraft &draft, const MergePlan &plan, const QString &label, const QDateTime &at,
                    HandbookVersion *version, QString *error);

private:
    Database &m_db;
};

} // namespace parat
