#pragma once

#include "domain/Types.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace parat {

// Go/no-go readiness (docs/go-live-readiness.md): the criteria a municipality must meet before go-live, the
// go/no-go meeting and its conditions. The rules that measure criteria and score them are in
// planning/GoLiveReadiness.

// Status of a criterion. Danish: opfyldt, delvist opfyldt, ikke opfyldt, ikke relevant.
enum class GoLiveStatus
{
    NotMet,
    PartlyMet,
    Met,
    NotRelevant // needs a reason
};

// What Parat measures for a criterion; None: the criterion is judged and ticked by hand.
enum class GoLiveMeasure
{
    None,
    MandatoryTasks, // mandatory tasks due by go-live done and marked in KLIK
    SuperusersTrained, // superusers active in the go-live weeks trained
    GoLiveHours, // hours set aside in the go-live weeks >= hours needed
    TestConversion, // test and conversion tasks due before go-live done
    ResourcePersons, // stakeholders in "Ressourcepersoner" at or above their target engagement
    Communication, // communication dated before go-live done
    HighRisks // no open risk scoring 9 or more
};

enum class GoLiveDecision
{
    Pending, // the meeting is planned or has not decided
    Go,
    GoWithConditions,
    NoGo
};

// Translation context for the free functions below (lupdate sees "parat::GoLiveText").
struct GoLiveText
{
    Q_DECLARE_TR_FUNCTIONS(parat::GoLiveText)
};

struct GoLiveCriterion
{
    Id id = 0;
    Id municipalityId = 0;
    int sortOrder = 0; // order on the page and the paper; given when stored
    QString title;
    GoLiveMeasure measure = GoLiveMeasure::None;
    Id ownerId = 0; // a person of the municipality; 0: nobody yet
    QDate due;
    QString evidence; // what shows it is met
    QString evidenceLink; // a link or a file path
    GoLiveStatus status = GoLiveStatus::NotMet; // set by hand; a measured criterion's status is computed
    QString reason; // why "not relevant" (required then)
    // The row version it was read with (docs/team-mode.md "Concurrent edits"); -1: not read from the plan, and a
    // write of it is not checked against the stored version. Not part of ==, which compares what the row holds.
    qint64 version = -1;

    bool operator==(const GoLiveCriterion &other) const
    {
        return id == other.id && municipalityId == other.municipalityId && sortOrder == other.sortOrder
            && title == other.title && measure == other.measure && ownerId == other.ownerId && due == other.due
            && evidence == other.evidence && evidenceLink == other.evidenceLink && status == other.status
            && reason == other.reason;
    }

    bool measured() const { return measure != GoLiveMeasure::None; }
};

// A condition of a "go with conditions": what must be done, by whom and by when.
struct GoLiveCondition
{
    QString text;
    Id ownerId = 0;
    QDate deadline;

    bool operator==(const GoLiveCondition &other) const
    {
        return text == other.text && ownerId == other.ownerId && deadline == other.deadline;
    }
};

// The go/no-go meeting of a municipality (one record per municipality; a new meeting overwrites it and the
// history keeps the old one through undo).
struct GoLiveMeeting
{
    Id id = 0; // the municipality's id: one meeting each
    Id municipalityId = 0;
    QDate heldOn;
    QString participants; // names, one per line or separated by commas
    GoLiveDecision decision = GoLiveDecision::Pending;
    QString note;
    QList<GoLiveCondition> conditions;
    // The row version the meeting (with its conditions) was read with (docs/team-mode.md "Concurrent edits"): 0 when
    // none is stored; -1 when it was not read from the plan, and a write of it is not checked. Not part of ==.
    qint64 version = -1;

    bool operator==(const GoLiveMeeting &other) const
    {
        return municipalityId == other.municipalityId && heldOn == other.heldOn && participants == other.participants
            && decision == other.decision && note == other.note && conditions == other.conditions;
    }
    bool operator!=(const GoLiveMeeting &other) const { return !(*this == other); }
};

// Trims the texts; a title is required and "not relevant" needs a reason. A measured criterion keeps its stored
// status (it is not used). On failure *error names the problem and the criterion is left as it was.
bool validateGoLiveCriterion(GoLiveCriterion *criterion, QString *error);
// Trims the texts and drops empty conditions; a meeting needs a date, and "go with conditions" needs at least one
// condition, each with a deadline.
bool validateGoLiveMeeting(GoLiveMeeting *meeting, QString *error);

QList<GoLiveStatus> allGoLiveStatuses();
QString goLiveStatusCode(GoLiveStatus status); // "not_met", "partly_met", "met", "not_relevant"
std::optional<GoLiveStatus> goLiveStatusFromCode(const QString &code);
QString goLiveStatusName(GoLiveStatus status);

QList<GoLiveMeasure> allGoLiveMeasures(); // without None
QString goLiveMeasureCode(GoLiveMeasure measure); // "" for None, "mandatory-tasks", ...
std::optional<GoLiveMeasure> goLiveMeasureFromCode(const QString &code);
// The default title of a measured criterion, as the default set names it.
QString goLiveMeasureTitle(GoLiveMeasure measure);

QList<GoLiveDecision> allGoLiveDecisions();
QString goLiveDecisionCode(GoLiveDecision decision); // "pending", "go", "go_with_conditions", "no_go"
std::optional<GoLiveDecision> goLiveDecisionFromCode(const QString &code);
QString goLiveDecisionName(GoLiveDecision decision);

} // namespace parat
