#pragma once

#include "domain/Runbook.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace parat {

// The rules of the cutover runbook (docs/runbook.md "Rules"): over values only, with "now" given, so tests fix
// the time.

// The step numbers of one dependency cycle, in order, the first repeated at the end ({3, 5, 3}); empty when the
// steps have none. Dependencies on numbers that are not steps are ignored here.
QList<int> findRunbookCycle(const QList<RunbookStep> &steps);

// Checks a whole runbook: every number used once, every dependency names a step, no cycle (the message names
// the steps of one: "3 → 5 → 3"), and no step done before a step it depends on is done. Empty when all holds,
// otherwise the first problem in words.
QString checkRunbook(const QList<RunbookStep> &steps);

// What the "now" view shows at a moment of the go-live weekend.
struct RunbookNow
{
    // Not done, and now lies between its planned start and end (running or not).
    QList<RunbookStep> shouldBeRunning;
    // Not done and its planned end has passed.
    QList<RunbookStep> late;
    // Waiting and not yet due to start: the next few by start.
    QList<RunbookStep> next;
    // Steps with status problem (also in one of the lists above when timed there).
    QList<RunbookStep> problems;
};

// Classifies the steps against now (local time) with go-live at 00:00 of goLive; each list by planned start.
// At most nextCount steps in next. Without a go-live date nothing can be placed in time: all lists but problems
// are empty.
RunbookNow classifyRunbookNow(const QList<RunbookStep> &steps, const QDate &goLive, const QDateTime &now,
                              int nextCount = 5);

// A step is late at now: not done and its planned end has passed.
bool runbookStepLate(const RunbookStep &step, const QDate &goLive, const QDateTime &now);

// The default runbook (freeze, last conversion, reconciliation samples, access and roles, smoke test, go/no-go
// call, first-day support rota, hypercare), numbered 1.. with their dependencies, titles in the current
// language. municipalityId is set on every step.
QList<RunbookStep> defaultRunbook(Id municipalityId);

// Steps sorted by planned start, then number.
void sortRunbook(QList<RunbookStep> *steps);

} // namespace parat
