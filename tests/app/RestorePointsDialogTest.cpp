// Restore points in the window: listed with time, reason and size; taken on request; restored after asking.
#include "GuiFixture.h"
#include "TestSupport.h"

#include "AppContext.h"
#include "Dialogs.h"
#include "RestorePointsDialog.h"
#include "commands/MunicipalityCommands.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"

#include <QTreeWidget>
#include <QUndoStack>

using namespace parat;

TEST_CASE("The restore points dialog takes and restores a restore point", "[gui][restore]")
{
    test::GuiFixture f;
    test::ScriptedDialogs script;
    Database &db = f.db;
    const Municipality &demo = f.demo;
    AppContext &context = *f.context;

    RestorePointsDialog dialog(context);
    CHECK(dialog.list()->topLevelItemCount() == 0);
    REQUIRE(dialog.takeNow());
    REQUIRE(dialog.list()->topLevelItemCount() == 1);
    const QString manual = dialog.selectedId();
    REQUIRE_FALSE(manual.isEmpty());
    QTreeWidgetItem *item = dialog.list()->topLevelItem(0);
    CHECK(item->text(1) == QStringLiteral("Taken by the user"));
    CHECK(item->text(0) == RestorePointsDialog::timeText(db.restorePoints().first().takenAt));
    CHECK(item->text(2).endsWith(QStringLiteral("B")));

    // Changes after the restore point: a new municipality, made current, and a removal of the demo.
    Municipality added;
    added.code = QStringLiteral("0101");
    auto *add = new AddMunicipality(db, added);
    REQUIRE(context.push(add));
    context.setCurrentMunicipalityId(add->municipalityId());
    REQUIRE(context.push(new RemoveMunicipality(db, demo)));
    REQUIRE(context.undoStack()->count() == 2);

    // Asked, and no: nothing happens.
    Dialogs::script().confirmations = {false};
    CHECK_FALSE(dialog.restore(manual));
    REQUIRE_FALSE(Dialogs::script().shown.isEmpty());
    CHECK(Dialogs::script().shown.last().contains(QStringLiteral("kept as a restore point")));
    CHECK(MunicipalityRepository(db).byCode(QStringLiteral("0101")));

    // Yes: the database is back, the state before is a restore point itself, the undo stack is empty and the
    // current municipality (gone with the restore) falls back to one that exists.
    Dialogs::script().confirmations = {true};
    REQUIRE(dialog.selectPoint(manual));
    REQUIRE(dialog.restoreSelected());
    CHECK_FALSE(MunicipalityRepository(db).byCode(QStringLiteral("0101")));
    CHECK(MunicipalityRepository(db).byId(demo.id));
    CHECK(context.undoStack()->count() == 0);
    CHECK(context.currentMunicipalityId() == demo.id);
    REQUIRE(dialog.list()->topLevelItemCount() == 2);
    QStringList reasons;
    for (const RestorePoint &point : db.restorePoints())
        reasons.append(point.reason);
    CHECK(reasons.contains(QStringLiteral("restore")));
    CHECK(reasons.contains(QStringLiteral("manual")));

    // Restoring the "restore" one goes back to the state before the restore.
    QString before;
    for (const RestorePoint &point : db.restorePoints()) {
        if (point.reason == QStringLiteral("restore"))
            before = point.id;
    }
    Dialogs::script().confirmations = {true};
    REQUIRE(dialog.restore(before));
    CHECK(MunicipalityRepository(db).byCode(QStringLiteral("0101")));
    CHECK_FALSE(MunicipalityRepository(db).byId(demo.id));
    CHECK(context.currentMunicipalityId() == MunicipalityRepository(db).byCode(QStringLiteral("0101"))->id);

    // An unknown restore point is an error shown to the user.
    CHECK_FALSE(dialog.restore(QStringLiteral("nope")));
    CHECK(Dialogs::script().shown.last().contains(QStringLiteral("no longer exists")));
}
