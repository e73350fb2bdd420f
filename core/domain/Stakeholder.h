#pragma once

#include "domain/Types.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace parat {

// The stakeholder map and the communication plan (docs/domain.md "Stakeholder model"). Each enum has a stable code
// for the database and a display name in the user's language.

enum class StakeholderKind
{
    Person,
    Group,
    Organisation
};

// The four fields of influence x how affected, named after what to do with their stakeholders (Mendelow) and
// always shown with what places a stakeholder there (quadrantMeaning()). The Danish names say the same
// ("Hold tilfredse", not "Eksterne interessenter"): an internal manager can sit in any field.
enum class Quadrant
{
    ManageClosely, // high influence, highly affected
    KeepSatisfied, // high influence, little affected
    KeepInformed, // low influence, highly affected
    Monitor // low influence, little affected
};

// PMBOK's engagement levels, in ascending order: the step number is the enum value.
enum class Engagement
{
    Unaware,
    Resistant,
    Neutral,
    Supportive,
    Leading
};

// The strategy ladder, in ascending order of involvement.
enum class Strategy
{
    Inform,
    Consult,
    Involve,
    Ownership
};

enum class Channel
{
    Dialogue,
    Meeting,
    StaffMeeting,
    Workshop,
    Email,
    Newsletter,
    Intranet
};

enum class CommunicationStatus
{
    Planned,
    Done,
    Cancelled
};

// Translation context for the free functions below (lupdate sees "parat::StakeholderText").
struct StakeholderText
{
    Q_DECLARE_TR_FUNCTIONS(parat::StakeholderText)
};

// Highest value of the influence and affectedness scales (0..3).
constexpr int kStakeholderScaleMax = 3;

struct Stakeholder
{
    Id id = 0;
    Id municipalityId = 0;
    QString name;
    StakeholderKind kind = StakeholderKind::Person;
    bool internal = true;
    QString unit;
    QString projectRole; // role in the project, free text
    int influence = 0; // 0..3
    int affectedness = 0; // 0..3
    Engagement engagementNow = Engagement::Neutral;
    Engagement engagementTarget = Engagement::Supportive;
    QString concerns; // what matters to them
    Strategy strategy = Strategy::Inform;
    QString noteBefore; // before go-live
    QString noteDuring;
    QString noteAfter;
    Id ownerId = 0; // a person of the municipality; 0: nobody
    QDate nextContact;
    QDate lastReviewed;
    // The row version it was read with (docs/team-mode.md "Concurrent edits"); -1: not read from the plan, and a
    // write of it is not checked against the stored version. Not part of ==, which compares what the row holds.
    qint64 version = -1;

    bool operator==(const Stakeholder &other) const
    {
        return id == other.id && municipalityId == other.municipalityId && name == other.name && kind == other.kind
            && internal == other.internal && unit == other.unit && projectRole == other.projectRole
            && influence == other.influence && affectedness == other.affectedness
            && engagementNow == other.engagementNow && engagementTarget == other.engagementTarget
            && concerns == other.concerns && strategy == other.strategy && noteBefore == other.noteBefore
            && noteDuring == other.noteDuring && noteAfter == other.noteAfter && ownerId == other.ownerId
            && nextContact == other.nextContact && lastReviewed == other.lastReviewed;
    }
};

struct CommunicationItem
{
    Id id = 0;
    Id municipalityId = 0;
    Id stakeholderId = 0; // 0: a target group named in targetGroup
    QString targetGroup;
    QString occasion;
    Id taskId = 0; // the milestone or task the occasion points to; 0: none
    QString message;
    QString goal;
    Channel channel = Channel::Email;
    Id senderId = 0; // a person; prefer a leader with staff responsibility
    QDate plannedOn;
    Id responsibleId = 0; // a person
    CommunicationStatus status = CommunicationStatus::Planned;
    QDate doneOn;
    // The row version it was read with (docs/team-mode.md "Concurrent edits"); -1: not read from the plan, and a
    // write of it is not checked against the stored version. Not part of ==, which compares what the row holds.
    qint64 version = -1;

    bool operator==(const CommunicationItem &other) const
    {
        return id == other.id && municipalityId == other.municipalityId && stakeholderId == other.stakeholderId
            && targetGroup == other.targetGroup && occasion == other.occasion && taskId == other.taskId
            && message == other.message && goal == other.goal && channel == other.channel && senderId == other.senderId
            && plannedOn == other.plannedOn && responsibleId == other.responsibleId && status == other.status
            && doneOn == other.doneOn;
    }
};

// Quadrant rule (docs/design.md "Stakeholders"): influence >= 2 is high, affectedness >= 2 is high.
bool isHigh(int scaleValue);
Quadrant quadrantOf(int influence, int affectedness);
inline Quadrant quadrantOf(const Stakeholder &stakeholder)
{
    return quadrantOf(stakeholder.influence, stakeholder.affectedness);
}
// Target step minus current step; negative when they are further than desired (never a problem).
int engagementGap(const Stakeholder &stakeholder);
// The next contact date has passed.
bool contactOverdue(const Stakeholder &stakeholder, const QDate &asOf);
// Planned, and its date has passed.
bool communicationOverdue(const CommunicationItem &item, const QDate &asOf);
// Planned, dated from asOf through asOf + days.
bool communicationDueWithin(const CommunicationItem &item, const QDate &asOf, int days);

QList<Quadrant> allQuadrants();
QString quadrantName(Quadrant quadrant);
// What places a stakeholder in the field: "High influence, highly affected".
QString quadrantMeaning(Quadrant quadrant);
// The name with its meaning: "Keep satisfied: high influence, little affected".
QString quadrantTitle(Quadrant quadrant);
// One line of advice: what to do with the stakeholders of the quadrant.
QString quadrantAdvice(Quadrant quadrant);

QList<StakeholderKind> allStakeholderKinds();
QString stakeholderKindCode(StakeholderKind kind);
std::optional<StakeholderKind> stakeholderKindFromCode(const QString &code);
QString stakeholderKindName(StakeholderKind kind);

QList<Engagement> allEngagements();
QString engagementCode(Engagement engagement);
std::optional<Engagement> engagementFromCode(const QString &code);
QString engagementName(Engagement engagement);

QList<Strategy> allStrategies();
QString strategyCode(Strategy strategy);
std::optional<Strategy> strategyFromCode(const QString &code);
QString strategyName(Strategy strategy);

QList<Channel> allChannels();
QString channelCode(Channel channel);
std::optional<Channel> channelFromCode(const QString &code);
QString channelName(Channel channel);

QList<CommunicationStatus> allCommunicationStatuses();
QString communicationStatusCode(CommunicationStatus status);
std::optional<CommunicationStatus> communicationStatusFromCode(const QString &code);
QString communicationStatusName(CommunicationStatus status);

} // namespace parat
