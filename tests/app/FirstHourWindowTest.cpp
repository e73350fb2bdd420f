// What a new project leader meets in the first hour: the first-run page of an empty plan, the status bar
// saying where a saved file went, and a language switch that takes effect at once.
#include "Fixtures.h"
#include "GuiFixture.h"
#include "TestSupport.h"
#include "WindowFixture.h"

#include "AppContext.h"
#include "Dialogs.h"
#include "FirstRunPage.h"
#include "MainWindow.h"
#include "MunicipalityDialog.h"
#include "OverviewPage.h"
#include "ReportPage.h"
#include "SavedNotice.h"
#include "StakeholderPage.h"
#include "TasksPage.h"
#include "demo/DemoBuilder.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QUrl>

using namespace parat;

namespace {

// An empty plan: the sample handbook, no municipality.
struct EmptyPlan
{
    explicit EmptyPlan(const QString &language = QStringLiteral("en"))
    {
        installTranslations(language);
        QString error;
        REQUIRE(db.open(dir.file(QStringLiteral("plan.parat")), &error));
        test::importSampleHandbook(db, clock);
        Dialogs::startScript();
        Dialogs::script() = Dialogs::Script();
    }
    ~EmptyPlan()
    {
        test::expectModalsAnswered();
        Dialogs::stopScript();
    }

    test::TempDir dir;
    Database db;
    FixedClock clock {QDate(2026, 11, 27)};
};

} // namespace

TEST_CASE("An empty plan shows a first-run page whose three buttons are named and reached by Tab", "[gui][firstrun]")
{
    EmptyPlan plan;
    MainWindow window(plan.db, plan.clock);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();

    FirstRunPage *page = window.firstRunPage();
    REQUIRE(page);
    CHECK(page->isVisible());
    CHECK_FALSE(window.overviewPage()->isVisible());
    CHECK(page->addMunicipalityButton()->accessibleName() == QStringLiteral("Add a municipality"));
    CHECK(page->importHandbookButton()->accessibleName() == QStringLiteral("Import a handbook"));
    CHECK(page->openDemoButton()->accessibleName() == QStringLiteral("Open the demo"));

    page->addMunicipalityButton()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == page->importHandbookButton());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == page->openDemoButton());

    // Space on "Add a municipality" opens the dialog; once added, the pages come back.
    test::whenModal([](MunicipalityDialog *dialog) {
        REQUIRE(dialog->isAdding());
        REQUIRE(dialog->selectCode(QStringLiteral("0751")));
        dialog->accept();
    });
    page->addMunicipalityButton()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(page->addMunicipalityButton(), Qt::Key_Space);
    CHECK(MunicipalityRepository(plan.db).byCode(QStringLiteral("0751")));
    CHECK_FALSE(page->isVisible());
    CHECK(window.overviewPage()->isVisible());

    // Undoing the add brings the first-run page back.
    Dialogs::script().confirmations << true; // undo asks before it removes a municipality
    test::actionNamed(&window, QStringLiteral("undoAction"))->trigger();
    CHECK(MunicipalityRepository(plan.db).all().isEmpty());
    CHECK(page->isVisible());
}

TEST_CASE("The first-run page speaks Danish", "[gui][firstrun]")
{
    EmptyPlan plan(QStringLiteral("da"));
    MainWindow window(plan.db, plan.clock);
    FirstRunPage *page = window.firstRunPage();
    CHECK(page->addMunicipalityButton()->text() == QStringLiteral("&Tilføj en kommune…"));
    CHECK(page->importHandbookButton()->text() == QStringLiteral("&Importér en håndbog…"));
    CHECK(page->openDemoButton()->text() == QStringLiteral("Åbn &demoen…"));
    CHECK(page->openDemoButton()->accessibleName() == QStringLiteral("Åbn demoen"));
}

TEST_CASE("The demo opens in a new file and never overwrites one", "[gui][firstrun]")
{
    EmptyPlan plan;
    MainWindow window(plan.db, plan.clock);

    // A file that exists already is refused and left as it was.
    const QString existing = plan.dir.file(QStringLiteral("mine.parat"));
    {
        QFile file(existing);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("my own notes");
    }
    Dialogs::script().fileNames << existing;
    QTest::mouseClick(window.firstRunPage()->openDemoButton(), Qt::LeftButton);
    REQUIRE(Dialogs::script().shown.size() == 1);
    CHECK(Dialogs::script().shown.first().contains(QStringLiteral("already exists")));
    {
        QFile file(existing);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == QByteArray("my own notes"));
    }
    CHECK(window.requestedDatabase().isEmpty());

    // A new name: the demo is built there and the window reopens on it; this plan stays empty.
    const QString demoPath = plan.dir.file(QStringLiteral("demo.parat"));
    Dialogs::script().fileNames << demoPath;
    QTest::mouseClick(window.firstRunPage()->openDemoButton(), Qt::LeftButton);
    CHECK(window.requestedDatabase() == QFileInfo(demoPath).absoluteFilePath());
    CHECK(MunicipalityRepository(plan.db).all().isEmpty());
    Database demo;
    QString error;
    REQUIRE(demo.open(demoPath, &error));
    CHECK(MunicipalityRepository(demo).byCode(DemoBuilder::demoCode()));
}

TEST_CASE("Saving a report or the map says where the file went, with an Open folder action", "[gui][saved]")
{
    test::WindowFixture s(test::WindowFixture::ScriptDialogs);
    MainWindow &window = *s.window;
    SavedNotice *notice = window.savedNotice();
    REQUIRE(notice);
    CHECK_FALSE(notice->isVisible());

    const QString pdf = s.dir.file(QStringLiteral("reports/status.pdf"));
    REQUIRE(QDir().mkpath(QFileInfo(pdf).absolutePath()));
    window.showPage(MainWindow::Page::Report);
    QCoreApplication::processEvents();
    Dialogs::script().fileNames << pdf;
    REQUIRE(window.reportPage()->savePdf());
    REQUIRE(QFileInfo::exists(pdf));
    CHECK(notice->isVisible());
    CHECK(notice->text()
          == QStringLiteral("Saved to %1").arg(QDir::toNativeSeparators(QFileInfo(pdf).absoluteFilePath())));
    CHECK(notice->openFolderAction()->text() == QStringLiteral("Open folder"));
    CHECK(notice->openFolderAction()->data().toUrl() == QUrl::fromLocalFile(QFileInfo(pdf).absolutePath()));

    const QString csv = s.dir.file(QStringLiteral("tasks.csv"));
    Dialogs::script().fileNames << csv;
    REQUIRE(window.reportPage()->exportCsv());
    CHECK(notice->text().endsWith(QDir::toNativeSeparators(QFileInfo(csv).absoluteFilePath())));
    CHECK(notice->openFolderAction()->data().toUrl() == QUrl::fromLocalFile(QFileInfo(csv).absolutePath()));

    const QString png = s.dir.file(QStringLiteral("maps/map.png"));
    REQUIRE(QDir().mkpath(QFileInfo(png).absolutePath()));
    Dialogs::script().fileNames << png;
    window.stakeholderPage()->exportMap();
    REQUIRE(QFileInfo::exists(png));
    CHECK(notice->text().endsWith(QDir::toNativeSeparators(QFileInfo(png).absoluteFilePath())));
    CHECK(notice->openFolderAction()->data().toUrl() == QUrl::fromLocalFile(QFileInfo(png).absolutePath()));
    CHECK(Dialogs::script().shown.isEmpty());
}

TEST_CASE("Choosing a language in the menu retranslates the open window at once", "[gui][language]")
{
    test::WindowFixture s(test::WindowFixture::ScriptDialogs);
    MainWindow &window = *s.window;
    auto *tabs = window.findChild<QTabWidget *>();
    REQUIRE(tabs);
    REQUIRE(window.menuBar()->actions().first()->text() == QStringLiteral("&File"));
    REQUIRE(tabs->tabText(1) == QStringLiteral("Tasks"));
    // Pages made before the change retranslate; one made after it (the stakeholders, below) starts in Danish.
    REQUIRE(window.peoplePage());
    REQUIRE(window.superuserPage());
    REQUIRE(window.communicationPage());
    REQUIRE_FALSE(window.pageMade(MainWindow::Page::Stakeholders));

    QAction *danish = test::actionNamed(&window, QStringLiteral("languageAction_da"));
    REQUIRE(danish);
    danish->trigger();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    CHECK(currentLanguage() == QStringLiteral("da"));
    CHECK(window.menuBar()->actions().first()->text() == QStringLiteral("&Filer"));
    CHECK(tabs->tabText(1) == QStringLiteral("Opgaver"));
    CHECK(Dialogs::script().shown.isEmpty()); // no "restart needed"
    // The pages and the task pane too, without a reload of the window.
    const auto buttonText = [&](const char *name) {
        auto *button = window.findChild<QAbstractButton *>(QString::fromLatin1(name));
        return button ? button->text() : QStringLiteral("(no %1)").arg(QString::fromLatin1(name));
    };
    CHECK(buttonText("addPersonButton") == QStringLiteral("&Tilføj person…"));
    // The task list's detail pane is made when the page is first shown, so after the change, in Danish.
    CHECK_FALSE(window.tasksPage()->detailPaneMade());
    window.showPage(MainWindow::Page::Tasks);
    CHECK(window.tasksPage()->detailPaneMade());
    CHECK(buttonText("applyButton") == QStringLiteral("Anv&end"));
    CHECK(buttonText("addAllocationButton") == QStringLiteral("Ti&lføj timer…"));
    CHECK(buttonText("addCommunicationButton") == QStringLiteral("&Tilføj kommunikationsaktivitet…"));
    CHECK(buttonText("setStatusButton") == QStringLiteral("Angiv &status…"));
    window.showPage(MainWindow::Page::Stakeholders);
    CHECK(window.pageMade(MainWindow::Page::Stakeholders));
    CHECK(buttonText("addStakeholderButton") == QStringLiteral("&Tilføj interessent…"));
    // The chosen language is ticked in the new menu, and each shortcut is still bound once.
    CHECK(test::actionNamed(&window, QStringLiteral("languageAction_da"))->isChecked());
    QStringList keys;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcutContext() != Qt::WindowShortcut)
            continue; // keys of one table or field may repeat elsewhere
        for (const QKeySequence &key : action->shortcuts()) {
            INFO(key.toString().toStdString());
            CHECK_FALSE(keys.contains(key.toString()));
            keys << key.toString();
        }
    }
    // Undo still works after the menus were made anew.
    CHECK(test::actionNamed(&window, QStringLiteral("undoAction")));

    test::actionNamed(&window, QStringLiteral("languageAction_en"))->trigger();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    CHECK(window.menuBar()->actions().first()->text() == QStringLiteral("&File"));
    CHECK(tabs->tabText(1) == QStringLiteral("Tasks"));
    CHECK(buttonText("addPersonButton") == QStringLiteral("&Add Person…"));
    CHECK(buttonText("applyButton") == QStringLiteral("&Apply"));
}
