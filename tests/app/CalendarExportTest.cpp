// File ▸ Export calendar: the dialog by keyboard, the file written for one person with releases, and the saved
// notice saying where it went; a file name that is the plan itself is refused.
#include "GuiFixture.h"
#include "TestSupport.h"
#include "WindowFixture.h"

#include "CalendarExportDialog.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "SavedNotice.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace parat;

TEST_CASE("Export calendar writes one person's calendar chosen by keyboard and says where it went", "[gui][calendar]")
{
    test::WindowFixture f(test::WindowFixture::ScriptDialogs);
    MainWindow &window = *f.window;

    const QString path = f.dir.file(QStringLiteral("line"));
    Dialogs::script().fileNames << path;
    bool answered = false;
    test::whenModal([&answered](CalendarExportDialog *dialog) {
        // Every control is named for a screen reader, and the person list has the focus.
        CHECK_FALSE(QAccessible::queryAccessibleInterface(dialog->personCombo())->text(QAccessible::Name).isEmpty());
        CHECK(dialog->personCombo()->itemText(0) == QStringLiteral("The whole municipality"));
        const int line = dialog->personCombo()->findText(QStringLiteral("Line Andersen"));
        REQUIRE(line > 0);
        QApplication::setActiveWindow(dialog);
        REQUIRE(QTest::qWaitForWindowActive(dialog));
        dialog->personCombo()->setFocus();
        QTRY_VERIFY(dialog->personCombo()->hasFocus());
        while (dialog->personCombo()->currentIndex() < line)
            QTest::keyClick(dialog->personCombo(), Qt::Key_Down);
        QTest::keyClick(dialog->personCombo(), Qt::Key_Tab); // on to "Also the date each task is released"
        CHECK(QApplication::focusWidget() == dialog->releasesCheck());
        QTest::keyClick(dialog->releasesCheck(), Qt::Key_Space);
        CHECK(dialog->releasesCheck()->isChecked());
        answered = true;
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    test::actionNamed(&window, QStringLiteral("exportCalendarAction"))->trigger();
    CHECK(answered);
    CHECK(Dialogs::script().shown.isEmpty());

    // The suffix is added; the file is an iCalendar file named after the person, with release entries.
    const QString written = path + QStringLiteral(".ics");
    REQUIRE(QFileInfo::exists(written));
    QFile file(written);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.startsWith(QStringLiteral("BEGIN:VCALENDAR")));
    CHECK(text.contains(QStringLiteral("X-WR-CALNAME:Parat – 0630 Vejle – Line Andersen")));
    CHECK(text.contains(QStringLiteral("-release@parat")));
    CHECK(window.savedNotice()->text().endsWith(QDir::toNativeSeparators(QFileInfo(written).absoluteFilePath())));
}

TEST_CASE("Export calendar refuses to write over the plan and leaves it as it was", "[gui][calendar]")
{
    test::WindowFixture f(test::WindowFixture::ScriptDialogs);
    MainWindow &window = *f.window;
    const QString database = f.db.path();
    const qint64 size = QFileInfo(database).size();
    Dialogs::script().fileNames << database;
    test::whenModal([](CalendarExportDialog *dialog) { QTest::keyClick(dialog, Qt::Key_Return); });
    test::actionNamed(&window, QStringLiteral("exportCalendarAction"))->trigger();
    REQUIRE(Dialogs::script().shown.size() == 1); // the refusal, in words
    CHECK(QFileInfo(database).size() == size);
    CHECK_FALSE(f.db.isReadOnly()); // still the writable plan it was
}
