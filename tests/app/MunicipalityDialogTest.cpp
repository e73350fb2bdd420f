// Adding, editing and removing municipalities from the window: the searchable official list, the keyboard
// flow, the commands on the undo stack, the question and the restore point before a removal.
#include "Fixtures.h"
#include "GuiFixture.h"
#include "TestSupport.h"

#include "AppContext.h"
#include "Dialogs.h"
#include "MunicipalityDialog.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace parat;

namespace {

using Setup = test::GuiFixture;

} // namespace

TEST_CASE("The add dialog searches the official list by name or code", "[gui][municipality]")
{
    Setup s;
    MunicipalityDialog dialog(*s.context);
    QAbstractItemModelTester tester(dialog.listView()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(dialog.isAdding());
    CHECK(dialog.visibleCount() == 98);

    QTest::keyClicks(dialog.searchField(), QStringLiteral("Vejle"));
    CHECK(dialog.visibleCount() == 1);
    // Vejle is in the database already: shown, marked in words, and not selectable.
    CHECK(dialog.listView()->model()->index(0, 0).data().toString().contains(QStringLiteral("already added")));
    CHECK_FALSE(dialog.selectCode(s.demo.code));
    CHECK(dialog.selectedCode().isEmpty());

    dialog.searchField()->clear();
    QTest::keyClicks(dialog.searchField(), QStringLiteral("0101"));
    CHECK(dialog.visibleCount() == 1);
    CHECK(dialog.listView()->model()->index(0, 0).data().toString() == QStringLiteral("0101 København"));
    CHECK(dialog.selectedCode() == QStringLiteral("0101"));

    dialog.searchField()->setText(QStringLiteral("københavn"));
    CHECK(dialog.visibleCount() == 1);
    dialog.searchField()->setText(QStringLiteral("no such place"));
    CHECK(dialog.visibleCount() == 0);
    CHECK(dialog.selectedCode().isEmpty());

    // Go-live defaults to 1 January of next year; owner and leader are optional.
    const Municipality entered = [&] {
        dialog.searchField()->setText(QStringLiteral("Aarhus"));
        return dialog.municipality();
    }();
    CHECK(entered.code == QStringLiteral("0751"));
    CHECK(entered.goLive == QDate(2027, 1, 1));
    CHECK(entered.projectOwner.isEmpty());
    CHECK(dialog.findChild<QDateEdit *>()->calendarPopup());
}

TEST_CASE("The add dialog works from the keyboard - type then arrow down then Enter", "[gui][municipality]")
{
    Setup s;
    MunicipalityDialog dialog(*s.context);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    dialog.searchField()->setFocus();
    QTest::keyClicks(dialog.searchField(), QStringLiteral("Odense"));
    QTest::keyClick(dialog.searchField(), Qt::Key_Down);
    CHECK(dialog.listView()->hasFocus());
    CHECK(dialog.selectedCode() == QStringLiteral("0461"));
    QTest::keyClick(dialog.listView(), Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.municipality().code == QStringLiteral("0461"));
}

TEST_CASE("Adding a municipality pushes an undoable command and makes it current", "[gui][municipality]")
{
    Setup s;
    test::whenModal([](MunicipalityDialog *dialog) {
        QTest::keyClicks(dialog->searchField(), QStringLiteral("0101"));
        dialog->setGoLive(QDate(2027, 1, 1));
        dialog->accept();
    });
    REQUIRE(MunicipalityDialog::addMunicipality(*s.context, nullptr));
    const std::optional<Municipality> added = MunicipalityRepository(s.db).byCode(QStringLiteral("0101"));
    REQUIRE(added);
    CHECK(added->goLive == QDate(2027, 1, 1));
    CHECK(s.context->currentMunicipalityId() == added->id);
    CHECK(s.context->undoStack()->undoText() == QStringLiteral("Add municipality 0101 København"));

    s.context->undoStack()->undo();
    CHECK_FALSE(MunicipalityRepository(s.db).byCode(QStringLiteral("0101")));
    MunicipalityDialog::ensureCurrentMunicipality(*s.context);
    CHECK(s.context->currentMunicipalityId() == s.demo.id);
    s.context->undoStack()->redo();
    CHECK(MunicipalityRepository(s.db).byCode(QStringLiteral("0101"))->id == added->id);

    // Cancelling adds nothing.
    test::whenModal([](MunicipalityDialog *dialog) { dialog->reject(); });
    CHECK_FALSE(MunicipalityDialog::addMunicipality(*s.context, nullptr));
    CHECK(s.context->undoStack()->count() == 1);
}

TEST_CASE("Editing a municipality changes go-live and leader with undo", "[gui][municipality]")
{
    Setup s;
    test::whenModal([](MunicipalityDialog *dialog) {
        CHECK_FALSE(dialog->isAdding());
        CHECK(dialog->searchField() == nullptr);
        dialog->setGoLive(QDate(2028, 1, 1));
        const QList<QLineEdit *> edits = dialog->findChildren<QLineEdit *>();
        for (QLineEdit *edit : edits) {
            if (edit->text() == dialog->municipality().projectLeader && !edit->text().isEmpty())
                edit->setText(QStringLiteral("Ny Leder"));
        }
        dialog->accept();
    });
    REQUIRE(MunicipalityDialog::editMunicipality(*s.context, s.demo.id, nullptr));
    const Municipality after = *MunicipalityRepository(s.db).byId(s.demo.id);
    CHECK(after.goLive == QDate(2028, 1, 1));
    CHECK(after.code == s.demo.code);
    s.context->undoStack()->undo();
    CHECK(MunicipalityRepository(s.db).byId(s.demo.id)->goLive == s.demo.goLive);

    // Saving without a change leaves no step on the stack.
    test::whenModal([](MunicipalityDialog *dialog) { dialog->accept(); });
    CHECK_FALSE(MunicipalityDialog::editMunicipality(*s.context, s.demo.id, nullptr));
    CHECK(s.context->undoStack()->index() == 0);
}

TEST_CASE("Removing a municipality asks first and takes a restore point and undo brings it back", "[gui][municipality]")
{
    Setup s;
    Dialogs::startScript();

    // No: nothing happens.
    Dialogs::script().confirmations = {false};
    CHECK_FALSE(MunicipalityDialog::removeMunicipality(*s.context, s.demo.id, nullptr));
    REQUIRE(Dialogs::script().shown.size() == 1);
    CHECK(Dialogs::script().shown.first().contains(QStringLiteral("0630 Vejle")));
    CHECK(Dialogs::script().shown.first().contains(QStringLiteral("people")));
    CHECK(MunicipalityRepository(s.db).byId(s.demo.id));
    CHECK(s.db.restorePoints().isEmpty());

    // Yes: a restore point first, then the removal; the current municipality moves on.
    Dialogs::script().confirmations = {true};
    REQUIRE(MunicipalityDialog::removeMunicipality(*s.context, s.demo.id, nullptr));
    CHECK_FALSE(MunicipalityRepository(s.db).byId(s.demo.id));
    const QList<RestorePoint> points = s.db.restorePoints();
    REQUIRE(points.size() == 1);
    CHECK(points.first().reason == QStringLiteral("remove-municipality"));
    CHECK(s.context->currentMunicipalityId() == 0);
    {
        // The restore point holds the municipality as it was.
        const QString copied = s.dir.file(QStringLiteral("copy.sqlite"));
        REQUIRE(QFile::copy(points.first().path, copied));
        Database copy;
        QString error;
        REQUIRE(copy.open(copied, &error));
        CHECK(MunicipalityRepository(copy).byId(s.demo.id));
    }

    s.context->undoStack()->undo();
    const std::optional<Municipality> back = MunicipalityRepository(s.db).byId(s.demo.id);
    REQUIRE(back);
    CHECK(back->goLive == s.demo.goLive);
    Dialogs::stopScript();
}
