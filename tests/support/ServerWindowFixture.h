#pragma once

#include "GuiFixture.h"

#include "domain/Clock.h"
#include "domain/Types.h"
#include "storage/Database.h"

#include <QSize>
#include <QString>

#include <memory>

namespace parat {
class MainWindow;
} // namespace parat

namespace parat::test {

// A fresh server database of the test cluster with the demo plan, remembered as the last municipality
// (synchronous_commit on: an acknowledged commit survives an immediate stop of the server). Returns its address.
QString demoServer(Municipality *demo, const FixedClock &clock);

// What the window tests on a server start from: the demo plan on the server (demoServer), a clock on 27 November
// 2026, dialogs answered by script (Dialogs::startScript), the plan opened as the window opens one
// (OpenDatabase::openServer) and the main window shown on it, at size when one is given. The destructor closes
// the window and stops the dialog script.
struct ServerWindowFixture
{
    explicit ServerWindowFixture(const QSize &size = {});
    ~ServerWindowFixture();
    ServerWindowFixture(const ServerWindowFixture &) = delete;
    ServerWindowFixture &operator=(const ServerWindowFixture &) = delete;

    FixedClock clock;
    Municipality demo;
    QString url;
    ScriptedDialogs script;
    Database db;
    // What OpenDatabase::openServer() said it opened.
    QString opened;
    std::unique_ptr<MainWindow> window;
};

} // namespace parat::test
