// Not a test: a hidden case that writes the README's screenshots of the window with the demo municipality, in
// Danish and English: every page at 1280×800, and the pages whose layout changes most with the size (overview,
// tasks, stakeholder map) at 1024×700 and 1920×1080 too; named <page>-<language>-<width>x<height>.png.
// It also writes the demo's status report as PDF in both languages (status-report-<language>.pdf), with the
// same fixed date, for tests/tools/screenshots.sh to turn its first pages into pictures; run that, not this.
#include "GuiFixture.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "RiskLogPage.h"
#include "Settings.h"
#include "SuperuserPage.h"
#include "TasksPage.h"
#include "domain/Language.h"
#include "models/TaskTableModel.h"
#include "report/ReportSections.h"
#include "report/ReportWriter.h"
#include "storage/PersonRepository.h"

#include <QApplication>
#include <QDir>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace parat;

using test::settle;

TEST_CASE("Screenshots of every page for the README", "[.readme]")
{
    const QString folder = qEnvironmentVariable("PARAT_SCREENSHOT_DIR");
    REQUIRE_FALSE(folder.isEmpty());
    REQUIRE(QDir().mkpath(folder));
    const QList<std::pair<QString, MainWindow::Page>> pages {
        {QStringLiteral("overview"), MainWindow::Page::Overview},
        {QStringLiteral("tasks"), MainWindow::Page::Tasks},
        {QStringLiteral("people"), MainWindow::Page::People},
        {QStringLiteral("superusers"), MainWindow::Page::Superusers},
        {QStringLiteral("stakeholders"), MainWindow::Page::Stakeholders},
        {QStringLiteral("communication"), MainWindow::Page::Communication},
        {QStringLiteral("risks"), MainWindow::Page::Risks},
        {QStringLiteral("readiness"), MainWindow::Page::Readiness},
        {QStringLiteral("runbook"), MainWindow::Page::Runbook},
        {QStringLiteral("report-page"), MainWindow::Page::Report}};
    for (const QString &language : {QStringLiteral("da"), QStringLiteral("en")}) {
        for (const QSize &size : {QSize(1024, 700), QSize(1280, 800), QSize(1920, 1080)}) {
            test::GuiFixture gui(language);
            Settings().setTasksHeaderState(QByteArray()); // the default columns, whatever a run before left
            MainWindow window(gui.db, gui.clock);
            window.resize(size);
            window.show();
            REQUIRE(QTest::qWaitForWindowExposed(&window));
            settle();
            for (const auto &[name, which] : pages) {
                const bool everySize = which == MainWindow::Page::Overview || which == MainWindow::Page::Tasks
                    || which == MainWindow::Page::Stakeholders;
                if (!everySize && size != QSize(1280, 800))
                    continue;
                window.showPage(which);
                settle();
                // A row chosen where a page shows its details beside the list.
                if (which == MainWindow::Page::Tasks) {
                    TasksPage *tasks = window.tasksPage();
                    if (const auto *row = tasks->model()->taskAt(3))
                        tasks->showTask(row->task.id);
                } else if (which == MainWindow::Page::Superusers) {
                    window.superuserPage()->selectPerson(gui.personNamed(QStringLiteral("Mette Poulsen")));
                } else if (which == MainWindow::Page::Risks) {
                    window.riskLogPage()->riskView()->selectRow(0);
                }
                settle();
                const QString file = QDir(folder).filePath(
                    QStringLiteral("%1-%2-%3x%4.png").arg(name, language).arg(size.width()).arg(size.height()));
                INFO(file.toStdString());
                CHECK(window.grab().save(file, "PNG", 0)); // 0: the smallest file
            }
        }
    }
    Settings().setTasksHeaderState(QByteArray());

    // The status report, dated by the fixed clock (the command line would date it today).
    for (const QString &language : {QStringLiteral("da"), QStringLiteral("en")}) {
        test::GuiFixture gui(language);
        ExportOptions options;
        options.language = language;
        QString error;
        const QString file = QDir(folder).filePath(QStringLiteral("status-report-%1.pdf").arg(language));
        INFO(error.toStdString());
        CHECK(exportStatusReport(gui.db, gui.clock, gui.demo.id, file, options, ReportSections::standardExtras(),
                                 &error));
    }
}
