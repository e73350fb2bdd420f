#include "CommunicationPlanPage.h"

#include "Accessibility.h"
#include "AppContext.h"
#include "CommunicationItemDialog.h"
#include "Dialogs.h"
#include "ListPageSupport.h"
#include "Retranslator.h"

#include "commands/CommunicationCommands.h"
#include "domain/Clock.h"
#include "models/CommunicationPlanModel.h"
#include "storage/CommunicationRepository.h"
#include "storage/Database.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace parat {

CommunicationPlanPage::CommunicationPlanPage(AppContext &context, QWidget *parent)
    : ListPage(context, parent)
    , m_model(new CommunicationPlanModel(context.database(), this))
{
    sortBy(m_model, CommunicationPlanModel::SortRole, true);

    auto *title = new QLabel(this);
    m_openOnly = new QCheckBox(this);
    m_openOnly->setObjectName(QStringLiteral("openOnlyCheck"));
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch();
    top->addWidget(m_openOnly);

    m_view = listpage::tableView(m_proxy, QStringLiteral("communicationView"), this);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CommunicationPlanModel::DateColumn, Qt::AscendingOrder);
    title->setBuddy(m_view);

    makeSummary(QStringLiteral("communicationSummary"), true);
    makeRowButtons(QStringLiteral("addCommunicationButton"), QStringLiteral("editCommunicationButton"),
                   QStringLiteral("removeCommunicationButton"));
    m_done = listpage::button(QStringLiteral("markDoneButton"), this);
    auto *texts = new Retranslator(this);
    texts->add([this, title] {
        title->setText(tr("Communication &plan:"));
        m_openOnly->setText(tr("&Hide done and cancelled"));
        m_view->setAccessibleName(tr("Communication plan"));
        m_add->setText(tr("&Add Communication…"));
        m_edit->setText(tr("&Edit…"));
        m_remove->setText(tr("&Remove…"));
        m_done->setText(tr("&Mark Done"));
        m_done->setToolTip(tr("Mark the selected item done today (Ctrl+Return)"));
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addSpacing(12);
    buttons->addWidget(m_done);
    buttons->addStretch();
    buttons->addWidget(m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connectRowActions([this] { addItem(); }, [this] { editItem(); }, [this] { removeItem(); });
    listpage::addKeys({m_view}, {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
                      [this] { markDone(); });

    connect(m_done, &QPushButton::clicked, this, &CommunicationPlanPage::markDone);
    connect(m_openOnly, &QCheckBox::toggled, this, [this](bool on) {
        const Id selected = currentItemId();
        m_model->setOpenOnly(on);
        selectItem(selected);
        updateButtons();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CommunicationPlanPage::updateButtons);
    texts->onChange(reloadWhenShown([this] { reload(); }));
}

CommunicationPlanPage::~CommunicationPlanPage() = default;

Id CommunicationPlanPage::currentItemId() const
{
    return listpage::selectedId(m_view, CommunicationPlanModel::ItemIdRole);
}

void CommunicationPlanPage::selectItem(Id itemId)
{
    listpage::selectRow(m_view, m_proxy, m_model->index(m_model->rowOf(itemId), CommunicationPlanModel::DateColumn));
}

void CommunicationPlanPage::reload()
{
    const Id selected = currentItemId();
    m_model->setAsOf(m_context.clock().today());
    m_model->load(m_context.currentMunicipalityId());
    selectItem(selected);
    m_view->resizeColumnsToContents();
    updateButtons();
}

void CommunicationPlanPage::updateButtons()
{
    const bool hasMunicipality = m_context.currentMunicipalityId() != 0;
    const Id id = currentItemId();
    const int row = m_model->rowOf(id);
    const CommunicationItem *item = m_model->itemAt(row);
    m_context.setEditEnabled(m_add, hasMunicipality);
    m_context.setEditEnabled(m_edit, item != nullptr);
    m_context.setEditEnabled(m_remove, item != nullptr);
    m_context.setEditEnabled(m_done, item && item->status != CommunicationStatus::Done);
    m_summary->setText(tr("%n overdue", "", m_model->overdueCount()) + QStringLiteral(" · ")
                       + tr("%n due in the next 4 weeks", "", m_model->dueSoonCount()));
}

void CommunicationPlanPage::addItem()
{
    const auto make = [this](const CommunicationItemDialog &dialog) {
        return new AddCommunicationItem(m_context.database(), dialog.item());
    };
    if (auto *command = listpage::addThroughDialog<CommunicationItemDialog>(m_context, this, make))
        selectItem(command->itemId());
}

void CommunicationPlanPage::editItem()
{
    const Id id = currentItemId();
    listpage::editThroughDialog<CommunicationItemDialog>(
        m_context, this, id != 0 ? CommunicationRepository(m_context.database()).byId(id) : std::nullopt,
        [this](const CommunicationItem &before, const CommunicationItemDialog &dialog) {
            return new EditCommunicationItem(m_context.database(), before, dialog.item());
        });
}

void CommunicationPlanPage::removeItem()
{
    if (!m_context.canEdit())
        return;
    const Id id = currentItemId();
    const std::optional<CommunicationItem> item
        = id != 0 ? CommunicationRepository(m_context.database()).byId(id) : std::nullopt;
    if (!item)
        return;
    if (!Dialogs::confirm(
            this, tr("Remove Communication"),
            tr("Remove \"%1\" from the communication plan? You can undo this.").arg(communicationItemTitle(*item))))
        return;
    m_context.push(new RemoveCommunicationItem(m_context.database(), *item), this);
}

void CommunicationPlanPage::markDone()
{
    if (!m_context.canEdit())
        return;
    const Id id = currentItemId();
    const std::optional<CommunicationItem> item
        = id != 0 ? CommunicationRepository(m_context.database()).byId(id) : std::nullopt;
    if (!item || item->status == CommunicationStatus::Done)
        return;
    m_context.push(new MarkCommunicationDone(m_context.database(), *item, m_context.clock().today()), this);
}

} // namespace parat
