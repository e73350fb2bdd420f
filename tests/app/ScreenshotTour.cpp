// Not a test: a hidden case that writes screenshots of the window's first-hour screens (the first-run page,
// a typed date refused, the saved-file notice, the window after a live language switch) at 1024×700,
// 1280×800 and 1920×1080 in Danish and English, for a person to look at. Run it under a real X server:
//   PARAT_SCREENSHOT_DIR=/tmp/shots QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1920x1080x24"
//       build/ci/tests/parat_app_tests "[.screenshots]"   (one command line)
#include "Fixtures.h"
#include "GuiFixture.h"
#include "TestSupport.h"

#include "DateEdit.h"
#include "Dialogs.h"
#include "FirstRunPage.h"
#include "MainWindow.h"
#include "MunicipalityDialog.h"
#include "ReportPage.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QScreen>
#include <QTest>

using namespace parat;

namespace {

// Settles with a pause between the rounds, for tooltips and popups to show.
void settle()
{
    test::settle(50);
}

void shoot(QWidget *window, const QString &folder, const QString &name)
{
    settle();
    // The whole screen region of the window, so tooltips and popups over it are in the picture.
    const QRect frame = window->frameGeometry();
    QScreen *screen = window->screen();
    const QPixmap picture = screen->grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height());
    CHECK(picture.save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

} // namespace

TEST_CASE("Screenshots of the first-hour screens", "[.screenshots]")
{
    const QString folder = qEnvironmentVariable("PARAT_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    const QList<QSize> sizes {{1024, 700}, {1280, 800}, {1920, 1080}};
    for (const QString &language : {QStringLiteral("da"), QStringLiteral("en")}) {
        for (const QSize &size : sizes) {
            const QString suffix = QStringLiteral("%1-%2x%3").arg(language).arg(size.width()).arg(size.height());
            installTranslations(language);
            FixedClock clock(QDate(2026, 11, 27));
            test::TempDir dir;
            {
                Database empty;
                QString error;
                REQUIRE(empty.open(dir.file(QStringLiteral("empty.parat")), &error));
                test::importSampleHandbook(empty, clock);
                MainWindow window(empty, clock);
                window.setGeometry(QRect(QPoint(0, 0), size));
                window.show();
                REQUIRE(QTest::qWaitForWindowExposed(&window));
                window.resize(size - (window.frameGeometry().size() - window.size()));
                shoot(&window, folder, QStringLiteral("first-run-") + suffix);
            }
            Database db;
            QString error;
            REQUIRE(db.open(dir.file(QStringLiteral("demo.parat")), &error));
            const Municipality demo = test::buildDemo(db, clock);
            MainWindow window(db, clock);
            window.show();
            REQUIRE(QTest::qWaitForWindowExposed(&window));
            window.resize(size - (window.frameGeometry().size() - window.size()));
            window.move(0, 0);

            // A report saved: the status bar says where.
            Dialogs::startScript();
            Dialogs::script() = Dialogs::Script();
            Dialogs::script().fileNames << dir.file(QStringLiteral("statusrapport.pdf"));
            window.showPage(MainWindow::Page::Report);
            REQUIRE(window.reportPage()->savePdf());
            Dialogs::stopScript();
            shoot(&window, folder, QStringLiteral("saved-notice-") + suffix);

            // The other language, switched live from the menu.
            const QString other = language == QLatin1String("da") ? QStringLiteral("en") : QStringLiteral("da");
            QAction *switchTo = window.findChild<QAction *>(QStringLiteral("languageAction_") + other);
            REQUIRE(switchTo);
            window.showPage(MainWindow::Page::Tasks);
            switchTo->trigger();
            shoot(&window, folder, QStringLiteral("switched-to-%1-from-").arg(other) + suffix);
            installTranslations(language);
            settle();

            // A date that does not exist, typed into the go-live field.
            if (size.width() == 1280) {
                MunicipalityDialog dialog(window.context(), demo, &window);
                dialog.show();
                REQUIRE(QTest::qWaitForWindowExposed(&dialog));
                dialog.activateWindow();
                auto *edit = dialog.findChild<DateEdit *>();
                REQUIRE(edit);
                edit->setFocus();
                edit->selectAll();
                QTest::keyClicks(edit, QStringLiteral("31-02-2027"));
                QTest::keyClick(edit, Qt::Key_Return);
                shoot(&dialog, folder, QStringLiteral("date-refused-") + language);
            }
        }
    }
    installTranslations(QStringLiteral("en"));
}
