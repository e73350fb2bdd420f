#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace parat {

class Clock;
class Database;

// Opening a database for the window, with the ways out a user needs: a file another Parat has open can be
// opened read-only; a damaged or foreign file is left untouched and the latest restore point can be opened
// as a copy instead. Takes the day's restore point. Questions go through Dialogs.
struct OpenDatabase
{
    Q_DECLARE_TR_FUNCTIONS(parat::OpenDatabase)
public:
    // True when db is open (possibly read-only, possibly on a recovered copy: *openedPath says which file).
    static bool open(Database &db, const QString &path, const Clock &clock, QWidget *parent, QString *openedPath);
};

} // namespace parat
