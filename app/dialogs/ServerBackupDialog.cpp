#include "ServerBackupDialog.h"

#include "AppContext.h"
#include "Dialogs.h"

#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/PlanBackup.h"

#include <QDateTime>
#include <QDir>
#include <QProgressDialog>
#include <QUndoStack>

#include <memory>

namespace parat {

namespace {

// A modal progress dialog over the table-by-table work, or none while the tests answer the dialogs.
std::unique_ptr<QProgressDialog> progressDialog(QWidget *parent, const QString &text)
{
    if (Dialogs::scripted())
        return nullptr;
    auto dialog = std::make_unique<QProgressDialog>(text, QString(), 0, 0, parent);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(0);
    dialog->setAccessibleName(text);
    dialog->setValue(0);
    return dialog;
}

PlanCopy::Progress progressOf(QProgressDialog *dialog)
{
    if (!dialog)
        return {};
    return [dialog](int done, int total) {
        dialog->setMaximum(total);
        dialog->setValue(done);
    };
}

qint64 rowsOf(const QList<PlanCopy::TableCheck> &checks)
{
    qint64 rows = 0;
    for (const PlanCopy::TableCheck &check : checks)
        rows += check.rows;
    return rows;
}

} // namespace

bool ServerBackupDialog::save(AppContext &context, QWidget *parent)
{
    const QString suggested
        = tr("parat-backup-%1.sqlite").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString file
        = Dialogs::saveFileName(parent, tr("Back up the plan to a file"), suggested, tr("Parat database (*.sqlite)"));
    if (file.isEmpty())
        return false;
    const auto progress = progressDialog(parent, tr("Backing up the plan …"));
    QList<PlanCopy::TableCheck> checks;
    QString error;
    const PlanBackup::Problem problem = PlanBackup::save(context.database(), file, context.clock().now(), &checks,
                                                         &error, progressOf(progress.get()));
    if (progress)
        progress->close();
    if (problem != PlanBackup::Problem::None) {
        Dialogs::error(parent, error);
        return false;
    }
    Dialogs::information(parent,
                         tr("The plan was backed up to %1 and verified: %n table(s), %2 rows. The checksums "
                            "are kept beside it in %3; keep the two files together.",
                            "", int(checks.size()))
                             .arg(QDir::toNativeSeparators(file))
                             .arg(rowsOf(checks))
                             .arg(QDir::toNativeSeparators(PlanBackup::recordPath(file))));
    return true;
}

bool ServerBackupDialog::restore(AppContext &context, QWidget *parent)
{
    if (!context.canAdminister()) {
        Dialogs::error(parent, context.administerRefusal());
        return false;
    }
    const QString file = Dialogs::openFileName(parent, tr("Restore the plan from a backup"),
                                               tr("Parat backup (*.sqlite);;All files (*)"));
    if (file.isEmpty())
        return false;
    // Verified before the question, so the user is asked only about a backup that can be restored.
    PlanBackup::Record record;
    QString error;
    if (PlanBackup::verify(file, &record, &error) != PlanBackup::Problem::None) {
        Dialogs::error(parent, error);
        return false;
    }
    const QString question
        = tr("Replace the whole plan on %1 with the backup taken %2 from %3 (%4 rows)?\n\nEvery user of the server "
             "sees "
             "the backup's plan from then on; changes made since the backup are lost. Back up the plan as it is now "
             "first if you may need it. This cannot be undone with Edit ▸ Undo.")
              .arg(context.database().path(), record.takenAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                   record.source)
              .arg(rowsOf(record.checks));
    if (!Dialogs::confirm(parent, tr("Restore the plan from a backup"), question))
        return false;
    const auto progress = progressDialog(parent, tr("Restoring the plan …"));
    const PlanBackup::Problem problem
        = PlanBackup::restore(context.database(), file, &record, &error, progressOf(progress.get()));
    if (progress)
        progress->close();
    if (problem != PlanBackup::Problem::None) {
        Dialogs::error(parent, error);
        return false;
    }
    context.undoStack()->clear(); // its commands refer to the plan as it was
    Dialogs::information(
        parent,
        tr("The plan on %1 is the backup's again (taken %2), verified table by table.")
            .arg(context.database().path(), record.takenAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    return true;
}

} // namespace parat
