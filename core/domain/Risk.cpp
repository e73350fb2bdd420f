#include "domain/Risk.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace parat {

namespace {

constexpr std::array<const char *, 3> kStatuses {"open", "in_hand", "closed"};
constexpr std::array<const char *, 4> kDimensions {"tasks", "superusers", "organisation", "golive"};

bool inScale(int value)
{
    return value >= kRiskScaleMin && value <= kRiskScaleMax;
}

} // namespace

bool validateRisk(Risk *risk, QString *error)
{
    Risk candidate = *risk;
    candidate.title = candidate.title.trimmed();
    candidate.description = candidate.description.trimmed();
    candidate.response = candidate.response.trimmed();
    QStringList keys;
    for (const QString &key : std::as_const(candidate.taskKeys)) {
        const QString trimmed = key.trimmed();
        if (!trimmed.isEmpty() && !keys.contains(trimmed))
            keys.append(trimmed);
    }
    candidate.taskKeys = keys;
    if (candidate.title.isEmpty()) {
        *error = RiskText::tr("A risk needs a title.");
        return false;
    }
    if (!inScale(candidate.probability)) {
        *error = RiskText::tr("The probability of the risk \"%1\" must be between %2 and %3 (it is %4).")
                     .arg(candidate.title)
                     .arg(kRiskScaleMin)
                     .arg(kRiskScaleMax)
                     .arg(candidate.probability);
        return false;
    }
    if (!inScale(candidate.consequence)) {
        *error = RiskText::tr("The consequence of the risk \"%1\" must be between %2 and %3 (it is %4).")
                     .arg(candidate.title)
                     .arg(kRiskScaleMin)
                     .arg(kRiskScaleMax)
                     .arg(candidate.consequence);
        return false;
    }
    *risk = candidate;
    return true;
}

bool riskIsLive(const Risk &risk)
{
    return risk.status != RiskStatus::Closed;
}

bool riskReviewOverdue(const Risk &risk, const QDate &asOf)
{
    return riskIsLive(risk) && risk.nextReview.isValid() && asOf.isValid() && risk.nextReview < asOf;
}

QString riskLabel(int number)
{
    //: How a risk is numbered in lists and on the heat map. Danish: R%1
    return RiskText::tr("R%1").arg(number);
}

void sortRisksByScore(QList<Risk> *risks)
{
    std::stable_sort(risks->begin(), risks->end(), [](const Risk &a, const Risk &b) {
        return a.score() != b.score() ? a.score() > b.score() : a.number < b.number;
    });
}

QList<RiskStatus> allRiskStatuses()
{
    return {RiskStatus::Open, RiskStatus::InHand, RiskStatus::Closed};
}

QString riskStatusCode(RiskStatus status)
{
    const auto index = static_cast<std::size_t>(status);
    return index < kStatuses.size() ? QString::fromLatin1(kStatuses[index]) : QString();
}

std::optional<RiskStatus> riskStatusFromCode(const QString &code)
{
    for (RiskStatus status : allRiskStatuses()) {
        if (code.trimmed() == riskStatusCode(status))
            return status;
    }
    return std::nullopt;
}

QString riskStatusName(RiskStatus status)
{
    switch (status) {
    case RiskStatus::Open:
        //: Risk status. Danish: Åben
        return RiskText::tr("Open");
    case RiskStatus::InHand:
        //: Risk status: someone is working on it. Danish: Under håndtering
        return RiskText::tr("In hand");
    case RiskStatus::Closed:
        //: Risk status. Danish: Lukket
        return RiskText::tr("Closed");
    }
    return {};
}

QList<RiskDimension> allRiskDimensions()
{
    return {RiskDimension::TasksAndDeadlines, RiskDimension::SuperusersAndHours,
            RiskDimension::OrganisationAndStakeholders, RiskDimension::GoLiveReadiness};
}

QString riskDimensionCode(RiskDimension dimension)
{
    const auto index = static_cast<std::size_t>(dimension);
    return index < kDimensions.size() ? QString::fromLatin1(kDimensions[index]) : QString();
}

std::optional<RiskDimension> riskDimensionFromCode(const QString &code)
{
    for (RiskDimension dimension : allRiskDimensions()) {
        if (code.trimmed() == riskDimensionCode(dimension))
            return dimension;
    }
    return std::nullopt;
}

QString riskDimensionName(RiskDimension dimension)
{
    switch (dimension) {
    case RiskDimension::TasksAndDeadlines:
        //: Dimension of the project. Danish: Opgaver og frister
        return RiskText::tr("Tasks and deadlines");
    case RiskDimension::SuperusersAndHours:
        //: Dimension of the project. Danish: Superbrugere og timer
        return RiskText::tr("Superusers and hours");
    case RiskDimension::OrganisationAndStakeholders:
        //: Dimension of the project. Danish: Organisation og interessenter
        return RiskText::tr("Organisation and stakeholders");
    case RiskDimension::GoLiveReadiness:
        //: Dimension of the project. Danish: Parathed til go-live
        return RiskText::tr("Go-live readiness");
    }
    return {};
}

QStringList parseTaskKeys(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    QStringList keys;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        if (!keys.contains(part))
            keys.append(part);
    }
    return keys;
}

} // namespace parat
