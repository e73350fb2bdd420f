#include "StakeholderPage.h"

#include "Accessibility.h"
#include "AppContext.h"
#include "Dialogs.h"
#include "ListPageSupport.h"
#include "StakeholderDialog.h"
#include "StakeholderMapWidget.h"

#include "commands/StakeholderCommands.h"
#include "domain/Clock.h"
#include "models/StakeholderTableModel.h"
#include "report/OutputTarget.h"
#include "report/StakeholderMapRenderer.h"
#include "storage/CommunicationRepository.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"
#include "storage/StakeholderRepository.h"

#include <QAction>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace parat {

StakeholderPage::StakeholderPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new StakeholderTableModel(context.database(), this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(StakeholderTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    QHBoxLayout *filters = buildFilterRow();
    m_map = new StakeholderMapWidget(context, this);
    m_view = listpage::tableView(m_proxy, QStringLiteral("stakeholderView"), this);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(StakeholderTableModel::NameColumn, Qt::AscendingOrder);
    m_view->horizontalHeader()->setStretchLastSection(false);
    buildMapAndTable();
    QHBoxLayout *buttons = buildButtonRow();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(buttons);

    connectActions();
    // Loaded when first shown, then kept current; on a language change the rest (map, summary) from a reload.
    listpage::retranslate(
        this, [this] { retranslateFixedTexts(); }, listpage::reloadWhenShown(this, m_context, [this] { reload(); }));
}

// Filters: internal or external, kind, and only those below their target engagement.
QHBoxLayout *StakeholderPage::buildFilterRow()
{
    m_internal = new QComboBox(this);
    m_internal->setObjectName(QStringLiteral("internalFilter"));
    for (int filter = 0; filter < 3; ++filter)
        m_internal->addItem(QString(), filter); // texts in retranslateFixedTexts()
    m_internalLabel = new QLabel(this);
    m_internalLabel->setBuddy(m_internal);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->addItem(QString(), -1);
    for (StakeholderKind kind : allStakeholderKinds())
        m_kind->addItem(stakeholderKindName(kind), int(kind));
    m_kindLabel = new QLabel(this);
    m_kindLabel->setBuddy(m_kind);
    m_onlyGap = new QCheckBox(this);
    m_onlyGap->setObjectName(QStringLiteral("gapFilter"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_internalLabel);
    filters->addWidget(m_internal);
    filters->addWidget(m_kindLabel);
    filters->addWidget(m_kind);
    filters->addWidget(m_onlyGap);
    filters->addStretch();
    return filters;
}

// The map above the table, each with its label.
void StakeholderPage::buildMapAndTable()
{
    m_mapLabel = new QLabel(this);
    m_mapLabel->setBuddy(m_map);
    auto *mapBox = new QWidget(this);
    auto *mapLayout = new QVBoxLayout(mapBox);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    mapLayout->addWidget(m_mapLabel);
    mapLayout->addWidget(m_map, 1);
    m_tableLabel = new QLabel(this);
    m_tableLabel->setBuddy(m_view);
    auto *tableBox = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_tableLabel);
    tableLayout->addWidget(m_view, 1);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("stakeholderSplitter"));
    m_splitter->addWidget(mapBox);
    m_splitter->addWidget(tableBox);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
}

// Add, edit, remove; export and print the map; the summary at the end.
QHBoxLayout *StakeholderPage::buildButtonRow()
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("stakeholderSummary"));
    m_add = listpage::button(QStringLiteral("addStakeholderButton"), this);
    m_edit = listpage::button(QStringLiteral("editStakeholderButton"), this);
    m_remove = listpage::button(QStringLiteral("removeStakeholderButton"), this);
    m_export = listpage::button(QStringLiteral("exportMapButton"), this);
    m_print = listpage::button(QStringLiteral("printMapButton"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addSpacing(12);
    buttons->addWidget(m_export);
    buttons->addWidget(m_print);
    buttons->addStretch();
    buttons->addWidget(m_summary);
    return buttons;
}

void StakeholderPage::retranslateFixedTexts()
{
    m_internal->setItemText(0, tr("Internal and external"));
    m_internal->setItemText(1, tr("Internal only"));
    m_internal->setItemText(2, tr("External only"));
    m_internalLabel->setText(tr("S&how:"));
    m_kind->setItemText(0, tr("All kinds"));
    for (int index = 1; index < m_kind->count(); ++index)
        m_kind->setItemText(index, stakeholderKindName(StakeholderKind(m_kind->itemData(index).toInt())));
    m_kindLabel->setText(tr("&Kind:"));
    m_onlyGap->setText(tr("Only &below target engagement"));
    m_view->setAccessibleName(tr("Stakeholders"));
    // A read-only window's map moves nothing, so its label promises nothing.
    m_mapLabel->setText(m_context.canEdit() ? tr("Stakeholder &map (drag a marker or use the arrow keys to move it):")
                                            : tr("Stakeholder &map:"));
    m_tableLabel->setText(tr("S&takeholders:"));
    m_add->setText(tr("&Add Stakeholder…"));
    m_edit->setText(tr("&Edit…"));
    m_remove->setText(tr("&Remove…"));
    m_export->setText(tr("Export &PNG…"));
    m_print->setText(tr("Pr&int…"));
}

StakeholderPage::~StakeholderPage() = default;

// The keys, buttons, filters and the selection shared by table and map, to what they do.
void StakeholderPage::connectActions()
{
    // Keyboard in the table: Enter edits, Delete removes, Insert adds.
    // (On the map too, Insert adds and Delete removes; Enter there is the marker's own.)
    listpage::addRowKeys(
        {m_view}, [this] { addStakeholder(); }, [this] { editStakeholder(); }, [this] { removeStakeholder(); });
    listpage::addRowKeys(
        {m_map}, [this] { addStakeholder(); }, {}, [this] { removeStakeholder(); });

    connect(m_add, &QPushButton::clicked, this, &StakeholderPage::addStakeholder);
    connect(m_edit, &QPushButton::clicked, this, &StakeholderPage::editStakeholder);
    connect(m_remove, &QPushButton::clicked, this, &StakeholderPage::removeStakeholder);
    connect(m_export, &QPushButton::clicked, this, &StakeholderPage::exportMap);
    connect(m_print, &QPushButton::clicked, this, &StakeholderPage::printMap);
    connect(m_view, &QTableView::doubleClicked, this, &StakeholderPage::editStakeholder);
    connect(m_internal, &QComboBox::currentIndexChanged, this, &StakeholderPage::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &StakeholderPage::applyFilter);
    connect(m_onlyGap, &QCheckBox::toggled, this, &StakeholderPage::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (!m_syncing) {
            m_syncing = true;
            m_map->setSelectedId(currentStakeholderId());
            m_syncing = false;
        }
        updateButtons();
    });
    connect(m_map, &StakeholderMapWidget::selectionChanged, this, [this](Id id) {
        if (!m_syncing) {
            m_syncing = true;
            selectStakeholder(id);
            m_syncing = false;
        }
        updateButtons();
    });
    connect(m_map, &StakeholderMapWidget::editRequested, this, &StakeholderPage::editStakeholderId);
}

Id StakeholderPage::currentStakeholderId() const
{
    return listpage::selectedId(m_view, StakeholderTableModel::StakeholderIdRole);
}

void StakeholderPage::selectStakeholder(Id stakeholderId)
{
    const int row = m_model->rowOf(stakeholderId);
    listpage::selectRow(m_view, m_proxy, m_model->index(row, StakeholderTableModel::NameColumn));
    m_map->setSelectedId(row < 0 ? 0 : stakeholderId);
}

void StakeholderPage::applyFilter()
{
    StakeholderFilter filter;
    const int internal = m_internal->currentData().toInt();
    if (internal != 0)
        filter.internal = internal == 1;
    const int kind = m_kind->currentData().toInt();
    if (kind >= 0)
        filter.kind = static_cast<StakeholderKind>(kind);
    filter.onlyWithGap = m_onlyGap->isChecked();
    const Id selected = m_map->selectedId();
    m_model->setFilter(filter);
    m_map->setStakeholders(m_model->stakeholders());
    selectStakeholder(selected);
    updateButtons();
}

void StakeholderPage::reload()
{
    const Id selected = m_map->selectedId() != 0 ? m_map->selectedId() : currentStakeholderId();
    m_model->setAsOf(m_context.clock().today());
    m_model->load(m_context.currentMunicipalityId());
    m_map->setStakeholders(m_model->stakeholders());
    m_syncing = true;
    selectStakeholder(selected);
    m_syncing = false;
    m_view->resizeColumnsToContents();
    updateButtons();
}

void StakeholderPage::updateButtons()
{
    const bool hasMunicipality = m_context.currentMunicipalityId() != 0;
    const bool selected = currentStakeholderId() != 0;
    m_context.setEditEnabled(m_add, hasMunicipality);
    m_context.setEditEnabled(m_edit, selected);
    m_context.setEditEnabled(m_remove, selected);
    m_export->setEnabled(hasMunicipality);
    m_print->setEnabled(hasMunicipality);
    int gaps = 0;
    for (const Stakeholder &s : m_model->stakeholders())
        gaps += engagementGap(s) > 0 ? 1 : 0;
    m_summary->setText(tr("%n stakeholder(s) shown", "", m_model->rowCount()) + QStringLiteral(" · ")
                       + tr("%n below target engagement", "", gaps));
}

void StakeholderPage::addStakeholder()
{
    const auto make = [this](const StakeholderDialog &dialog) {
        return new AddStakeholder(m_context.database(), dialog.stakeholder());
    };
    if (auto *command = listpage::addThroughDialog<StakeholderDialog>(m_context, this, make))
        selectStakeholder(command->stakeholderId());
}

void StakeholderPage::editStakeholder()
{
    editStakeholderId(currentStakeholderId());
}

void StakeholderPage::editStakeholderId(Id id)
{
    listpage::editThroughDialog<StakeholderDialog>(
        m_context, this, id != 0 ? StakeholderRepository(m_context.database()).byId(id) : std::nullopt,
        [this](const Stakeholder &before, const StakeholderDialog &dialog) {
            return new EditStakeholder(m_context.database(), before, dialog.stakeholder());
        });
}

void StakeholderPage::removeStakeholder()
{
    if (!m_context.canEdit())
        return;
    const Id id = currentStakeholderId();
    const std::optional<Stakeholder> s = id != 0 ? StakeholderRepository(m_context.database()).byId(id) : std::nullopt;
    if (!s)
        return;
    int named = 0;
    for (const CommunicationItem &item :
         CommunicationRepository(m_context.database()).forMunicipality(s->municipalityId))
        named += item.stakeholderId == id ? 1 : 0;
    const QString text = named > 0
        ? tr("Remove %1? %n communication item(s) name them; those items stay in the plan without a stakeholder. "
             "You can undo this.",
             "", named)
              .arg(s->name)
        : tr("Remove %1? You can undo this.").arg(s->name);
    if (!Dialogs::confirm(this, tr("Remove Stakeholder"), text))
        return;
    m_context.push(new RemoveStakeholder(m_context.database(), *s), this);
}

bool StakeholderPage::exportPng(const QString &path, const QSize &size, QString *error) const
{
    if (!checkOutputTarget(m_context.database(), path, error))
        return false;
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(3780); // 96 dpi, so text keeps the size it has on screen
    image.setDotsPerMeterY(3780);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        StakeholderMapStyle style; // black on white, as printed
        style.font = font();
        QString title;
        if (const auto municipality
            = MunicipalityRepository(m_context.database()).byId(m_context.currentMunicipalityId()))
            title = tr("Stakeholder map - %1 %2").arg(municipality->code, municipality->name);
        paintStakeholderMap(painter, QRectF(QPointF(0, 0), QSizeF(size)),
                            stakeholderMapData(m_model->stakeholders(), title), style);
    }
    QByteArray png;
    QBuffer buffer(&png);
    if (!buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "PNG")) {
        *error = tr("The map could not be saved as %1.").arg(path);
        return false;
    }
    return writeFileAtomically(path, png, error);
}

void StakeholderPage::exportMap()
{
    const QString path = Dialogs::saveFileName(this, tr("Export Stakeholder Map"), tr("stakeholder-map.png"),
                                               tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    const QSize size = m_map->size().expandedTo(QSize(1200, 800));
    if (!exportPng(path, size, &error))
        Dialogs::error(this, error);
    else
        emit mapExported(path);
}

void StakeholderPage::printMap()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Stakeholder Map"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter(&printer);
    StakeholderMapStyle style;
    style.font = font();
    QString title;
    if (const auto municipality = MunicipalityRepository(m_context.database()).byId(m_context.currentMunicipalityId()))
        title = tr("Stakeholder map - %1 %2").arg(municipality->code, municipality->name);
    const QRect page = printer.pageLayout().paintRectPixels(printer.resolution());
    paintStakeholderMap(painter, QRectF(QPointF(0, 0), QSizeF(page.size())),
                        stakeholderMapData(m_model->stakeholders(), title), style);
}

} // namespace parat
