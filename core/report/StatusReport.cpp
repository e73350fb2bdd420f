#include "StatusReport.h"

#include <algorithm>
#include <iterator>

#include "domain/Calendar.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "report/TrendChart.h"
#include "services/CapacityLoader.h"
#include "storage/HandbookRepository.h"
#include "storage/MunicipalityRepository.h"
#include "storage/TaskRepository.h"

#include <QHash>
#include <QLocale>
#include <QSet>

namespace parat {

namespace {

const QString kDash = QStringLiteral("\u2013");

QString percent(double value, const QString &language)
{
    return StatusReportText::tr("%1 %").arg(localeFor(language).toString(value, 'f', 0));
}

QString points(double value, const QString &language)
{
    const QString number = localeFor(language).toString(value, 'f', 0);
    return value > 0.5 ? QStringLiteral("+") + number : number;
}

QString taskTitle(const PlannedTask &task, const QString &language)
{
    const QString title = task.task.title(language);
    return task.task.mandatory ? StatusReportText::tr("%1 (mandatory)").arg(title) : title;
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? kDash : text;
}

ReportBlock progressTable(const QString &firstColumn, const QList<QPair<QString, Progress>> &rows,
                          const QString &language)
{
    ReportTable table;
    table.header = {firstColumn,
                    StatusReportText::tr("Tasks"),
                    StatusReportText::tr("Done"),
                    StatusReportText::tr("Progress"),
                    StatusReportText::tr("Planned"),
                    StatusReportText::tr("Variance (points)"),
                    StatusReportText::tr("Overdue")};
    table.widths = {26, 11, 11, 12, 11, 17, 12}; // wide enough for the Danish headings (Opgaver, Fuldført)
    for (const auto &row : rows) {
        const Progress &p = row.second;
        table.rows.append({row.first, QString::number(p.tasks), QString::number(p.doneTasks),
                           percent(p.actual, language), percent(p.planned, language), points(p.variance, language),
                           QString::number(p.overdueTasks)});
    }
    return ReportBlock::tableBlock(table);
}

void addTaskTable(QList<ReportBlock> &blocks, const QString &heading, const QList<PlannedTask> &tasks,
                  const QStringList &header, const QList<int> &widths,
                  const std::function<QStringList(const PlannedTask &)> &cells)
{
    blocks.append(ReportBlock::heading(heading));
    if (tasks.isEmpty()) {
        blocks.append(ReportBlock::note(StatusReportText::tr("None.")));
        return;
    }
    ReportTable table;
    table.header = header;
    table.widths = widths;
    for (const PlannedTask &task : tasks) {
        if (task.task.mandatory)
            table.strongRows.append(int(table.rows.size()));
        table.rows.append(cells(task));
    }
    blocks.append(ReportBlock::tableBlock(table));
}

QString readableValue(const QString &field, const QString &value, const QHash<Id, QString> &people,
                      const QString &language)
{
    if (value.isEmpty())
        return kDash;
    if (const std::optional<QString> named = namedEventValue(field, value, people))
        return *named;
    const QDate date = QDate::fromString(value, Qt::ISODate);
    if (date.isValid() && value.size() == 10)
        return formatDateShort(date, language);
    return value;
}

// A text cut at a word boundary to at most `max` characters, with an ellipsis when cut: page 1 keeps long titles
// to a line or two and never breaks a word.
QString shortened(const QString &text, int max)
{
    const QString simple = text.simplified();
    if (simple.size() <= max)
        return simple;
    int cut = int(simple.lastIndexOf(QLatin1Char(' '), max - 1));
    if (cut < max / 2)
        cut = max - 1;
    return simple.left(cut).trimmed() + QStringLiteral("\u2026");
}

// How much page 1 lists at each level of compactness (0: fullest).
struct PageOneBudget
{
    int items; // tasks named per line of "since the last report" and "next 4 weeks"
    int titleChars; // task, risk and decision titles
    int risks;
    int decisions;
    int textChars; // free texts
};

PageOneBudget budgetFor(int level)
{
    static const PageOneBudget budgets[]
        = {{3, 60, 5, 4, 500}, {2, 50, 5, 3, 300}, {1, 60, 4, 3, 200}, {1, 40, 3, 2, 120}, {0, 28, 3, 1, 80}};
    return budgets[std::clamp(level, 0, int(std::size(budgets)) - 1)];
}
constexpr int kPageOneLevels = 5;
// Characters that fit one line of page 1's risk and decision columns.
constexpr int kRiskTitleChars = 36;
constexpr int kRiskActionChars = 32;
constexpr int kQuestionChars = 52;

} // namespace

ReportBlock ReportBlock::heading(const QString &text)
{
    ReportBlock block;
    block.kind = Kind::Heading;
    block.text = text;
    return block;
}

ReportBlock ReportBlock::paragraph(const QString &text, bool strong)
{
    ReportBlock block;
    block.kind = Kind::Paragraph;
    block.text = text;
    block.strong = strong;
    return block;
}

ReportBlock ReportBlock::note(const QString &text)
{
    ReportBlock block;
    block.kind = Kind::Note;
    block.text = text;
    return block;
}

ReportBlock ReportBlock::bullets(const QStringList &items)
{
    ReportBlock block;
    block.kind = Kind::Bullets;
    block.items = items;
    return block;
}

ReportBlock ReportBlock::tableBlock(const ReportTable &table)
{
    ReportBlock block;
    block.kind = Kind::Table;
    block.table = table;
    return block;
}

ReportBlock ReportBlock::drawingBlock(const QSizeF &size, const QString &text,
                                      std::function<void(QPainter &, const QRectF &)> paint)
{
    ReportBlock block;
    block.kind = Kind::Drawing;
    block.drawingSize = size;
    block.text = text;
    block.drawing = std::move(paint);
    return block;
}

std::optional<QString> namedEventValue(const QString &field, const QString &value, const QHash<Id, QString> &people)
{
    if (field == QLatin1String("status")) {
        const std::optional<Status> status = statusFromCode(value);
        return status ? statusName(*status) : value;
    }
    if (field == QLatin1String("responsible") || field == QLatin1String("performer")) {
        const QString name = people.value(value.toLongLong());
        return name.isEmpty() ? StatusReportText::tr("(removed person)") : name;
    }
    return std::nullopt;
}

QString changeFieldName(const QString &field)
{
    if (field == QLatin1String("status"))
        return StatusReportText::tr("Status");
    if (field == QLatin1String("responsible"))
        return StatusReportText::tr("Responsible");
    if (field == QLatin1String("performer"))
        return StatusReportText::tr("Performer");
    if (field == QLatin1String("due_override"))
        return StatusReportText::tr("Due date");
    if (field == QLatin1String("done_on"))
        return StatusReportText::tr("Done on");
    if (field == QLatin1String("klik_marked_on"))
        return StatusReportText::tr("Marked done in KLIK");
    if (field == QLatin1String("reason"))
        return StatusReportText::tr("Reason");
    if (field == QLatin1String("note"))
        return StatusReportText::tr("Note");
    return field;
}

QString statusReportTitle()
{
    return StatusReportText::tr("Status report");
}

namespace {

// The steering group reads where each task got to in the period, not every step on the way: the changes of one field
// of one task collapse to first old value -> last new value, and drop out when they end where they began. So undo and
// redo (written to the history as the edits they are) and edits taken back leave no trace in the report; the task's
// own history in Parat keeps every step.
QList<TaskEvent> netChanges(const QList<TaskEvent> &events, const std::optional<ReportSnapshot> &previous)
{
    QList<TaskEvent> net;
    QHash<QPair<Id, QString>, qsizetype> netIndex;
    for (const TaskEvent &event : events) {
        if (previous && !previous->precedes(event))
            continue;
        if (event.field == QLatin1String("done_on")) // follows the status change it belongs to
            continue;
        const QPair<Id, QString> key {event.taskId, event.field};
        const auto found = netIndex.constFind(key);
        if (found == netIndex.constEnd()) {
            netIndex.insert(key, net.size());
            net.append(event);
            continue;
        }
        TaskEvent &collapsed = net[*found];
        collapsed.newValue = event.newValue;
        collapsed.at = event.at;
        collapsed.id = event.id;
    }
    net.erase(std::remove_if(net.begin(), net.end(), [](const TaskEvent &e) { return e.oldValue == e.newValue; }),
              net.end());
    std::stable_sort(net.begin(), net.end(), [](const TaskEvent &a, const TaskEvent &b) {
        return a.at < b.at || (a.at == b.at && a.id < b.id);
    });
    return net;
}

// The net changes as the report lists them: task key and title, old and new value in words.
void addChanges(const QList<TaskEvent> &net, const QHash<Id, const PlannedTask *> &byId, StatusReportData &d)
{
    for (const TaskEvent &event : net) {
        ReportChange change;
        change.at = event.at;
        change.field = event.field;
        if (const PlannedTask *task = byId.value(event.taskId)) {
            change.taskKey = task->task.key;
            change.taskTitle = task->task.title(d.language);
        }
        change.oldValue = readableValue(event.field, event.oldValue, d.personNames, d.language);
        change.newValue = readableValue(event.field, event.newValue, d.personNames, d.language);
        d.changes.append(change);
    }
}

// Page 1's light per dimension (with the go-live weeks and checklist when the caller provides them).
void addDimensionLights(Database &db, const ReportExtras &extras, StatusReportData &d)
{
    DimensionInputs inputs;
    inputs.tasks = d.tasks;
    inputs.goLive = d.municipality.goLive;
    inputs.asOf = d.asOf;
    inputs.signalsIn = d.signalsIn;
    if (extras.goLiveWeekSignals && d.municipality.goLive.isValid())
        inputs.goLiveWeekShortfalls = extras.goLiveWeekSignals(db, d.municipality, d.asOf);
    if (extras.goLiveChecklist) {
        if (const std::optional<LightReason> checklist = extras.goLiveChecklist(db, d.municipality, d.asOf)) {
            inputs.checklistLight = checklist->light;
            inputs.checklistReason = checklist->text;
        }
    }
    d.dimensions = dimensionLights(inputs);
}

// The trend from the whole task history, with the weeks reports were sent in.
void addTrend(Database &db, ReportRepository &reports, StatusReportData &d)
{
    QList<QDate> sent;
    for (const ReportSnapshot &snapshot : reports.snapshots(d.municipality.id)) {
        if (!d.madeAt.isValid() || snapshot.takenAt <= d.madeAt)
            sent.append(snapshot.asOf);
    }
    d.trend = progressTrend(
        d.tasks, TaskRepository(db).eventsSince(d.municipality.id, QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC)),
        d.asOf, d.municipality.goLive, sent);
}

// The tasks done in the period, and those that slipped (passed their due date in it, or were moved later).
void addPeriodTasks(const QList<TaskEvent> &net, StatusReportData &d)
{
    QSet<Id> doneIds;
    QSet<Id> movedIds;
    for (const TaskEvent &event : net) {
        if (event.field == QLatin1String("status") && event.newValue == statusCode(Status::Done))
            doneIds.insert(event.taskId);
        if (event.field == QLatin1String("due_override")) {
            const QDate from = QDate::fromString(event.oldValue, Qt::ISODate);
            const QDate to = QDate::fromString(event.newValue, Qt::ISODate);
            if (!from.isValid() || !to.isValid() || to > from)
                movedIds.insert(event.taskId);
        }
    }
    for (const PlannedTask &task : std::as_const(d.tasks)) {
        if (!isRelevant(task))
            continue;
        if (doneIds.contains(task.task.id) && task.state.status == Status::Done)
            d.doneSince.append(task);
        const bool passed = isOverdue(task, d.asOf) && task.due >= d.periodStart;
        if (passed || (movedIds.contains(task.task.id) && !statusIsClosed(task.state.status)))
            d.slippedSince.append(task);
    }
}

// The sections the callers add (superusers, stakeholders and more), each only when it has something to say.
void addExtraSections(Database &db, const ReportExtras &extras, StatusReportData &d)
{
    QList<ReportExtras::SectionProvider> providers {extras.superusers, extras.stakeholders};
    providers.append(extras.more);
    for (const ReportExtras::SectionProvider &provider : providers) {
        if (!provider)
            continue;
        if (std::optional<ReportSection> section = provider(db, d.municipality, d.asOf))
            d.extraSections.append(*section);
    }
}

// The municipality's tasks (withdrawn ones left out of d.tasks, kept in byId for the history) and people: the people
// read with the capacity input the report keeps (loadPeople), after the tasks it is read with.
void addTasksAndPeople(Database &db, CapacityInputReuse &reuse, StatusReportData &d, QList<PlannedTask> &all,
                       QHash<Id, const PlannedTask *> &byId)
{
    all = TaskRepository(db).plannedTasks(d.municipality.id, true);
    for (const PlannedTask &task : std::as_const(all)) {
        byId.insert(task.task.id, &task);
        if (!task.task.isWithdrawn())
            d.tasks.append(task);
    }
    // The report's tasks without the withdrawn ones are what the capacity input reads (the same order: plannedBefore
    // is a total order), so it takes them instead of reading them again.
    reuse.readWith(db, d.municipality.id, d.tasks);
    for (const Person &person : loadPeople(db, d.municipality.id))
        d.personNames.insert(person.id, person.name);
}

} // namespace

bool gatherStatusReport(Database &db, const Clock &clock, const ReportRequest &request, const ReportExtras &extras,
                        StatusReportData *data, QString *error)
{
    const std::optional<Municipality> municipality = MunicipalityRepository(db).byId(request.municipalityId);
    if (!municipality) {
        *error = StatusReportText::tr("The municipality does not exist.");
        return false;
    }
    // The light, the sections and the go-live checks each read the capacity input: read once for the report.
    CapacityInputReuse reuse;
    StatusReportData d;
    d.language = request.language.isEmpty() ? currentLanguage() : request.language;
    d.municipality = *municipality;
    d.madeAt = clock.now();
    d.reportDate = clock.today();
    d.asOf = request.asOf.isValid() ? request.asOf : d.reportDate;
    if (const std::optional<HandbookVersion> version = HandbookRepository(db).currentVersion())
        d.handbookVersion = version->label;
    QList<PlannedTask> all;
    QHash<Id, const PlannedTask *> byId;
    addTasksAndPeople(db, reuse, d, all, byId);

    ReportRepository reports(db);
    d.previous = reports.latestSnapshot(municipality->id, d.madeAt);
    d.signalsIn = extras.signalsProvider ? extras.signalsProvider(db, *municipality, d.asOf) : ReadinessSignals {};
    d.summary = summarize(*municipality, d.tasks, d.asOf,
                          d.previous ? std::optional<QDate>(d.previous->asOf) : std::nullopt, d.signalsIn);
    d.notes = reports.notes(municipality->id, d.reportDate);
    if (d.notes.lightOverride)
        d.summary.light = applyOverride(d.summary.light, *d.notes.lightOverride, d.notes.overrideReason);
    d.byTheme = progressByTheme(d.tasks, d.asOf);
    d.withoutTheme = progressWithoutTheme(d.tasks, d.asOf);
    d.blocked = blockedTasks(d.tasks);
    d.milestones = milestones(d.tasks);

    d.changesSince = d.previous ? d.previous->takenAt : d.asOf.addDays(-kRecentReleaseDays).startOfDay(Qt::UTC);
    const QList<TaskEvent> net
        = netChanges(TaskRepository(db).eventsSince(municipality->id, d.changesSince), d.previous);
    addChanges(net, byId, d);

    // Page 1: a light per dimension, the trend from the whole task history, and what happened in the period.
    addDimensionLights(db, extras, d);
    addTrend(db, reports, d);
    d.periodStart = d.previous ? d.previous->asOf : d.asOf.addDays(-kRecentReleaseDays);
    addPeriodTasks(net, d);
    addExtraSections(db, extras, d);
    *data = d;
    return true;
}

ReportSnapshot snapshotOf(const StatusReportData &data, const QString &format)
{
    ReportSnapshot s;
    s.municipalityId = data.municipality.id;
    s.takenAt = data.madeAt;
    s.reportDate = data.reportDate;
    s.asOf = data.asOf;
    s.light = data.summary.light.light;
    s.overridden = data.summary.light.overridden;
    s.progress = data.summary.total.actual;
    s.planned = data.summary.total.planned;
    s.overdue = int(data.summary.overdue.size());
    s.format = format;
    return s;
}

namespace {

ReportBlock compactHeading(const QString &text)
{
    ReportBlock block = ReportBlock::heading(text);
    block.compact = true;
    return block;
}

// Page 1 lists tasks by key and title, cut to the level's budget; what does not fit is counted.
QString taskNames(const QList<PlannedTask> &tasks, bool withDue, const PageOneBudget &budget, const QString &lang)
{
    if (tasks.isEmpty())
        return StatusReportText::tr("None.");
    QStringList parts;
    for (const PlannedTask &task : tasks.mid(0, budget.items)) {
        QString part = QStringLiteral("%1 %2").arg(task.task.key, shortened(task.task.title(lang), budget.titleChars));
        if (withDue && task.due.isValid())
            part = StatusReportText::tr("%1 (%2)", "task, due date").arg(part, formatDateShort(task.due, lang));
        parts.append(part);
    }
    const int more = int(tasks.size()) - int(parts.size());
    if (more > 0)
        parts.append(parts.isEmpty() ? StatusReportText::tr("%n task(s), listed in the appendix", "", more)
                                     : StatusReportText::tr("and %n more", "", more));
    return parts.join(QStringLiteral("; "));
}

// The go-live date with the whole weeks left, or gone since go-live once it has passed ("%n" is only filled in for
// a count of zero or more).
QString goLiveFact(const QDate &goLive, int weeksToGoLive, const QString &lang)
{
    const QString date = formatDate(goLive, lang);
    if (weeksToGoLive < 0)
        return StatusReportText::tr("%1 (%2), live for %n week(s)", "", -weeksToGoLive).arg(date, weekLabel(goLive));
    return StatusReportText::tr("%1 (%2), %n week(s) to go", "", weeksToGoLive).arg(date, weekLabel(goLive));
}

// Page 1's title and the facts of the municipality and the period.
void pageOneFacts(const StatusReportData &data, QList<ReportBlock> &blocks)
{
    const QString &lang = data.language;
    const MunicipalitySummary &summary = data.summary;
    const Municipality &m = data.municipality;
    ReportBlock title = ReportBlock::heading(StatusReportText::tr("Status report for the steering group"));
    title.strong = true;
    blocks.append(title);
    ReportBlock facts;
    facts.kind = ReportBlock::Kind::Facts;
    const QString period = data.previous ? StatusReportText::tr("%1 to %2 (since the report sent on %3)")
                                               .arg(formatDate(data.periodStart, lang), formatDate(data.asOf, lang),
                                                    formatDate(data.previous->takenAt.toLocalTime().date(), lang))
                                         : StatusReportText::tr("%1 to %2 (no report sent yet: the last 2 weeks)")
                                               .arg(formatDate(data.periodStart, lang), formatDate(data.asOf, lang));
    facts.facts = {
        {StatusReportText::tr("Municipality"), StatusReportText::tr("%1 (code %2)").arg(m.name, m.code)},
        {StatusReportText::tr("Report date"), formatDate(data.reportDate, lang)},
        {StatusReportText::tr("Period"), period},
        {StatusReportText::tr("Go-live date"),
         summary.hasGoLive() ? goLiveFact(m.goLive, summary.weeksToGoLive, lang) : goLiveText(summary, lang)},
        {StatusReportText::tr("Handbook version"),
         data.handbookVersion.isEmpty() ? StatusReportText::tr("No handbook imported") : data.handbookVersion},
        {StatusReportText::tr("Project owner and leader"),
         StatusReportText::tr("%1 (owner), %2 (leader)").arg(orDash(m.projectOwner), orDash(m.projectLeader))},
    };
    blocks.append(facts);
}

// The lights: the overall one and one per dimension, each with its reason in one line.
void pageOneLights(const StatusReportData &data, const PageOneBudget &budget, QList<ReportBlock> &blocks)
{
    blocks.append(compactHeading(StatusReportText::tr("Traffic lights")));
    ReportBlock lights;
    lights.kind = ReportBlock::Kind::Lights;
    const TrafficLight &light = data.summary.light;
    QString overallReason;
    if (light.overridden) {
        overallReason = StatusReportText::tr("Set manually (the rules say %1): %2")
                            .arg(lightName(light.computed), shortened(light.overrideReason, budget.textChars));
    } else if (!light.reasons.isEmpty()) {
        // The first reason's heading and the first task or risk it names, on one line.
        const QStringList lines = light.reasons.first().text.split(QLatin1Char('\n'));
        overallReason = shortened(lines.mid(0, 2).join(QLatin1Char(' ')), 110);
        if (light.reasons.size() > 1)
            overallReason
                = StatusReportText::tr("%1 (and %n more reason(s) in the appendix)", "", int(light.reasons.size()) - 1)
                      .arg(overallReason);
    }
    // The light's name starts its reason ("Yellow: ..."), so it never rests on the colour of the symbol.
    const auto named = [](Light l, const QString &reason) {
        return StatusReportText::tr("%1: %2", "light name: reason").arg(lightName(l), reason);
    };
    lights.lights.append({light.light, StatusReportText::tr("Overall"), named(light.light, overallReason)});
    for (const DimensionLight &dimension : data.dimensions) {
        lights.lights.append(
            {dimension.light, dimensionName(dimension.dimension), named(dimension.light, dimension.reason)});
    }
    blocks.append(lights);
}

// The trend, the period and the weeks ahead.
void pageOneTrendAndPeriod(const StatusReportData &data, const PageOneBudget &budget, QList<ReportBlock> &blocks)
{
    const QString &lang = data.language;
    const MunicipalitySummary &summary = data.summary;
    blocks.append(compactHeading(StatusReportText::tr("Progress week by week")));
    ReportBlock trend;
    trend.kind = ReportBlock::Kind::Trend;
    trend.trend = data.trend;
    trend.text = trendChartDescription(data.trend);
    blocks.append(trend);

    blocks.append(compactHeading(StatusReportText::tr("Since the previous report")));
    ReportBlock period;
    period.kind = ReportBlock::Kind::Facts;
    period.facts = {
        {StatusReportText::tr("Done (%1)").arg(data.doneSince.size()), taskNames(data.doneSince, false, budget, lang)},
        {StatusReportText::tr("Slipped (%1)").arg(data.slippedSince.size()),
         taskNames(data.slippedSince, true, budget, lang)},
        {StatusReportText::tr("New tasks released (%1)").arg(summary.releasedSince.size()),
         taskNames(summary.releasedSince, true, budget, lang)},
    };
    blocks.append(period);
    QList<PlannedTask> aheadMilestones;
    QList<PlannedTask> aheadMandatory;
    for (const PlannedTask &task : summary.dueIn4Weeks) {
        if (task.task.milestone)
            aheadMilestones.append(task);
        else if (task.task.mandatory)
            aheadMandatory.append(task);
    }
    blocks.append(compactHeading(StatusReportText::tr("Next 4 weeks")));
    ReportBlock ahead;
    ahead.kind = ReportBlock::Kind::Facts;
    ahead.facts = {
        {StatusReportText::tr("Milestones (%1)").arg(aheadMilestones.size()),
         taskNames(aheadMilestones, true, budget, lang)},
        {StatusReportText::tr("Mandatory tasks (%1)").arg(aheadMandatory.size()),
         taskNames(aheadMandatory, true, budget, lang)},
    };
    blocks.append(ahead);
}

// The top risks by score, one line each.
void pageOneRisks(const StatusReportData &data, const PageOneBudget &budget, QList<ReportBlock> &blocks)
{
    QList<Risk> live;
    for (const Risk &risk : data.signalsIn.risks) {
        if (riskIsLive(risk))
            live.append(risk);
    }
    sortRisksByScore(&live);
    blocks.append(compactHeading(StatusReportText::tr("Top risks")));
    if (live.isEmpty()) {
        blocks.append(ReportBlock::note(StatusReportText::tr("No open risks.")));
        return;
    }
    ReportTable top;
    top.header = {StatusReportText::tr("No."), StatusReportText::tr("Risk"), StatusReportText::tr("Score"),
                  StatusReportText::tr("Owner"), StatusReportText::tr("Action")};
    top.widths = {7, 35, 9, 17, 32};
    const RuleThresholds thresholds;
    for (const Risk &risk : live.mid(0, budget.risks)) {
        // One line per risk: titles and actions cut to their columns (the appendix has them in full).
        top.rows.append({riskLabel(risk.number), shortened(risk.title, kRiskTitleChars), QString::number(risk.score()),
                         orDash(data.personNames.value(risk.ownerId)),
                         orDash(shortened(risk.response, kRiskActionChars))});
        if (risk.score() >= thresholds.riskRedScore)
            top.strongRows.append(int(top.rows.size()) - 1);
    }
    blocks.append(ReportBlock::tableBlock(top));
    if (live.size() > budget.risks)
        blocks.append(ReportBlock::note(
            StatusReportText::tr("%n more open risk(s) in the appendix.", "", int(live.size()) - budget.risks)));
}

// The decisions the steering group must take, the earliest needed first.
void pageOneDecisions(const StatusReportData &data, const PageOneBudget &budget, QList<ReportBlock> &blocks)
{
    const QList<Decision> open = openDecisionsByNeed(data.signalsIn.decisions);
    blocks.append(compactHeading(StatusReportText::tr("Decisions the steering group must take")));
    if (open.isEmpty() && data.notes.decisions.isEmpty()) {
        blocks.append(ReportBlock::note(StatusReportText::tr("No decisions are waiting.")));
        return;
    }
    if (open.isEmpty())
        return;
    ReportTable needed;
    needed.header = {StatusReportText::tr("No."), StatusReportText::tr("Question"), StatusReportText::tr("Needed by"),
                     StatusReportText::tr("Status")};
    needed.widths = {7, 53, 26, 14};
    for (const Decision &decision : open.mid(0, budget.decisions)) {
        const QString date = formatDateShort(decision.neededBy, data.language);
        const bool late = decisionOverdue(decision, data.asOf);
        needed.rows.append({decisionLabel(decision.number), shortened(decision.question, kQuestionChars),
                            late ? StatusReportText::tr("%1 (overdue)").arg(date) : orDash(date),
                            decisionStatusName(decision.status)});
        if (late)
            needed.strongRows.append(int(needed.rows.size()) - 1);
    }
    blocks.append(ReportBlock::tableBlock(needed));
    if (open.size() > budget.decisions)
        blocks.append(ReportBlock::note(StatusReportText::tr("%n more decision(s) waiting, in the appendix.", "",
                                                             int(open.size()) - budget.decisions)));
}

// The free texts, only those written (the old free-text risks and decisions among them).
void pageOneTexts(const StatusReportData &data, const PageOneBudget &budget, QList<ReportBlock> &blocks)
{
    ReportBlock texts;
    texts.kind = ReportBlock::Kind::Facts;
    const auto addText = [&](const QString &label, const QString &text) {
        if (!text.trimmed().isEmpty())
            texts.facts.append({label, shortened(text, budget.textChars)});
    };
    addText(StatusReportText::tr("Status"), data.notes.sinceLast);
    addText(StatusReportText::tr("Next period"), data.notes.nextPeriod);
    addText(StatusReportText::tr("Biggest problem"), data.notes.mainProblem);
    addText(StatusReportText::tr("Other risks (notes)"), data.notes.risks.join(QStringLiteral("; ")));
    addText(StatusReportText::tr("Other decisions (notes)"), data.notes.decisions.join(QStringLiteral("; ")));
    if (!texts.facts.isEmpty()) {
        blocks.append(compactHeading(StatusReportText::tr("From the project leader")));
        blocks.append(texts);
    }
}

QList<ReportBlock> firstPage(const StatusReportData &data, int level)
{
    const PageOneBudget budget = budgetFor(level);
    QList<ReportBlock> blocks;
    pageOneFacts(data, blocks);
    pageOneLights(data, budget, blocks);
    pageOneTrendAndPeriod(data, budget, blocks);
    pageOneRisks(data, budget, blocks);
    pageOneDecisions(data, budget, blocks);
    pageOneTexts(data, budget, blocks);
    return blocks;
}

// The appendix's title and what it compares with.
void appendixIntro(const StatusReportData &data, QList<ReportBlock> &blocks)
{
    const QString &lang = data.language;
    ReportBlock appendix = ReportBlock::heading(StatusReportText::tr("Appendix"));
    appendix.strong = true;
    blocks.append(appendix);
    ReportBlock compared;
    compared.kind = ReportBlock::Kind::Facts;
    compared.facts = {
        {StatusReportText::tr("Status as of"), formatDate(data.asOf, lang)},
        // Which report "since the last report" means: only a report marked as sent counts, never a draft.
        {StatusReportText::tr("Compared with"),
         data.previous ? StatusReportText::tr("the report sent on %1")
                             .arg(formatDate(data.previous->takenAt.toLocalTime().date(), lang))
                       : StatusReportText::tr("no report sent yet (changes of the last 2 weeks)")},
    };
    blocks.append(compared);
}

// Overall light, its reasons and the project leader's free texts in full.
void overallStatus(const StatusReportData &data, QList<ReportBlock> &blocks)
{
    blocks.append(ReportBlock::heading(StatusReportText::tr("Overall status")));
    const TrafficLight &light = data.summary.light;
    ReportBlock lightBlock;
    lightBlock.kind = ReportBlock::Kind::Light;
    lightBlock.light = light.light;
    lightBlock.text = light.overridden ? StatusReportText::tr("%1 (set manually; the rules say %2)")
                                             .arg(lightName(light.light), lightName(light.computed))
                                       : lightName(light.light);
    if (light.overridden)
        lightBlock.items.append(StatusReportText::tr("Reason for the manual light: %1").arg(light.overrideReason));
    for (const LightReason &reason : light.reasons)
        lightBlock.items.append(QStringLiteral("%1: %2").arg(lightName(reason.light), reason.text));
    blocks.append(lightBlock);
    // The free texts in full, only those written.
    ReportBlock texts;
    texts.kind = ReportBlock::Kind::Facts;
    const auto addText = [&texts](const QString &label, const QString &text) {
        if (!text.trimmed().isEmpty())
            texts.facts.append({label, text});
    };
    addText(StatusReportText::tr("Status"), data.notes.sinceLast);
    addText(StatusReportText::tr("Next period"), data.notes.nextPeriod);
    addText(StatusReportText::tr("Biggest problem"), data.notes.mainProblem);
    addText(StatusReportText::tr("Other risks (notes)"), data.notes.risks.join(QLatin1Char('\n')));
    addText(StatusReportText::tr("Other decisions (notes)"), data.notes.decisions.join(QLatin1Char('\n')));
    if (!texts.facts.isEmpty())
        blocks.append(texts);
}

// Progress against plan: the sentence, the chart, and the tables by phase and by theme.
void progressAgainstPlan(const StatusReportData &data, QList<ReportBlock> &blocks)
{
    const QString &lang = data.language;
    const MunicipalitySummary &summary = data.summary;
    blocks.append(ReportBlock::heading(StatusReportText::tr("Progress against plan")));
    blocks.append(
        ReportBlock::paragraph(StatusReportText::tr("Done %1 of the work, planned by now %2 (variance %3 points).")
                                   .arg(percent(summary.total.actual, lang), percent(summary.total.planned, lang),
                                        points(summary.total.variance, lang))));
    ReportBlock chart;
    chart.kind = ReportBlock::Kind::Chart;
    chart.chart = progressChartData(summary);
    blocks.append(chart);
    QList<QPair<QString, Progress>> phaseRows;
    for (auto it = summary.byPhase.cbegin(); it != summary.byPhase.cend(); ++it)
        phaseRows.append({QStringLiteral("%1 %2").arg(phaseCode(it.key()), phaseName(it.key())), it.value()});
    phaseRows.append({StatusReportText::tr("Total"), summary.total});
    blocks.append(progressTable(StatusReportText::tr("Phase"), phaseRows, lang));
    QList<QPair<QString, Progress>> themeRows;
    for (auto it = data.byTheme.cbegin(); it != data.byTheme.cend(); ++it)
        themeRows.append({themeName(it.key()), it.value()});
    if (data.withoutTheme.tasks > 0)
        themeRows.append({StatusReportText::tr("Other (no theme)"), data.withoutTheme});
    blocks.append(progressTable(StatusReportText::tr("Theme"), themeRows, lang));
}

// The column titles and cell texts the task lists share.
struct TaskColumns
{
    const StatusReportData &data;
    const QString task = StatusReportText::tr("Task");
    const QString title = StatusReportText::tr("Title");
    const QString due = StatusReportText::tr("Due");
    const QString status = StatusReportText::tr("Status");
    const QString who = StatusReportText::tr("Responsible");

    QString responsible(const PlannedTask &t) const { return orDash(responsibleText(t, data.personNames)); }
    QString dateShort(const QDate &date) const { return orDash(formatDateShort(date, data.language)); }
    QString titleOf(const PlannedTask &t) const { return taskTitle(t, data.language); }
};

// Overdue, blocked, milestones and the next 4 weeks.
void taskLists(const StatusReportData &data, QList<ReportBlock> &blocks)
{
    const TaskColumns c {data};
    addTaskTable(blocks, StatusReportText::tr("Overdue tasks"), data.summary.overdue,
                 {c.task, c.title, c.due, StatusReportText::tr("Days overdue"), c.who, c.status},
                 {10, 40, 12, 10, 16, 12}, [&](const PlannedTask &t) {
                     return QStringList {t.task.key,         c.titleOf(t),
                                         c.dateShort(t.due), QString::number(daysOverdue(t, data.asOf)),
                                         c.responsible(t),   statusName(t.state.status)};
                 });
    addTaskTable(blocks, StatusReportText::tr("Blocked tasks"), data.blocked,
                 {c.task, c.title, c.who, StatusReportText::tr("Waiting for")}, {10, 40, 18, 32},
                 [&](const PlannedTask &t) {
                     return QStringList {t.task.key, c.titleOf(t), c.responsible(t), orDash(t.state.reason)};
                 });
    addTaskTable(blocks, StatusReportText::tr("Milestones"), data.milestones, {c.task, c.title, c.due, c.status},
                 {10, 54, 16, 20}, [&](const PlannedTask &t) {
                     return QStringList {t.task.key, c.titleOf(t), c.dateShort(t.due), statusName(t.state.status)};
                 });
    addTaskTable(blocks, StatusReportText::tr("Due in the next 4 weeks"), data.summary.dueIn4Weeks,
                 {c.task, c.title, c.due, c.who, c.status}, {10, 46, 14, 16, 14}, [&](const PlannedTask &t) {
                     return QStringList {t.task.key, c.titleOf(t), c.dateShort(t.due), c.responsible(t),
                                         statusName(t.state.status)};
                 });
}

// Deadlines on a day off (only when there are any) and the tasks released in the period.
void holidaysAndReleased(const StatusReportData &data, QList<ReportBlock> &blocks)
{
    const TaskColumns c {data};
    // Deadlines on a day off, only when there are any: the project leader moves them or accepts them.
    const QList<PlannedTask> onHolidays = deadlinesOnHolidays(data.tasks, data.asOf);
    if (!onHolidays.isEmpty()) {
        addTaskTable(blocks, StatusReportText::tr("Deadlines on a holiday"), onHolidays,
                     {c.task, c.title, c.due, StatusReportText::tr("Holiday"), c.who}, {10, 42, 14, 18, 16},
                     [&](const PlannedTask &t) {
                         const std::optional<Holiday> holiday = holidayOnDue(t);
                         return QStringList {t.task.key, c.titleOf(t), c.dateShort(t.due),
                                             holiday ? holidayName(holiday->which) : QString(), c.responsible(t)};
                     });
    }
    addTaskTable(blocks, releasedSinceTitle(data.summary, data.language), data.summary.releasedSince,
                 {c.task, c.title, StatusReportText::tr("Released"), c.due, c.status}, {10, 46, 14, 14, 16},
                 [&](const PlannedTask &t) {
                     return QStringList {t.task.key, c.titleOf(t), c.dateShort(t.release), c.dateShort(t.due),
                                         statusName(t.state.status)};
                 });
}

// What changed since the last report: status, KLIK marking and deadlines listed, the rest counted.
void changesSinceLast(const StatusReportData &data, QList<ReportBlock> &blocks)
{
    const QString &lang = data.language;
    blocks.append(ReportBlock::heading(data.previous
                                           ? StatusReportText::tr("Changes since the report sent on %1")
                                                 .arg(formatDate(data.previous->takenAt.toLocalTime().date(), lang))
                                           : StatusReportText::tr("Changes in the last 2 weeks")));
    // The steering group reads what moved: status, KLIK marking and deadlines. Assignments, notes and reasons are
    // counted, not listed (the task history in Parat has them all).
    const auto listed = [](const ReportChange &change) {
        return change.field == QLatin1String("status") || change.field == QLatin1String("klik_marked_on")
            || change.field == QLatin1String("due_override");
    };
    const qsizetype otherChanges
        = std::count_if(data.changes.begin(), data.changes.end(), [&](const ReportChange &c) { return !listed(c); });
    if (otherChanges == qsizetype(data.changes.size())) {
        blocks.append(ReportBlock::note(StatusReportText::tr("No changes of status, KLIK marking or deadlines.")));
    } else {
        ReportTable table;
        table.header = {StatusReportText::tr("Date"), StatusReportText::tr("Task"), StatusReportText::tr("Change"),
                        StatusReportText::tr("From"), StatusReportText::tr("To")};
        table.widths = {12, 38, 14, 18, 18};
        for (const ReportChange &change : data.changes) {
            if (!listed(change))
                continue;
            table.rows.append(
                {formatDateShort(change.at.toLocalTime().date(), lang),
                 change.taskKey.isEmpty() ? kDash : QStringLiteral("%1 %2").arg(change.taskKey, change.taskTitle),
                 changeFieldName(change.field), change.oldValue, change.newValue});
        }
        blocks.append(ReportBlock::tableBlock(table));
    }
    if (otherChanges > 0) {
        blocks.append(ReportBlock::note(StatusReportText::tr(
            "Also %n change(s) of responsible, performer, reasons or notes.", "", int(otherChanges))));
    }
}

// Sections of other modules (superusers, stakeholders, ...), when they have something to say; then the mandatory
// tasks KLIK does not know as done.
void sectionsAndKlik(const StatusReportData &data, QList<ReportBlock> &blocks)
{
    for (const ReportSection &section : data.extraSections) {
        blocks.append(ReportBlock::heading(section.title));
        blocks.append(section.blocks);
    }
    const TaskColumns c {data};
    addTaskTable(
        blocks, StatusReportText::tr("Mandatory tasks not yet marked done in KLIK"), data.summary.missingInKlik,
        {c.task, c.title, StatusReportText::tr("Done on"), c.who}, {10, 54, 16, 20}, [&](const PlannedTask &t) {
            return QStringList {t.task.key, t.task.title(data.language), c.dateShort(t.state.doneOn), c.responsible(t)};
        });
}

} // namespace

ReportContent statusReportContent(const StatusReportData &data)
{
    const QString &lang = data.language;
    const Municipality &m = data.municipality;
    ReportContent content;
    content.language = lang;
    content.headerLeft = QStringLiteral("%1 %2").arg(m.code, m.name);
    content.headerRight = StatusReportText::tr("Status report %1").arg(formatDate(data.reportDate, lang));
    content.title = StatusReportText::tr("Status report: %1 %2").arg(m.code, m.name);
    for (int level = 0; level < kPageOneLevels; ++level)
        content.firstPageVariants.append(firstPage(data, level));

    // The appendix: everything behind page 1, in full.
    appendixIntro(data, content.blocks);
    overallStatus(data, content.blocks);
    progressAgainstPlan(data, content.blocks);
    taskLists(data, content.blocks);
    holidaysAndReleased(data, content.blocks);
    changesSinceLast(data, content.blocks);
    sectionsAndKlik(data, content.blocks);
    return content;
}

} // namespace parat
