// Concurrent edits in the window (docs/team-mode.md "Concurrent edits"): an edit of a risk someone else changed
// while the dialog was open is refused with a message naming them, nothing of it is written, and the risk table
// shows the other person's version of the row; made again from there, the edit goes through.
#include "GuiFixture.h"
#include "TestSupport.h"

#include "AppContext.h"
#include "Dialogs.h"
#include "RiskDialog.h"
#include "RiskLogPage.h"
#include "models/RiskTableModel.h"
#include "storage/Database.h"
#include "storage/RiskRepository.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace parat;

namespace {

// Replaces the dialog's title with text typed as a user does and presses Enter; closes the dialog when it is still open
// (the edit refused).
void typeTitleAndEnter(RiskDialog *dialog, const QString &title)
{
    dialog->titleEdit()->selectAll();
    QTest::keyClicks(dialog->titleEdit(), title);
    QTest::keyClick(dialog->titleEdit(), Qt::Key_Return);
    if (dialog->isVisible())
        dialog->reject();
}

} // namespace

TEST_CASE("A risk edit refused because another user changed the risk shows who, writes nothing and the table shows "
          "their version",
          "[gui][risk][versions]")
{
    test::GuiFixture f;
    Dialogs::startScript();
    RiskLogPage page(*f.context);
    test::showActive(page, {1200, 800});

    const QList<Risk> risks = RiskRepository(f.db).forMunicipality(f.demo.id);
    REQUIRE_FALSE(risks.isEmpty());
    const Risk first = risks.first();
    QTableView *view = page.riskView();
    auto rowOf = [&](Id id) {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            view->setCurrentIndex(view->model()->index(row, 0));
            if (page.currentRiskId() == id)
                return row;
        }
        return -1;
    };
    auto titleShown = [&] {
        const int row = rowOf(first.id);
        return row < 0 ? QString() : view->model()->index(row, RiskTableModel::TitleColumn).data().toString();
    };
    REQUIRE(rowOf(first.id) >= 0);
    const int stackBefore = f.context->undoStack()->count();

    // While the dialog is open, lars changes the risk (another client: a write straight to the row, as the server
    // would have it from his edit).
    test::whenModal([&](RiskDialog *dialog) {
        QSqlQuery other(f.db.connection());
        other.prepare(QStringLiteral("UPDATE risk SET title = :title, version = version + 1, changed_by = 'lars', "
                                     "changed_at = :at WHERE id = :id"));
        other.bindValue(QStringLiteral(":title"), QStringLiteral("Lars's title"));
        other.bindValue(QStringLiteral(":at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        other.bindValue(QStringLiteral(":id"), first.id);
        REQUIRE(other.exec());
        QApplication::setActiveWindow(dialog);
        dialog->titleEdit()->setFocus();
        typeTitleAndEnter(dialog, QStringLiteral("Mette's title"));
    });
    REQUIRE(rowOf(first.id) >= 0);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    CHECK(QTest::qWaitFor([&] { return titleShown() == QStringLiteral("Lars's title"); }, 5000));

    const QStringList shown = Dialogs::script().shown;
    REQUIRE(shown.size() == 1);
    CHECK(shown.first().startsWith(QStringLiteral("The risk %1 was changed by lars at ").arg(riskLabel(first.number))));
    CHECK(shown.first().contains(QStringLiteral("Your changes are not saved")));
    CHECK(RiskRepository(f.db).byId(first.id)->title == QStringLiteral("Lars's title"));
    CHECK(f.context->undoStack()->count() == stackBefore);

    // Made again from what the table shows now, the edit goes through.
    test::whenModal([&](RiskDialog *dialog) {
        CHECK(dialog->titleEdit()->text() == QStringLiteral("Lars's title"));
        typeTitleAndEnter(dialog, QStringLiteral("Mette's title"));
    });
    REQUIRE(rowOf(first.id) >= 0);
    auto *editButton = page.findChild<QPushButton *>(QStringLiteral("editRiskButton"));
    REQUIRE(editButton);
    REQUIRE(editButton->isEnabled());
    QTest::mouseClick(editButton, Qt::LeftButton);
    CHECK(RiskRepository(f.db).byId(first.id)->title == QStringLiteral("Mette's title"));
    CHECK(QTest::qWaitFor([&] { return titleShown() == QStringLiteral("Mette's title"); }, 5000));
    CHECK(Dialogs::script().shown.size() == 1);
    Dialogs::stopScript();
}
