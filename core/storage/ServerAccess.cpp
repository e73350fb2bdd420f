// Roles, grants and row-level security on a server database (docs/team-mode.md). PostgreSQL only.
#include "ServerAccess.h"

#include "Database.h"
#include "SqlDialect.h"
#include "SqlUtil.h"

#include <QSqlError>
#include <QSqlQuery>

namespace parat {

namespace {

const QString kAdmin = QStringLiteral("parat_admin");
const QString kEditor = QStringLiteral("parat_editor");
const QString kViewer = QStringLiteral("parat_viewer");
const QString kGrantTable = QStringLiteral("parat_access.municipality_grant");
// Tables an editor reads but does not change: the handbook's imported versions belong to admins.
const QStringList kAdminWritten {QStringLiteral("handbook_version")};

QString quotedName(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool run(const QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    *error = sql::errorText(query.lastError());
    return false;
}

// Tells the windows open on the server that user's access changed (docs/team-mode.md): sent when the grant or revoke
// commits, as "access:<user>" on the change channel, so a window of that user reads its role and grants again.
bool notifyAccessChanged(const QSqlDatabase &db, const QString &user, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT pg_notify(:channel, :payload)"));
    query.bindValue(QStringLiteral(":channel"), QLatin1String(sql::kChangeChannel));
    query.bindValue(QStringLiteral(":payload"), QStringLiteral("access:") + user);
    if (!query.exec()) {
        *error = sql::errorText(query.lastError());
        return false;
    }
    return true;
}

bool isServer(Database &db, QString *error)
{
    if (db.isServer())
        return true;
    if (error)
        *error = ServerAccess::tr("Roles and grants belong to a server database; a file is one person's plan.");
    return false;
}

// The first checks of grant() and revoke(): a server database, and role one of Parat's. False with *error (bad input)
// when not.
bool isRoleRequest(Database &db, const QString &role, QString *error)
{
    if (!isServer(db, error))
        return false;
    if (!ServerAccess::roleNames().contains(role)) {
        *error = ServerAccess::tr("%1 is not one of Parat's roles; use parat_admin, parat_editor or parat_viewer.")
                     .arg(role);
        return false;
    }
    return true;
}

// What grant() and revoke() find on the server before they change anything: whether the login user exists, and
// whether role and Parat's grant table are set up (parat server init). False with *error when it cannot be read.
struct RoleSetup
{
    bool userExists = false;
    bool roleExists = false;
    bool grantTable = false;
};

bool readRoleSetup(const QSqlDatabase &connection, const QString &user, const QString &role, RoleSetup *setup,
                   QString *error)
{
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("SELECT (SELECT count(*) FROM pg_roles WHERE rolname = :user), "
                                 "(SELECT count(*) FROM pg_roles WHERE rolname = :role), "
                                 "to_regclass('parat_access.municipality_grant') IS NOT NULL"));
    query.bindValue(QStringLiteral(":user"), user);
    query.bindValue(QStringLiteral(":role"), role);
    if (!query.exec() || !query.next()) {
        *error = sql::errorText(query.lastError());
        return false;
    }
    setup->userExists = query.value(0).toInt() != 0;
    setup->roleExists = query.value(1).toInt() != 0;
    setup->grantTable = query.value(2).toBool();
    return true;
}

// All that grant() and revoke() check before they change anything: isRoleRequest, Parat's roles set up on the server
// (granting: role itself too) and the login user there. Problem::None when all holds; otherwise *error says why.
ServerAccess::Problem checkRoleRequest(Database &db, const QString &user, const QString &role, bool granting,
                                       QString *error)
{
    if (!isRoleRequest(db, role, error))
        return ServerAccess::Problem::BadInput;
    RoleSetup setup;
    if (!readRoleSetup(db.connection(), user, role, &setup, error))
        return ServerAccess::Problem::Server;
    if (!setup.grantTable || (granting && !setup.roleExists)) {
        *error = ServerAccess::tr("Parat's roles are not set up on this server yet; run: parat server init %1")
                     .arg(db.path());
        return ServerAccess::Problem::BadInput;
    }
    if (!setup.userExists) {
        *error = granting
            ? ServerAccess::tr("The server has no user %1; create the login first (createuser %1).").arg(user)
            : ServerAccess::tr("The server has no user %1.").arg(user);
        return ServerAccess::Problem::BadInput;
    }
    return ServerAccess::Problem::None;
}

// The predicate that limits rows of a table to the user's municipalities, by a municipality id expression.
QString limitedTo(const QString &idExpression)
{
    return QStringLiteral(
               "((SELECT parat_access.sees_all()) OR %1 = ANY ((SELECT parat_access.visible_ids())::bigint[]))")
        .arg(idExpression);
}

bool columnIsNullable(const QSqlDatabase &db, const QString &table, const QString &column)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT is_nullable = 'YES' FROM information_schema.columns WHERE table_schema = "
                                 "current_schema() AND table_name = :table AND column_name = :column"));
    query.bindValue(QStringLiteral(":table"), table);
    query.bindValue(QStringLiteral(":column"), column);
    return query.exec() && query.next() && query.value(0).toBool();
}

// The policies' statements for one table: who reads and who writes which rows.
QStringList policyStatements(const QSqlDatabase &db, const QString &table, const QList<sql::ForeignKey> &keys,
                             const QStringList &limitedTables)
{
    QString read;
    QString write;
    const QStringList columns = sql::columnNames(db, table);
    if (table == QLatin1String("municipality")) {
        read = write = limitedTo(QStringLiteral("id"));
    } else if (columns.contains(QLatin1String("municipality_id"))) {
        write = limitedTo(QStringLiteral("municipality_id"));
        read = write;
        if (columnIsNullable(db, table, QStringLiteral("municipality_id"))) {
            // A handbook task (NULL) is everyone's to read and an admin's to change.
            read = QStringLiteral("(municipality_id IS NULL OR %1)").arg(write);
            write = QStringLiteral("(municipality_id IS NOT NULL AND %1)").arg(write);
        }
    } else {
        for (const sql::ForeignKey &key : keys) {
            if (key.table == table && limitedTables.contains(key.parent)) {
                // The parent's own policy decides which of its rows the subquery sees.
                read = write = QStringLiteral("EXISTS (SELECT 1 FROM %1 parent WHERE parent.%2 = %3.%4)")
                                   .arg(key.parent, key.to, table, key.from);
                break;
            }
        }
    }
    if (read.isEmpty()) // a table of the whole plan: status mappings, settings, the handbook's versions
        read = write = QStringLiteral("true");
    QStringList statements;
    for (const char *policy : {"parat_admin_all", "parat_read", "parat_write"})
        statements.append(QStringLiteral("DROP POLICY IF EXISTS %1 ON %2").arg(QLatin1String(policy), table));
    statements << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table)
               << QStringLiteral("CREATE POLICY parat_admin_all ON %1 TO parat_admin USING (true) WITH CHECK (true)")
                      .arg(table)
               << QStringLiteral("CREATE POLICY parat_read ON %1 FOR SELECT TO parat_editor, parat_viewer USING %2")
                      .arg(table, read.startsWith(QLatin1Char('(')) ? read : QLatin1Char('(') + read + QLatin1Char(')'))
               << QStringLiteral("CREATE POLICY parat_write ON %1 FOR ALL TO parat_editor USING %2 WITH CHECK %2")
                      .arg(table,
                           write.startsWith(QLatin1Char('(')) ? write : QLatin1Char('(') + write + QLatin1Char(')'));
    return statements;
}

// The Parat roles the user is a direct member of.
QStringList paratRolesOf(const QSqlDatabase &db, const QString &user)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid JOIN "
                                 "pg_roles u ON u.oid = m.member WHERE u.rolname = :user AND r.rolname IN "
                                 "('parat_admin', 'parat_editor', 'parat_viewer')"));
    query.bindValue(QStringLiteral(":user"), user);
    QStringList roles;
    if (query.exec()) {
        while (query.next())
            roles.append(query.value(0).toString());
    }
    return roles;
}

} // namespace

QStringList ServerAccess::roleNames()
{
    return {kAdmin, kEditor, kViewer};
}

bool ServerAccess::setUp(Database &db, QString *error)
{
    if (!isServer(db, error))
        return false;
    const QSqlDatabase connection = db.connection();
    QString schema;
    {
        QSqlQuery query(connection);
        if (!query.exec(QStringLiteral("SELECT current_schema()")) || !query.next()) {
            *error = sql::errorText(query.lastError());
            return false;
        }
        schema = quotedName(query.value(0).toString());
    }
    const QStringList tables = sql::tableNames(connection);
    QList<sql::ForeignKey> keys;
    if (!sql::foreignKeys(connection, &keys, error))
        return false;
    QStringList limited;
    for (const QString &table : tables) {
        if (table == QLatin1String("municipality")
            || sql::columnNames(connection, table).contains(QLatin1String("municipality_id")))
            limited.append(table);
    }

    QStringList statements;
    for (const QString &role : roleNames()) {
        statements.append(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') "
                                         "THEN CREATE ROLE %1 NOLOGIN; END IF; END $$")
                              .arg(role));
    }
    statements << QStringLiteral("CREATE SCHEMA IF NOT EXISTS parat_access")
               << QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (user_name NAME NOT NULL, municipality_code TEXT)")
                      .arg(kGrantTable)
               << QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS municipality_grant_once ON %1 (user_name, "
                                 "COALESCE(municipality_code, ''))")
                      .arg(kGrantTable)
               // Security definer: they read the grants (which no editor or viewer may read) for the session's
               // own user. Called once per query from the policies (an init plan), not once per row.
               << QStringLiteral("CREATE OR REPLACE FUNCTION parat_access.sees_all() RETURNS boolean LANGUAGE sql "
                                 "STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$ SELECT EXISTS (SELECT 1 "
                                 "FROM %1 WHERE user_name = session_user AND municipality_code IS NULL) $$")
                      .arg(kGrantTable)
               << QStringLiteral("CREATE OR REPLACE FUNCTION parat_access.visible_ids() RETURNS bigint[] LANGUAGE sql "
                                 "STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$ SELECT "
                                 "COALESCE(array_agg(m.id), '{}') FROM %1.municipality m JOIN %2 g ON "
                                 "g.municipality_code = m.code WHERE g.user_name = session_user $$")
                      .arg(schema, kGrantTable)
               << QStringLiteral("CREATE OR REPLACE FUNCTION parat_access.my_municipalities() RETURNS SETOF text "
                                 "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$ SELECT "
                                 "COALESCE(municipality_code, '*') FROM %1 WHERE user_name = session_user $$")
                      .arg(kGrantTable)
               << QStringLiteral("REVOKE ALL ON %1 FROM PUBLIC").arg(kGrantTable)
               << QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON %1 TO parat_admin").arg(kGrantTable)
               << QStringLiteral("GRANT USAGE ON SCHEMA %1, parat_access TO parat_admin, parat_editor, parat_viewer")
                      .arg(schema)
               << QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO parat_admin, parat_editor, parat_viewer")
                      .arg(schema)
               << QStringLiteral("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %1 TO parat_admin, "
                                 "parat_editor")
                      .arg(schema);
    for (const QString &table : tables) {
        statements.append(
            QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON %1 TO parat_admin").arg(table));
        if (!kAdminWritten.contains(table))
            statements.append(QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO parat_editor").arg(table));
        else
            statements.append(QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON %1 FROM parat_editor").arg(table));
        statements.append(policyStatements(connection, table, keys, limited));
    }
    return db.write(error, [&] {
        for (const QString &statement : std::as_const(statements)) {
            if (!run(connection, statement, error))
                return false;
        }
        return true;
    });
}

namespace {

// The municipalities a grant reaches, in Parat's grant table: without a code all of them (the user's single row),
// with one that municipality beside those granted before, and no longer all.
bool recordGrant(const QSqlDatabase &connection, const QString &user, const QString &municipalityCode, QString *error)
{
    QSqlQuery insert(connection);
    if (municipalityCode.isEmpty()) {
        // All municipalities: the single grant of this user.
        insert.prepare(QStringLiteral("DELETE FROM %1 WHERE user_name = :user").arg(kGrantTable));
        insert.bindValue(QStringLiteral(":user"), user);
        if (!insert.exec()) {
            *error = sql::errorText(insert.lastError());
            return false;
        }
        insert.prepare(
            QStringLiteral("INSERT INTO %1 (user_name, municipality_code) VALUES (:user, NULL)").arg(kGrantTable));
        insert.bindValue(QStringLiteral(":user"), user);
    } else {
        // Limited: this municipality beside the ones granted before, and no longer all of them.
        insert.prepare(
            QStringLiteral("DELETE FROM %1 WHERE user_name = :user AND municipality_code IS NULL").arg(kGrantTable));
        insert.bindValue(QStringLiteral(":user"), user);
        if (!insert.exec()) {
            *error = sql::errorText(insert.lastError());
            return false;
        }
        insert.prepare(QStringLiteral("INSERT INTO %1 (user_name, municipality_code) VALUES (:user, :code) ON "
                                      "CONFLICT DO NOTHING")
                           .arg(kGrantTable));
        insert.bindValue(QStringLiteral(":user"), user);
        insert.bindValue(QStringLiteral(":code"), municipalityCode);
    }
    if (!insert.exec()) {
        *error = sql::errorText(insert.lastError());
        return false;
    }
    return true;
}

} // namespace

ServerAccess::Problem ServerAccess::grant(Database &db, const QString &user, const QString &role,
                                          const QString &municipalityCode, QString *error)
{
    if (const Problem problem = checkRoleRequest(db, user, role, true, error); problem != Problem::None)
        return problem;
    const QSqlDatabase connection = db.connection();
    if (!municipalityCode.isEmpty()) {
        QSqlQuery known(connection);
        known.prepare(QStringLiteral("SELECT 1 FROM municipality WHERE code = :code"));
        known.bindValue(QStringLiteral(":code"), municipalityCode);
        if (!known.exec()) {
            *error = sql::errorText(known.lastError());
            return Problem::Server;
        }
        if (!known.next()) {
            *error = tr("The plan has no municipality %1.").arg(municipalityCode);
            return Problem::BadInput;
        }
    }
    const QStringList held = paratRolesOf(connection, user);
    const bool ok = db.write(error, [&] {
        for (const QString &other : held) {
            if (other != role
                && !run(connection, QStringLiteral("REVOKE %1 FROM %2").arg(other, quotedName(user)), error))
                return false;
        }
        if (!run(connection, QStringLiteral("GRANT %1 TO %2").arg(role, quotedName(user)), error))
            return false;
        return recordGrant(connection, user, municipalityCode, error) && notifyAccessChanged(connection, user, error);
    });
    return ok ? Problem::None : Problem::Server;
}

ServerAccess::Problem ServerAccess::revoke(Database &db, const QString &user, const QString &role,
                                           const QString &municipalityCode, QString *error)
{
    if (const Problem problem = checkRoleRequest(db, user, role, false, error); problem != Problem::None)
        return problem;
    const QSqlDatabase connection = db.connection();
    const bool ok = db.write(error, [&] {
        QSqlQuery remove(connection);
        if (municipalityCode.isEmpty()) {
            if (paratRolesOf(connection, user).contains(role)
                && !run(connection, QStringLiteral("REVOKE %1 FROM %2").arg(role, quotedName(user)), error))
                return false;
            remove.prepare(QStringLiteral("DELETE FROM %1 WHERE user_name = :user").arg(kGrantTable));
        } else {
            remove.prepare(QStringLiteral("DELETE FROM %1 WHERE user_name = :user AND municipality_code = :code")
                               .arg(kGrantTable));
            remove.bindValue(QStringLiteral(":code"), municipalityCode);
        }
        remove.bindValue(QStringLiteral(":user"), user);
        if (!remove.exec()) {
            *error = sql::errorText(remove.lastError());
            return false;
        }
        return notifyAccessChanged(connection, user, error);
    });
    return ok ? Problem::None : Problem::Server;
}

Access ServerAccess::of(Database &db)
{
    Access access;
    if (!db.isServer())
        return access;
    const QSqlDatabase connection = db.connection();
    QSqlQuery query(connection);
    const auto member = [](const QString &role) {
        return QStringLiteral("CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                              "pg_has_role('%1', 'MEMBER') ELSE false END")
            .arg(role);
    };
    if (!query.exec(QStringLiteral("SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) OR "
                                   "pg_has_role((SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() "
                                   "AND tablename = 'municipality'), 'MEMBER'), %1, %2, %3, "
                                   "to_regprocedure('parat_access.my_municipalities()') IS NOT NULL, session_user")
                        .arg(member(kAdmin), member(kEditor), member(kViewer)))
        || !query.next()) {
        access.role = Access::Role::None; // what cannot be read is not allowed
        return access;
    }
    access.user = query.value(5).toString();
    if (query.value(0).toBool())
        return access;
    if (query.value(1).toBool())
        access.role = Access::Role::Admin;
    else if (query.value(2).toBool())
        access.role = Access::Role::Editor;
    else if (query.value(3).toBool())
        access.role = Access::Role::Viewer;
    else
        access.role = Access::Role::None;
    if (access.role == Access::Role::Admin || !query.value(4).toBool())
        return access;
    access.allMunicipalities = false;
    QSqlQuery grants(connection);
    if (grants.exec(QStringLiteral("SELECT code FROM parat_access.my_municipalities() AS code ORDER BY code"))) {
        while (grants.next()) {
            const QString code = grants.value(0).toString();
            if (code == QLatin1String("*"))
                access.allMunicipalities = true;
            else
                access.municipalities.append(code);
        }
    }
    if (access.allMunicipalities)
        access.municipalities.clear();
    return access;
}

} // namespace parat
