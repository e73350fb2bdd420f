#include "demo/DemoStakeholders.h"

#include "domain/Stakeholder.h"
#include "storage/CommunicationRepository.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/StakeholderRepository.h"

#include <QHash>

namespace parat {

namespace {

struct DemoStakeholder
{
    const char *name;
    StakeholderKind kind;
    bool internal;
    const char *unit;
    const char *role;
    int influence;
    int affectedness;
    Engagement now;
    Engagement target;
    const char *concerns;
    Strategy strategy;
    const char *before;
    const char *during;
    const char *after;
    Role owner;
    int nextContactDays; // relative to asOf; 0: none
};

// Fictional stakeholders of a fictional municipality; Danish, as a project leader would write them.
const DemoStakeholder kStakeholders[] = {
    {"Afdelingsleder, Myndighed 0-17 år", StakeholderKind::Person, true, "Myndighed 0-17 år", "Faglig leder", 3, 3,
     Engagement::Supportive, Engagement::Leading, "At sagsbehandlerne kan følge med; sagspukkel i overgangen",
     Strategy::Ownership, "Med i styregruppen; godkender superbrugernes tid", "Synlig i drift-rummet de første uger",
     "Følger op på arbejdsgange efter 8 uger", Role::PL, 5},
    {"Afdelingsleder, Handicap og familie", StakeholderKind::Person, true, "Handicap og familie", "Faglig leder", 3, 3,
     Engagement::Neutral, Engagement::Leading, "Frygter at handicapsager glemmes i arbejdsgangene", Strategy::Ownership,
     "Egen workshop om handicapsager", "Daglig kort status med superbrugerne", "", Role::PL, -4},
    {"Afdelingsleder, Forebyggelse", StakeholderKind::Person, true, "Forebyggelse", "Faglig leder", 2, 3,
     Engagement::Resistant, Engagement::Supportive, "Ser DUBU som myndighedens system, ikke forebyggelsens",
     Strategy::Involve, "Personlig dialog om gevinster for forebyggelsen", "", "", Role::PL, 3},
    {"Sagsbehandlere, Myndighed", StakeholderKind::Group, true, "Myndighed 0-17 år", "Slutbrugere", 1, 3,
     Engagement::Neutral, Engagement::Supportive, "Tid til undervisning ved siden af sagerne; nye skabeloner",
     Strategy::Involve, "Personalemøder hver måned", "Superbruger ved hvert team", "Erfaringsopsamling", Role::FL, 10},
    {"Sagsbehandlere, Handicap", StakeholderKind::Group, true, "Handicap og familie", "Slutbrugere", 1, 3,
     Engagement::Resistant, Engagement::Supportive, "Dårlige erfaringer med sidste systemskifte", Strategy::Consult,
     "Høres om arbejdsgange", "", "", Role::FL, 12},
    {"Familieplejekonsulenter", StakeholderKind::Group, true, "Familiepleje", "Brugere af plejefamiliemodulet", 1, 2,
     Engagement::Unaware, Engagement::Supportive, "Hvordan plejefamilier og vederlag registreres", Strategy::Inform,
     "Nyhedsbrev og kort oplæg", "", "", Role::KOMM, 0},
    {"Superbrugernetværket", StakeholderKind::Group, true, "På tværs", "Superbrugere", 2, 3, Engagement::Supportive,
     Engagement::Leading, "Beskyttet tid og klare aftaler med lederne", Strategy::Ownership,
     "Netværksmøde hver 14. dag", "Førstelinjesupport", "Fortsætter som netværk i drift", Role::PL, 7},
    {"MED-udvalget", StakeholderKind::Group, true, "Børn og Familie", "Medindflydelse", 2, 2, Engagement::Neutral,
     Engagement::Supportive, "Arbejdsmiljø og arbejdspres i overgangen", Strategy::Consult,
     "Orientering og høring før uddannelsesplanen", "", "", Role::PE, 14},
    {"Tillidsrepræsentanter (Socialpædagogerne, DS)", StakeholderKind::Group, true, "På tværs",
     "Medarbejderrepræsentanter", 2, 2, Engagement::Resistant, Engagement::Neutral,
     "Overarbejde og travlhed omkring idriftsættelsen", Strategy::Consult, "Møde om bemanding i go-live-ugerne", "", "",
     Role::PE, -2},
    {"Direktør for Børn og Familie", StakeholderKind::Person, true, "Direktionen", "Projektejer", 3, 1,
     Engagement::Supportive, Engagement::Leading, "Økonomi og tidsplan; at der ikke opstår sagsefterslæb",
     Strategy::Consult, "Månedlig statusrapport", "", "Gevinstrealisering", Role::PE, 21},
    {"Økonomiafdelingen", StakeholderKind::Group, true, "Økonomi", "Betalinger og konteringer", 2, 1,
     Engagement::Neutral, Engagement::Supportive, "Integrationer til økonomisystemet og udbetalinger",
     Strategy::Consult, "Test af betalingsflow", "", "", Role::OK, 9},
    {"IT-afdelingen", StakeholderKind::Group, true, "IT-drift", "Adgange, klienter og integrationer", 2, 1,
     Engagement::Supportive, Engagement::Supportive, "Rettighedsstyring og tidspunkt for klientudrulning",
     Strategy::Involve, "Plan for brugeroprettelse", "Vagtordning i go-live-weekenden", "", Role::IT, 6},
    {"Børne- og ungeudvalget", StakeholderKind::Group, true, "Politisk udvalg", "Politisk niveau", 3, 0,
     Engagement::Unaware, Engagement::Neutral, "Borgernes sagsbehandlingstider", Strategy::Inform,
     "Orienteringssag før idriftsættelsen", "", "Orientering om gevinster", Role::PE, 30},
    {"KOMBIT", StakeholderKind::Organisation, false, "", "Leverandørstyring og koordinering", 3, 1,
     Engagement::Supportive, Engagement::Supportive, "At kommunen følger KLIK-opgaverne", Strategy::Consult,
     "Koordinationsmøder", "", "", Role::PL, 0},
    {"Netcompany", StakeholderKind::Organisation, false, "", "Leverandør af DUBU", 2, 0, Engagement::Neutral,
     Engagement::Supportive, "Korrekte data til konverteringen", Strategy::Consult, "Afklaring af konvertering",
     "Support via superbrugerne", "", Role::SA, 0},
    {"Anbringelsessteder og institutioner", StakeholderKind::Group, false, "", "Modtagere af handleplaner", 0, 2,
     Engagement::Unaware, Engagement::Neutral, "Nye breve og kontaktveje", Strategy::Inform, "Brev før go-live", "", "",
     Role::KOMM, 0},
    {"Plejefamilier", StakeholderKind::Group, false, "", "Modtagere af breve og vederlag", 0, 2, Engagement::Unaware,
     Engagement::Neutral, "Udbetaling af vederlag til tiden", Strategy::Inform, "Informationsbrev", "", "", Role::KOMM,
     0},
    {"Nabokommunernes DUBU-netværk", StakeholderKind::Organisation, false, "Trekantområdet", "Erfaringsudveksling", 1,
     0, Engagement::Supportive, Engagement::Supportive, "Deling af skabeloner", Strategy::Inform, "", "", "", Role::PL,
     0},
    {"Borgerservice", StakeholderKind::Group, true, "Borgerservice", "Henvendelser fra borgere", 0, 1,
     Engagement::Unaware, Engagement::Neutral, "Hvad de skal svare borgerne", Strategy::Inform, "Kort vejledning", "",
     "", Role::KOMM, 0},
    {"Kommunikation og HR", StakeholderKind::Group, true, "Kommunikation og HR", "Intranet og nyhedsbrev", 1, 1,
     Engagement::Supportive, Engagement::Supportive, "Redaktionsplan", Strategy::Involve, "", "", "", Role::KOMM, 0},
    {"Revisionen", StakeholderKind::Organisation, false, "", "Ekstern revision", 1, 0, Engagement::Unaware,
     Engagement::Neutral, "Sporbarhed i betalinger", Strategy::Inform, "", "", "", Role::OK, 0},
};

struct DemoItem
{
    int stakeholder; // index into kStakeholders; -1: target group
    const char *targetGroup;
    const char *occasion;
    const char *message;
    const char *goal;
    Channel channel;
    Role sender;
    Role responsible;
    int days; // relative to asOf
    CommunicationStatus status;
};

const DemoItem kItems[] = {
    {7, "", "Høring om uddannelsesplanen", "Uddannelsesplan og superbrugernes tid",
     "MED-udvalget kender planen og har haft den i høring", Channel::Meeting, Role::FL, Role::PL, -21,
     CommunicationStatus::Done},
    {-1, "Alle medarbejdere i Børn og Familie", "Nyhedsbrev 1", "Hvorfor DUBU 3.0, og hvad der sker hvornår",
     "Alle kender tidsplanen", Channel::Newsletter, Role::FL, Role::KOMM, -14, CommunicationStatus::Done},
    {1, "", "Opfølgning efter workshop", "Handicapsagernes arbejdsgange i DUBU",
     "Afdelingslederen ser sine sager i de nye arbejdsgange", Channel::Dialogue, Role::PL, Role::PL, -5,
     CommunicationStatus::Planned},
    {8, "", "Bemanding i go-live-ugerne", "Aftale om travlhed og overarbejde", "Fælles aftale om bemanding",
     Channel::Meeting, Role::FL, Role::PL, -2, CommunicationStatus::Planned},
    {3, "", "Personalemøde, Myndighed", "Hvad ændrer sig i din hverdag", "Sagsbehandlerne kender de nye skabeloner",
     Channel::StaffMeeting, Role::FL, Role::FL, 4, CommunicationStatus::Planned},
    {4, "", "Personalemøde, Handicap", "Erfaringer fra testen og tid til undervisning", "Tryghed om undervisningen",
     Channel::StaffMeeting, Role::FL, Role::FL, 9, CommunicationStatus::Planned},
    {5, "", "Oplæg for familieplejen", "Plejefamilier og vederlag i DUBU", "Konsulenterne ved, hvad der ændres",
     Channel::Workshop, Role::FL, Role::PL, 16, CommunicationStatus::Planned},
    {-1, "Alle medarbejdere i Børn og Familie", "Intranet: go-live-guide", "Hvem hjælper dig i de første uger",
     "Alle ved, hvor de får hjælp", Channel::Intranet, Role::FL, Role::KOMM, 25, CommunicationStatus::Planned},
    {12, "", "Orienteringssag til udvalget", "Status og risici før idriftsættelsen",
     "Udvalget er orienteret før go-live", Channel::Meeting, Role::PE, Role::PL, 35, CommunicationStatus::Planned},
    {16, "", "Brev til plejefamilier", "Nye breve og uændret udbetaling", "Ingen unødige henvendelser", Channel::Email,
     Role::FL, Role::KOMM, 42, CommunicationStatus::Planned},
    {2, "", "Dialog om forebyggelsens gevinster", "Hvad DUBU giver forebyggelsen", "Lederen støtter projektet",
     Channel::Dialogue, Role::PL, Role::PL, -9, CommunicationStatus::Cancelled},
};

} // namespace

bool addDemoStakeholders(Database &db, const Municipality &municipality, const QDate &asOf, QString *error)
{
    // The first person of each role (people come ordered by name, so this is deterministic).
    QHash<int, Id> byRole;
    for (const Person &person : PersonRepository(db).forMunicipality(municipality.id)) {
        for (Role role : person.roles) {
            if (!byRole.contains(int(role)))
                byRole.insert(int(role), person.id);
        }
    }
    auto personFor = [&](Role role) { return byRole.value(int(role), 0); };

    return db.write(error, [&] {
        StakeholderRepository stakeholders(db);
        QList<Id> ids;
        for (const DemoStakeholder &demo : kStakeholders) {
            Stakeholder s;
            s.municipalityId = municipality.id;
            s.name = QString::fromUtf8(demo.name);
            s.kind = demo.kind;
            s.internal = demo.internal;
            s.unit = QString::fromUtf8(demo.unit);
            s.projectRole = QString::fromUtf8(demo.role);
            s.influence = demo.influence;
            s.affectedness = demo.affectedness;
            s.engagementNow = demo.now;
            s.engagementTarget = demo.target;
            s.concerns = QString::fromUtf8(demo.concerns);
            s.strategy = demo.strategy;
            s.noteBefore = QString::fromUtf8(demo.before);
            s.noteDuring = QString::fromUtf8(demo.during);
            s.noteAfter = QString::fromUtf8(demo.after);
            s.ownerId = personFor(demo.owner);
            if (demo.nextContactDays != 0)
                s.nextContact = asOf.addDays(demo.nextContactDays);
            s.lastReviewed = asOf.addDays(-14);
            if (!stakeholders.add(&s, error))
                return false;
            ids.append(s.id);
        }
        CommunicationRepository plan(db);
        for (const DemoItem &demo : kItems) {
            CommunicationItem item;
            item.municipalityId = municipality.id;
            item.stakeholderId = demo.stakeholder >= 0 ? ids.value(demo.stakeholder) : 0;
            item.targetGroup = QString::fromUtf8(demo.targetGroup);
            item.occasion = QString::fromUtf8(demo.occasion);
            item.message = QString::fromUtf8(demo.message);
            item.goal = QString::fromUtf8(demo.goal);
            item.channel = demo.channel;
            item.senderId = personFor(demo.sender);
            item.responsibleId = personFor(demo.responsible);
            item.plannedOn = asOf.addDays(demo.days);
            item.status = demo.status;
            if (demo.status == CommunicationStatus::Done)
                item.doneOn = item.plannedOn;
            if (!plan.add(&item, error))
                return false;
        }
        return true;
    });
}

} // namespace parat
