#pragma once

#include <QString>
#include <QStringList>

namespace parat {

// What the user of an open plan may do (docs/team-mode.md, "Roles"). A file: everything. A server database: what
// the session's PostgreSQL role allows — parat_admin everything, parat_editor the plan's data, parat_viewer reading
// and printing — limited by row-level security to the municipalities granted to the user.
struct Access
{
    enum class Role
    {
        Owner, // a file, or the owner of the server's tables (who set the server up)
        Admin, // parat_admin
        Editor, // parat_editor
        Viewer, // parat_viewer
        None // connected, but granted no Parat role
    };

    Role role = Role::Owner;
    // The codes of the municipalities the user is limited to, sorted; empty with allMunicipalities.
    QStringList municipalities;
    bool allMunicipalities = true;
    // The server user (session_user); empty for a file.
    QString user;

    // May change the plan's data (tasks, people, stakeholders, hours, reports, ...).
    bool mayEdit() const { return role == Role::Owner || role == Role::Admin || role == Role::Editor; }
    // May do what changes the whole plan or who may use it: handbook imports, restore, grants.
    bool mayAdminister() const { return role == Role::Owner || role == Role::Admin; }
    // The PostgreSQL role's name ("parat_viewer"); empty for Owner and None.
    QString roleName() const;
    // Why the user may not edit, for a disabled control's tooltip; empty when they may.
    QString editRefusal() const;
    // Why the user may not do an administrator's action (handbook import, restore), for a disabled control's
    // tooltip; empty when they may.
    QString administerRefusal() const;
    // The role in the user's words: "administrator", "editor", "viewer", "owner", "no role".
    QString roleTitle() const;
};

} // namespace parat
