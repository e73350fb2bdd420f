#include "demo/DemoRisks.h"

#include "domain/Decision.h"
#include "domain/Risk.h"
#include "storage/Database.h"
#include "storage/DecisionRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RiskRepository.h"
#include "storage/TaskRepository.h"

#include <QHash>
#include <QSet>

namespace parat {

namespace {

struct DemoRisk
{
    const char *title;
    const char *description;
    Role owner;
    int probability;
    int consequence;
    const char *response;
    RiskStatus status;
    int reviewDays; // relative to asOf
    const char *tasks;
    RiskDimension dimension;
};

// Fictional risks of a fictional project; Danish, as a project leader would write them.
const DemoRisk kRisks[] = {
    {"Konverterede sagsdata er ufuldstændige",
     "Prøvekonverteringen viste manglende CPR-numre og bilag i ældre sager fra Handicap og familie.", Role::SA, 3, 4,
     "Stikprøver på 50 sager pr. afdeling efter prøvekonvertering 2; fejlliste til leverandøren hver fredag.",
     RiskStatus::InHand, 7, "P22-19, P23-11", RiskDimension::GoLiveReadiness},
    {"Superbrugerne har ikke tid i go-live-ugerne",
     "Lederne har afsat 4 timer om ugen, men superbrugerne skal også passe egne sager i ugerne omkring go-live.",
     Role::FL, 3, 3, "Lederne frikøber superbrugerne halv tid i ugen før og to uger efter go-live; vikar til sagerne.",
     RiskStatus::Open, -3, "P3-01, P23-04", RiskDimension::SuperusersAndHours},
    {"Integrationen til ESDH bliver ikke klar til tiden",
     "Leverandøren af ESDH-systemet har endnu ikke leveret testmiljøet.", Role::IT, 2, 4,
     "Ugentligt statusmøde med leverandøren; nødprocedure med manuel journalisering de første uger.", RiskStatus::Open,
     14, "P21-08, P22-08", RiskDimension::TasksAndDeadlines},
    {"MED-udvalget er ikke inddraget", "Arbejdsmiljø og arbejdspres i overgangen er ikke drøftet i MED.", Role::PL, 2,
     3, "Punkt på næste MED-møde; en tillidsrepræsentant med i superbrugernetværket.", RiskStatus::InHand, 10, "P1-11",
     RiskDimension::OrganisationAndStakeholders},
    {"Sagspukkel i overgangen giver overskredne frister",
     "Nedsat tempo de første uger, mens sagsbehandlerne lærer systemet.", Role::FL, 3, 2,
     "Plan for prioritering af sager de første to uger; aftale om ekstra hænder fra Forebyggelse.", RiskStatus::Open,
     21, "", RiskDimension::GoLiveReadiness},
    {"Forebyggelse ser ikke DUBU som deres system", "Medarbejderne deltager ikke i undervisning og workshops.",
     Role::FL, 2, 2, "Personlig dialog med afdelingslederen om gevinster for forebyggelsen.", RiskStatus::Open, 14, "",
     RiskDimension::OrganisationAndStakeholders},
    {"Undervisningslokaler og pc'er er ikke booket", "", Role::KOMM, 1, 2, "Lokaler booket på rådhuset.",
     RiskStatus::Closed, 0, "P21-13", RiskDimension::TasksAndDeadlines},
};

struct DemoDecision
{
    const char *question;
    const char *background;
    const char *options;
    int neededDays; // relative to asOf
    DecisionStatus status;
    const char *decision;
    int decidedDays; // relative to asOf, for taken decisions
    int risk; // 1-based index into kRisks; 0: none
    const char *task;
};

const DemoDecision kDecisions[] = {
    {"Må superbrugerne bruge overarbejde i go-live-ugerne?",
     "Lederne kan ikke frikøbe superbrugerne fuldt ud i ugerne omkring go-live.",
     "Betalt overarbejde; vikarer til sagerne; udskyd andre kurser.", -5, DecisionStatus::Pending, "", 0, 2, "P3-01"},
    {"Fastholdes go-live, hvis prøvekonvertering 2 fejler?", "Prøvekonvertering 2 er planlagt fire uger før go-live.",
     "Fasthold med manuel efterregistrering; udskyd go-live fire uger.", 21, DecisionStatus::Pending, "", 0, 1, ""},
    {"Hvilke afsluttede sager konverteres ikke, men arkiveres?", "Færre sager giver en hurtigere konvertering.",
     "Afsluttet før 2018; afsluttet før 2020.", -30, DecisionStatus::Taken,
     "Sager afsluttet før 1. januar 2020 arkiveres i ESDH og konverteres ikke.", -24, 0, "P21-11"},
    {"Skal Forebyggelse gå live samtidig med Myndighed?",
     "Forebyggelse har færre superbrugere end de andre afdelinger.", "Samtidig; fire uger senere.", 35,
     DecisionStatus::Postponed, "", 0, 6, ""},
};

} // namespace

bool addDemoRiskLog(Database &db, const Municipality &municipality, const QDate &asOf, QString *error)
{
    QHash<Role, Id> byRole;
    for (const Person &person : PersonRepository(db).forMunicipality(municipality.id)) {
        for (Role role : person.roles) {
            if (!byRole.contains(role))
                byRole.insert(role, person.id);
        }
    }
    QSet<QString> keys;
    for (const PlannedTask &task : TaskRepository(db).plannedTasks(municipality.id))
        keys.insert(task.task.key);

    return db.write(error, [&] {
        RiskRepository risks(db);
        QList<Id> riskIds;
        for (const DemoRisk &demo : kRisks) {
            Risk risk;
            risk.municipalityId = municipality.id;
            risk.title = QString::fromUtf8(demo.title);
            risk.description = QString::fromUtf8(demo.description);
            risk.ownerId = byRole.value(demo.owner);
            risk.probability = demo.probability;
            risk.consequence = demo.consequence;
            risk.response = QString::fromUtf8(demo.response);
            risk.status = demo.status;
            if (demo.status != RiskStatus::Closed)
                risk.nextReview = asOf.addDays(demo.reviewDays);
            for (const QString &key : parseTaskKeys(QString::fromUtf8(demo.tasks))) {
                if (keys.contains(key)) // another handbook may not have the sample's keys
                    risk.taskKeys.append(key);
            }
            risk.dimension = demo.dimension;
            if (!risks.add(&risk, error))
                return false;
            riskIds.append(risk.id);
        }
        DecisionRepository decisions(db);
        for (const DemoDecision &demo : kDecisions) {
            Decision decision;
            decision.municipalityId = municipality.id;
            decision.question = QString::fromUtf8(demo.question);
            decision.background = QString::fromUtf8(demo.background);
            decision.options = QString::fromUtf8(demo.options);
            decision.neededBy = asOf.addDays(demo.neededDays);
            decision.status = demo.status;
            decision.decision = QString::fromUtf8(demo.decision);
            if (demo.status == DecisionStatus::Taken) {
                decision.decidedOn = asOf.addDays(demo.decidedDays);
                decision.decidedBy = QStringLiteral("Styregruppen");
            }
            decision.riskId = demo.risk > 0 ? riskIds.value(demo.risk - 1) : 0;
            const QString task = QString::fromUtf8(demo.task);
            decision.taskKey = keys.contains(task) ? task : QString();
            if (!decisions.add(&decision, error))
                return false;
        }
        return true;
    });
}

} // namespace parat
