// The "Go-live readiness" page: the light and score in words, measured criteria that cannot be ticked by hand, a
// criterion added and edited with the keyboard (undo takes each back), the default set, the go/no-go meeting with a
// condition, the decision paper saved as PDF, Ctrl+9 in the window, and accessible names in both languages.
#include "GuiFixture.h"
#include "TestSupport.h"
#include "WindowFixture.h"

#include "AppContext.h"
#include "DateEdit.h"
#include "Dialogs.h"
#include "GoLiveCriterionDialog.h"
#include "GoLiveMeetingDialog.h"
#include "GoLiveReadinessPage.h"
#include "MainWindow.h"
#include "commands/GoLiveCommands.h"
#include "domain/Language.h"
#include "models/GoLiveCriteriaModel.h"
#include "storage/GoLiveRepository.h"
#include "storage/MunicipalityRepository.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace parat;

namespace {

void showPage(QWidget &page)
{
    test::showActive(page, {1300, 850});
}

int rowOfTitle(const GoLiveCriteriaModel *model, const QString &title)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, GoLiveCriteriaModel::CriterionColumn).data().toString() == title)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("The readiness page shows the light in words and measured criteria with their numbers", "[gui][golive]")
{
    test::GuiFixture f;
    GoLiveReadinessPage page(*f.context);
    showPage(page);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const GoLiveReadinessResult &result = page.model()->result();
    REQUIRE(page.model()->rowCount() == int(result.criteria.size()));
    REQUIRE(page.model()->rowCount() > 7);
    CHECK(page.lightLabel()->text().contains(lightName(result.light)));
    CHECK(page.lightLabel()->text().contains(QStringLiteral("score %1 of 100").arg(result.score)));
    CHECK(page.reasonsLabel()->text().contains(QStringLiteral("– P"))); // tasks named by key
    CHECK(page.meetingLabel()->text().contains(QStringLiteral("Not decided")));
    const QModelIndex first = page.model()->index(0, GoLiveCriteriaModel::StatusColumn);
    CHECK(first.data().toString().endsWith(QStringLiteral("(measured)")));
    CHECK(
        page.model()->index(0, GoLiveCriteriaModel::NumbersColumn).data().toString().contains(QStringLiteral(" of ")));
    CHECK_FALSE(page.defaultsButton()->isEnabled()); // the demo has its criteria

    // A measured criterion's status cannot be set by hand in its dialog.
    Dialogs::startScript();
    page.view()->setFocus();
    page.view()->selectRow(0);
    test::whenModal([](GoLiveCriterionDialog *dialog) {
        CHECK_FALSE(dialog->statusCombo()->isEnabled());
        dialog->reject();
    });
    QTest::keyClick(page.view(), Qt::Key_Return);
    Dialogs::stopScript();
}

TEST_CASE("A criterion added and edited with the keyboard is stored, and undo takes each step back", "[gui][golive]")
{
    test::GuiFixture f;
    Dialogs::startScript();
    GoLiveReadinessPage page(*f.context);
    showPage(page);
    GoLiveRepository repository(f.db);
    const int before = int(repository.criteria(f.demo.id).size());

    test::whenModal([](GoLiveCriterionDialog *dialog) {
        QApplication::setActiveWindow(dialog);
        dialog->titleEdit()->setFocus();
        QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Printere opsat til DUBU"));
        test::acceptWithReturn(dialog, dialog->titleEdit(), dialog->problemLabel());
    });
    page.view()->setFocus();
    QTest::keyClick(page.view(), Qt::Key_Insert);
    REQUIRE(repository.criteria(f.demo.id).size() == before + 1);
    const Id id = page.currentCriterionId();
    REQUIRE(id != 0);
    CHECK(repository.byId(id)->title == QStringLiteral("Printere opsat til DUBU"));
    CHECK(rowOfTitle(page.model(), QStringLiteral("Printere opsat til DUBU")) >= 0);

    // "Not relevant" without a reason is refused in the dialog; with one it is stored.
    test::whenModal([](GoLiveCriterionDialog *dialog) {
        QApplication::setActiveWindow(dialog);
        dialog->statusCombo()->setCurrentIndex(dialog->statusCombo()->findData(int(GoLiveStatus::NotRelevant)));
        CHECK(dialog->reasonEdit()->isEnabled());
        dialog->accept();
        CHECK(dialog->isVisible());
        CHECK(dialog->problemLabel()->text().contains(QStringLiteral("why")));
        dialog->reasonEdit()->setFocus();
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Vi printer ikke"));
        QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return);
        if (dialog->isVisible())
            dialog->reject();
    });
    QApplication::setActiveWindow(&page); // back from the dialog
    page.view()->setFocus();
    QTest::keyClick(page.view(), Qt::Key_Return);
    CHECK(repository.byId(id)->status == GoLiveStatus::NotRelevant);
    CHECK(repository.byId(id)->reason == QStringLiteral("Vi printer ikke"));
    const int row = rowOfTitle(page.model(), QStringLiteral("Printere opsat til DUBU"));
    REQUIRE(row >= 0);
    CHECK(page.model()
              ->index(row, GoLiveCriteriaModel::NumbersColumn)
              .data()
              .toString()
              .contains(QStringLiteral("Vi printer ikke")));

    QUndoStack *stack = f.context->undoStack();
    stack->undo();
    QApplication::processEvents();
    CHECK(repository.byId(id)->status == GoLiveStatus::NotMet);
    stack->undo();
    QApplication::processEvents();
    CHECK_FALSE(repository.byId(id));
    CHECK(rowOfTitle(page.model(), QStringLiteral("Printere opsat til DUBU")) < 0);
    stack->redo();
    stack->redo();
    QApplication::processEvents();
    CHECK(repository.byId(id)->status == GoLiveStatus::NotRelevant);

    // Delete removes it after asking.
    page.selectCriterion(id);
    Dialogs::script().confirmations = {true};
    QApplication::setActiveWindow(&page);
    page.view()->setFocus();
    QTest::keyClick(page.view(), Qt::Key_Delete);
    CHECK_FALSE(repository.byId(id));
    Dialogs::stopScript();
}

TEST_CASE("The default set is created in one step, and the meeting records a decision with a condition",
          "[gui][golive]")
{
    test::GuiFixture f;
    Dialogs::startScript();
    Municipality other;
    other.code = QStringLiteral("0101");
    other.name = QStringLiteral("København");
    other.goLive = QDate(2027, 3, 1);
    QString error;
    REQUIRE(MunicipalityRepository(f.db).add(&other, &error));
    f.context->setCurrentMunicipalityId(other.id);
    GoLiveReadinessPage page(*f.context);
    showPage(page);
    CHECK(page.model()->rowCount() == 0);
    CHECK(page.lightLabel()->text().contains(lightName(Light::Yellow)));
    REQUIRE(page.defaultsButton()->isEnabled());
    QTest::mouseClick(page.defaultsButton(), Qt::LeftButton);
    const int defaults = page.model()->rowCount();
    CHECK(defaults > 7);
    CHECK_FALSE(page.defaultsButton()->isEnabled());
    f.context->undoStack()->undo();
    QApplication::processEvents();
    CHECK(page.model()->rowCount() == 0);
    f.context->undoStack()->redo();
    QApplication::processEvents();
    CHECK(page.model()->rowCount() == defaults);

    // Go with conditions needs a condition; one row with a deadline is enough.
    test::whenModal([](GoLiveMeetingDialog *dialog) {
        QApplication::setActiveWindow(dialog);
        QTest::keyClicks(dialog->participantsEdit(), QStringLiteral("Styregruppen, projektlederen"));
        dialog->decisionCombo()->setCurrentIndex(
            dialog->decisionCombo()->findData(int(GoLiveDecision::GoWithConditions)));
        dialog->accept();
        CHECK(dialog->isVisible());
        CHECK(dialog->problemLabel()->text().contains(QStringLiteral("condition")));
        QTest::mouseClick(dialog->addConditionButton(), Qt::LeftButton);
        REQUIRE(dialog->conditionRows() == 1);
        QTest::keyClicks(dialog->conditionText(0), QStringLiteral("Afstemning godkendt af økonomi"));
        dialog->conditionDeadline(0)->setDate(QDate(2027, 2, 26));
        dialog->accept();
        if (dialog->isVisible()) {
            FAIL_CHECK("not accepted: " << dialog->problemLabel()->text().toStdString());
            dialog->reject();
        }
    });
    page.findChild<QPushButton *>(QStringLiteral("recordMeetingButton"))->click();
    std::optional<GoLiveMeeting> meeting = GoLiveRepository(f.db).meeting(other.id);
    REQUIRE(meeting);
    CHECK(meeting->decision == GoLiveDecision::GoWithConditions);
    CHECK(meeting->heldOn == QDate(2027, 2, 22)); // a week before go-live
    REQUIRE(meeting->conditions.size() == 1);
    CHECK(meeting->conditions.first().deadline == QDate(2027, 2, 26));
    CHECK(page.meetingLabel()->text().contains(QStringLiteral("Go with conditions")));
    CHECK(page.meetingLabel()->text().contains(QStringLiteral("Afstemning godkendt af økonomi")));
    f.context->undoStack()->undo();
    QApplication::processEvents();
    CHECK_FALSE(GoLiveRepository(f.db).meeting(other.id));
    CHECK(page.meetingLabel()->text().contains(QStringLiteral("none recorded")));

    // The decision paper, saved where the file chooser says.
    const QString pdf = f.dir.file(QStringLiteral("paper.pdf"));
    Dialogs::script().fileNames = {pdf};
    CHECK(page.saveDecisionPaper());
    CHECK(QFile(pdf).size() > 1000);
    Dialogs::stopScript();
}

TEST_CASE("Ctrl+9 opens the readiness page in the window", "[gui][golive]")
{
    test::WindowFixture f(test::WindowFixture::Front | test::WindowFixture::Active, QSize(1280, 900));
    MainWindow &window = *f.window;
    QTest::keyClick(&window, Qt::Key_9, Qt::ControlModifier);
    CHECK(window.currentPage() == MainWindow::Page::Readiness);
    CHECK(window.readinessPage()->isVisible());
}

TEST_CASE("Ctrl+Z of a readiness edit goes to the page and the criterion - undoing the default set asks first",
          "[gui][golive][undo]")
{
    test::WindowFixture f(test::WindowFixture::ScriptDialogs | test::WindowFixture::Front | test::WindowFixture::Active,
                          QSize(1280, 900));
    MainWindow &window = *f.window;
    const QList<GoLiveCriterion> criteria = GoLiveRepository(f.db).criteria(f.demo.id);
    REQUIRE(criteria.size() > 9);
    const GoLiveCriterion before = criteria.at(9);
    GoLiveCriterion after = before;
    after.status = GoLiveStatus::Met;
    REQUIRE(window.context().push(new EditGoLiveCriterion(f.db, before, after)));
    window.showPage(MainWindow::Page::Overview);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(GoLiveRepository(f.db).byId(before.id)->status == before.status);
    CHECK(window.currentPage() == MainWindow::Page::Readiness);
    CHECK(window.readinessPage()->currentCriterionId() == before.id);

    // The default set for another municipality: undoing it would remove every criterion, so it asks (No keeps them).
    Municipality other;
    other.code = QStringLiteral("0101");
    other.name = QStringLiteral("København");
    QString error;
    REQUIRE(MunicipalityRepository(f.db).add(&other, &error));
    REQUIRE(window.context().push(new AddDefaultGoLiveCriteria(f.db, other.id, QDate(2027, 3, 1))));
    const qsizetype created = GoLiveRepository(f.db).criteria(other.id).size();
    REQUIRE(created > 1);
    Dialogs::script().confirmations = {false};
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(GoLiveRepository(f.db).criteria(other.id).size() == created);
    Dialogs::script().confirmations = {true};
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(GoLiveRepository(f.db).criteria(other.id).isEmpty());
}

TEST_CASE("Every control of the readiness page has an accessible name", "[gui][golive][a11y]")
{
    const QString language = GENERATE(QStringLiteral("en"), QStringLiteral("da"));
    test::GuiFixture f(language);
    GoLiveReadinessPage page(*f.context);
    showPage(page);
    page.view()->selectRow(0);
    const int checked = test::checkTabStopsNamed(&page);
    CHECK(checked >= 8); // the table, the reasons and seven buttons (some may be off)
}

// Not a test: writes the window on the readiness page in Danish and English for docs/screenshots. Run it with
//   PARAT_SCREENSHOT_DIR=docs/screenshots build/ci/tests/parat_app_tests "[.screenshots-golive]"
TEST_CASE("Screenshots of the readiness page", "[.screenshots-golive]")
{
    const QString folder = qEnvironmentVariable("PARAT_SCREENSHOT_DIR");
    REQUIRE_FALSE(folder.isEmpty());
    for (const QString &language : {QStringLiteral("da"), QStringLiteral("en")}) {
        test::WindowFixture f(test::WindowFixture::Plain, QSize(1400, 900), language);
        MainWindow &window = *f.window;
        window.showPage(MainWindow::Page::Readiness);
        window.readinessPage()->view()->selectRow(7);
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        CHECK(window.grab().save(QDir(folder).filePath(QStringLiteral("readiness-%1.png").arg(language))));
    }
}
