#include "domain/Stakeholder.h"

#include <array>

namespace parat {

namespace {

template<typename E, std::size_t N> QString codeOf(const std::array<const char *, N> &codes, E value)
{
    const auto index = static_cast<std::size_t>(value);
    return index < N ? QString::fromLatin1(codes[index]) : QString();
}

template<typename E, std::size_t N>
std::optional<E> fromCode(const std::array<const char *, N> &codes, const QString &code)
{
    for (std::size_t index = 0; index < N; ++index) {
        if (code == QLatin1String(codes[index]))
            return static_cast<E>(index);
    }
    return std::nullopt;
}

template<typename E, std::size_t N> QList<E> allOf()
{
    QList<E> all;
    for (std::size_t index = 0; index < N; ++index)
        all.append(static_cast<E>(index));
    return all;
}

constexpr std::array<const char *, 3> kKinds {"person", "group", "organisation"};
constexpr std::array<const char *, 5> kEngagements {"unaware", "resistant", "neutral", "supportive", "leading"};
constexpr std::array<const char *, 4> kStrategies {"inform", "consult", "involve", "ownership"};
constexpr std::array<const char *, 7> kChannels {"dialogue", "meeting",    "staff_meeting", "workshop",
                                                 "email",    "newsletter", "intranet"};
constexpr std::array<const char *, 3> kCommunicationStatuses {"planned", "done", "cancelled"};

} // namespace

bool isHigh(int scaleValue)
{
    return scaleValue >= 2;
}

Quadrant quadrantOf(int influence, int affectedness)
{
    if (isHigh(influence))
        return isHigh(affectedness) ? Quadrant::ManageClosely : Quadrant::KeepSatisfied;
    return isHigh(affectedness) ? Quadrant::KeepInformed : Quadrant::Monitor;
}

int engagementGap(const Stakeholder &stakeholder)
{
    return int(stakeholder.engagementTarget) - int(stakeholder.engagementNow);
}

bool contactOverdue(const Stakeholder &stakeholder, const QDate &asOf)
{
    return stakeholder.nextContact.isValid() && stakeholder.nextContact < asOf;
}

bool communicationOverdue(const CommunicationItem &item, const QDate &asOf)
{
    return item.status == CommunicationStatus::Planned && item.plannedOn.isValid() && item.plannedOn < asOf;
}

bool communicationDueWithin(const CommunicationItem &item, const QDate &asOf, int days)
{
    return item.status == CommunicationStatus::Planned && item.plannedOn.isValid() && item.plannedOn >= asOf
        && item.plannedOn <= asOf.addDays(days);
}

QList<Quadrant> allQuadrants()
{
    return allOf<Quadrant, 4>();
}

QString quadrantName(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::ManageClosely:
        //: Quadrant of high influence and highly affected. Danish: Ressourcepersoner
        return StakeholderText::tr("Manage closely");
    case Quadrant::KeepSatisfied:
        //: Quadrant of high influence, little affected. Danish: Grå eminencer
        return StakeholderText::tr("Keep satisfied");
    case Quadrant::KeepInformed:
        //: Quadrant of low influence, highly affected. Danish: Gidsler
        return StakeholderText::tr("Keep informed");
    case Quadrant::Monitor:
        //: Quadrant of low influence, little affected. Danish: Eksterne interessenter
        return StakeholderText::tr("Monitor");
    }
    return {};
}

QString quadrantAdvice(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::ManageClosely:
        return StakeholderText::tr("Involve closely and build ownership");
    case Quadrant::KeepSatisfied:
        return StakeholderText::tr("Consult on key decisions; keep them satisfied");
    case Quadrant::KeepInformed:
        return StakeholderText::tr("Inform often about what changes for them");
    case Quadrant::Monitor:
        return StakeholderText::tr("Monitor; inform when needed");
    }
    return {};
}

QList<StakeholderKind> allStakeholderKinds()
{
    return allOf<StakeholderKind, 3>();
}

QString stakeholderKindCode(StakeholderKind kind)
{
    return codeOf(kKinds, kind);
}

std::optional<StakeholderKind> stakeholderKindFromCode(const QString &code)
{
    return fromCode<StakeholderKind>(kKinds, code);
}

QString stakeholderKindName(StakeholderKind kind)
{
    switch (kind) {
    case StakeholderKind::Person:
        return StakeholderText::tr("Person");
    case StakeholderKind::Group:
        return StakeholderText::tr("Group");
    case StakeholderKind::Organisation:
        return StakeholderText::tr("Organisation");
    }
    return {};
}

QList<Engagement> allEngagements()
{
    return allOf<Engagement, 5>();
}

QString engagementCode(Engagement engagement)
{
    return codeOf(kEngagements, engagement);
}

std::optional<Engagement> engagementFromCode(const QString &code)
{
    return fromCode<Engagement>(kEngagements, code);
}

QString engagementName(Engagement engagement)
{
    switch (engagement) {
    case Engagement::Unaware:
        //: Engagement level. Danish: Uvidende
        return StakeholderText::tr("Unaware");
    case Engagement::Resistant:
        //: Engagement level. Danish: Modstræbende
        return StakeholderText::tr("Resistant");
    case Engagement::Neutral:
        //: Engagement level. Danish: Neutral
        return StakeholderText::tr("Neutral");
    case Engagement::Supportive:
        //: Engagement level. Danish: Støttende
        return StakeholderText::tr("Supportive");
    case Engagement::Leading:
        //: Engagement level. Danish: Førende
        return StakeholderText::tr("Leading");
    }
    return {};
}

QList<Strategy> allStrategies()
{
    return allOf<Strategy, 4>();
}

QString strategyCode(Strategy strategy)
{
    return codeOf(kStrategies, strategy);
}

std::optional<Strategy> strategyFromCode(const QString &code)
{
    return fromCode<Strategy>(kStrategies, code);
}

QString strategyName(Strategy strategy)
{
    switch (strategy) {
    case Strategy::Inform:
        //: Strategy ladder. Danish: Informeres
        return StakeholderText::tr("Inform");
    case Strategy::Consult:
        //: Strategy ladder. Danish: Høres
        return StakeholderText::tr("Consult");
    case Strategy::Involve:
        //: Strategy ladder. Danish: Inddrages
        return StakeholderText::tr("Involve");
    case Strategy::Ownership:
        //: Strategy ladder. Danish: Medejerskab
        return StakeholderText::tr("Co-ownership");
    }
    return {};
}

QList<Channel> allChannels()
{
    return allOf<Channel, 7>();
}

QString channelCode(Channel channel)
{
    return codeOf(kChannels, channel);
}

std::optional<Channel> channelFromCode(const QString &code)
{
    return fromCode<Channel>(kChannels, code);
}

QString channelName(Channel channel)
{
    switch (channel) {
    case Channel::Dialogue:
        return StakeholderText::tr("Personal dialogue");
    case Channel::Meeting:
        return StakeholderText::tr("Meeting");
    case Channel::StaffMeeting:
        return StakeholderText::tr("Staff meeting");
    case Channel::Workshop:
        return StakeholderText::tr("Workshop");
    case Channel::Email:
        return StakeholderText::tr("E-mail");
    case Channel::Newsletter:
        return StakeholderText::tr("Newsletter");
    case Channel::Intranet:
        return StakeholderText::tr("Intranet");
    }
    return {};
}

QList<CommunicationStatus> allCommunicationStatuses()
{
    return allOf<CommunicationStatus, 3>();
}

QString communicationStatusCode(CommunicationStatus status)
{
    return codeOf(kCommunicationStatuses, status);
}

std::optional<CommunicationStatus> communicationStatusFromCode(const QString &code)
{
    return fromCode<CommunicationStatus>(kCommunicationStatuses, code);
}

QString communicationStatusName(CommunicationStatus status)
{
    switch (status) {
    case CommunicationStatus::Planned:
        //: Communication status. Danish: Planlagt
        return StakeholderText::tr("Planned");
    case CommunicationStatus::Done:
        //: Communication status. Danish: Gennemført
        return StakeholderText::tr("Done");
    case CommunicationStatus::Cancelled:
        //: Communication status. Danish: Aflyst
        return StakeholderText::tr("Cancelled");
    }
    return {};
}

} // namespace parat
