#pragma once

#include <QCoreApplication>

class QWidget;

namespace parat {

class AppContext;

// Team mode's backup and restore in the window (docs/team-mode.md, "Backup and restore"): File ▸ Back up the plan to
// a file… (anyone who can read the plan) and File ▸ Restore the plan from a backup… (an administrator), through
// PlanBackup, with a progress dialog; the restore asks first and says what it replaces.
class ServerBackupDialog
{
    Q_DECLARE_TR_FUNCTIONS(parat::ServerBackupDialog)
public:
    // Asks for a new file and writes the verified backup there; true when written.
    static bool save(AppContext &context, QWidget *parent);
    // Asks for a backup file, verifies it, asks for confirmation and replaces the server's plan; true when restored.
    static bool restore(AppContext &context, QWidget *parent);
};

} // namespace parat
