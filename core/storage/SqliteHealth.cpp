#include "SqliteHealth.h"

#include <QMutex>

#include <sqlite3.h>

#include <atomic>

namespace parat::sqlitehealth {

namespace {

std::atomic<quint64> g_damage {0};
thread_local int t_expecting = 0;

QMutex &lastMutex()
{
    static QMutex mutex;
    return mutex;
}

QString &lastText()
{
    static QString text;
    return text;
}

void logCallback(void *, int code, const char *message)
{
    const int primary = code & 0xff;
    if (primary != SQLITE_CORRUPT && primary != SQLITE_NOTADB)
        return;
    if (t_expecting > 0)
        return;
    {
        QMutexLocker locker(&lastMutex());
        lastText() = QString::fromUtf8(message);
    }
    ++g_damage;
}

} // namespace

void install()
{
    static const bool installed = [] {
        // Fails (SQLITE_MISUSE) only when SQLite is already in use; then damage is still caught by the checks
        // on open and before each restore point.
        return sqlite3_config(SQLITE_CONFIG_LOG, &logCallback, nullptr) == SQLITE_OK;
    }();
    Q_UNUSED(installed);
}

quint64 damageEvents()
{
    return g_damage.load();
}

QString lastDamage()
{
    QMutexLocker locker(&lastMutex());
    return lastText();
}

ExpectDamage::ExpectDamage()
{
    ++t_expecting;
}

ExpectDamage::~ExpectDamage()
{
    --t_expecting;
}

} // namespace parat::sqlitehealth
