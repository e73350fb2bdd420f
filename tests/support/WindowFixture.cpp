#include "WindowFixture.h"

#include "MainWindow.h"

#include <QApplication>
#include <QTest>

#include <catch2/catch.hpp>

namespace parat::test {

WindowFixture::WindowFixture(int how, const QSize &windowSize, const QString &language)
    : DemoDatabase(language)
    , options(how)
    , size(windowSize)
{
    if (how & ScriptDialogs)
        script = std::make_unique<ScriptedDialogs>();
    if (!(how & Later))
        openWindow();
}

WindowFixture::~WindowFixture()
{
    expectModalsAnswered();
    window.reset();
    script.reset();
}

MainWindow &WindowFixture::openWindow()
{
    if (window)
        return *window;
    window = std::make_unique<MainWindow>(db, clock);
    if (size.isValid())
        window->resize(size);
    if (options & Hidden)
        return *window;
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    if (options & Front)
        window->activateWindow();
    if (options & Active) {
        QApplication::setActiveWindow(window.get());
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }
    return *window;
}

} // namespace parat::test
