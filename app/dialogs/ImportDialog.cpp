#include "ImportDialog.h"

#include "AppContext.h"
#include "Dialogs.h"
#include "ImportFlow.h"
#include "MunicipalityDialog.h"
#include "RestorePointsDialog.h"
#include "Settings.h"

#include "domain/Clock.h"
#include "domain/Language.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace parat {

namespace {

// Up to this many changed tasks are shown with their field changes unfolded.
constexpr int kExpandedChanges = 20;

QString orEmpty(const QString &value)
{
    return value.isEmpty() ? ImportDialog::tr("(empty)") : value;
}

QTreeWidgetItem *groupItem(QTreeWidget *tree, const QString &text)
{
    auto *item = new QTreeWidgetItem(tree, {text});
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    return item;
}

QString taskLine(const Task &task, const QString &language)
{
    return QStringLiteral("%1  %2").arg(task.key, task.title(language));
}

} // namespace

ImportDialog::ImportDialog(AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setWindowTitle(tr("Import Handbook"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    auto *fileRow = new QHBoxLayout;
    m_file = importFileField(this, tr("No file chosen"));
    auto *choose = chooseFileButton(this, tr("&Choose File…"), [this] { chooseFile(); });
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    m_label = new QLineEdit(this);
    m_label->setToolTip(tr("The name of this handbook version, shown in reports."));
    form->addRow(tr("Version &label:"), m_label);

    m_summary = importMessageLabel(this, true);
    layout->addWidget(m_summary);

    m_planLabel = new QLabel(tr("What the import &does:"), this);
    m_plan = new QTreeWidget(this);
    m_plan->setHeaderHidden(true);
    m_plan->setColumnCount(1);
    m_plan->setUniformRowHeights(true);
    m_plan->setAccessibleName(tr("Import plan"));
    m_planLabel->setBuddy(m_plan);
    layout->addWidget(m_planLabel);
    layout->addWidget(m_plan, 3);

    m_problemsLabel = new QLabel(tr("&Problems in the file:"), this);
    m_problems = new QListWidget(this);
    m_problems->setAccessibleName(tr("Problems in the file"));
    m_problems->setWordWrap(true);
    m_problemsLabel->setBuddy(m_problems);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_problems, 1);

    m_status = importMessageLabel(this);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::importChecked);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    showOutcome();
    resize(640, 620);
}

bool ImportDialog::chooseFile()
{
    return chooseImportFile(this, tr("Import Handbook"), tr("Handbook files (*.csv *.tsv *.txt *.json);;All files (*)"),
                            [this](const QString &path) { checkFile(path); });
}

void ImportDialog::checkFile(const QString &path)
{
    m_path = showImportFile(m_file, path);
    m_imported = ImportOutcome();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_checked = HandbookImporter(m_context.database(), m_context.clock()).importFile(path, QString(), true);
    QApplication::restoreOverrideCursor();
    const QString version = m_checked.draft.version.trimmed();
    m_label->setText(version.isEmpty() ? QFileInfo(path).completeBaseName() : version);
    showOutcome();
}

bool ImportDialog::canImport() const
{
    return !m_path.isEmpty() && m_checked.ok() && !m_checked.draft.hasErrors() && !m_imported.applied;
}

QString ImportDialog::label() const
{
    return m_label->text().trimmed();
}

void ImportDialog::setLabel(const QString &label)
{
    m_label->setText(label);
}

QString ImportDialog::statusText() const
{
    return m_status->text();
}

void ImportDialog::showOutcome()
{
    m_plan->clear();
    m_problems->clear();
    const QString language = currentLanguage();
    const HandbookDraft &draft = m_checked.draft;

    if (m_path.isEmpty()) {
        m_summary->setText(tr("Choose a handbook file (CSV or Parat's JSON) to see what importing it would do."));
        m_status->setText(tr("Nothing has been changed."));
    } else if (!m_checked.ok()) {
        m_summary->setText(tr("%1 cannot be imported.").arg(QFileInfo(m_path).fileName()));
        const int errors = int(draft.errors().size());
        m_status->setText(errors > 0 ? tr("The file has %n error(s). Nothing has been changed. Correct the file "
                                          "and choose it again.",
                                          nullptr, errors)
                                     : m_checked.error.section(QLatin1Char('\n'), 0, 0));
    } else {
        const MergePlan &plan = m_checked.plan;
        const QString name = draft.title.isEmpty() ? QFileInfo(m_path).fileName() : draft.title;
        m_summary->setText(tr("%1: %2").arg(name, plan.summary()));
        QString status = plan.isEmpty() ? tr("The file matches the stored handbook: importing records it as a new "
                                             "version and changes no task. Nothing has been changed yet.")
                                        : tr("Nothing has been changed yet. Import applies this plan.");
        if (!plan.keptColumns.isEmpty())
            status += QLatin1Char('\n') + plan.keptColumnsNote();
        m_status->setText(status);
        if (!plan.added.isEmpty()) {
            QTreeWidgetItem *group = groupItem(m_plan, tr("Added: %n task(s)", nullptr, int(plan.added.size())));
            for (const Task &task : plan.added)
                new QTreeWidgetItem(group, {taskLine(task, language)});
            group->setExpanded(true);
        }
        if (!plan.changed.isEmpty()) {
            QTreeWidgetItem *group = groupItem(m_plan, tr("Changed: %n task(s)", nullptr, int(plan.changed.size())));
            for (const MergePlan::Changed &change : plan.changed) {
                auto *task = new QTreeWidgetItem(group, {taskLine(change.after, language)});
                for (const FieldChange &field : change.changes) {
                    const QString text
                        = tr("%1: %2 → %3", "field: old → new")
                              .arg(mergeFieldName(field.field), orEmpty(field.oldValue), orEmpty(field.newValue));
                    auto *line = new QTreeWidgetItem(task, {text});
                    line->setToolTip(0, text); // long descriptions are elided in the row
                }
                // A few changes are shown in full; with many, the task list stays readable and opens per task.
                task->setExpanded(plan.changed.size() <= kExpandedChanges);
            }
            group->setExpanded(true);
        }
        if (!plan.withdrawn.isEmpty()) {
            QTreeWidgetItem *group = groupItem(
                m_plan, tr("Withdrawn: %n task(s) (kept, hidden by default)", nullptr, int(plan.withdrawn.size())));
            for (const Task &task : plan.withdrawn)
                new QTreeWidgetItem(group, {taskLine(task, language)});
            group->setExpanded(true);
        }
        groupItem(m_plan, tr("Unchanged: %n task(s)", nullptr, int(plan.unchanged.size())));
    }

    // Errors first, then warnings; the kind is written out, not shown by the icon alone.
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const ImportProblem &problem : draft.errors())
        new QListWidgetItem(errorIcon, tr("Error: %1").arg(problem.toString()), m_problems);
    if (!m_checked.ok() && draft.errors().isEmpty() && !m_path.isEmpty())
        new QListWidgetItem(errorIcon, tr("Error: %1").arg(m_checked.error), m_problems);
    for (const ImportProblem &problem : draft.warnings())
        new QListWidgetItem(warningIcon, tr("Warning: %1").arg(problem.toString()), m_problems);
    const bool anyProblems = m_problems->count() > 0;
    m_problems->setVisible(anyProblems);
    m_problemsLabel->setVisible(anyProblems);
    m_plan->setVisible(m_checked.ok() && !m_path.isEmpty());
    m_planLabel->setVisible(m_plan->isVisibleTo(this));

    m_import->setEnabled(canImport());
    m_import->setDefault(canImport());
}

bool ImportDialog::importChecked()
{
    if (!canImport())
        return false;
    QProgressDialog progress(tr("Importing the handbook…"), QString(), 0, 0, this);
    progress.setWindowTitle(tr("Import Handbook"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setCancelButton(nullptr);
    progress.show();
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    // The draft that was checked is applied (not the file re-read), so what was shown is what is imported
    // even if the file changed meanwhile. The plan is recomputed against the database inside.
    m_imported = HandbookImporter(m_context.database(), m_context.clock()).importDraft(m_checked.draft, label(), false);
    progress.close();

    if (!m_imported.applied) {
        Dialogs::error(this, m_imported.error);
        m_imported = ImportOutcome();
        checkFile(m_path);
        return false;
    }
    // The import rewrote handbook tasks under the commands on the undo stack: their before/after states no
    // longer match the database, so undoing them could write stale data. The stack starts afresh.
    m_context.undoStack()->clear();
    MunicipalityDialog::ensureCurrentMunicipality(m_context);

    QString message
        = tr("Handbook version \"%1\" was imported: %2.").arg(m_imported.version.label, m_imported.plan.summary());
    if (!m_imported.restorePoint.id.isEmpty()) {
        message += QStringLiteral("\n\n")
            + tr("A restore point was taken first (%1). To go back to the handbook as it was, restore it under "
                 "File > Restore Points.")
                  .arg(RestorePointsDialog::timeText(m_imported.restorePoint.takenAt));
    } else {
        message += QStringLiteral("\n\n")
            + tr("This is the first handbook of the database, so no restore point "
                 "was needed.");
    }
    Dialogs::information(this, message);
    showOutcome();
    accept();
    return true;
}

bool ImportDialog::run(AppContext &context, QWidget *parent)
{
    ImportDialog dialog(context, parent);
    if (!dialog.chooseFile())
        return false;
    // Scripted, the plan's summary and status are what is shown.
    return runImportDialog(dialog, dialog.m_summary->text() + QLatin1Char('\n') + dialog.statusText(),
                           [&dialog] { return dialog.importChecked(); })
        && dialog.imported().applied;
}

} // namespace parat
