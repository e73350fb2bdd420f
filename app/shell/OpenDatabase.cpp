#include "OpenDatabase.h"

#include "Dialogs.h"
#include "ServerConnectDialog.h"

#include "domain/Clock.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace parat {

bool OpenDatabase::open(Database &db, const QString &path, const Clock &clock, QWidget *parent, QString *openedPath)
{
    *openedPath = path;
    QString error;
    // The window opens while the file's integrity check runs beside it (Database::OpenOptions::checkInBackground);
    // MainWindow says so if it finds damage.
    Database::OpenOptions background;
    background.checkInBackground = true;
    if (db.open(path, &error, background)) {
        // Beside the window too: every write waits for it; MainWindow says so if it cannot be taken
        // (dailyRestorePointFailedMessage()).
        db.takeDailyRestorePointInBackground(clock.today());
        return true;
    }
    switch (db.openProblem()) {
    case Database::OpenProblem::Locked: {
        const bool readOnly = Dialogs::confirm(parent, tr("Open read-only?"),
                                               error + QStringLiteral("\n\n")
                                                   + tr("Open it read-only now, to look without changing anything?"));
        if (!readOnly)
            return false;
        Database::OpenOptions options;
        options.readOnly = true;
        if (db.open(path, &error, options))
            return true;
        Dialogs::error(parent, error);
        return false;
    }
    case Database::OpenProblem::Damaged:
    case Database::OpenProblem::NotParat: {
        // Only a point that passes verification is offered: a damaged copy is no way back.
        const auto newest = RestorePoints(path).newestVerified();
        if (!newest) {
            Dialogs::error(parent, error);
            return false;
        }
        const RestorePoint &latest = *newest;
        const QString when = QLocale().toString(latest.takenAt.toLocalTime(), QLocale::ShortFormat);
        const QFileInfo info(path);
        const QString copy = info.dir().filePath(
            QStringLiteral("%1-restored-%2.%3")
                .arg(info.completeBaseName(), latest.takenAt.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss")),
                     info.suffix().isEmpty() ? QStringLiteral("sqlite") : info.suffix()));
        if (!Dialogs::confirm(
                parent, tr("Open the latest restore point?"),
                error + QStringLiteral("\n\n")
                    + tr("The newest verified restore point is from %1. Open a copy of it as %2? The damaged "
                         "file stays as it is.")
                          .arg(when, QDir::toNativeSeparators(copy))))
            return false;
        if (QFileInfo::exists(copy) || !QFile::copy(latest.path, copy)) {
            Dialogs::error(parent, tr("The copy %1 could not be made.").arg(QDir::toNativeSeparators(copy)));
            return false;
        }
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (!db.open(copy, &error)) {
            Dialogs::error(parent, error);
            return false;
        }
        *openedPath = copy;
        return true;
    }
    default:
        Dialogs::error(parent, error);
        return false;
    }
}

QString OpenDatabase::dailyRestorePointFailedMessage(const QString &error)
{
    return tr("Today's restore point could not be taken: %1").arg(error);
}

bool OpenDatabase::openServer(Database &db, const QString &address, const QString &password, QWidget *parent,
                              QString *openedAddress, QString *usedPassword)
{
    QString url = address;
    Database::ServerOptions options;
    options.password = password;
    for (;;) {
        QString error;
        if (db.openServer(url, &error, options)) {
            *openedAddress = db.path();
            if (usedPassword)
                *usedPassword = options.password;
            db.subscribeToChanges();
            return true;
        }
        // libpq's words when the server wants a password it was not given, or refuses the one it was.
        const bool wantsPassword = error.contains(QLatin1String("password"), Qt::CaseInsensitive);
        if (!wantsPassword || Dialogs::scripted()) {
            Dialogs::error(parent, error);
            return false;
        }
        if (!ServerConnectDialog::ask(parent, &url, &options.password, url,
                                      tr("The server asks for a password: %1").arg(error)))
            return false;
    }
}

} // namespace parat
