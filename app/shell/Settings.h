#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

class QSettings;

namespace parat {

// The one typed facade over QSettings (docs/conventions.md "Settings"): every setting Parat keeps has a key here, with
// its "Group/Key" name and its default. Code never spells a QSettings key itself.
class Settings
{
public:
    enum class Key
    {
        Language, // "da", "en", or "" for the system's language
        LastMunicipalityCode, // the municipality shown when Parat closed
        LastDatabasePath, // database file opened last (empty: the default location)
        MainWindowGeometry, // QWidget::saveGeometry()
        MainWindowState, // QMainWindow::saveState()
        TasksHeaderState, // QHeaderView::saveState() of the task list
        LastImportFolder, // folder of the handbook file imported last
        RecentDatabases, // database files opened, newest first
    };

    // The application's settings (organisation and application name set by Application / the test main).
    Settings();
    // Settings in an INI file of their own (tests, portable use).
    explicit Settings(const QString &iniFile);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    static QString name(Key key); // "Group/Key"
    static QVariant defaultValue(Key key);

    QVariant value(Key key) const; // the default when not set
    void setValue(Key key, const QVariant &value);
    void reset(Key key); // back to the default
    bool contains(Key key) const;
    // Writes pending changes to storage (QSettings also does this on its own, and on destruction).
    void sync();

    QString language() const;
    void setLanguage(const QString &language); // anything but "da" and "en" is stored as "" (system)
    QString lastMunicipalityCode() const;
    void setLastMunicipalityCode(const QString &code);
    QString lastDatabasePath() const;
    void setLastDatabasePath(const QString &path);
    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);
    QByteArray tasksHeaderState() const;
    void setTasksHeaderState(const QByteArray &state);
    QString lastImportFolder() const;
    void setLastImportFolder(const QString &folder);
    QStringList recentDatabases() const;
    // Puts the file first in the recent list (at most maxRecentDatabases(), no duplicates) and makes it the
    // last database.
    void addRecentDatabase(const QString &path);
    static int maxRecentDatabases() { return 8; }

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace parat
