#include "DemoSuperusers.h"

#include "domain/Calendar.h"
#include "planning/Capacity.h"
#include "services/CapacityLoader.h"
#include "storage/AllocationRepository.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"

#include <cmath>

namespace parat {

namespace {

struct ExtraSuperuser
{
    const char *name;
    const char *unit;
    const char *email;
    const char *manager; // name of a person DemoBuilder added
    bool klik;
};

// Fictional people, like DemoBuilder's.
constexpr ExtraSuperuser kExtra[] = {
    {"Sara Mikkelsen", "Myndighed 0-17 år", "samk@vejle.example", "Hanne Lund", true},
    {"Henrik Bruun", "Handicap og familie", "hebr@vejle.example", "Peter Bach", true},
    {"Louise Friis", "Forebyggelse", "lofr@vejle.example", "Sofie Dahl", true},
    {"Nadia Hansen", "Myndighed 0-17 år", "naha@vejle.example", "Hanne Lund", false},
};

struct Profile
{
    const char *team;
    int caseworkers;
    int appointedWeeks; // weeks before go-live
    int trainedWeeks; // weeks before go-live; 0: not trained yet
};

// Superuser details by name: Forebyggelse ends up with 21 caseworkers per superuser (a warning), Nadia joined
// late and is not trained yet, Ole was trained a week after the training milestone.
const QHash<QString, Profile> &profiles()
{
    static const QHash<QString, Profile> all {
        {QStringLiteral("Anne Kristensen"), {"Modtagelse", 14, 36, 13}},
        {QStringLiteral("Thomas Nielsen"), {"Børnefaglige undersøgelser", 16, 36, 13}},
        {QStringLiteral("Mette Poulsen"), {"Anbringelse", 15, 36, 13}},
        {QStringLiteral("Karina Jensen"), {"Handicap børn", 12, 34, 13}},
        {QStringLiteral("Ole Sørensen"), {"Familiebehandling", 13, 34, 11}},
        {QStringLiteral("Line Andersen"), {"Tidlig indsats", 22, 34, 13}},
        {QStringLiteral("Sara Mikkelsen"), {"Modtagelse", 15, 30, 13}},
        {QStringLiteral("Henrik Bruun"), {"Handicap unge", 12, 30, 12}},
        {QStringLiteral("Louise Friis"), {"Skole og dagtilbud", 20, 30, 12}},
        {QStringLiteral("Nadia Hansen"), {"Efterværn", 10, 12, 0}},
    };
    return all;
}

} // namespace

bool addDemoAllocations(Database &db, const Municipality &municipality, const QDate &asOf, QString *error)
{
    const QDate goLive = municipality.goLive;
    if (!goLive.isValid()) {
        *error = DemoSuperusersText::tr("The demo municipality has no go-live date.");
        return false;
    }
    PersonRepository people(db);
    AllocationRepository allocations(db);
    return db.write(error, [&] {
        QList<Person> staff = people.forMunicipality(municipality.id);
        const auto byName = [&](const QString &name) -> const Person * {
            for (const Person &person : std::as_const(staff)) {
                if (person.name == name)
                    return &person;
            }
            return nullptr;
        };
        for (const ExtraSuperuser &extra : kExtra) {
            if (byName(QString::fromUtf8(extra.name)))
                continue;
            Person person;
            person.municipalityId = municipality.id;
            person.name = QString::fromUtf8(extra.name);
            person.unit = QString::fromUtf8(extra.unit);
            person.email = QString::fromUtf8(extra.email);
            person.roles = {Role::SU};
            const Person *manager = byName(QString::fromUtf8(extra.manager));
            person.managerId = manager ? manager->id : 0;
            person.registeredInKlik = extra.klik;
            if (!people.add(&person, error))
                return false;
            staff.append(person);
        }

        const QString owner = municipality.projectOwner;
        const Person *ownerPerson = byName(owner);
        const QDate approvedOn = goLive.addDays(-7 * 38);
        for (const Person &person : std::as_const(staff)) {
            const Person *manager = nullptr;
            for (const Person &other : std::as_const(staff)) {
                if (other.id == person.managerId)
                    manager = &other;
            }
            SuperuserDetails details;
            QList<Allocation> plan;
            if (person.roles.contains(Role::SU)) {
                const Profile profile = profiles().value(person.name, {"", 12, 30, 12});
                details.team = QString::fromUtf8(profile.team);
                details.caseworkersCovered = profile.caseworkers;
                details.appointedOn = goLive.addDays(-7 * profile.appointedWeeks);
                if (profile.trainedWeeks > 0)
                    details.trainedOn = goLive.addDays(-7 * profile.trainedWeeks - 4);
                plan = suggestedPlan(person.id, goLive);
                // Superusers appointed late start their hours when they are appointed.
                const int appointedWeek = weekKey(details.appointedOn);
                QList<Allocation> trimmed;
                for (Allocation allocation : std::as_const(plan)) {
                    if (allocation.toWeek < appointedWeek)
                        continue;
                    allocation.fromWeek = std::max(allocation.fromWeek, appointedWeek);
                    trimmed.append(allocation);
                }
                plan = trimmed;
            } else if (person.roles.contains(Role::PL)) {
                details.team = QStringLiteral("Projektledelse");
                details.appointedOn = goLive.addDays(-7 * 42);
                details.trainedOn = goLive.addDays(-7 * 20);
                const int g = weekKey(goLive);
                plan = {{0, person.id, addWeeksToKey(g, -40), addWeeksToKey(g, -7), 22.0, 0, {}, {}, {}},
                        {0, person.id, addWeeksToKey(g, -6), addWeeksToKey(g, 2), 30.0, 0, {}, {}, {}},
                        {0, person.id, addWeeksToKey(g, 3), addWeeksToKey(g, 8), 15.0, 0, {}, {}, {}},
                        {0, person.id, addWeeksToKey(g, 9), addWeeksToKey(g, 52), 4.0, 0, {}, {}, {}}};
                manager = ownerPerson;
            } else if (person.roles.contains(Role::FL)) {
                details.team = QStringLiteral("Ledelse");
                details.appointedOn = goLive.addDays(-7 * 40);
                const int g = weekKey(goLive);
                plan = {{0, person.id, addWeeksToKey(g, -30), addWeeksToKey(g, 52), 3.0, 0, {}, {}, {}}};
                manager = ownerPerson;
            } else {
                // The rest of the project organisation: a little time through the project, enough for their tasks.
                const int g = weekKey(goLive);
                double hours = 0.0;
                if (person.roles.contains(Role::SA))
                    hours = 5.0;
                else if (person.roles.contains(Role::IT) || person.roles.contains(Role::KOMM))
                    hours = 2.0;
                else if (person.roles.contains(Role::OK))
                    hours = 1.5;
                else if (person.roles.contains(Role::PE))
                    hours = 1.0;
                if (hours <= 0.0)
                    continue;
                plan = {{0, person.id, addWeeksToKey(g, -40), addWeeksToKey(g, 52), hours, 0, {}, {}, {}}};
                manager = ownerPerson && ownerPerson->id != person.id ? ownerPerson : nullptr;
                for (Allocation &allocation : plan) {
                    allocation.approvedById = manager ? manager->id : 0;
                    allocation.approvedBy = manager ? manager->name : QStringLiteral("Styregruppen");
                    allocation.approvedOn = approvedOn;
                    if (!allocations.add(&allocation, error))
                        return false;
                }
                continue;
            }
            if (!people.setSuperuserDetails(person.id, details, error))
                return false;
            for (Allocation &allocation : plan) {
                allocation.approvedById = manager ? manager->id : 0;
                allocation.approvedBy = manager ? manager->name : owner;
                allocation.approvedOn = approvedOn;
                if (!allocations.add(&allocation, error))
                    return false;
            }
        }

        // The superuser with the most work in the two weeks before go-live has their hours cut there (covering a
        // colleague on leave): believable over-allocated weeks right where it matters.
        const CapacityPlan capacity = loadCapacity(db, municipality.id, asOf);
        const int g = weekKey(goLive);
        const int before2 = capacity.weekIndex(addWeeksToKey(g, -2));
        const int before1 = capacity.weekIndex(addWeeksToKey(g, -1));
        if (before2 < 0 || before1 < 0)
            return true;
        const CapacityRow *busiest = nullptr;
        double most = 0.0;
        for (const CapacityRow &row : capacity.rows) {
            const double needed = std::min(row.cells.at(before2).needed, row.cells.at(before1).needed);
            if (row.superuser && needed > most) {
                most = needed;
                busiest = &row;
            }
        }
        if (!busiest)
            return true;
        for (const Allocation &existing : allocations.forPerson(busiest->person.id)) {
            if (!existing.covers(addWeeksToKey(g, -2)))
                continue;
            const double cut = std::max(0.5, std::floor(most * 2.0 * 0.6) / 2.0);
            Allocation head = existing;
            head.toWeek = addWeeksToKey(g, -3);
            Allocation middle = existing;
            middle.id = 0;
            middle.fromWeek = addWeeksToKey(g, -2);
            middle.toWeek = std::min(existing.toWeek, addWeeksToKey(g, -1));
            middle.hoursPerWeek = cut;
            middle.note = QStringLiteral("Dækker for en kollega på orlov; aftalt med lederen.");
            // The period may end before go-live (a peak that skips a holiday week): then there is no tail.
            QList<Allocation> added {middle};
            if (existing.toWeek >= g) {
                Allocation tail = existing;
                tail.id = 0;
                tail.fromWeek = g;
                added.append(tail);
            }
            if (head.toWeek >= head.fromWeek) {
                head.id = 0;
                added.prepend(head);
            }
            if (!allocations.replace({existing.id}, &added, error))
                return false;
            break;
        }
        return true;
    });
}

} // namespace parat
