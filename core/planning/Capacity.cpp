#include "planning/Capacity.h"

#include "domain/Calendar.h"

#include <QLocale>
#include <QMap>

#include <algorithm>
#include <array>
#include <cmath>

namespace parat {

namespace {

constexpr double kEpsilon = 1e-9;

QDate mondayOf(const QDate &date)
{
    return date.addDays(1 - date.dayOfWeek());
}

// Consecutive week ranges of sorted keys, as text, at most `max` ranges then "and N more".
QString weekRanges(const QList<int> &keys, int max)
{
    QStringList parts;
    int hidden = 0;
    for (int i = 0; i < keys.size();) {
        int j = i;
        while (j + 1 < keys.size() && keys.at(j + 1) == nextWeekKey(keys.at(j)))
            ++j;
        if (parts.size() < max)
            parts.append(weekRangeLabel(keys.at(i), keys.at(j)));
        else
            ++hidden;
        i = j + 1;
    }
    QString text = parts.join(QStringLiteral(", "));
    if (hidden > 0)
        text = CapacityText::tr("%1 and %n more period(s)", "", hidden).arg(text);
    return text;
}

std::optional<Role> taskRole(const Task &task)
{
    return task.performerRole ? task.performerRole : task.responsibleRole;
}

// Adds a task's hours to a cell, with the part they come from unless only the hours are asked for (language null).
void addPart(CapacityCell &cell, const PlannedTask &task, const QString *language, double hours, int sharedBy)
{
    cell.needed += hours;
    if (!language)
        return;
    DemandPart part;
    part.taskId = task.task.id;
    part.key = task.task.key;
    part.title = task.task.title(*language);
    part.hours = hours;
    part.sharedBy = sharedBy;
    part.perPerson = task.task.perPerson;
    cell.demand.append(part);
}

} // namespace

int CapacityPlan::weekIndex(int weekKey) const
{
    if (weeks.isEmpty())
        return -1;
    const QDate monday = mondayOfWeekKey(weekKey);
    if (!monday.isValid())
        return -1;
    const qint64 index = mondayOfWeekKey(weeks.first()).daysTo(monday) / 7;
    return index >= 0 && index < weeks.size() ? int(index) : -1;
}

int CapacityPlan::rowOf(Id personId) const
{
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).person.id == personId)
            return i;
    }
    return -1;
}

double CapacityPlan::totalAllocated(int column) const
{
    double sum = 0.0;
    for (const CapacityRow &row : rows)
        sum += row.cells.at(column).allocated;
    return sum;
}

double CapacityPlan::totalNeeded(int column) const
{
    double sum = 0.0;
    for (const CapacityRow &row : rows)
        sum += row.cells.at(column).needed;
    return sum;
}

namespace {

// Over-allocated, unplanned and impossible weeks of each person, from column startIndex on.
void addWeekWarnings(CapacityPlan &plan, int startIndex, const CapacityOptions &options)
{
    const int weekCount = int(plan.weeks.size());
    for (const CapacityRow &row : std::as_const(plan.rows)) {
        QList<int> over;
        QList<int> unplanned;
        QList<int> impossible;
        double worstOver = 0.0;
        int worstWeek = 0;
        double unplannedHours = 0.0;
        double mostAllocated = 0.0;
        for (int w = startIndex; w < weekCount; ++w) {
            const CapacityCell &cell = row.cells.at(w);
            if (cell.overAllocated()) {
                over.append(plan.weeks.at(w));
                if (-cell.free() > worstOver) {
                    worstOver = -cell.free();
                    worstWeek = plan.weeks.at(w);
                }
            } else if (cell.unplanned()) {
                unplanned.append(plan.weeks.at(w));
                unplannedHours += cell.needed;
            }
            if (cell.setAside > options.maxWeeklyHours + kEpsilon) {
                impossible.append(plan.weeks.at(w));
                mostAllocated = std::max(mostAllocated, cell.setAside);
            }
        }
        const QString name = row.person.name;
        const bool texts = options.warningTexts;
        if (!over.isEmpty()) {
            plan.warnings.append(
                {CapacityWarningKind::OverAllocated, row.person.id, name, over,
                 !texts
                     ? QString()
                     : CapacityText::tr("%1 needs more hours than allocated in %n week(s): %2. Most over: %3 h in %4.",
                                        "", int(over.size()))
                           .arg(name, weekRanges(over, options.maxListedWeeks), hoursText(worstOver),
                                weekYearLabel(worstWeek))});
        }
        if (!unplanned.isEmpty()) {
            plan.warnings.append(
                {CapacityWarningKind::Unplanned, row.person.id, name, unplanned,
                 !texts ? QString()
                        : CapacityText::tr("%1 needs %2 h in %n week(s) with no time allocated: %3.", "",
                                           int(unplanned.size()))
                              .arg(name, hoursText(unplannedHours), weekRanges(unplanned, options.maxListedWeeks))});
        }
        if (!impossible.isEmpty()) {
            plan.warnings.append(
                {CapacityWarningKind::Impossible, row.person.id, name, impossible,
                 !texts ? QString()
                        : CapacityText::tr("%1 has more than %2 h allocated in %n week(s) (up to %3 h): %4.", "",
                                           int(impossible.size()))
                              .arg(name, hoursText(options.maxWeeklyHours), hoursText(mostAllocated),
                                   weekRanges(impossible, options.maxListedWeeks))});
        }
    }
}

// Go-live weeks (from the as-of week on) that fall in holidays and have fewer hours, after the working-day rule,
// than needed: one warning naming each such week with its days off and its hours.
void addHolidayGoLiveWarning(CapacityPlan &plan, int startIndex, const CapacityOptions &options,
                             const QString &language)
{
    if (!plan.goLive.isValid())
        return;
    const int goLiveWeek = weekKey(plan.goLive);
    QList<int> weeks;
    QStringList parts;
    bool school = false;
    for (int offset = -options.goLiveWeeksBefore; offset <= options.goLiveWeeksAfter; ++offset) {
        const int column = plan.weekIndex(addWeeksToKey(goLiveWeek, offset));
        if (column < startIndex || column < 0)
            continue;
        const WeekDaysOff &days = plan.daysOff.at(column);
        const double allocated = plan.totalAllocated(column);
        const double needed = plan.totalNeeded(column);
        if (!days.any() || !(needed > allocated + kEpsilon))
            continue;
        weeks.append(plan.weeks.at(column));
        school = school || days.school.has_value();
        if (!options.warningTexts)
            continue;
        parts.append(
            CapacityText::tr("%1 (%2): %3 h set aside after %n day(s) off, %4 h needed", "", days.workingDaysLost)
                .arg(weekYearLabel(plan.weeks.at(column)), days.describe(language), hoursText(allocated),
                     hoursText(needed)));
    }
    if (weeks.isEmpty())
        return;
    if (!options.warningTexts) {
        plan.warnings.append({CapacityWarningKind::HolidayGoLive, 0, CapacityText::tr("Go-live"), weeks, QString()});
        return;
    }
    QString text
        = CapacityText::tr("Go-live falls in holidays with too few hours: %1.").arg(parts.join(QStringLiteral("; ")));
    if (school)
        text += QLatin1Char(' ') + CapacityText::tr("Superusers with children are often away in school holidays.");
    plan.warnings.append({CapacityWarningKind::HolidayGoLive, 0, CapacityText::tr("Go-live"), weeks, text});
}

// Superusers active in the as-of week (every superuser without an as-of date).
QList<const CapacityRow *> superusersActiveAsOf(const CapacityPlan &plan, const QDate &asOf)
{
    const QDate asOfMonday = asOf.isValid() ? mondayOf(asOf) : QDate();
    QList<const CapacityRow *> active;
    for (const CapacityRow &row : std::as_const(plan.rows)) {
        if (row.superuser && (!asOfMonday.isValid() || row.details.activeInWeek(asOfMonday)))
            active.append(&row);
    }
    return active;
}

// Superusers the supplier's support does not answer: not registered in KLIK.
void addKlikWarnings(CapacityPlan &plan, const QList<const CapacityRow *> &active, bool texts)
{
    for (const CapacityRow *row : std::as_const(active)) {
        if (!row->person.registeredInKlik) {
            plan.warnings.append(
                {CapacityWarningKind::NotInKlik,
                 row->person.id,
                 row->person.name,
                 {},
                 !texts ? QString()
                        : CapacityText::tr("%1 is a superuser but not registered in KLIK, so the supplier's "
                                           "support does not answer them.")
                              .arg(row->person.name)});
        }
    }
}

// The training milestone: the earliest relevant UDD milestone, else the task with trainingTaskKey.
void findTrainingDeadline(CapacityPlan &plan, const QList<PlannedTask> &tasks, const QString &trainingTaskKey)
{
    for (const PlannedTask &task : tasks) {
        if (isRelevant(task) && task.task.milestone && task.task.theme == Theme::UDD && task.due.isValid()
            && (!plan.trainingDeadline.isValid() || task.due < plan.trainingDeadline)) {
            plan.trainingDeadline = task.due;
            plan.trainingTaskKey = task.task.key;
        }
    }
    if (!plan.trainingDeadline.isValid() && !trainingTaskKey.isEmpty()) {
        for (const PlannedTask &task : tasks) {
            if (task.task.key == trainingTaskKey && isRelevant(task) && task.due.isValid()) {
                plan.trainingDeadline = task.due;
                plan.trainingTaskKey = task.task.key;
            }
        }
    }
}

// Active superusers trained after the milestone, or not trained while it is near or past.
void addTrainingWarnings(CapacityPlan &plan, const QList<const CapacityRow *> &active, const QString &taskLanguage,
                         const QDate &asOf, int trainingWarningDays, bool texts)
{
    if (plan.trainingDeadline.isValid()) {
        const QString language = taskLanguage.isEmpty() ? QStringLiteral("da") : taskLanguage;
        const QString deadline = texts ? formatDate(plan.trainingDeadline, language) : QString();
        for (const CapacityRow *row : std::as_const(active)) {
            const QDate trained = row->details.trainedOn;
            if (trained.isValid() && trained > plan.trainingDeadline) {
                plan.warnings.append(
                    {CapacityWarningKind::NotTrained,
                     row->person.id,
                     row->person.name,
                     {},
                     !texts
                         ? QString()
                         : CapacityText::tr("%1 is trained on %2, after the training milestone %3 (%4).")
                               .arg(row->person.name, formatDate(trained, language), plan.trainingTaskKey, deadline)});
                plan.warnings.last().title = SuperuserText::tr("Trained late");
            } else if (!trained.isValid() && asOf.isValid()
                       && asOf.daysTo(plan.trainingDeadline) < trainingWarningDays) {
                plan.warnings.append(
                    {CapacityWarningKind::NotTrained,
                     row->person.id,
                     row->person.name,
                     {},
                     !texts ? QString()
                         : asOf > plan.trainingDeadline
                         ? CapacityText::tr("%1 is not trained, and the training milestone %2 was due %3.")
                               .arg(row->person.name, plan.trainingTaskKey, deadline)
                         : CapacityText::tr("%1 is not trained yet; the training milestone %2 is due %3.")
                               .arg(row->person.name, plan.trainingTaskKey, deadline)});
            }
        }
    }
}

// Units whose active superusers cover more caseworkers than options allow.
void addUnitRatioWarnings(CapacityPlan &plan, const QList<const CapacityRow *> &active, const CapacityOptions &options)
{
    QMap<QString, QPair<int, int>> units; // unit -> (superusers, caseworkers)
    for (const CapacityRow *row : std::as_const(active)) {
        QPair<int, int> &unit = units[row->person.unit];
        unit.first += 1;
        unit.second += row->details.caseworkersCovered;
    }
    for (auto it = units.cbegin(); it != units.cend(); ++it) {
        const int superusers = it.value().first;
        const int caseworkers = it.value().second;
        if (caseworkers > options.maxCaseworkersPerSuperuser * superusers) {
            const QString unit = it.key().isEmpty() ? CapacityText::tr("(no unit)") : it.key();
            plan.warnings.append(
                {CapacityWarningKind::UnitRatio,
                 0,
                 unit,
                 {},
                 !options.warningTexts
                     ? QString()
                     : CapacityText::tr("%1: %n superuser(s) for %2 caseworkers (%3 per superuser; at most %4).", "",
                                        superusers)
                           .arg(unit)
                           .arg(caseworkers)
                           .arg(QLocale().toString(double(caseworkers) / superusers, 'f', 1))
                           .arg(options.maxCaseworkersPerSuperuser)});
        }
    }
}

// A task's demand and the dates it is spread over: from its release (else its due date) to its due date, or to
// the day it was done when that was earlier.
struct Spread
{
    const PlannedTask *task;
    QDate from;
    QDate to;
};

// The first and last of the dates the grid has to cover.
struct DateExtent
{
    QDate first;
    QDate last;

    void extend(const QDate &date)
    {
        if (!date.isValid())
            return;
        if (!first.isValid() || date < first)
            first = date;
        if (!last.isValid() || date > last)
            last = date;
    }
};

// The tasks that need hours (relevant, dated, estimated), with their spans added to extent.
QList<Spread> demandSpreads(const QList<PlannedTask> &tasks, DateExtent &extent)
{
    QList<Spread> spreads;
    spreads.reserve(tasks.size());
    for (const PlannedTask &task : tasks) {
        if (!isRelevant(task) || !task.due.isValid() || !(task.task.estimateHours > kEpsilon))
            continue;
        QDate from = task.release.isValid() && task.release < task.due ? task.release : task.due;
        QDate to = task.due;
        if (task.state.status == Status::Done && task.state.doneOn.isValid() && task.state.doneOn < to) {
            to = task.state.doneOn;
            if (to < from)
                from = to;
        }
        spreads.append({&task, from, to});
        extent.extend(from);
        extent.extend(to);
    }
    return spreads;
}

// The weeks of the grid: from the Monday of firstMonday, weekCount of them.
struct WeekGrid
{
    QDate firstMonday;
    int weekCount = 0;

    // The column of the week of date (negative before the grid, weekCount or more after it).
    int indexOf(const QDate &date) const { return int(firstMonday.daysTo(mondayOf(date)) / 7); }
};

// daysOffInWeek(key, school), remembered by this thread: it depends on the week and the four school-holiday weeks only,
// and a grid asks for every week it spans, where the overview asks for the same weeks of every municipality. The
// memory is emptied when it passes 4,096 weeks; weeks outside 0 – 63 are not remembered.
WeekDaysOff rememberedDaysOff(int key, const SchoolHolidayWeeks &school)
{
    const std::array<int, 4> weeks {school.winterWeek, school.autumnWeek, school.summerFrom, school.summerTo};
    quint64 memoryKey = quint64(quint32(key));
    for (const int week : weeks) {
        if (week < 0 || week > 63)
            return daysOffInWeek(key, school);
        memoryKey = (memoryKey << 6) | quint64(week);
    }
    thread_local QHash<quint64, WeekDaysOff> remembered;
    const auto found = remembered.constFind(memoryKey);
    if (found != remembered.constEnd())
        return found.value();
    if (remembered.size() >= 4096)
        remembered.clear();
    return remembered.insert(memoryKey, daysOffInWeek(key, school)).value();
}

// Whether a week key names a week that exists, known without the calendar: weeks 1 to 52 are in every year. Such keys
// compare as their weeks do (the year, then the week), so they are ordered and found without any date arithmetic.
bool plainWeek(int key)
{
    const int week = weekKeyWeek(key);
    return weekKeyYear(key) > 0 && week >= 1 && week <= 52;
}

// Adds the weeks of the allocations to extent: the earliest and latest of their plain week keys, and each other key on
// its own (mondayOfWeekKey turns an impossible one into an invalid date, which extent leaves out).
void extendByAllocations(DateExtent &extent, const QList<Allocation> &allocations)
{
    int first = 0;
    int last = 0;
    for (const Allocation &allocation : allocations) {
        for (const int key : {allocation.fromWeek, allocation.toWeek}) {
            if (!plainWeek(key)) {
                extent.extend(mondayOfWeekKey(key));
                continue;
            }
            first = first == 0 ? key : std::min(first, key);
            last = std::max(last, key);
        }
    }
    if (first != 0) {
        extent.extend(mondayOfWeekKey(first));
        extent.extend(mondayOfWeekKey(last));
    }
}

// The grid's weeks: the look-ahead window from as-of when window is set; otherwise every week from the first to
// the last date of the demand, the allocations and the weeks around go-live — from the as-of week on only when
// fromAsOf is set (the weeks the warnings look at). Sets the plan's weeks, days off and unassigned hours (none yet).
WeekGrid addWeeks(CapacityPlan &plan, const CapacityInput &input, const QDate &asOf, const CapacityOptions &options,
                  DateExtent extent, bool window, bool fromAsOf)
{
    // The look-ahead window does not depend on the extent of the allocations.
    if (!window)
        extendByAllocations(extent, input.allocations);
    if (input.goLive.isValid()) {
        extent.extend(input.goLive.addDays(-7 * qint64(options.weeksBeforeGoLive)));
        extent.extend(input.goLive.addDays(7 * qint64(options.weeksAfterGoLive)));
    }
    // Without any dated demand, allocation or go-live there are no weeks, but the superuser rules still apply.
    WeekGrid grid;
    grid.firstMonday = window || !extent.first.isValid() ? (asOf.isValid() ? mondayOf(asOf) : QDate(2000, 1, 3))
                                                         : mondayOf(extent.first);
    grid.weekCount = window
        ? std::max(0, options.lookaheadWeeks)
        : (extent.first.isValid() ? int(grid.firstMonday.daysTo(mondayOf(extent.last)) / 7) + 1 : 0);
    if (fromAsOf && !window && asOf.isValid()) {
        // The weeks before the as-of week go; the rest keep their places relative to each other.
        const int skipped = std::clamp(grid.indexOf(asOf), 0, grid.weekCount);
        grid.firstMonday = grid.firstMonday.addDays(7 * qint64(skipped));
        grid.weekCount -= skipped;
    }
    plan.weeks.reserve(grid.weekCount);
    plan.daysOff.reserve(grid.weekCount);
    for (int i = 0; i < grid.weekCount; ++i) {
        const int key = weekKey(grid.firstMonday.addDays(7 * qint64(i)));
        plan.weeks.append(key);
        plan.daysOff.append(rememberedDaysOff(key, input.schoolHolidays));
    }
    plan.unassigned = QList<double>(grid.weekCount, 0.0);
    return grid;
}

// One row a person, with empty cells; returns each person's row by id.
QHash<Id, int> addRows(CapacityPlan &plan, const CapacityInput &input, int weekCount)
{
    QHash<Id, int> rowById;
    plan.rows.reserve(input.people.size());
    for (const Person &person : input.people) {
        CapacityRow row;
        row.person = person;
        row.details = input.details.value(person.id);
        row.superuser = person.roles.contains(Role::SU);
        row.cells = QList<CapacityCell>(weekCount);
        rowById.insert(person.id, int(plan.rows.size()));
        plan.rows.append(row);
    }
    return rowById;
}

// For each week, the rows of the superusers active in it.
QList<QList<int>> activeSuperusersByWeek(const CapacityPlan &plan, const WeekGrid &grid)
{
    QList<QList<int>> activeSuperusers(grid.weekCount);
    for (int w = 0; w < grid.weekCount; ++w) {
        const QDate monday = grid.firstMonday.addDays(7 * qint64(w));
        for (int r = 0; r < plan.rows.size(); ++r) {
            if (plan.rows.at(r).superuser && plan.rows.at(r).details.activeInWeek(monday))
                activeSuperusers[w].append(r);
        }
    }
    return activeSuperusers;
}

// The column of a plain week key inside the grid's weeks (a binary search over the keys: no date arithmetic).
int columnOfKey(const CapacityPlan &plan, int key)
{
    return int(std::lower_bound(plan.weeks.cbegin(), plan.weeks.cend(), key) - plan.weeks.cbegin());
}

// The hours set aside (the one allocation covering each week), and what is left of them after days off.
void addAllocations(CapacityPlan &plan, const QList<Allocation> &allocations, const QHash<Id, int> &rowById,
                    const WeekGrid &grid)
{
    const int firstKey = plan.weeks.isEmpty() ? 0 : plan.weeks.first();
    const int lastKey = plan.weeks.isEmpty() ? 0 : plan.weeks.last();
    for (const Allocation &allocation : allocations) {
        if (grid.weekCount == 0)
            break;
        const int row = rowById.value(allocation.personId, -1);
        if (row < 0)
            continue;
        int from = 0;
        int to = 0;
        if (plainWeek(allocation.fromWeek) && plainWeek(allocation.toWeek)) {
            // Ordered keys: the columns without dates (the grid's weeks are consecutive, every key in it is there).
            if (allocation.toWeek < firstKey || allocation.fromWeek > lastKey)
                continue;
            from = allocation.fromWeek <= firstKey ? 0 : columnOfKey(plan, allocation.fromWeek);
            to = allocation.toWeek >= lastKey ? grid.weekCount - 1 : columnOfKey(plan, allocation.toWeek);
        } else {
            from = std::max(0, grid.indexOf(mondayOfWeekKey(allocation.fromWeek)));
            to = std::min(grid.weekCount - 1, grid.indexOf(mondayOfWeekKey(allocation.toWeek)));
        }
        CapacityCell *cells = plan.rows[row].cells.data(); // detached once, not for every week
        for (int w = from; w <= to; ++w)
            cells[w].setAside += allocation.hoursPerWeek;
    }
    // The working-day rule: what a week with holidays really has (hoursAfterDaysOff, its share found once a week).
    QList<double> shares(grid.weekCount);
    for (int w = 0; w < grid.weekCount; ++w)
        shares[w] = workingDayShare(plan.daysOff.at(w).workingDaysLost);
    for (CapacityRow &row : plan.rows) {
        CapacityCell *cells = row.cells.data();
        for (int w = 0; w < grid.weekCount; ++w)
            cells[w].allocated = cells[w].setAside * shares.at(w);
    }
}

// Demand: each task's hours per week over its whole span, added to the weeks of the grid it covers — to its
// performer, else shared by the superusers active that week (a superuser task nobody performs), else unassigned.
void addDemand(CapacityPlan &plan, const QList<Spread> &spreads, const QHash<Id, int> &rowById,
               const QList<QList<int>> &activeSuperusers, const WeekGrid &grid, const QString *language)
{
    for (const Spread &spread : spreads) {
        const PlannedTask &task = *spread.task;
        const int spanFrom = grid.indexOf(spread.from);
        const int spanTo = grid.indexOf(spread.to);
        const double perWeek = task.task.estimateHours / (spanTo - spanFrom + 1);
        const int from = std::max(0, spanFrom);
        const int to = std::min(grid.weekCount - 1, spanTo);
        if (from > to)
            continue;
        const int performer = task.state.performerPersonId != 0 ? rowById.value(task.state.performerPersonId, -1) : -1;
        if (performer >= 0) {
            CapacityCell *cells = plan.rows[performer].cells.data();
            for (int w = from; w <= to; ++w)
                addPart(cells[w], task, language, perWeek, 1);
            continue;
        }
        if (task.state.performerPersonId != 0 || taskRole(task.task) != Role::SU)
            continue; // someone of another municipality (cannot happen) or nobody's yet
        for (int w = from; w <= to; ++w) {
            const QList<int> &active = activeSuperusers.at(w);
            if (active.isEmpty()) {
                plan.unassigned[w] += perWeek;
                continue;
            }
            const int n = int(active.size());
            const double share = task.task.perPerson ? perWeek : perWeek / n;
            for (int r : active)
                addPart(plan.rows[r].cells[w], task, language, share, task.task.perPerson ? 1 : n);
        }
    }
}

} // namespace

CapacityPlan computeCapacity(const CapacityInput &input, const QDate &asOf, const CapacityOptions &options)
{
    CapacityPlan plan;
    plan.goLive = input.goLive;
    plan.asOf = asOf;

    DateExtent extent;
    const QList<Spread> spreads = demandSpreads(input.tasks, extent);
    const bool window = options.lookaheadOnly && asOf.isValid();
    const WeekGrid grid = addWeeks(plan, input, asOf, options, extent, window, options.warningsOnly);
    const QHash<Id, int> rowById = addRows(plan, input, grid.weekCount);
    addAllocations(plan, input.allocations, rowById, grid);
    addDemand(plan, spreads, rowById, activeSuperusersByWeek(plan, grid), grid,
              options.demandParts && !options.warningsOnly ? &input.language : nullptr);
    if (window)
        return plan;

    // Warnings look at the as-of week and later only: the past is history.
    const int asOfIndex = asOf.isValid() ? std::max(0, grid.indexOf(asOf)) : 0;
    addWeekWarnings(plan, asOfIndex, options);
    addHolidayGoLiveWarning(plan, asOfIndex, options, input.language);
    const QList<const CapacityRow *> active = superusersActiveAsOf(plan, asOf);
    addKlikWarnings(plan, active, options.warningTexts);
    findTrainingDeadline(plan, input.tasks, options.trainingTaskKey);
    addTrainingWarnings(plan, active, input.language, asOf, options.trainingWarningDays, options.warningTexts);
    addUnitRatioWarnings(plan, active, options);
    return plan;
}

QList<CapacitySignal> overAllocations(const CapacityPlan &plan, const QDate &asOf, int weeks)
{
    QList<CapacitySignal> result;
    const int first = weekKey(asOf);
    for (int i = 0, key = first; i < weeks; ++i, key = nextWeekKey(key)) {
        const int column = plan.weekIndex(key);
        if (column < 0)
            continue;
        for (const CapacityRow &row : plan.rows) {
            const CapacityCell &cell = row.cells.at(column);
            if (cell.needsMore())
                result.append({row.person.id, row.person.name, key, cell.allocated, cell.needed});
        }
    }
    return result;
}

double workingDayShare(int workingDaysLost)
{
    return std::clamp(5 - workingDaysLost, 0, 5) / 5.0;
}

bool isHolidayWeek(const WeekDaysOff &week)
{
    return week.workingDaysLost >= 2 || week.school.has_value();
}

QList<Allocation> suggestedPlan(Id personId, const QDate &goLive, double weekHours,
                                const SchoolHolidayWeeks &schoolHolidays)
{
    QList<Allocation> plan;
    if (!goLive.isValid())
        return plan;
    const int g = weekKey(goLive);
    const auto halfHours = [&](double share) { return std::round(share * weekHours * 2.0) / 2.0; };
    constexpr int kFirst = -40;
    constexpr int kLast = 52;
    constexpr int kPeakFrom = -6;
    constexpr int kPeakTo = 2;
    const auto baseShare = [](int offset) {
        if (offset <= kPeakFrom - 1)
            return 0.20;
        if (offset <= kPeakTo)
            return offset < 0 ? 0.20 : 0.10;
        if (offset <= 8)
            return 0.10;
        return 0.05;
    };
    QList<double> shares; // per offset from kFirst
    for (int offset = kFirst; offset <= kLast; ++offset)
        shares.append(baseShare(offset));
    // The peak: the 9 weeks without holidays nearest before go-live + 2, never earlier than the plan's start.
    int peakWeeks = kPeakTo - kPeakFrom + 1;
    for (int offset = kPeakTo; offset >= kFirst && peakWeeks > 0; --offset) {
        if (isHolidayWeek(daysOffInWeek(addWeeksToKey(g, offset), schoolHolidays)))
            continue;
        shares[offset - kFirst] = 0.50;
        --peakWeeks;
    }
    // Runs of equal hours become one period each.
    for (int offset = kFirst; offset <= kLast; ++offset) {
        const double hours = halfHours(shares.at(offset - kFirst));
        const int key = addWeeksToKey(g, offset);
        if (!plan.isEmpty() && qFuzzyCompare(plan.last().hoursPerWeek, hours)) {
            plan.last().toWeek = key;
            continue;
        }
        Allocation allocation;
        allocation.personId = personId;
        allocation.fromWeek = key;
        allocation.toWeek = key;
        allocation.hoursPerWeek = hours;
        plan.append(allocation);
    }
    return plan;
}

} // namespace parat
