#pragma once

#include "domain/Types.h"

#include <QMainWindow>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace parat {

class Clock;
class Database;
class TaskTableModel;

// The main window: the current municipality's tasks with go-live, weeks to go and the traffic light.
// (The full planner — overview, filters, detail pane, editing — grows from here.)
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Database &db, const Clock &clock, QWidget *parent = nullptr);

    void showMunicipality(Id municipalityId);
    Id currentMunicipalityId() const;
    TaskTableModel *taskModel() const { return m_tasks; }
    QSortFilterProxyModel *taskProxy() const { return m_proxy; }

private:
    void reloadMunicipalities();
    void updateSummary();
    void showAbout();

    Database &m_db;
    const Clock &m_clock;
    QComboBox *m_municipalities = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_light = nullptr;
    QTableView *m_view = nullptr;
    TaskTableModel *m_tasks = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
};

} // namespace parat
