// Who may do what on a server database, by PostgreSQL's own means (docs/team-mode.md, "Roles and row-level
// security"): the roles parat_admin, parat_editor and parat_viewer, the grants of municipalities, row-level security
// on every plan table, and Access, what the user of an open Database may do. Against a real throw-away cluster.
#include "storage/ServerAccess.h"
#include "commands/MunicipalityCommands.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SqlDialect.h"
#include "storage/TaskRepository.h"

#include "Fixtures.h"
#include "PgCluster.h"
#include "TestSupport.h"
#include "domain/Clock.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUndoStack>
#include <QUrl>

using namespace parat;

namespace {

// How many rows a statement sees or changes, run as the user of db; -1 with *error when the server refuses it.
int rows(Database &db, const QString &statement, QString *error = nullptr)
{
    QSqlQuery query(db.connection());
    if (!query.exec(statement)) {
        if (error)
            *error = query.lastError().text();
        return -1;
    }
    if (query.isSelect()) {
        int count = 0;
        while (query.next())
            ++count;
        return count;
    }
    return query.numRowsAffected();
}

// A plan on the server with two municipalities: the demo (0630 Vejle) and 0370 Næstved with a person, a task state
// and an allocation; roles set up; a viewer and an editor limited to 0630, an admin.
struct TwoMunicipalities
{
    QString url = test::pgTestDatabase();
    FixedClock clock {QDate(2026, 11, 27)};
    Database owner;
    Id vejle = 0;
    Id naestved = 0;

    TwoMunicipalities()
    {
        QString error;
        vejle = test::openDemoServer(owner, url, clock).id;
        Municipality other;
        other.code = QStringLiteral("0370");
        other.name = QStringLiteral("Næstved");
        REQUIRE(MunicipalityRepository(owner).add(&other, &error));
        naestved = other.id;
        Person person;
        person.municipalityId = naestved;
        person.name = QStringLiteral("Nanna Næstved");
        REQUIRE(PersonRepository(owner).add(&person, &error));
        REQUIRE(rows(owner,
                     QStringLiteral("INSERT INTO allocation (person_id, from_week, to_week, hours_per_week) VALUES "
                                    "(%1, 202701, 202710, 4)")
                         .arg(person.id),
                     &error)
                == 1);
        const PlannedTask first = TaskRepository(owner).plannedTasks(naestved).first();
        TaskState state = first.state;
        state.status = Status::InProgress;
        REQUIRE(TaskRepository(owner).setState(state, clock.now(), &error));

        for (int round = 0; round < 2; ++round) { // idempotent
            if (!ServerAccess::setUp(owner, &error))
                FAIL(error.toStdString());
        }
        // Login roles are the cluster's, shared by the test cases of one process.
        for (const char *user : {"vera", "eddie", "anna"})
            test::createLoginRoles(url, {QLatin1String(user)});
        REQUIRE(ServerAccess::grant(owner, QStringLiteral("vera"), QStringLiteral("parat_viewer"),
                                    QStringLiteral("0630"), &error)
                == ServerAccess::Problem::None);
        REQUIRE(ServerAccess::grant(owner, QStringLiteral("eddie"), QStringLiteral("parat_editor"),
                                    QStringLiteral("0630"), &error)
                == ServerAccess::Problem::None);
        REQUIRE(ServerAccess::grant(owner, QStringLiteral("anna"), QStringLiteral("parat_admin"), QString(), &error)
                == ServerAccess::Problem::None);
    }

    void open(Database &db, const QString &user)
    {
        QString error;
        if (!db.openServer(test::asUser(url, user), &error, {}))
            FAIL(error.toStdString());
    }
};

QStringList codes(Database &db)
{
    QStringList list;
    for (const Municipality &municipality : MunicipalityRepository(db).all())
        list.append(municipality.code);
    return list;
}

} // namespace

TEST_CASE("A file and a server's owner may do everything", "[storage][server][access]")
{
    test::TempDir dir;
    Database file;
    QString error;
    REQUIRE(file.open(dir.file(QStringLiteral("plan.sqlite")), &error));
    const Access fileAccess = ServerAccess::of(file);
    CHECK(fileAccess.role == Access::Role::Owner);
    CHECK(fileAccess.mayEdit());
    CHECK(fileAccess.mayAdminister());
    CHECK(fileAccess.allMunicipalities);
    CHECK(fileAccess.editRefusal().isEmpty());
    CHECK_FALSE(ServerAccess::setUp(file, &error));
    CHECK(error.contains(QStringLiteral("server")));

    TwoMunicipalities plan;
    CHECK(ServerAccess::of(plan.owner).role == Access::Role::Owner);
    CHECK(codes(plan.owner) == QStringList {QStringLiteral("0370"), QStringLiteral("0630")});
}

TEST_CASE("A viewer reads only the municipalities granted and cannot write, with a clear message",
          "[storage][server][access]")
{
    TwoMunicipalities plan;
    Database viewer;
    plan.open(viewer, QStringLiteral("vera"));
    const Access access = ServerAccess::of(viewer);
    CHECK(access.role == Access::Role::Viewer);
    CHECK_FALSE(access.mayEdit());
    CHECK_FALSE(access.allMunicipalities);
    CHECK(access.municipalities == QStringList {QStringLiteral("0630")});
    CHECK(access.editRefusal().contains(QStringLiteral("parat_viewer")));

    CHECK(codes(viewer) == QStringList {QStringLiteral("0630")});
    CHECK_FALSE(TaskRepository(viewer).plannedTasks(plan.vejle).isEmpty());
    // Handbook tasks (municipality_id NULL) are everyone's to read.
    CHECK(rows(viewer, QStringLiteral("SELECT 1 FROM task WHERE municipality_id IS NULL")) == 91);

    // Writing through the repositories: refused, and the message says why in Parat's words.
    PlannedTask task = TaskRepository(viewer).plannedTasks(plan.vejle).first();
    TaskState state = task.state;
    state.status = state.status == Status::Done ? Status::InProgress : Status::Done;
    QString error;
    CHECK_FALSE(TaskRepository(viewer).setState(state, plan.clock.now(), &error));
    INFO(error.toStdString());
    CHECK(error.contains(QStringLiteral("do not allow this")));
    CHECK(error.contains(QStringLiteral("parat_viewer")));
    CHECK(TaskRepository(plan.owner).plannedTask(plan.vejle, task.task.id)->state.status == task.state.status);
    Municipality renamed = *MunicipalityRepository(viewer).byCode(QStringLiteral("0630"));
    renamed.name = QStringLiteral("Viewer was here");
    CHECK_FALSE(MunicipalityRepository(viewer).update(renamed, &error));
    CHECK(error.contains(QStringLiteral("do not allow this")));
    // Nor the grants: not even readable.
    CHECK(rows(viewer, QStringLiteral("SELECT 1 FROM parat_access.municipality_grant")) == -1);
}

TEST_CASE("An editor of 0630 sees and changes 0630 only, and handbook tasks stay the admin's",
          "[storage][server][access]")
{
    TwoMunicipalities plan;
    Database editor;
    plan.open(editor, QStringLiteral("eddie"));
    const Access access = ServerAccess::of(editor);
    CHECK(access.role == Access::Role::Editor);
    CHECK(access.mayEdit());
    CHECK_FALSE(access.mayAdminister());
    CHECK(access.municipalities == QStringList {QStringLiteral("0630")});

    CHECK(codes(editor) == QStringList {QStringLiteral("0630")});
    // 0370 and everything that reaches it, directly or through a parent, is out of sight.
    const QString naestved = QString::number(plan.naestved);
    for (const QString &table :
         {QStringLiteral("person"), QStringLiteral("task_state"), QStringLiteral("task_event")}) {
        INFO(table.toStdString());
        CHECK(rows(plan.owner, QStringLiteral("SELECT 1 FROM %1 WHERE municipality_id = %2").arg(table, naestved)) > 0);
        CHECK(rows(editor, QStringLiteral("SELECT 1 FROM %1 WHERE municipality_id = %2").arg(table, naestved)) == 0);
    }
    const QString naestvedAllocations = QStringLiteral(
        "SELECT 1 FROM allocation a WHERE a.person_id IN (SELECT id FROM person WHERE municipality_id = %1)");
    CHECK(rows(plan.owner, naestvedAllocations.arg(naestved)) == 1);
    CHECK(rows(editor, QStringLiteral("SELECT 1 FROM allocation a JOIN person p ON p.id = a.person_id")) > 0);
    CHECK(rows(editor, QStringLiteral("SELECT 1 FROM allocation")) + 1
          == rows(plan.owner, QStringLiteral("SELECT 1 FROM allocation")));
    // Nor changed: an update finds nothing, an insert into 0370 is refused.
    CHECK(rows(editor, QStringLiteral("UPDATE person SET name = 'x' WHERE municipality_id = %1").arg(naestved)) == 0);
    CHECK(rows(editor, QStringLiteral("DELETE FROM allocation")) > 0);
    CHECK(rows(plan.owner, naestvedAllocations.arg(naestved)) == 1);
    Person intruder;
    intruder.municipalityId = plan.naestved;
    intruder.name = QStringLiteral("Eddie in Næstved");
    QString error;
    CHECK_FALSE(PersonRepository(editor).add(&intruder, &error)); // its municipality is not there for Eddie
    CHECK_FALSE(error.isEmpty());
    CHECK(rows(editor, QStringLiteral("INSERT INTO person (municipality_id, name) VALUES (%1, 'x')").arg(naestved),
               &error)
          == -1);
    CHECK(error.contains(QStringLiteral("row-level security")));
    CHECK_FALSE(TaskRepository(editor).plannedTask(plan.naestved, 1).has_value());

    // 0630: edited through the repositories as on a file.
    PlannedTask task = TaskRepository(editor).plannedTasks(plan.vejle).first();
    TaskState state = task.state;
    state.status = state.status == Status::Done ? Status::InProgress : Status::Done;
    INFO(error.toStdString());
    REQUIRE(TaskRepository(editor).setState(state, plan.clock.now(), &error));
    CHECK(TaskRepository(plan.owner).plannedTask(plan.vejle, task.task.id)->state.status == state.status);
    Person colleague;
    colleague.municipalityId = plan.vejle;
    colleague.name = QStringLiteral("Eddie's colleague");
    CHECK(PersonRepository(editor).add(&colleague, &error));

    // The handbook is read, not changed; its versions are the admin's.
    CHECK(rows(editor, QStringLiteral("SELECT 1 FROM task WHERE municipality_id IS NULL")) == 91);
    CHECK(rows(editor, QStringLiteral("UPDATE task SET title_da = 'x' WHERE municipality_id IS NULL")) == 0);
    CHECK(rows(editor, QStringLiteral("DELETE FROM handbook_version")) == -1);

    // Granted all municipalities: sees both.
    REQUIRE(ServerAccess::grant(plan.owner, QStringLiteral("eddie"), QStringLiteral("parat_editor"), QString(), &error)
            == ServerAccess::Problem::None);
    Database unlimited;
    plan.open(unlimited, QStringLiteral("eddie"));
    CHECK(ServerAccess::of(unlimited).allMunicipalities);
    CHECK(codes(unlimited) == QStringList {QStringLiteral("0370"), QStringLiteral("0630")});
}

TEST_CASE("An admin sees and changes every municipality, and grants and revokes say what is wrong",
          "[storage][server][access]")
{
    TwoMunicipalities plan;
    Database admin;
    plan.open(admin, QStringLiteral("anna"));
    const Access access = ServerAccess::of(admin);
    CHECK(access.role == Access::Role::Admin);
    CHECK(access.mayAdminister());
    CHECK(codes(admin) == QStringList {QStringLiteral("0370"), QStringLiteral("0630")});
    CHECK(rows(admin, QStringLiteral("UPDATE person SET unit = 'Admin' WHERE municipality_id = %1").arg(plan.naestved))
          == 1);

    QString error;
    CHECK(ServerAccess::grant(plan.owner, QStringLiteral("nobody"), QStringLiteral("parat_viewer"), QString(), &error)
          == ServerAccess::Problem::BadInput);
    CHECK(error.contains(QStringLiteral("createuser")));
    CHECK(ServerAccess::grant(plan.owner, QStringLiteral("vera"), QStringLiteral("superuser"), QString(), &error)
          == ServerAccess::Problem::BadInput);
    CHECK(ServerAccess::grant(plan.owner, QStringLiteral("vera"), QStringLiteral("parat_viewer"),
                              QStringLiteral("9999"), &error)
          == ServerAccess::Problem::BadInput);
    CHECK(error.contains(QStringLiteral("9999")));

    // One Parat role at a time: an editor made a viewer is no longer an editor.
    REQUIRE(ServerAccess::grant(plan.owner, QStringLiteral("eddie"), QStringLiteral("parat_viewer"),
                                QStringLiteral("0370"), &error)
            == ServerAccess::Problem::None);
    Database eddie;
    plan.open(eddie, QStringLiteral("eddie"));
    CHECK(ServerAccess::of(eddie).role == Access::Role::Viewer);
    CHECK(ServerAccess::of(eddie).municipalities == QStringList {QStringLiteral("0370"), QStringLiteral("0630")});
    eddie.close();
    REQUIRE(ServerAccess::revoke(plan.owner, QStringLiteral("eddie"), QStringLiteral("parat_viewer"),
                                 QStringLiteral("0630"), &error)
            == ServerAccess::Problem::None);
    plan.open(eddie, QStringLiteral("eddie"));
    CHECK(codes(eddie) == QStringList {QStringLiteral("0370")});
    eddie.close();
    REQUIRE(ServerAccess::revoke(plan.owner, QStringLiteral("eddie"), QStringLiteral("parat_viewer"), QString(), &error)
            == ServerAccess::Problem::None);
    // No Parat role at all: the plan cannot even be opened, and the message says so.
    CHECK_FALSE(eddie.openServer(test::asUser(plan.url, QStringLiteral("eddie")), &error, {}));
    INFO(error.toStdString());
    CHECK(error.contains(QStringLiteral("do not allow this")));
}

TEST_CASE("Every plan table has row-level security and Parat's three policies after setting up",
          "[storage][server][access]")
{
    TwoMunicipalities plan;
    const QStringList tables = sql::tableNames(plan.owner.connection());
    REQUIRE(tables.size() > 10);
    for (const QString &table : tables) {
        INFO(table.toStdString());
        QSqlQuery query(plan.owner.connection());
        REQUIRE(query.exec(QStringLiteral("SELECT c.relrowsecurity, (SELECT count(*) FROM pg_policy p WHERE p.polrelid "
                                          "= c.oid AND p.polname IN ('parat_admin_all', 'parat_read', 'parat_write')) "
                                          "FROM pg_class c WHERE c.oid = '%1'::regclass")
                               .arg(table)));
        REQUIRE(query.next());
        CHECK(query.value(0).toBool());
        CHECK(query.value(1).toInt() == 3);
    }
    // The grants are no part of the plan: not among its tables, so a copy neither copies nor compares them.
    CHECK_FALSE(tables.contains(QStringLiteral("municipality_grant")));
}

TEST_CASE("An editor of some municipalities can remove one but not undo it: removal is the administrator's",
          "[storage][server][access]")
{
    TwoMunicipalities plan;
    Database editor;
    plan.open(editor, QStringLiteral("eddie"));
    const auto peopleOf = [&](Id municipality) {
        return rows(plan.owner, QStringLiteral("SELECT 1 FROM person WHERE municipality_id = %1").arg(municipality));
    };
    const int naestvedPeople = peopleOf(plan.naestved);
    REQUIRE(naestvedPeople > 0);
    REQUIRE(peopleOf(plan.vejle) > 0);

    // The window's removal (MunicipalityDialog pushes this command): the policies let the delete through, 0630 and
    // what it owns go, 0370 stays.
    const Municipality vejle = *MunicipalityRepository(editor).byId(plan.vejle);
    QUndoStack stack;
    QString error;
    auto *remove = new RemoveMunicipality(editor, vejle);
    remove->setErrorHandler([&error](const QString &text) { error = text; });
    stack.push(remove);
    INFO(error.toStdString());
    CHECK(error.isEmpty());
    CHECK(codes(plan.owner) == QStringList {QStringLiteral("0370")});
    CHECK(peopleOf(plan.vejle) == 0);
    CHECK(peopleOf(plan.naestved) == naestvedPeople);
    // Undo puts 0630 back with its id, which is not among the editor's municipalities any more: refused. So the
    // window leaves removing to administrators (and editors granted every municipality).
    stack.undo();
    CHECK_FALSE(error.isEmpty());
    CHECK(codes(plan.owner) == QStringList {QStringLiteral("0370")});

    // A new municipality would not be among theirs either: refused.
    Municipality added;
    added.code = QStringLiteral("0101");
    added.name = QStringLiteral("København");
    error.clear();
    CHECK_FALSE(MunicipalityRepository(editor).add(&added, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(codes(plan.owner) == QStringList {QStringLiteral("0370")});
}
