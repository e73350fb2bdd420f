// Catch2's prebuilt main runs the tests; this listener creates the Qt application they need first: a
// QApplication in GUI test binaries (PARAT_TEST_WIDGETS), else a QGuiApplication (reports need fonts), so
// core and command-line tests link no widgets. Compiled into each test binary (parat_add_test).
// Offscreen unless the caller chose a platform, so a test binary never needs a display
// (docs/conventions.md "Toolchain pitfalls" 1: a binary that cannot start yields zero tests silently).
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include <catch2/catch.hpp>

#ifdef PARAT_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif
#include "PgCluster.h"
#include "domain/Language.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

namespace {

std::unique_ptr<QTemporaryDir> g_runtimeDir;
std::unique_ptr<TestApplication> g_app;

class QtApplicationListener : public Catch::TestEventListenerBase
{
public:
    using Catch::TestEventListenerBase::TestEventListenerBase;

    void testRunStarting(const Catch::TestRunInfo &) override
    {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        g_runtimeDir = std::make_unique<QTemporaryDir>();
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(g_runtimeDir->path()));
        // Settings and app data of tests never touch the user's own.
        QStandardPaths::setTestModeEnabled(true);
        // Nor each other's: CTest runs test processes side by side, and a test that closes a window and opens a new
        // one to see what it remembered failed when another process wrote the shared settings file in between.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           g_runtimeDir->filePath(QStringLiteral("config")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           g_runtimeDir->filePath(QStringLiteral("config")));
        static int argc = 1;
        static char name[] = "parat-tests";
        static char *argv[] = {name, nullptr};
        g_app = std::make_unique<TestApplication>(argc, argv);
        QCoreApplication::setOrganizationName(QStringLiteral("Parat-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("parat-tests"));
    }

    // Every test starts in English, whatever language the test before it left installed: CTest runs each
    // test in its own process, but a whole binary run (or a test's sections) must not depend on the order.
    void testCaseStarting(const Catch::TestCaseInfo &) override { parat::installTranslations(QStringLiteral("en")); }

    void testRunEnded(const Catch::TestRunStats &) override
    {
        parat::test::PgCluster::stop(); // the test server, if this process started one
        g_app.reset();
        g_runtimeDir.reset();
    }
};

} // namespace

CATCH_REGISTER_LISTENER(QtApplicationListener)
