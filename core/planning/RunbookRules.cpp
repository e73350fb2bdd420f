#include "RunbookRules.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>

namespace parat {

namespace {

const RunbookStep *stepNumbered(const QList<RunbookStep> &steps, int number)
{
    for (const RunbookStep &step : steps) {
        if (step.number == number)
            return &step;
    }
    return nullptr;
}

} // namespace

QList<int> findRunbookCycle(const QList<RunbookStep> &steps)
{
    QHash<int, QList<int>> edges;
    QList<int> order;
    for (const RunbookStep &step : steps) {
        edges.insert(step.number, step.dependsOn);
        order.append(step.number);
    }
    std::sort(order.begin(), order.end());
    // Depth-first search, colouring steps: 0 unseen, 1 on the current path, 2 finished.
    QHash<int, int> colour;
    QList<int> path;
    QList<int> cycle;
    std::function<bool(int)> visit = [&](int number) {
        colour.insert(number, 1);
        path.append(number);
        for (int next : edges.value(number)) {
            if (!edges.contains(next))
                continue;
            const int seen = colour.value(next, 0);
            if (seen == 1) {
                cycle = path.mid(path.indexOf(next));
                cycle.append(next);
                return true;
            }
            if (seen == 0 && visit(next))
                return true;
        }
        path.removeLast();
        colour.insert(number, 2);
        return false;
    };
    for (int number : std::as_const(order)) {
        if (colour.value(number, 0) == 0 && visit(number))
            return cycle;
    }
    return {};
}

QString checkRunbook(const QList<RunbookStep> &steps)
{
    QSet<int> numbers;
    for (const RunbookStep &step : steps) {
        if (step.number <= 0)
            return RunbookText::tr("The step \"%1\" has no number.").arg(step.title);
        if (numbers.contains(step.number))
            return RunbookText::tr("Two steps have the number %1.").arg(step.number);
        numbers.insert(step.number);
    }
    for (const RunbookStep &step : steps) {
        for (int number : step.dependsOn) {
            if (!numbers.contains(number))
                return RunbookText::tr("%1 depends on step %2, which is not in the runbook.")
                    .arg(runbookStepLabel(step))
                    .arg(number);
        }
    }
    const QList<int> cycle = findRunbookCycle(steps);
    if (!cycle.isEmpty()) {
        QStringList names;
        for (int number : cycle)
            names.append(QString::number(number));
        QStringList titles;
        for (int i = 0; i + 1 < cycle.size(); ++i)
            titles.append(runbookStepLabel(*stepNumbered(steps, cycle.at(i))));
        return RunbookText::tr("The steps depend on each other in a circle: %1 (%2). Remove one of these "
                               "dependencies.")
            .arg(names.join(QStringLiteral(" → ")), titles.join(QStringLiteral(", ")));
    }
    for (const RunbookStep &step : steps) {
        if (step.status != RunbookStatus::Done)
            continue;
        for (int number : step.dependsOn) {
            const RunbookStep *before = stepNumbered(steps, number);
            if (before && before->status != RunbookStatus::Done)
                return RunbookText::tr("%1 cannot be done before %2 it depends on is done.")
                    .arg(runbookStepLabel(step), runbookStepLabel(*before));
        }
    }
    return QString();
}

bool runbookStepLate(const RunbookStep &step, const QDate &goLive, const QDateTime &now)
{
    if (!goLive.isValid() || step.status == RunbookStatus::Done)
        return false;
    return runbookTime(step.endMinutes(), goLive) <= now.toLocalTime();
}

void sortRunbook(QList<RunbookStep> *steps)
{
    std::stable_sort(steps->begin(), steps->end(), [](const RunbookStep &a, const RunbookStep &b) {
        return a.startMinutes != b.startMinutes ? a.startMinutes < b.startMinutes : a.number < b.number;
    });
}

RunbookNow classifyRunbookNow(const QList<RunbookStep> &steps, const QDate &goLive, const QDateTime &now, int nextCount)
{
    RunbookNow result;
    QList<RunbookStep> sorted = steps;
    sortRunbook(&sorted);
    const QDateTime local = now.toLocalTime();
    for (const RunbookStep &step : std::as_const(sorted)) {
        if (step.status == RunbookStatus::Problem)
            result.problems.append(step);
        if (!goLive.isValid() || step.status == RunbookStatus::Done)
            continue;
        const QDateTime start = runbookTime(step.startMinutes, goLive);
        const QDateTime end = runbookTime(step.endMinutes(), goLive);
        if (end <= local)
            result.late.append(step);
        else if (start <= local)
            result.shouldBeRunning.append(step);
        else if (step.status == RunbookStatus::Waiting && result.next.size() < nextCount)
            result.next.append(step);
    }
    return result;
}

QList<RunbookStep> defaultRunbook(Id municipalityId)
{
    // Minutes from go-live (day 0, 00:00) to a time on a day before (negative) or after it.
    const auto at = [](int day, int hour, int minute) { return day * kMinutesPerDay + hour * 60 + minute; };
    QList<RunbookStep> steps;
    // Steps are numbered in the order they are added; dependsOn names earlier numbers.
    const auto add = [&](const QString &title, const QString &owner, int startMinutes, int durationMinutes,
                         const QList<int> &dependsOn) {
        RunbookStep step;
        step.municipalityId = municipalityId;
        step.number = int(steps.size()) + 1;
        step.title = title;
        step.owner = owner;
        step.startMinutes = startMinutes;
        step.durationMinutes = durationMinutes;
        step.dependsOn = dependsOn;
        steps.append(step);
    };
    add(RunbookText::tr("Confirm the cutover plan with the supplier and IT operations"),
        RunbookText::tr("Project leader"), at(-14, 10, 0), 120, {});
    add(RunbookText::tr("Dress rehearsal of the last conversion"), RunbookText::tr("Conversion lead"), at(-7, 9, 0),
        8 * 60, {1});
    add(RunbookText::tr("Access and roles: user accounts and role assignments checked in DUBU 3.0"),
        RunbookText::tr("System administrator"), at(-5, 9, 0), 6 * 60, {1});
    add(RunbookText::tr("Freeze of the old system: no new registrations"), RunbookText::tr("System owner"),
        at(-3, 12, 0), 60, {2});
    add(RunbookText::tr("Last conversion: extract from the old system"), RunbookText::tr("Supplier"), at(-3, 13, 0),
        4 * 60, {4});
    add(RunbookText::tr("Last conversion: load into DUBU 3.0"), RunbookText::tr("Supplier"), at(-3, 17, 0), 14 * 60,
        {5});
    add(RunbookText::tr("Reconciliation samples: 20 cases per unit checked against the old system"),
        RunbookText::tr("Superusers"), at(-2, 9, 0), 6 * 60, {6});
    add(RunbookText::tr("Smoke test of key work processes: notification, case opening, decision, payment"),
        RunbookText::tr("Superusers"), at(-2, 15, 0), 3 * 60, {3, 7});
    add(RunbookText::tr("Go/no-go call with the steering group"), RunbookText::tr("Project owner"), at(-2, 18, 0), 60,
        {8});
    add(RunbookText::tr("Open access for all users and send the go-live message"),
        RunbookText::tr("System administrator"), at(-1, 10, 0), 2 * 60, {9});
    add(RunbookText::tr("First-day support rota: superusers on duty in every unit"),
        RunbookText::tr("Superuser coordinator"), at(0, 7, 30), 9 * 60, {10});
    add(RunbookText::tr("End-of-day status meeting after the first day"), RunbookText::tr("Project leader"),
        at(0, 16, 30), 60, {11});
    add(RunbookText::tr("Hypercare: daily status meeting and issue list"), RunbookText::tr("Project leader"),
        at(1, 8, 30), 13 * kMinutesPerDay, {12});
    add(RunbookText::tr("End of hypercare: hand over to operations"), RunbookText::tr("System owner"), at(14, 10, 0),
        2 * 60, {13});
    return steps;
}

} // namespace parat
