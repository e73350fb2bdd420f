// Stakeholders and the communication plan: the quadrant and gap rules, repositories, undo commands, models,
// signals for the traffic light and the reports, the demo map and the renderer.
#include "Fixtures.h"
#include "TestSupport.h"
#include "services/StakeholderReport.h"

#include "commands/CommunicationCommands.h"
#include "commands/StakeholderCommands.h"
#include "demo/DemoStakeholders.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "domain/Stakeholder.h"
#include "models/CommunicationPlanModel.h"
#include "models/StakeholderTableModel.h"
#include "planning/StakeholderSignals.h"
#include "report/StakeholderMapRenderer.h"
#include "storage/CommunicationRepository.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"
#include "storage/PersonRepository.h"
#include "storage/StakeholderRepository.h"
#include "storage/TaskRepository.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QSqlQuery>
#include <QUndoStack>

using namespace parat;

namespace parat { }

namespace {

struct Fixture : test::DemoDatabase
{
    QList<Person> people;

    Fixture()
    {
        test::clearStakeholders(db);
        people = PersonRepository(db).forMunicipality(demo.id);
    }

    void addDemo()
    {
        if (!StakeholderRepository(db).forMunicipality(demo.id).isEmpty())
            return; // the demo builder added them already
        QString error;
        REQUIRE(addDemoStakeholders(db, demo, clock.today(), &error));
    }

    Id personWithRole(Role role) const
    {
        for (const Person &person : people) {
            if (person.roles.contains(role))
                return person.id;
        }
        return 0;
    }

    Stakeholder make(const QString &name, int influence, int affectedness, Engagement now = Engagement::Neutral,
                     Engagement target = Engagement::Supportive) const
    {
        Stakeholder s;
        s.municipalityId = demo.id;
        s.name = name;
        s.influence = influence;
        s.affectedness = affectedness;
        s.engagementNow = now;
        s.engagementTarget = target;
        return s;
    }
};

QString describe(const Stakeholder &s)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
               .arg(s.name, stakeholderKindCode(s.kind), s.internal ? QStringLiteral("in") : QStringLiteral("ex"),
                    s.unit, s.projectRole, QString::number(s.influence), QString::number(s.affectedness),
                    engagementCode(s.engagementNow), engagementCode(s.engagementTarget))
        + QStringLiteral("|%1|%2|%3|%4|%5|%6|%7|%8")
              .arg(s.concerns, strategyCode(s.strategy), s.noteBefore, s.noteDuring, s.noteAfter,
                   QString::number(s.ownerId), s.nextContact.toString(Qt::ISODate),
                   s.lastReviewed.toString(Qt::ISODate));
}

// All stakeholders and items of a municipality as comparable text (ids included).
QStringList state(Database &db, Id municipalityId)
{
    QStringList lines;
    for (const Stakeholder &s : StakeholderRepository(db).forMunicipality(municipalityId))
        lines.append(QString::number(s.id) + QLatin1Char(' ') + describe(s));
    for (const CommunicationItem &item : CommunicationRepository(db).forMunicipality(municipalityId))
        lines.append(QStringLiteral("item %1 stakeholder %2 %3|%4|%5|%6|%7")
                         .arg(QString::number(item.id), QString::number(item.stakeholderId), item.occasion,
                              item.message, communicationStatusCode(item.status), item.plannedOn.toString(Qt::ISODate),
                              item.doneOn.toString(Qt::ISODate)));
    return lines;
}

// An undo walk: the state after each pushed command (each must succeed), then every step undone and the given number
// of steps redone, the state checked at each.
struct UndoWalk
{
    explicit UndoWalk(Fixture &fixture)
        : f(fixture)
        , states {state(f.db, f.demo.id)}
    { }

    void push(Command *command)
    {
        stack.push(command);
        REQUIRE_FALSE(command->failed());
        states.append(state(f.db, f.demo.id));
    }

    void undoAndRedoAll(int steps)
    {
        for (int step = stack.count(); step > 0; --step) {
            stack.undo();
            CHECK(state(f.db, f.demo.id) == states.at(step - 1));
        }
        for (int step = 1; step <= steps; ++step) {
            stack.redo();
            CHECK(state(f.db, f.demo.id) == states.at(step));
        }
    }

    Fixture &f;
    QUndoStack stack;
    QList<QStringList> states;
};

} // namespace

TEST_CASE("Quadrant rule - influence and affectedness of 2 or more are high", "[stakeholder]")
{
    for (int influence = 0; influence <= 3; ++influence) {
        for (int affected = 0; affected <= 3; ++affected) {
            const Quadrant expected = influence >= 2
                ? (affected >= 2 ? Quadrant::ManageClosely : Quadrant::KeepSatisfied)
                : (affected >= 2 ? Quadrant::KeepInformed : Quadrant::Monitor);
            CHECK(quadrantOf(influence, affected) == expected);
        }
    }
    CHECK(quadrantOf(2, 2) == Quadrant::ManageClosely);
    CHECK(quadrantOf(1, 1) == Quadrant::Monitor);
    CHECK(quadrantOf(2, 1) == Quadrant::KeepSatisfied);
    CHECK(quadrantOf(1, 2) == Quadrant::KeepInformed);
}

TEST_CASE("Engagement gap and dated rules", "[stakeholder]")
{
    Stakeholder s;
    s.engagementNow = Engagement::Resistant;
    s.engagementTarget = Engagement::Supportive;
    CHECK(engagementGap(s) == 2);
    s.engagementNow = Engagement::Leading;
    CHECK(engagementGap(s) == -1);
    s.engagementNow = Engagement::Supportive;
    CHECK(engagementGap(s) == 0);

    const QDate asOf(2026, 11, 27);
    CHECK_FALSE(contactOverdue(s, asOf));
    s.nextContact = asOf;
    CHECK_FALSE(contactOverdue(s, asOf));
    s.nextContact = asOf.addDays(-1);
    CHECK(contactOverdue(s, asOf));

    CommunicationItem item;
    item.plannedOn = asOf.addDays(-1);
    CHECK(communicationOverdue(item, asOf));
    CHECK_FALSE(communicationDueWithin(item, asOf, 28));
    item.status = CommunicationStatus::Done;
    CHECK_FALSE(communicationOverdue(item, asOf));
    item.status = CommunicationStatus::Planned;
    item.plannedOn = asOf;
    CHECK_FALSE(communicationOverdue(item, asOf));
    CHECK(communicationDueWithin(item, asOf, 28));
    item.plannedOn = asOf.addDays(28);
    CHECK(communicationDueWithin(item, asOf, 28));
    item.plannedOn = asOf.addDays(29);
    CHECK_FALSE(communicationDueWithin(item, asOf, 28));
    item.plannedOn = QDate();
    CHECK_FALSE(communicationOverdue(item, asOf));
    CHECK_FALSE(communicationDueWithin(item, asOf, 28));
}

TEST_CASE("Stakeholder vocabularies have stable codes and names in both languages", "[stakeholder]")
{
    installTranslations(QStringLiteral("en"));
    for (StakeholderKind kind : allStakeholderKinds())
        CHECK(stakeholderKindFromCode(stakeholderKindCode(kind)) == kind);
    for (Engagement engagement : allEngagements()) {
        CHECK(engagementFromCode(engagementCode(engagement)) == engagement);
        CHECK_FALSE(engagementName(engagement).isEmpty());
    }
    for (Strategy strategy : allStrategies())
        CHECK(strategyFromCode(strategyCode(strategy)) == strategy);
    for (Channel channel : allChannels())
        CHECK(channelFromCode(channelCode(channel)) == channel);
    for (CommunicationStatus status : allCommunicationStatuses())
        CHECK(communicationStatusFromCode(communicationStatusCode(status)) == status);
    CHECK_FALSE(engagementFromCode(QStringLiteral("keen")).has_value());
    CHECK(allEngagements().size() == 5);
    CHECK(allChannels().size() == 7);
    CHECK(quadrantName(Quadrant::ManageClosely) == QStringLiteral("Manage closely"));
    CHECK(quadrantName(Quadrant::Monitor) == QStringLiteral("Monitor"));
    for (Quadrant quadrant : allQuadrants())
        CHECK_FALSE(quadrantAdvice(quadrant).isEmpty());
}

TEST_CASE("Stakeholder repository round trip and validation", "[stakeholder]")
{
    Fixture f;
    StakeholderRepository repository(f.db);
    Stakeholder s = f.make(QStringLiteral("  MED-udvalget  "), 2, 3, Engagement::Resistant, Engagement::Leading);
    s.kind = StakeholderKind::Group;
    s.internal = false;
    s.unit = QStringLiteral("Børn og Familie");
    s.projectRole = QStringLiteral("Medindflydelse");
    s.concerns = QStringLiteral("Arbejdsmiljø; \"travlhed\"");
    s.strategy = Strategy::Consult;
    s.noteBefore = QStringLiteral("før");
    s.noteDuring = QStringLiteral("under");
    s.noteAfter = QStringLiteral("efter");
    s.ownerId = f.personWithRole(Role::PL);
    s.nextContact = QDate(2026, 12, 3);
    s.lastReviewed = QDate(2026, 11, 1);
    QString error;
    REQUIRE(repository.add(&s, &error));
    CHECK(s.id != 0);
    CHECK(s.name == QStringLiteral("MED-udvalget"));
    const std::optional<Stakeholder> read = repository.byId(s.id);
    REQUIRE(read);
    CHECK(describe(*read) == describe(s));

    Stakeholder changed = *read;
    changed.name = QStringLiteral("MED");
    changed.nextContact = QDate();
    changed.ownerId = 0;
    changed.unit.clear();
    REQUIRE(repository.update(changed, &error));
    CHECK(describe(*repository.byId(s.id)) == describe(changed));
    REQUIRE(repository.move(s.id, 0, 1, &error));
    CHECK(repository.byId(s.id)->influence == 0);
    CHECK(repository.byId(s.id)->affectedness == 1);

    Stakeholder bad = f.make(QStringLiteral(" "), 1, 1);
    CHECK_FALSE(repository.add(&bad, &error));
    CHECK(error.contains(QStringLiteral("name")));
    bad = f.make(QStringLiteral("X"), 4, 1);
    CHECK_FALSE(repository.add(&bad, &error));
    CHECK_FALSE(repository.move(s.id, 1, -1, &error));
    bad = f.make(QStringLiteral("X"), 1, 1);
    bad.ownerId = 999999;
    CHECK_FALSE(repository.add(&bad, &error));
    CHECK(repository.forMunicipality(f.demo.id).size() == 1);

    // Removing the owner clears the link.
    Stakeholder owned = f.make(QStringLiteral("Owned"), 1, 1);
    owned.ownerId = f.personWithRole(Role::OK);
    REQUIRE(repository.add(&owned, &error));
    REQUIRE(PersonRepository(f.db).remove(owned.ownerId, &error));
    CHECK(repository.byId(owned.id)->ownerId == 0);
}

TEST_CASE("Communication repository round trip order and validation", "[stakeholder]")
{
    Fixture f;
    QString error;
    Stakeholder s = f.make(QStringLiteral("Sagsbehandlere"), 1, 3);
    REQUIRE(StakeholderRepository(f.db).add(&s, &error));
    CommunicationRepository repository(f.db);

    CommunicationItem item;
    item.municipalityId = f.demo.id;
    item.stakeholderId = s.id;
    item.occasion = QStringLiteral("Personalemøde");
    item.message = QStringLiteral("Hvad ændrer sig");
    item.goal = QStringLiteral("Tryghed");
    item.channel = Channel::StaffMeeting;
    item.senderId = f.personWithRole(Role::FL);
    item.responsibleId = f.personWithRole(Role::PL);
    item.plannedOn = QDate(2026, 12, 10);
    item.taskId = TaskRepository(f.db).plannedTasks(f.demo.id).first().task.id;
    REQUIRE(repository.add(&item, &error));
    const std::optional<CommunicationItem> read = repository.byId(item.id);
    REQUIRE(read);
    CHECK(read->stakeholderId == s.id);
    CHECK(read->occasion == item.occasion);
    CHECK(read->message == item.message);
    CHECK(read->goal == item.goal);
    CHECK(read->channel == Channel::StaffMeeting);
    CHECK(read->senderId == item.senderId);
    CHECK(read->responsibleId == item.responsibleId);
    CHECK(read->plannedOn == item.plannedOn);
    CHECK(read->taskId == item.taskId);
    CHECK(read->status == CommunicationStatus::Planned);
    CHECK_FALSE(read->doneOn.isValid());

    CommunicationItem early;
    early.municipalityId = f.demo.id;
    early.targetGroup = QStringLiteral("Alle");
    early.message = QStringLiteral("Nyhedsbrev");
    early.plannedOn = QDate(2026, 11, 1);
    REQUIRE(repository.add(&early, &error));
    CommunicationItem undated = early;
    undated.plannedOn = QDate();
    REQUIRE(repository.add(&undated, &error));
    const QList<CommunicationItem> all = repository.forMunicipality(f.demo.id);
    REQUIRE(all.size() == 3);
    CHECK(all.at(0).id == early.id);
    CHECK(all.at(1).id == item.id);
    CHECK(all.at(2).id == undated.id);

    // Needs a target and something to say; status other than done clears the done date.
    CommunicationItem bad;
    bad.municipalityId = f.demo.id;
    bad.message = QStringLiteral("x");
    CHECK_FALSE(repository.add(&bad, &error));
    bad.targetGroup = QStringLiteral("y");
    bad.message.clear();
    CHECK_FALSE(repository.add(&bad, &error));
    CommunicationItem planned = *read;
    planned.doneOn = QDate(2026, 1, 1);
    REQUIRE(repository.update(planned, &error));
    CHECK_FALSE(repository.byId(item.id)->doneOn.isValid());

    // Removing the stakeholder keeps the item without a stakeholder.
    RemovedStakeholder removed;
    REQUIRE(StakeholderRepository(f.db).take(s.id, &removed, &error));
    CHECK(removed.communicationItems == QList<Id> {item.id});
    CHECK(repository.byId(item.id)->stakeholderId == 0);
    REQUIRE(StakeholderRepository(f.db).restore(removed, &error));
    CHECK(repository.byId(item.id)->stakeholderId == s.id);
}

TEST_CASE("Undo walk of stakeholder edits and map moves", "[stakeholder][undo]")
{
    Fixture f;
    UndoWalk walk(f);

    auto *add = new AddStakeholder(f.db, f.make(QStringLiteral("Afdelingsleder"), 1, 1));
    walk.push(add);
    const Id id = add->stakeholderId();
    REQUIRE(id != 0);
    CHECK(add->text() == QStringLiteral("Add stakeholder Afdelingsleder"));
    auto *other = new AddStakeholder(f.db, f.make(QStringLiteral("IT"), 2, 0));
    walk.push(other);
    walk.push(new MoveStakeholder(f.db, *StakeholderRepository(f.db).byId(id), 3, 3));
    walk.push(new MoveStakeholder(f.db, *StakeholderRepository(f.db).byId(other->stakeholderId()), 0, 0));
    Stakeholder after = *StakeholderRepository(f.db).byId(id);
    after.engagementTarget = Engagement::Leading;
    after.concerns = QStringLiteral("Tid");
    walk.push(new EditStakeholder(f.db, *StakeholderRepository(f.db).byId(id), after));
    CommunicationItem item;
    item.municipalityId = f.demo.id;
    item.stakeholderId = id;
    item.occasion = QStringLiteral("Dialog");
    walk.push(new AddCommunicationItem(f.db, item));
    walk.push(new RemoveStakeholder(f.db, *StakeholderRepository(f.db).byId(id)));
    REQUIRE(walk.stack.count() == 7);
    CHECK(walk.states.last().size() == 2); // IT and the item without its stakeholder

    walk.undoAndRedoAll(7);
    for (int step = walk.stack.count(); step > 0; --step)
        walk.stack.undo();
    CHECK(state(f.db, f.demo.id).isEmpty());
}

TEST_CASE("Consecutive moves of one marker merge into one undo step", "[stakeholder][undo]")
{
    Fixture f;
    QString error;
    Stakeholder s = f.make(QStringLiteral("KOMBIT"), 1, 1);
    REQUIRE(StakeholderRepository(f.db).add(&s, &error));
    Stakeholder t = f.make(QStringLiteral("Netcompany"), 1, 1);
    REQUIRE(StakeholderRepository(f.db).add(&t, &error));
    QUndoStack stack;
    auto current = [&](Id id) { return *StakeholderRepository(f.db).byId(id); };
    auto move = [&](Id id, int influence, int affectedness) {
        auto *command = new MoveStakeholder(f.db, current(id), influence, affectedness);
        command->setMergeable(true);
        return command;
    };
    stack.push(move(s.id, 2, 1));
    stack.push(move(s.id, 3, 1));
    stack.push(move(s.id, 3, 2));
    CHECK(stack.count() == 1);
    CHECK(current(s.id).influence == 3);
    CHECK(current(s.id).affectedness == 2);
    stack.push(move(t.id, 0, 0));
    CHECK(stack.count() == 2);
    stack.undo();
    stack.undo();
    CHECK(current(s.id).influence == 1);
    CHECK(current(s.id).affectedness == 1);
    CHECK(current(t.id).influence == 1);
    stack.redo();
    CHECK(current(s.id).influence == 3);
    CHECK(current(s.id).affectedness == 2);

    // Not mergeable (the default): every move is its own step.
    QUndoStack plain;
    plain.push(new MoveStakeholder(f.db, current(t.id), 2, 0));
    plain.push(new MoveStakeholder(f.db, current(t.id), 3, 0));
    CHECK(plain.count() == 2);
    plain.undo();
    plain.undo();

    // Back where it started: the merged step disappears.
    QUndoStack back;
    back.push(move(t.id, 2, 2));
    back.push(move(t.id, 1, 1));
    CHECK(back.count() == 0);

    // A move to an invalid place fails and leaves nothing on the stack.
    QUndoStack failing;
    auto *bad = new MoveStakeholder(f.db, current(t.id), 5, 1);
    failing.push(bad);
    CHECK(failing.count() == 0);
}

TEST_CASE("Undo walk of the communication plan with mark done", "[stakeholder][undo]")
{
    Fixture f;
    UndoWalk walk(f);
    CommunicationItem item;
    item.municipalityId = f.demo.id;
    item.targetGroup = QStringLiteral("Alle medarbejdere");
    item.occasion = QStringLiteral("Nyhedsbrev 2");
    item.plannedOn = QDate(2026, 12, 1);
    auto *add = new AddCommunicationItem(f.db, item);
    walk.push(add);
    const Id id = add->itemId();
    CommunicationItem edited = *CommunicationRepository(f.db).byId(id);
    edited.message = QStringLiteral("Go-live-guide");
    edited.channel = Channel::Intranet;
    walk.push(new EditCommunicationItem(f.db, *CommunicationRepository(f.db).byId(id), edited));
    auto *done = new MarkCommunicationDone(f.db, *CommunicationRepository(f.db).byId(id), f.clock.today());
    walk.push(done);
    CHECK(done->text() == QStringLiteral("Mark communication \"Nyhedsbrev 2\" done"));
    CHECK(CommunicationRepository(f.db).byId(id)->status == CommunicationStatus::Done);
    CHECK(CommunicationRepository(f.db).byId(id)->doneOn == f.clock.today());
    walk.push(new RemoveCommunicationItem(f.db, *CommunicationRepository(f.db).byId(id)));
    walk.undoAndRedoAll(4);
}

TEST_CASE("Stakeholder table model with filters passes the model tester", "[stakeholder][model]")
{
    installTranslations(QStringLiteral("en"));
    Fixture f;
    f.addDemo();
    StakeholderTableModel model(f.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAsOf(f.clock.today());
    model.load(f.demo.id);
    const int all = model.rowCount();
    CHECK(all >= 15);
    CHECK(all <= 25);
    CHECK(model.columnCount() == StakeholderTableModel::ColumnCount);
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            (void)index.data();
            (void)index.data(StakeholderTableModel::SortRole);
        }
    }
    StakeholderFilter filter;
    filter.internal = false;
    model.setFilter(filter);
    const int external = model.rowCount();
    CHECK(external > 0);
    CHECK(external < all);
    for (const Stakeholder &s : model.stakeholders())
        CHECK_FALSE(s.internal);
    filter = {};
    filter.kind = StakeholderKind::Organisation;
    model.setFilter(filter);
    for (const Stakeholder &s : model.stakeholders())
        CHECK(s.kind == StakeholderKind::Organisation);
    filter = {};
    filter.onlyWithGap = true;
    model.setFilter(filter);
    CHECK(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.index(row, 0).data(StakeholderTableModel::GapRole).toInt() > 0);
    const int gapRow = 0;
    CHECK(model.index(gapRow, StakeholderTableModel::GapColumn).data().toString().contains(QStringLiteral("below")));
    model.setFilter({});
    CHECK(model.rowCount() == all);
    model.load(0);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("Communication plan model marks overdue and due soon items in text", "[stakeholder][model]")
{
    installTranslations(QStringLiteral("en"));
    Fixture f;
    f.addDemo();
    CommunicationPlanModel model(f.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAsOf(f.clock.today());
    model.load(f.demo.id);
    CHECK(model.rowCount() >= 8);
    CHECK(model.overdueCount() >= 1);
    CHECK(model.dueSoonCount() >= 1);
    int overdue = 0;
    int soon = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex state = model.index(row, CommunicationPlanModel::StateColumn);
        if (state.data(CommunicationPlanModel::OverdueRole).toBool()) {
            ++overdue;
            CHECK(state.data().toString() == QStringLiteral("Overdue"));
            CHECK(state.data(Qt::FontRole).value<QFont>().bold());
        }
        if (state.data(CommunicationPlanModel::DueSoonRole).toBool()) {
            ++soon;
            CHECK(state.data().toString() == QStringLiteral("Due soon"));
        }
        CHECK_FALSE(model.index(row, CommunicationPlanModel::DateColumn).data().toString().isEmpty());
    }
    CHECK(overdue == model.overdueCount());
    CHECK(soon == model.dueSoonCount());
    const int all = model.rowCount();
    model.setOpenOnly(true);
    CHECK(model.rowCount() < all);
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.itemAt(row)->status == CommunicationStatus::Planned);
    // Moving the date on changes what is overdue.
    model.setAsOf(f.clock.today().addDays(100));
    CHECK(model.overdueCount() == model.rowCount());
}

TEST_CASE("Stakeholder signals for the traffic light and the reports", "[stakeholder][signals]")
{
    installTranslations(QStringLiteral("en"));
    QList<Stakeholder> list;
    auto add = [&](Id id, const char *name, int influence, int affected, Engagement now, Engagement target) {
        Stakeholder s;
        s.id = id;
        s.name = QString::fromUtf8(name);
        s.influence = influence;
        s.affectedness = affected;
        s.engagementNow = now;
        s.engagementTarget = target;
        list.append(s);
    };
    add(1, "Leder A", 3, 3, Engagement::Neutral, Engagement::Leading); // resource, gap 2
    add(2, "Leder B", 2, 2, Engagement::Supportive, Engagement::Leading); // resource, gap 1
    add(3, "Direktion", 3, 0, Engagement::Unaware, Engagement::Leading); // keep satisfied, gap 4
    add(4, "TR", 1, 3, Engagement::Resistant, Engagement::Supportive); // keep informed, gap 2
    add(5, "Leder C", 3, 2, Engagement::Unaware, Engagement::Leading); // resource, gap 4
    const QList<StakeholderSignal> gaps = engagementGapSignals(list);
    REQUIRE(gaps.size() == 2);
    CHECK(gaps.at(0).stakeholderId == 5);
    CHECK(gaps.at(0).stepsBelowTarget == 4);
    CHECK(gaps.at(0).resourcePerson);
    CHECK(gaps.at(1).stakeholderId == 1);

    const QList<Stakeholder> largest = largestGaps(list, 3);
    REQUIRE(largest.size() == 3);
    CHECK(largest.at(0).id == 5); // gap 4, resource person before Direktion
    CHECK(largest.at(1).id == 3);
    CHECK(largest.at(2).id == 1); // gap 2, resource person before TR
    CHECK(largestGaps(list).size() == 5);

    const QDate asOf(2026, 11, 27);
    QList<CommunicationItem> items;
    auto item = [&](Id id, int days, CommunicationStatus status) {
        CommunicationItem i;
        i.id = id;
        i.plannedOn = asOf.addDays(days);
        i.status = status;
        items.append(i);
    };
    item(1, 10, CommunicationStatus::Planned);
    item(2, -3, CommunicationStatus::Planned);
    item(3, 2, CommunicationStatus::Planned);
    item(4, -10, CommunicationStatus::Planned);
    item(5, 5, CommunicationStatus::Done);
    item(6, 40, CommunicationStatus::Planned);
    const QList<CommunicationItem> due = communicationDue(items, asOf, 4);
    REQUIRE(due.size() == 2);
    CHECK(due.at(0).id == 3);
    CHECK(due.at(1).id == 1);
    const QList<CommunicationItem> late = overdueCommunication(items, asOf);
    REQUIRE(late.size() == 2);
    CHECK(late.at(0).id == 4);
    CHECK(late.at(1).id == 2);

    list[0].nextContact = asOf.addDays(-2);
    list[1].nextContact = asOf.addDays(-5);
    list[2].nextContact = asOf;
    const QList<Stakeholder> contacts = overdueContacts(list, asOf);
    REQUIRE(contacts.size() == 2);
    CHECK(contacts.at(0).id == 2);

    // Read from the database, the demo's gaps turn the light yellow with a stakeholder reason.
    Fixture f;
    f.addDemo();
    const ReadinessSignals signalsIn = stakeholderReadinessSignals(f.db, f.demo.id);
    CHECK_FALSE(signalsIn.engagementGaps.isEmpty());
    for (const StakeholderSignal &signal : signalsIn.engagementGaps) {
        CHECK(signal.resourcePerson);
        CHECK(signal.stepsBelowTarget >= 2);
    }
    const TrafficLight light = trafficLight({}, f.demo.goLive, f.clock.today(), signalsIn);
    bool stakeholderReason = false;
    for (const LightReason &reason : light.reasons)
        stakeholderReason = stakeholderReason || reason.code == QStringLiteral("stakeholder");
    CHECK(stakeholderReason);
    const StakeholderReportData report = stakeholderReportData(f.db, f.demo.id, f.clock.today());
    CHECK(report.largestGaps.size() == 5);
    CHECK_FALSE(report.due.isEmpty());
    CHECK_FALSE(report.overdue.isEmpty());
    CHECK_FALSE(report.overdueContacts.isEmpty());
    CHECK(report.signalsForLight.size() == signalsIn.engagementGaps.size());
}

TEST_CASE("The demo stakeholder map is believable", "[stakeholder][demo]")
{
    Fixture f;
    f.addDemo();
    const QList<Stakeholder> all = StakeholderRepository(f.db).forMunicipality(f.demo.id);
    CHECK(all.size() >= 15);
    CHECK(all.size() <= 25);
    QSet<int> quadrants;
    QStringList names;
    int owned = 0;
    for (const Stakeholder &s : all) {
        quadrants.insert(int(quadrantOf(s)));
        names.append(s.name);
        owned += s.ownerId != 0 ? 1 : 0;
    }
    CHECK(quadrants.size() == 4);
    CHECK(owned == all.size());
    const QString joined = names.join(QLatin1Char('|'));
    for (const char *expected :
         {"MED-udvalget", "Tillidsrepræsentanter", "Afdelingsleder", "Økonomi", "IT-afdelingen", "KOMBIT", "Netcompany",
          "Børne- og ungeudvalget", "Sagsbehandlere", "Anbringelsessteder"})
        CHECK(joined.contains(QString::fromUtf8(expected)));
    const QList<CommunicationItem> items = CommunicationRepository(f.db).forMunicipality(f.demo.id);
    CHECK(items.size() >= 8);
    CHECK(items.size() <= 14);
    // Senders are leaders with staff responsibility where the plan says so.
    const Id leader = f.personWithRole(Role::FL);
    CHECK(std::count_if(items.begin(), items.end(), [&](const CommunicationItem &i) { return i.senderId == leader; })
          >= 4);
}

TEST_CASE("Removing a municipality and undoing it restores stakeholders and the plan", "[stakeholder]")
{
    Fixture f;
    f.addDemo();
    const QStringList before = state(f.db, f.demo.id);
    REQUIRE_FALSE(before.isEmpty());
    MunicipalityRepository municipalities(f.db);
    MunicipalitySnapshot snapshot;
    QString error;
    REQUIRE(municipalities.take(f.demo.id, &snapshot, &error));
    CHECK(snapshot.rowCount(QStringLiteral("stakeholder")) + snapshot.rowCount(QStringLiteral("communication_item"))
          == before.size());
    CHECK(state(f.db, f.demo.id).isEmpty());
    REQUIRE(municipalities.putBack(snapshot, &error));
    CHECK(state(f.db, f.demo.id) == before);
}

TEST_CASE("The stakeholder map renderer places every marker in its cell", "[stakeholder][render]")
{
    installTranslations(QStringLiteral("en"));
    Fixture f;
    f.addDemo();
    const QList<Stakeholder> all = StakeholderRepository(f.db).forMunicipality(f.demo.id);
    const StakeholderMapData data = stakeholderMapData(all, QStringLiteral("Map"));
    QFont font;
    font.setPixelSize(12);
    for (const QSize &size : {QSize(1200, 800), QSize(640, 420), QSize(300, 200)}) {
        const QRectF bounds(QPointF(0, 0), QSizeF(size));
        const StakeholderMapLayout layout = layoutStakeholderMap(bounds, data, font);
        CHECK(layout.markers.size() == all.size());
        CHECK(bounds.contains(layout.plotRect));
        for (const StakeholderMapLayout::MarkerPlace &place : layout.markers) {
            const StakeholderMapMarker &marker = data.markers.at(place.index);
            const QRectF cell = layout.cells[marker.influence][marker.affectedness];
            CHECK(cell.contains(place.rect.center()));
            int influence = -1;
            int affected = -1;
            layout.cellAt(place.rect.center(), &influence, &affected);
            CHECK(influence == marker.influence);
            CHECK(affected == marker.affectedness);
        }
        CHECK(layout.quadrants.size() == 4);
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        paintStakeholderMap(painter, bounds, data, {}, all.first().id);
        painter.end();
        CHECK(image.pixel(int(layout.plotRect.left()) + 1, int(layout.plotRect.center().y())) != qRgb(255, 255, 255));
    }
    // At a readable size badges of one cell do not overlap.
    const StakeholderMapLayout big = layoutStakeholderMap(QRectF(0, 0, 1400, 900), data, font);
    for (int a = 0; a < big.markers.size(); ++a) {
        for (int b = a + 1; b < big.markers.size(); ++b)
            CHECK_FALSE(big.markers.at(a).rect.intersects(big.markers.at(b).rect));
    }
    CHECK(big.markerAt(big.markers.first().rect.center()) == big.markers.first().id);
    CHECK(big.markerAt(QPointF(-5, -5)) == 0);
}

TEST_CASE("The stakeholder map numbers its markers and lists every name whole under the map", "[stakeholder][render]")
{
    installTranslations(QStringLiteral("en"));
    StakeholderMapData data;
    data.title = QStringLiteral("Map");
    const QString longName = QStringLiteral("Borgerserviceafdelingsledelsessekretariatet");
    for (int i = 0; i < 12; ++i)
        data.markers.append({Id(100 + i), i == 4 ? longName : QStringLiteral("Stakeholder %1").arg(i), 3, 3,
                             Engagement::Neutral, Engagement::Supportive});
    QFont font;
    font.setPixelSize(12);
    // Twelve markers in one cell of a small map: the badges cannot hold the long word.
    const QRectF bounds(0, 0, 640, 480);
    const StakeholderMapLayout layout = layoutStakeholderMap(bounds, data, font);
    REQUIRE(layout.markers.size() == 12);
    REQUIRE(layout.names.size() == 12);
    CHECK(bounds.contains(layout.namesRect));
    CHECK(layout.namesRect.top() > layout.plotRect.bottom());
    CHECK(layout.namesRect.bottom() <= layout.legendRect.top());
    for (const StakeholderMapLayout::NameEntry &entry : layout.names) {
        CHECK(entry.number == entry.index + 1);
        CHECK(entry.id == data.markers.at(entry.index).id);
        CHECK(entry.text == QStringLiteral("%1. %2").arg(entry.number).arg(data.markers.at(entry.index).name));
        CHECK(layout.namesRect.contains(entry.rect));
        CHECK(layout.nameAt(entry.rect.center()) == entry.id);
    }
    const StakeholderMapLayout::MarkerPlace *place = layout.marker(104);
    REQUIRE(place);
    CHECK(place->number == 5);
    CHECK(place->label.contains(QChar(0x2026))); // elided on the badge ...
    CHECK(layout.names.at(4).text == QStringLiteral("5. ") + longName); // ... whole in the list
    CHECK(layout.nameAt(QPointF(-5, -5)) == 0);

    // The list is painted: ink in the rows of the names, where the map without the list had none.
    QImage image(bounds.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintStakeholderMap(painter, bounds, data);
    painter.end();
    const QRect row = layout.names.at(0).rect.toAlignedRect();
    bool ink = false;
    for (int x = row.left(); x <= row.right() && !ink; ++x) {
        for (int y = row.top(); y <= row.bottom() && !ink; ++y)
            ink = image.pixel(x, y) != qRgb(255, 255, 255);
    }
    CHECK(ink);

    // A map too small for the list keeps its plot and leaves the names to the hover.
    const StakeholderMapLayout tiny = layoutStakeholderMap(QRectF(0, 0, 300, 200), data, font);
    CHECK(tiny.names.isEmpty());
    CHECK(tiny.namesRect.isEmpty());
    CHECK(tiny.markers.size() == 12);
}
