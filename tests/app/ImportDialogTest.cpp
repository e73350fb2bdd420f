// Handbook import in the window: the dry run's plan or problems, and the import with its restore point.
#include "Fixtures.h"
#include "GuiFixture.h"
#include "TestSupport.h"

#include "AppContext.h"
#include "Dialogs.h"
#include "ImportDialog.h"
#include "commands/MunicipalityCommands.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "storage/Database.h"
#include "storage/HandbookRepository.h"
#include "storage/MunicipalityRepository.h"

#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace parat;

namespace {

using Setup = test::GuiFixture;

QTreeWidgetItem *group(QTreeWidget *tree, const QString &prefix)
{
    for (int row = 0; row < tree->topLevelItemCount(); ++row) {
        if (tree->topLevelItem(row)->text(0).startsWith(prefix))
            return tree->topLevelItem(row);
    }
    return nullptr;
}

QPushButton *importButton(ImportDialog &dialog)
{
    const QList<QPushButton *> buttons = dialog.findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->text() == QStringLiteral("&Import"))
            return button;
    }
    return nullptr;
}

} // namespace

TEST_CASE("A handbook file with errors lists its problems with line numbers and imports nothing", "[gui][import]")
{
    Setup s;
    Dialogs::startScript();
    const int versions = int(HandbookRepository(s.db).versions().size());
    const quint64 revision = s.db.revision();

    ImportDialog dialog(*s.context);
    Dialogs::script().fileNames = {test::dataPath(QStringLiteral("handbook/many-errors.csv"))};
    REQUIRE(dialog.chooseFile());
    CHECK_FALSE(dialog.canImport());
    REQUIRE(importButton(dialog));
    CHECK_FALSE(importButton(dialog)->isEnabled());
    CHECK(dialog.statusText().contains(QStringLiteral("Nothing has been changed.")));

    QListWidget *problems = dialog.problemView();
    REQUIRE(problems->count() >= 4);
    QStringList texts;
    for (int row = 0; row < problems->count(); ++row)
        texts.append(problems->item(row)->text());
    const QString all = texts.join(QLatin1Char('\n'));
    CHECK(all.contains(QStringLiteral("Error: Line 2, column phase")));
    CHECK(all.contains(QStringLiteral("Line 3")));
    CHECK(all.contains(QStringLiteral("Line 4")));
    CHECK(all.contains(QStringLiteral("Warning:"))); // the unknown column

    CHECK_FALSE(dialog.importChecked());
    CHECK(HandbookRepository(s.db).versions().size() == versions);
    CHECK(s.db.revision() == revision);
    CHECK(s.db.restorePoints().isEmpty());

    // The window's entry point says the same without opening anything.
    Dialogs::script().fileNames = {test::dataPath(QStringLiteral("handbook/many-errors.csv"))};
    Dialogs::script().confirmations = {true};
    CHECK_FALSE(ImportDialog::run(*s.context, nullptr));
    CHECK(HandbookRepository(s.db).versions().size() == versions);
    Dialogs::stopScript();
}

TEST_CASE("Importing the sample CSV shows the changed tasks and records a version with a restore point",
          "[gui][import]")
{
    Setup s;
    Dialogs::startScript();
    const int versions = int(HandbookRepository(s.db).versions().size());
    // Something on the undo stack: an import invalidates it.
    Municipality other;
    other.code = QStringLiteral("0101");
    REQUIRE(s.context->push(new AddMunicipality(s.db, other)));
    REQUIRE(s.context->undoStack()->count() == 1);

    ImportDialog dialog(*s.context);
    dialog.checkFile(test::sampleDataPath(QStringLiteral("handbook-sample.csv")));
    REQUIRE(dialog.checked().ok());
    REQUIRE(dialog.canImport());
    CHECK(dialog.label() == QStringLiteral("handbook-sample"));
    CHECK(dialog.statusText().contains(QStringLiteral("Nothing has been changed yet")));

    // The bundled handbook has English titles, the CSV no title_en column: the stored titles stay, and the plan
    // says which columns the file does not carry instead of listing every task as changed.
    CHECK(dialog.checked().plan.keptColumns.contains(QStringLiteral("title_en")));
    CHECK(dialog.statusText().contains(QStringLiteral("title_en")));
    for (const MergePlan::Changed &change : dialog.checked().plan.changed) {
        for (const FieldChange &field : change.changes)
            CHECK(field.field != QStringLiteral("title_en"));
    }
    QTreeWidgetItem *unchanged = group(dialog.planView(), QStringLiteral("Unchanged: "));
    REQUIRE(unchanged);
    CHECK(unchanged->childCount() == 0);
    CHECK(HandbookRepository(s.db).versions().size() == versions); // the dry run wrote nothing

    dialog.setLabel(QStringLiteral("Prøve 2"));
    REQUIRE(dialog.importChecked());
    CHECK(dialog.result() == QDialog::Accepted);
    const QList<HandbookVersion> after = HandbookRepository(s.db).versions();
    REQUIRE(after.size() == versions + 1);
    CHECK(after.last().label == QStringLiteral("Prøve 2"));
    const QList<RestorePoint> points = s.db.restorePoints();
    REQUIRE(points.size() == 1);
    CHECK(points.first().reason == QStringLiteral("import"));
    CHECK(dialog.imported().restorePoint.id == points.first().id);
    REQUIRE_FALSE(Dialogs::script().shown.isEmpty());
    CHECK(Dialogs::script().shown.last().contains(QStringLiteral("restore point")));
    CHECK(s.context->undoStack()->count() == 0);
    CHECK(s.context->currentMunicipalityId() == s.demo.id);
    Dialogs::stopScript();
}

TEST_CASE("The import entry point asks for a file and imports on confirmation", "[gui][import]")
{
    Setup s;
    Dialogs::startScript();
    const int versions = int(HandbookRepository(s.db).versions().size());

    // No file chosen: nothing.
    CHECK_FALSE(ImportDialog::run(*s.context, nullptr));

    // Checked, then closed without importing.
    Dialogs::script().fileNames = {test::sampleDataPath(QStringLiteral("handbook-sample.csv"))};
    Dialogs::script().confirmations = {false};
    CHECK_FALSE(ImportDialog::run(*s.context, nullptr));
    CHECK(HandbookRepository(s.db).versions().size() == versions);

    Dialogs::script().fileNames = {test::sampleDataPath(QStringLiteral("handbook-sample.csv"))};
    Dialogs::script().confirmations = {true};
    CHECK(ImportDialog::run(*s.context, nullptr));
    CHECK(HandbookRepository(s.db).versions().size() == versions + 1);
    Dialogs::stopScript();
}
