// The typed settings facade: defaults, round trips through the file, key names.
#include "TestSupport.h"

#include "Settings.h"

#include <QSettings>

using namespace parat;

TEST_CASE("Settings start from their defaults and keep what is set", "[settings]")
{
    test::TempDir dir;
    const QString file = dir.file(QStringLiteral("parat.ini"));
    {
        Settings settings(file);
        CHECK(settings.language().isEmpty());
        CHECK(settings.lastMunicipalityCode().isEmpty());
        CHECK(settings.lastDatabasePath().isEmpty());
        CHECK(settings.mainWindowGeometry().isEmpty());
        CHECK(settings.mainWindowState().isEmpty());
        CHECK(settings.tasksHeaderState().isEmpty());
        CHECK(settings.lastImportFolder().isEmpty());
        CHECK_FALSE(settings.contains(Settings::Key::Language));

        settings.setLanguage(QStringLiteral("da"));
        settings.setLastMunicipalityCode(QStringLiteral("0630"));
        settings.setLastDatabasePath(QStringLiteral("/tmp/parat.sqlite"));
        settings.setMainWindowGeometry(QByteArray("\x01\x02\x00geometry", 11));
        settings.setMainWindowState(QByteArray("state"));
        settings.setTasksHeaderState(QByteArray("header"));
        settings.setLastImportFolder(QStringLiteral("/home/pl/Hentet"));
        settings.sync();
    }
    {
        Settings settings(file);
        CHECK(settings.language() == QStringLiteral("da"));
        CHECK(settings.lastMunicipalityCode() == QStringLiteral("0630"));
        CHECK(settings.lastDatabasePath() == QStringLiteral("/tmp/parat.sqlite"));
        CHECK(settings.mainWindowGeometry() == QByteArray("\x01\x02\x00geometry", 11));
        CHECK(settings.mainWindowState() == QByteArray("state"));
        CHECK(settings.tasksHeaderState() == QByteArray("header"));
        CHECK(settings.lastImportFolder() == QStringLiteral("/home/pl/Hentet"));

        // Unknown languages mean "the system's"; reset goes back to the default.
        settings.setLanguage(QStringLiteral("sv"));
        CHECK(settings.language().isEmpty());
        settings.setLanguage(QStringLiteral("en"));
        CHECK(settings.language() == QStringLiteral("en"));
        settings.reset(Settings::Key::LastMunicipalityCode);
        CHECK(settings.lastMunicipalityCode().isEmpty());
        settings.sync();
    }
    // Stored under the documented Group/Key names.
    QSettings raw(file, QSettings::IniFormat);
    CHECK(raw.value(QStringLiteral("General/Language")).toString() == QStringLiteral("en"));
    CHECK(raw.value(Settings::name(Settings::Key::LastImportFolder)).toString() == QStringLiteral("/home/pl/Hentet"));
    CHECK(Settings::name(Settings::Key::MainWindowGeometry) == QStringLiteral("MainWindow/Geometry"));
    CHECK_FALSE(raw.contains(Settings::name(Settings::Key::LastMunicipalityCode)));
}
