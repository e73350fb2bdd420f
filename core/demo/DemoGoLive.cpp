#include "demo/DemoGoLive.h"

#include "domain/GoLive.h"
#include "planning/GoLiveReadiness.h"
#include "storage/Database.h"
#include "storage/GoLiveRepository.h"
#include "storage/PersonRepository.h"

#include <QHash>

namespace parat {

bool addDemoGoLive(Database &db, const Municipality &municipality, const QDate &asOf, QString *error)
{
    Q_UNUSED(asOf)
    QHash<Role, Id> byRole;
    QStringList leaders;
    for (const Person &person : PersonRepository(db).forMunicipality(municipality.id)) {
        for (Role role : person.roles) {
            if (!byRole.contains(role))
                byRole.insert(role, person.id);
            if ((role == Role::PL || role == Role::PE || role == Role::FL) && !leaders.contains(person.name))
                leaders.append(person.name);
        }
    }
    const auto owner = [&](GoLiveMeasure measure, int manualIndex) {
        switch (measure) {
        case GoLiveMeasure::MandatoryTasks:
        case GoLiveMeasure::ResourcePersons:
        case GoLiveMeasure::HighRisks:
            return byRole.value(Role::PL);
        case GoLiveMeasure::SuperusersTrained:
        case GoLiveMeasure::GoLiveHours:
            return byRole.value(Role::FL);
        case GoLiveMeasure::TestConversion:
            return byRole.value(Role::SA);
        case GoLiveMeasure::Communication:
            return byRole.value(Role::KOMM);
        case GoLiveMeasure::None:
            break;
        }
        const Role manual[] = {Role::IT, Role::SA, Role::FL, Role::IT, Role::PL, Role::PE};
        return byRole.value(manual[manualIndex % 6]);
    };

    return db.write(error, [&] {
        GoLiveRepository repository(db);
        int manualIndex = 0;
        for (GoLiveCriterion criterion : defaultGoLiveCriteria(municipality.id, municipality.goLive)) {
            const int index = criterion.measured() ? -1 : manualIndex++;
            criterion.ownerId = owner(criterion.measure, std::max(index, 0));
            switch (index) {
            case 0: // access and roles
                criterion.status = GoLiveStatus::PartlyMet;
                criterion.evidence = QStringLiteral("Roller tildelt i Handicap og familie; Forebyggelse mangler.");
                criterion.evidenceLink = QStringLiteral("https://intranet.example/dubu/adgange");
                break;
            case 1: // final conversion
                criterion.evidence = QStringLiteral("Afstemmes i go-live-weekenden efter drejebogen.");
                break;
            case 2: // support rota
                criterion.status = GoLiveStatus::Met;
                criterion.evidence = QStringLiteral("Vagtplan for superbrugere de første tre uger godkendt.");
                criterion.evidenceLink = QStringLiteral("G:/Projekter/DUBU/vagtplan.xlsx");
                break;
            case 3: // old system
                criterion.status = GoLiveStatus::NotRelevant;
                criterion.reason
                    = QStringLiteral("Det gamle system lukkes af leverandøren for alle kommuner samtidig.");
                break;
            default:
                break;
            }
            if (!repository.add(&criterion, error))
                return false;
        }
        GoLiveMeeting meeting;
        meeting.municipalityId = municipality.id;
        meeting.heldOn = municipality.goLive.isValid() ? municipality.goLive.addDays(-7) : asOf.addDays(60);
        meeting.participants = leaders.join(QStringLiteral(", "));
        meeting.decision = GoLiveDecision::Pending;
        meeting.note = QStringLiteral("Styregruppemøde med go/no-go som eneste punkt.");
        return repository.saveMeeting(meeting, error);
    });
}

} // namespace parat
