#pragma once

#include "domain/Types.h"

#include <QKeySequence>
#include <QList>
#include <QMainWindow>

class QComboBox;
class QLabel;
class QMenu;
class QTabWidget;

namespace parat {

class AppContext;
class Clock;
class Database;
class OverviewPage;
class PeoplePage;
class StakeholderPage;
class SuperuserPage;
class CommunicationPlanPage;
class ReportPage;
class RiskLogPage;
class TasksPage;

// The planner window: a municipality switcher, the overview (start page), the task list with its detail
// pane, and the people of the municipality; menus for import, restore points, municipalities, undo/redo
// and language. Reopens where the user left off (municipality, window layout, task columns).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page
    {
        Overview,
        Tasks,
        People,
        Superusers,
        Stakeholders,
        Communication,
        Report,
        Risks
    };

    MainWindow(Database &db, const Clock &clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    AppContext &context() const { return *m_context; }
    OverviewPage *overviewPage() const { return m_overview; }
    TasksPage *tasksPage() const { return m_tasks; }
    PeoplePage *peoplePage() const { return m_people; }
    SuperuserPage *superuserPage() const { return m_superusers; }
    StakeholderPage *stakeholderPage() const { return m_stakeholders; }
    CommunicationPlanPage *communicationPage() const { return m_communication; }
    ReportPage *reportPage() const { return m_report; }
    RiskLogPage *riskLogPage() const { return m_riskLog; }
    QComboBox *municipalitySwitcher() const { return m_municipalities; }
    void showPage(Page page);
    Page currentPage() const;

    // Every key that undoes / redoes: the platform's standard keys (QKeySequence::Undo / Redo) and
    // Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y everywhere, each once.
    static QList<QKeySequence> undoShortcuts();
    static QList<QKeySequence> redoShortcuts();

    // Closes this window so the application reopens on another database file (see Application.cpp);
    // empty when the user just closed the window.
    QString requestedDatabase() const { return m_requestedDatabase; }
    void openDatabase(const QString &path);
    // Creates a database file with the sample handbook and opens it. False (with a message) on failure.
    bool newDatabase(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void reloadMunicipalities();
    void municipalityChanged(Id municipalityId);
    void updateWindowTitle();
    void updateStatusBar();
    void chooseLanguage(const QString &language);
    void saveSettings();
    void restoreSettings();
    void showAbout();
    void rebuildRecentMenu();

    Database &m_db;
    AppContext *m_context = nullptr;
    QComboBox *m_municipalities = nullptr;
    QTabWidget *m_pages = nullptr;
    OverviewPage *m_overview = nullptr;
    TasksPage *m_tasks = nullptr;
    PeoplePage *m_people = nullptr;
    SuperuserPage *m_superusers = nullptr;
    StakeholderPage *m_stakeholders = nullptr;
    CommunicationPlanPage *m_communication = nullptr;
    ReportPage *m_report = nullptr;
    RiskLogPage *m_riskLog = nullptr;
    QLabel *m_handbookLabel = nullptr;
    QAction *m_editMunicipality = nullptr;
    QAction *m_removeMunicipality = nullptr;
    QMenu *m_recentMenu = nullptr;
    QString m_requestedDatabase;
};

} // namespace parat
