#include "NationalDataset.h"

#include "demo/DemoGoLive.h"
#include "demo/DemoRisks.h"
#include "demo/DemoRunbook.h"
#include "domain/Clock.h"
#include "domain/OfficialMunicipalities.h"
#include "handbook/HandbookReader.h"
#include "planning/Capacity.h"
#include "services/HandbookImport.h"
#include "storage/AllocationRepository.h"
#include "storage/CommunicationRepository.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"
#include "storage/PersonRepository.h"
#include "storage/StakeholderRepository.h"
#include "storage/TaskRepository.h"

#include <QFile>
#include <QRandomGenerator>

namespace parat::bench {

// The sample handbook's 91 tasks repeated with new keys until there are `count`.
HandbookDraft scaledHandbook(int count)
{
    QFile sample(QStringLiteral(":/data/sample-handbook.json"));
    sample.open(QIODevice::ReadOnly);
    HandbookDraft draft = readHandbookJson(sample.readAll(), QStringLiteral("sample-handbook.json"));
    const QList<Task> base = draft.tasks;
    draft.tasks.clear();
    for (int i = 0; i < count; ++i) {
        Task task = base.at(i % base.size());
        if (i >= base.size()) {
            task.key += QStringLiteral("-%1").arg(i / base.size());
            task.dependsOn.clear();
        }
        task.sortOrder = i;
        draft.tasks.append(task);
    }
    draft.version = QStringLiteral("national-%1").arg(count);
    return draft;
}

HandbookDraft nextHandbookVersion(int count)
{
    HandbookDraft draft = scaledHandbook(count);
    // Every tenth task moves a week later and gets a new estimate; every fiftieth is withdrawn.
    QList<Task> tasks;
    for (int i = 0; i < draft.tasks.size(); ++i) {
        Task task = draft.tasks.at(i);
        if (i % 50 == 49)
            continue;
        if (i % 10 == 0) {
            task.dueOffsetWeeks += 1;
            task.estimateHours += 1.0;
        }
        tasks.append(task);
    }
    for (int i = 0; i < 10; ++i) {
        Task task = draft.tasks.at(i);
        task.key = QStringLiteral("NY-%1").arg(i + 1);
        task.titleDa = QStringLiteral("Ny opgave %1").arg(i + 1);
        task.dependsOn.clear();
        task.sortOrder = count + i;
        tasks.append(task);
    }
    draft.tasks = tasks;
    draft.version = QStringLiteral("national-%1-next").arg(count);
    return draft;
}

namespace {

// Superuser details and the suggested plan of hours (docs/design.md "Capacity") for every superuser; one in seven gets
// half of it, so some weeks are over-allocated and the capacity signals have work to do.
bool addSuperuserPlans(Database &db, QRandomGenerator &random, const Municipality &municipality,
                       const QList<Person> &staff, const QDate &asOf, QString *error)
{
    PersonRepository people(db);
    AllocationRepository allocations(db);
    for (const Person &person : staff) {
        if (!person.roles.contains(Role::SU))
            continue;
        SuperuserDetails details;
        details.team = QStringLiteral("Team %1").arg(person.unit);
        details.caseworkersCovered = 4 + int(random.bounded(20));
        details.appointedOn = asOf.addDays(-7 * int(30 + random.bounded(20)));
        if (random.bounded(10) < 8)
            details.trainedOn = details.appointedOn.addDays(7 * int(4 + random.bounded(12)));
        if (!people.setSuperuserDetails(person.id, details, error))
            return false;
        const double share = random.bounded(7) == 0 ? 0.5 : 1.0;
        QList<Allocation> plan = suggestedPlan(person.id, municipality.goLive, 37.0 * share);
        for (Allocation &allocation : plan) {
            allocation.approvedBy = QStringLiteral("Leder %1").arg(municipality.code);
            allocation.approvedOn = details.appointedOn;
            if (!allocations.add(&allocation, error))
                return false;
        }
    }
    return true;
}

// `count` stakeholders over the four fields with engagement now/target and an owner, and a communication plan
// of two items per three stakeholders spread from 20 weeks ago to 20 weeks ahead (past ones mostly done).
bool addStakeholders(Database &db, QRandomGenerator &random, const Municipality &municipality,
                     const QList<Person> &staff, const QDate &asOf, int count, QString *error)
{
    StakeholderRepository stakeholders(db);
    CommunicationRepository communication(db);
    const QStringList units {QStringLiteral("Myndighed"), QStringLiteral("Familieafdelingen"),
                             QStringLiteral("Økonomi"),   QStringLiteral("IT"),
                             QStringLiteral("MED"),       QStringLiteral("Direktionen")};
    for (int i = 0; i < count; ++i) {
        Stakeholder stakeholder;
        stakeholder.municipalityId = municipality.id;
        stakeholder.name = QStringLiteral("Interessent %1-%2").arg(municipality.code).arg(i + 1);
        stakeholder.kind = StakeholderKind(random.bounded(3));
        stakeholder.internal = random.bounded(4) != 0;
        stakeholder.unit = units.at(i % units.size());
        stakeholder.projectRole = QStringLiteral("Rolle %1").arg(i % 9 + 1);
        stakeholder.influence = int(random.bounded(kStakeholderScaleMax + 1));
        stakeholder.affectedness = int(random.bounded(kStakeholderScaleMax + 1));
        stakeholder.engagementNow = Engagement(random.bounded(5));
        stakeholder.engagementTarget = Engagement(qMin(4, int(stakeholder.engagementNow) + int(random.bounded(3))));
        stakeholder.concerns = QStringLiteral("Arbejdsgange, tid til oplæring og data fra det gamle system.");
        stakeholder.strategy = Strategy(random.bounded(4));
        stakeholder.noteBefore = QStringLiteral("Inddrages i planlægningen.");
        stakeholder.ownerId = staff.at(int(random.bounded(qsizetype(6)))).id;
        stakeholder.nextContact = asOf.addDays(int(random.bounded(90)) - 30);
        stakeholder.lastReviewed = asOf.addDays(-int(random.bounded(120)));
        if (!stakeholders.add(&stakeholder, error))
            return false;
        if (i % 3 == 2)
            continue;
        CommunicationItem item;
        item.municipalityId = municipality.id;
        item.stakeholderId = stakeholder.id;
        item.occasion = QStringLiteral("Status på DUBU 3.0");
        item.message = QStringLiteral("Hvad ændrer sig, og hvornår.");
        item.goal = QStringLiteral("Kender tidsplanen");
        item.channel = Channel(random.bounded(7));
        item.senderId = staff.at(0).id;
        item.responsibleId = staff.at(1).id;
        item.plannedOn = asOf.addDays(7 * (int(random.bounded(40)) - 20));
        if (item.plannedOn < asOf && random.bounded(10) < 8) {
            item.status = CommunicationStatus::Done;
            item.doneOn = item.plannedOn;
        }
        if (!communication.add(&item, error))
            return false;
    }
    return true;
}

} // namespace

bool buildNationalDataset(Database &db, const Clock &clock, const DatasetSize &size, QString *error)
{
    HandbookImporter importer(db, clock);
    const ImportOutcome outcome = importer.importDraft(scaledHandbook(size.tasks), QString(), false);
    if (!outcome.applied) {
        *error = outcome.error;
        return false;
    }
    QRandomGenerator random(20190101);
    const QDate asOf = clock.today();
    MunicipalityRepository municipalities(db);
    PersonRepository people(db);
    TaskRepository tasks(db);
    const QList<MunicipalityInfo> &official = officialMunicipalities();
    const QStringList roleCycle {QStringLiteral("PE SG"), QStringLiteral("PL"), QStringLiteral("SA KA"),
                                 QStringLiteral("IT"),    QStringLiteral("OK"), QStringLiteral("KOMM")};
    for (int m = 0; m < size.municipalities && m < official.size(); ++m) {
        const bool ok = db.write(error, [&] {
            Municipality municipality;
            municipality.code = official.at(m).code;
            municipality.name = official.at(m).name;
            municipality.region = official.at(m).region;
            // Go-lives between 10 weeks ago and 30 weeks ahead: every phase of the project is represented.
            municipality.goLive = asOf.addDays(7 * (int(random.bounded(40)) - 10));
            if (!municipalities.add(&municipality, error))
                return false;
            QList<Id> staff;
            QList<Person> staffPeople;
            for (int p = 0; p < size.people; ++p) {
                Person person;
                person.municipalityId = municipality.id;
                person.name = QStringLiteral("Person %1-%2").arg(municipality.code).arg(p + 1);
                person.unit = QStringLiteral("Enhed %1").arg(p % 6 + 1);
                person.email = QStringLiteral("p%1@k%2.example").arg(p + 1).arg(municipality.code);
                person.roles = rolesFromCodes(
                    p < roleCycle.size() ? roleCycle.at(p) : (p < 12 ? QStringLiteral("FL") : QStringLiteral("SU")));
                person.registeredInKlik = random.bounded(10) < 8;
                if (!people.add(&person, error))
                    return false;
                staff.append(person.id);
                staffPeople.append(person);
            }
            if (!addSuperuserPlans(db, random, municipality, staffPeople, asOf, error)
                || !addStakeholders(db, random, municipality, staffPeople, asOf, size.stakeholders, error)
                || !addDemoRiskLog(db, municipality, asOf, error) || !addDemoGoLive(db, municipality, asOf, error)
                || !addDemoRunbook(db, municipality, error))
                return false;
            const QList<PlannedTask> planned = tasks.plannedTasks(municipality.id);
            for (const PlannedTask &item : planned) {
                TaskState state = item.state;
                state.version = -1; // a new dataset, its steps below written without a version check
                state.performerPersonId = staff.at(int(random.bounded(size.people)));
                state.responsiblePersonId = staff.at(1);
                const QDate release = item.release.isValid() ? item.release : item.due.addDays(-28);
                const QDate assigned = release < asOf ? release : asOf;
                if (!tasks.setState(state, assigned.startOfDay(Qt::UTC).addSecs(9 * 3600), error))
                    return false;
                if (release >= asOf)
                    continue;
                state.status = Status::InProgress;
                const QDate started = release.addDays(7) < asOf ? release.addDays(7) : asOf;
                if (!tasks.setState(state, started.startOfDay(Qt::UTC).addSecs(10 * 3600), error))
                    return false;
                if (item.due < asOf && random.bounded(100) < 88) {
                    state.status = Status::Done;
                    state.doneOn = item.due < asOf ? item.due : asOf;
                    if (item.task.mandatory && random.bounded(100) < 80)
                        state.klikMarkedOn = state.doneOn;
                    if (!tasks.setState(state, state.doneOn.startOfDay(Qt::UTC).addSecs(14 * 3600), error))
                        return false;
                }
            }
            return true;
        });
        if (!ok)
            return false;
    }
    return true;
}

} // namespace parat::bench
