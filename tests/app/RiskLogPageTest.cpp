// The "Risks and decisions" page: a risk added through the dialog with the keyboard appears in the table and in
// its heat map cell, undo takes it out again; filters; decisions past their date say so; every control is named.
#include "GuiFixture.h"
#include "TestSupport.h"

#include "AppContext.h"
#include "DecisionDialog.h"
#include "Dialogs.h"
#include "RiskDialog.h"
#include "RiskHeatMapWidget.h"
#include "RiskLogPage.h"
#include "domain/Language.h"
#include "domain/Risk.h"
#include "models/DecisionTableModel.h"
#include "models/RiskTableModel.h"
#include "storage/DecisionRepository.h"
#include "storage/RiskRepository.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace parat;

namespace {

using test::columnTexts;

} // namespace

TEST_CASE("A risk added with the keyboard shows in the table and the heat map, and undo removes it", "[gui][risk]")
{
    test::GuiFixture f;
    Dialogs::startScript();
    RiskLogPage page(*f.context);
    test::showActive(page, {1200, 800});
    QAbstractItemModelTester tester(page.riskModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int before = int(RiskRepository(f.db).forMunicipality(f.demo.id).size());
    const int firstFree = before + 1;

    // Insert in the risk table opens the dialog; the title and the scales are typed.
    test::whenModal([](RiskDialog *dialog) {
        // The modal dialog is the active window, as on a desktop, so keys and shortcuts go to its fields.
        QApplication::setActiveWindow(dialog);
        dialog->titleEdit()->setFocus();
        QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Printerne virker ikke med DUBU"));
        dialog->probabilitySpin()->setFocus();
        dialog->probabilitySpin()->selectAll();
        QTest::keyClicks(dialog->probabilitySpin(), QStringLiteral("4"));
        dialog->consequenceSpin()->setFocus();
        dialog->consequenceSpin()->selectAll();
        QTest::keyClicks(dialog->consequenceSpin(), QStringLiteral("3"));
        CHECK(dialog->scoreLabel()->text().startsWith(QStringLiteral("12")));
        dialog->titleEdit()->setFocus();
        test::acceptWithReturn(dialog, dialog->titleEdit(), dialog->problemLabel()); // the default button: OK
    });
    page.riskView()->setFocus();
    QTest::keyClick(page.riskView(), Qt::Key_Insert);

    const QList<Risk> after = RiskRepository(f.db).forMunicipality(f.demo.id);
    REQUIRE(after.size() == before + 1);
    const Risk added = after.last();
    CHECK(added.title == QStringLiteral("Printerne virker ikke med DUBU"));
    CHECK(added.number == firstFree);
    CHECK(added.score() == 12);
    const QString label = riskLabel(firstFree);
    CHECK(columnTexts(page.riskView(), RiskTableModel::NumberColumn).contains(label));
    CHECK(page.currentRiskId() == added.id);
    CHECK(page.heatMap()->cellText(4, 3).split(QLatin1Char(' ')).contains(label));
    CHECK(page.heatMap()->accessibleDescription().contains(label));

    f.context->undoStack()->undo();
    QApplication::processEvents();
    CHECK(RiskRepository(f.db).forMunicipality(f.demo.id).size() == before);
    CHECK_FALSE(columnTexts(page.riskView(), RiskTableModel::NumberColumn).contains(label));
    CHECK_FALSE(page.heatMap()->cellText(4, 3).split(QLatin1Char(' ')).contains(label));
    f.context->undoStack()->redo();
    QApplication::processEvents();
    CHECK(page.heatMap()->cellText(4, 3).split(QLatin1Char(' ')).contains(label));
    Dialogs::stopScript();
}

TEST_CASE("The risk table filters by status, owner and score and says when a review is overdue", "[gui][risk]")
{
    test::GuiFixture f;
    RiskLogPage page(*f.context);
    test::showExposed(page, {1200, 800});
    const QList<Risk> all = RiskRepository(f.db).forMunicipality(f.demo.id);
    REQUIRE(all.size() >= 5);
    int live = 0;
    int high = 0;
    for (const Risk &risk : all) {
        live += riskIsLive(risk) ? 1 : 0;
        high += riskIsLive(risk) && risk.score() >= 12 ? 1 : 0;
    }
    // By default the closed ones are left out, highest score first.
    CHECK(page.riskView()->model()->rowCount() == live);
    const QStringList scores = columnTexts(page.riskView(), RiskTableModel::ScoreColumn);
    CHECK(scores.first().toInt() >= scores.last().toInt());
    page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(-1));
    CHECK(page.riskView()->model()->rowCount() == all.size());
    page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(-2));
    page.scoreFilter()->setCurrentIndex(page.scoreFilter()->findData(12));
    CHECK(page.riskView()->model()->rowCount() == high);
    page.scoreFilter()->setCurrentIndex(0);
    page.ownerFilter()->setCurrentIndex(page.ownerFilter()->findData(all.first().ownerId));
    for (int row = 0; row < page.riskView()->model()->rowCount(); ++row) {
        CHECK(page.riskView()->model()->index(row, RiskTableModel::OwnerColumn).data().toString()
              == page.ownerFilter()->currentText());
    }
    page.ownerFilter()->setCurrentIndex(0);

    // The demo has a review that has passed and a decision past its date: both said in words.
    CHECK(columnTexts(page.riskView(), RiskTableModel::ReviewColumn).filter(QStringLiteral("review overdue")).size()
          >= 1);
    CHECK(page.riskSummary()->text().contains(QStringLiteral("overdue")));
    CHECK(
        columnTexts(page.decisionView(), DecisionTableModel::NeededByColumn).filter(QStringLiteral("(overdue)")).size()
        >= 1);
}

TEST_CASE("A decision is added, edited to taken and removed, each undoable", "[gui][risk]")
{
    test::GuiFixture f;
    Dialogs::startScript();
    RiskLogPage page(*f.context);
    test::showExposed(page, {1200, 800});
    DecisionRepository decisions(f.db);
    const int before = int(decisions.forMunicipality(f.demo.id).size());

    test::whenModal([](DecisionDialog *dialog) {
        dialog->accept();
        CHECK(dialog->isVisible()); // no question yet
        CHECK(dialog->problemLabel()->text().contains(QStringLiteral("question")));
        QTest::keyClicks(dialog->questionEdit(), QStringLiteral("Skal vi leje ekstra lokaler?"));
        dialog->accept();
    });
    page.addDecision();
    REQUIRE(decisions.forMunicipality(f.demo.id).size() == before + 1);
    const Id id = page.currentDecisionId();
    REQUIRE(id != 0);

    test::whenModal([](DecisionDialog *dialog) {
        dialog->statusCombo()->setCurrentIndex(dialog->statusCombo()->findData(int(DecisionStatus::Taken)));
        dialog->accept();
        CHECK(dialog->isVisible()); // taken, but nothing written as the decision
        dialog->decisionEdit()->setPlainText(QStringLiteral("Ja, to lokaler i fire uger"));
        dialog->accept();
    });
    page.editDecision();
    CHECK(decisions.byId(id)->status == DecisionStatus::Taken);
    CHECK(decisions.byId(id)->decidedOn == f.clock.today());

    Dialogs::script().confirmations = {true};
    page.removeDecision();
    CHECK_FALSE(decisions.byId(id));
    QUndoStack *stack = f.context->undoStack();
    stack->undo();
    REQUIRE(decisions.byId(id));
    CHECK(decisions.byId(id)->status == DecisionStatus::Taken);
    stack->undo();
    CHECK(decisions.byId(id)->status == DecisionStatus::Pending);
    stack->undo();
    CHECK_FALSE(decisions.byId(id));
    Dialogs::stopScript();
}

TEST_CASE("Every control of the risks and decisions page has an accessible name", "[gui][risk][a11y]")
{
    const QString language = GENERATE(QStringLiteral("en"), QStringLiteral("da"));
    test::GuiFixture f(language);
    RiskLogPage page(*f.context);
    test::showExposed(page, {1200, 800});
    page.riskView()->selectRow(0);
    page.decisionView()->selectRow(0);
    const int checked = test::checkTabStopsNamed(&page);
    CHECK(checked >= 12); // three filters, two tables, the map, six buttons
    QAccessibleInterface *map = QAccessible::queryAccessibleInterface(page.heatMap());
    CHECK_FALSE(map->text(QAccessible::Description).isEmpty());
}

TEST_CASE("The risks and decisions page speaks the new language at once when it is switched", "[gui][risk][language]")
{
    test::GuiFixture f(QStringLiteral("en"));
    RiskLogPage page(*f.context);
    test::showExposed(page, {1200, 800});
    QCoreApplication::processEvents();
    const auto buttonText = [&](const char *name) {
        auto *button = page.findChild<QAbstractButton *>(QString::fromLatin1(name));
        return button ? button->text() : QStringLiteral("(no %1)").arg(QString::fromLatin1(name));
    };
    REQUIRE(buttonText("addRiskButton") == QStringLiteral("&Add Risk…"));
    REQUIRE(page.statusFilter()->itemText(0) == QStringLiteral("Open and in hand"));

    installTranslations(QStringLiteral("da"));
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    CHECK(buttonText("addRiskButton") == QStringLiteral("&Tilføj risiko…"));
    CHECK(page.statusFilter()->itemText(0) == QStringLiteral("Åbne og under håndtering"));
    CHECK(page.statusFilter()->itemText(2) == riskStatusName(RiskStatus::Open));
    CHECK(page.scoreFilter()->itemText(0) == QStringLiteral("Alle scorer"));
    CHECK(page.ownerFilter()->itemText(0) == QStringLiteral("Alle"));
    CHECK(page.riskView()->accessibleName() == QStringLiteral("Risikolog"));
    CHECK(page.heatMap()->accessibleName() == QStringLiteral("Risikokort: sandsynlighed × konsekvens"));
    CHECK(page.riskView()->model()->headerData(RiskTableModel::OwnerColumn, Qt::Horizontal).toString()
          == QStringLiteral("Ejer"));
    const QString summary = page.riskSummary()->text();
    CHECK((summary.contains(QStringLiteral("åben ")) || summary.contains(QStringLiteral("åbne "))));
    // The filter still filters after its texts changed: the default is still "open and in hand".
    CHECK(page.statusFilter()->currentIndex() == 0);

    installTranslations(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    CHECK(buttonText("addRiskButton") == QStringLiteral("&Add Risk…"));
    CHECK(page.ownerFilter()->itemText(0) == QStringLiteral("Anyone"));
    CHECK(page.heatMap()->accessibleName() == QStringLiteral("Risk heat map: probability × consequence"));
}
