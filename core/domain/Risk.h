#pragma once

#include "domain/Types.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace parat {

// The risk log (docs/risks-and-decisions.md). A risk has a number of its own within the municipality ("R3"), so
// the light's reasons, the heat map and the report can name it the same way everywhere.

enum class RiskStatus
{
    Open, // Danish: åben
    InHand, // Danish: under håndtering
    Closed // Danish: lukket
};

// What part of the project a risk (and, later, a dimension light) is about.
enum class RiskDimension
{
    TasksAndDeadlines, // Opgaver og frister
    SuperusersAndHours, // Superbrugere og timer
    OrganisationAndStakeholders, // Organisation og interessenter
    GoLiveReadiness // Parathed til go-live
};

// Translation context for the free functions below (lupdate sees "parat::RiskText").
struct RiskText
{
    Q_DECLARE_TR_FUNCTIONS(parat::RiskText)
};

// Probability and consequence are both on a 1..4 scale; the score is their product (1..16).
constexpr int kRiskScaleMin = 1;
constexpr int kRiskScaleMax = 4;

struct Risk
{
    Id id = 0;
    Id municipalityId = 0;
    int number = 0; // 1, 2, ... within the municipality; given when stored
    QString title;
    QString description;
    Id ownerId = 0; // a person of the municipality; 0: nobody yet
    int probability = 1; // 1..4
    int consequence = 1; // 1..4
    QString response; // what is done about it
    RiskStatus status = RiskStatus::Open;
    QDate nextReview;
    QStringList taskKeys; // tasks the risk concerns
    RiskDimension dimension = RiskDimension::TasksAndDeadlines;
    // The row version it was read with (docs/team-mode.md "Concurrent edits"); -1: not read from the plan, and a
    // write of it is not checked against the stored version. Not part of ==, which compares what the row holds.
    qint64 version = -1;

    bool operator==(const Risk &other) const
    {
        return id == other.id && municipalityId == other.municipalityId && number == other.number
            && title == other.title && description == other.description && ownerId == other.ownerId
            && probability == other.probability && consequence == other.consequence && response == other.response
            && status == other.status && nextReview == other.nextReview && taskKeys == other.taskKeys
            && dimension == other.dimension;
    }

    int score() const { return probability * consequence; }
};

// Trims the texts and task keys (dropping empty and repeated keys); a title is required and probability and
// consequence must be within 1..4. On failure *error names the problem and the risk is left as it was.
bool validateRisk(Risk *risk, QString *error);
// Not closed: still a risk the project carries (open or in hand).
bool riskIsLive(const Risk &risk);
// Live and its next review date has passed.
bool riskReviewOverdue(const Risk &risk, const QDate &asOf);
// "R3": how a risk is named in lists, the heat map and the light's reasons.
QString riskLabel(int number);
// Highest score first, then number.
void sortRisksByScore(QList<Risk> *risks);

QList<RiskStatus> allRiskStatuses();
QString riskStatusCode(RiskStatus status);
std::optional<RiskStatus> riskStatusFromCode(const QString &code);
QString riskStatusName(RiskStatus status);

QList<RiskDimension> allRiskDimensions();
QString riskDimensionCode(RiskDimension dimension);
std::optional<RiskDimension> riskDimensionFromCode(const QString &code);
QString riskDimensionName(RiskDimension dimension);

// Task keys as typed ("A.1, B.2 C.3"): split on commas, semicolons and white space.
QStringList parseTaskKeys(const QString &text);

} // namespace parat
