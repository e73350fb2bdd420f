#include "MainWindow.h"

#include "Accessibility.h"
#include "AppContext.h"
#include "CalendarExportDialog.h"
#include "CommunicationPlanPage.h"
#include "Dialogs.h"
#include "FirstRunPage.h"
#include "GoLiveReadinessPage.h"
#include "ImportDialog.h"
#include "MunicipalityDialog.h"
#include "OpenDatabase.h"
#include "OverviewPage.h"
#include "PeoplePage.h"
#include "PersonTasksPane.h"
#include "ReportPage.h"
#include "RestorePointsDialog.h"
#include "RiskLogPage.h"
#include "RunbookPage.h"
#include "SavedNotice.h"
#include "ServerBackupDialog.h"
#include "ServerConnectDialog.h"
#include "ServerConnectionBar.h"
#include "Settings.h"
#include "SpreadsheetExport.h"
#include "StakeholderPage.h"
#include "StatusImportDialog.h"
#include "SuperuserPage.h"
#include "TaskSheetDialog.h"
#include "TasksPage.h"
#include "UndoNavigation.h"

#include "demo/DemoBuilder.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "report/ReportSections.h"
#include "services/SampleHandbook.h"
#include "storage/Database.h"
#include "storage/HandbookRepository.h"
#include "storage/MunicipalityRepository.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace parat {

namespace {

// Ctrl+1 … Ctrl+9 turn to the first nine pages, Ctrl+0 to the tenth (the order of the digit row).
QKeySequence pageShortcut(int index)
{
    return QKeySequence(Qt::CTRL | (index < 9 ? Qt::Key_1 + index : Qt::Key_0));
}

// The platform's own keys first (the first one is what the menu shows), then the ones users bring from
// other platforms; a key listed twice would make Qt refuse it as an ambiguous shortcut.
QList<QKeySequence> keysOnce(QList<QKeySequence> keys)
{
    QList<QKeySequence> once;
    for (const QKeySequence &key : keys) {
        if (!key.isEmpty() && !once.contains(key))
            once.append(key);
    }
    return once;
}

} // namespace

QList<QKeySequence> MainWindow::undoShortcuts()
{
    return keysOnce(QKeySequence::keyBindings(QKeySequence::Undo) << QKeySequence(Qt::CTRL | Qt::Key_Z));
}

QList<QKeySequence> MainWindow::redoShortcuts()
{
    return keysOnce(QKeySequence::keyBindings(QKeySequence::Redo)
                    << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z) << QKeySequence(Qt::CTRL | Qt::Key_Y));
}

MainWindow::MainWindow(Database &db, const Clock &clock, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_context(new AppContext(db, clock, this))
{
    resize(1280, 820);

    createMunicipalityToolbar();
    createPages();
    createFirstRunPage();
    createCentralWidget();

    // The file's integrity check runs beside the opening window (OpenDatabase): damage it finds is said at once,
    // not first at an edit that is refused.
    connect(&m_db, &Database::damageFound, this, [this] { Dialogs::error(this, m_db.damageMessage()); });
    // So is the day's restore point: when it cannot be taken the user is told, and writes go on.
    connect(&m_db, &Database::dailyRestorePointFailed, this, [this](const QString &error) {
        Dialogs::error(this, OpenDatabase::dailyRestorePointFailedMessage(error));
    });

    createStatusBar();
    createPersonTasksPane();

    createMenus();
    retranslateFixedTexts();

    connectSignals();

    restoreSettings();
    reloadMunicipalities();
    updateStatusBar();
}

void MainWindow::createMunicipalityToolbar()
{
    auto *toolbar = addToolBar(tr("Municipality"));
    toolbar->setObjectName(QStringLiteral("municipalityToolbar"));
    toolbar->setMovable(false);
    m_toolbar = toolbar;
    auto *municipalityLabel = new QLabel(toolbar);
    m_municipalityLabel = municipalityLabel;
    municipalityLabel->setContentsMargins(4, 0, 4, 0);
    m_municipalities = new QComboBox(toolbar);
    m_municipalities->setMinimumContentsLength(22);
    m_municipalities->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    municipalityLabel->setBuddy(m_municipalities);
    toolbar->addWidget(municipalityLabel);
    toolbar->addWidget(m_municipalities);
}

void MainWindow::createPages()
{
    m_pages = new PageTabWidget(this);
    m_pages->setDocumentMode(true);
    m_overview = new OverviewPage(*m_context, m_pages);
    m_tasks = new TasksPage(*m_context, m_pages);
    // The other pages are made when first shown (or asked for): each tab holds an empty holder until then, so the
    // window's first paint does not wait for eight pages nobody looks at yet. Tabs in the order of Page.
    // Titles come from retranslateFixedTexts(), so a language change renames the tabs too.
    for (int index = 0; index <= int(Page::Runbook); ++index) {
        QWidget *page = index == int(Page::Overview) ? static_cast<QWidget *>(m_overview)
            : index == int(Page::Tasks)              ? static_cast<QWidget *>(m_tasks)
                                                     : new QWidget(m_pages);
        if (index > int(Page::Tasks))
            (new QVBoxLayout(page))->setContentsMargins(0, 0, 0, 0);
        m_pages->addTab(page, QString());
        m_pages->setTabToolTip(index, pageShortcut(index).toString(QKeySequence::NativeText));
    }
    connect(m_pages, &QTabWidget::currentChanged, this, [this](int index) { makePage(Page(index)); });
}

void MainWindow::createFirstRunPage()
{
    // An empty plan shows how to start instead of empty pages.
    m_firstRun = new FirstRunPage(this);
    m_central = new QStackedWidget(this);
    m_central->addWidget(m_pages);
    m_central->addWidget(m_firstRun);
    connect(m_firstRun, &FirstRunPage::addMunicipalityRequested, this, [this] {
        if (m_context->canEdit())
            MunicipalityDialog::addMunicipality(*m_context, this);
    });
    connect(m_firstRun, &FirstRunPage::importHandbookRequested, this, [this] {
        if (m_context->canAdminister())
            ImportDialog::run(*m_context, this);
    });
    connect(m_firstRun, &FirstRunPage::openDemoRequested, this, &MainWindow::openDemo);
    m_context->setEditEnabled(m_firstRun->addMunicipalityButton());
    m_context->setAdminEnabled(m_firstRun->importHandbookButton()); // the handbook is the administrator's
}

// The pages and the first-run page in one stack, under a banner on a server (connection lost) or a read-only file.
void MainWindow::createCentralWidget()
{
    if (m_db.isServer()) {
        // Team mode: a banner that shows while the connection to the server is lost (read-only, reconnecting).
        auto *central = new QWidget(this);
        auto *layout = new QVBoxLayout(central);
        layout->setContentsMargins(0, 0, 0, 0);
        m_connectionBar = new ServerConnectionBar(m_db, central);
        m_connectionBar->followPendingEdits(*m_context); // an edit the loss kept is offered again there
        layout->addWidget(m_connectionBar);
        layout->addWidget(m_central, 1);
        setCentralWidget(central);
    } else if (m_db.isReadOnly()) {
        // Say it where the user looks, not only when an edit fails.
        auto *central = new QWidget(this);
        auto *layout = new QVBoxLayout(central);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *banner = new QLabel(central);
        m_readOnlyBanner = banner;
        banner->setObjectName(QStringLiteral("readOnlyBanner"));
        banner->setWordWrap(true);
        banner->setFrameShape(QFrame::StyledPanel);
        banner->setMargin(8);
        banner->setAutoFillBackground(true);
        banner->setBackgroundRole(QPalette::ToolTipBase);
        banner->setForegroundRole(QPalette::ToolTipText);
        layout->addWidget(banner);
        layout->addWidget(m_central, 1);
        setCentralWidget(central);
    } else {
        setCentralWidget(m_central);
    }
}

void MainWindow::createStatusBar()
{
    m_handbookLabel = new QLabel(this);
    if (m_db.isServer()) {
        m_serverLabel = new QLabel(this);
        m_serverLabel->setObjectName(QStringLiteral("serverAddressLabel"));
        statusBar()->addPermanentWidget(m_serverLabel);
        // Team mode: who the window is logged in as, the role and its municipalities.
        m_roleLabel = new QLabel(this);
        m_roleLabel->setObjectName(QStringLiteral("serverRoleLabel"));
        statusBar()->addPermanentWidget(m_roleLabel);
    }
    statusBar()->addPermanentWidget(m_handbookLabel);
    m_savedNotice = new SavedNotice(statusBar());
}

void MainWindow::createPersonTasksPane()
{
    m_personTasks = new PersonTasksPane(*m_context, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_personTasks); // the whole width: its groups' hours in one line
    m_personTasks->hide();
    connect(m_context, &AppContext::personTasksRequested, this, [this](Id personId) {
        const bool opening = m_personTasks->isHidden();
        m_personTasks->showPerson(personId);
        if (opening && !m_personTasks->isFloating() && dockWidgetArea(m_personTasks) == Qt::BottomDockWidgetArea)
            resizeDocks({m_personTasks}, {std::max(220, height() * 2 / 5)}, Qt::Vertical);
    });
    connect(m_personTasks, &PersonTasksPane::sheetsSaved, m_savedNotice, &SavedNotice::announce);
}

void MainWindow::connectSignals()
{
    connect(m_municipalities, &QComboBox::activated, this,
            [this] { m_context->setCurrentMunicipalityId(m_municipalities->currentData().toLongLong()); });
    connect(m_context, &AppContext::currentMunicipalityChanged, this, &MainWindow::municipalityChanged);
    connect(m_context, &AppContext::openTaskRequested, this, [this](Id taskId) {
        showPage(Page::Tasks);
        m_tasks->showTask(taskId);
        m_tasks->view()->setFocus(Qt::OtherFocusReason);
    });
    connect(&m_db, &Database::changed, this, [this] {
        // An undone "add municipality" or a restore can take the current municipality away.
        MunicipalityDialog::ensureCurrentMunicipality(*m_context);
        reloadMunicipalities();
        updateStatusBar();
    });

    // Team mode: a grant or revoke (or a role found changed after a reconnect) shows at once; the controls switched.
    connect(m_context, &AppContext::accessChanged, this, [this] {
        updateStatusBar();
        if (m_roleLabel)
            statusBar()->showMessage(tr("Your access on the server changed: %1").arg(m_roleLabel->text()), 15000);
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    auto *fileMenu = createFileMenu();
    auto *editMenu = createEditMenu();
    auto *municipalityMenu = createMunicipalityMenu();
    if (!m_context->canEdit() || m_db.isServer()) {
        // Disabled actions say why (the refusal is their tooltip), on a server also when the connection goes later.
        for (QMenu *menu : {fileMenu, editMenu, municipalityMenu})
            menu->setToolTipsVisible(true);
    }

    createViewMenu();
    createSettingsMenu();

    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Parat"), this, &MainWindow::showAbout);
}

QMenu *MainWindow::createFileMenu()
{
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    addDatabaseActions(fileMenu);
    fileMenu->addSeparator();
    addImportExportActions(fileMenu);
    fileMenu->addSeparator();
    addRestoreActions(fileMenu);
    fileMenu->addSeparator();
    auto *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    return fileMenu;
}

// In the status bar when a file was written (the path is empty when the user cancelled).
void MainWindow::announceSaved(const QString &path)
{
    if (!path.isEmpty())
        m_savedNotice->announce(path);
}

// New, open, open recent and connect to server.
void MainWindow::addDatabaseActions(QMenu *fileMenu)
{
    auto *newDb = fileMenu->addAction(tr("&New database…"), this, [this] {
        const QString path = Dialogs::saveFileName(this, tr("New database"), tr("plan.parat"),
                                                   tr("Parat databases (*.parat *.sqlite)"));
        if (!path.isEmpty())
            newDatabase(path);
    });
    newDb->setShortcut(QKeySequence::New);
    auto *openDb = fileMenu->addAction(tr("&Open database…"), this, [this] {
        const QString path
            = Dialogs::openFileName(this, tr("Open database"), tr("Parat databases (*.parat *.sqlite);;All files (*)"));
        if (!path.isEmpty())
            openDatabase(path);
    });
    openDb->setShortcut(QKeySequence::Open);
    m_recentMenu = fileMenu->addMenu(tr("Open &recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    fileMenu->addAction(tr("Connect to &server…"), this, &MainWindow::connectToServer)
        ->setObjectName(QStringLiteral("connectServerAction"));
}

// The handbook import, reports, calendar, task sheets, spreadsheets and the status import.
void MainWindow::addImportExportActions(QMenu *fileMenu)
{
    auto *import = fileMenu->addAction(tr("&Import handbook…"), this, [this] {
        if (m_context->canAdminister())
            ImportDialog::run(*m_context, this);
    });
    import->setObjectName(QStringLiteral("importHandbookAction"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_context->setAdminEnabled(import); // on a server an editor may not change the handbook
    auto *print = fileMenu->addAction(tr("&Print status report…"), this, [this] {
        showPage(Page::Report);
        reportPage()->printReport();
    });
    print->setShortcut(QKeySequence::Print);
    fileMenu->addAction(tr("Save status report as P&DF…"), this, [this] {
        showPage(Page::Report);
        reportPage()->savePdf();
    });
    fileMenu->addAction(tr("Export reports for &all municipalities…"), this, [this] {
        showPage(Page::Report);
        reportPage()->exportAll();
    });
    fileMenu
        ->addAction(tr("Export &calendar (iCalendar)…"), this,
                    [this] { announceSaved(CalendarExportDialog::run(*m_context, this)); })
        ->setObjectName(QStringLiteral("exportCalendarAction"));
    fileMenu
        ->addAction(tr("Write task &sheets (PDF)…"), this,
                    [this] {
                        for (const QString &path : TaskSheetDialog::run(*m_context, this, m_personTasks->personId()))
                            m_savedNotice->announce(path);
                    })
        ->setObjectName(QStringLiteral("taskSheetsAction"));
    fileMenu
        ->addAction(tr("Export &tasks to Excel…"), this,
                    [this] {
                        // The Tasks page's rows as its filter shows them.
                        announceSaved(m_tasks->exportToExcel());
                    })
        ->setObjectName(QStringLiteral("exportTasksExcelAction"));
    fileMenu
        ->addAction(tr("Export &status sheet…"), this,
                    [this] { announceSaved(SpreadsheetExport::exportStatusSheet(*m_context, this)); })
        ->setObjectName(QStringLiteral("exportStatusSheetAction"));
    auto *importStatuses = fileMenu->addAction(tr("Import stat&uses…"), this, [this] {
        if (m_context->canEdit())
            StatusImportDialog::run(*m_context, this);
    });
    importStatuses->setObjectName(QStringLiteral("importStatusesAction"));
    m_context->setEditEnabled(importStatuses);
}

// Restore points of a file; on a server its backups instead.
void MainWindow::addRestoreActions(QMenu *fileMenu)
{
    // Open in a read-only window too: the list can be viewed; taking and restoring are disabled in the dialog.
    auto *restorePoints
        = fileMenu->addAction(tr("Restore &points…"), this, [this] { RestorePointsDialog::run(*m_context, this); });
    restorePoints->setObjectName(QStringLiteral("restorePointsAction"));
    if (m_db.isServer()) {
        // Restore points are copies of a file; a server's plan is copied with parat copy (docs/team-mode.md).
        restorePoints->setEnabled(false);
        const QString why = tr("Restore points are copies of a database file; this plan is on a server. Take a copy "
                               "of it with: parat copy %1 FILE")
                                .arg(m_db.path());
        restorePoints->setToolTip(why);
        restorePoints->setStatusTip(why);
        fileMenu->setToolTipsVisible(true);
        // Its backups instead: a verified copy in a file, and putting one back (an administrator's action).
        auto *backup = fileMenu->addAction(tr("&Back up the plan to a file…"), this,
                                           [this] { ServerBackupDialog::save(*m_context, this); });
        backup->setObjectName(QStringLiteral("backupPlanAction"));
        auto *restore = fileMenu->addAction(tr("Restore the plan from a bac&kup…"), this, [this] {
            if (m_context->canAdminister())
                ServerBackupDialog::restore(*m_context, this);
        });
        restore->setObjectName(QStringLiteral("restorePlanAction"));
        m_context->setAdminEnabled(restore);
    }
}

QMenu *MainWindow::createEditMenu()
{
    auto *editMenu = menuBar()->addMenu(tr("&Edit"));
    // Undo and redo show the change they make and ask before removing much (UndoNavigation).
    // Made anew with the menus (on a language change too); the old pair must not linger with the same keys.
    delete m_undoAction;
    delete m_redoAction;
    m_undoAction = UndoNavigation::createAction(*this, true);
    m_redoAction = UndoNavigation::createAction(*this, false);
    editMenu->addAction(m_undoAction);
    editMenu->addAction(m_redoAction);
    editMenu->addSeparator();
    auto *find = editMenu->addAction(tr("&Find task"), this, [this] {
        showPage(Page::Tasks);
        m_tasks->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    editMenu->addSeparator();
    editMenu->addAction(m_tasks->setStatusAction());
    editMenu->addAction(m_tasks->setPerformerAction());
    return editMenu;
}

QMenu *MainWindow::createMunicipalityMenu()
{
    auto *municipalityMenu = menuBar()->addMenu(tr("&Municipality"));
    auto *addMunicipality = municipalityMenu->addAction(tr("&Add municipality…"), this, [this] {
        if (m_context->canEdit())
            MunicipalityDialog::addMunicipality(*m_context, this);
    });
    addMunicipality->setObjectName(QStringLiteral("addMunicipalityAction"));
    // On a server an editor limited to some municipalities cannot add one (it would not be among theirs).
    if (m_context->access().allMunicipalities)
        m_context->setEditEnabled(addMunicipality);
    else
        m_context->setAdminEnabled(addMunicipality);
    m_editMunicipality = municipalityMenu->addAction(tr("&Edit municipality…"), this, [this] {
        if (m_context->canEdit())
            MunicipalityDialog::editMunicipality(*m_context, m_context->currentMunicipalityId(), this);
    });
    m_editMunicipality->setObjectName(QStringLiteral("editMunicipalityAction"));
    m_removeMunicipality = municipalityMenu->addAction(tr("&Remove municipality…"), this, [this] {
        if (m_context->access().allMunicipalities ? m_context->canEdit() : m_context->canAdminister())
            MunicipalityDialog::removeMunicipality(*m_context, m_context->currentMunicipalityId(), this);
    });
    m_removeMunicipality->setObjectName(QStringLiteral("removeMunicipalityAction"));
    return municipalityMenu;
}

void MainWindow::createViewMenu()
{
    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    const QList<std::pair<QString, Page>> pages {{tr("&Overview"), Page::Overview},
                                                 {tr("&Tasks"), Page::Tasks},
                                                 {tr("&People"), Page::People},
                                                 {tr("S&uperusers and hours"), Page::Superusers},
                                                 {tr("Sta&keholders"), Page::Stakeholders},
                                                 {tr("&Communication plan"), Page::Communication},
                                                 {tr("&Report"), Page::Report},
                                                 {tr("Risks &and decisions"), Page::Risks},
                                                 {tr("&Go-live readiness"), Page::Readiness},
                                                 {tr("Run&book"), Page::Runbook}};
    int index = 0;
    for (const auto &[title, page] : pages) {
        auto *action = viewMenu->addAction(title, this, [this, page = page] { showPage(page); });
        action->setShortcut(pageShortcut(index++));
    }
    // Ctrl+Tab turns the page too (the tab widget's own key); these also work where Ctrl+Tab is taken.
    viewMenu->addSeparator();
    auto *nextPage = viewMenu->addAction(
        tr("Ne&xt page"), this, [this] { m_pages->setCurrentIndex((m_pages->currentIndex() + 1) % m_pages->count()); });
    nextPage->setObjectName(QStringLiteral("nextPageAction"));
    nextPage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    auto *previousPage = viewMenu->addAction(tr("Pre&vious page"), this, [this] {
        m_pages->setCurrentIndex((m_pages->currentIndex() + m_pages->count() - 1) % m_pages->count());
    });
    previousPage->setObjectName(QStringLiteral("previousPageAction"));
    previousPage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    viewMenu->addAction(m_tasks->showDetailAction());
    viewMenu->addAction(m_personTasks->toggleViewAction());

    auto *stakeholderMenu = viewMenu->addMenu(tr("Stakeholder &map"));
    stakeholderMenu->addAction(tr("&Export map as PNG…"), this, [this] { stakeholderPage()->exportMap(); });
    stakeholderMenu->addAction(tr("&Print map…"), this, [this] { stakeholderPage()->printMap(); });
}

void MainWindow::createSettingsMenu()
{
    auto *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    auto *languageMenu = settingsMenu->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(languageMenu);
    const QString chosen = Settings().language();
    const QList<std::pair<QString, QString>> options {{QString(), tr("&System language")},
                                                      {QStringLiteral("da"), QStringLiteral("&Dansk")},
                                                      {QStringLiteral("en"), QStringLiteral("&English")}};
    for (const auto &[code, name] : options) {
        auto *action = languageMenu->addAction(name, this, [this, code = code] { chooseLanguage(code); });
        action->setObjectName(
            QStringLiteral("languageAction_%1").arg(code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == chosen);
        languages->addAction(action);
    }
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Settings().recentDatabases();
    int number = 1;
    for (const QString &path : recent) {
        const bool server = Database::isServerUrl(path); // remembered without a password
        if (server ? path == m_db.path()
                   : QFileInfo(path).absoluteFilePath() == QFileInfo(m_db.path()).absoluteFilePath())
            continue;
        const QString text = QStringLiteral("&%1 %2").arg(number++).arg(server ? path : QDir::toNativeSeparators(path));
        auto *action = m_recentMenu->addAction(text, this, [this, path] { openDatabase(path); });
        action->setEnabled(server || QFileInfo::exists(path));
    }
    if (m_recentMenu->isEmpty())
        m_recentMenu->addAction(tr("No other databases opened yet"))->setEnabled(false);
}

void MainWindow::openDatabase(const QString &path)
{
    if (Database::isServerUrl(path)) {
        if (path == m_db.path())
            return; // already open here
        // Check it first (asking for a password when the server wants one), so the current plan stays on failure.
        Database probe;
        QString opened;
        QString password;
        if (!OpenDatabase::openServer(probe, path, QString(), this, &opened, &password))
            return;
        m_requestedDatabase = opened;
        m_requestedPassword = password;
        close();
        return;
    }
    // Check it first, so a wrong file gives a message here and the current database stays open.
    const bool exists = QFileInfo::exists(path);
    if (!exists) {
        Dialogs::error(this, tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_db.path()).absoluteFilePath())
        return; // already open here
    {
        Database probe;
        QString error;
        if (!probe.open(path, &error) && probe.openProblem() != Database::OpenProblem::Locked
            && probe.openProblem() != Database::OpenProblem::Damaged) {
            Dialogs::error(this, error); // nothing to offer: say why and stay
            return;
        }
    }
    m_requestedDatabase = QFileInfo(path).absoluteFilePath();
    close();
}

bool MainWindow::newDatabase(const QString &path, bool withDemo)
{
    if (QFileInfo::exists(path)) {
        Dialogs::error(this,
                       tr("%1 already exists. Choose a new file name, or open it with File ▸ Open database.")
                           .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    {
        Database created;
        QString error;
        if (!created.open(path, &error) || !SampleHandbook::importInto(created, m_context->clock(), nullptr, &error)
            || (withDemo && !DemoBuilder(created).build(m_context->clock().today(), nullptr, &error))) {
            Dialogs::error(this, error);
            return false;
        }
    }
    openDatabase(path);
    return true;
}

void MainWindow::connectToServer()
{
    QString address;
    QString password;
    if (!ServerConnectDialog::ask(this, &address, &password, m_db.isServer() ? m_db.path() : QString()))
        return;
    Database probe;
    QString opened;
    if (!OpenDatabase::openServer(probe, address, password, this, &opened, &password))
        return;
    if (opened == m_db.path())
        return;
    m_requestedDatabase = opened;
    m_requestedPassword = password;
    close();
}

void MainWindow::showPage(Page page)
{
    makePage(page);
    m_pages->setCurrentIndex(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    const int index = m_pages->currentIndex();
    return index > 0 && index <= int(Page::Runbook) ? Page(index) : Page::Overview;
}

bool MainWindow::pageMade(Page page) const
{
    switch (page) {
    case Page::Overview:
    case Page::Tasks:
        return true;
    case Page::People:
        return m_people;
    case Page::Superusers:
        return m_superusers;
    case Page::Stakeholders:
        return m_stakeholders;
    case Page::Communication:
        return m_communication;
    case Page::Report:
        return m_report;
    case Page::Risks:
        return m_riskLog;
    case Page::Readiness:
        return m_readiness;
    case Page::Runbook:
        return m_runbook;
    }
    return false;
}

void MainWindow::makePage(Page page)
{
    if (pageMade(page))
        return;
    QWidget *holder = m_pages->widget(int(page));
    QWidget *made = nullptr;
    switch (page) {
    case Page::Overview:
    case Page::Tasks:
        return;
    case Page::People:
        made = m_people = new PeoplePage(*m_context, holder);
        break;
    case Page::Superusers:
        made = m_superusers = new SuperuserPage(*m_context, holder);
        connect(m_superusers, &SuperuserPage::gridExported, m_savedNotice, &SavedNotice::announce);
        break;
    case Page::Stakeholders:
        made = m_stakeholders = new StakeholderPage(*m_context, holder);
        connect(m_stakeholders, &StakeholderPage::mapExported, m_savedNotice, &SavedNotice::announce);
        break;
    case Page::Communication:
        made = m_communication = new CommunicationPlanPage(*m_context, holder);
        break;
    case Page::Report:
        made = m_report = new ReportPage(*m_context, holder);
        m_report->setExtras(ReportSections::standardExtras());
        connect(m_report, &ReportPage::reportExported, m_savedNotice, &SavedNotice::announce);
        break;
    case Page::Risks:
        made = m_riskLog = new RiskLogPage(*m_context, holder);
        break;
    case Page::Readiness:
        made = m_readiness = new GoLiveReadinessPage(*m_context, holder);
        break;
    case Page::Runbook:
        made = m_runbook = new RunbookPage(*m_context, holder);
        break;
    }
    holder->layout()->addWidget(made);
    made->show(); // at once, not when the layout gets round to it: shown with its holder
}

PeoplePage *MainWindow::peoplePage() const
{
    return madePage(Page::People, m_people);
}

SuperuserPage *MainWindow::superuserPage() const
{
    return madePage(Page::Superusers, m_superusers);
}

StakeholderPage *MainWindow::stakeholderPage() const
{
    return madePage(Page::Stakeholders, m_stakeholders);
}

CommunicationPlanPage *MainWindow::communicationPage() const
{
    return madePage(Page::Communication, m_communication);
}

ReportPage *MainWindow::reportPage() const
{
    return madePage(Page::Report, m_report);
}

RiskLogPage *MainWindow::riskLogPage() const
{
    return madePage(Page::Risks, m_riskLog);
}

GoLiveReadinessPage *MainWindow::readinessPage() const
{
    return madePage(Page::Readiness, m_readiness);
}

RunbookPage *MainWindow::runbookPage() const
{
    return madePage(Page::Runbook, m_runbook);
}

void MainWindow::reloadMunicipalities()
{
    const QList<Municipality> all = MunicipalityRepository(m_db).all();
    {
        const QSignalBlocker blocker(m_municipalities);
        m_municipalities->clear();
        for (const Municipality &municipality : all)
            m_municipalities->addItem(QStringLiteral("%1 %2").arg(municipality.code, municipality.name),
                                      municipality.id);
    }
    Id current = m_context->currentMunicipalityId();
    if (m_municipalities->findData(current) < 0)
        current = all.isEmpty() ? 0 : all.first().id;
    m_context->setCurrentMunicipalityId(current);
    m_municipalities->setCurrentIndex(m_municipalities->findData(current));
    updateWindowTitle();
    const bool any = current != 0;
    m_context->setEditEnabled(m_editMunicipality, any);
    // On a server an editor limited to some municipalities may remove one (the policies allow the delete) but could
    // not undo it (the municipality put back would not be among theirs): removing is the administrator's then.
    if (m_context->access().allMunicipalities)
        m_context->setEditEnabled(m_removeMunicipality, any);
    else
        m_context->setAdminEnabled(m_removeMunicipality, any);
    m_municipalities->setEnabled(!all.isEmpty());
    m_central->setCurrentWidget(all.isEmpty() ? static_cast<QWidget *>(m_firstRun) : m_pages);
}

void MainWindow::municipalityChanged(Id municipalityId)
{
    const int index = m_municipalities->findData(municipalityId);
    if (index >= 0)
        m_municipalities->setCurrentIndex(index);
    if (const auto municipality = MunicipalityRepository(m_db).byId(municipalityId))
        Settings().setLastMunicipalityCode(municipality->code);
    updateWindowTitle();
}

void MainWindow::updateWindowTitle()
{
    const auto municipality = MunicipalityRepository(m_db).byId(m_context->currentMunicipalityId());
    setWindowTitle(municipality ? tr("%1 %2 – Parat").arg(municipality->code, municipality->name)
                                : QStringLiteral("Parat"));
    if (m_db.isServer()) // team mode: which server, never with a password
        setWindowTitle(windowTitle() + QStringLiteral(" (%1)").arg(m_db.path()));
}

void MainWindow::updateStatusBar()
{
    const auto version = HandbookRepository(m_db).currentVersion();
    m_handbookLabel->setText(version
                                 ? tr("Handbook: %1").arg(version->title.isEmpty() ? version->label : version->title)
                                 : tr("No handbook imported"));
    m_handbookLabel->setToolTip(tr("Database: %1").arg(QDir::toNativeSeparators(m_db.path())));
    if (m_serverLabel)
        m_serverLabel->setText(tr("Server: %1").arg(m_db.path()));
    if (m_roleLabel) {
        const Access &access = m_context->access();
        const QString municipalities
            = access.allMunicipalities ? tr("all municipalities") : access.municipalities.join(QStringLiteral(", "));
        m_roleLabel->setText(tr("Logged in as %1 · %2 · %3")
                                 .arg(access.user, access.roleTitle(),
                                      access.municipalities.isEmpty() && !access.allMunicipalities
                                          ? tr("no municipalities")
                                          : municipalities));
        const QString role = access.roleName().isEmpty() ? access.roleTitle() : access.roleName();
        m_roleLabel->setToolTip(tr("Your role on the server: %1. What you may do is decided by the server.").arg(role));
        m_roleLabel->setAccessibleName(m_roleLabel->text());
        m_roleLabel->setAccessibleDescription(m_roleLabel->toolTip());
    }
}

void MainWindow::chooseLanguage(const QString &language)
{
    Settings().setLanguage(language);
    // Installing the catalogue sends every widget a LanguageChange event: the window, its pages and any
    // open dialog retranslate themselves (changeEvent), nothing needs a restart.
    installTranslations(language.isEmpty() ? systemLanguage() : language);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_handbookLabel)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    // The menus are made anew: each action's text comes from tr() where it is made.
    QMenuBar *old = menuBar();
    setMenuBar(new QMenuBar(this));
    delete old;
    createMenus();
    reloadMunicipalities(); // the enabled state of the new municipality actions
    retranslateFixedTexts();
    updateStatusBar();
}

void MainWindow::retranslateFixedTexts()
{
    m_toolbar->setWindowTitle(tr("Municipality"));
    m_municipalityLabel->setText(tr("Municipalit&y:"));
    m_municipalities->setAccessibleName(tr("Municipality"));
    // The page tabs have no Alt+letter: Ctrl+1…9 and Ctrl+0 (and the View menu's letters) reach the pages, so the
    // letters stay free for the controls of each page.
    const QStringList titles {tr("&Overview"),
                              tr("&Tasks"),
                              tr("&People"),
                              tr("S&uperusers and hours"),
                              tr("Sta&keholders"),
                              tr("&Communication plan"),
                              tr("&Report"),
                              tr("Risks &and decisions"),
                              tr("&Go-live readiness"),
                              tr("Run&book")};
    for (int index = 0; index < titles.size() && index < m_pages->count(); ++index)
        m_pages->setTabText(index, withoutMnemonic(titles.at(index)).replace(QLatin1Char('&'), QStringLiteral("&&")));
    if (m_connectionBar)
        m_connectionBar->retranslate();
    if (m_readOnlyBanner)
        m_readOnlyBanner->setText(tr("<b>Read-only:</b> %1 is open read-only (another Parat has it open, or the "
                                     "file or its folder cannot be written). Changes cannot be saved.")
                                      .arg(QDir::toNativeSeparators(m_db.path()).toHtmlEscaped()));
}

void MainWindow::openDemo()
{
    const QString path = Dialogs::saveFileName(this, tr("Save the demo as"), QDir::home().filePath(tr("demo.parat")),
                                               tr("Parat databases (*.parat *.sqlite)"));
    if (!path.isEmpty())
        newDatabase(path, true);
}

void MainWindow::saveSettings()
{
    Settings settings;
    settings.setMainWindowGeometry(saveGeometry());
    settings.setMainWindowState(saveState());
    settings.setTasksHeaderState(m_tasks->saveState());
    if (const auto municipality = MunicipalityRepository(m_db).byId(m_context->currentMunicipalityId()))
        settings.setLastMunicipalityCode(municipality->code);
    settings.sync();
}

void MainWindow::restoreSettings()
{
    Settings settings;
    restoreGeometry(settings.mainWindowGeometry());
    restoreState(settings.mainWindowState());
    m_tasks->restoreState(settings.tasksHeaderState());
    if (const auto municipality = MunicipalityRepository(m_db).byCode(settings.lastMunicipalityCode()))
        m_context->setCurrentMunicipalityId(municipality->id);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Parat"),
                       tr("<p><b>Parat %1</b></p><p>Offline planning companion for a municipality's DUBU 3.0 "
                          "implementation.</p><p>Licence: Mozilla Public License 2.0.</p><p>The bundled handbook is "
                          "sample data written for Parat; it is not KOMBIT's implementation handbook.</p>")
                           .arg(QStringLiteral(PARAT_VERSION)));
}

} // namespace parat
