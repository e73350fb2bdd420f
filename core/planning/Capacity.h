#pragma once

#include "domain/DanishHolidays.h"
#include "domain/Superuser.h"
#include "domain/Types.h"
#include "planning/Readiness.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace parat {

// Capacity against demand per person per ISO week (docs/design.md "Capacity"), as pure functions over
// loaded data plus loaders that read it from the database.
//
// Decisions (where docs/design.md leaves room):
// - Demand of a task = its estimate spread evenly over the ISO weeks from its release week to its due week
//   (both included; at least one week). Without a release date the due week alone carries it. Tasks without
//   a due date (no go-live), with an estimate of 0, not relevant or withdrawn need nothing. A done task needs
//   nothing after the week it was done in: its estimate is spread over release..done week instead.
// - Performer: the task state's performer person. A task without a performer whose performer role (or, without
//   one, responsible role) is SU is a task for "all superusers": every week its share is split evenly among
//   the superusers active in that week (role SU, appointed by then, not past "active until"). Tasks without a
//   performer for other roles are nobody's yet and do not appear in the grid.
// - Per-person tasks: the named performer needs the full estimate; a per-person task for all superusers needs
//   the full estimate from EACH active superuser (not split).
// - Allocated hours of a week come from the one allocation period covering it (periods never overlap,
//   AllocationRepository), shrunk by the working-day rule (workingDayShare, docs/calendar.md): a week that
//   loses 2 of its 5 working days to public holidays and customary days off keeps 3/5 of the hours set aside.
//   School-holiday weeks keep their hours but are marked (CapacityPlan::daysOff). Over-allocated: needed > allocated >
//   0. Unplanned: needed > 0 with 0 h allocated. Impossible: allocated > 37 h. Week warnings look at the as-of week and
//   later only: the past is history.
// - Training milestone: the earliest due date of a relevant milestone task with theme UDD; when the handbook
//   has none, the due date of the task with CapacityOptions::trainingTaskKey (the sample handbook's superuser
//   training, P22-12). An active superuser is "not trained" when trained_on is after that date, or unset while
//   the date is less than trainingWarningDays away (or past).
// - Caseworkers per superuser: per unit, the caseworkers covered by its active superusers divided by their
//   number; more than 20 warns. Superusers without a unit count as one unit "(no unit)".
// - The grid spans every week with demand or allocations, and at least go-live - 40 (start of P1) to go-live
//   + 8 (end of P3), so the whole project scrolls.

// Translation context for the free functions below (lupdate sees "parat::CapacityText").
struct CapacityText
{
    Q_DECLARE_TR_FUNCTIONS(parat::CapacityText)
};

struct CapacityOptions
{
    double maxWeeklyHours = 37.0; // a full-time week
    int maxCaseworkersPerSuperuser = 20;
    QString trainingTaskKey = QStringLiteral("P22-12");
    int trainingWarningDays = 28;
    int lookaheadWeeks = 4; // weeks of ReadinessSignals::overAllocations from the as-of week
    int weeksBeforeGoLive = 40;
    int weeksAfterGoLive = 8;
    int maxListedWeeks = 6; // a warning names at most this many week ranges, then "and N more"
    // The go-live weeks: from this many weeks before the go-live week to this many after it. Those falling in
    // holidays with fewer hours (after the working-day rule) than needed give a HolidayGoLive warning.
    int goLiveWeeksBefore = 1;
    int goLiveWeeksAfter = 1;
    // Only the lookaheadWeeks from the as-of week, without warnings: the cells the traffic light reads
    // (overAllocations), each as the full plan computes it, at a fraction of the cost. For the
    // cross-municipality overview, which needs this for every municipality.
    bool lookaheadOnly = false;
    // Only what the warnings read: the weeks from the as-of week on (each cell as the full plan computes it), and the
    // warnings, equal to the full plan's (text and weeks included). The weeks before the as-of week are left out. For
    // the overview report's count of capacity warnings of every municipality.
    bool warningsOnly = false;
    // The warnings' sentences (CapacityWarning::text). Without them each warning still has its kind, person or unit
    // and weeks: enough to count them.
    bool warningTexts = true;
    // Which tasks make up each cell's hours (CapacityCell::demand), for the grid's tooltips. Without them each cell
    // still has its hours needed; nothing but the tooltips reads the parts.
    bool demandParts = true;
};

// One task's share of a person's week.
struct DemandPart
{
    Id taskId = 0;
    QString key;
    QString title;
    double hours = 0.0;
    int sharedBy = 1; // > 1: a task for all superusers, split among this many
    bool perPerson = false;
};

struct CapacityCell
{
    double setAside = 0.0; // hours of the allocation period covering the week, as entered
    double allocated = 0.0; // setAside after the working-day rule: what the week really has
    double needed = 0.0;
    QList<DemandPart> demand;

    double free() const { return allocated - needed; } // negative: hours over
    bool overAllocated() const { return allocated > 1e-9 && needed > allocated + 1e-9; }
    bool unplanned() const { return allocated <= 1e-9 && needed > 1e-9; }
    bool needsMore() const { return needed > allocated + 1e-9; } // either of the two above
};

struct CapacityRow
{
    Person person;
    SuperuserDetails details;
    bool superuser = false; // has the SU role
    QList<CapacityCell> cells; // one per CapacityPlan::weeks
};

struct CapacityPlan
{
    Id municipalityId = 0;
    QDate goLive;
    QDate asOf;
    QList<int> weeks; // consecutive week keys
    QList<WeekDaysOff> daysOff; // per week: holidays, working days lost, school holiday
    QList<CapacityRow> rows; // one per person, in the order given
    QList<CapacityWarning> warnings;
    QDate trainingDeadline; // invalid: no training milestone found
    QString trainingTaskKey; // task that set the deadline
    QList<double> unassigned; // per week: hours of tasks for all superusers when none is active

    int weekIndex(int weekKey) const; // -1 when outside
    int rowOf(Id personId) const; // -1 when not shown
    double totalAllocated(int column) const;
    double totalNeeded(int column) const;
};

struct CapacityInput
{
    QDate goLive;
    QList<PlannedTask> tasks;
    QList<Person> people;
    QHash<Id, SuperuserDetails> details;
    QList<Allocation> allocations;
    SchoolHolidayWeeks schoolHolidays; // the municipality's, or the defaults
    QString language; // task titles: "da" or "en"
};

// The working-day rule (docs/calendar.md), the one place hours set aside meet the calendar: the share of a
// week's hours that is left when workingDaysLost of its 5 working days (Monday to Friday) are public holidays
// or customary days off. 1 for none, 0.6 for 2, 0 for 5.
double workingDayShare(int workingDaysLost);
inline double hoursAfterDaysOff(double setAside, int workingDaysLost)
{
    return setAside * workingDayShare(workingDaysLost);
}

// A week the suggested plan keeps its peak out of: one losing 2 or more working days to holidays, or a school
// holiday (superusers with children are often away then).
bool isHolidayWeek(const WeekDaysOff &week);

CapacityPlan computeCapacity(const CapacityInput &input, const QDate &asOf, const CapacityOptions &options = {});

// Weeks from the as-of week through lookaheadWeeks - 1 later where a person needs more than allocated.
QList<CapacitySignal> overAllocations(const CapacityPlan &plan, const QDate &asOf, int weeks = 4);

// The suggested plan (docs/design.md "Capacity") for one person, relative to go-live, rounded to half hours of a
// 37-hour week: ~20 % from go-live - 40 to - 7 (7.5 h), ~50 % from - 6 to + 2 (18.5 h), ~10 % from + 3 to + 8 (3.5 h),
// ~5 % from + 9 to + 52 (2 h). Empty without a go-live date.
// The peak avoids holiday weeks (isHolidayWeek, with the municipality's school holidays): such a week in the peak
// gets the rate of its side of go-live (20 % before the go-live week, 10 % from it on), and the peak starts one
// week earlier for each, so it still covers 9 weeks without holidays. Periods of equal hours are merged.
QList<Allocation> suggestedPlan(Id personId, const QDate &goLive, double weekHours = 37.0,
                                const SchoolHolidayWeeks &schoolHolidays = {});

} // namespace parat
