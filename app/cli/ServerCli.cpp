#include "ServerCli.h"

#include "CliOptionNames.h"

#include "storage/Database.h"
#include "storage/PlanCopy.h"
#include "storage/ServerAccess.h"

#include <QCommandLineOption>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace parat {

namespace {

// What a user typed, shown without a password.
QString shown(const QString &target)
{
    if (!Database::isServerUrl(target))
        return QDir::toNativeSeparators(target);
    QUrl url(target);
    url.setPassword(QString());
    return url.toString();
}

// The roles, grants table and row-level security (ServerAccess), (re)applied by every init so that the policies
// cover the tables of a new schema version.
int setUpRoles(CliCall &call, Database &db)
{
    QString error;
    if (!ServerAccess::setUp(db, &error)) {
        return call.fail(ExitDatabase,
                         ServerCli::tr("The roles parat_admin, parat_editor and parat_viewer could not "
                                       "be set up in %1 (the user who runs init must own Parat's "
                                       "tables and may create roles): %2")
                             .arg(db.path(), error));
    }
    call.out(ServerCli::tr("The roles parat_admin, parat_editor and parat_viewer and their row-level security are set "
                           "up; give them to users with: parat server grant USER ROLE [--municipality CODE]"));
    return ExitOk;
}

int runGrantOrRevoke(CliCall &call, bool grant)
{
    const QString user = call.arguments().at(0);
    const QString role = call.arguments().at(1);
    const QString code = call.options().value(kMunicipality).trimmed();
    if (!call.database().isServer())
        return call.fail(ExitInvalidInput,
                         ServerCli::tr("Roles and grants belong to a server database; give the server's address "
                                       "with --db or PARAT_DB."));
    QString error;
    const ServerAccess::Problem problem = grant ? ServerAccess::grant(call.database(), user, role, code, &error)
                                                : ServerAccess::revoke(call.database(), user, role, code, &error);
    if (problem != ServerAccess::Problem::None)
        return call.fail(problem == ServerAccess::Problem::BadInput ? ExitInvalidInput : ExitDatabase, error);
    if (grant && code.isEmpty())
        call.out(ServerCli::tr("%1 now has the role %2 for every municipality.").arg(user, role));
    else if (grant)
        call.out(ServerCli::tr("%1 now has the role %2 for municipality %3 (beside any granted before).")
                     .arg(user, role, code));
    else if (code.isEmpty())
        call.out(ServerCli::tr("%1 no longer has the role %2 nor any municipality.").arg(user, role));
    else
        call.out(ServerCli::tr("%1 no longer has municipality %2.").arg(user, code));
    return ExitOk;
}

int runInit(CliCall &call)
{
    const QString url = call.arguments().at(0);
    if (!Database::isServerUrl(url))
        return call.usageError(ServerCli::tr("%1 is not the address of a server database; write "
                                             "postgresql://USER@HOST:PORT/DATABASE.")
                                   .arg(shown(url)));
    Database db;
    QString error;
    if (db.openServer(url, &error, {})) {
        if (const int roles = setUpRoles(call, db); roles != ExitOk)
            return roles;
        // A server set up before live updates existed gets their triggers now (not a migration: files need none).
        int added = 0;
        if (!db.installChangeNotifications(&added, &error))
            return call.fail(ExitDatabase, error);
        if (added > 0) {
            call.out(ServerCli::tr("%1 already holds Parat's schema (database version %2); live updates were set up "
                                   "on %3 tables.")
                         .arg(db.path())
                         .arg(Database::schemaVersion())
                         .arg(added));
            return ExitOk;
        }
        call.out(ServerCli::tr("%1 already holds Parat's schema (database version %2); nothing was changed.")
                     .arg(db.path())
                     .arg(Database::schemaVersion()));
        return ExitOk;
    }
    if (db.openProblem() == Database::OpenProblem::Newer)
        return call.fail(ExitInvalidInput, error);
    Database::ServerOptions options;
    options.createSchema = true;
    if (!db.openServer(url, &error, options)) {
        return call.fail(db.openProblem() == Database::OpenProblem::NotParat ? ExitInvalidInput : ExitDatabase, error);
    }
    if (const int roles = setUpRoles(call, db); roles != ExitOk)
        return roles;
    call.out(ServerCli::tr("Parat's schema is ready in %1 (database version %2). Put a plan in it with: parat copy "
                           "FILE %1")
                 .arg(db.path())
                 .arg(Database::schemaVersion()));
    return ExitOk;
}

// One end of a copy, opened; remembers what the copy created so a failed copy can take exactly that away.
struct End
{
    QString target;
    Database db;
    bool createdFile = false;
    bool createdSchema = false;

    void undoCreation()
    {
        if (createdSchema) {
            QString ignored;
            PlanCopy::removeServerSchema(db, &ignored);
        }
        const QString path = db.path();
        db.close();
        if (createdFile) {
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                          QStringLiteral("-journal"), QStringLiteral(".lock")})
                QFile::remove(path + suffix);
            QDir(path + QStringLiteral(".restore")).removeRecursively();
        }
    }
};

// Opens the source: it must exist and hold Parat's current schema.
int openSource(CliCall &call, End &end)
{
    QString error;
    if (Database::isServerUrl(end.target)) {
        if (!end.db.openServer(end.target, &error, {}))
            return call.fail(end.db.openProblem() == Database::OpenProblem::Other ? ExitDatabase : ExitInvalidInput,
                             error);
        return ExitOk;
    }
    if (!QFileInfo(end.target).isFile())
        return call.fail(ExitInvalidInput,
                         CopyCli::tr("There is no database file at %1.").arg(QDir::toNativeSeparators(end.target)));
    if (end.db.open(end.target, &error))
        return ExitOk;
    if (end.db.openProblem() == Database::OpenProblem::Locked) {
        // Open in a window: read it as it is, never written.
        Database::OpenOptions readOnly;
        readOnly.readOnly = true;
        if (end.db.open(end.target, &error, readOnly))
            return ExitOk;
    }
    return call.fail(end.db.openProblem() == Database::OpenProblem::Other ? ExitDatabase : ExitInvalidInput, error);
}

// Opens the target: a new file, or a server database that holds no plan (Parat's schema is created when missing).
int openTarget(CliCall &call, End &end)
{
    QString error;
    if (Database::isServerUrl(end.target)) {
        if (!end.db.openServer(end.target, &error, {})) {
            if (end.db.openProblem() == Database::OpenProblem::Newer)
                return call.fail(ExitInvalidInput, error);
            Database::ServerOptions options;
            options.createSchema = true;
            const bool hadSchema = end.db.openProblem() != Database::OpenProblem::NotParat;
            if (!end.db.openServer(end.target, &error, options))
                return call.fail(end.db.openProblem() == Database::OpenProblem::Other ? ExitDatabase : ExitInvalidInput,
                                 error);
            end.createdSchema = !hadSchema;
        }
        if (PlanCopy::holdsPlan(end.db.connection())) {
            return call.fail(ExitInvalidInput,
                             CopyCli::tr("%1 already holds a plan; Parat copies only into an empty "
                                         "server database and never writes over a plan.")
                                 .arg(end.db.path()));
        }
        return ExitOk;
    }
    if (QFileInfo::exists(end.target)) {
        return call.fail(ExitInvalidInput,
                         CopyCli::tr("%1 already exists; Parat copies only into a new file and "
                                     "never writes over one.")
                             .arg(QDir::toNativeSeparators(end.target)));
    }
    if (!end.db.open(end.target, &error))
        return call.fail(ExitDatabase, error);
    end.createdFile = true;
    return ExitOk;
}

int runCopy(CliCall &call)
{
    End from;
    End to;
    from.target = call.arguments().at(0);
    to.target = call.arguments().at(1);
    const auto same = [](const QString &a, const QString &b) {
        return Database::isServerUrl(a) ? a == b : QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
    };
    if (from.target.trimmed().isEmpty() || to.target.trimmed().isEmpty())
        return call.usageError(CopyCli::tr("FROM and TO must each be a database file or a server database address."));
    if (same(from.target, to.target))
        return call.usageError(CopyCli::tr("FROM and TO are the same database."));
    QElapsedTimer timer;
    timer.start();
    if (const int opened = openSource(call, from); opened != ExitOk)
        return opened;
    if (const int opened = openTarget(call, to); opened != ExitOk) {
        to.undoCreation();
        return opened;
    }
    QList<PlanCopy::TableCheck> source;
    QList<PlanCopy::TableCheck> target;
    bool mismatch = false;
    QString error;
    if (!PlanCopy::copy(from.db, to.db, &source, &target, &mismatch, &error)) {
        to.undoCreation();
        return call.fail(ExitDatabase, error);
    }
    qint64 rows = 0;
    for (const PlanCopy::TableCheck &check : std::as_const(source))
        rows += check.rows;
    const QString seconds = QString::number(double(timer.elapsed()) / 1000.0, 'f', 1);
    call.out(CopyCli::tr("Copied the plan from %1 to %2 and verified it: %n table(s), %3 rows, in %4 s.", "",
                         int(source.size()))
                 .arg(shown(from.db.path()), shown(to.db.path()))
                 .arg(rows)
                 .arg(seconds));
    int width = 0;
    for (const PlanCopy::TableCheck &check : std::as_const(source))
        width = std::max(width, int(check.table.size()));
    call.out(CopyCli::tr("%1 %2  %3 (the same on both sides)")
                 .arg(CopyCli::tr("table").leftJustified(width), CopyCli::tr("rows").rightJustified(8),
                      CopyCli::tr("SHA-256 of the rows")));
    for (const PlanCopy::TableCheck &check : std::as_const(source)) {
        call.out(
            QStringLiteral("%1 %2  %3")
                .arg(check.table.leftJustified(width), QString::number(check.rows).rightJustified(8), check.checksum));
    }
    return ExitOk;
}

} // namespace

QString ServerCli::name() const
{
    return QStringLiteral("server");
}

QString ServerCli::summary() const
{
    return tr("Team mode: a plan on a PostgreSQL server (docs/team-mode.md).");
}

QList<CliCommand> ServerCli::commands() const
{
    const CliCommand init
        = cliCommand(QStringLiteral("init"), {{QStringLiteral("ADDRESS")}},
                     tr("Create Parat's schema in an empty PostgreSQL database, or bring it up to this version "
                        "of Parat.\nADDRESS is postgresql://USER@HOST:PORT/DATABASE[?sslmode=…]; the password "
                        "comes from ~/.pgpass or PGPASSWORD, and Parat never stores it."),
                     runInit, DatabaseUse::None);

    const QCommandLineOption municipality(kMunicipality, tr("the municipality's code"), QStringLiteral("CODE"));
    CliCommand grant = cliCommand(
        QStringLiteral("grant"), {{QStringLiteral("USER")}, {QStringLiteral("ROLE")}},
        tr("Give a server user one of Parat's roles: parat_admin (everything), parat_editor (the "
           "plan's data) or parat_viewer (read and print); the user's other Parat role is taken away."
           "\nWith --municipality the user sees and changes only the municipalities granted this "
           "way (repeat for more); without it, all of them. The server is --db or PARAT_DB."),
        [](CliCall &call) { return runGrantOrRevoke(call, true); }, DatabaseUse::ExistingWithoutRestorePoint);
    grant.options = {municipality};

    CliCommand revoke = cliCommand(
        QStringLiteral("revoke"), {{QStringLiteral("USER")}, {QStringLiteral("ROLE")}},
        tr("Take a role and all municipalities from a server user; with --municipality only that "
           "municipality (the user keeps the role and sees only the municipalities left)."),
        [](CliCall &call) { return runGrantOrRevoke(call, false); }, DatabaseUse::ExistingWithoutRestorePoint);
    revoke.options = {municipality};
    return {init, grant, revoke};
}

QString CopyCli::name() const
{
    return QStringLiteral("copy");
}

QString CopyCli::summary() const
{
    return tr("Copy a whole plan between a database file and a server database, and verify the copy.");
}

QList<CliCommand> CopyCli::commands() const
{
    CliCommand copy;
    copy.arguments = {{QStringLiteral("FROM")}, {QStringLiteral("TO")}};
    copy.description = tr("Copy a whole plan between a database file and a server database, and verify the copy.\n"
                          "FROM and TO are each a file or a postgresql:// address. TO must be a new file or a "
                          "server database without a plan. Every table is copied in one transaction and then "
                          "checked: row count and checksum per table on both sides. A copy that fails or does not "
                          "match is removed.");
    copy.database = DatabaseUse::None;
    copy.run = runCopy;
    return {copy};
}

} // namespace parat
