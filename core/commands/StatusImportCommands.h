#pragma once

#include "commands/Command.h"
#include "commands/TaskCommands.h"
#include "domain/StatusImport.h"
#include "storage/RestorePoints.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace parat {

class Clock;
class Database;

// Applying a status import (docs/spreadsheets.md "Importing statuses"): every row the plan applies, written in one
// transaction as one undo step. Undo writes Parat's states from before the import back.
class ImportStatuses : public SetTaskStates
{
    Q_DECLARE_TR_FUNCTIONS(parat::ImportStatuses)
public:
    ImportStatuses(Database &db, const Clock &clock, QList<TaskState> before, QList<TaskState> after,
                   const QString &sourceName);
};

// The command for a plan, after a restore point (reason "status-import") is taken: nullptr with *error when the
// plan has errors, applies to no row, or no restore point could be taken — nothing is changed then. The caller
// pushes the command (its redo() writes).
std::unique_ptr<ImportStatuses> prepareStatusImport(Database &db, const Clock &clock, const StatusImportPlan &plan,
                                                    RestorePoint *restorePoint, QString *error);

// Saves a column mapping under its name (replacing one of that name); undo puts the earlier one back, or removes it.
class SaveStatusMapping : public Command
{
    Q_DECLARE_TR_FUNCTIONS(parat::SaveStatusMapping)
public:
    SaveStatusMapping(Database &db, const Clock &clock, StatusMapping mapping);

    void redo() override;
    void undo() override;

private:
    Database &m_db;
    const Clock &m_clock;
    StatusMapping m_mapping;
    std::optional<StatusMapping> m_previous;
    bool m_read = false;
};

struct StatusImportCommandText
{
    Q_DECLARE_TR_FUNCTIONS(parat::StatusImportCommandText)
};

} // namespace parat
