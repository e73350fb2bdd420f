#pragma once

#include "domain/GoLive.h"
#include "planning/GoLiveReadiness.h"
#include "report/StatusReport.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace parat {

class Database;

// The go-live readiness in the status report and the go/no-go decision paper (docs/go-live-readiness.md). Both
// are built from GoLiveReadinessResult (planning/GoLiveReadiness) and written by ReportWriter.
struct GoLivePaper
{
    Q_DECLARE_TR_FUNCTIONS(parat::GoLivePaper)
public:
    // The light with its score and reasons, as a report block. compact: the criteria without the tasks, people and
    // items listed under them (the paper's summary page; the paper lists those after the criteria).
    static ReportBlock lightBlock(const GoLiveReadinessResult &result, bool compact = false);
    // The criteria as a table: criterion, owner, due, status, numbers or evidence.
    static ReportTable criteriaTable(const GoLiveReadinessResult &result, const QHash<Id, QString> &people,
                                     const QString &language);
    // The decision paper: a one-page summary (go-live date, readiness light and score, counts, the meeting with
    // its decision and conditions, the criteria not met) and then the whole criteria list.
    static ReportContent content(const Municipality &municipality, const GoLiveReadinessResult &result,
                                 const std::optional<GoLiveMeeting> &meeting, const QHash<Id, QString> &people,
                                 const QDate &asOf, const QString &language);
    // Reads the municipality, evaluates its criteria and writes the paper as a PDF to path (replaced atomically).
    static bool write(Database &db, Id municipalityId, const QDate &asOf, const QString &path, QString *error);
    // "Go-live readiness" in the status report: the light, score and criteria; nothing when the municipality has
    // no criteria.
    static std::optional<ReportSection> section(Database &db, const Municipality &municipality, const QDate &asOf);
    // The checklist's light for page 1's "go-live readiness" dimension, with one line naming the score and what
    // is missing first; nothing when the municipality has no criteria.
    static std::optional<LightReason> dimensionFinding(Database &db, const Municipality &municipality,
                                                       const QDate &asOf);
};

} // namespace parat
