// The "Runbook" page: a step added with the keyboard shows in the table and undo takes it out; finishing a step
// before what it depends on is refused in words; the step dialog names a cycle; the large-text "now" view at a
// fixed time; Ctrl+0 reaches the page; every control is named, in Danish and English.
#include "GuiFixture.h"
#include "TestSupport.h"
#include "WindowFixture.h"

#include "AppContext.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "RunbookNowView.h"
#include "RunbookPage.h"
#include "RunbookStepDialog.h"
#include "domain/Language.h"
#include "domain/Runbook.h"
#include "models/RunbookTableModel.h"
#include "services/RunbookEditor.h"
#include "storage/RunbookRepository.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>
#include <QUndoStack>

using namespace parat;

namespace {

using test::columnTexts;

// The row of the view showing the step with this number.
int rowOfNumber(const QTableView *view, int number)
{
    return int(columnTexts(view, RunbookTableModel::NumberColumn).indexOf(QString::number(number)));
}

void showPage(RunbookPage &page)
{
    test::showActive(page, {1400, 800});
}

} // namespace

TEST_CASE("A runbook step added with the keyboard shows in the table and undo removes it", "[gui][runbook]")
{
    test::GuiFixture f;
    Dialogs::startScript();
    RunbookPage page(*f.context);
    showPage(page);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int before = int(RunbookRepository(f.db).forMunicipality(f.demo.id).size());
    REQUIRE(before >= 14);
    CHECK(page.view()->model()->rowCount() == before);

    const QString dayBefore = QLocale(QLocale::English).dayName(f.demo.goLive.addDays(-2).dayOfWeek());
    test::whenModal([dayBefore](RunbookStepDialog *dialog) {
        QApplication::setActiveWindow(dialog);
        dialog->titleEdit()->setFocus();
        QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Ring til leverandørens nattevagt"));
        dialog->daySpin()->setFocus();
        dialog->daySpin()->selectAll();
        QTest::keyClicks(dialog->daySpin(), QStringLiteral("-2"));
        dialog->timeEdit()->setFocus();
        dialog->timeEdit()->setTime(QTime(2, 0));
        dialog->dependsOnEdit()->setFocus();
        QTest::keyClicks(dialog->dependsOnEdit(), QStringLiteral("6"));
        CHECK(dialog->startLabel()->text().contains(QStringLiteral("T\u22122d 02:00")));
        CHECK(dialog->startLabel()->text().contains(dayBefore + QStringLiteral(" 02:00")));
        test::acceptWithReturn(dialog, dialog->titleEdit(), dialog->problemLabel());
    });
    page.view()->setFocus();
    QTest::keyClick(page.view(), Qt::Key_Insert);

    const QList<RunbookStep> after = RunbookRepository(f.db).forMunicipality(f.demo.id);
    REQUIRE(after.size() == before + 1);
    const int added = before + 1;
    CHECK(columnTexts(page.view(), RunbookTableModel::TitleColumn)
              .contains(QStringLiteral("Ring til leverandørens nattevagt")));
    const int row = rowOfNumber(page.view(), added);
    REQUIRE(row >= 0);
    CHECK(page.view()->model()->index(row, RunbookTableModel::StartColumn).data().toString()
          == QStringLiteral("T\u22122d 02:00"));
    CHECK(page.view()->model()->index(row, RunbookTableModel::DependsOnColumn).data().toString()
          == QStringLiteral("6"));
    CHECK(page.summary()->text().contains(QStringLiteral("%1 steps").arg(added)));

    f.context->undoStack()->undo();
    QApplication::processEvents();
    CHECK(RunbookRepository(f.db).forMunicipality(f.demo.id).size() == before);
    CHECK(rowOfNumber(page.view(), added) < 0);
    f.context->undoStack()->redo();
    QApplication::processEvents();
    CHECK(rowOfNumber(page.view(), added) >= 0);
    Dialogs::stopScript();
}

TEST_CASE("Finishing a step before what it depends on is refused - finishing in order stamps the time",
          "[gui][runbook]")
{
    test::GuiFixture f;
    Dialogs::startScript();
    RunbookPage page(*f.context);
    showPage(page);
    // Step 2 (the dress rehearsal) depends on step 1.
    page.view()->setFocus();
    page.view()->selectRow(rowOfNumber(page.view(), 2));
    QTest::keyClick(page.view(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE_FALSE(Dialogs::script().shown.isEmpty());
    CHECK(Dialogs::script().shown.last().contains(QStringLiteral("cannot be done before")));
    CHECK(Dialogs::script().shown.last().contains(QStringLiteral("step 1")));
    CHECK(f.context->undoStack()->count() == 0);

    page.view()->selectRow(rowOfNumber(page.view(), 1));
    QTest::keyClick(page.view(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    const std::optional<RunbookStep> first = RunbookRepository(f.db).forMunicipality(f.demo.id).value(0);
    REQUIRE(first);
    CHECK(first->number == 1);
    CHECK(first->status == RunbookStatus::Done);
    CHECK(first->actualEnd == f.clock.now());
    const int row = rowOfNumber(page.view(), 1);
    CHECK(page.view()
              ->model()
              ->index(row, RunbookTableModel::StatusColumn)
              .data()
              .toString()
              .startsWith(QStringLiteral("Done")));
    CHECK(f.context->undoStack()->count() == 1);
    f.context->undoStack()->undo();
    CHECK(RunbookRepository(f.db).forMunicipality(f.demo.id).value(0).status == RunbookStatus::Waiting);
    Dialogs::stopScript();
}

TEST_CASE("The step dialog names a dependency cycle and stays open", "[gui][runbook]")
{
    test::GuiFixture f;
    Dialogs::startScript();
    RunbookPage page(*f.context);
    showPage(page);
    const int steps = int(RunbookRepository(f.db).forMunicipality(f.demo.id).size());
    test::whenModal([](RunbookStepDialog *dialog) {
        QApplication::setActiveWindow(dialog);
        dialog->dependsOnEdit()->setFocus();
        dialog->dependsOnEdit()->selectAll();
        QTest::keyClicks(dialog->dependsOnEdit(), QStringLiteral("2"));
        dialog->accept();
        CHECK(dialog->isVisible());
        CHECK(dialog->problemLabel()->isVisible());
        CHECK(dialog->problemLabel()->text().contains(QStringLiteral("1 \u2192 2 \u2192 1")));
        dialog->reject();
    });
    page.view()->setFocus();
    page.view()->selectRow(rowOfNumber(page.view(), 1));
    QTest::keyClick(page.view(), Qt::Key_Return);
    CHECK(f.context->undoStack()->count() == 0);
    CHECK(RunbookRepository(f.db).forMunicipality(f.demo.id).size() == steps);
    CHECK(RunbookRepository(f.db).forMunicipality(f.demo.id).value(0).dependsOn.isEmpty());
    Dialogs::stopScript();
}

TEST_CASE("The now view shows what should be running, what is late and what is next", "[gui][runbook]")
{
    test::GuiFixture f;
    // Three days before go-live (the demo goes live on Friday 1 January 2027), 18:30 local time.
    f.clock.set(QDateTime(f.demo.goLive.addDays(-3), QTime(18, 30)));
    const QString day = QLocale(QLocale::English).dayName(f.demo.goLive.addDays(-3).dayOfWeek());
    RunbookNowView view(*f.context);
    test::showExposed(view, {1200, 800});
    CHECK(view.timer()->isActive());
    CHECK(view.timer()->interval() == 60 * 1000);
    CHECK(view.clockLabel()->text().contains(day + QStringLiteral(" 18:30")));
    CHECK(view.clockLabel()->text().contains(QStringLiteral("T\u22123d 18:30")));
    // Freeze (12:00–13:00) and the extract (13:00–17:00) are over and not done; the load (17:00, 14 hours) runs.
    CHECK(view.lateLabel()->text().contains(QStringLiteral("Freeze of the old system")));
    CHECK(view.lateLabel()->text().contains(QStringLiteral("extract from the old system")));
    CHECK(view.runningLabel()->text().contains(QStringLiteral("load into DUBU 3.0")));
    CHECK(view.runningLabel()->text().contains(QStringLiteral("not started")));
    CHECK(view.nextLabel()->text().contains(QStringLiteral("Reconciliation samples")));
    CHECK(view.font().pointSizeF() < view.lateLabel()->font().pointSizeF()); // large text
    CHECK(view.lateLabel()->font().pointSizeF() >= 20);

    // Later the load is over too; the view follows the clock when it refreshes (each minute, on the timer).
    f.clock.set(QDateTime(QDate(2027, 2, 6), QTime(8, 0)));
    view.refresh();
    CHECK(view.lateLabel()->text().contains(QStringLiteral("load into DUBU 3.0")));
    CHECK(view.runningLabel()->text().contains(QStringLiteral("Nothing")));
    CHECK(view.lateTitleLabel()->text().contains(QStringLiteral("LATE")));
}

TEST_CASE("Ctrl+0 shows the runbook page, and the now view opens from it", "[gui][runbook]")
{
    test::WindowFixture f(test::WindowFixture::ScriptDialogs | test::WindowFixture::Front | test::WindowFixture::Active,
                          QSize(1400, 900));
    MainWindow &window = *f.window;
    QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
    CHECK(window.currentPage() == MainWindow::Page::Runbook);
    RunbookPage *page = window.runbookPage();
    REQUIRE(page);
    QTRY_VERIFY(page->view()->model()->rowCount() >= 14);
    page->showNowView();
    REQUIRE(page->nowView());
    CHECK(page->nowView()->isVisible());
    CHECK(page->nowView()->isWindow());
    page->nowView()->close();
}

TEST_CASE("Runbook CSV import from the page: bad lines are named and change nothing, a good file is one undo step",
          "[gui][runbook]")
{
    test::GuiFixture f;
    Dialogs::startScript();
    Dialogs::script() = Dialogs::Script();
    RunbookPage page(*f.context);
    showPage(page);
    const QList<RunbookStep> before = RunbookRepository(f.db).forMunicipality(f.demo.id);

    // Export, then a broken copy: refused with its line and column, nothing changed, nothing to undo.
    const QString exported = f.dir.file(QStringLiteral("drejebog.csv"));
    Dialogs::script().fileNames << exported;
    page.exportCsv();
    QFile file(exported);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    file.close();
    CHECK(csv.contains("T-3d 12:00"));
    const QString broken = f.dir.file(QStringLiteral("broken.csv"));
    QFile out(broken);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(QByteArray(csv).replace("T-3d 12:00", "fredag 12"));
    out.close();
    Dialogs::script().fileNames << broken;
    page.importCsv();
    REQUIRE_FALSE(Dialogs::script().shown.isEmpty());
    CHECK(Dialogs::script().shown.last().contains(QStringLiteral("column 4 (start)")));
    CHECK(Dialogs::script().shown.last().contains(QStringLiteral("Nothing was changed")));
    CHECK(f.context->undoStack()->count() == 0);
    CHECK(RunbookRepository(f.db).forMunicipality(f.demo.id).size() == before.size());

    // The default runbook replaces the demo's (after a question); the exported file brings it back; undo walks back.
    Dialogs::script().confirmations << true;
    page.createDefault();
    CHECK(RunbookRepository(f.db).forMunicipality(f.demo.id).size() == 14);
    Dialogs::script().fileNames << exported;
    Dialogs::script().confirmations << true;
    page.importCsv();
    CHECK(RunbookRepository(f.db).forMunicipality(f.demo.id).size() == before.size());
    CHECK(f.context->undoStack()->count() == 2);
    f.context->undoStack()->undo();
    CHECK(RunbookRepository(f.db).forMunicipality(f.demo.id).size() == 14);
    f.context->undoStack()->undo();
    const QList<RunbookStep> back = RunbookRepository(f.db).forMunicipality(f.demo.id);
    REQUIRE(back.size() == before.size());
    for (int i = 0; i < back.size(); ++i) {
        CHECK(back.at(i).id == before.at(i).id);
        CHECK(back.at(i).contact == before.at(i).contact);
    }

    // Print: a PDF of the runbook.
    const QString pdf = f.dir.file(QStringLiteral("drejebog.pdf"));
    Dialogs::script().fileNames << pdf;
    page.printPdf();
    QFile printed(pdf);
    REQUIRE(printed.open(QIODevice::ReadOnly));
    CHECK(printed.read(4) == QByteArray("%PDF"));
    Dialogs::stopScript();
}

TEST_CASE("The runbook page and the now view change language at once", "[gui][runbook]")
{
    test::GuiFixture f(QStringLiteral("en"));
    RunbookPage page(*f.context);
    showPage(page);
    RunbookNowView now(*f.context);
    auto *add = page.findChild<QPushButton *>(QStringLiteral("addStepButton"));
    REQUIRE(add);
    CHECK(add->text() == QStringLiteral("&Add Step…"));
    CHECK(now.windowTitle() == QStringLiteral("Runbook now"));
    installTranslations(QStringLiteral("da"));
    QApplication::processEvents();
    CHECK(add->text() == QStringLiteral("&Tilføj trin…"));
    CHECK(page.view()->accessibleName() == QStringLiteral("Drejebog for idriftsættelsen"));
    CHECK(now.windowTitle() == QStringLiteral("Drejebogen nu"));
    CHECK(now.lateTitleLabel()->text().startsWith(QStringLiteral("FORSINKET")));
    CHECK(page.view()->model()->index(0, RunbookTableModel::StatusColumn).data().toString()
          == QStringLiteral("Venter"));
    installTranslations(QStringLiteral("en"));
    QApplication::processEvents();
}

TEST_CASE("Every control of the runbook page and its dialog has an accessible name", "[gui][runbook][a11y]")
{
    const QString language = GENERATE(QStringLiteral("en"), QStringLiteral("da"));
    test::GuiFixture f(language);
    RunbookPage page(*f.context);
    showPage(page);
    page.view()->selectRow(0);
    CHECK(test::checkTabStopsNamed(&page) >= 11); // the table and ten buttons
    const RunbookStep first = RunbookRepository(f.db).forMunicipality(f.demo.id).value(0);
    RunbookStepDialog dialog(&first, f.demo.id, f.demo.goLive, {}, nullptr);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(test::checkTabStopsNamed(&dialog) >= 12);
    if (language == QStringLiteral("da")) {
        CHECK(page.view()->model()->headerData(RunbookTableModel::StatusColumn, Qt::Horizontal).toString()
              == QStringLiteral("Status"));
        CHECK(runbookStatusName(RunbookStatus::Waiting) == QStringLiteral("Venter"));
        CHECK(runbookStatusName(RunbookStatus::Running) == QStringLiteral("I gang"));
        CHECK(runbookStatusName(RunbookStatus::Done) == QStringLiteral("Færdig"));
    }
}

// Not a test: writes the runbook page and the now view (Friday evening of the go-live weekend) in Danish and
// English for docs/screenshots, for a person to look at:
//   PARAT_SCREENSHOT_DIR=docs/screenshots build/ci/tests/parat_app_tests "[.runbookshots]"
TEST_CASE("Screenshots of the runbook page and the now view", "[.runbookshots]")
{
    const QString folder = qEnvironmentVariable("PARAT_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    for (const QString &language : {QStringLiteral("da"), QStringLiteral("en")}) {
        test::GuiFixture f(language);
        f.clock.set(QDateTime(QDate(2027, 2, 5), QTime(18, 30)));
        // A weekend under way: the first steps done, the extract running late.
        QList<RunbookStep> steps = RunbookRepository(f.db).forMunicipality(f.demo.id);
        for (RunbookStep &step : steps) {
            if (step.number <= 4) {
                step.status = RunbookStatus::Done;
                step.actualStart = runbookTime(step.startMinutes, f.demo.goLive);
                step.actualEnd = runbookTime(step.endMinutes(), f.demo.goLive);
            } else if (step.number == 5) {
                step.status = RunbookStatus::Running;
                step.actualStart = runbookTime(step.startMinutes + 20, f.demo.goLive);
                step.note = language == QStringLiteral("da")
                    ? QStringLiteral("Udtrækket kører langsomt; ny prognose 19:30")
                    : QStringLiteral("Extract running slowly; new estimate 19:30");
            }
        }
        QString error;
        REQUIRE(RunbookEditor(f.db).replaceAll(f.demo.id, steps, nullptr, &error));
        RunbookPage page(*f.context);
        test::showExposed(page, {1400, 700});
        QTRY_VERIFY(page.view()->model()->rowCount() == steps.size());
        page.view()->selectRow(4);
        QTest::qWait(100);
        CHECK(page.grab().save(QDir(folder).filePath(QStringLiteral("runbook-%1.png").arg(language))));
        RunbookNowView now(*f.context);
        test::showExposed(now, {1400, 900});
        QTest::qWait(100);
        CHECK(now.grab().save(QDir(folder).filePath(QStringLiteral("runbook-now-%1.png").arg(language))));
    }
}
