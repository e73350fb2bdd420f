#include "domain/Decision.h"

#include <algorithm>
#include <array>

namespace parat {

namespace {

constexpr std::array<const char *, 3> kStatuses {"pending", "taken", "postponed"};

} // namespace

bool validateDecision(Decision *decision, QString *error)
{
    Decision candidate = *decision;
    candidate.question = candidate.question.trimmed();
    candidate.background = candidate.background.trimmed();
    candidate.options = candidate.options.trimmed();
    candidate.decision = candidate.decision.trimmed();
    candidate.decidedBy = candidate.decidedBy.trimmed();
    candidate.taskKey = candidate.taskKey.trimmed();
    if (candidate.question.isEmpty()) {
        *error = DecisionText::tr("A decision needs a question.");
        return false;
    }
    if (candidate.status == DecisionStatus::Taken && candidate.decision.isEmpty()) {
        *error = DecisionText::tr("The decision on \"%1\" is marked as taken: write what was decided.")
                     .arg(candidate.question);
        return false;
    }
    *decision = candidate;
    return true;
}

bool decisionOpen(const Decision &decision)
{
    return decision.status != DecisionStatus::Taken;
}

QList<Decision> openDecisionsByNeed(const QList<Decision> &decisions)
{
    QList<Decision> open;
    for (const Decision &decision : decisions) {
        if (decisionOpen(decision))
            open.append(decision);
    }
    std::stable_sort(open.begin(), open.end(), [](const Decision &a, const Decision &b) {
        if (a.neededBy.isValid() != b.neededBy.isValid())
            return a.neededBy.isValid();
        return a.neededBy < b.neededBy;
    });
    return open;
}

bool decisionOverdue(const Decision &decision, const QDate &asOf)
{
    return decisionOpen(decision) && decision.neededBy.isValid() && asOf.isValid() && decision.neededBy < asOf;
}

QString decisionLabel(int number)
{
    //: How a decision is numbered in lists. Danish: B%1 (beslutning)
    return DecisionText::tr("D%1").arg(number);
}

QList<DecisionStatus> allDecisionStatuses()
{
    return {DecisionStatus::Pending, DecisionStatus::Taken, DecisionStatus::Postponed};
}

QString decisionStatusCode(DecisionStatus status)
{
    const auto index = static_cast<std::size_t>(status);
    return index < kStatuses.size() ? QString::fromLatin1(kStatuses[index]) : QString();
}

std::optional<DecisionStatus> decisionStatusFromCode(const QString &code)
{
    for (DecisionStatus status : allDecisionStatuses()) {
        if (code.trimmed() == decisionStatusCode(status))
            return status;
    }
    return std::nullopt;
}

QString decisionStatusName(DecisionStatus status)
{
    switch (status) {
    case DecisionStatus::Pending:
        //: Decision status. Danish: Afventer
        return DecisionText::tr("Pending");
    case DecisionStatus::Taken:
        //: Decision status. Danish: Truffet
        return DecisionText::tr("Taken");
    case DecisionStatus::Postponed:
        //: Decision status. Danish: Udsat
        return DecisionText::tr("Postponed");
    }
    return {};
}

} // namespace parat
