#include "domain/GoLive.h"

#include <array>

namespace parat {

namespace {

constexpr std::array<const char *, 4> kStatuses {"not_met", "partly_met", "met", "not_relevant"};
constexpr std::array<const char *, 8> kMeasures {"",
                                                 "mandatory-tasks",
                                                 "superusers-trained",
                                                 "go-live-hours",
                                                 "test-conversion",
                                                 "resource-persons",
                                                 "communication",
                                                 "high-risks"};
constexpr std::array<const char *, 4> kDecisions {"pending", "go", "go_with_conditions", "no_go"};

template<std::size_t N> QString codeAt(const std::array<const char *, N> &codes, int index)
{
    return index >= 0 && std::size_t(index) < N ? QString::fromLatin1(codes[std::size_t(index)]) : QString();
}

} // namespace

bool validateGoLiveCriterion(GoLiveCriterion *criterion, QString *error)
{
    GoLiveCriterion candidate = *criterion;
    candidate.title = candidate.title.trimmed();
    candidate.evidence = candidate.evidence.trimmed();
    candidate.evidenceLink = candidate.evidenceLink.trimmed();
    candidate.reason = candidate.reason.trimmed();
    if (candidate.title.isEmpty()) {
        *error = GoLiveText::tr("A go-live criterion needs a text.");
        return false;
    }
    if (!candidate.measured() && candidate.status == GoLiveStatus::NotRelevant && candidate.reason.isEmpty()) {
        *error = GoLiveText::tr("The criterion \"%1\" is marked not relevant: write why.").arg(candidate.title);
        return false;
    }
    *criterion = candidate;
    return true;
}

bool validateGoLiveMeeting(GoLiveMeeting *meeting, QString *error)
{
    GoLiveMeeting candidate = *meeting;
    candidate.participants = candidate.participants.trimmed();
    candidate.note = candidate.note.trimmed();
    QList<GoLiveCondition> conditions;
    for (GoLiveCondition condition : std::as_const(candidate.conditions)) {
        condition.text = condition.text.trimmed();
        if (condition.text.isEmpty())
            continue;
        if (!condition.deadline.isValid()) {
            *error = GoLiveText::tr("The condition \"%1\" needs a deadline.").arg(condition.text);
            return false;
        }
        conditions.append(condition);
    }
    candidate.conditions = conditions;
    if (!candidate.heldOn.isValid()) {
        *error = GoLiveText::tr("The go/no-go meeting needs a date.");
        return false;
    }
    if (candidate.decision == GoLiveDecision::GoWithConditions && candidate.conditions.isEmpty()) {
        *error = GoLiveText::tr("A go with conditions needs at least one condition.");
        return false;
    }
    *meeting = candidate;
    return true;
}

QList<GoLiveStatus> allGoLiveStatuses()
{
    return {GoLiveStatus::Met, GoLiveStatus::PartlyMet, GoLiveStatus::NotMet, GoLiveStatus::NotRelevant};
}

QString goLiveStatusCode(GoLiveStatus status)
{
    return codeAt(kStatuses, int(status));
}

std::optional<GoLiveStatus> goLiveStatusFromCode(const QString &code)
{
    for (GoLiveStatus status : allGoLiveStatuses()) {
        if (code.trimmed() == goLiveStatusCode(status))
            return status;
    }
    return std::nullopt;
}

QString goLiveStatusName(GoLiveStatus status)
{
    switch (status) {
    case GoLiveStatus::NotMet:
        //: Status of a go-live criterion. Danish: Ikke opfyldt
        return GoLiveText::tr("Not met");
    case GoLiveStatus::PartlyMet:
        //: Status of a go-live criterion. Danish: Delvist opfyldt
        return GoLiveText::tr("Partly met");
    case GoLiveStatus::Met:
        //: Status of a go-live criterion. Danish: Opfyldt
        return GoLiveText::tr("Met");
    case GoLiveStatus::NotRelevant:
        //: Status of a go-live criterion. Danish: Ikke relevant
        return GoLiveText::tr("Not relevant");
    }
    return {};
}

QList<GoLiveMeasure> allGoLiveMeasures()
{
    return {GoLiveMeasure::MandatoryTasks, GoLiveMeasure::SuperusersTrained, GoLiveMeasure::GoLiveHours,
            GoLiveMeasure::TestConversion, GoLiveMeasure::ResourcePersons,   GoLiveMeasure::Communication,
            GoLiveMeasure::HighRisks};
}

QString goLiveMeasureCode(GoLiveMeasure measure)
{
    return codeAt(kMeasures, int(measure));
}

std::optional<GoLiveMeasure> goLiveMeasureFromCode(const QString &code)
{
    if (code.trimmed().isEmpty())
        return GoLiveMeasure::None;
    for (GoLiveMeasure measure : allGoLiveMeasures()) {
        if (code.trimmed() == goLiveMeasureCode(measure))
            return measure;
    }
    return std::nullopt;
}

QString goLiveMeasureTitle(GoLiveMeasure measure)
{
    switch (measure) {
    case GoLiveMeasure::None:
        return {};
    case GoLiveMeasure::MandatoryTasks:
        //: Go-live criterion. Danish: Obligatoriske opgaver er udført og markeret i KLIK
        return GoLiveText::tr("Mandatory tasks are done and marked in KLIK");
    case GoLiveMeasure::SuperusersTrained:
        //: Go-live criterion. Danish: Superbrugerne i go-live-ugerne er uddannet
        return GoLiveText::tr("Superusers of the go-live weeks are trained");
    case GoLiveMeasure::GoLiveHours:
        //: Go-live criterion. Danish: Der er afsat timer nok i go-live-ugerne
        return GoLiveText::tr("Enough hours are set aside in the go-live weeks");
    case GoLiveMeasure::TestConversion:
        //: Go-live criterion. Danish: Test og prøvekonvertering er gennemført
        return GoLiveText::tr("Tests and test conversion are done");
    case GoLiveMeasure::ResourcePersons:
        //: Go-live criterion. Danish: Ressourcepersonerne er så engagerede som ønsket
        return GoLiveText::tr("Resource persons are as engaged as wanted");
    case GoLiveMeasure::Communication:
        //: Go-live criterion. Danish: Kommunikationen før go-live er gennemført
        return GoLiveText::tr("Communication before go-live is done");
    case GoLiveMeasure::HighRisks:
        //: Go-live criterion. Danish: Ingen åbne risici med score 9 eller derover
        return GoLiveText::tr("No open risks scoring 9 or more");
    }
    return {};
}

QList<GoLiveDecision> allGoLiveDecisions()
{
    return {GoLiveDecision::Pending, GoLiveDecision::Go, GoLiveDecision::GoWithConditions, GoLiveDecision::NoGo};
}

QString goLiveDecisionCode(GoLiveDecision decision)
{
    return codeAt(kDecisions, int(decision));
}

std::optional<GoLiveDecision> goLiveDecisionFromCode(const QString &code)
{
    for (GoLiveDecision decision : allGoLiveDecisions()) {
        if (code.trimmed() == goLiveDecisionCode(decision))
            return decision;
    }
    return std::nullopt;
}

QString goLiveDecisionName(GoLiveDecision decision)
{
    switch (decision) {
    case GoLiveDecision::Pending:
        //: Decision of the go/no-go meeting. Danish: Ikke truffet
        return GoLiveText::tr("Not decided");
    case GoLiveDecision::Go:
        //: Decision of the go/no-go meeting. Danish: Go
        return GoLiveText::tr("Go");
    case GoLiveDecision::GoWithConditions:
        //: Decision of the go/no-go meeting. Danish: Go med betingelser
        return GoLiveText::tr("Go with conditions");
    case GoLiveDecision::NoGo:
        //: Decision of the go/no-go meeting. Danish: No-go
        return GoLiveText::tr("No-go");
    }
    return {};
}

} // namespace parat
