#include "report/TaskSheet.h"

#include "domain/Calendar.h"
#include "domain/Language.h"
#include "report/OutputTarget.h"
#include "services/CalendarEntries.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace parat {

namespace {

QString hours(double value)
{
    return TaskSheet::tr("%1 h").arg(hoursText(value));
}

QString dueText(const PersonTask &task, const QString &language)
{
    const QString date
        = TaskSheet::tr("%1 (%2)").arg(formatDate(task.planned.due, language), weekLabel(task.planned.due));
    return task.overdue ? TaskSheet::tr("%1 – overdue").arg(date) : date;
}

QList<ReportBlock> taskBlocks(const PersonPlan &plan, const Person &person, const QList<PersonTask> &tasks)
{
    QList<ReportBlock> blocks;
    for (const PersonTask &task : tasks) {
        const Task &t = task.planned.task;
        blocks.append(ReportBlock::paragraph(QStringLiteral("%1 %2").arg(t.key, t.title(plan.language)), true));
        ReportBlock facts;
        facts.kind = ReportBlock::Kind::Facts;
        facts.facts.append({TaskSheet::tr("Due"), dueText(task, plan.language)});
        facts.facts.append({TaskSheet::tr("Your part"), personPartName(task.part)});
        const QString ask = whomToAsk(plan, task, person.id);
        facts.facts.append({TaskSheet::tr("Ask"), ask.isEmpty() ? TaskSheet::tr("nobody named yet") : ask});
        facts.facts.append({TaskSheet::tr("Hours"), hours(task.hours)});
        facts.facts.append({TaskSheet::tr("Status"), statusName(task.planned.state.status)});
        blocks.append(facts);
        const QString description = t.descriptionDa.trimmed();
        blocks.append(description.isEmpty() ? ReportBlock::note(TaskSheet::tr("No description in the handbook."))
                                            : ReportBlock::paragraph(description));
    }
    return blocks;
}

ReportTable hoursTable(const PersonPlan &plan, const Person &person, const TaskSheetPeriod &period)
{
    ReportTable table;
    table.header
        = {TaskSheet::tr("Week"), TaskSheet::tr("Set aside"), TaskSheet::tr("Needed"), TaskSheet::tr("Difference")};
    table.widths = {34, 22, 22, 22};
    HoursBalance total;
    for (int i = 0, key = period.fromWeek; i < period.weeks && key != 0; ++i, key = nextWeekKey(key)) {
        const HoursBalance week = hoursBalance(plan.capacity, person.id, key, key);
        total.setAside += week.setAside;
        total.needed += week.needed;
        const double difference = week.setAside - week.needed;
        table.rows.append({weekYearLabel(key), hours(week.setAside), hours(week.needed),
                           week.needsMore() ? TaskSheet::tr("%1 short").arg(hours(-difference))
                                            : TaskSheet::tr("%1 free").arg(hours(difference))});
    }
    const double difference = total.setAside - total.needed;
    table.rows.append({TaskSheet::tr("Total"), hours(total.setAside), hours(total.needed),
                       total.needsMore() ? TaskSheet::tr("%1 short").arg(hours(-difference))
                                         : TaskSheet::tr("%1 free").arg(hours(difference))});
    table.strongRows = {int(table.rows.size()) - 1};
    return table;
}

ReportTable communicationTable(const PersonPlan &plan, const QList<CommunicationItem> &items)
{
    ReportTable table;
    table.header = {TaskSheet::tr("Planned"), TaskSheet::tr("To"), TaskSheet::tr("What"), TaskSheet::tr("Channel")};
    table.widths = {18, 24, 40, 18};
    for (const CommunicationItem &item : items) {
        const QString to = item.stakeholderId != 0 ? plan.stakeholders.value(item.stakeholderId) : item.targetGroup;
        const QString what = !item.occasion.trimmed().isEmpty() ? item.occasion.trimmed() : item.message.trimmed();
        QString when = formatDateShort(item.plannedOn, plan.language);
        if (item.status == CommunicationStatus::Done)
            when = TaskSheet::tr("%1 (done)").arg(when);
        table.rows.append({when, to, what, channelName(item.channel)});
    }
    return table;
}

} // namespace

QDate TaskSheetPeriod::start() const
{
    return mondayOfWeekKey(fromWeek);
}

QDate TaskSheetPeriod::end() const
{
    const QDate monday = start();
    return monday.isValid() ? monday.addDays(qint64(weeks) * 7 - 1) : QDate();
}

int TaskSheetPeriod::toWeek() const
{
    return addWeeksToKey(fromWeek, weeks - 1);
}

ReportContent TaskSheet::content(const PersonPlan &plan, const Person &person, const TaskSheetPeriod &period)
{
    const QString &language = plan.language;
    const QString range = weekRangeLabel(period.fromWeek, period.toWeek());
    ReportContent content;
    content.language = language;
    content.title = tr("Task sheet – %1").arg(person.name);
    content.headerLeft = QStringLiteral("%1 %2").arg(plan.municipality.code, plan.municipality.name);
    content.headerRight = tr("Task sheet %1").arg(range);

    content.blocks.append(ReportBlock::heading(tr("Tasks of %1").arg(person.name)));
    ReportBlock facts;
    facts.kind = ReportBlock::Kind::Facts;
    facts.facts.append(
        {tr("Period"),
         tr("%1 (%2 to %3)").arg(range, formatDate(period.start(), language), formatDate(period.end(), language))});
    if (!person.unit.trimmed().isEmpty())
        facts.facts.append({tr("Unit"), person.unit.trimmed()});
    if (!plan.municipality.projectLeader.trimmed().isEmpty())
        facts.facts.append({tr("Project leader"), plan.municipality.projectLeader.trimmed()});
    facts.facts.append(
        {tr("Go-live"),
         plan.municipality.goLive.isValid() ? formatDate(plan.municipality.goLive, language) : tr("not decided")});
    facts.facts.append({tr("Made"), formatDate(plan.asOf, language)});
    content.blocks.append(facts);

    const QList<PersonTask> tasks
        = sheetTasks(plan.tasks, taskOwner(person, plan.people), period.start(), period.weeks);
    double taskHours = 0.0;
    for (const PersonTask &task : tasks)
        taskHours += task.hours;
    content.blocks.append(ReportBlock::heading(tr("Your tasks")));
    if (tasks.isEmpty()) {
        content.blocks.append(ReportBlock::note(tr("No open tasks are due in this period.")));
    } else {
        content.blocks.append(ReportBlock::paragraph(
            tr("%n open task(s) due by %1, %2 in all. Tasks due before the period and not done are marked overdue.", "",
               int(tasks.size()))
                .arg(formatDate(period.end(), language), hours(taskHours))));
        content.blocks += taskBlocks(plan, person, tasks);
    }

    content.blocks.append(ReportBlock::heading(tr("Your hours")));
    content.blocks.append(ReportBlock::paragraph(
        tr("Hours set aside for the project (after public holidays) against the hours your tasks need, week by "
           "week, as the superuser plan counts them.")));
    content.blocks.append(ReportBlock::tableBlock(hoursTable(plan, person, period)));

    content.blocks.append(ReportBlock::heading(tr("Communication you send")));
    const QList<CommunicationItem> sent = sentCommunication(plan, person.id, period.start(), period.end());
    if (sent.isEmpty())
        content.blocks.append(ReportBlock::note(tr("No communication planned for you to send in this period.")));
    else
        content.blocks.append(ReportBlock::tableBlock(communicationTable(plan, sent)));
    return content;
}

QString TaskSheet::fileName(const Municipality &municipality, const QString &personName)
{
    QString name = calendarFileName(municipality, personName);
    if (name.endsWith(QLatin1String(".ics")))
        name.chop(4);
    return name + QStringLiteral("-opgaveark.pdf");
}

QList<Person> TaskSheet::peopleOf(const PersonPlan &plan, SheetPeople which)
{
    return which == SheetPeople::Superusers ? plan.superusers() : plan.people;
}

bool TaskSheet::write(Database &db, const PersonPlan &plan, const Person &person, const TaskSheetPeriod &period,
                      const QString &path, QString *error)
{
    if (!checkOutputTarget(db, path, error))
        return false;
    // A sheet replaces an earlier sheet, never a file of another kind that happens to have its name.
    if (QFile existing(path); existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly) || existing.read(5) != QByteArrayLiteral("%PDF-")) {
            *error = tr("%1 exists and is not a PDF; Parat leaves it alone. Move it or choose another folder.")
                         .arg(QDir::toNativeSeparators(path));
            return false;
        }
    }
    return ReportWriter::writePdf(content(plan, person, period), path, error);
}

bool TaskSheet::writeAll(Database &db, const PersonPlan &plan, const QList<Person> &people,
                         const TaskSheetPeriod &period, const QString &folder, const BatchProgress &progress,
                         QStringList *written, bool *cancelled, QString *error)
{
    *cancelled = false;
    written->clear();
    if (!checkOutputFolder(db, folder, error))
        return false;
    if (!QDir().mkpath(folder)) {
        *error = tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    QSet<QString> used;
    const int total = int(people.size());
    for (int i = 0; i < total; ++i) {
        const Person &person = people.at(i);
        if (progress && !progress(i, total, person.name)) {
            *cancelled = true;
            return true;
        }
        QString name = fileName(plan.municipality, person.name);
        for (int n = 2; used.contains(name); ++n)
            name = fileName(plan.municipality, person.name)
                       .replace(QStringLiteral("-opgaveark.pdf"), QStringLiteral("-%1-opgaveark.pdf").arg(n));
        used.insert(name);
        const QString path = QDir(folder).filePath(name);
        QString failure;
        if (!write(db, plan, person, period, path, &failure)) {
            *error = tr("The task sheet of %1 failed: %2").arg(person.name, failure);
            return false;
        }
        written->append(path);
    }
    if (progress)
        progress(total, total, QString());
    return true;
}

int TaskSheet::parseWeek(const QString &text, int fallbackYear)
{
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-?[Ww](\\d{1,2})$"));
    static const QRegularExpression bare(QStringLiteral("^(\\d{1,2})$"));
    const QString trimmed = text.trimmed();
    int year = fallbackYear;
    int week = 0;
    if (const QRegularExpressionMatch m = iso.match(trimmed); m.hasMatch()) {
        year = m.captured(1).toInt();
        week = m.captured(2).toInt();
    } else if (const QRegularExpressionMatch b = bare.match(trimmed); b.hasMatch()) {
        week = b.captured(1).toInt();
    } else {
        return 0;
    }
    if (year < 1583 || year > 9999 || week < 1 || week > isoWeeksInYear(year))
        return 0;
    return weekKey(year, week);
}

} // namespace parat
