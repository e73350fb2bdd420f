#pragma once

#include "domain/Types.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace parat {

// The decision log (docs/risks-and-decisions.md): questions the steering group must decide, with the date the
// answer is needed by. Like risks, a decision has a number of its own within the municipality ("D2").

enum class DecisionStatus
{
    Pending, // Danish: afventer
    Taken, // Danish: truffet
    Postponed // Danish: udsat
};

// Translation context for the free functions below (lupdate sees "parat::DecisionText").
struct DecisionText
{
    Q_DECLARE_TR_FUNCTIONS(parat::DecisionText)
};

struct Decision
{
    Id id = 0;
    Id municipalityId = 0;
    int number = 0; // 1, 2, ... within the municipality; given when stored
    QString question;
    QString background;
    QString options;
    QDate neededBy;
    QDate decidedOn;
    QString decision; // what was decided
    QString decidedBy; // who decided (the steering group, a director, ...)
    DecisionStatus status = DecisionStatus::Pending;
    Id riskId = 0; // the risk it answers; 0: none
    QString taskKey; // the task it concerns; empty: none
    // The row version it was read with (docs/team-mode.md "Concurrent edits"); -1: not read from the plan, and a
    // write of it is not checked against the stored version. Not part of ==, which compares what the row holds.
    qint64 version = -1;

    bool operator==(const Decision &other) const
    {
        return id == other.id && municipalityId == other.municipalityId && number == other.number
            && question == other.question && background == other.background && options == other.options
            && neededBy == other.neededBy && decidedOn == other.decidedOn && decision == other.decision
            && decidedBy == other.decidedBy && status == other.status && riskId == other.riskId
            && taskKey == other.taskKey;
    }
};

// Trims the texts; a question is required, and a decision marked taken needs what was decided written down. On
// failure *error names the problem and the decision is left as it was.
bool validateDecision(Decision *decision, QString *error);
// Still to be decided (pending or postponed) and the date it was needed by has passed.
bool decisionOverdue(const Decision &decision, const QDate &asOf);
// Still to be decided (pending or postponed).
bool decisionOpen(const Decision &decision);
// The open decisions of `decisions` (decisionOpen()), the earliest needed first and the undated last; equal dates keep
// their order.
QList<Decision> openDecisionsByNeed(const QList<Decision> &decisions);
// "D2" (Danish "B2"): how a decision is named in lists and the light's reasons.
QString decisionLabel(int number);

QList<DecisionStatus> allDecisionStatuses();
QString decisionStatusCode(DecisionStatus status);
std::optional<DecisionStatus> decisionStatusFromCode(const QString &code);
QString decisionStatusName(DecisionStatus status);

} // namespace parat
