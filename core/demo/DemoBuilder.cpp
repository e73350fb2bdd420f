#include "demo/DemoBuilder.h"

#include "demo/DemoGoLive.h"
#include "demo/DemoRisks.h"
#include "demo/DemoRunbook.h"
#include "demo/DemoStakeholders.h"
#include "demo/DemoSuperusers.h"
#include "domain/OfficialMunicipalities.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"
#include "storage/PersonRepository.h"
#include "storage/TaskRepository.h"

#include <QByteArray>
#include <QHash>
#include <QTimeZone>

namespace parat {

namespace {

struct DemoPerson
{
    const char *name;
    const char *unit;
    const char *email;
    const char *roles;
    int manager; // index into the list, -1 for none
    bool klik;
};

// Fictional people of a fictional project organisation.
constexpr DemoPerson kPeople[] = {
    {"Birgitte Holm", "Børn og Familie", "biho@vejle.example", "PE SG", -1, true},
    {"Mads Kjær", "Børn og Familie, stab", "maky@vejle.example", "PL", 0, true},
    {"Hanne Lund", "Myndighed 0-17 år", "halu@vejle.example", "FL SG", 0, true},
    {"Peter Bach", "Handicap og familie", "peba@vejle.example", "FL", 0, true},
    {"Sofie Dahl", "Forebyggelse", "sodk@vejle.example", "FL", 0, false},
    {"Jonas Winther", "Digitalisering", "jowi@vejle.example", "SA KA", 1, true},
    {"Lars Møller", "IT-drift", "lamo@vejle.example", "IT", -1, false},
    {"Rikke Thomsen", "Økonomi", "rith@vejle.example", "OK", -1, false},
    {"Camilla Skov", "Kommunikation og HR", "cask@vejle.example", "KOMM", -1, false},
    {"Anne Kristensen", "Myndighed 0-17 år", "ankr@vejle.example", "SU", 2, true},
    {"Thomas Nielsen", "Myndighed 0-17 år", "thni@vejle.example", "SU", 2, true},
    {"Mette Poulsen", "Myndighed 0-17 år", "mepo@vejle.example", "SU", 2, true},
    {"Karina Jensen", "Handicap og familie", "kaje@vejle.example", "SU", 3, true},
    {"Ole Sørensen", "Handicap og familie", "olso@vejle.example", "SU", 3, false},
    {"Line Andersen", "Forebyggelse", "lian@vejle.example", "SU", 4, true},
};

QDateTime at(const QDate &day, int hour)
{
    return QDateTime(day, QTime(hour, 0), QTimeZone(QByteArrayLiteral("Europe/Copenhagen"))).toUTC();
}

// A stable small number from a task key (FNV-1a over UTF-8), so the demo is the same for the same date in
// every process — qHash is seeded per process.
uint spread(const QString &key)
{
    quint32 hash = 2166136261u;
    const QByteArray bytes = key.toUtf8();
    for (const char byte : bytes) {
        hash ^= quint8(byte);
        hash *= 16777619u;
    }
    return hash % 100u;
}

// Adds the project organisation's people to the municipality and to staff, in the order of kPeople.
bool addDemoPeople(PersonRepository &people, const Municipality &municipality, QList<Person> *staff, QString *error)
{
    for (const DemoPerson &demo : kPeople) {
        Person person;
        person.municipalityId = municipality.id;
        person.name = QString::fromUtf8(demo.name);
        person.unit = QString::fromUtf8(demo.unit);
        person.email = QString::fromUtf8(demo.email);
        person.roles = rolesFromCodes(QString::fromUtf8(demo.roles));
        person.managerId = demo.manager >= 0 ? staff->at(demo.manager).id : 0;
        person.registeredInKlik = demo.klik;
        if (!people.add(&person, error))
            return false;
        staff->append(person);
    }
    return true;
}

// Picks the person for a task's role: people of a role take turns; a role no one has goes to the project leader.
class RolePicker
{
public:
    explicit RolePicker(const QList<Person> &staff)
        : m_projectLeader(staff.at(1).id)
    {
        for (const Person &person : staff) {
            for (Role role : person.roles)
                m_byRole[role].append(person.id);
        }
    }

    Id pick(const std::optional<Role> &role)
    {
        if (!role || m_byRole.value(*role).isEmpty())
            return m_projectLeader;
        const QList<Id> &ids = m_byRole[*role];
        return ids.at(m_turn[*role]++ % ids.size());
    }

private:
    Id m_projectLeader;
    QHash<Role, QList<Id>> m_byRole;
    QHash<Role, int> m_turn;
};

QDate releaseOf(const PlannedTask &item)
{
    return item.release.isValid() ? item.release : item.due.addDays(-28);
}

// Done locally, not yet marked in KLIK: the mandatory task whose deadline passed last (it is done below).
Id klikGapTask(const QList<PlannedTask> &planned, const QDate &asOf)
{
    Id klikGap = 0;
    QDate klikGapDue;
    for (const PlannedTask &item : planned) {
        if (item.task.mandatory && releaseOf(item) < asOf && item.due < asOf
            && (!klikGapDue.isValid() || item.due > klikGapDue)) {
            klikGap = item.task.id;
            klikGapDue = item.due;
        }
    }
    return klikGap;
}

// How the tasks played so far went, for the ones still to play.
struct DemoProgress
{
    Id klikGap = 0;
    int overdueLeft = 3;
    bool blocked = false;
};

// Done, a little before or around the deadline.
bool playDone(TaskRepository &tasks, const PlannedTask &item, TaskState state, const QDate &asOf, Id klikGap,
              QString *error)
{
    const Task &task = item.task;
    const QDate release = releaseOf(item);
    const uint dice = spread(task.key);
    const QDate started = release.addDays(qMin<qint64>(7, release.daysTo(asOf)));
    state.status = Status::InProgress;
    if (!tasks.setState(state, at(started, 10), error))
        return false;
    QDate doneOn = item.due.addDays(-int(dice % 6));
    if (doneOn > asOf)
        doneOn = asOf;
    if (doneOn < started)
        doneOn = started;
    state.status = Status::Done;
    state.doneOn = doneOn;
    if (task.mandatory && task.id != klikGap)
        state.klikMarkedOn = doneOn.addDays(dice % 3 < 2 ? 1 : 3) > asOf ? asOf : doneOn.addDays(1);
    return tasks.setState(state, at(doneOn, 14), error);
}

// Assigns the task and plays its history up to asOf: done, overdue, waiting or in progress.
bool playTask(TaskRepository &tasks, const PlannedTask &item, RolePicker &picker, const QDate &asOf,
              DemoProgress *progress, QString *error)
{
    const Task &task = item.task;
    TaskState state = item.state;
    state.version = -1; // a new plan no one else has open: its steps below are not checked against versions
    state.responsiblePersonId = picker.pick(task.responsibleRole);
    state.performerPersonId = picker.pick(task.performerRole ? task.performerRole : task.responsibleRole);
    const QDate release = releaseOf(item);
    const uint dice = spread(task.key);
    const int daysPast = int(item.due.daysTo(asOf));

    // Assignment happens when the task is released; tasks not released yet were assigned at a planning
    // meeting four weeks ago.
    const QDate assignedOn = release < asOf ? release : asOf.addDays(-28);
    if (!tasks.setState(state, at(assignedOn, 9), error))
        return false;

    if (release >= asOf)
        return true; // not released yet: not started, assigned
    if (daysPast > 0 && daysPast <= 21 && progress->overdueLeft > 0 && !task.mandatory) {
        --progress->overdueLeft; // recently overdue: still in progress or not started
        if (progress->overdueLeft != 1) {
            state.status = Status::InProgress;
            if (!tasks.setState(state, at(release.addDays(7) < asOf ? release.addDays(7) : asOf, 10), error))
                return false;
        }
        return true;
    }
    if (daysPast > 0 || (daysPast > -14 && dice < 35))
        return playDone(tasks, item, state, asOf, progress->klikGap, error);
    if (!progress->blocked && task.performerRole == Role::IT) {
        progress->blocked = true;
        state.status = Status::Waiting;
        state.reason = QStringLiteral("Afventer svar fra IT-leverandøren om adgang via den fælles brugerstyring.");
        state.note = QStringLiteral("Rykket på mødet med IT-drift; ny frist aftales på næste styregruppemøde.");
        return tasks.setState(state, at(release.addDays(3) < asOf ? release.addDays(3) : asOf, 11), error);
    }
    if (dice < 60) {
        state.status = Status::InProgress;
        if (dice < 15)
            state.note = QStringLiteral("Drøftes på superbrugermødet i næste uge.");
        const QDate startedOn = release.addDays(7) < asOf ? release.addDays(7) : asOf;
        if (!tasks.setState(state, at(startedOn, 10), error))
            return false;
    }
    return true;
}

} // namespace

QDate DemoBuilder::goLiveFor(const QDate &asOf)
{
    // At a year shift, as the national rollout was: the go-live weeks then fall in the Christmas holidays,
    // and the demo shows the capacity problem that brings. Two weeks ahead at least, so the last tasks before
    // go-live are still to come (a demo built in the last days of December goes live a year later).
    const QDate next(asOf.year() + 1, 1, 1);
    return asOf.daysTo(next) >= 14 ? next : next.addYears(1);
}

bool DemoBuilder::build(const QDate &asOf, Municipality *created, QString *error)
{
    MunicipalityRepository municipalities(m_db);
    PersonRepository people(m_db);
    TaskRepository tasks(m_db);

    const auto info = officialMunicipality(demoCode());
    if (!info) {
        *error = tr("The list of municipalities is missing from this build of Parat.");
        return false;
    }
    if (municipalities.byCode(demoCode())) {
        *error = tr("The demo municipality %1 %2 is already in the database.").arg(info->code, info->name);
        return false;
    }

    return m_db.write(error, [&] {
        Municipality municipality;
        municipality.code = info->code;
        municipality.name = info->name;
        municipality.region = info->region;
        municipality.goLive = goLiveFor(asOf);
        municipality.projectOwner = QString::fromUtf8(kPeople[0].name);
        municipality.projectLeader = QString::fromUtf8(kPeople[1].name);
        if (!municipalities.add(&municipality, error))
            return false;

        QList<Person> staff;
        if (!addDemoPeople(people, municipality, &staff, error))
            return false;
        if (!addDemoStakeholders(m_db, municipality, asOf, error))
            return false;

        RolePicker picker(staff);
        const QList<PlannedTask> planned = tasks.plannedTasks(municipality.id);
        DemoProgress progress;
        progress.klikGap = klikGapTask(planned, asOf);
        for (const PlannedTask &item : planned) {
            if (!playTask(tasks, item, picker, asOf, &progress, error))
                return false;
        }
        // Superuser details and hours set aside, with a believable crunch around go-live.
        if (m_withSuperuserPlan && !addDemoAllocations(m_db, municipality, asOf, error))
            return false;
        if (!addDemoRiskLog(m_db, municipality, asOf, error))
            return false;
        if (!addDemoGoLive(m_db, municipality, asOf, error))
            return false;
        if (!addDemoRunbook(m_db, municipality, error))
            return false;
        if (created)
            *created = municipality;
        return true;
    });
}

} // namespace parat
