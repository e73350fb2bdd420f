#include "Settings.h"

#include <QSettings>

namespace parat {

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{ }

Settings::Settings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{ }

Settings::~Settings() = default;

QString Settings::name(Key key)
{
    switch (key) {
    case Key::Language:
        return QStringLiteral("General/Language");
    case Key::LastMunicipalityCode:
        return QStringLiteral("General/LastMunicipality");
    case Key::LastDatabasePath:
        return QStringLiteral("General/LastDatabase");
    case Key::MainWindowGeometry:
        return QStringLiteral("MainWindow/Geometry");
    case Key::MainWindowState:
        return QStringLiteral("MainWindow/State");
    case Key::TasksHeaderState:
        return QStringLiteral("Tasks/HeaderState");
    case Key::LastImportFolder:
        return QStringLiteral("Import/LastFolder");
    case Key::RecentDatabases:
        return QStringLiteral("General/RecentDatabases");
    }
    Q_UNREACHABLE();
    return {};
}

QVariant Settings::defaultValue(Key key)
{
    switch (key) {
    case Key::Language:
    case Key::LastMunicipalityCode:
    case Key::LastDatabasePath:
    case Key::LastImportFolder:
        return QString();
    case Key::MainWindowGeometry:
    case Key::MainWindowState:
    case Key::TasksHeaderState:
        return QByteArray();
    case Key::RecentDatabases:
        return QStringList();
    }
    Q_UNREACHABLE();
    return {};
}

QVariant Settings::value(Key key) const
{
    return m_settings->value(name(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(name(key), value);
}

void Settings::reset(Key key)
{
    m_settings->remove(name(key));
}

bool Settings::contains(Key key) const
{
    return m_settings->contains(name(key));
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::language() const
{
    const QString language = value(Key::Language).toString();
    return language == QLatin1String("da") || language == QLatin1String("en") ? language : QString();
}

void Settings::setLanguage(const QString &language)
{
    const bool known = language == QLatin1String("da") || language == QLatin1String("en");
    setValue(Key::Language, known ? language : QString());
}

QString Settings::lastMunicipalityCode() const
{
    return value(Key::LastMunicipalityCode).toString();
}

void Settings::setLastMunicipalityCode(const QString &code)
{
    setValue(Key::LastMunicipalityCode, code);
}

QString Settings::lastDatabasePath() const
{
    return value(Key::LastDatabasePath).toString();
}

void Settings::setLastDatabasePath(const QString &path)
{
    setValue(Key::LastDatabasePath, path);
}

QByteArray Settings::mainWindowGeometry() const
{
    return value(Key::MainWindowGeometry).toByteArray();
}

void Settings::setMainWindowGeometry(const QByteArray &geometry)
{
    setValue(Key::MainWindowGeometry, geometry);
}

QByteArray Settings::mainWindowState() const
{
    return value(Key::MainWindowState).toByteArray();
}

void Settings::setMainWindowState(const QByteArray &state)
{
    setValue(Key::MainWindowState, state);
}

QByteArray Settings::tasksHeaderState() const
{
    return value(Key::TasksHeaderState).toByteArray();
}

void Settings::setTasksHeaderState(const QByteArray &state)
{
    setValue(Key::TasksHeaderState, state);
}

QString Settings::lastImportFolder() const
{
    return value(Key::LastImportFolder).toString();
}

void Settings::setLastImportFolder(const QString &folder)
{
    setValue(Key::LastImportFolder, folder);
}

QStringList Settings::recentDatabases() const
{
    return value(Key::RecentDatabases).toStringList();
}

void Settings::addRecentDatabase(const QString &path)
{
    QStringList recent = recentDatabases();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecentDatabases())
        recent.removeLast();
    setValue(Key::RecentDatabases, recent);
    setLastDatabasePath(path);
}

} // namespace parat
