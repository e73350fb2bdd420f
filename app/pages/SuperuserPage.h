#pragma once

#include "domain/Types.h"

#include <QWidget>

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

    Id currentPersonId() const;
    void selectPerson(Id personId);
    Id currentAllocationId() const;
    void selectAllocation(Id allocationId);

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
    void reload();

private:
    void reloadAllocations();
    void updateButtons();

    AppContext &m_context;
    QStandardItemModel *m_people = nullptr;
    QStandardItemModel *m_allocations = nullptr;
    CapacityGridModel *m_grid = nullptr;
    QTableView *m_peopleView = nullptr;
    QTableView *m_allocationView = nullptr;
    QTableView *m_gridView = nullptr;
    CapacityChartWidget *m_chart = nullptr;
    QListWidget *m_warnings = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_allocationTitle = nullptr;
    QPushButton *m_editDetails = nullptr;
    QPushButton *m_suggest = nullptr;
    QPushButton *m_assign = nullptr;
    QPushButton *m_schoolHolidays = nullptr;
    QPushButton *m_addAllocation = nullptr;
    QPushButton *m_editAllocation = nullptr;
    QPushButton *m_removeAllocation = nullptr;
    bool m_reloading = false;
};

} // namespace parat
