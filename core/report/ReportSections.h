#pragma once

#include "report/StatusReport.h"

#include <QCoreApplication>

namespace parat {

// The report as Parat ships it: the task sections of StatusReport plus the sections of the other modules
// (stakeholders; superusers and hours once they exist) and their traffic-light signals. The window and the
// command line both use this, so a printed report and a `parat report` file are the same.
struct ReportSections
{
    Q_DECLARE_TR_FUNCTIONS(parat::ReportSections)
public:
    static ReportExtras standardExtras();
    // "Superusers and hours": allocated against needed hours per week (chart and the next weeks), warnings.
    static std::optional<ReportSection> superusers(Database &db, const Municipality &municipality, const QDate &asOf);
    // "Stakeholders": the map as a picture, the largest engagement gaps, communication due and overdue.
    static std::optional<ReportSection> stakeholders(Database &db, const Municipality &municipality, const QDate &asOf);
    // "Risks": the heat map, the top live risks by score with owner and action, and the whole risk log.
    static std::optional<ReportSection> risks(Database &db, const Municipality &municipality, const QDate &asOf);
    // "Decisions": the decisions still needed with the date each is needed by, and the whole decision log.
    static std::optional<ReportSection> decisions(Database &db, const Municipality &municipality, const QDate &asOf);
    // "Cutover runbook", from 14 days before go-live to 14 days after (the runbook's own span), when the runbook
    // has steps: how many are done and late at the start of the report date, and the late and next steps.
    static std::optional<ReportSection> runbook(Database &db, const Municipality &municipality, const QDate &asOf);
    // How many of the top risks the report lists.
    static constexpr int kTopRisks = 5;
};

} // namespace parat
