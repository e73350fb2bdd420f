#include "RunbookPage.h"

#include "Accessibility.h"
#include "AppContext.h"
#include "Dialogs.h"
#include "ListPageSupport.h"
#include "Retranslator.h"
#include "RunbookNowView.h"
#include "RunbookStepDialog.h"

#include "commands/RunbookCommands.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "models/RunbookTableModel.h"
#include "planning/RunbookRules.h"
#include "report/OutputTarget.h"
#include "report/RunbookExport.h"
#include "services/RunbookEditor.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"
#include "storage/RunbookRepository.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace parat {

using listpage::button;

RunbookPage::RunbookPage(AppContext &context, QWidget *parent)
    : ListPage(context, parent)
    , m_model(new RunbookTableModel(context.database(), this))
{
    sortBy(m_model, RunbookTableModel::SortRole, false);

    auto *title = new QLabel(this);
    m_view = listpage::tableView(m_proxy, QStringLiteral("runbookView"), this);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RunbookTableModel::StartColumn, Qt::AscendingOrder);
    title->setBuddy(m_view);

    makeRowButtons(QStringLiteral("addStepButton"), QStringLiteral("editStepButton"),
                   QStringLiteral("removeStepButton"));
    m_start = button(QStringLiteral("startStepButton"), this);
    m_finish = button(QStringLiteral("finishStepButton"), this);
    m_default = button(QStringLiteral("defaultRunbookButton"), this);
    m_import = button(QStringLiteral("importRunbookButton"), this);
    m_export = button(QStringLiteral("exportRunbookButton"), this);
    m_print = button(QStringLiteral("printRunbookButton"), this);
    m_nowButton = button(QStringLiteral("nowViewButton"), this);
    makeSummary(QStringLiteral("runbookSummary"), true);

    QHBoxLayout *editButtons = listpage::buttonRow({m_add, m_edit, m_remove, m_start, m_finish}, m_summary);
    QHBoxLayout *fileButtons = listpage::buttonRow({m_default, m_import, m_export, m_print, m_nowButton});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_view, 1);
    layout->addLayout(editButtons);
    layout->addLayout(fileButtons);

    connectRowActions([this] { addStep(); }, [this] { editStep(); }, [this] { removeStep(); });
    QAction *startAction
        = listpage::addPageShortcut(this, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), [this] { startStep(); });
    QAction *finishAction
        = listpage::addPageShortcut(this, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), [this] { finishStep(); });
    // Every fixed text here, so a change of language renames them at once; the table and summary reload.
    auto *texts = new Retranslator(this);
    texts->add([=] {
        title->setText(tr("Cutover &runbook (times relative to go-live, T = 00:00 on the go-live day):"));
        m_view->setAccessibleName(tr("Cutover runbook"));
        m_add->setText(tr("&Add Step…"));
        m_edit->setText(tr("&Edit Step…"));
        m_remove->setText(tr("Re&move Step…"));
        m_start->setText(tr("&Start Now"));
        m_start->setToolTip(tr("Set the step running, with the actual start now (Ctrl+Shift+S)"));
        m_finish->setText(tr("&Finish Now"));
        m_finish->setToolTip(tr("Set the step done, with the actual end now (Ctrl+Shift+F)"));
        m_default->setText(tr("Create &Default Runbook…"));
        m_import->setText(tr("&Import CSV…"));
        m_export->setText(tr("E&xport CSV…"));
        m_print->setText(tr("&Print (PDF)…"));
        m_nowButton->setText(tr("&Now View"));
        m_nowButton->setToolTip(tr("Large text for the go-live weekend: running, late, next"));
        startAction->setText(tr("Start step now"));
        finishAction->setText(tr("Finish step now"));
    });
    texts->onChange([this] { reload(); });
    connect(m_start, &QPushButton::clicked, this, &RunbookPage::startStep);
    connect(m_finish, &QPushButton::clicked, this, &RunbookPage::finishStep);
    connect(m_default, &QPushButton::clicked, this, &RunbookPage::createDefault);
    connect(m_import, &QPushButton::clicked, this, &RunbookPage::importCsv);
    connect(m_export, &QPushButton::clicked, this, &RunbookPage::exportCsv);
    connect(m_print, &QPushButton::clicked, this, &RunbookPage::printPdf);
    connect(m_nowButton, &QPushButton::clicked, this, &RunbookPage::showNowView);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RunbookPage::updateButtons);

    reloadWhenShown([this] { reload(); });
}

RunbookPage::~RunbookPage() = default;

Id RunbookPage::currentStepId() const
{
    return listpage::selectedId(m_view, RunbookTableModel::StepIdRole);
}

void RunbookPage::selectStep(Id stepId)
{
    listpage::selectRow(m_view, m_proxy, m_model->index(m_model->rowOf(stepId), RunbookTableModel::TitleColumn));
}

void RunbookPage::reload()
{
    const Id selected = currentStepId();
    m_model->setNow(m_context.clock().now());
    m_model->load(m_context.currentMunicipalityId());
    selectStep(selected);
    m_view->resizeColumnsToContents();
    updateButtons();
}

void RunbookPage::updateButtons()
{
    const bool hasMunicipality = m_context.currentMunicipalityId() != 0;
    const bool step = currentStepId() != 0;
    m_context.setEditEnabled(m_add, hasMunicipality);
    m_context.setEditEnabled(m_edit, step);
    m_context.setEditEnabled(m_remove, step);
    m_context.setEditEnabled(m_start, step);
    m_context.setEditEnabled(m_finish, step);
    m_context.setEditEnabled(m_default, hasMunicipality);
    m_context.setEditEnabled(m_import, hasMunicipality);
    m_export->setEnabled(hasMunicipality);
    m_print->setEnabled(hasMunicipality);
    m_nowButton->setEnabled(hasMunicipality);
    int done = 0;
    for (const RunbookStep &s : m_model->steps())
        done += s.status == RunbookStatus::Done ? 1 : 0;
    QString summary = tr("%n step(s)", "", int(m_model->steps().size())) + QStringLiteral(" · ")
        + tr("%n done", "", done) + QStringLiteral(" · ") + tr("%n late", "", m_model->lateCount());
    if (!m_model->goLive().isValid() && hasMunicipality)
        summary += QStringLiteral(" · ") + tr("no go-live date");
    m_summary->setText(summary);
}

void RunbookPage::addStep()
{
    const Id municipalityId = m_context.currentMunicipalityId();
    if (!m_context.canEdit() || municipalityId == 0)
        return;
    Database &db = m_context.database();
    RunbookStepDialog dialog(
        nullptr, municipalityId, m_model->goLive(),
        [&db](const RunbookStep &step) { return RunbookEditor(db).problemWith(step); }, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *command = new AddRunbookStep(db, dialog.step());
    if (m_context.push(command, this))
        selectStep(command->stepId());
}

void RunbookPage::editStep()
{
    const Id id = currentStepId();
    Database &db = m_context.database();
    const std::optional<RunbookStep> before = id != 0 ? RunbookRepository(db).byId(id) : std::nullopt;
    if (!before)
        return;
    RunbookStepDialog dialog(
        &*before, before->municipalityId, m_model->goLive(),
        [&db](const RunbookStep &step) { return RunbookEditor(db).problemWith(step); }, this);
    if (!listpage::execEditDialog(m_context, dialog))
        return;
    m_context.push(new EditRunbookStep(db, *before, dialog.step()), this);
    selectStep(id);
}

void RunbookPage::removeStep()
{
    const Id id = currentStepId();
    const std::optional<RunbookStep> step = id != 0 ? RunbookRepository(m_context.database()).byId(id) : std::nullopt;
    if (!m_context.canEdit() || !step)
        return;
    if (!Dialogs::confirm(
            this, tr("Remove Step"),
            tr("Remove step %1 \"%2\" from the runbook? Undo puts it back.").arg(step->number).arg(step->title)))
        return;
    m_context.push(new RemoveRunbookStep(m_context.database(), *step), this);
}

void RunbookPage::setStatus(int status)
{
    const Id id = currentStepId();
    const std::optional<RunbookStep> before = id != 0 ? RunbookRepository(m_context.database()).byId(id) : std::nullopt;
    if (!m_context.canEdit() || !before)
        return;
    RunbookStep after = *before;
    after.status = static_cast<RunbookStatus>(status);
    const QDateTime now = m_context.clock().now();
    if (after.status == RunbookStatus::Running && !after.actualStart.isValid())
        after.actualStart = now;
    if (after.status == RunbookStatus::Done) {
        if (!after.actualStart.isValid())
            after.actualStart = now;
        if (!after.actualEnd.isValid())
            after.actualEnd = now;
    }
    m_context.push(new EditRunbookStep(m_context.database(), *before, after), this);
    selectStep(id);
}

void RunbookPage::startStep()
{
    setStatus(int(RunbookStatus::Running));
}

void RunbookPage::finishStep()
{
    setStatus(int(RunbookStatus::Done));
}

void RunbookPage::createDefault()
{
    const Id municipalityId = m_context.currentMunicipalityId();
    if (!m_context.canEdit() || municipalityId == 0)
        return;
    // The steps the user decides on: the replacement is refused if someone changes them meanwhile (docs/team-mode.md).
    const QList<RunbookStep> seen = m_model->steps();
    if (!m_model->steps().isEmpty()
        && !Dialogs::confirm(this, tr("Create Default Runbook"),
                             tr("Replace the %n step(s) of the runbook by the default runbook? Undo brings them back.",
                                "", int(m_model->steps().size()))))
        return;
    m_context.push(new ReplaceRunbook(m_context.database(), municipalityId, defaultRunbook(municipalityId),
                                      tr("Create the default runbook"), seen),
                   this);
}

void RunbookPage::importCsv()
{
    const Id municipalityId = m_context.currentMunicipalityId();
    if (!m_context.canEdit() || municipalityId == 0)
        return;
    const QString path = Dialogs::openFileName(this, tr("Import Runbook"), tr("CSV files (*.csv *.txt)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Dialogs::error(
            this,
            tr("%1 cannot be read: %2. Nothing was changed.").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    const RunbookExport::ReadResult read = RunbookExport::read(file.readAll(), municipalityId);
    if (!read.ok) {
        Dialogs::error(this, tr("%1: %2 Nothing was changed.").arg(QDir::toNativeSeparators(path), read.error));
        return;
    }
    const QList<RunbookStep> seen = m_model->steps(); // as for createDefault()
    if (!m_model->steps().isEmpty()
        && !Dialogs::confirm(this, tr("Import Runbook"),
                             tr("Replace the %n step(s) of the runbook by the %1 of the file? Undo brings them back.",
                                "", int(m_model->steps().size()))
                                 .arg(tr("%n step(s)", "", int(read.steps.size())))))
        return;
    m_context.push(new ReplaceRunbook(m_context.database(), municipalityId, read.steps, tr("Import runbook"), seen),
                   this);
}

void RunbookPage::exportCsv()
{
    const std::optional<Municipality> municipality
        = MunicipalityRepository(m_context.database()).byId(m_context.currentMunicipalityId());
    if (!municipality)
        return;
    const QString path = Dialogs::saveFileName(this, tr("Export Runbook"),
                                               QDir::home().filePath(tr("runbook-%1.csv").arg(municipality->code)),
                                               tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!checkOutputTarget(m_context.database(), path, &error)
        || !writeFileAtomically(path, RunbookExport::csv(m_model->steps()), &error)) {
        Dialogs::error(this, error);
        return;
    }
    Dialogs::information(this, tr("Wrote %1.").arg(QDir::toNativeSeparators(path)));
}

void RunbookPage::printPdf()
{
    const std::optional<Municipality> municipality
        = MunicipalityRepository(m_context.database()).byId(m_context.currentMunicipalityId());
    if (!municipality)
        return;
    const QString path = Dialogs::saveFileName(this, tr("Print Runbook as PDF"),
                                               QDir::home().filePath(tr("runbook-%1.pdf").arg(municipality->code)),
                                               tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!checkOutputTarget(m_context.database(), path, &error)
        || !RunbookExport::writePdf(*municipality, m_model->steps(), m_context.clock().now(), currentLanguage(), path,
                                    &error)) {
        Dialogs::error(this, error);
        return;
    }
    Dialogs::information(this, tr("Wrote %1.").arg(QDir::toNativeSeparators(path)));
}

void RunbookPage::showNowView()
{
    if (m_context.currentMunicipalityId() == 0)
        return;
    if (!m_now)
        m_now = new RunbookNowView(m_context, this); // a window of its own, closed with the page
    m_now->refresh();
    m_now->resize(1200, 800);
    m_now->show();
    m_now->raise();
    m_now->activateWindow();
}

} // namespace parat
