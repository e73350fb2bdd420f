// File ▸ Import statuses… in the window: the column-mapping dialog driven by the keyboard, the plan with match
// certainty and conflicts, saving a mapping, and the import as one undo step. File ▸ Export status sheet… too.
#include "GuiFixture.h"
#include "TestSupport.h"

#include "AppContext.h"
#include "Dialogs.h"
#include "SpreadsheetExport.h"
#include "StatusImportDialog.h"
#include "commands/TaskCommands.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "handbook/SpreadsheetReader.h"
#include "report/XlsxWriter.h"
#include "storage/StatusMappingRepository.h"
#include "storage/TaskRepository.h"

#include <QAccessible>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace parat;

namespace {

QTreeWidgetItem *group(QTreeWidget *tree, const QString &prefix)
{
    for (int row = 0; row < tree->topLevelItemCount(); ++row) {
        if (tree->topLevelItem(row)->text(0).startsWith(prefix))
            return tree->topLevelItem(row);
    }
    return nullptr;
}

PlannedTask taskOf(test::GuiFixture &s, const QString &key)
{
    for (const PlannedTask &t : TaskRepository(s.db).plannedTasks(s.demo.id)) {
        if (t.task.key == key)
            return t;
    }
    FAIL("no task " << key.toStdString());
    return {};
}

// Gives a widget focus through the keyboard: Tab from wherever the focus is until it is there.
void tabTo(QWidget *dialog, QWidget *target)
{
    QCoreApplication::processEvents(); // widgets a layout just took are shown from the event loop
    QStringList seen;
    for (int i = 0; i < 80 && QApplication::focusWidget() != target; ++i) {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : dialog, Qt::Key_Tab);
        seen << (QApplication::focusWidget()
                     ? QString::fromLatin1(QApplication::focusWidget()->metaObject()->className()) + QLatin1Char(':')
                         + QApplication::focusWidget()->accessibleName()
                     : QStringLiteral("-"));
    }
    INFO(seen.join(QStringLiteral(", ")).toStdString());
    REQUIRE(QApplication::focusWidget() == target);
}

} // namespace

TEST_CASE("The mapping dialog maps a KLIK-like sheet by keyboard, saves the mapping and imports as one step",
          "[gui][status]")
{
    test::GuiFixture s(QStringLiteral("da"));
    Dialogs::startScript();
    const QList<PlannedTask> tasks = TaskRepository(s.db).plannedTasks(s.demo.id);
    PlannedTask a;
    PlannedTask b;
    for (const PlannedTask &t : tasks) {
        if (t.state.status == Status::NotStarted && a.task.key.isEmpty())
            a = t;
        else if (t.state.status == Status::NotStarted && b.task.key.isEmpty())
            b = t;
    }
    REQUIRE_FALSE(b.task.key.isEmpty());
    // A title line above the headings, a title column and the sheet's own words.
    const QString csv = s.dir.file(QStringLiteral("klik.csv"));
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("Udtræk fra KLIK;;\r\nAktivitet;Fremdrift;Note\r\n%1;Klaret;Fra KLIK\r\n%2;I "
                                  "gang;\r\nNoget helt andet;Klaret;\r\n")
                       .arg(a.task.titleDa, b.task.titleDa)
                       .toUtf8());
    }

    StatusImportDialog dialog(*s.context);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    Dialogs::script().fileNames = {csv};
    REQUIRE(dialog.chooseFile());
    // The headings are on row 2, found on their own; the title column is "Aktivitet".
    CHECK(dialog.headerRowBox()->value() == 2);
    CHECK(dialog.columnBox(QStringLiteral("title"))->currentData().toInt() == 0);
    CHECK(dialog.columnBox(QStringLiteral("status"))->currentData().toInt() == -1); // "Fremdrift" is not known

    // Status column by keyboard: Tab to its combo, then choose column B with the arrow key.
    QComboBox *status = dialog.columnBox(QStringLiteral("status"));
    tabTo(&dialog, status);
    QTest::keyClick(status, Qt::Key_Down);
    QTest::keyClick(status, Qt::Key_Down);
    CHECK(status->currentData().toInt() == 1);
    // "Klaret" is not one of Parat's words: the plan names the cell and Import stays off.
    CHECK_FALSE(dialog.plan().ok());
    CHECK(dialog.problemView()->count() == 2);
    CHECK(dialog.problemView()->item(0)->text().contains(QStringLiteral("række 3, kolonne B")));
    CHECK_FALSE(dialog.importButton()->isEnabled());

    // Map "Klaret" to Fuldført by keyboard.
    QComboBox *klaret = dialog.wordBox(QStringLiteral("Klaret"));
    REQUIRE(klaret);
    CHECK(klaret->accessibleName() == QStringLiteral("Parats status for \"Klaret\""));
    tabTo(&dialog, klaret);
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(klaret, Qt::Key_Down);
    CHECK(klaret->currentData().toString() == statusCode(Status::Done));
    REQUIRE(dialog.plan().ok());
    CHECK(dialog.plan().count(StatusImportRow::Outcome::Change) == 2);
    CHECK(dialog.plan().count(StatusImportRow::Outcome::NoMatch) == 1);
    QTreeWidgetItem *changes = group(dialog.planView(), QStringLiteral("Ændringer: 2"));
    REQUIRE(changes);
    CHECK(changes->child(0)->text(3) == QStringLiteral("titel, 95%"));
    CHECK(dialog.importButton()->isEnabled());

    // Every control the keyboard reaches has a name for the screen reader.
    CHECK(test::checkTabStopsNamed(&dialog) >= 12);

    // Save the mapping by name (typed), with the button reached by Tab and pressed with Space.
    tabTo(&dialog, dialog.mappingName());
    QTest::keyClicks(dialog.mappingName(), QStringLiteral("KLIK-udtræk"));
    REQUIRE(dialog.saveMapping());
    const std::optional<StatusMapping> saved = StatusMappingRepository(s.db).byName(QStringLiteral("KLIK-udtræk"));
    REQUIRE(saved);
    CHECK(saved->headerRow == 1);
    CHECK(saved->columns.status == 1);
    CHECK(saved->words.value(QStringLiteral("klaret")) == statusCode(Status::Done));

    if (!qEnvironmentVariableIsEmpty("PARAT_SCREENSHOT_DIR")) {
        dialog.resize(1000, 780);
        QTest::qWait(50);
        REQUIRE(dialog.grab().save(QDir(qEnvironmentVariable("PARAT_SCREENSHOT_DIR"))
                                       .filePath(QStringLiteral("status-import-dialog-da.png"))));
    }

    // Leave the second change out: Tab to the plan, arrow down to its row, Space unticks it.
    tabTo(&dialog, dialog.planView());
    dialog.planView()->setCurrentItem(changes);
    QTest::keyClick(dialog.planView(), Qt::Key_Down);
    QTest::keyClick(dialog.planView(), Qt::Key_Down);
    REQUIRE(dialog.planView()->currentItem() == changes->child(1));
    CHECK(changes->child(1)->checkState(0) == Qt::Checked);
    QTest::keyClick(dialog.planView(), Qt::Key_Space);
    CHECK(changes->child(1)->checkState(0) == Qt::Unchecked);
    CHECK(changes->child(1)->text(4).startsWith(QStringLiteral("Udeladt: ")));
    CHECK(dialog.plan().applying().size() == 1);

    // Import: Tab to the button, Space presses it. One undo step takes it back.
    const int steps = s.context->undoStack()->count();
    tabTo(&dialog, dialog.importButton());
    QTest::keyClick(dialog.importButton(), Qt::Key_Space);
    CHECK(taskOf(s, a.task.key).state.status == Status::Done);
    CHECK(taskOf(s, a.task.key).state.note == QStringLiteral("Fra KLIK"));
    CHECK(taskOf(s, b.task.key).state.status == Status::NotStarted); // left out
    CHECK(s.context->undoStack()->count() == steps + 1); // the import is one step
    s.context->undoStack()->undo();
    CHECK(taskOf(s, a.task.key).state.status == Status::NotStarted);
    CHECK(taskOf(s, b.task.key).state.status == Status::NotStarted);
    Dialogs::stopScript();
}

TEST_CASE("A status sheet exported from the window comes back through the dialog with a conflict to settle",
          "[gui][status]")
{
    test::GuiFixture s(QStringLiteral("en"));
    Dialogs::startScript();
    const Id mads = s.personNamed(QStringLiteral("Mads Kjær"));
    const QString path = s.dir.file(QStringLiteral("mads.xlsx"));
    Dialogs::script().fileNames = {path};
    CHECK(SpreadsheetExport::exportStatusSheet(*s.context, mads, nullptr) == path);
    REQUIRE(QFile::exists(path));

    // Read straight back: nothing edited, nothing to import.
    {
        StatusImportDialog dialog(*s.context);
        dialog.openFile(path);
        REQUIRE(dialog.plan().ok());
        CHECK(dialog.plan().count(StatusImportRow::Outcome::Change) == 0);
        CHECK(dialog.mapping().columns.exportedAt >= 0);
        CHECK_FALSE(dialog.importButton()->isEnabled());
    }

    // An hour later the first task moves on in Parat; in the sheet Mads marks it done.
    SpreadsheetBook book = readSpreadsheetFile(path);
    REQUIRE(book.ok());
    const QString key = book.sheets.constFirst().cell(1, 0).text;
    const PlannedTask before = taskOf(s, key);
    s.clock.set(s.clock.now().addSecs(3600));
    TaskState moved = before.state;
    moved.status = before.state.status == Status::InProgress ? Status::Waiting : Status::InProgress;
    moved.reason = QStringLiteral("Leverandør");
    REQUIRE(s.context->push(new SetTaskStates(s.db, s.clock, {before.state}, {moved}, QStringLiteral("set"))));
    SheetTable edited;
    edited.name = book.sheets.constFirst().name;
    const SpreadsheetSheet &sheet = book.sheets.constFirst();
    for (int c = 0; c < sheet.columnCount(); ++c)
        edited.columns.append({sheet.cell(0, c).text, SheetColumn::Kind::Text});
    for (int r = 1; r < sheet.rows.size(); ++r) {
        QVariantList row;
        for (int c = 0; c < sheet.columnCount(); ++c)
            row.append(sheet.cell(r, c).display());
        edited.rows.append(row);
    }
    edited.rows[0][4] = QStringLiteral("Done");
    const QString editedPath = s.dir.file(QStringLiteral("mads-edited.xlsx"));
    QString error;
    REQUIRE(writeXlsxWorkbook(editedPath, {edited}, QStringLiteral("en"), &error));

    StatusImportDialog dialog(*s.context);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    dialog.openFile(editedPath);
    REQUIRE(dialog.plan().ok());
    REQUIRE(dialog.plan().count(StatusImportRow::Outcome::Conflict) == 1);
    CHECK_FALSE(dialog.importButton()->isEnabled()); // Parat's value is kept until the user says otherwise
    QTreeWidgetItem *conflicts = group(dialog.planView(), QStringLiteral("Conflicts: 1"));
    REQUIRE(conflicts);
    QTreeWidgetItem *conflict = conflicts->child(0);
    CHECK(conflict->text(4).contains(QStringLiteral("Parat's value is kept.")));
    CHECK(conflict->checkState(0) == Qt::Unchecked);

    // Tick it with the keyboard: Tab to the plan, arrow down to the row, Space.
    tabTo(&dialog, dialog.planView());
    dialog.planView()->setCurrentItem(conflicts);
    QTest::keyClick(dialog.planView(), Qt::Key_Down);
    REQUIRE(dialog.planView()->currentItem() == conflict);
    QTest::keyClick(dialog.planView(), Qt::Key_Space);
    CHECK(conflict->checkState(0) == Qt::Checked);
    CHECK(conflict->text(4).contains(QStringLiteral("The sheet's value is taken.")));
    REQUIRE(dialog.importButton()->isEnabled());
    REQUIRE(dialog.importPlan());
    CHECK(taskOf(s, key).state.status == Status::Done);
    s.context->undoStack()->undo();
    CHECK(taskOf(s, key).state.status == moved.status);
    Dialogs::stopScript();
}
