#pragma once

#include "domain/Types.h"

#include <QWidget>

#include <functional>
#include <vector>

class QAction;
class QHBoxLayout;
class QMenu;
class QSplitter;
class QTableView;
class QToolButton;

namespace parat {

class AppContext;
class ShowPersonTasks;
class TaskDetailPane;
class TaskFilterBar;
class TaskFilterProxyModel;
class TaskItemDelegate;
class TaskTableModel;

// The task list of the current municipality: the filter bar on top, the table (sorted and filtered by a
// TaskFilterProxyModel) and the TaskDetailPane beside it. Status, responsible and performer are edited in
// place (F2 or Enter); "Set status…" and "Set performer…" change every selected row in one undo step. With a
// read-only database none of that is offered: no cell is editable and the bulk actions are disabled.
//
// The page follows AppContext: it reloads on Database::changed() (keeping the current task, the selection
// and the filters) and on currentMunicipalityChanged() (keeping the current task and the search text,
// clearing the other filters). While it is hidden it only notes that it is out of date and loads when it is
// shown or first asked about its tasks (any accessor below): the window's start-up does not read the tasks of a
// page nobody looks at (docs/architecture.md "Start-up").
class TasksPage : public QWidget
{
    Q_OBJECT
public:
    // Asks for the reason of a status that needs one; an empty string cancels. The default shows a
    // ReasonDialog; tests replace it.
    using ReasonProvider = std::function<QString(Status status)>;

    explicit TasksPage(AppContext &context, QWidget *parent = nullptr);
    ~TasksPage() override;

    // Ctrl+F: focus the search field (the window's Edit menu calls this).
    void focusSearch();
    // Selects the task and scrolls to it, clearing filters that hide it (and showing withdrawn tasks when
    // it is withdrawn). False when the municipality has no such task.
    bool showTask(Id taskId);
    // showTask() for the first, then selects all of them that are listed (an undone bulk edit, say).
    bool showTasks(const QList<Id> &taskIds);

    Id currentTaskId() const;
    // The current task's performer, else its responsible; 0 when it names nobody.
    Id currentTaskPersonId() const;
    // "Show tasks of <name>" for currentTaskPersonId() (Ctrl+Shift+O).
    ShowPersonTasks *showTasks() const { return m_showTasks; }
    QList<Id> selectedTaskIds() const;
    // The tasks the filter shows, in the table's order.
    QList<PlannedTask> filteredTasks() const;
    // File ▸ Export tasks to Excel: filteredTasks() as a workbook (SpreadsheetExport). Returns the file written,
    // empty when cancelled or refused.
    QString exportToExcel();

    // Bulk edits of the selected rows: one SetTaskStates command for all of them ("Set status of 5 tasks").
    // A status that needs a reason asks once for all. False when nothing changed (cancelled, no selection,
    // or the command failed).
    bool setStatusOfSelection(Status status);
    bool setPerformerOfSelection(Id personId);
    bool setStatusOf(const QList<Id> &taskIds, Status status);
    bool setPerformerOf(const QList<Id> &taskIds, Id personId);

    void setReasonProvider(ReasonProvider provider) { m_reasonProvider = std::move(provider); }

    // Column widths and order, sort column and the splitter, for the window to persist.
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

    // Reloads the tasks from the database keeping the current task, the selection and the filters: at once while
    // the page is visible, otherwise when it is next shown or asked about its tasks.
    void reload();
    // False while the page waits to load (hidden since its tasks last changed). The accessors load it first.
    bool isLoaded() const { return !m_stale; }

    TaskTableModel *model() const;
    TaskFilterProxyModel *proxy() const;
    QTableView *view() const;
    TaskFilterBar *filterBar() const;
    TaskDetailPane *detailPane() const;
    // Whether the detail pane exists yet: it is made when the page is first shown, or when something needs it
    // (detailPane(), a current row, showing it with setDetailPaneShown).
    bool detailPaneMade() const;
    QAction *setStatusAction() const { return m_setStatusAction; }
    QAction *setPerformerAction() const { return m_setPerformerAction; }
    // Checked while the detail pane is shown (Ctrl+Shift+D); unchecked collapses it so the list gets the
    // whole width. The splitter's state, and so this, is part of saveState().
    QAction *showDetailAction() const { return m_showDetailAction; }
    void setDetailPaneShown(bool shown);
    // Makes the detail pane before the page is first laid out to be shown, so the splitter shares its width between
    // the list and the pane itself (an empty holder has other size hints, and the list would get another width).
    void setVisible(bool visible) override;
    bool isDetailPaneShown() const;

signals:
    void currentTaskChanged(parat::Id taskId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // The parts of the constructor, in the order it calls them.
    void createModels();
    void createBulkActions();
    QHBoxLayout *buildActionRow();
    void buildTable();
    void buildSplitter();
    void addDetailToggle(QHBoxLayout *actions);
    void connectSignals();
    void retranslateFixedTexts();
    // reload() now, whether shown or not.
    void load();
    // load() if the page waits to load.
    void ensureLoaded() const;
    // The detail pane, made in its holder's place in the splitter the first time it is needed.
    TaskDetailPane *makeDetailPane();
    // Does step to the splitter now, and again once the pane is made if it is not made yet.
    void arrangeSplitter(const std::function<void()> &step);
    void municipalityChanged();
    void currentRowChanged();
    void updateActions();
    void rebuildPerformerMenu();
    void showContextMenu(const QPoint &pos);
    void popupAtCurrent(QMenu *menu);
    void restoreSelection(Id current, const QList<Id> &selected);
    bool editCurrent();

    AppContext &m_context;
    TaskTableModel *m_model = nullptr;
    TaskFilterProxyModel *m_proxy = nullptr;
    TaskFilterBar *m_filterBar = nullptr;
    QTableView *m_view = nullptr;
    TaskItemDelegate *m_delegate = nullptr;
    TaskDetailPane *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QMenu *m_statusMenu = nullptr;
    QMenu *m_performerMenu = nullptr;
    QAction *m_setStatusAction = nullptr;
    QAction *m_setPerformerAction = nullptr;
    QAction *m_showDetailAction = nullptr;
    ShowPersonTasks *m_showTasks = nullptr;
    int m_detailWidth = 0; // the pane's width before it was collapsed
    std::vector<std::function<void()>> m_splitterSteps; // done to the splitter before the pane was made
    QToolButton *m_statusButton = nullptr;
    QToolButton *m_performerButton = nullptr;
    ReasonProvider m_reasonProvider;
    int m_reasonTaskCount = 1; // tasks the reason asked for will apply to
    bool m_modelWasReset = false;
    bool m_reloading = false; // the list's current row moves because rows change, not because the user moved it
    bool m_reloadPending = false;
    bool m_stale = true; // the tasks are to be loaded before they are shown or used
    bool m_columnsSized = false;
};

} // namespace parat
