#include "RiskLogPage.h"

#include "Accessibility.h"
#include "AppContext.h"
#include "DecisionDialog.h"
#include "Dialogs.h"
#include "ListPageSupport.h"
#include "Retranslator.h"
#include "RiskDialog.h"
#include "RiskHeatMapWidget.h"

#include "commands/RiskCommands.h"
#include "domain/Clock.h"
#include "models/DecisionTableModel.h"
#include "models/RiskTableModel.h"
#include "planning/Readiness.h"
#include "storage/Database.h"
#include "storage/DecisionRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RiskRepository.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QVBoxLayout>

namespace parat {

namespace {

QTableView *logView(QAbstractItemModel *model, const QString &objectName, QWidget *parent)
{
    QTableView *view = listpage::tableView(model, objectName, parent);
    view->setSortingEnabled(true);
    return view;
}

// Insert adds, Enter edits, Delete removes (the keys of the other tables of the window); a double-click edits.
void addKeys(QTableView *view, QObject *receiver, const std::function<void()> &add, const std::function<void()> &edit,
             const std::function<void()> &remove)
{
    listpage::addRowKeys({view}, add, edit, remove);
    QObject::connect(view, &QTableView::doubleClicked, receiver, edit);
}

// A summary beside a table's buttons, in bold.
QLabel *summaryLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

using listpage::button;

RiskLogPage::RiskLogPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_risks(new RiskTableModel(context.database(), this))
    , m_riskProxy(new QSortFilterProxyModel(this))
    , m_decisions(new DecisionTableModel(context.database(), this))
    , m_decisionProxy(new QSortFilterProxyModel(this))
{
    for (QSortFilterProxyModel *proxy : {m_riskProxy, m_decisionProxy}) {
        proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
        proxy->setSortLocaleAware(true);
    }
    m_riskProxy->setSourceModel(m_risks);
    m_riskProxy->setSortRole(RiskTableModel::SortRole);
    m_decisionProxy->setSourceModel(m_decisions);
    m_decisionProxy->setSortRole(DecisionTableModel::SortRole);

    // Texts are set through the Retranslator, at once and again on every language change.
    auto *texts = new Retranslator(this);
    auto *layout = new QVBoxLayout(this);
    addFilters(layout, texts);
    addRiskLog(layout, texts);
    addDecisionLog(layout, texts);
    connectActions();

    applyFilters();
    // The owner filter, the summaries and the tables' texts are built from data: read them again.
    texts->onChange(listpage::reloadWhenShown(this, m_context, [this] { reload(); }));
}

RiskLogPage::~RiskLogPage() = default;

// The risk log's filters: status, owner and least score.
void RiskLogPage::addFilters(QVBoxLayout *layout, Retranslator *texts)
{
    auto *statusLabel = new QLabel(this);
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("riskStatusFilter"));
    m_statusFilter->addItem(QString(), -2);
    m_statusFilter->addItem(QString(), -1);
    for (RiskStatus status : allRiskStatuses())
        m_statusFilter->addItem(QString(), int(status));
    statusLabel->setBuddy(m_statusFilter);
    auto *ownerLabel = new QLabel(this);
    m_ownerFilter = new QComboBox(this);
    m_ownerFilter->setObjectName(QStringLiteral("riskOwnerFilter"));
    m_ownerFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    ownerLabel->setBuddy(m_ownerFilter);
    auto *scoreLabel = new QLabel(this);
    m_scoreFilter = new QComboBox(this);
    m_scoreFilter->setObjectName(QStringLiteral("riskScoreFilter"));
    const RuleThresholds thresholds;
    for (int score : {0, thresholds.riskYellowScore, thresholds.riskRedScore})
        m_scoreFilter->addItem(QString(), score);
    scoreLabel->setBuddy(m_scoreFilter);
    auto *filters = new QHBoxLayout;
    for (QWidget *widget : std::initializer_list<QWidget *> {statusLabel, m_statusFilter, ownerLabel, m_ownerFilter,
                                                             scoreLabel, m_scoreFilter})
        filters->addWidget(widget);
    filters->addStretch();
    layout->addLayout(filters);
    texts->add([this, statusLabel, ownerLabel, scoreLabel, thresholds] {
        statusLabel->setText(tr("Stat&us:"));
        m_statusFilter->setItemText(0, tr("Open and in hand"));
        m_statusFilter->setItemText(1, tr("All"));
        for (int i = 2; i < m_statusFilter->count(); ++i)
            m_statusFilter->setItemText(i,
                                        riskStatusName(static_cast<RiskStatus>(m_statusFilter->itemData(i).toInt())));
        ownerLabel->setText(tr("O&wner:"));
        scoreLabel->setText(tr("Sc&ore at least:"));
        m_scoreFilter->setItemText(0, tr("Any score"));
        m_scoreFilter->setItemText(1, tr("%1 (yellow light)").arg(thresholds.riskYellowScore));
        m_scoreFilter->setItemText(2, tr("%1 (red light)").arg(thresholds.riskRedScore));
    });
}

// The risk table beside the heat map, and its buttons and summary.
void RiskLogPage::addRiskLog(QVBoxLayout *layout, Retranslator *texts)
{
    auto *riskTitle = new QLabel(this);
    m_riskView = logView(m_riskProxy, QStringLiteral("riskView"), this);
    m_riskView->sortByColumn(RiskTableModel::ScoreColumn, Qt::DescendingOrder);
    riskTitle->setBuddy(m_riskView);
    m_heatMap = new RiskHeatMapWidget(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("riskSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_riskView);
    splitter->addWidget(m_heatMap);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    m_addRisk = button(QStringLiteral("addRiskButton"), this);
    m_editRisk = button(QStringLiteral("editRiskButton"), this);
    m_removeRisk = button(QStringLiteral("removeRiskButton"), this);
    m_riskSummary = summaryLabel(QStringLiteral("riskSummary"), this);
    layout->addWidget(riskTitle);
    layout->addWidget(splitter, 3);
    layout->addLayout(listpage::buttonRow({m_addRisk, m_editRisk, m_removeRisk}, m_riskSummary));
    texts->add([this, riskTitle] {
        riskTitle->setText(tr("Ris&k log:"));
        m_riskView->setAccessibleName(tr("Risk log"));
        m_addRisk->setText(tr("&Add Risk…"));
        m_editRisk->setText(tr("Ed&it Risk…"));
        m_removeRisk->setText(tr("&Remove Risk…"));
    });
}

// The decision table, and its buttons and summary.
void RiskLogPage::addDecisionLog(QVBoxLayout *layout, Retranslator *texts)
{
    auto *decisionTitle = new QLabel(this);
    m_decisionView = logView(m_decisionProxy, QStringLiteral("decisionView"), this);
    m_decisionView->sortByColumn(DecisionTableModel::NumberColumn, Qt::AscendingOrder);
    decisionTitle->setBuddy(m_decisionView);
    m_addDecision = button(QStringLiteral("addDecisionButton"), this);
    m_editDecision = button(QStringLiteral("editDecisionButton"), this);
    m_removeDecision = button(QStringLiteral("removeDecisionButton"), this);
    m_decisionSummary = summaryLabel(QStringLiteral("decisionSummary"), this);
    layout->addWidget(decisionTitle);
    layout->addWidget(m_decisionView, 2);
    layout->addLayout(listpage::buttonRow({m_addDecision, m_editDecision, m_removeDecision}, m_decisionSummary));
    texts->add([this, decisionTitle] {
        decisionTitle->setText(tr("Decision &log:"));
        m_decisionView->setAccessibleName(tr("Decision log"));
        m_addDecision->setText(tr("Add &Decision…"));
        m_editDecision->setText(tr("Edi&t Decision…"));
        m_removeDecision->setText(tr("Remove Decisio&n…"));
    });
}

// The keys, buttons and filters to what they do.
void RiskLogPage::connectActions()
{
    addKeys(
        m_riskView, this, [this] { addRisk(); }, [this] { editRisk(); }, [this] { removeRisk(); });
    addKeys(
        m_decisionView, this, [this] { addDecision(); }, [this] { editDecision(); }, [this] { removeDecision(); });
    connect(m_addRisk, &QPushButton::clicked, this, &RiskLogPage::addRisk);
    connect(m_editRisk, &QPushButton::clicked, this, &RiskLogPage::editRisk);
    connect(m_removeRisk, &QPushButton::clicked, this, &RiskLogPage::removeRisk);
    connect(m_addDecision, &QPushButton::clicked, this, &RiskLogPage::addDecision);
    connect(m_editDecision, &QPushButton::clicked, this, &RiskLogPage::editDecision);
    connect(m_removeDecision, &QPushButton::clicked, this, &RiskLogPage::removeDecision);
    for (QComboBox *combo : {m_statusFilter, m_ownerFilter, m_scoreFilter})
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, &RiskLogPage::applyFilters);
    connect(m_riskView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RiskLogPage::updateButtons);
    connect(m_decisionView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RiskLogPage::updateButtons);
}

Id RiskLogPage::currentRiskId() const
{
    return listpage::selectedId(m_riskView, RiskTableModel::RiskIdRole);
}

Id RiskLogPage::currentDecisionId() const
{
    return listpage::selectedId(m_decisionView, DecisionTableModel::DecisionIdRole);
}

void RiskLogPage::selectRisk(Id riskId)
{
    listpage::selectRow(m_riskView, m_riskProxy, m_risks->index(m_risks->rowOf(riskId), RiskTableModel::TitleColumn));
}

void RiskLogPage::selectDecision(Id decisionId)
{
    listpage::selectRow(m_decisionView, m_decisionProxy,
                        m_decisions->index(m_decisions->rowOf(decisionId), DecisionTableModel::QuestionColumn));
}

void RiskLogPage::fillOwnerFilter()
{
    const QVariant chosen = m_ownerFilter->currentData();
    const QSignalBlocker blocker(m_ownerFilter);
    m_ownerFilter->clear();
    m_ownerFilter->addItem(tr("Anyone"), QVariant());
    m_ownerFilter->addItem(tr("(no owner)"), Id(0));
    const Id municipalityId = m_context.currentMunicipalityId();
    if (municipalityId != 0) {
        for (const Person &person : PersonRepository(m_context.database()).forMunicipality(municipalityId))
            m_ownerFilter->addItem(person.name, person.id);
    }
    const int index = chosen.isValid() ? m_ownerFilter->findData(chosen) : 0;
    m_ownerFilter->setCurrentIndex(std::max(0, index));
}

void RiskLogPage::applyFilters()
{
    const Id selected = currentRiskId();
    const int status = m_statusFilter->currentData().toInt();
    // -2: open and in hand (the default: a closed risk is history); -1: all.
    m_risks->setLiveOnly(status == -2);
    m_risks->setStatusFilter(status >= 0 ? std::optional<RiskStatus>(static_cast<RiskStatus>(status)) : std::nullopt);
    const QVariant owner = m_ownerFilter->currentData();
    m_risks->setOwnerFilter(owner.isValid() ? std::optional<Id>(owner.toLongLong()) : std::nullopt);
    m_risks->setMinimumScore(m_scoreFilter->currentData().toInt());
    selectRisk(selected);
    updateButtons();
}

void RiskLogPage::reload()
{
    const Id risk = currentRiskId();
    const Id decision = currentDecisionId();
    const QDate today = m_context.clock().today();
    const Id municipalityId = m_context.currentMunicipalityId();
    fillOwnerFilter();
    m_risks->setAsOf(today);
    m_risks->load(municipalityId);
    m_decisions->setAsOf(today);
    m_decisions->load(municipalityId);
    m_heatMap->setRisks(m_risks->allRisks());
    applyFilters();
    selectRisk(risk);
    selectDecision(decision);
    m_riskView->resizeColumnsToContents();
    m_decisionView->resizeColumnsToContents();
    updateButtons();
}

void RiskLogPage::updateButtons()
{
    const bool hasMunicipality = m_context.currentMunicipalityId() != 0;
    const bool risk = currentRiskId() != 0;
    const bool decision = currentDecisionId() != 0;
    m_context.setEditEnabled(m_addRisk, hasMunicipality);
    m_context.setEditEnabled(m_editRisk, risk);
    m_context.setEditEnabled(m_removeRisk, risk);
    m_context.setEditEnabled(m_addDecision, hasMunicipality);
    m_context.setEditEnabled(m_editDecision, decision);
    m_context.setEditEnabled(m_removeDecision, decision);
    int live = 0;
    for (const Risk &r : m_risks->allRisks())
        live += riskIsLive(r) ? 1 : 0;
    m_riskSummary->setText(tr("%n open risk(s)", "", live) + QStringLiteral(" · ")
                           + tr("%n review(s) overdue", "", m_risks->reviewOverdueCount()));
    m_decisionSummary->setText(tr("%n decision(s) past the date needed", "", m_decisions->overdueCount()));
}

void RiskLogPage::addRisk()
{
    const auto make = [this](const RiskDialog &dialog) { return new AddRisk(m_context.database(), dialog.risk()); };
    if (auto *command = listpage::addThroughDialog<RiskDialog>(m_context, this, make))
        selectRisk(command->riskId());
}

void RiskLogPage::editRisk()
{
    const Id id = currentRiskId();
    listpage::editThroughDialog<RiskDialog>(m_context, this,
                                            id != 0 ? RiskRepository(m_context.database()).byId(id) : std::nullopt,
                                            [this](const Risk &before, const RiskDialog &dialog) {
                                                return new EditRisk(m_context.database(), before, dialog.risk());
                                            });
}

void RiskLogPage::removeRisk()
{
    if (!m_context.canEdit())
        return;
    const Id id = currentRiskId();
    const std::optional<Risk> risk = id != 0 ? RiskRepository(m_context.database()).byId(id) : std::nullopt;
    if (!risk)
        return;
    if (!Dialogs::confirm(
            this, tr("Remove Risk"),
            tr("Remove risk %1 \"%2\" from the log? You can undo this.").arg(riskLabel(risk->number), risk->title)))
        return;
    m_context.push(new RemoveRisk(m_context.database(), *risk), this);
}

void RiskLogPage::addDecision()
{
    const auto make
        = [this](const DecisionDialog &dialog) { return new AddDecision(m_context.database(), dialog.decision()); };
    if (auto *command = listpage::addThroughDialog<DecisionDialog>(m_context, this, make))
        selectDecision(command->decisionId());
}

void RiskLogPage::editDecision()
{
    const Id id = currentDecisionId();
    listpage::editThroughDialog<DecisionDialog>(
        m_context, this, id != 0 ? DecisionRepository(m_context.database()).byId(id) : std::nullopt,
        [this](const Decision &before, const DecisionDialog &dialog) {
            return new EditDecision(m_context.database(), before, dialog.decision());
        });
}

void RiskLogPage::removeDecision()
{
    if (!m_context.canEdit())
        return;
    const Id id = currentDecisionId();
    const std::optional<Decision> decision = id != 0 ? DecisionRepository(m_context.database()).byId(id) : std::nullopt;
    if (!decision)
        return;
    if (!Dialogs::confirm(this, tr("Remove Decision"),
                          tr("Remove decision %1 \"%2\" from the log? You can undo this.")
                              .arg(decisionLabel(decision->number), decision->question)))
        return;
    m_context.push(new RemoveDecision(m_context.database(), *decision), this);
}

} // namespace parat
