#pragma once

#include "domain/Access.h"

#include <QCoreApplication>
#include <QString>

namespace parat {

class Database;

// Who may do what on a server database, by PostgreSQL's own means (docs/team-mode.md, "Roles and row-level
// security"). Server-only DDL, not a migration: a file has no roles.
//
// - Three NOLOGIN group roles: parat_admin (everything but the schema), parat_editor (the plan's data: tasks,
//   people, stakeholders, hours, reports, logs; not the handbook's versions, the schema or the grants) and
//   parat_viewer (read and print).
// - parat_access.municipality_grant (user_name, municipality_code): the municipalities a user may see; a row
//   with municipality_code NULL is all of them. It lives in a schema of its own, so it is no part of the plan
//   (a copy neither copies nor checks it).
// - Row-level security on every plan table: an editor or viewer sees and changes only the rows of their
//   municipalities: by municipality_id, by id for municipality itself, or through a parent's foreign key
//   (allocation through person). Handbook tasks (municipality_id NULL) are readable by all and changed by
//   admins only. parat_admin and the tables' owner are not limited.
class ServerAccess
{
    Q_DECLARE_TR_FUNCTIONS(parat::ServerAccess)
public:
    // The three roles' names, parat_admin first.
    static QStringList roleNames();

    // Creates the roles when missing and (re)applies the privileges and policies to every plan table, in one
    // transaction; idempotent, so `parat server init` after a migration covers new tables. The caller must own
    // the tables and may create roles (CREATEROLE or superuser).
    static bool setUp(Database &db, QString *error);

    enum class Problem
    {
        None,
        BadInput, // no such user, role or municipality; not set up
        Server // the server refused or failed
    };
    // Makes user a member of role (one of roleNames()), and no longer of the other two; with a municipality code,
    // adds that municipality to the user's grants, without one the user sees all municipalities.
    static Problem grant(Database &db, const QString &user, const QString &role, const QString &municipalityCode,
                         QString *error);
    // Without a municipality code: takes the role and all the user's municipalities away. With one: only that
    // municipality (the user keeps the role; with no municipality left, they see none).
    static Problem revoke(Database &db, const QString &user, const QString &role, const QString &municipalityCode,
                          QString *error);

    // What the user of db may do: a file, or a server's owner or superuser, everything; otherwise from the
    // session's role membership (pg_has_role) and grants.
    static Access of(Database &db);
};

} // namespace parat
