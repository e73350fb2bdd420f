// The communication plan page: overdue and due-soon items say so, Mark Done is one undoable action, and new
// items propose a leader with staff responsibility as sender.
#include "Fixtures.h"
#include "GuiFixture.h"
#include "TestSupport.h"

#include "AppContext.h"
#include "CommunicationItemDialog.h"
#include "CommunicationPlanPage.h"
#include "Dialogs.h"
#include "demo/DemoStakeholders.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "models/CommunicationPlanModel.h"
#include "storage/CommunicationRepository.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/StakeholderRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace parat;

namespace parat { }

namespace {

struct PlanFixture : test::GuiFixture
{
    explicit PlanFixture(const QString &language = QStringLiteral("en"))
        : GuiFixture(language)
    {
        // The demo builder adds the demo map and plan.
        REQUIRE_FALSE(StakeholderRepository(db).forMunicipality(demo.id).isEmpty());
    }
};

} // namespace

TEST_CASE("The communication plan highlights overdue items and marks done in one action", "[gui][communication]")
{
    PlanFixture f;
    Dialogs::startScript();
    CommunicationPlanPage page(*f.context);
    test::showExposed(page, {1100, 600});
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    const int overdue = page.model()->overdueCount();
    const int soon = page.model()->dueSoonCount();
    REQUIRE(overdue >= 1);
    CHECK(soon >= 1);
    CHECK(page.summary()->text().contains(QStringLiteral("%1 overdue").arg(overdue)));
    CHECK(page.summary()->text().contains(QStringLiteral("due in the next 4 weeks")));
    // Sorted by date: the first row is the oldest.
    const QModelIndex first = page.proxy()->index(0, CommunicationPlanModel::DateColumn);
    const QModelIndex last = page.proxy()->index(page.proxy()->rowCount() - 1, CommunicationPlanModel::DateColumn);
    CHECK(first.data(CommunicationPlanModel::SortRole).toString()
          <= last.data(CommunicationPlanModel::SortRole).toString());

    // Select an overdue item and mark it done with the keyboard.
    Id overdueId = 0;
    for (int row = 0; row < page.model()->rowCount() && overdueId == 0; ++row) {
        if (page.model()->index(row, 0).data(CommunicationPlanModel::OverdueRole).toBool())
            overdueId = page.model()->itemAt(row)->id;
    }
    REQUIRE(overdueId != 0);
    page.selectItem(overdueId);
    auto *done = page.findChild<QPushButton *>(QStringLiteral("markDoneButton"));
    REQUIRE(done);
    CHECK(done->isEnabled());
    page.view()->setFocus();
    QTest::keyClick(page.view(), Qt::Key_Return, Qt::ControlModifier);
    CommunicationItem item = *CommunicationRepository(f.db).byId(overdueId);
    CHECK(item.status == CommunicationStatus::Done);
    CHECK(item.doneOn == f.clock.today());
    CHECK(page.model()->overdueCount() == overdue - 1);
    CHECK(page.currentItemId() == overdueId);
    CHECK_FALSE(done->isEnabled());
    CHECK(f.context->undoStack()->count() == 1);
    f.context->undoStack()->undo();
    item = *CommunicationRepository(f.db).byId(overdueId);
    CHECK(item.status == CommunicationStatus::Planned);
    CHECK_FALSE(item.doneOn.isValid());
    CHECK(page.model()->overdueCount() == overdue);

    // The button does the same.
    page.selectItem(overdueId);
    done->click();
    CHECK(CommunicationRepository(f.db).byId(overdueId)->status == CommunicationStatus::Done);

    // Hiding done and cancelled items.
    const int all = page.model()->rowCount();
    page.openOnlyCheck()->setChecked(true);
    CHECK(page.model()->rowCount() < all);
    page.openOnlyCheck()->setChecked(false);
    CHECK(page.model()->rowCount() == all);
    Dialogs::stopScript();
}

TEST_CASE("A new communication item proposes a leader with staff responsibility as sender", "[gui][communication]")
{
    PlanFixture f;
    Dialogs::startScript();
    CommunicationPlanPage page(*f.context);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    Id leader = 0;
    for (const Person &person : PersonRepository(f.db).forMunicipality(f.demo.id)) {
        if (person.roles.contains(Role::FL) && leader == 0)
            leader = person.id;
    }
    REQUIRE(leader != 0);
    const int before = page.model()->rowCount();

    // Nothing to say yet: the dialog refuses and stays open; then it is filled in.
    test::whenModal([leader](CommunicationItemDialog *dialog) {
        CHECK(dialog->senderCombo()->currentData().toLongLong() == leader);
        CHECK(dialog->senderCombo()->currentText().contains(QStringLiteral("staff responsibility")));
        dialog->accept();
        CHECK(dialog->isVisible());
        CHECK_FALSE(dialog->validate().isEmpty());
        dialog->targetGroupEdit()->setText(QStringLiteral("Alle sagsbehandlere"));
        dialog->occasionEdit()->setText(QStringLiteral("Personalemøde om go-live"));
        dialog->messageEdit()->setPlainText(QStringLiteral("Hvem hjælper dig"));
        CHECK(dialog->validate().isEmpty());
        dialog->accept();
    });
    page.addItem();
    REQUIRE(page.model()->rowCount() == before + 1);
    const Id id = page.currentItemId();
    REQUIRE(id != 0);
    const CommunicationItem item = *CommunicationRepository(f.db).byId(id);
    CHECK(item.senderId == leader);
    CHECK(item.targetGroup == QStringLiteral("Alle sagsbehandlere"));
    CHECK(item.plannedOn == f.clock.today().addDays(7));
    CHECK(page.model()->index(page.model()->rowOf(id), CommunicationPlanModel::StateColumn).data().toString()
          == QStringLiteral("Due soon"));

    // Edit then remove, both undoable.
    test::whenModal([](CommunicationItemDialog *dialog) {
        dialog->statusCombo()->setCurrentIndex(int(CommunicationStatus::Cancelled));
        dialog->accept();
    });
    page.editItem();
    CHECK(CommunicationRepository(f.db).byId(id)->status == CommunicationStatus::Cancelled);
    Dialogs::script().confirmations = {true};
    page.removeItem();
    CHECK_FALSE(CommunicationRepository(f.db).byId(id).has_value());
    QUndoStack *stack = f.context->undoStack();
    CHECK(stack->count() == 3);
    stack->undo();
    CHECK(CommunicationRepository(f.db).byId(id)->status == CommunicationStatus::Cancelled);
    stack->undo();
    CHECK(CommunicationRepository(f.db).byId(id)->status == CommunicationStatus::Planned);
    stack->undo();
    CHECK_FALSE(CommunicationRepository(f.db).byId(id).has_value());
    CHECK(page.model()->rowCount() == before);
    stack->redo();
    stack->redo();
    stack->redo();
    CHECK_FALSE(CommunicationRepository(f.db).byId(id).has_value());
    Dialogs::stopScript();
}

// Not part of the suite: run `parat_app_tests "[.shots]"` to save screenshots of the map and the plan.
TEST_CASE("Screenshots of the communication plan", "[.shots]")
{
    const QString dir = qEnvironmentVariable("PARAT_SHOTS_DIR", QStringLiteral("/tmp/shots-stakeholders"));
    QDir().mkpath(dir);
    for (const QString &language : {QStringLiteral("da"), QStringLiteral("en")}) {
        PlanFixture f(language);
        CommunicationPlanPage page(*f.context);
        test::showExposed(page, {1280, 520});
        page.selectItem(page.model()->itemAt(page.model()->rowCount() - 1)->id);
        QApplication::processEvents();
        CHECK(page.grab().save(dir + QStringLiteral("/communication-plan-%1.png").arg(language)));
    }
}
