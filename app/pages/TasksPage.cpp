#include "TasksPage.h"

#include "Accessibility.h"
#include "AppContext.h"
#include "Dialogs.h"
#include "ListPageSupport.h"
#include "ReasonDialog.h"
#include "Retranslator.h"
#include "ShowPersonTasks.h"
#include "SpreadsheetExport.h"
#include "TaskDelegates.h"
#include "TaskDetailPane.h"
#include "TaskFilterBar.h"

#include "domain/Clock.h"
#include "domain/Language.h"
#include "models/TaskFilterProxyModel.h"
#include "models/TaskTableModel.h"
#include "storage/Database.h"
#include "storage/TaskRepository.h"

#include <QAction>
#include <QDataStream>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMenu>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>
#include <utility>

namespace parat {

namespace {

constexpr quint32 kStateMagic = 0x50546b31; // "PTk1"
// 2: the columns a leader reads first (status, due, responsible) moved to the front; a layout saved with the
// old order is not restored, so the new order shows.
constexpr quint16 kStateVersion = 2;

// The order the columns are shown in (the model's order is the handbook's): what a project leader reads
// first, status, due date and who is responsible, right after the key, so they are in view at 1280 px beside
// the detail pane.
constexpr TaskTableModel::Column kShownOrder[]
    = {TaskTableModel::KeyColumn,         TaskTableModel::StatusColumn,   TaskTableModel::DueColumn,
       TaskTableModel::ResponsibleColumn, TaskTableModel::TitleColumn,    TaskTableModel::WeeksLeftColumn,
       TaskTableModel::PerformerColumn,   TaskTableModel::PhaseColumn,    TaskTableModel::ThemeColumn,
       TaskTableModel::ReleaseColumn,     TaskTableModel::EstimateColumn, TaskTableModel::MandatoryColumn,
       TaskTableModel::KlikColumn};

} // namespace

TasksPage::TasksPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    m_reasonProvider = [this](Status status) {
        if (Dialogs::scripted())
            return QString(); // a test that did not set a provider: never block on a real dialog
        return ReasonDialog::ask(status, m_reasonTaskCount, this);
    };
    createModels();

    auto *layout = new QVBoxLayout(this);
    m_filterBar = new TaskFilterBar(m_proxy, this);
    layout->addWidget(m_filterBar);
    createBulkActions();
    QHBoxLayout *actions = buildActionRow();
    layout->addLayout(actions);
    buildTable();
    buildSplitter();
    layout->addWidget(m_splitter, 1);
    addDetailToggle(actions);
    connectSignals();

    reload();
    updateActions();

    // The fixed texts now and on each language change; on a change also the list (its texts come from the model).
    auto *texts = new Retranslator(this);
    texts->add([this] { retranslateFixedTexts(); });
    texts->onChange([this] { reload(); });
}

void TasksPage::createModels()
{
    m_model = new TaskTableModel(m_context.database(), this);
    m_model->setClock(&m_context.clock());
    m_model->setCommandSink([this](Command *command) { return m_context.push(command, this); });
    m_model->setEditable(m_context.canEdit()); // a read-only window offers no in-place editor
    // Team mode: none while the server connection is lost, and back with it.
    connect(&m_context, &AppContext::editabilityChanged, this, [this] { m_model->setEditable(m_context.canEdit()); });
    m_proxy = new TaskFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setAsOf(m_context.clock().today());
}

// Bulk actions: a status menu and a performer menu, on tool buttons, in the context menu and on shortcuts.
void TasksPage::createBulkActions()
{
    m_statusMenu = new QMenu(this);
    for (Status status : allStatuses()) {
        QAction *action = m_statusMenu->addAction(QString());
        action->setData(int(status));
        connect(action, &QAction::triggered, this, [this, status] { setStatusOfSelection(status); });
    }
    m_performerMenu = new QMenu(this);
    connect(m_performerMenu, &QMenu::aboutToShow, this, &TasksPage::rebuildPerformerMenu);

    m_setStatusAction = listpage::addPageShortcut(this, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                                                  [this] { popupAtCurrent(m_statusMenu); });
    m_setPerformerAction = listpage::addPageShortcut(this, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                                                     [this] { popupAtCurrent(m_performerMenu); });
}

// The bulk actions' tool buttons (the person and detail buttons join them in addDetailToggle()).
QHBoxLayout *TasksPage::buildActionRow()
{
    auto *actions = new QHBoxLayout;
    m_statusButton = new QToolButton(this);
    m_statusButton->setObjectName(QStringLiteral("setStatusButton"));
    m_statusButton->setMenu(m_statusMenu);
    m_statusButton->setPopupMode(QToolButton::InstantPopup);
    m_performerButton = new QToolButton(this);
    m_performerButton->setObjectName(QStringLiteral("setPerformerButton"));
    m_performerButton->setMenu(m_performerMenu);
    m_performerButton->setPopupMode(QToolButton::InstantPopup);
    actions->addWidget(m_statusButton);
    actions->addWidget(m_performerButton);
    actions->addStretch(1);
    return actions;
}

void TasksPage::buildTable()
{
    m_view = new TableView(this);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked
                            | QAbstractItemView::SelectedClicked);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TaskTableModel::DueColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab leaves the table for the detail pane
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionsMovable(true);
    for (int visual = 0; visual < int(std::size(kShownOrder)); ++visual)
        m_view->horizontalHeader()->moveSection(m_view->horizontalHeader()->visualIndex(kShownOrder[visual]), visual);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->installEventFilter(this);
    m_delegate = new TaskItemDelegate(m_model, this);
    m_delegate->setReasonRequest([this](Id taskId, Status status) {
        // Runs after the editor has closed, so the reason dialog does not fight the editor for focus.
        QTimer::singleShot(0, this, [this, taskId, status] { setStatusOf({taskId}, status); });
    });
    m_view->setItemDelegate(m_delegate);
}

// The list beside the detail pane. The pane is made when the page is first shown or asked for (makeDetailPane()): until
// then an empty widget holds its place, its size and its collapsed state in the splitter, so the hidden page costs no
// pane at start-up.
void TasksPage::buildSplitter()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(new QWidget(m_splitter));
    // The pane's reactions to the context are connected here, where the pane was made when it came with the page, so
    // they still run before the page's own (connectSignals()): saving the pane's edits reloads the page, which must
    // find the pane up to date, and a municipality's change reaches the pane before the page reloads.
    const auto follow = [this](TaskDetailPane::Change change) {
        return [this, change] {
            if (m_detail)
                m_detail->follow(change);
        };
    };
    connect(&m_context.database(), &Database::changed, this, follow(TaskDetailPane::Change::Data));
    connect(&m_context, &AppContext::editabilityChanged, this, follow(TaskDetailPane::Change::Editability));
    connect(&m_context.database(), &Database::restored, this, follow(TaskDetailPane::Change::Restored));
    connect(&m_context, &AppContext::currentMunicipalityChanged, this, follow(TaskDetailPane::Change::Municipality));
    arrangeSplitter([this] {
        // The pane can be collapsed (by dragging the handle to the edge or by the action) but the list cannot.
        m_splitter->setCollapsible(0, false);
        m_splitter->setCollapsible(1, true);
        // A stretch factor is kept in the widget's size policy, so the pane needs its own.
        m_splitter->setStretchFactor(0, 3);
        m_splitter->setStretchFactor(1, 1);
        m_splitter->setSizes({900, 480}); // the list gets most of the room until the user moves the handle
    });
}

// Show or hide the detail pane (action and button), with the "tasks of a person" button before it.
void TasksPage::addDetailToggle(QHBoxLayout *actions)
{
    m_showDetailAction = new QAction(this);
    m_showDetailAction->setObjectName(QStringLiteral("showDetailAction"));
    m_showDetailAction->setCheckable(true);
    m_showDetailAction->setChecked(true);
    m_showDetailAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_showDetailAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_showDetailAction, &QAction::toggled, this, &TasksPage::setDetailPaneShown);
    addAction(m_showDetailAction);
    // Who the current task is handed to: their tasks in the "tasks of a person" pane, in one click.
    m_showTasks = new ShowPersonTasks(m_context, this, [this] { return currentTaskPersonId(); });
    actions->insertWidget(actions->count() - 1, m_showTasks->button());
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, m_showTasks, &ShowPersonTasks::update);
    connect(m_model, &QAbstractItemModel::modelReset, m_showTasks, &ShowPersonTasks::update);
    connect(m_model, &QAbstractItemModel::dataChanged, m_showTasks, &ShowPersonTasks::update);
    auto *detailButton = new QToolButton(this);
    detailButton->setObjectName(QStringLiteral("showDetailButton"));
    detailButton->setDefaultAction(m_showDetailAction);
    actions->addWidget(detailButton);
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { m_showDetailAction->setChecked(isDetailPaneShown()); });
}

void TasksPage::connectSignals()
{
    connect(m_view, &QWidget::customContextMenuRequested, this, &TasksPage::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TasksPage::currentRowChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TasksPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_modelWasReset = true; });
    connect(m_filterBar, &TaskFilterBar::showWithdrawnToggled, this, [this] { reload(); });
    connect(m_filterBar, &TaskFilterBar::groupByPhaseRequested, this,
            [this] { m_view->sortByColumn(TaskTableModel::PhaseColumn, Qt::AscendingOrder); });
    connect(&m_context.database(), &Database::changed, this, &TasksPage::reload);
    connect(&m_context, &AppContext::currentMunicipalityChanged, this, &TasksPage::municipalityChanged);
}

void TasksPage::retranslateFixedTexts()
{
    m_statusMenu->setTitle(tr("Set &status"));
    for (QAction *action : m_statusMenu->actions()) {
        const auto status = Status(action->data().toInt());
        action->setText(statusNeedsReason(status) ? tr("%1 (with reason)…").arg(statusName(status))
                                                  : statusName(status));
    }
    m_performerMenu->setTitle(tr("Set &performer"));
    m_setStatusAction->setText(tr("Set &status…"));
    m_setStatusAction->setToolTip(tr("Set the status of the selected tasks (Ctrl+Shift+S)"));
    m_setPerformerAction->setText(tr("Set &performer…"));
    m_setPerformerAction->setToolTip(tr("Set the performer of the selected tasks (Ctrl+Shift+P)"));
    m_statusButton->setText(m_setStatusAction->text());
    m_statusButton->setToolTip(m_setStatusAction->toolTip());
    m_performerButton->setText(m_setPerformerAction->text());
    m_performerButton->setToolTip(m_setPerformerAction->toolTip());
    m_view->setAccessibleName(tr("Tasks"));
    m_showDetailAction->setText(tr("Show task &details"));
    m_showDetailAction->setToolTip(tr("Show or hide the task details beside the list (Ctrl+Shift+D)"));
}

TasksPage::~TasksPage() = default;

TaskTableModel *TasksPage::model() const
{
    ensureLoaded();
    return m_model;
}

TaskFilterProxyModel *TasksPage::proxy() const
{
    ensureLoaded();
    return m_proxy;
}

QTableView *TasksPage::view() const
{
    ensureLoaded();
    return m_view;
}

TaskFilterBar *TasksPage::filterBar() const
{
    ensureLoaded();
    return m_filterBar;
}

TaskDetailPane *TasksPage::detailPane() const
{
    ensureLoaded();
    // Made now if the page has not been shown yet (const for the callers, as loading is).
    return const_cast<TasksPage *>(this)->makeDetailPane();
}

bool TasksPage::detailPaneMade() const
{
    return m_detail != nullptr;
}

void TasksPage::ensureLoaded() const
{
    // Loading changes what the page shows, not what it is: the accessors stay const for their callers.
    if (m_stale)
        const_cast<TasksPage *>(this)->load();
}

void TasksPage::arrangeSplitter(const std::function<void()> &step)
{
    if (!m_detail)
        m_splitterSteps.push_back(step);
    step();
}

TaskDetailPane *TasksPage::makeDetailPane()
{
    if (m_detail)
        return m_detail;
    m_detail = new TaskDetailPane(m_context, this, TaskDetailPane::Follow::ByHost);
    // In the holder's place; then what was done to the splitter meanwhile is done again, as the pane's size hints
    // bound the sizes the splitter keeps (the holder has none), so the list and the pane get the widths they would
    // have had with the pane there from the start.
    delete m_splitter->replaceWidget(1, m_detail);
    const std::vector<std::function<void()>> steps = std::exchange(m_splitterSteps, {});
    for (const std::function<void()> &step : steps)
        step();
    // The task the list is on, if it has loaded (the pane's own constructor shows none).
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (current.isValid())
        m_detail->setTask(current.data(TaskTableModel::TaskIdRole).toLongLong());
    // Tab goes from the list into the pane and on to the buttons made after it, as when the pane was made with the
    // page: a widget made now joins the end of the window's focus chain, so the pane's widgets move, in their order,
    // to just after the list.
    // QWidget::setTabOrder moves a widget that takes focus together with the widgets inside it that its focus proxy
    // leads to (a date edit's line edit), so those are not moved again on their own.
    const auto insideCompound = [this](const QWidget *widget) {
        for (const QWidget *outer = widget->parentWidget(); outer && outer != m_detail; outer = outer->parentWidget()) {
            if (outer->focusProxy() && outer->isAncestorOf(outer->focusProxy()))
                return true;
        }
        return false;
    };
    QList<QWidget *> paneChain;
    for (QWidget *widget = m_detail->nextInFocusChain(); widget != m_detail; widget = widget->nextInFocusChain()) {
        if (m_detail->isAncestorOf(widget) && widget->focusPolicy() != Qt::NoFocus && !insideCompound(widget))
            paneChain.append(widget);
    }
    QWidget *previous = m_view;
    for (QWidget *widget : paneChain) {
        QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
    connect(m_detail, &TaskDetailPane::localTaskCreated, this, [this](Id taskId) {
        reload();
        showTask(taskId);
    });
    return m_detail;
}

void TasksPage::setVisible(bool visible)
{
    if (visible)
        makeDetailPane();
    QWidget::setVisible(visible);
}

void TasksPage::showEvent(QShowEvent *event)
{
    ensureLoaded();
    QWidget::showEvent(event);
}

bool TasksPage::isDetailPaneShown() const
{
    return m_splitter->sizes().value(1) > 0;
}

void TasksPage::setDetailPaneShown(bool shown)
{
    if (shown)
        makeDetailPane(); // its width is needed
    else if (!m_detail)
        m_splitterSteps.push_back([this] { setDetailPaneShown(false); });
    const QSignalBlocker blocker(m_showDetailAction);
    m_showDetailAction->setChecked(shown);
    if (shown == isDetailPaneShown())
        return;
    const QList<int> sizes = m_splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (shown) {
        const int width = std::max(m_detailWidth, m_detail->minimumSizeHint().width());
        m_splitter->setSizes({std::max(0, total - width), width});
    } else {
        m_detailWidth = sizes.value(1);
        m_splitter->setSizes({total, 0});
    }
}

void TasksPage::focusSearch()
{
    m_filterBar->focusSearch();
}

Id TasksPage::currentTaskId() const
{
    ensureLoaded();
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(TaskTableModel::TaskIdRole).toLongLong() : 0;
}

Id TasksPage::currentTaskPersonId() const
{
    const Id id = currentTaskId();
    const PlannedTask *task = id != 0 ? m_model->taskAt(m_model->rowOf(id)) : nullptr;
    if (!task)
        return 0;
    return task->state.performerPersonId != 0 ? task->state.performerPersonId : task->state.responsiblePersonId;
}

QList<Id> TasksPage::selectedTaskIds() const
{
    ensureLoaded();
    QList<Id> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(TaskTableModel::KeyColumn);
    ids.reserve(rows.size());
    for (const QModelIndex &row : rows)
        ids.append(row.data(TaskTableModel::TaskIdRole).toLongLong());
    // In the order the user sees them, so undo text and history read naturally.
    std::sort(ids.begin(), ids.end(), [this](Id a, Id b) {
        return m_proxy->mapFromSource(m_model->index(m_model->rowOf(a), 0)).row()
            < m_proxy->mapFromSource(m_model->index(m_model->rowOf(b), 0)).row();
    });
    return ids;
}

QList<PlannedTask> TasksPage::filteredTasks() const
{
    ensureLoaded();
    QList<PlannedTask> tasks;
    tasks.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (const PlannedTask *task = m_model->taskAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()))
            tasks.append(*task);
    }
    return tasks;
}

QString TasksPage::exportToExcel()
{
    ensureLoaded();
    QHash<Id, QString> names;
    for (const Person &person : m_model->people())
        names.insert(person.id, person.name);
    const QList<TaskSheetRow> rows = taskSheetRows(filteredTasks(), names, m_model->asOf(), currentLanguage());
    return SpreadsheetExport::exportTasks(m_context, rows, this);
}

void TasksPage::reload()
{
    if (!isVisible()) {
        m_stale = true; // loaded when shown or asked (ensureLoaded)
        return;
    }
    load();
}

void TasksPage::load()
{
    m_stale = false;
    // In-place editors are the viewport's child widgets; the view hides one as it closes it.
    const QList<QWidget *> editors = m_view->viewport()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    if (std::any_of(editors.begin(), editors.end(), [](const QWidget *editor) { return editor->isVisible(); })) {
        // An in-place edit is being committed: reloading now could filter its row away under the open
        // editor. Reload once the view has closed the editor.
        if (!m_reloadPending) {
            m_reloadPending = true;
            QTimer::singleShot(0, this, [this] {
                m_reloadPending = false;
                reload();
            });
        }
        return;
    }
    const Id current = currentTaskId();
    const QList<Id> selected = selectedTaskIds();
    const QDate today = m_context.clock().today();
    m_modelWasReset = false;
    m_proxy->setAsOf(today);
    {
        // A row the filter now hides moves the list's current row to a neighbour: that is not the user
        // choosing another task, so the detail pane does not follow it (see below).
        const QScopedValueRollback<bool> reloading(m_reloading, true);
        m_model->load(m_context.currentMunicipalityId(), today, m_proxy->showWithdrawn());
    }
    m_filterBar->setPeople(m_model->people());
    if (m_modelWasReset) {
        restoreSelection(current, selected);
        if (!m_columnsSized && m_model->rowCount() > 0) {
            m_columnsSized = true;
            m_view->resizeColumnsToContents();
            m_view->setColumnWidth(TaskTableModel::TitleColumn, 42 * m_view->fontMetrics().averageCharWidth());
        }
    } else if (current != 0 && currentTaskId() != current && m_model->rowOf(current) >= 0) {
        // The edit took the current task out of the filter: no row is current rather than a neighbour
        // the user did not pick, and the pane keeps showing the task just edited.
        const QScopedValueRollback<bool> reloading(m_reloading, true);
        m_view->selectionModel()->clear();
        updateActions();
        return;
    }
    if (m_detail && m_detail->taskId() != currentTaskId())
        m_detail->setTask(currentTaskId()); // a pane made later starts on the current task
    updateActions();
}

void TasksPage::restoreSelection(Id current, const QList<Id> &selected)
{
    QItemSelectionModel *selection = m_view->selectionModel();
    QItemSelection rows;
    for (Id id : selected) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), 0));
        if (index.isValid())
            rows.select(index, index);
    }
    const QModelIndex currentIndex
        = m_proxy->mapFromSource(m_model->index(m_model->rowOf(current), TaskTableModel::KeyColumn));
    if (currentIndex.isValid())
        selection->setCurrentIndex(currentIndex, QItemSelectionModel::NoUpdate);
    selection->select(rows, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (currentIndex.isValid())
        m_view->scrollTo(currentIndex);
}

void TasksPage::municipalityChanged()
{
    const QSignalBlocker blocker(m_filterBar); // clearing filters must not reload twice
    m_filterBar->clearFilters(true);
    reload();
}

void TasksPage::currentRowChanged()
{
    if (m_reloading)
        return; // reload() decides what the pane shows
    const Id id = currentTaskId();
    if (makeDetailPane()->taskId() != id && !m_detail->setTask(id, true)) {
        // The user chose to stay on the task with unsaved edits: the list goes back to it. Later, once the
        // click or key that moved the list has finished selecting its row.
        const Id kept = m_detail->taskId();
        QTimer::singleShot(0, this, [this, kept] {
            if (m_detail->taskId() == kept && currentTaskId() != kept)
                restoreSelection(kept, {kept});
        });
        return;
    }
    emit currentTaskChanged(id);
}

void TasksPage::updateActions()
{
    const bool editable = m_model->municipalityId() != 0 && m_view->selectionModel()->hasSelection();
    m_context.setEditEnabled(m_setStatusAction, editable);
    m_context.setEditEnabled(m_setPerformerAction, editable);
    m_context.setEditEnabled(m_statusButton, editable);
    m_context.setEditEnabled(m_performerButton, editable);
}

void TasksPage::rebuildPerformerMenu()
{
    m_performerMenu->clear();
    QAction *nobody = m_performerMenu->addAction(tr("(nobody)"));
    connect(nobody, &QAction::triggered, this, [this] { setPerformerOfSelection(0); });
    m_performerMenu->addSeparator();
    for (const Person &person : m_model->people()) {
        const QString text = person.unit.isEmpty() ? person.name : tr("%1 (%2)").arg(person.name, person.unit);
        QAction *action = m_performerMenu->addAction(text);
        const Id id = person.id;
        connect(action, &QAction::triggered, this, [this, id] { setPerformerOfSelection(id); });
    }
}

void TasksPage::popupAtCurrent(QMenu *menu)
{
    if (!m_context.canEdit() || !m_view->selectionModel()->hasSelection())
        return;
    const QModelIndex current = m_view->currentIndex();
    QPoint at = m_view->viewport()->rect().center();
    if (current.isValid())
        at = m_view->visualRect(current).bottomLeft();
    menu->popup(m_view->viewport()->mapToGlobal(at));
}

void TasksPage::showContextMenu(const QPoint &pos)
{
    // Besides "show tasks of <person>", the menu holds edits.
    if (!m_view->selectionModel()->hasSelection())
        return;
    QMenu menu(this);
    menu.addAction(m_showTasks->action());
    if (m_context.canEdit()) {
        menu.addSeparator();
        menu.addMenu(m_statusMenu);
        menu.addMenu(m_performerMenu);
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

bool TasksPage::setStatusOfSelection(Status status)
{
    return setStatusOf(selectedTaskIds(), status);
}

bool TasksPage::setPerformerOfSelection(Id personId)
{
    return setPerformerOf(selectedTaskIds(), personId);
}

bool TasksPage::setStatusOf(const QList<Id> &taskIds, Status status)
{
    ensureLoaded();
    if (taskIds.isEmpty())
        return false;
    QString reason;
    if (statusNeedsReason(status)) {
        // Ask only when some task would really change.
        bool changes = false;
        for (Id id : taskIds) {
            const PlannedTask *item = m_model->taskAt(m_model->rowOf(id));
            changes = changes || (item && item->state.status != status);
        }
        if (!changes)
            return false;
        m_reasonTaskCount = int(taskIds.size());
        reason = m_reasonProvider ? m_reasonProvider(status).trimmed() : QString();
        if (reason.isEmpty())
            return false;
    }
    return m_model->changeStates(taskIds, tr("Set status"), [&](TaskState &state) {
        if (state.status == status && !statusNeedsReason(status))
            return;
        state.status = status;
        state.reason = reason; // empty for statuses without a reason: a stale reason would mislead
    });
}

bool TasksPage::setPerformerOf(const QList<Id> &taskIds, Id personId)
{
    ensureLoaded();
    return m_model->changeStates(taskIds, tr("Set performer"),
                                 [&](TaskState &state) { state.performerPersonId = personId; });
}

bool TasksPage::editCurrent()
{
    QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return false;
    if (!(current.flags() & Qt::ItemIsEditable)) {
        // Enter or F2 on a read-only cell edits the row's status, the edit users make most.
        current = current.siblingAtColumn(TaskTableModel::StatusColumn);
        if (!(current.flags() & Qt::ItemIsEditable))
            return false;
        m_view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    }
    m_view->edit(current);
    return true;
}

bool TasksPage::eventFilter(QObject *watched, QEvent *event)
{
    // Only while the table itself has focus: keys typed into an open editor belong to the editor.
    if (watched == m_view && event->type() == QEvent::KeyPress && m_view->hasFocus()) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int code = key->key();
        if ((code == Qt::Key_Return || code == Qt::Key_Enter || code == Qt::Key_F2)
            && key->modifiers() == Qt::NoModifier)
            return editCurrent();
    }
    return QWidget::eventFilter(watched, event);
}

bool TasksPage::showTask(Id taskId)
{
    ensureLoaded();
    if (taskId == 0)
        return false;
    if (m_model->rowOf(taskId) < 0 && !m_proxy->showWithdrawn()) {
        const auto task = TaskRepository(m_context.database()).plannedTask(m_context.currentMunicipalityId(), taskId);
        if (task && task->task.isWithdrawn())
            m_filterBar->setShowWithdrawn(true); // reloads with the withdrawn tasks
    }
    const int row = m_model->rowOf(taskId);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, TaskTableModel::KeyColumn));
    if (!index.isValid()) {
        m_filterBar->clearFilters(false);
        index = m_proxy->mapFromSource(m_model->index(row, TaskTableModel::KeyColumn));
    }
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

bool TasksPage::showTasks(const QList<Id> &taskIds)
{
    if (taskIds.isEmpty() || !showTask(taskIds.first()))
        return false;
    if (taskIds.size() > 1)
        restoreSelection(taskIds.first(), taskIds);
    return true;
}

QByteArray TasksPage::saveState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << kStateMagic << kStateVersion << m_view->horizontalHeader()->saveState() << m_splitter->saveState();
    return state;
}

bool TasksPage::restoreState(const QByteArray &state)
{
    QDataStream stream(state);
    stream.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint16 version = 0;
    QByteArray header;
    QByteArray splitter;
    stream >> magic >> version >> header >> splitter;
    if (stream.status() != QDataStream::Ok || magic != kStateMagic || version != kStateVersion)
        return false;
    if (!m_view->horizontalHeader()->restoreState(header))
        return false;
    m_columnsSized = true;
    arrangeSplitter([this, splitter] { m_splitter->restoreState(splitter); });
    m_showDetailAction->setChecked(isDetailPaneShown());
    return true;
}

} // namespace parat
