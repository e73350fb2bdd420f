#pragma once

#include "domain/Types.h"

#include <QKeySequence>
#include <QList>
#include <QMainWindow>

class QComboBox;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QToolBar;

namespace parat {

class AppContext;
class Clock;
class Database;
class OverviewPage;
class PeoplePage;
class PersonTasksPane;
class StakeholderPage;
class SuperuserPage;
class CommunicationPlanPage;
class ReportPage;
class FirstRunPage;
class GoLiveReadinessPage;
class RiskLogPage;
class RunbookPage;
class SavedNotice;
class ServerConnectionBar;
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
        Risks,
        Readiness,
        Runbook
    };

    MainWindow(Database &db, const Clock &clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    AppContext &context() const { return *m_context; }
    OverviewPage *overviewPage() const { return m_overview; }
    TasksPage *tasksPage() const { return m_tasks; }
    // The other pages are made when first shown or asked for (these accessors make them): the window's start-up
    // builds only the overview and the task list (whose actions are in the menus). docs/architecture.md "Start-up".
    PeoplePage *peoplePage() const;
    SuperuserPage *superuserPage() const;
    StakeholderPage *stakeholderPage() const;
    CommunicationPlanPage *communicationPage() const;
    ReportPage *reportPage() const;
    RiskLogPage *riskLogPage() const;
    GoLiveReadinessPage *readinessPage() const;
    RunbookPage *runbookPage() const;
    // Whether the page has been made yet (pageMade(Page::Overview) and Page::Tasks always are).
    bool pageMade(Page page) const;
    // "Tasks of a person", docked under the pages (hidden until asked for).
    PersonTasksPane *personTasksPane() const { return m_personTasks; }
    QComboBox *municipalitySwitcher() const { return m_municipalities; }
    // Shown instead of the pages while the plan has no municipality.
    FirstRunPage *firstRunPage() const { return m_firstRun; }
    // Where the status bar says a file was saved.
    SavedNotice *savedNotice() const { return m_savedNotice; }
    void showPage(Page page);
    Page currentPage() const;

    // Every key that undoes / redoes: the platform's standard keys (QKeySequence::Undo / Redo) and
    // Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y everywhere, each once.
    static QList<QKeySequence> undoShortcuts();
    static QList<QKeySequence> redoShortcuts();

    // Closes this window so the application reopens on another database file (see Application.cpp);
    // empty when the user just closed the window.
    QString requestedDatabase() const { return m_requestedDatabase; }
    // Team mode: the password given in File ▸ Connect to server… for requestedDatabase(), in memory only.
    QString requestedPassword() const { return m_requestedPassword; }
    // Team mode: File ▸ Connect to server… (asks, checks the connection, then reopens on the server's plan).
    void connectToServer();
    // The banner of a window on a server when the connection is lost (nullptr for a file).
    ServerConnectionBar *connectionBar() const { return m_connectionBar; }
    // Team mode: "Logged in as USER · ROLE · MUNICIPALITIES" in the status bar (nullptr for a file).
    QLabel *serverRoleLabel() const { return m_roleLabel; }
    void openDatabase(const QString &path);
    // Creates a database file with the sample handbook (and the demo municipality when withDemo) and opens it.
    // Never touches a file that exists. False (with a message) on failure.
    bool newDatabase(const QString &path, bool withDemo = false);
    // Asks for a new file name and opens the demo there.
    void openDemo();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Makes the page in its tab's holder if it is not made yet.
    void makePage(Page page);
    // The page's accessors: made first, then its member.
    template<typename PageType> PageType *madePage(Page page, PageType *const &member) const
    {
        const_cast<MainWindow *>(this)->makePage(page);
        return member;
    }
    // The parts of the constructor, in the order it calls them.
    void createMunicipalityToolbar();
    void createPages();
    void createFirstRunPage();
    void createCentralWidget();
    void createStatusBar();
    void createPersonTasksPane();
    void connectSignals();
    // The menu bar, one menu at a time (made anew on a language change).
    void createMenus();
    QMenu *createFileMenu();
    void addDatabaseActions(QMenu *fileMenu);
    void addImportExportActions(QMenu *fileMenu);
    void addRestoreActions(QMenu *fileMenu);
    QMenu *createEditMenu();
    QMenu *createMunicipalityMenu();
    void createViewMenu();
    void createSettingsMenu();
    void announceSaved(const QString &path);
    void reloadMunicipalities();
    void municipalityChanged(Id municipalityId);
    void updateWindowTitle();
    void updateStatusBar();
    void chooseLanguage(const QString &language);
    void retranslateUi();
    void retranslateFixedTexts();
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
    GoLiveReadinessPage *m_readiness = nullptr;
    RunbookPage *m_runbook = nullptr;
    PersonTasksPane *m_personTasks = nullptr;
    QLabel *m_handbookLabel = nullptr;
    QToolBar *m_toolbar = nullptr;
    QLabel *m_municipalityLabel = nullptr;
    QLabel *m_readOnlyBanner = nullptr;
    QStackedWidget *m_central = nullptr;
    FirstRunPage *m_firstRun = nullptr;
    SavedNotice *m_savedNotice = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_editMunicipality = nullptr;
    QAction *m_removeMunicipality = nullptr;
    QMenu *m_recentMenu = nullptr;
    QString m_requestedDatabase;
    QString m_requestedPassword;
    ServerConnectionBar *m_connectionBar = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_roleLabel = nullptr;
};

} // namespace parat
