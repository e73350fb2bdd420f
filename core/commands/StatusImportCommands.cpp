#include "commands/StatusImportCommands.h"

#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/StatusMappingRepository.h"

namespace parat {

ImportStatuses::ImportStatuses(Database &db, const Clock &clock, QList<TaskState> before, QList<TaskState> after,
                               const QString &sourceName)
    : SetTaskStates(db, clock, std::move(before), std::move(after), tr("Import statuses from %1").arg(sourceName))
{
    setImport(true);
}

std::unique_ptr<ImportStatuses> prepareStatusImport(Database &db, const Clock &clock, const StatusImportPlan &plan,
                                                    RestorePoint *restorePoint, QString *error)
{
    if (!plan.ok()) {
        *error
            = StatusImportCommandText::tr("The sheet has %n error(s) and was not imported. Nothing has been changed.",
                                          nullptr, int(plan.errors.size()));
        return nullptr;
    }
    QList<TaskState> before;
    QList<TaskState> after;
    for (const StatusImportRow *row : plan.applying()) {
        before.append(row->before);
        after.append(row->after);
    }
    if (after.isEmpty()) {
        *error = StatusImportCommandText::tr("The sheet changes no task. Nothing has been changed.");
        return nullptr;
    }
    QString problem;
    if (!db.takeRestorePoint(QStringLiteral("status-import"), restorePoint, &problem)) {
        *error = StatusImportCommandText::tr(
                     "The statuses were not imported because no restore point could be taken first: %1")
                     .arg(problem);
        return nullptr;
    }
    return std::make_unique<ImportStatuses>(db, clock, before, after, plan.sourceName);
}

SaveStatusMapping::SaveStatusMapping(Database &db, const Clock &clock, StatusMapping mapping)
    : Command(tr("Save the column mapping \"%1\"").arg(mapping.name.trimmed()))
    , m_db(db)
    , m_clock(clock)
    , m_mapping(std::move(mapping))
{
    m_mapping.name = m_mapping.name.trimmed();
}

void SaveStatusMapping::redo()
{
    StatusMappingRepository repository(m_db);
    if (!m_read) {
        m_previous = repository.byName(m_mapping.name);
        m_read = true;
    }
    QString error;
    if (!repository.save(m_mapping, m_clock.now(), &error))
        fail(error);
}

void SaveStatusMapping::undo()
{
    StatusMappingRepository repository(m_db);
    QString error;
    const bool ok
        = m_previous ? repository.save(*m_previous, m_clock.now(), &error) : repository.remove(m_mapping.name, &error);
    if (!ok)
        fail(error);
}

} // namespace parat
