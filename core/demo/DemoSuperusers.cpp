#include "DemoSuperusers.h"

#include "domain/Calendar.h"
#include "planning/Capacity.h"
#include "services/CapacityLoader.h"
#include "storage/AllocationRepository.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"

#include <algorithm>
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

const Person *findByName(const QList<Person> &staff, const QString &name)
{
    for (const Person &person : staff) {
        if (person.name == name)
            return &person;
    }
    return nullptr;
}

// Adds the extra superusers not there yet to the municipality and to staff.
bool addExtraSuperusers(PersonRepository &people, const Municipality &municipality, QList<Person> *staff,
                        QString *error)
{
    for (const ExtraSuperuser &extra : kExtra) {
        if (findByName(*staff, QString::fromUtf8(extra.name)))
            continue;
        Person person;
        person.municipalityId = municipality.id;
        person.name = QString::fromUtf8(extra.name);
        person.unit = QString::fromUtf8(extra.unit);
        person.email = QString::fromUtf8(extra.email);
        person.roles = {Role::SU};
        const Person *manager = findByName(*staff, QString::fromUtf8(extra.manager));
        person.managerId = manager ? manager->id : 0;
        person.registeredInKlik = extra.klik;
        if (!people.add(&person, error))
            return false;
        staff->append(person);
    }
    return true;
}

// A superuser's details from their profile and the suggested plan from the week they were appointed.
QList<Allocation> superuserPlan(const Person &person, const QDate &goLive, SuperuserDetails *details)
{
    const Profile profile = profiles().value(person.name, {"", 12, 30, 12});
    details->team = QString::fromUtf8(profile.team);
    details->caseworkersCovered = profile.caseworkers;
    details->appointedOn = goLive.addDays(-7 * profile.appointedWeeks);
    if (profile.trainedWeeks > 0)
        details->trainedOn = goLive.addDays(-7 * profile.trainedWeeks - 4);
    // Superusers appointed late start their hours when they are appointed.
    const int appointedWeek = weekKey(details->appointedOn);
    QList<Allocation> trimmed;
    for (Allocation allocation : suggestedPlan(person.id, goLive)) {
        if (allocation.toWeek < appointedWeek)
            continue;
        allocation.fromWeek = std::max(allocation.fromWeek, appointedWeek);
        trimmed.append(allocation);
    }
    return trimmed;
}

QList<Allocation> projectLeaderPlan(const Person &person, const QDate &goLive, SuperuserDetails *details)
{
    details->team = QStringLiteral("Projektledelse");
    details->appointedOn = goLive.addDays(-7 * 42);
    details->trainedOn = goLive.addDays(-7 * 20);
    const int g = weekKey(goLive);
    return {{0, person.id, addWeeksToKey(g, -40), addWeeksToKey(g, -7), 22.0, 0, {}, {}, {}},
            {0, person.id, addWeeksToKey(g, -6), addWeeksToKey(g, 2), 30.0, 0, {}, {}, {}},
            {0, person.id, addWeeksToKey(g, 3), addWeeksToKey(g, 8), 15.0, 0, {}, {}, {}},
            {0, person.id, addWeeksToKey(g, 9), addWeeksToKey(g, 52), 4.0, 0, {}, {}, {}}};
}

QList<Allocation> managerPlan(const Person &person, const QDate &goLive, SuperuserDetails *details)
{
    details->team = QStringLiteral("Ledelse");
    details->appointedOn = goLive.addDays(-7 * 40);
    const int g = weekKey(goLive);
    return {{0, person.id, addWeeksToKey(g, -30), addWeeksToKey(g, 52), 3.0, 0, {}, {}, {}}};
}

// The rest of the project organisation: a little time through the project, enough for their tasks (none for
// roles without tasks).
QList<Allocation> organisationPlan(const Person &person, const QDate &goLive)
{
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
        return {};
    return {{0, person.id, addWeeksToKey(g, -40), addWeeksToKey(g, 52), hours, 0, {}, {}, {}}};
}

// Adds the plan, approved by the manager (or, without one, in the name of approvedBy).
bool addApproved(AllocationRepository &allocations, QList<Allocation> plan, const Person *manager,
                 const QString &approvedBy, const QDate &approvedOn, QString *error)
{
    for (Allocation &allocation : plan) {
        allocation.approvedById = manager ? manager->id : 0;
        allocation.approvedBy = manager ? manager->name : approvedBy;
        allocation.approvedOn = approvedOn;
        if (!allocations.add(&allocation, error))
            return false;
    }
    return true;
}

// Every person's allocations, and the details of superusers, project leaders and managers.
bool addStaffPlans(PersonRepository &people, AllocationRepository &allocations, const Municipality &municipality,
                   const QList<Person> &staff, QString *error)
{
    const QDate goLive = municipality.goLive;
    const QString owner = municipality.projectOwner;
    const Person *ownerPerson = findByName(staff, owner);
    const QDate approvedOn = goLive.addDays(-7 * 38);
    for (const Person &person : staff) {
        const Person *manager = nullptr;
        for (const Person &other : staff) {
            if (other.id == person.managerId)
                manager = &other;
        }
        SuperuserDetails details;
        QList<Allocation> plan;
        if (person.roles.contains(Role::SU)) {
            plan = superuserPlan(person, goLive, &details);
        } else if (person.roles.contains(Role::PL)) {
            plan = projectLeaderPlan(person, goLive, &details);
            manager = ownerPerson;
        } else if (person.roles.contains(Role::FL)) {
            plan = managerPlan(person, goLive, &details);
            manager = ownerPerson;
        } else {
            plan = organisationPlan(person, goLive);
            if (plan.isEmpty())
                continue;
            manager = ownerPerson && ownerPerson->id != person.id ? ownerPerson : nullptr;
            if (!addApproved(allocations, plan, manager, QStringLiteral("Styregruppen"), approvedOn, error))
                return false;
            continue;
        }
        if (!people.setSuperuserDetails(person.id, details, error))
            return false;
        if (!addApproved(allocations, plan, manager, owner, approvedOn, error))
            return false;
    }
    return true;
}

// The superuser with the most work in the two weeks before go-live has their hours cut there (covering a
// colleague on leave): believable over-allocated weeks right where it matters.
bool cutBusiestSuperuser(Database &db, AllocationRepository &allocations, const Municipality &municipality,
                         const QDate &asOf, QString *error)
{
    const CapacityPlan capacity = loadCapacity(db, municipality.id, asOf);
    const int g = weekKey(municipality.goLive);
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
    // The two weeks may lie in one period or in several (a holiday week has a period of its own): every period
    // that touches them keeps its hours outside them, and the two weeks get the cut hours.
    const int cutFrom = addWeeksToKey(g, -2);
    const int cutTo = addWeeksToKey(g, -1);
    const double cut = std::max(0.5, std::floor(most * 2.0 * 0.6) / 2.0);
    QList<Id> replaced;
    QList<Allocation> added;
    for (const Allocation &existing : allocations.forPerson(busiest->person.id)) {
        if (existing.toWeek < cutFrom || existing.fromWeek > cutTo)
            continue;
        replaced.append(existing.id);
        if (existing.fromWeek < cutFrom) {
            Allocation head = existing;
            head.id = 0;
            head.toWeek = addWeeksToKey(g, -3);
            added.append(head);
        }
        if (existing.toWeek > cutTo) {
            Allocation tail = existing;
            tail.id = 0;
            tail.fromWeek = g;
            added.append(tail);
        }
        if (replaced.size() == 1) {
            Allocation middle = existing;
            middle.id = 0;
            middle.fromWeek = cutFrom;
            middle.toWeek = cutTo;
            middle.hoursPerWeek = cut;
            middle.note = QStringLiteral("Dækker for en kollega på orlov; aftalt med lederen.");
            added.append(middle);
        }
    }
    if (replaced.isEmpty())
        return true;
    std::sort(added.begin(), added.end(),
              [](const Allocation &a, const Allocation &b) { return a.fromWeek < b.fromWeek; });
    return allocations.replace(replaced, &added, error);
}

} // namespace

bool addDemoAllocations(Database &db, const Municipality &municipality, const QDate &asOf, QString *error)
{
    if (!municipality.goLive.isValid()) {
        *error = DemoSuperusersText::tr("The demo municipality has no go-live date.");
        return false;
    }
    PersonRepository people(db);
    AllocationRepository allocations(db);
    return db.write(error, [&] {
        QList<Person> staff = people.forMunicipality(municipality.id);
        return addExtraSuperusers(people, municipality, &staff, error)
            && addStaffPlans(people, allocations, municipality, staff, error)
            && cutBusiestSuperuser(db, allocations, municipality, asOf, error);
    });
}

} // namespace parat
