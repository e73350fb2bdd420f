// The plan as an iCalendar file: entries from the plan (services/CalendarEntries), written by libical
// (report/IcsWriter) and read back by libical's own parser, as a calendar program would.
#include "Fixtures.h"
#include "TestSupport.h"

#include "domain/Clock.h"
#include "domain/Language.h"
#include "report/IcsWriter.h"
#include "services/CalendarEntries.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/TaskRepository.h"

#include <libical/ical.h>

#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace parat;

namespace {

using Fixture = test::DemoDatabase;

// One VEVENT as a calendar program sees it.
struct Event
{
    QString uid;
    QDate start;
    QDate end;
    QString summary;
    QString description;
    int sequence = -1;
    bool cancelled = false;
};

QDate dateOf(const icaltimetype &time)
{
    return icaltime_is_null_time(time) ? QDate() : QDate(time.year, time.month, time.day);
}

// Parses the file with libical; fails the test when it is not one well-formed VCALENDAR.
QList<Event> parse(const QByteArray &bytes, QString *calendarName = nullptr)
{
    icalcomponent *calendar = icalparser_parse_string(bytes.constData());
    REQUIRE(calendar);
    REQUIRE(icalcomponent_isa(calendar) == ICAL_VCALENDAR_COMPONENT);
    CHECK(icalcomponent_count_errors(calendar) == 0);
    if (calendarName) {
        for (icalproperty *p = icalcomponent_get_first_property(calendar, ICAL_X_PROPERTY); p;
             p = icalcomponent_get_next_property(calendar, ICAL_X_PROPERTY)) {
            if (QByteArray(icalproperty_get_x_name(p)) == "X-WR-CALNAME")
                *calendarName = QString::fromUtf8(icalproperty_get_x(p));
        }
    }
    QList<Event> events;
    for (icalcomponent *c = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); c;
         c = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        Event event;
        event.uid = QString::fromUtf8(icalcomponent_get_uid(c));
        event.start = dateOf(icalcomponent_get_dtstart(c));
        CHECK(icalcomponent_get_dtstart(c).is_date == 1);
        event.end = dateOf(icalcomponent_get_dtend(c));
        event.summary = QString::fromUtf8(icalcomponent_get_summary(c));
        if (const char *text = icalcomponent_get_description(c))
            event.description = QString::fromUtf8(text);
        event.sequence = icalcomponent_get_sequence(c);
        event.cancelled = icalcomponent_get_status(c) == ICAL_STATUS_CANCELLED;
        events.append(event);
    }
    icalcomponent_free(calendar);
    return events;
}

QByteArray exportOf(Fixture &f, const CalendarScope &scope, const QDateTime &stamp, QString personName = {})
{
    return icsCalendar(calendarName(f.demo, personName), calendarEntries(f.db, f.demo, scope), stamp);
}

} // namespace

TEST_CASE("The calendar file holds every deadline, milestone, go-live and communication, readable by libical",
          "[calendar][ics]")
{
    Fixture f;
    installTranslations(QStringLiteral("da"));
    const QList<CalendarEntry> entries = calendarEntries(f.db, f.demo, {});
    QString name;
    const QList<Event> events = parse(icsCalendar(calendarName(f.demo), entries, f.clock.now()), &name);
    CHECK(name == QStringLiteral("Parat – 0630 Vejle"));
    REQUIRE(events.size() == entries.size());

    QSet<QString> uids;
    int deadlines = 0;
    for (const PlannedTask &planned : TaskRepository(f.db).plannedTasks(f.demo.id, true))
        deadlines += planned.due.isValid() ? 1 : 0;
    for (const Event &event : events) {
        CHECK_FALSE(uids.contains(event.uid));
        uids.insert(event.uid);
        CHECK(event.end == event.start.addDays(1)); // all-day entries
    }
    const auto byUid = [&](const QString &uid) {
        for (const Event &event : events) {
            if (event.uid == uid)
                return event;
        }
        FAIL("no entry " << uid.toStdString());
        return Event();
    };
    // Each task with a deadline once, go-live once, and the communication plan's dated items.
    int taskEvents = 0;
    for (const QString &uid : std::as_const(uids))
        taskEvents += uid.contains(QStringLiteral("-task-")) ? 1 : 0;
    CHECK(taskEvents == deadlines);
    const Event goLive = byUid(QStringLiteral("0630-go-live@parat"));
    CHECK(goLive.start == f.demo.goLive);
    CHECK(goLive.summary == QStringLiteral("DUBU 3.0 går i drift i Vejle")); // in Danish
    CHECK(goLive.summary.contains(QStringLiteral("Vejle")));
    int communication = 0;
    for (const QString &uid : std::as_const(uids))
        communication += uid.contains(QStringLiteral("-communication-")) ? 1 : 0;
    CHECK(communication > 0);

    // The text comes back as written: Danish letters, the task's key and title, its deadline.
    const PlannedTask first = TaskRepository(f.db).plannedTasks(f.demo.id).first();
    const Event due = byUid(QStringLiteral("0630-task-%1-due@parat").arg(first.task.key));
    CHECK(due.start == first.due);
    CHECK(due.summary.contains(first.task.key));
    CHECK(due.summary.contains(first.task.titleDa));
    CHECK(due.description.contains(QStringLiteral("Status: ")));
    bool danishLetters = false;
    for (const Event &event : events)
        danishLetters = danishLetters || event.summary.contains(QRegularExpression(QStringLiteral("[æøåÆØÅ]")));
    CHECK(danishLetters);
    installTranslations(QStringLiteral("en"));
}

TEST_CASE("A newer export keeps each entry's identity and is the newer version of it", "[calendar][ics]")
{
    Fixture f;
    const QDateTime first(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC);
    const QList<Event> before = parse(exportOf(f, {}, first));
    // Something changes in the plan; the same entries come back with the same UIDs and a higher SEQUENCE.
    PlannedTask planned = TaskRepository(f.db).plannedTasks(f.demo.id).first();
    TaskState state = planned.state;
    state.municipalityId = f.demo.id;
    state.taskId = planned.task.id;
    state.dueOverride = planned.due.addDays(14);
    QString error;
    REQUIRE(TaskRepository(f.db).setState(state, first.addDays(1), &error));
    const QList<Event> after = parse(exportOf(f, {}, first.addDays(1)));
    QHash<QString, Event> old;
    for (const Event &event : before)
        old.insert(event.uid, event);
    REQUIRE(after.size() == before.size());
    bool moved = false;
    for (const Event &event : after) {
        REQUIRE(old.contains(event.uid));
        CHECK(event.sequence > old.value(event.uid).sequence);
        if (event.uid == QStringLiteral("0630-task-%1-due@parat").arg(planned.task.key)) {
            CHECK(event.start == planned.due.addDays(14));
            moved = true;
        }
    }
    CHECK(moved);
}

TEST_CASE("A task that is no longer relevant stays in the calendar, cancelled", "[calendar][ics]")
{
    Fixture f;
    const auto cancelledUids = [&f] {
        QSet<QString> uids;
        for (const Event &event : parse(exportOf(f, {}, f.clock.now()))) {
            if (event.cancelled)
                uids.insert(event.uid);
        }
        return uids;
    };
    const QSet<QString> before = cancelledUids();
    PlannedTask planned;
    for (const PlannedTask &candidate : TaskRepository(f.db).plannedTasks(f.demo.id)) {
        if (candidate.due.isValid() && candidate.state.status != Status::NotRelevant) {
            planned = candidate;
            break;
        }
    }
    REQUIRE(planned.task.id != 0);
    TaskState state = planned.state;
    state.municipalityId = f.demo.id;
    state.taskId = planned.task.id;
    state.status = Status::NotRelevant;
    state.reason = QStringLiteral("Løses af nabokommunen");
    QString error;
    REQUIRE(TaskRepository(f.db).setState(state, f.clock.now(), &error));
    QSet<QString> expected = before;
    expected.insert(QStringLiteral("0630-task-%1-due@parat").arg(planned.task.key));
    CHECK(cancelledUids() == expected);
    CHECK(before.size() < expected.size());
}

TEST_CASE("A person's calendar has their tasks and communication and go-live - releases only on request",
          "[calendar][ics]")
{
    Fixture f;
    // The person named in the most tasks.
    QHash<Id, int> named;
    const QList<PlannedTask> tasks = TaskRepository(f.db).plannedTasks(f.demo.id, true);
    for (const PlannedTask &planned : tasks) {
        if (planned.due.isValid()) {
            named[planned.state.responsiblePersonId] += planned.state.responsiblePersonId != 0 ? 1 : 0;
            if (planned.state.performerPersonId != planned.state.responsiblePersonId)
                named[planned.state.performerPersonId] += planned.state.performerPersonId != 0 ? 1 : 0;
        }
    }
    Id busiest = 0;
    for (auto it = named.cbegin(); it != named.cend(); ++it) {
        if (it.key() != 0 && (busiest == 0 || it.value() > named.value(busiest)))
            busiest = it.key();
    }
    REQUIRE(busiest != 0);
    const Person person = *PersonRepository(f.db).byId(busiest);

    CalendarScope scope;
    scope.personId = busiest;
    QString name;
    const QList<Event> events = parse(exportOf(f, scope, f.clock.now(), person.name), &name);
    CHECK(name.endsWith(person.name));
    QSet<QString> expected;
    for (const PlannedTask &planned : tasks) {
        if (planned.due.isValid()
            && (planned.state.responsiblePersonId == busiest || planned.state.performerPersonId == busiest))
            expected.insert(QStringLiteral("0630-task-%1-due@parat").arg(planned.task.key));
    }
    QSet<QString> taskUids;
    bool goLive = false;
    for (const Event &event : events) {
        if (event.uid.contains(QStringLiteral("-task-")))
            taskUids.insert(event.uid);
        goLive = goLive || event.uid == QStringLiteral("0630-go-live@parat");
    }
    CHECK(taskUids == expected);
    CHECK(goLive);
    CHECK(events.size() < parse(exportOf(f, {}, f.clock.now())).size());

    // Releases: one more entry per task released before its deadline, with its own identity.
    scope.includeReleases = true;
    const QList<Event> withReleases = parse(exportOf(f, scope, f.clock.now(), person.name));
    int releases = 0;
    for (const Event &event : withReleases)
        releases += event.uid.endsWith(QStringLiteral("-release@parat")) ? 1 : 0;
    CHECK(releases > 0);
    CHECK(withReleases.size() == events.size() + releases);
}

TEST_CASE("Calendar file names are plain ASCII", "[calendar][ics]")
{
    Municipality m;
    m.code = QStringLiteral("0860");
    m.name = QStringLiteral("Hjørring");
    CHECK(calendarFileName(m) == QStringLiteral("parat-0860-hjoerring.ics"));
    CHECK(calendarFileName(m, QStringLiteral("Søren Åberg")) == QStringLiteral("parat-0860-soeren-aaberg.ics"));
}
