// Concurrent edits of people, stakeholders, risks, decisions, communication items, allocations, runbook steps,
// go-live criteria, and (migration 12) local tasks, report texts, the go/no-go meeting and municipalities
// (docs/team-mode.md "Concurrent edits"): an edit, an undo or a removal based on a row someone else
// changed since is refused naming who and when, and writes nothing; one's own undo across several steps goes through.
// The same for moving a stakeholder on the map, a person's superuser details and the suggested allocation plan (issue
// 19). On a real throw-away PostgreSQL cluster (support/PgCluster) with two clients as two users, and on a SQLite file.
// Also the plan's advisory lock for the handbook import, the runbook import and removing a municipality, and
// replacing the whole runbook from a stale read of it.
#include "commands/AllocationCommands.h"
#include "commands/CommunicationCommands.h"
#include "commands/GoLiveCommands.h"
#include "commands/LocalTaskCommands.h"
#include "commands/MunicipalityCommands.h"
#include "commands/PersonCommands.h"
#include "commands/ReportCommands.h"
#include "commands/RiskCommands.h"
#include "commands/RunbookCommands.h"
#include "commands/StakeholderCommands.h"
#include "commands/SuperuserCommands.h"
#include "commands/TaskCommands.h"
#include "domain/Calendar.h"
#include "domain/Clock.h"
#include "handbook/PlanMerge.h"
#include "planning/RunbookRules.h"
#include "services/RunbookEditor.h"
#include "storage/AllocationRepository.h"
#include "storage/CommunicationRepository.h"
#include "storage/Database.h"
#include "storage/DecisionRepository.h"
#include "storage/GoLiveRepository.h"
#include "storage/HandbookRepository.h"
#include "storage/MunicipalityRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ReportRepository.h"
#include "storage/RiskRepository.h"
#include "storage/RunbookRepository.h"
#include "storage/StakeholderRepository.h"
#include "storage/TaskRepository.h"

#include "Fixtures.h"
#include "PgCluster.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>

#include <algorithm>
#include <functional>
#include <iostream>
#include <memory>
#include <vector>

using namespace parat;

namespace {

// Two clients of one server database, as the users lars_ed and mette_ed; the demo plan, built by lars.
struct TwoClients : test::TwoServerClients
{
    TwoClients()
        : test::TwoServerClients(QStringLiteral("lars_ed"), QStringLiteral("mette_ed"))
    { }
};

// The demo plan in a SQLite file.
struct FileDemo
{
    const FixedClock clock {QDate(2026, 11, 27)};
    test::TempDir dir;
    Database db;
    Municipality demo;

    FileDemo()
    {
        QString error;
        REQUIRE(db.open(dir.file(QStringLiteral("plan.sqlite")), &error));
        demo = test::buildDemo(db, clock);
    }
};

// One kind of versioned row, as the tests handle it: a text field to edit, the edit and removal commands, how the
// refusal names the row.
struct Kind
{
    const char *name;
    std::function<Id(Database &, Id municipality)> firstId;
    // The row as db reads it now, and an edit command from that read setting the text field to a value.
    std::function<std::function<Command *(const QString &)>(Database &, Id)> editFrom;
    // A removal command from the row as db reads it now (none: the row is not removed by a command of its own).
    std::function<Command *(Database &, Id)> removeFrom;
    std::function<std::optional<QString>(Database &, Id)> text; // none: no such row
    std::function<QString(Database &, Id)> subject; // "The risk R1"
};

template<typename T, typename Repository>
Kind kindOf(const char *name, std::function<QList<T>(Database &, Id)> list, QString T::*field,
            std::function<Command *(Database &, const T &, const T &)> edit,
            std::function<Command *(Database &, const T &)> remove, std::function<QString(const T &)> subject)
{
    Kind kind;
    kind.name = name;
    kind.firstId = [list](Database &db, Id municipality) {
        const QList<T> rows = list(db, municipality);
        REQUIRE_FALSE(rows.isEmpty());
        return rows.first().id;
    };
    kind.editFrom = [field, edit](Database &db, Id id) {
        const std::optional<T> read = Repository(db).byId(id);
        REQUIRE(read);
        return std::function<Command *(const QString &)>([&db, read = *read, field, edit](const QString &value) {
            T after = read;
            after.*field = value;
            return edit(db, read, after);
        });
    };
    kind.removeFrom = [remove](Database &db, Id id) {
        const std::optional<T> read = Repository(db).byId(id);
        REQUIRE(read);
        return remove(db, *read);
    };
    kind.text = [field](Database &db, Id id) -> std::optional<QString> {
        const std::optional<T> row = Repository(db).byId(id);
        if (!row)
            return std::nullopt;
        return (*row).*field;
    };
    kind.subject = [subject](Database &db, Id id) {
        const std::optional<T> row = Repository(db).byId(id);
        REQUIRE(row);
        return subject(*row);
    };
    return kind;
}

// The report date the report-texts kind edits, and the clock its command stamps them with.
const QDate kReportDate(2026, 11, 27);

const Clock &reportClock()
{
    static const FixedClock clock(kReportDate);
    return clock;
}

// The texts of a status report (migration 12), keyed by municipality and date: the kind's id is the municipality's.
// Removed only by undoing the first save of a date (tested on its own below), so no removal command.
Kind reportNotesKind()
{
    Kind kind;
    kind.name = "report texts";
    kind.firstId = [](Database &db, Id m) {
        if (!ReportRepository(db).storedNotes(m, kReportDate)) {
            ReportNotes notes = ReportRepository(db).notes(m, kReportDate);
            notes.sinceLast = QStringLiteral("Demo");
            notes.version = -1;
            QString error;
            REQUIRE(ReportRepository(db).save(notes, reportClock().now(), &error));
        }
        return m;
    };
    kind.editFrom = [](Database &db, Id m) {
        const ReportNotes read = ReportRepository(db).notes(m, kReportDate);
        REQUIRE(read.stored);
        return std::function<Command *(const QString &)>([&db, read](const QString &value) -> Command * {
            ReportNotes after = read;
            after.sinceLast = value;
            return new SetReportNotes(db, reportClock(), read, after);
        });
    };
    kind.text = [](Database &db, Id m) -> std::optional<QString> {
        const std::optional<ReportNotes> stored = ReportRepository(db).storedNotes(m, kReportDate);
        if (!stored)
            return std::nullopt;
        return stored->sinceLast;
    };
    kind.subject = [](Database &, Id) { return QStringLiteral("The status report of 27.11.2026"); };
    return kind;
}

// The go/no-go meeting with its conditions (migration 12), one per municipality: the kind's id is the municipality's.
Kind goLiveMeetingKind()
{
    Kind kind;
    kind.name = "go/no-go meeting";
    kind.firstId = [](Database &db, Id m) {
        REQUIRE(GoLiveRepository(db).meeting(m));
        return m;
    };
    kind.editFrom = [](Database &db, Id m) {
        const std::optional<GoLiveMeeting> read = GoLiveRepository(db).meeting(m);
        REQUIRE(read);
        return std::function<Command *(const QString &)>([&db, m, read](const QString &value) -> Command * {
            GoLiveMeeting after = *read;
            after.note = value;
            return new SetGoLiveMeeting(db, m, read, after);
        });
    };
    kind.removeFrom = [](Database &db, Id m) -> Command * {
        const std::optional<GoLiveMeeting> read = GoLiveRepository(db).meeting(m);
        REQUIRE(read);
        return new SetGoLiveMeeting(db, m, read, std::nullopt);
    };
    kind.text = [](Database &db, Id m) -> std::optional<QString> {
        const std::optional<GoLiveMeeting> stored = GoLiveRepository(db).meeting(m);
        if (!stored)
            return std::nullopt;
        return stored->note;
    };
    kind.subject = [](Database &db, Id m) {
        const std::optional<Municipality> municipality = MunicipalityRepository(db).byId(m);
        REQUIRE(municipality);
        return QStringLiteral("The go/no-go meeting of %1 %2").arg(municipality->code, municipality->name);
    };
    return kind;
}

QList<Kind> kinds()
{
    QList<Kind> all;
    all.append(kindOf<Risk, RiskRepository>(
        "risk", [](Database &db, Id m) { return RiskRepository(db).forMunicipality(m); }, &Risk::description,
        [](Database &db, const Risk &b, const Risk &a) -> Command * { return new EditRisk(db, b, a); },
        [](Database &db, const Risk &r) -> Command * { return new RemoveRisk(db, r); },
        [](const Risk &r) { return QStringLiteral("The risk ") + riskLabel(r.number); }));
    all.append(kindOf<Decision, DecisionRepository>(
        "decision", [](Database &db, Id m) { return DecisionRepository(db).forMunicipality(m); }, &Decision::background,
        [](Database &db, const Decision &b, const Decision &a) -> Command * { return new EditDecision(db, b, a); },
        [](Database &db, const Decision &d) -> Command * { return new RemoveDecision(db, d); },
        [](const Decision &d) { return QStringLiteral("The decision ") + decisionLabel(d.number); }));
    all.append(kindOf<Person, PersonRepository>(
        "person", [](Database &db, Id m) { return PersonRepository(db).forMunicipality(m); }, &Person::note,
        [](Database &db, const Person &b, const Person &a) -> Command * { return new EditPerson(db, b, a); },
        [](Database &db, const Person &p) -> Command * { return new RemovePerson(db, p); },
        [](const Person &p) { return QStringLiteral("The person ") + p.name; }));
    all.append(kindOf<Stakeholder, StakeholderRepository>(
        "stakeholder", [](Database &db, Id m) { return StakeholderRepository(db).forMunicipality(m); },
        &Stakeholder::concerns,
        [](Database &db, const Stakeholder &b, const Stakeholder &a) -> Command * {
            return new EditStakeholder(db, b, a);
        },
        [](Database &db, const Stakeholder &s) -> Command * { return new RemoveStakeholder(db, s); },
        [](const Stakeholder &s) { return QStringLiteral("The stakeholder ") + s.name; }));
    all.append(kindOf<CommunicationItem, CommunicationRepository>(
        "communication item", [](Database &db, Id m) { return CommunicationRepository(db).forMunicipality(m); },
        &CommunicationItem::goal,
        [](Database &db, const CommunicationItem &b, const CommunicationItem &a) -> Command * {
            return new EditCommunicationItem(db, b, a);
        },
        [](Database &db, const CommunicationItem &c) -> Command * { return new RemoveCommunicationItem(db, c); },
        [](const CommunicationItem &c) {
            return QStringLiteral("The communication activity \"")
                + (c.occasion.trimmed().isEmpty() ? c.targetGroup.trimmed() : c.occasion.trimmed()) + QLatin1Char('"');
        }));
    all.append(kindOf<Allocation, AllocationRepository>(
        "allocation", [](Database &db, Id m) { return AllocationRepository(db).forMunicipality(m); }, &Allocation::note,
        [](Database &db, const Allocation &b, const Allocation &a) -> Command * {
            return new EditAllocation(db, b, a, QStringLiteral("someone"));
        },
        [](Database &db, const Allocation &a) -> Command * {
            return new RemoveAllocation(db, {a}, QStringLiteral("someone"));
        },
        [](const Allocation &a) {
            return QStringLiteral("The allocation of hours ") + weekRangeLabel(a.fromWeek, a.toWeek);
        }));
    // Runbook steps (migration 11): a step no other step depends on, so that it can be removed.
    all.append(kindOf<RunbookStep, RunbookEditor>(
        "runbook step",
        [](Database &db, Id m) {
            const QList<RunbookStep> steps = RunbookRepository(db).forMunicipality(m);
            QList<RunbookStep> free;
            for (const RunbookStep &step : steps) {
                if (std::none_of(steps.begin(), steps.end(),
                                 [&](const RunbookStep &other) { return other.dependsOn.contains(step.number); }))
                    free.append(step);
            }
            return free;
        },
        &RunbookStep::note,
        [](Database &db, const RunbookStep &b, const RunbookStep &a) -> Command * {
            return new EditRunbookStep(db, b, a);
        },
        [](Database &db, const RunbookStep &s) -> Command * { return new RemoveRunbookStep(db, s); },
        [](const RunbookStep &s) {
            return QStringLiteral("The runbook step %1 \"%2\"").arg(QString::number(s.number), s.title);
        }));
    all.append(kindOf<GoLiveCriterion, GoLiveRepository>(
        "go-live criterion", [](Database &db, Id m) { return GoLiveRepository(db).criteria(m); },
        &GoLiveCriterion::evidence,
        [](Database &db, const GoLiveCriterion &b, const GoLiveCriterion &a) -> Command * {
            return new EditGoLiveCriterion(db, b, a);
        },
        [](Database &db, const GoLiveCriterion &c) -> Command * { return new RemoveGoLiveCriterion(db, c); },
        [](const GoLiveCriterion &c) { return QStringLiteral("The go-live criterion \"%1\"").arg(c.title); }));
    // Migration 12. Local tasks: one the municipality added (the demo has none: added unchecked the first time).
    all.append(kindOf<Task, TaskRepository>(
        "local task",
        [](Database &db, Id m) {
            QList<Task> local;
            for (const PlannedTask &item : TaskRepository(db).plannedTasks(m)) {
                if (item.task.isLocal())
                    local.append(item.task);
            }
            if (local.isEmpty()) {
                Task task;
                task.municipalityId = m;
                task.titleDa = QStringLiteral("Lokal opgave");
                task.dueOffsetWeeks = -2;
                QString error;
                REQUIRE(TaskRepository(db).addLocalTask(&task, &error));
                local.append(task);
            }
            return local;
        },
        &Task::descriptionDa,
        [](Database &db, const Task &b, const Task &a) -> Command * { return new EditLocalTask(db, b, a); },
        [](Database &db, const Task &t) -> Command * { return new RemoveLocalTask(db, t); },
        [](const Task &t) { return QStringLiteral("The task ") + t.key; }));
    all.append(reportNotesKind());
    all.append(goLiveMeetingKind());
    // Last: removing the municipality removes every other kind's rows with it.
    all.append(kindOf<Municipality, MunicipalityRepository>(
        "municipality",
        [](Database &db, Id m) {
            const std::optional<Municipality> municipality = MunicipalityRepository(db).byId(m);
            REQUIRE(municipality);
            return QList<Municipality> {*municipality};
        },
        &Municipality::projectOwner,
        [](Database &db, const Municipality &b, const Municipality &a) -> Command * {
            return new EditMunicipality(db, b, a);
        },
        [](Database &db, const Municipality &m) -> Command * { return new RemoveMunicipality(db, m); },
        [](const Municipality &m) { return QStringLiteral("The municipality %1 %2").arg(m.code, m.name); }));
    return all;
}

// Runs redo() (or undo()) as the undo stack does; the command's error (empty: it went through).
QString redo(Command *command)
{
    command->redo();
    return command->error();
}

QString undo(Command *command)
{
    command->undo();
    return command->error();
}

} // namespace

TEST_CASE("Two users of a server edit the same row: the second is refused naming the first, nothing of it is "
          "written, and it goes through after reading the row again; the first user's undo is then refused",
          "[versions][server]")
{
    TwoClients two;
    for (const Kind &kind : kinds()) {
        INFO(kind.name);
        const Id id = kind.firstId(two.lars, two.demo.id);
        auto larsEdit = kind.editFrom(two.lars, id);
        auto metteEdit = kind.editFrom(two.mette, id);

        std::unique_ptr<Command> lars(larsEdit(QStringLiteral("Lars's text")));
        REQUIRE(redo(lars.get()).isEmpty());

        QSignalSpy metteChanged(&two.mette, &Database::changed);
        std::unique_ptr<Command> mette(metteEdit(QStringLiteral("Mette's text")));
        const QString refused = redo(mette.get());
        INFO(refused.toStdString());
        CHECK(refused.startsWith(kind.subject(two.mette, id) + QStringLiteral(" ")));
        CHECK(refused.contains(QStringLiteral(" was changed by lars_ed at ")));
        CHECK(refused.contains(QStringLiteral("Your changes are not saved")));
        CHECK(metteChanged.count() == 1); // the window reloads
        CHECK(kind.text(two.mette, id) == QStringLiteral("Lars's text"));

        // Read again, Mette's edit is written on top of Lars's.
        std::unique_ptr<Command> retry(kind.editFrom(two.mette, id)(QStringLiteral("Mette's text")));
        CHECK(redo(retry.get()).isEmpty());
        CHECK(kind.text(two.lars, id) == QStringLiteral("Mette's text"));

        // Lars's undo would write over Mette's change: refused, naming her.
        const QString undoRefused = undo(lars.get());
        INFO(undoRefused.toStdString());
        CHECK(undoRefused.contains(QStringLiteral(" was changed by mette_ed ")));
        CHECK(kind.text(two.lars, id) == QStringLiteral("Mette's text"));
        // Mette's own undo goes through.
        CHECK(undo(retry.get()).isEmpty());
        CHECK(kind.text(two.lars, id) == QStringLiteral("Lars's text"));
    }
}

TEST_CASE("On a server a removal of a row someone else changed since it was read is refused, naming them",
          "[versions][server]")
{
    TwoClients two;
    for (const Kind &kind : kinds()) {
        INFO(kind.name);
        if (!kind.removeFrom)
            continue;
        const Id id = kind.firstId(two.lars, two.demo.id);
        std::unique_ptr<Command> metteRemove(kind.removeFrom(two.mette, id));
        std::unique_ptr<Command> lars(kind.editFrom(two.lars, id)(QStringLiteral("Lars's text")));
        REQUIRE(redo(lars.get()).isEmpty());

        const QString refused = redo(metteRemove.get());
        INFO(refused.toStdString());
        CHECK(refused.startsWith(kind.subject(two.mette, id) + QStringLiteral(" ")));
        CHECK(refused.contains(QStringLiteral(" was changed by lars_ed at ")));
        CHECK(kind.text(two.lars, id) == QStringLiteral("Lars's text")); // still there, with Lars's change

        // Read again, the removal goes through, and its undo puts the row back as it was. Lars's undo then finds
        // the row holding exactly what he wrote (at a later version) and goes through: nothing of Mette's is lost.
        std::unique_ptr<Command> again(kind.removeFrom(two.mette, id));
        CHECK(redo(again.get()).isEmpty());
        CHECK_FALSE(kind.text(two.lars, id));
        CHECK(undo(again.get()).isEmpty());
        CHECK(kind.text(two.lars, id) == QStringLiteral("Lars's text"));
        CHECK(undo(lars.get()).isEmpty());
        CHECK(kind.text(two.lars, id) != QStringLiteral("Lars's text"));
        // Mette's redo of the removal would now remove a row Lars changed since her undo: refused, naming him.
        const QString redoRefused = redo(again.get());
        INFO(redoRefused.toStdString());
        CHECK(redoRefused.contains(QStringLiteral(" was changed by lars_ed ")));
        CHECK(kind.text(two.mette, id));
        // From a fresh read it goes through.
        std::unique_ptr<Command> fresh(kind.removeFrom(two.mette, id));
        CHECK(redo(fresh.get()).isEmpty());
        CHECK_FALSE(kind.text(two.lars, id));
    }
}

TEST_CASE("On a file two edits made from the same read: the second is refused and nothing of it is written",
          "[versions]")
{
    FileDemo f;
    for (const Kind &kind : kinds()) {
        INFO(kind.name);
        const Id id = kind.firstId(f.db, f.demo.id);
        auto first = kind.editFrom(f.db, id);
        auto second = kind.editFrom(f.db, id);
        std::unique_ptr<Command> one(first(QStringLiteral("first")));
        REQUIRE(redo(one.get()).isEmpty());
        QSignalSpy changed(&f.db, &Database::changed);
        std::unique_ptr<Command> two(second(QStringLiteral("second")));
        const QString refused = redo(two.get());
        INFO(refused.toStdString());
        CHECK(refused.startsWith(kind.subject(f.db, id) + QStringLiteral(" was changed by ")));
        CHECK(changed.count() == 1);
        CHECK(kind.text(f.db, id) == QStringLiteral("first"));
        // A removal from the same stale read is refused too.
        if (kind.removeFrom) {
            std::unique_ptr<Command> removal(kind.removeFrom(f.db, id));
            std::unique_ptr<Command> three(kind.editFrom(f.db, id)(QStringLiteral("third")));
            REQUIRE(redo(three.get()).isEmpty());
            CHECK(redo(removal.get()).contains(QStringLiteral(" was changed by ")));
            CHECK(kind.text(f.db, id) == QStringLiteral("third"));
        }
    }
}

TEST_CASE("On a file one's own undo and redo across several steps work with row versions, and an undo after "
          "someone else's change is refused",
          "[versions]")
{
    FileDemo f;
    for (const Kind &kind : kinds()) {
        INFO(kind.name);
        const Id id = kind.firstId(f.db, f.demo.id);
        const std::optional<QString> original = kind.text(f.db, id);
        // Each step is made from the row as it is after the one before, as the window does.
        std::unique_ptr<Command> one(kind.editFrom(f.db, id)(QStringLiteral("one")));
        REQUIRE(redo(one.get()).isEmpty());
        std::unique_ptr<Command> two(kind.editFrom(f.db, id)(QStringLiteral("two")));
        REQUIRE(redo(two.get()).isEmpty());
        std::unique_ptr<Command> removal(kind.removeFrom ? kind.removeFrom(f.db, id) : nullptr);
        if (removal) {
            REQUIRE(redo(removal.get()).isEmpty());
            CHECK(undo(removal.get()).isEmpty());
        }
        CHECK(undo(two.get()).isEmpty());
        CHECK(kind.text(f.db, id) == QStringLiteral("one"));
        CHECK(undo(one.get()).isEmpty());
        CHECK(kind.text(f.db, id) == original);
        // Redo all three, then undo them all again: every step finds the row as it left it.
        CHECK(redo(one.get()).isEmpty());
        CHECK(redo(two.get()).isEmpty());
        if (removal) {
            CHECK(redo(removal.get()).isEmpty());
            CHECK_FALSE(kind.text(f.db, id));
            CHECK(undo(removal.get()).isEmpty());
        }
        CHECK(undo(two.get()).isEmpty());
        CHECK(undo(one.get()).isEmpty());
        CHECK(kind.text(f.db, id) == original);
        CHECK(redo(one.get()).isEmpty());

        // Someone else (here an edit not on this stack) changes the row: the undo is refused, nothing written.
        std::unique_ptr<Command> other(kind.editFrom(f.db, id)(QStringLiteral("other")));
        REQUIRE(redo(other.get()).isEmpty());
        CHECK(undo(one.get()).contains(QStringLiteral(" was changed by ")));
        CHECK(kind.text(f.db, id) == QStringLiteral("other"));
    }
}

TEST_CASE("On a server removing a person stamps the tasks it clears, so a task edit read before is refused",
          "[versions][server]")
{
    TwoClients two;
    // A task with a responsible person, as Mette reads it.
    const QList<PlannedTask> planned = TaskRepository(two.mette).plannedTasks(two.demo.id);
    const auto named = std::find_if(planned.begin(), planned.end(),
                                    [](const PlannedTask &item) { return item.state.responsiblePersonId != 0; });
    REQUIRE(named != planned.end());
    const PlannedTask metteRead = *named;
    const std::optional<Person> person = PersonRepository(two.lars).byId(metteRead.state.responsiblePersonId);
    REQUIRE(person);

    RemovePerson removal(two.lars, *person);
    REQUIRE(redo(&removal).isEmpty());

    TaskState after = metteRead.state;
    after.note = QStringLiteral("Mette's note");
    SetTaskStates edit(two.mette, two.clock, {metteRead.state}, {after}, QStringLiteral("Set note"));
    const QString refused = redo(&edit);
    INFO(refused.toStdString());
    CHECK(refused.contains(QStringLiteral("The task %1 was changed by lars_ed").arg(metteRead.task.key)));
    // Nothing of Mette's edit was written, and the task names nobody now.
    for (const PlannedTask &item : TaskRepository(two.lars).plannedTasks(two.demo.id)) {
        if (item.task.id == metteRead.task.id) {
            CHECK(item.state.note != QStringLiteral("Mette's note"));
            CHECK(item.state.responsiblePersonId == 0);
        }
    }
    // Lars's undo links the person again.
    CHECK(undo(&removal).isEmpty());
    for (const PlannedTask &item : TaskRepository(two.mette).plannedTasks(two.demo.id)) {
        if (item.task.id == metteRead.task.id)
            CHECK(item.state.responsiblePersonId == person->id);
    }
}

TEST_CASE("On a file removing a person stamps the risks they owned, and undoing it names them again", "[versions]")
{
    // Without the stamp, an edit of the risk read before the removal would write the removed person back as owner
    // (or fail on a person who is gone) instead of being refused.
    FileDemo f;
    const QList<Risk> risks = RiskRepository(f.db).forMunicipality(f.demo.id);
    const auto owned = std::find_if(risks.begin(), risks.end(), [](const Risk &risk) { return risk.ownerId != 0; });
    REQUIRE(owned != risks.end());
    const Risk read = *owned;
    const std::optional<Person> owner = PersonRepository(f.db).byId(read.ownerId);
    REQUIRE(owner);

    RemovePerson removal(f.db, *owner);
    REQUIRE(redo(&removal).isEmpty());
    Risk after = read;
    after.response = QStringLiteral("A response written from a read before the removal");
    EditRisk edit(f.db, read, after);
    const QString refused = redo(&edit);
    INFO(refused.toStdString());
    CHECK(refused.contains(QStringLiteral(" was changed by ")));
    const std::optional<Risk> stored = RiskRepository(f.db).byId(read.id);
    REQUIRE(stored);
    CHECK(stored->ownerId == 0);
    CHECK(stored->response != after.response);

    // Undoing the removal names the owner again, and an edit read while the person was gone is refused in turn.
    const Risk whileGone = *stored;
    REQUIRE(undo(&removal).isEmpty());
    const std::optional<Risk> relinked = RiskRepository(f.db).byId(read.id);
    REQUIRE(relinked);
    CHECK(relinked->ownerId == owner->id);
    Risk late = whileGone;
    late.response = QStringLiteral("Written while the owner was gone");
    EditRisk lateEdit(f.db, whileGone, late);
    CHECK(redo(&lateEdit).contains(QStringLiteral(" was changed by ")));
    CHECK(RiskRepository(f.db).byId(read.id)->ownerId == owner->id);
}

TEST_CASE("On a file removing a person stamps the go/no-go meeting whose conditions they owned, and undoing it names "
          "them again",
          "[versions][golive]")
{
    FileDemo f;
    const QList<Person> people = PersonRepository(f.db).forMunicipality(f.demo.id);
    REQUIRE(people.size() >= 2);
    const Person owner = people.at(0);
    const Person other = people.at(1);
    // A meeting with two conditions: one the person owns, one someone else owns.
    const std::optional<GoLiveMeeting> stored = GoLiveRepository(f.db).meeting(f.demo.id);
    GoLiveMeeting meeting = stored ? *stored : GoLiveMeeting {};
    meeting.id = f.demo.id;
    meeting.municipalityId = f.demo.id;
    if (!meeting.heldOn.isValid())
        meeting.heldOn = f.demo.goLive.addDays(-7);
    meeting.decision = GoLiveDecision::GoWithConditions;
    meeting.conditions = {{QStringLiteral("Conversion checked again"), owner.id, f.demo.goLive.addDays(-2)},
                          {QStringLiteral("Support desk staffed"), other.id, f.demo.goLive.addDays(-1)}};
    SetGoLiveMeeting record(f.db, f.demo.id, stored, meeting);
    REQUIRE(redo(&record).isEmpty());
    const std::optional<GoLiveMeeting> read = GoLiveRepository(f.db).meeting(f.demo.id);
    REQUIRE(read);
    REQUIRE(read->conditions.size() == 2);

    RemovePerson removal(f.db, owner);
    REQUIRE(redo(&removal).isEmpty());
    const std::optional<GoLiveMeeting> cleared = GoLiveRepository(f.db).meeting(f.demo.id);
    REQUIRE(cleared);
    CHECK(cleared->version > read->version);
    CHECK(cleared->conditions.at(0).ownerId == 0);
    CHECK(cleared->conditions.at(1).ownerId == other.id);
    // An edit of the meeting read before the removal would write the removed person back: it is refused.
    GoLiveMeeting after = *read;
    after.note = QStringLiteral("Written from a read before the removal");
    SetGoLiveMeeting stale(f.db, f.demo.id, read, after);
    const QString refused = redo(&stale);
    INFO(refused.toStdString());
    CHECK(refused.contains(QStringLiteral(" was changed by ")));
    CHECK(GoLiveRepository(f.db).meeting(f.demo.id)->note != after.note);

    // Undoing the removal names the owner again and stamps the meeting once more.
    REQUIRE(undo(&removal).isEmpty());
    const std::optional<GoLiveMeeting> relinked = GoLiveRepository(f.db).meeting(f.demo.id);
    REQUIRE(relinked);
    CHECK(relinked->conditions.at(0).ownerId == owner.id);
    CHECK(relinked->conditions.at(1).ownerId == other.id);
    CHECK(relinked->version > cleared->version);
    GoLiveMeeting whileGone = *cleared;
    whileGone.note = QStringLiteral("Written while the owner was gone");
    SetGoLiveMeeting late(f.db, f.demo.id, cleared, whileGone);
    CHECK(redo(&late).contains(QStringLiteral(" was changed by ")));
    CHECK(GoLiveRepository(f.db).meeting(f.demo.id)->conditions.at(0).ownerId == owner.id);
}

TEST_CASE("On a server a handbook import, a runbook import and a municipality removal while another import is "
          "under way are refused and write nothing",
          "[versions][server][import]")
{
    TwoClients two;
    const QString busy = QStringLiteral("Another user is importing");
    auto count = [&](const QString &statement) {
        QSqlQuery query(two.lars.connection());
        REQUIRE(query.exec(statement));
        REQUIRE(query.next());
        return query.value(0).toLongLong();
    };
    const QString versions = QStringLiteral("SELECT COUNT(*) FROM handbook_version");
    const QString tasks = QStringLiteral("SELECT COUNT(*) FROM task");
    const QString steps
        = QStringLiteral("SELECT COUNT(*) FROM runbook_step WHERE municipality_id = %1").arg(two.demo.id);
    const QString municipalities = QStringLiteral("SELECT COUNT(*) FROM municipality");

    // Mette's handbook version: the stored tasks and one more.
    HandbookDraft draft;
    draft.version = QStringLiteral("9.9");
    draft.sha256 = QByteArrayLiteral("99");
    draft.tasks = HandbookRepository(two.mette).tasks();
    REQUIRE_FALSE(draft.tasks.isEmpty());
    Task added = draft.tasks.first();
    added.id = 0;
    added.key = QStringLiteral("P99-01");
    added.titleDa = QStringLiteral("Ny opgave fra håndbogen");
    draft.tasks.append(added);
    QList<Task> handbookTasks;
    for (const Task &task : std::as_const(draft.tasks)) {
        if (!task.isLocal())
            handbookTasks.append(task);
    }
    draft.tasks = handbookTasks;

    auto handbookImport = [&](QString *error) {
        HandbookRepository handbook(two.mette);
        HandbookVersion version;
        return handbook.applyMerge(draft, planMerge(draft, handbook.tasks()), QStringLiteral("9.9"), two.clock.now(),
                                   &version, error);
    };
    auto runbookImport = [&](QString *error) {
        return RunbookEditor(two.mette).replaceAll(two.demo.id, defaultRunbook(two.demo.id), nullptr, error);
    };
    auto municipalityRemoval = [&](QString *error) {
        MunicipalitySnapshot snapshot;
        return MunicipalityRepository(two.mette).take(two.demo.id, &snapshot, error);
    };

    const qint64 versionsBefore = count(versions);
    const qint64 tasksBefore = count(tasks);
    const qint64 stepsBefore = count(steps);
    const qint64 municipalitiesBefore = count(municipalities);
    struct Case
    {
        const char *name;
        std::function<bool(QString *)> run;
    };
    const QList<Case> cases {Case {"handbook import", handbookImport}, Case {"runbook import", runbookImport},
                             Case {"municipality removal", municipalityRemoval}};
    for (const Case &item : cases) {
        INFO(item.name);
        // Lars holds the plan's lock (an import of his under way, its transaction open).
        QString error;
        QString metteError;
        bool metteOk = true;
        REQUIRE(two.lars.write(&error, [&] {
            if (!two.lars.lockPlanWork(&error))
                return false;
            metteOk = item.run(&metteError);
            return true;
        }));
        INFO(metteError.toStdString());
        CHECK_FALSE(metteOk);
        CHECK(metteError.contains(busy));
        CHECK(count(versions) == versionsBefore);
        CHECK(count(tasks) == tasksBefore);
        CHECK(count(steps) == stepsBefore);
        CHECK(count(municipalities) == municipalitiesBefore);
    }
    // With the lock free, each goes through (the removal last).
    for (const Case &item : cases) {
        INFO(item.name);
        QString error;
        CHECK(item.run(&error));
        INFO(error.toStdString());
    }
    CHECK(count(versions) == versionsBefore + 1);
    CHECK(count(municipalities) == municipalitiesBefore - 1);
}

TEST_CASE("The cost of the version check on a risk edit through EditRisk, file and server",
          "[versions][server][measure]")
{
    // Median milliseconds of 200 edits of one risk's description, each from the risk as the previous one left it:
    // checked (the version read with the row, so the command reads the row before and after its write) or not (-1).
    auto medianMs = [](Database &db, Id municipalityId, bool checked) {
        std::vector<double> times;
        const Id id = RiskRepository(db).forMunicipality(municipalityId).first().id;
        QElapsedTimer timer;
        for (int i = 0; i < 200; ++i) {
            Risk before = *RiskRepository(db).byId(id);
            if (!checked)
                before.version = -1;
            Risk after = before;
            after.description = QStringLiteral("Edit %1").arg(i);
            timer.start();
            EditRisk command(db, before, after);
            command.redo();
            times.push_back(timer.nsecsElapsed() / 1e6);
            REQUIRE_FALSE(command.failed());
        }
        std::sort(times.begin(), times.end());
        return times.at(times.size() / 2);
    };
    FileDemo file;
    const double fileUnchecked = medianMs(file.db, file.demo.id, false);
    const double fileChecked = medianMs(file.db, file.demo.id, true);
    TwoClients server;
    const double serverUnchecked = medianMs(server.lars, server.demo.id, false);
    const double serverChecked = medianMs(server.lars, server.demo.id, true);
    std::cout << "[measure] risk edit through EditRisk on a file, median of 200: with the version check " << fileChecked
              << " ms, without " << fileUnchecked << " ms\n"
              << "[measure] risk edit through EditRisk on a server, median of 200: with the version check "
              << serverChecked << " ms, without " << serverUnchecked << " ms" << std::endl;
    CHECK(fileChecked > 0.0);
    CHECK(serverChecked > 0.0);
}

namespace {

// The writes issue 19 brought under the version check: moving a stakeholder on the map, a person's superuser
// details (with the person), the suggested allocation plan. Each makes its command from the row(s) as db reads them
// now, so a command made before another client's write is based on a stale read.
struct Writer
{
    const char *name;
    std::function<Command *(Database &, Id municipality, int n)> make;
    std::function<QString(Database &, Id municipality)> state; // what the write changes, as db reads it now
};

Person firstSuperuser(Database &db, Id municipality)
{
    for (const Person &person : PersonRepository(db).forMunicipality(municipality)) {
        if (person.roles.contains(Role::SU))
            return person;
    }
    FAIL("the demo plan has no superuser");
    return {};
}

QList<Writer> writers()
{
    QList<Writer> all;
    all.append(Writer {"stakeholder map move",
                       [](Database &db, Id m, int n) -> Command * {
                           const Stakeholder read = StakeholderRepository(db).forMunicipality(m).first();
                           return new MoveStakeholder(db, read, n % 4, (n * 3 + 1 + n / 4) % 4); // distinct for 1..6
                       },
                       [](Database &db, Id m) {
                           const Stakeholder row = StakeholderRepository(db).forMunicipality(m).first();
                           return QStringLiteral("%1,%2").arg(row.influence).arg(row.affectedness);
                       }});
    all.append(Writer {"superuser details",
                       [](Database &db, Id m, int n) -> Command * {
                           const Person read = firstSuperuser(db, m);
                           const SuperuserDetails details = PersonRepository(db).superuserDetails(read.id);
                           SuperuserDetails after = details;
                           after.team = QStringLiteral("Team %1").arg(n);
                           after.caseworkersCovered = n;
                           return new EditSuperuser(db, read, details, read, after);
                       },
                       [](Database &db, Id m) {
                           const SuperuserDetails details
                               = PersonRepository(db).superuserDetails(firstSuperuser(db, m).id);
                           return QStringLiteral("%1/%2").arg(details.team).arg(details.caseworkersCovered);
                       }});
    all.append(Writer {"suggested allocation plan",
                       [](Database &db, Id m, int n) -> Command * {
                           const Municipality municipality = *MunicipalityRepository(db).byId(m);
                           return new ApplySuggestedPlan(db, {firstSuperuser(db, m)}, municipality.goLive,
                                                         QStringLiteral("Approver %1").arg(n), QDate(2026, 11, 27));
                       },
                       [](Database &db, Id m) {
                           QStringList periods;
                           for (const Allocation &a : AllocationRepository(db).forPerson(firstSuperuser(db, m).id))
                               periods << QStringLiteral("%1-%2 %3 %4")
                                              .arg(a.fromWeek)
                                              .arg(a.toWeek)
                                              .arg(a.hoursPerWeek)
                                              .arg(a.approvedBy);
                           return periods.join(QLatin1Char(';'));
                       }});
    return all;
}

} // namespace

TEST_CASE("On a server a stakeholder move, superuser details and the suggested plan made from a stale read are "
          "refused naming the other user, write nothing, go through after reading again, and the other's undo is "
          "then refused",
          "[versions][server]")
{
    TwoClients two;
    const Id m = two.demo.id;
    for (const Writer &writer : writers()) {
        INFO(writer.name);
        std::unique_ptr<Command> lars(writer.make(two.lars, m, 1));
        std::unique_ptr<Command> mette(writer.make(two.mette, m, 2)); // read before Lars writes
        REQUIRE(redo(lars.get()).isEmpty());
        const QString larsState = writer.state(two.lars, m);

        QSignalSpy metteChanged(&two.mette, &Database::changed);
        const QString refused = redo(mette.get());
        INFO(refused.toStdString());
        CHECK(refused.contains(QStringLiteral(" by lars_ed ")));
        CHECK(refused.contains(QStringLiteral("Your changes are not saved")));
        CHECK(metteChanged.count() == 1); // the window reloads
        CHECK(writer.state(two.mette, m) == larsState);

        // Read again, Mette's write goes through on top of Lars's.
        std::unique_ptr<Command> retry(writer.make(two.mette, m, 3));
        CHECK(redo(retry.get()).isEmpty());
        const QString metteState = writer.state(two.lars, m);
        CHECK(metteState != larsState);

        // Lars's undo would write over Mette's change: refused, naming her, nothing written.
        const QString undoRefused = undo(lars.get());
        INFO(undoRefused.toStdString());
        CHECK(undoRefused.contains(QStringLiteral(" by mette_ed ")));
        CHECK(writer.state(two.lars, m) == metteState);
        // Mette's own undo and redo go through.
        CHECK(undo(retry.get()).isEmpty());
        CHECK(writer.state(two.lars, m) == larsState);
        CHECK(redo(retry.get()).isEmpty());
        CHECK(writer.state(two.lars, m) == metteState);
    }
}

TEST_CASE("On a file a stakeholder move, superuser details and the suggested plan: a write from a stale read is "
          "refused, one's own undo and redo across several steps work, an undo after someone else's change is refused",
          "[versions]")
{
    FileDemo f;
    const Id m = f.demo.id;
    for (const Writer &writer : writers()) {
        INFO(writer.name);
        // Two writes from the same read: the second is refused and writes nothing.
        std::unique_ptr<Command> first(writer.make(f.db, m, 5));
        std::unique_ptr<Command> second(writer.make(f.db, m, 6));
        REQUIRE(redo(first.get()).isEmpty());
        const QString firstState = writer.state(f.db, m);
        QSignalSpy changed(&f.db, &Database::changed);
        const QString refused = redo(second.get());
        INFO(refused.toStdString());
        CHECK(refused.contains(QStringLiteral(" after you opened it. Your changes are not saved")));
        CHECK(changed.count() == 1);
        CHECK(writer.state(f.db, m) == firstState);

        // Own steps, each made from the plan as the one before left it.
        std::unique_ptr<Command> one(writer.make(f.db, m, 1));
        REQUIRE(redo(one.get()).isEmpty());
        const QString oneState = writer.state(f.db, m);
        std::unique_ptr<Command> two(writer.make(f.db, m, 2));
        REQUIRE(redo(two.get()).isEmpty());
        const QString twoState = writer.state(f.db, m);
        CHECK(twoState != oneState);
        CHECK(undo(two.get()).isEmpty());
        CHECK(writer.state(f.db, m) == oneState);
        CHECK(undo(one.get()).isEmpty());
        CHECK(writer.state(f.db, m) == firstState);
        CHECK(redo(one.get()).isEmpty());
        CHECK(redo(two.get()).isEmpty());
        CHECK(writer.state(f.db, m) == twoState);
        CHECK(undo(two.get()).isEmpty());
        CHECK(undo(one.get()).isEmpty());
        CHECK(writer.state(f.db, m) == firstState);
        CHECK(redo(one.get()).isEmpty());

        // Someone else (a write not on this stack) changes it: the undo is refused, nothing written.
        std::unique_ptr<Command> other(writer.make(f.db, m, 3));
        REQUIRE(redo(other.get()).isEmpty());
        const QString otherState = writer.state(f.db, m);
        CHECK(undo(one.get()).contains(QStringLiteral(" after you opened it")));
        CHECK(writer.state(f.db, m) == otherState);
    }
}

TEST_CASE("Superuser details written on their own move the person's version, so a person edit read before is "
          "refused",
          "[versions]")
{
    FileDemo f;
    const Person read = firstSuperuser(f.db, f.demo.id);
    SuperuserDetails details = PersonRepository(f.db).superuserDetails(read.id);
    details.team = QStringLiteral("Elsewhere");
    QString error;
    REQUIRE(PersonRepository(f.db).setSuperuserDetails(read.id, details, &error));
    Person after = read;
    after.note = QStringLiteral("stale");
    CHECK_FALSE(PersonRepository(f.db).update(after, &error));
    CHECK(error.contains(QStringLiteral(" after you opened it")));
    CHECK(PersonRepository(f.db).byId(read.id)->note != QStringLiteral("stale"));
}

TEST_CASE("On a server the first report texts of a date saved by two users: the second is refused naming the first, "
          "and undoing the first save after someone else changed the texts is refused",
          "[versions][server]")
{
    TwoClients two;
    const QDate date(2026, 12, 4);
    const Id m = two.demo.id;
    // Both read the date with nothing stored for it.
    const ReportNotes larsRead = ReportRepository(two.lars).notes(m, date);
    const ReportNotes metteRead = ReportRepository(two.mette).notes(m, date);
    REQUIRE_FALSE(larsRead.stored);
    REQUIRE(larsRead.version == 0);
    ReportNotes larsAfter = larsRead;
    larsAfter.sinceLast = QStringLiteral("Lars's text");
    SetReportNotes lars(two.lars, reportClock(), larsRead, larsAfter);
    REQUIRE(redo(&lars).isEmpty());

    QSignalSpy metteChanged(&two.mette, &Database::changed);
    ReportNotes metteAfter = metteRead;
    metteAfter.sinceLast = QStringLiteral("Mette's text");
    SetReportNotes mette(two.mette, reportClock(), metteRead, metteAfter);
    const QString refused = redo(&mette);
    INFO(refused.toStdString());
    CHECK(refused.startsWith(QStringLiteral("The status report of 4.12.2026 was changed by lars_ed at ")));
    CHECK(metteChanged.count() == 1);
    CHECK(ReportRepository(two.mette).notes(m, date).sinceLast == QStringLiteral("Lars's text"));

    // Read again, Mette's texts go on top; Lars's undo (removing the texts of the date) is then refused.
    const ReportNotes again = ReportRepository(two.mette).notes(m, date);
    ReportNotes retryAfter = again;
    retryAfter.sinceLast = QStringLiteral("Mette's text");
    SetReportNotes retry(two.mette, reportClock(), again, retryAfter);
    REQUIRE(redo(&retry).isEmpty());
    const QString undoRefused = undo(&lars);
    INFO(undoRefused.toStdString());
    CHECK(undoRefused.contains(QStringLiteral(" was changed by mette_ed ")));
    CHECK(ReportRepository(two.lars).storedNotes(m, date));
    CHECK(ReportRepository(two.lars).notes(m, date).sinceLast == QStringLiteral("Mette's text"));
    // Mette's own undo and redo go through.
    CHECK(undo(&retry).isEmpty());
    CHECK(ReportRepository(two.lars).notes(m, date).sinceLast == QStringLiteral("Lars's text"));
    CHECK(redo(&retry).isEmpty());
    CHECK(ReportRepository(two.lars).notes(m, date).sinceLast == QStringLiteral("Mette's text"));
}

TEST_CASE("On a file the first report texts of a date: undo removes them, redo stores them again, and a save read "
          "before the undo is refused",
          "[versions]")
{
    FileDemo f;
    const QDate date(2026, 12, 4);
    const ReportNotes read = ReportRepository(f.db).notes(f.demo.id, date);
    ReportNotes after = read;
    after.sinceLast = QStringLiteral("first");
    SetReportNotes first(f.db, reportClock(), read, after);
    REQUIRE(redo(&first).isEmpty());
    const ReportNotes whileStored = ReportRepository(f.db).notes(f.demo.id, date);
    CHECK(undo(&first).isEmpty());
    CHECK_FALSE(ReportRepository(f.db).storedNotes(f.demo.id, date));
    CHECK(redo(&first).isEmpty());
    CHECK(ReportRepository(f.db).notes(f.demo.id, date).sinceLast == QStringLiteral("first"));
    // Stored again at a later version: an edit read before the undo is refused.
    ReportNotes stale = whileStored;
    stale.sinceLast = QStringLiteral("stale");
    SetReportNotes late(f.db, reportClock(), whileStored, stale);
    CHECK(redo(&late).contains(QStringLiteral(" after you opened it")));
    CHECK(ReportRepository(f.db).notes(f.demo.id, date).sinceLast == QStringLiteral("first"));
}

namespace {

// The runbook's steps as a text to compare ("1 title note; 2 …").
QString runbookText(Database &db, Id m)
{
    QStringList steps;
    for (const RunbookStep &step : RunbookRepository(db).forMunicipality(m))
        steps << QStringLiteral("%1 %2 %3").arg(step.number).arg(step.title, step.note);
    return steps.join(QStringLiteral("; "));
}

// An edit of the first step's note, from the step as db reads it now.
Command *editFirstStep(Database &db, Id m, const QString &note)
{
    const RunbookStep read = RunbookRepository(db).forMunicipality(m).first();
    RunbookStep after = read;
    after.note = note;
    return new EditRunbookStep(db, read, after);
}

} // namespace

TEST_CASE("On a server replacing the whole runbook from a stale read of it is refused naming who changed a step, "
          "and so is undoing the replacement after someone else changed a step",
          "[versions][server]")
{
    TwoClients two;
    const Id m = two.demo.id;
    const QList<RunbookStep> metteSeen = RunbookRepository(two.mette).forMunicipality(m);
    REQUIRE_FALSE(metteSeen.isEmpty());
    QList<RunbookStep> replacement = defaultRunbook(m);
    replacement.removeLast(); // differs from the demo's
    std::unique_ptr<Command> lars(editFirstStep(two.lars, m, QStringLiteral("Lars's note")));
    REQUIRE(redo(lars.get()).isEmpty());
    const QString larsState = runbookText(two.lars, m);

    QSignalSpy metteChanged(&two.mette, &Database::changed);
    ReplaceRunbook stale(two.mette, m, replacement, QStringLiteral("Import"), metteSeen);
    const QString refused = redo(&stale);
    INFO(refused.toStdString());
    CHECK(refused.startsWith(
        QStringLiteral("The runbook of %1 %2 was changed by lars_ed at ").arg(two.demo.code, two.demo.name)));
    CHECK(refused.contains(QStringLiteral("Your changes are not saved")));
    CHECK(metteChanged.count() == 1);
    CHECK(runbookText(two.mette, m) == larsState);

    // Read again, the replacement goes through.
    ReplaceRunbook fresh(two.mette, m, replacement, QStringLiteral("Import"),
                         RunbookRepository(two.mette).forMunicipality(m));
    REQUIRE(redo(&fresh).isEmpty());
    const QString replaced = runbookText(two.lars, m);
    CHECK(replaced != larsState);

    // Lars changes a step of the new runbook: Mette's undo would write over it: refused, naming him.
    std::unique_ptr<Command> larsAgain(editFirstStep(two.lars, m, QStringLiteral("Lars again")));
    REQUIRE(redo(larsAgain.get()).isEmpty());
    const QString larsAgainState = runbookText(two.lars, m);
    const QString undoRefused = undo(&fresh);
    INFO(undoRefused.toStdString());
    CHECK(undoRefused.contains(QStringLiteral(" was changed by lars_ed ")));
    CHECK(runbookText(two.mette, m) == larsAgainState);

    // A replacement of Mette's own from a fresh read: her undo and redo go through, with Lars's edit and its undo
    // in between (the steps then hold what she wrote).
    QList<RunbookStep> third = defaultRunbook(m);
    ReplaceRunbook own(two.mette, m, third, QStringLiteral("Template"),
                       RunbookRepository(two.mette).forMunicipality(m));
    REQUIRE(redo(&own).isEmpty());
    const QString ownState = runbookText(two.lars, m);
    std::unique_ptr<Command> larsThird(editFirstStep(two.lars, m, QStringLiteral("Lars a third time")));
    REQUIRE(redo(larsThird.get()).isEmpty());
    REQUIRE(undo(larsThird.get()).isEmpty());
    CHECK(undo(&own).isEmpty());
    CHECK(runbookText(two.lars, m) == larsAgainState);
    CHECK(redo(&own).isEmpty());
    CHECK(runbookText(two.lars, m) == ownState);
}

TEST_CASE("On a file replacing the runbook: one's own step edits and their undo in between do not block undo and redo "
          "of the replacement; a step changed by another write does",
          "[versions]")
{
    FileDemo f;
    const Id m = f.demo.id;
    const QString original = runbookText(f.db, m);
    QList<RunbookStep> replacement = defaultRunbook(m);
    replacement.removeLast();
    ReplaceRunbook replace(f.db, m, replacement, QStringLiteral("Import"), RunbookRepository(f.db).forMunicipality(m));
    REQUIRE(redo(&replace).isEmpty());
    const QString replaced = runbookText(f.db, m);
    std::unique_ptr<Command> own(editFirstStep(f.db, m, QStringLiteral("own")));
    REQUIRE(redo(own.get()).isEmpty());
    CHECK(undo(own.get()).isEmpty());
    CHECK(undo(&replace).isEmpty());
    CHECK(runbookText(f.db, m) == original);
    CHECK(redo(&replace).isEmpty());
    CHECK(runbookText(f.db, m) == replaced);
    CHECK(redo(own.get()).isEmpty()); // the step has its id again

    // A step changed by a write not on this stack: undo is refused and writes nothing.
    std::unique_ptr<Command> other(editFirstStep(f.db, m, QStringLiteral("other")));
    REQUIRE(redo(other.get()).isEmpty());
    const QString otherState = runbookText(f.db, m);
    CHECK(undo(&replace).contains(QStringLiteral(" after you opened it")));
    CHECK(runbookText(f.db, m) == otherState);
}
