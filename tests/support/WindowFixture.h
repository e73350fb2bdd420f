#pragma once

#include "Fixtures.h"
#include "GuiFixture.h"

#include <QSize>

#include <memory>

namespace parat {
class MainWindow;
} // namespace parat

namespace parat::test {

// What the main-window tests start from: the demo database (DemoDatabase, texts in English unless told) and a
// MainWindow on it, in the ways they differ. On destruction it fails the test for every whenModal() whose dialog never
// opened (as GuiFixture), and the window goes before the dialog script stops.
struct WindowFixture : DemoDatabase
{
    // How the tests differ; combine with |.
    enum Option
    {
        // Shown, waited for until exposed, dialogs real.
        Plain = 0,
        // Dialogs answered by script from before the window is made (Dialogs::startScript).
        ScriptDialogs = 1,
        // The shown window brought to the front (activateWindow), for keys sent to it.
        Front = 2,
        // Made but not shown.
        Hidden = 4,
        // Not made by the constructor: openWindow() makes it once the test has set up its data.
        Later = 8,
        // The shown window made the application's active window, waited for until it is.
        Active = 16,
    };

    explicit WindowFixture(int how = Plain, const QSize &windowSize = {},
                           const QString &language = QStringLiteral("en"));
    ~WindowFixture();

    // Makes the window (once) as the options say; returns it.
    MainWindow &openWindow();

    int options;
    QSize size;
    std::unique_ptr<ScriptedDialogs> script;
    std::unique_ptr<MainWindow> window;
};

} // namespace parat::test
