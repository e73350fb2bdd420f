#include "Application.h"

#include "Cli.h"
#include "FontWarmUp.h"
#include "MainWindow.h"
#include "OpenDatabase.h"
#include "Settings.h"

#include "domain/Clock.h"
#include "domain/Language.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

#include <unistd.h>

#include <cstdio>
#include <memory>

namespace parat {

namespace {

// True when the arguments ask for something that needs no window: a subcommand, --help, --version, or
// anything the window would not understand (the command line then explains the mistake).
bool isHeadless(const QStringList &args)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--db") || arg == QLatin1String("--lang")) {
            if (i + 1 >= args.size())
                return true; // missing value: a usage error
            ++i;
            continue;
        }
        if (arg.startsWith(QLatin1String("--db=")) || arg.startsWith(QLatin1String("--lang=")))
            continue;
        if (arg.startsWith(QLatin1String("--")))
            return true; // --help, --version, or an option only a subcommand takes
        if (arg == QLatin1String("-h") || arg == QLatin1String("-v"))
            return true;
        if (arg.startsWith(QLatin1Char('-')))
            continue; // Qt's own options (-platform, -style, ...)
        if (Cli::subcommands().contains(arg))
            return true;
        // A database file to open in the window (parat plan.sqlite); anything else is an unknown command.
        return !(QFileInfo::exists(arg) || arg.endsWith(QLatin1String(".sqlite"))
                 || arg.endsWith(QLatin1String(".parat")));
    }
    return false;
}

// A database file given as the only positional argument (parat plan.sqlite).
QString fileArgument(const QStringList &args)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--db") || arg == QLatin1String("--lang")) {
            ++i;
            continue;
        }
        if (!arg.startsWith(QLatin1Char('-')))
            return arg;
    }
    return {};
}

// Qt wants a private runtime folder and warns on every start without one (common on servers and in
// containers); give it one the same way it would, quietly.
void ensureRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString dir = QDir::tempPath() + QStringLiteral("/parat-runtime-%1").arg(::getuid());
    if (QDir().mkpath(dir)) {
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        if (QFileInfo(dir).ownerId() == ::getuid())
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
    }
}

// The benchmark's whole-process first paint (tests/bench/ProcessBench.cpp): with PARAT_QUIT_AFTER_FIRST_PAINT set, the
// window closes the application as soon as it has painted once. Nothing else reads it.
class QuitAfterFirstPaint : public QObject
{
public:
    explicit QuitAfterFirstPaint(QWidget *window)
        : QObject(window)
    {
        window->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }
};

} // namespace

int runParat(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));

    QCoreApplication::setOrganizationName(QStringLiteral("Parat"));
    QCoreApplication::setApplicationName(QStringLiteral("Parat"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARAT_VERSION));

    const QString language = Cli::optionValue(args, QStringLiteral("--lang"));
    SystemClock clock;
    ensureRuntimeDir();

    if (isHeadless(args))
        return runCommandLine(argc, argv, args, clock);

    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        QCoreApplication core(argc, argv);
        installTranslations(supportedLanguages().contains(language) ? language : systemLanguage());
        // In the command line's translation context: it points to the commands that need no window.
        std::fputs(qPrintable(QCoreApplication::translate(
                                  "parat::Cli",
                                  "No display was found, so Parat's window cannot open. On a machine without a "
                                  "screen, run it under a virtual display (xvfb-run -a parat), or use the commands "
                                  "that need no window (parat --help).")
                              + QLatin1Char('\n')),
                   stderr);
        return ExitFailure;
    }
    QApplication app(argc, argv);
    // Fonts are first needed by the window's first layout, after the file is open and the pages are built.
    FontWarmUp fonts;
    QApplication::setApplicationDisplayName(QStringLiteral("Parat"));
    // --lang wins, then the language chosen in Settings, then the system's.
    const QString chosen = supportedLanguages().contains(language) ? language : Settings().language();
    installTranslations(supportedLanguages().contains(chosen) ? chosen : systemLanguage());

    QString dbPath = Cli::optionValue(args, QStringLiteral("--db"));
    if (dbPath.isEmpty())
        dbPath = fileArgument(args);
    if (dbPath.isEmpty())
        dbPath = qEnvironmentVariable("PARAT_DB");
    if (dbPath.isEmpty() && QFileInfo::exists(Settings().lastDatabasePath()))
        dbPath = Settings().lastDatabasePath();
    if (dbPath.isEmpty()) {
        dbPath = Cli::defaultDatabasePath();
        QDir().mkpath(QFileInfo(dbPath).absolutePath());
    }

    // One window per database; File ▸ Open closes the window and comes back here with the new file.
    int result = ExitOk;
    QString previous;
    QString password; // a server's, from File ▸ Connect to server…: in memory only
    while (!dbPath.isEmpty()) {
        Database db;
        QString opened;
        // Team mode (docs/team-mode.md): a postgresql:// address opens the plan on that server.
        const bool opens = Database::isServerUrl(dbPath)
            ? OpenDatabase::openServer(db, dbPath, password, nullptr, &opened)
            : OpenDatabase::open(db, dbPath, clock, nullptr, &opened);
        password.clear();
        if (!opens) {
            if (previous.isEmpty())
                return ExitDatabase;
            dbPath = previous; // the user chose another file that did not open: back to the one they had
            previous.clear();
            continue;
        }
        previous = db.path();
        Settings().addRecentDatabase(db.path());
        MainWindow window(db, clock);
        if (qEnvironmentVariableIsSet("PARAT_QUIT_AFTER_FIRST_PAINT"))
            new QuitAfterFirstPaint(&window);
        window.show();
        result = app.exec();
        dbPath = window.requestedDatabase();
        password = window.requestedPassword();
    }
    return result;
}

} // namespace parat
