#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace parat {

class Clock;
class Database;

// Opening a database for the window, with the ways out a user needs: a file another Parat has open can be
// opened read-only; a damaged or foreign file is left untouched and the latest restore point can be opened
// as a copy instead. Starts the day's restore point, taken beside the window. Questions go through Dialogs.
struct OpenDatabase
{
    Q_DECLARE_TR_FUNCTIONS(parat::OpenDatabase)
public:
    // True when db is open (possibly read-only, possibly on a recovered copy: *openedPath says which file).
    static bool open(Database &db, const QString &path, const Clock &clock, QWidget *parent, QString *openedPath);
    // What the window says when the day's restore point, taken beside it, could not be taken
    // (Database::dailyRestorePointFailed()).
    static QString dailyRestorePointFailedMessage(const QString &error);
    // Team mode: opens a plan on a server (a postgresql:// address) and subscribes to other users' changes. The
    // password is password, or libpq's (~/.pgpass, PGPASSWORD); when the server asks for one that is missing or
    // wrong, File ▸ Connect to server… opens on the address to ask for it (never stored). *openedAddress is the
    // address that opened (the user may have changed it), without a password.
    static bool openServer(Database &db, const QString &address, const QString &password, QWidget *parent,
                           QString *openedAddress, QString *usedPassword = nullptr);
};

} // namespace parat
