// The risk and decision logs: validation and score, storage with its history, undo of every edit, and the rule
// that feeds them into the traffic light.
#include "Fixtures.h"
#include "TestSupport.h"

#include "commands/RiskCommands.h"
#include "domain/Clock.h"
#include "domain/Decision.h"
#include "domain/Risk.h"
#include "planning/Readiness.h"
#include "services/ReadinessInputs.h"
#include "storage/Database.h"
#include "storage/DecisionRepository.h"
#include "storage/MunicipalityRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RiskRepository.h"
#include "storage/TaskRepository.h"

#include <QSqlQuery>
#include <QUndoStack>

using namespace parat;

namespace {

struct Fixture
{
    test::TempDir dir;
    Database db;
    FixedClock clock {QDate(2026, 11, 27)};
    Municipality municipality;
    Person owner;
    QString taskKey;

    Fixture()
    {
        QString error;
        REQUIRE(db.open(dir.file(QStringLiteral("p.sqlite")), &error));
        test::importSampleHandbook(db, clock);
        municipality.code = QStringLiteral("0630");
        municipality.goLive = QDate(2027, 3, 1);
        REQUIRE(MunicipalityRepository(db).add(&municipality, &error));
        owner.municipalityId = municipality.id;
        owner.name = QStringLiteral("Mette Holm");
        REQUIRE(PersonRepository(db).add(&owner, &error));
        const QList<PlannedTask> tasks = TaskRepository(db).plannedTasks(municipality.id);
        REQUIRE(!tasks.isEmpty());
        taskKey = tasks.first().task.key;
    }

    Risk risk(const QString &title, int probability, int consequence) const
    {
        Risk r;
        r.municipalityId = municipality.id;
        r.title = title;
        r.probability = probability;
        r.consequence = consequence;
        return r;
    }

    Decision decision(const QString &question, const QDate &neededBy) const
    {
        Decision d;
        d.municipalityId = municipality.id;
        d.question = question;
        d.neededBy = neededBy;
        return d;
    }

    QStringList fields(const QList<LogEvent> &events) const
    {
        QStringList result;
        for (const LogEvent &event : events)
            result.append(event.field);
        return result;
    }
};

const LightReason *findReason(const TrafficLight &light, const QString &code, Light colour)
{
    for (const LightReason &reason : light.reasons) {
        if (reason.code == code && reason.light == colour)
            return &reason;
    }
    return nullptr;
}

} // namespace

TEST_CASE("A risk's score is probability times consequence", "[risk][domain]")
{
    Risk r;
    r.probability = 3;
    r.consequence = 4;
    CHECK(r.score() == 12);
    r.probability = 1;
    r.consequence = 1;
    CHECK(r.score() == 1);
    CHECK(riskLabel(7) == QStringLiteral("R7"));
}

TEST_CASE("Risk validation names the problem and leaves the risk alone", "[risk][domain]")
{
    QString error;
    Risk r;
    r.title = QStringLiteral("   ");
    CHECK_FALSE(validateRisk(&r, &error));
    CHECK(error.contains(QStringLiteral("title")));

    r.title = QStringLiteral("  Data conversion  ");
    r.probability = 5;
    CHECK_FALSE(validateRisk(&r, &error));
    CHECK(error.contains(QStringLiteral("probability")));
    CHECK(error.contains(QStringLiteral("5")));
    CHECK(r.title == QStringLiteral("  Data conversion  ")); // unchanged on failure

    r.probability = 2;
    r.consequence = 0;
    CHECK_FALSE(validateRisk(&r, &error));
    CHECK(error.contains(QStringLiteral("consequence")));

    r.consequence = 4;
    r.taskKeys = {QStringLiteral(" A.1 "), QStringLiteral(""), QStringLiteral("A.1"), QStringLiteral("B.2")};
    REQUIRE(validateRisk(&r, &error));
    CHECK(r.title == QStringLiteral("Data conversion"));
    CHECK(r.taskKeys == QStringList {QStringLiteral("A.1"), QStringLiteral("B.2")});
    CHECK(parseTaskKeys(QStringLiteral("A.1, B.2;C.3  A.1"))
          == QStringList {QStringLiteral("A.1"), QStringLiteral("B.2"), QStringLiteral("C.3")});
}

TEST_CASE("Decision validation needs a question and a written decision when taken", "[risk][domain]")
{
    QString error;
    Decision d;
    CHECK_FALSE(validateDecision(&d, &error));
    CHECK(error.contains(QStringLiteral("question")));
    d.question = QStringLiteral("Go live on 1 March?");
    d.status = DecisionStatus::Taken;
    CHECK_FALSE(validateDecision(&d, &error));
    CHECK(error.contains(QStringLiteral("decided")));
    d.decision = QStringLiteral("Yes");
    CHECK(validateDecision(&d, &error));

    d.neededBy = QDate(2026, 11, 1);
    CHECK_FALSE(decisionOverdue(d, QDate(2026, 11, 27))); // taken
    d.status = DecisionStatus::Postponed;
    CHECK(decisionOverdue(d, QDate(2026, 11, 27)));
    CHECK_FALSE(decisionOverdue(d, QDate(2026, 11, 1))); // needed by today is not late yet
}

TEST_CASE("Risks and decisions are stored, numbered and read back field by field", "[risk][storage]")
{
    Fixture f;
    QString error;
    Risk r = f.risk(QStringLiteral("Data conversion quality"), 3, 4);
    r.description = QStringLiteral("Old cases have missing CPR numbers");
    r.ownerId = f.owner.id;
    r.response = QStringLiteral("Test conversion in December");
    r.status = RiskStatus::InHand;
    r.nextReview = QDate(2026, 12, 10);
    r.taskKeys = {f.taskKey};
    r.dimension = RiskDimension::GoLiveReadiness;
    RiskRepository risks(f.db);
    REQUIRE(risks.add(&r, &error));
    CHECK(r.number == 1);
    Risk second = f.risk(QStringLiteral("MED not involved"), 2, 2);
    REQUIRE(risks.add(&second, &error));
    CHECK(second.number == 2);

    const std::optional<Risk> read = risks.byId(r.id);
    REQUIRE(read);
    CHECK(read->title == r.title);
    CHECK(read->description == r.description);
    CHECK(read->ownerId == f.owner.id);
    CHECK(read->probability == 3);
    CHECK(read->consequence == 4);
    CHECK(read->response == r.response);
    CHECK(read->status == RiskStatus::InHand);
    CHECK(read->nextReview == QDate(2026, 12, 10));
    CHECK(read->taskKeys == QStringList {f.taskKey});
    CHECK(read->dimension == RiskDimension::GoLiveReadiness);
    // The bulk read (all municipalities) gives the same rows.
    const QList<Risk> bulk = risks.byMunicipality().value(f.municipality.id);
    REQUIRE(bulk.size() == 2);
    CHECK(bulk.first().taskKeys == read->taskKeys);
    CHECK(bulk.first().nextReview == read->nextReview);

    Decision d = f.decision(QStringLiteral("Extra superuser hours in go-live weeks?"), QDate(2026, 12, 1));
    d.background = QStringLiteral("Teams lack cover");
    d.options = QStringLiteral("Temps; overtime");
    d.riskId = r.id;
    d.taskKey = f.taskKey;
    DecisionRepository decisions(f.db);
    REQUIRE(decisions.add(&d, &error));
    CHECK(d.number == 1);
    const std::optional<Decision> readDecision = decisions.byId(d.id);
    REQUIRE(readDecision);
    CHECK(readDecision->question == d.question);
    CHECK(readDecision->background == d.background);
    CHECK(readDecision->options == d.options);
    CHECK(readDecision->neededBy == QDate(2026, 12, 1));
    CHECK(readDecision->riskId == r.id);
    CHECK(readDecision->taskKey == f.taskKey);
    CHECK(readDecision->status == DecisionStatus::Pending);
}

TEST_CASE("Bad risks and decisions are refused with a message and nothing is written", "[risk][storage]")
{
    Fixture f;
    QString error;
    RiskRepository risks(f.db);
    Risk r = f.risk(QStringLiteral("Unknown task"), 2, 2);
    r.taskKeys = {QStringLiteral("NO-SUCH-KEY")};
    CHECK_FALSE(risks.add(&r, &error));
    CHECK(error.contains(QStringLiteral("NO-SUCH-KEY")));

    Municipality other;
    other.code = QStringLiteral("0101");
    REQUIRE(MunicipalityRepository(f.db).add(&other, &error));
    Person stranger;
    stranger.municipalityId = other.id;
    stranger.name = QStringLiteral("Stranger");
    REQUIRE(PersonRepository(f.db).add(&stranger, &error));
    r = f.risk(QStringLiteral("Wrong owner"), 2, 2);
    r.ownerId = stranger.id;
    CHECK_FALSE(risks.add(&r, &error));
    CHECK(error.contains(QStringLiteral("owner")));

    r = f.risk(QStringLiteral("Too likely"), 5, 2);
    CHECK_FALSE(risks.add(&r, &error));
    CHECK(risks.forMunicipality(f.municipality.id).isEmpty());

    Decision d = f.decision(QString(), QDate());
    CHECK_FALSE(DecisionRepository(f.db).add(&d, &error));
    CHECK(error.contains(QStringLiteral("question")));
    QSqlQuery count(f.db.connection());
    REQUIRE(count.exec(QStringLiteral("SELECT count(*) FROM log_event")));
    REQUIRE(count.next());
    CHECK(count.value(0).toInt() == 0);
}

TEST_CASE("Every write to the logs is in their history", "[risk][storage]")
{
    Fixture f;
    QString error;
    RiskRepository risks(f.db);
    Risk r = f.risk(QStringLiteral("ESDH integration late"), 2, 3);
    REQUIRE(risks.add(&r, &error));
    Risk changed = r;
    changed.probability = 4;
    changed.status = RiskStatus::InHand;
    REQUIRE(risks.update(changed, &error));
    RemovedRisk removed;
    REQUIRE(risks.take(r.id, &removed, &error));
    REQUIRE(risks.restore(removed, &error));

    const QList<LogEvent> events = risks.events(f.municipality.id, r.id);
    CHECK(f.fields(events)
          == QStringList {QStringLiteral("created"), QStringLiteral("probability"), QStringLiteral("status"),
                          QStringLiteral("removed"), QStringLiteral("restored")});
    REQUIRE(events.size() == 5);
    CHECK(events.at(1).oldValue == QStringLiteral("2"));
    CHECK(events.at(1).newValue == QStringLiteral("4"));
    CHECK(events.at(2).newValue == QStringLiteral("in_hand"));
    CHECK(events.at(0).at.isValid());

    DecisionRepository decisions(f.db);
    Decision d = f.decision(QStringLiteral("Postpone go-live?"), QDate(2026, 12, 1));
    REQUIRE(decisions.add(&d, &error));
    Decision taken = d;
    taken.status = DecisionStatus::Taken;
    taken.decision = QStringLiteral("No");
    taken.decidedOn = QDate(2026, 11, 20);
    REQUIRE(decisions.update(taken, &error));
    CHECK(f.fields(decisions.events(f.municipality.id, d.id))
          == QStringList {QStringLiteral("created"), QStringLiteral("decided_on"), QStringLiteral("decision"),
                          QStringLiteral("status")});
}

TEST_CASE("Adding, editing and removing risks and decisions are undone and redone", "[risk][undo]")
{
    Fixture f;
    QUndoStack stack;
    RiskRepository risks(f.db);
    DecisionRepository decisions(f.db);

    auto *add = new AddRisk(f.db, f.risk(QStringLiteral("Superusers without time"), 3, 3));
    stack.push(add);
    REQUIRE_FALSE(add->failed());
    const Id riskId = add->riskId();
    REQUIRE(risks.byId(riskId));
    stack.undo();
    CHECK_FALSE(risks.byId(riskId));
    stack.redo();
    REQUIRE(risks.byId(riskId));
    CHECK(risks.byId(riskId)->number == 1);

    Risk before = *risks.byId(riskId);
    Risk after = before;
    after.consequence = 4;
    after.response = QStringLiteral("Ask the directors for hours");
    stack.push(new EditRisk(f.db, before, after));
    CHECK(risks.byId(riskId)->score() == 12);
    stack.undo();
    CHECK(risks.byId(riskId)->score() == 9);
    CHECK(risks.byId(riskId)->response.isEmpty());
    stack.redo();
    CHECK(risks.byId(riskId)->response == after.response);

    auto *addDecision = new AddDecision(f.db, f.decision(QStringLiteral("Buy temps?"), QDate(2026, 12, 1)));
    stack.push(addDecision);
    const Id decisionId = addDecision->decisionId();
    Decision d = *decisions.byId(decisionId);
    Decision linked = d;
    linked.riskId = riskId;
    stack.push(new EditDecision(f.db, d, linked));
    CHECK(decisions.byId(decisionId)->riskId == riskId);

    // Removing the risk unlinks the decision; undo puts both back as they were.
    stack.push(new RemoveRisk(f.db, *risks.byId(riskId)));
    CHECK_FALSE(risks.byId(riskId));
    CHECK(decisions.byId(decisionId)->riskId == 0);
    stack.undo();
    REQUIRE(risks.byId(riskId));
    CHECK(risks.byId(riskId)->number == 1);
    CHECK(decisions.byId(decisionId)->riskId == riskId);

    stack.push(new RemoveDecision(f.db, *decisions.byId(decisionId)));
    CHECK_FALSE(decisions.byId(decisionId));
    stack.undo();
    REQUIRE(decisions.byId(decisionId));
    CHECK(decisions.byId(decisionId)->question == QStringLiteral("Buy temps?"));
    stack.undo(); // the link
    CHECK(decisions.byId(decisionId)->riskId == 0);
    stack.undo(); // the decision
    CHECK_FALSE(decisions.byId(decisionId));
    stack.redo();
    CHECK(decisions.byId(decisionId));
}

TEST_CASE("An edit that fails is dropped from the undo stack with its message", "[risk][undo]")
{
    Fixture f;
    QUndoStack stack;
    auto *add = new AddRisk(f.db, f.risk(QStringLiteral("Bad"), 9, 1));
    QString shown;
    add->setErrorHandler([&](const QString &message) { shown = message; });
    stack.push(add);
    CHECK(shown.contains(QStringLiteral("probability")));
    CHECK(stack.count() == 0);
    CHECK(RiskRepository(f.db).forMunicipality(f.municipality.id).isEmpty());
}

TEST_CASE("A live risk scoring 12 turns the light red with a reason naming it", "[risk][light]")
{
    const QDate asOf(2026, 11, 27);
    ReadinessSignals signalsIn;
    Risk low;
    low.number = 1;
    low.title = QStringLiteral("Printer setup");
    low.probability = 2;
    low.consequence = 2;
    Risk high;
    high.number = 3;
    high.title = QStringLiteral("Data conversion quality");
    high.probability = 3;
    high.consequence = 4;
    signalsIn.risks = {low, high};
    const TrafficLight light = trafficLight({}, QDate(), asOf, signalsIn);
    CHECK(light.light == Light::Red);
    const LightReason *reason = findReason(light, QStringLiteral("risk"), Light::Red);
    REQUIRE(reason);
    CHECK(reason->text.contains(QStringLiteral("R3")));
    CHECK(reason->text.contains(QStringLiteral("Data conversion quality")));
    CHECK_FALSE(reason->text.contains(QStringLiteral("Printer")));

    // Score 9 is yellow; a closed risk counts for nothing.
    high.consequence = 3;
    signalsIn.risks = {low, high};
    const TrafficLight yellow = trafficLight({}, QDate(), asOf, signalsIn);
    CHECK(yellow.light == Light::Yellow);
    REQUIRE(findReason(yellow, QStringLiteral("risk"), Light::Yellow));
    CHECK(findReason(yellow, QStringLiteral("risk"), Light::Yellow)->text.contains(QStringLiteral("R3")));
    high.status = RiskStatus::Closed;
    high.consequence = 4;
    signalsIn.risks = {low, high};
    CHECK(trafficLight({}, QDate(), asOf, signalsIn).light == Light::Green);

    // A manual light still wins, and the computed reason stays visible.
    high.status = RiskStatus::InHand;
    signalsIn.risks = {high};
    bool ok = false;
    const TrafficLight manual = applyOverride(trafficLight({}, QDate(), asOf, signalsIn), Light::Yellow,
                                              QStringLiteral("Conversion test booked"), &ok);
    CHECK(ok);
    CHECK(manual.light == Light::Yellow);
    CHECK(manual.computed == Light::Red);
    CHECK(findReason(manual, QStringLiteral("risk"), Light::Red));
}

TEST_CASE("A decision past its needed-by date makes the light at least yellow", "[risk][light]")
{
    const QDate asOf(2026, 11, 27);
    ReadinessSignals signalsIn;
    Decision late;
    late.number = 2;
    late.question = QStringLiteral("Extra hours for superusers?");
    late.neededBy = QDate(2026, 11, 20);
    Decision early;
    early.number = 1;
    early.question = QStringLiteral("Training rooms?");
    early.neededBy = QDate(2026, 12, 20);
    signalsIn.decisions = {late, early};
    const TrafficLight light = trafficLight({}, QDate(), asOf, signalsIn);
    CHECK(light.light == Light::Yellow);
    const LightReason *reason = findReason(light, QStringLiteral("decision-overdue"), Light::Yellow);
    REQUIRE(reason);
    CHECK(reason->text.contains(QStringLiteral("D2")));
    CHECK(reason->text.contains(QStringLiteral("Extra hours for superusers?")));
    CHECK_FALSE(reason->text.contains(QStringLiteral("Training rooms")));

    late.status = DecisionStatus::Taken;
    late.decision = QStringLiteral("Yes, 4 hours a week");
    signalsIn.decisions = {late, early};
    CHECK(trafficLight({}, QDate(), asOf, signalsIn).light == Light::Green);
}

TEST_CASE("The stored logs reach the light through the readiness signals", "[risk][light][storage]")
{
    Fixture f;
    QString error;
    Risk r = f.risk(QStringLiteral("ESDH integration late"), 4, 3);
    REQUIRE(RiskRepository(f.db).add(&r, &error));
    Decision d = f.decision(QStringLiteral("Delay go-live?"), QDate(2026, 11, 2));
    REQUIRE(DecisionRepository(f.db).add(&d, &error));
    const QDate asOf = f.clock.today();
    const QList<PlannedTask> tasks = TaskRepository(f.db).plannedTasks(f.municipality.id);
    const ReadinessSignals one = readinessSignals(f.db, f.municipality.id, asOf);
    const TrafficLight light = trafficLight(tasks, f.municipality.goLive, asOf, one);
    CHECK(light.light == Light::Red);
    REQUIRE(findReason(light, QStringLiteral("risk"), Light::Red));
    CHECK(findReason(light, QStringLiteral("risk"), Light::Red)->text.contains(QStringLiteral("ESDH")));
    CHECK(findReason(light, QStringLiteral("decision-overdue"), Light::Yellow));

    const QHash<Id, ReadinessSignals> all = readinessSignalsForAll(f.db, asOf, {{f.municipality.id, tasks}});
    CHECK(all.value(f.municipality.id).risks.size() == 1);
    CHECK(all.value(f.municipality.id).decisions.size() == 1);
}
