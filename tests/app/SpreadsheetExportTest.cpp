// File ▸ Export tasks to Excel (the Tasks page's rows as its filter shows them) and the Superusers page's
// Export grid to Excel button: the workbook written and read back, the saved notice, and a refused file name.
#include "GuiFixture.h"
#include "TestSupport.h"
#include "WindowFixture.h"
#include "XlsxReadBack.h"

#include "Dialogs.h"
#include "MainWindow.h"
#include "SavedNotice.h"
#include "SuperuserPage.h"
#include "TaskFilterBar.h"
#include "TasksPage.h"

#include "models/TaskFilterProxyModel.h"
#include "models/TaskTableModel.h"

#include <QAccessible>
#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace parat;
using test::cellRef;

namespace {

test::XlsxSheet readSheet(const QString &path)
{
    QList<test::XlsxSheet> sheets;
    QString error;
    INFO(error.toStdString());
    REQUIRE(test::readXlsx(path, &sheets, &error));
    REQUIRE(sheets.size() == 1);
    return sheets.first();
}

} // namespace

TEST_CASE("Export tasks to Excel writes the rows the task filter shows, in their order", "[gui][spreadsheet]")
{
    test::WindowFixture f(test::WindowFixture::ScriptDialogs);
    MainWindow &window = *f.window;
    window.showPage(MainWindow::Page::Tasks);
    TasksPage *tasks = window.tasksPage();
    const int all = tasks->proxy()->rowCount();
    QTest::keyClicks(tasks->filterBar()->searchField(), QStringLiteral("P1-0"));
    QTRY_VERIFY(tasks->proxy()->rowCount() < all);
    const int shown = tasks->proxy()->rowCount();
    REQUIRE(shown > 1);
    QStringList keys;
    for (int row = 0; row < shown; ++row)
        keys << tasks->proxy()->index(row, TaskTableModel::KeyColumn).data().toString();

    const QString path = f.dir.file(QStringLiteral("filtered"));
    Dialogs::script().fileNames << path;
    test::actionNamed(&window, QStringLiteral("exportTasksExcelAction"))->trigger();
    CHECK(Dialogs::script().shown.isEmpty());

    const QString written = path + QStringLiteral(".xlsx"); // the suffix is added
    REQUIRE(QFileInfo::exists(written));
    const test::XlsxSheet sheet = readSheet(written);
    CHECK(sheet.rows == shown + 1);
    CHECK(sheet.frozenRows == 1);
    CHECK(sheet.autoFilter == QStringLiteral("A1:P%1").arg(shown + 1));
    for (int row = 0; row < shown; ++row)
        CHECK(sheet.at(cellRef(row + 1, 0)).value == keys.at(row));
    CHECK(sheet.at(QStringLiteral("J2")).isDate());
    CHECK(window.savedNotice()->text().endsWith(QDir::toNativeSeparators(QFileInfo(written).absoluteFilePath())));

    // The plan itself as the file name: refused in words, the plan untouched.
    const qint64 size = QFileInfo(f.db.path()).size();
    Dialogs::script().fileNames << f.db.path();
    test::actionNamed(&window, QStringLiteral("exportTasksExcelAction"))->trigger();
    CHECK(Dialogs::script().shown.size() == 1);
    CHECK(QFileInfo(f.db.path()).size() == size);
}

TEST_CASE("The Superusers page exports its grid to Excel from a named button", "[gui][spreadsheet]")
{
    test::WindowFixture f(test::WindowFixture::ScriptDialogs);
    MainWindow &window = *f.window;
    window.showPage(MainWindow::Page::Superusers);
    SuperuserPage *page = window.superuserPage();
    QPushButton *button = page->exportGridButton();
    REQUIRE(button);
    QTRY_VERIFY(button->isEnabled());
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(button);
    REQUIRE(accessible);
    CHECK(accessible->text(QAccessible::Name) == QStringLiteral("Export Grid to Excel…"));
    CHECK(button->focusPolicy() & Qt::TabFocus);

    const QString path = f.dir.file(QStringLiteral("grid.xlsx"));
    Dialogs::script().fileNames << path;
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(Dialogs::script().shown.isEmpty());
    REQUIRE(QFileInfo::exists(path));
    const test::XlsxSheet sheet = readSheet(path);
    CHECK(sheet.name == QStringLiteral("Capacity"));
    CHECK(sheet.rows > 10);
    CHECK(sheet.frozenRows == 1);
    CHECK(sheet.at(QStringLiteral("F2")).isDate());
    CHECK(sheet.at(QStringLiteral("G2")).isNumber());
    CHECK(window.savedNotice()->text().endsWith(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
}
