#include "services/CalendarEntries.h"

#include "domain/Calendar.h"
#include "domain/Enums.h"
#include "domain/Language.h"
#include "domain/Stakeholder.h"
#include "storage/CommunicationRepository.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/StakeholderRepository.h"
#include "storage/TaskRepository.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace parat {

namespace {

// Stable across exports: the municipality's code and the handbook key (or the plan's own id for communication),
// never a row id that a copy or a re-import could change for tasks.
QString uidFor(const Municipality &municipality, const QString &what)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    QString part = what;
    part.replace(unsafe, QStringLiteral("_"));
    return QStringLiteral("%1-%2@parat").arg(municipality.code, part);
}

QString personName(const QHash<Id, QString> &names, Id id)
{
    return id != 0 ? names.value(id) : QString();
}

QString taskDescription(const PlannedTask &planned, const QHash<Id, QString> &names, const QString &language)
{
    QStringList lines;
    lines << CalendarFileText::tr("Status: %1").arg(statusName(planned.state.status));
    if (const QString who = personName(names, planned.state.responsiblePersonId); !who.isEmpty())
        lines << CalendarFileText::tr("Responsible: %1").arg(who);
    if (const QString who = personName(names, planned.state.performerPersonId); !who.isEmpty())
        lines << CalendarFileText::tr("Performer: %1").arg(who);
    if (planned.due.isValid())
        lines << CalendarFileText::tr("Due: %1 (%2)").arg(formatDate(planned.due, language), weekLabel(planned.due));
    if (planned.task.estimateHours > 0.0)
        lines << CalendarFileText::tr("Estimate: %1 hours")
                     .arg(localeFor(language).toString(planned.task.estimateHours, 'g', 3));
    if (!planned.task.descriptionDa.trimmed().isEmpty())
        lines << QString() << planned.task.descriptionDa.trimmed();
    return lines.join(QLatin1Char('\n'));
}

bool namesPerson(const PlannedTask &planned, Id personId)
{
    return planned.state.responsiblePersonId == personId || planned.state.performerPersonId == personId;
}

void addTaskEntries(const PlannedTask &planned, const Municipality &municipality, const QHash<Id, QString> &names,
                    const CalendarScope &scope, const QString &language, QList<CalendarEntry> *entries)
{
    if (!planned.due.isValid())
        return;
    const Task &task = planned.task;
    const bool cancelled = task.isWithdrawn() || planned.state.status == Status::NotRelevant;
    const bool done = planned.state.status == Status::Done;
    const QString title = QStringLiteral("%1 %2").arg(task.key, task.title(language));
    CalendarEntry due;
    due.kind = task.milestone ? CalendarEntry::Kind::Milestone : CalendarEntry::Kind::TaskDue;
    due.uid = uidFor(municipality, QStringLiteral("task-%1-due").arg(task.key));
    due.date = planned.due;
    due.summary = task.milestone ? CalendarFileText::tr("Milestone: %1").arg(title)
                                 : CalendarFileText::tr("Due: %1").arg(title);
    if (done)
        due.summary = CalendarFileText::tr("%1 (done)").arg(due.summary);
    due.description = taskDescription(planned, names, language);
    due.category = task.milestone ? CalendarFileText::tr("Milestone") : CalendarFileText::tr("Task");
    due.cancelled = cancelled;
    entries->append(due);

    if (scope.includeReleases && planned.release.isValid() && planned.release < planned.due) {
        CalendarEntry release = due;
        release.kind = CalendarEntry::Kind::TaskRelease;
        release.uid = uidFor(municipality, QStringLiteral("task-%1-release").arg(task.key));
        release.date = planned.release;
        release.summary = CalendarFileText::tr("Released: %1").arg(title);
        release.category = CalendarFileText::tr("Task released");
        entries->append(release);
    }
}

void addCommunicationEntries(Database &db, const Municipality &municipality, const QHash<Id, QString> &names,
                             const CalendarScope &scope, QList<CalendarEntry> *entries)
{
    QHash<Id, QString> stakeholders;
    for (const Stakeholder &stakeholder : StakeholderRepository(db).forMunicipality(municipality.id))
        stakeholders.insert(stakeholder.id, stakeholder.name);
    for (const CommunicationItem &item : CommunicationRepository(db).forMunicipality(municipality.id)) {
        if (!item.plannedOn.isValid())
            continue;
        if (scope.personId != 0 && item.senderId != scope.personId && item.responsibleId != scope.personId)
            continue;
        const QString to = item.stakeholderId != 0 ? stakeholders.value(item.stakeholderId) : item.targetGroup;
        const QString what = !item.occasion.trimmed().isEmpty() ? item.occasion.trimmed() : item.message.trimmed();
        CalendarEntry entry;
        entry.kind = CalendarEntry::Kind::Communication;
        entry.uid = uidFor(municipality, QStringLiteral("communication-%1").arg(item.id));
        entry.date = item.plannedOn;
        entry.summary = to.isEmpty() ? CalendarFileText::tr("Communication: %1").arg(what)
                                     : CalendarFileText::tr("Communication to %1: %2").arg(to, what);
        if (item.status == CommunicationStatus::Done)
            entry.summary = CalendarFileText::tr("%1 (done)").arg(entry.summary);
        QStringList lines;
        lines << CalendarFileText::tr("Channel: %1").arg(channelName(item.channel));
        if (const QString who = personName(names, item.senderId); !who.isEmpty())
            lines << CalendarFileText::tr("Sender: %1").arg(who);
        if (const QString who = personName(names, item.responsibleId); !who.isEmpty())
            lines << CalendarFileText::tr("Responsible: %1").arg(who);
        lines << CalendarFileText::tr("Status: %1").arg(communicationStatusName(item.status));
        if (!item.message.trimmed().isEmpty())
            lines << QString() << item.message.trimmed();
        if (!item.goal.trimmed().isEmpty())
            lines << CalendarFileText::tr("Goal: %1").arg(item.goal.trimmed());
        entry.description = lines.join(QLatin1Char('\n'));
        entry.category = CalendarFileText::tr("Communication");
        entry.cancelled = item.status == CommunicationStatus::Cancelled;
        entries->append(entry);
    }
}

QString slug(const QString &text)
{
    QString folded = text.toLower();
    folded.replace(QStringLiteral("æ"), QStringLiteral("ae"));
    folded.replace(QStringLiteral("ø"), QStringLiteral("oe"));
    folded.replace(QStringLiteral("å"), QStringLiteral("aa"));
    folded = folded.normalized(QString::NormalizationForm_KD);
    QString out;
    for (const QChar c : std::as_const(folded)) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c.isDigit())
            out += c;
        else if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            out += QLatin1Char('-');
    }
    static const QRegularExpression dashes(QStringLiteral("-+"));
    out.replace(dashes, QStringLiteral("-"));
    while (out.startsWith(QLatin1Char('-')))
        out.remove(0, 1);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

} // namespace

QList<CalendarEntry> calendarEntries(Database &db, const Municipality &municipality, const CalendarScope &scope)
{
    const QString language = currentLanguage();
    QHash<Id, QString> names;
    for (const Person &person : PersonRepository(db).forMunicipality(municipality.id))
        names.insert(person.id, person.name);

    QList<CalendarEntry> entries;
    for (const PlannedTask &planned : TaskRepository(db).plannedTasks(municipality.id, true)) {
        if (scope.personId != 0 && !namesPerson(planned, scope.personId))
            continue;
        addTaskEntries(planned, municipality, names, scope, language, &entries);
    }
    if (municipality.goLive.isValid()) {
        CalendarEntry goLive;
        goLive.kind = CalendarEntry::Kind::GoLive;
        goLive.uid = uidFor(municipality, QStringLiteral("go-live"));
        goLive.date = municipality.goLive;
        goLive.summary = CalendarFileText::tr("Go-live of DUBU 3.0 in %1").arg(municipality.name);
        goLive.description = CalendarFileText::tr("Go-live date: %1 (%2)")
                                 .arg(formatDate(municipality.goLive, language), weekLabel(municipality.goLive));
        goLive.category = CalendarFileText::tr("Go-live");
        entries.append(goLive);
    }
    addCommunicationEntries(db, municipality, names, scope, &entries);
    std::stable_sort(entries.begin(), entries.end(),
                     [](const CalendarEntry &a, const CalendarEntry &b) { return a.date < b.date; });
    return entries;
}

QString calendarName(const Municipality &municipality, const QString &personName)
{
    const QString base = QStringLiteral("Parat – %1 %2").arg(municipality.code, municipality.name);
    return personName.isEmpty() ? base : QStringLiteral("%1 – %2").arg(base, personName);
}

QString calendarFileName(const Municipality &municipality, const QString &personName)
{
    const QString who = personName.isEmpty() ? slug(municipality.name) : slug(personName);
    return QStringLiteral("parat-%1-%2.ics").arg(municipality.code, who.isEmpty() ? QStringLiteral("plan") : who);
}

} // namespace parat
