#pragma once

#include "domain/Superuser.h"
#include "domain/Types.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace parat {

class AppContext;
class CapacityChartWidget;
class CapacityGridModel;
class ShowPersonTasks;

// Superusers and hours of the current municipality: the people with their superuser details, the allocation
// periods of the selected person, the weekly grid (people × weeks, allocated/needed, tooltips with the tasks), the
// chart of total allocated against needed hours, and the warnings with their reasons. Every change is an undo
// command through AppContext::push(); the page reloads on Database::changed(), keeping the selected person,
// allocation and grid cell.
class SuperuserPage : public QWidget
{
    Q_OBJECT
public:
    explicit SuperuserPage(AppContext &context, QWidget *parent = nullptr);
    ~SuperuserPage() override;

    QTableView *peopleView() const { return m_peopleView; }
    QTableView *allocationView() const { return m_allocationView; }
    QTableView *gridView() const { return m_gridView; }
    CapacityGridModel *gridModel() const { return m_grid; }
    CapacityChartWidget *chart() const { return m_chart; }
    QListWidget *warningList() const { return m_warnings; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *gridLegend() const { return m_gridLegend; }
    QPushButton *exportGridButton() const { return m_exportGrid; }

    Id currentPersonId() const;
    // "Show tasks of <name>" for the selected person (Ctrl+Shift+O).
    ShowPersonTasks *showTasks() const { return m_showTasks; }
    void selectPerson(Id personId);
    Id currentAllocationId() const;
    void selectAllocation(Id allocationId);

signals:
    void gridExported(const QString &path);

public slots:
    void editDetails();
    void addAllocation();
    void editAllocation();
    void removeAllocation();
    // Asks, then replaces the selected person's hours (or every superuser's when none is selected) with the
    // suggested plan.
    void applySuggestedPlan();
    void assignPerformers();
    // Edits the municipality's school-holiday weeks (one undo step).
    void editSchoolHolidays();
    // The grid's hours per person and week as an Excel workbook; gridExported() names the file.
    void exportGrid();
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    // The parts of the constructor.
    QWidget *buildPeoplePane();
    QWidget *buildAllocationPane();
    void buildCapacityTabs();
    void connectSignals();
    void retranslateFixedTexts();
    int fillPeople(const QList<Person> &people, const QHash<Id, SuperuserDetails> &details);
    void showWarnings(const QList<CapacityWarning> &warnings);
    // The current municipality when the window may edit it.
    std::optional<Municipality> municipalityToEdit() const;
    void reloadAllocations();
    // Scrolls the grid so this week is in view (with a little of the weeks before it); waits until the grid
    // is shown, because a hidden view has no width to scroll in.
    void scrollGridToNow();
    void fitWeekColumns();
    void updateButtons();

    AppContext &m_context;
    QStandardItemModel *m_people = nullptr;
    QLabel *m_peopleTitle = nullptr;
    QStandardItemModel *m_allocations = nullptr;
    CapacityGridModel *m_grid = nullptr;
    QTableView *m_peopleView = nullptr;
    QTableView *m_allocationView = nullptr;
    QTableView *m_gridView = nullptr;
    QLabel *m_gridLegend = nullptr;
    bool m_scrollToNowPending = false;
    CapacityChartWidget *m_chart = nullptr;
    QListWidget *m_warnings = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_allocationTitle = nullptr;
    QPushButton *m_editDetails = nullptr;
    QPushButton *m_suggest = nullptr;
    QPushButton *m_assign = nullptr;
    ShowPersonTasks *m_showTasks = nullptr;
    QPushButton *m_schoolHolidays = nullptr;
    QPushButton *m_exportGrid = nullptr;
    QPushButton *m_addAllocation = nullptr;
    QPushButton *m_editAllocation = nullptr;
    QPushButton *m_removeAllocation = nullptr;
    bool m_reloading = false;
};

} // namespace parat
