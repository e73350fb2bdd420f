// Undo commands for municipalities: add, edit and remove, walked back and forth; undoing a removal puts every
// row back exactly (compared as a dump of the whole database).
#include "Fixtures.h"
#include "TestSupport.h"

#include "commands/MunicipalityCommands.h"
#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"
#include "storage/PersonRepository.h"
#include "storage/TaskRepository.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QUndoStack>

using namespace parat;

namespace {

// Every row of every table as text, sorted: equal dumps mean equal databases (ids included).
// Every row of every table, sorted. The municipality row's version stamp is left out: putting a municipality back
// stamps it one version past the one it was removed at (docs/team-mode.md "Concurrent edits"), checked on its own.
QStringList dump(Database &db)
{
    QStringList rows;
    QSqlQuery tables(db.connection());
    REQUIRE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                       "'sqlite_%' ORDER BY name")));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &table : std::as_const(names)) {
        QSqlQuery query(db.connection());
        REQUIRE(query.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
        while (query.next()) {
            QStringList values {table};
            const QSqlRecord record = query.record();
            for (int column = 0; column < record.count(); ++column) {
                if (table == QLatin1String("municipality")
                    && QStringList {QStringLiteral("version"), QStringLiteral("changed_by"),
                                    QStringLiteral("changed_at")}
                           .contains(record.fieldName(column)))
                    continue;
                const QVariant value = query.value(column);
                values.append(record.fieldName(column) + QLatin1Char('=')
                              + (value.isNull() ? QStringLiteral("NULL")
                                                : QStringLiteral("%1:%2").arg(QString::fromLatin1(value.typeName()),
                                                                              value.toString())));
            }
            rows.append(values.join(QLatin1Char('|')));
        }
    }
    rows.sort();
    return rows;
}

int count(Database &db, const QString &sql, Id id)
{
    QSqlQuery query(db.connection());
    query.prepare(sql);
    query.bindValue(QStringLiteral(":id"), id);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toInt();
}

struct Setup
{
    test::TempDir dir;
    Database db;
    FixedClock clock {QDate(2026, 11, 27)};

    Setup()
    {
        QString error;
        REQUIRE(db.open(dir.file(QStringLiteral("p.sqlite")), &error));
    }
};

} // namespace

TEST_CASE("AddMunicipality adds and undo removes and redo brings back the same id", "[commands]")
{
    Setup s;
    test::importSampleHandbook(s.db, s.clock);
    MunicipalityRepository repository(s.db);
    const QStringList start = dump(s.db);

    QUndoStack stack;
    Municipality candidate;
    candidate.code = QStringLiteral("0101");
    candidate.goLive = QDate(2028, 1, 1);
    candidate.projectOwner = QStringLiteral("Ejer");
    auto *command = new AddMunicipality(s.db, candidate);
    stack.push(command);
    REQUIRE_FALSE(command->failed());
    const Id id = command->municipalityId();
    REQUIRE(id != 0);
    const std::optional<Municipality> added = repository.byId(id);
    REQUIRE(added);
    CHECK(added->name == QStringLiteral("København"));
    CHECK(added->goLive == QDate(2028, 1, 1));
    CHECK(added->projectOwner == QStringLiteral("Ejer"));
    CHECK(stack.undoText() == QStringLiteral("Add municipality 0101 København"));
    const QStringList afterAdd = dump(s.db);

    stack.undo();
    CHECK_FALSE(repository.byCode(QStringLiteral("0101")));
    CHECK(dump(s.db) == start);

    stack.redo();
    CHECK(command->municipalityId() == id);
    CHECK(dump(s.db) == afterAdd);
}

TEST_CASE("AddMunicipality with a code already present fails and leaves no step", "[commands]")
{
    Setup s;
    const Municipality demo = test::buildDemo(s.db, s.clock);
    const QStringList start = dump(s.db);
    QUndoStack stack;
    Municipality again;
    again.code = demo.code;
    QString shown;
    auto *command = new AddMunicipality(s.db, again);
    command->setErrorHandler([&shown](const QString &error) { shown = error; });
    stack.push(command); // deleted by the stack: it failed
    CHECK(stack.count() == 0);
    CHECK(shown.contains(QStringLiteral("already")));
    CHECK(dump(s.db) == start);
}

TEST_CASE("EditMunicipality changes go-live and people and undo restores them", "[commands]")
{
    Setup s;
    const Municipality demo = test::buildDemo(s.db, s.clock);
    MunicipalityRepository repository(s.db);
    Municipality after = demo;
    after.goLive = QDate(2028, 1, 1);
    CHECK(EditMunicipality::describe(demo, after) == QStringLiteral("Change go-live date of 0630 Vejle"));
    after.projectLeader = QStringLiteral("Ny Leder");
    CHECK(EditMunicipality::describe(demo, after) == QStringLiteral("Edit municipality 0630 Vejle"));

    QUndoStack stack;
    stack.push(new EditMunicipality(s.db, demo, after));
    CHECK(repository.byId(demo.id)->goLive == QDate(2028, 1, 1));
    CHECK(repository.byId(demo.id)->projectLeader == QStringLiteral("Ny Leder"));
    stack.undo();
    CHECK(repository.byId(demo.id)->goLive == demo.goLive);
    CHECK(repository.byId(demo.id)->projectLeader == demo.projectLeader);
    stack.redo();
    CHECK(repository.byId(demo.id)->goLive == QDate(2028, 1, 1));
}

TEST_CASE("RemoveMunicipality removes everything it owns and undo puts back the complete snapshot", "[commands]")
{
    Setup s;
    const Municipality demo = test::buildDemo(s.db, s.clock);
    TaskRepository tasks(s.db);
    QString error;

    // A local task with state and history, and a second municipality that must stay untouched.
    Task local;
    local.municipalityId = demo.id;
    local.phase = Phase::P22;
    local.titleDa = QStringLiteral("Lokal opgave");
    local.dueOffsetWeeks = -8;
    REQUIRE(tasks.addLocalTask(&local, &error));
    TaskState state;
    state.municipalityId = demo.id;
    state.taskId = local.id;
    state.status = Status::InProgress;
    state.note = QStringLiteral("Noten");
    REQUIRE(tasks.setState(state, s.clock.now(), &error));
    Municipality other;
    other.code = QStringLiteral("0101");
    REQUIRE(MunicipalityRepository(s.db).add(&other, &error));

    const QString owned = QStringLiteral(" WHERE municipality_id = :id");
    REQUIRE(count(s.db, QStringLiteral("SELECT count(*) FROM person") + owned, demo.id) > 1);
    REQUIRE(count(s.db, QStringLiteral("SELECT count(*) FROM task_state") + owned, demo.id) > 1);
    REQUIRE(count(s.db, QStringLiteral("SELECT count(*) FROM task_event") + owned, demo.id) > 1);
    REQUIRE(count(s.db, QStringLiteral("SELECT count(*) FROM task") + owned, demo.id) == 1);
    REQUIRE(count(s.db,
                  QStringLiteral("SELECT count(*) FROM person WHERE manager_id IS NOT NULL AND "
                                 "municipality_id = :id"),
                  demo.id)
            > 0);

    const QStringList before = dump(s.db);
    QUndoStack stack;
    auto *command = new RemoveMunicipality(s.db, demo);
    stack.push(command);
    REQUIRE_FALSE(command->failed());
    CHECK(stack.undoText() == QStringLiteral("Remove municipality 0630 Vejle"));
    CHECK_FALSE(MunicipalityRepository(s.db).byId(demo.id));
    for (const QString &table :
         {QStringLiteral("person"), QStringLiteral("task_state"), QStringLiteral("task_event"), QStringLiteral("task")})
        CHECK(count(s.db, QStringLiteral("SELECT count(*) FROM %1").arg(table) + owned, demo.id) == 0);
    CHECK(command->removed().rowCount(QStringLiteral("person")) > 1);
    CHECK(command->removed().rowCount(QStringLiteral("task")) == 1);
    CHECK(MunicipalityRepository(s.db).byCode(QStringLiteral("0101")));
    const QStringList removed = dump(s.db);

    stack.undo();
    CHECK(dump(s.db) == before);
    CHECK(tasks.plannedTask(demo.id, local.id)->state.note == QStringLiteral("Noten"));
    // Put back one version past the one it was removed at, so an edit read before the removal is refused.
    CHECK(MunicipalityRepository(s.db).byId(demo.id)->version == command->removed().municipality.version + 1);
    stack.redo();
    CHECK(dump(s.db) == removed);
    stack.undo();
    CHECK(dump(s.db) == before);
}

TEST_CASE("Municipality commands walk all the way back and forward", "[commands]")
{
    Setup s;
    const Municipality demo = test::buildDemo(s.db, s.clock);
    QUndoStack stack;
    QList<QStringList> states {dump(s.db)};

    Municipality added;
    added.code = QStringLiteral("0751");
    auto *add = new AddMunicipality(s.db, added);
    stack.push(add);
    states.append(dump(s.db));

    Municipality edited = *MunicipalityRepository(s.db).byId(add->municipalityId());
    Municipality editedAfter = edited;
    editedAfter.goLive = QDate(2029, 1, 1);
    stack.push(new EditMunicipality(s.db, edited, editedAfter));
    states.append(dump(s.db));

    stack.push(new RemoveMunicipality(s.db, demo));
    states.append(dump(s.db));

    // Removed as read now (the edit moved its version on; the read before it would be refused).
    stack.push(new RemoveMunicipality(s.db, *MunicipalityRepository(s.db).byId(add->municipalityId())));
    states.append(dump(s.db));
    CHECK(MunicipalityRepository(s.db).all().isEmpty());
    REQUIRE(stack.count() == 4);

    for (int step = 3; step >= 0; --step) {
        stack.undo();
        CHECK(dump(s.db) == states.at(step));
    }
    for (int step = 1; step <= 4; ++step) {
        stack.redo();
        CHECK(dump(s.db) == states.at(step));
    }
}
