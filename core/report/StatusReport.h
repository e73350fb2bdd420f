#pragma once

#include "domain/Types.h"
#include "planning/Dimensions.h"
#include "planning/Overview.h"
#include "planning/Readiness.h"
#include "planning/Trend.h"
#include "report/ProgressChart.h"
#include "storage/ReportRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QImage>
#include <QList>
#include <QMap>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QPainter;
class QRectF;

namespace parat {

class Clock;
class Database;

// A status report as content blocks: headings, paragraphs, lists, tables, the chart and the light. The same
// blocks become a paged QTextDocument (ReportDocument) and HTML (ReportWriter), so both say the same.
// Texts in blocks are plain text (never HTML); whoever renders them escapes them.
struct ReportTable
{
    QStringList header; // repeated at the top of every page the table spans
    QList<int> widths; // relative column widths (percent); empty: equal
    QList<QStringList> rows;
    QList<int> strongRows; // rows printed bold (e.g. mandatory tasks)
    bool csv = false; // also written to the report's CSV, after the task list (the risk and decision logs)
};

struct ReportBlock
{
    enum class Kind
    {
        Heading, // text
        Paragraph, // text (strong: bold)
        Note, // text set off from the body (indented in the PDF, italics in HTML), e.g. "None."
        Bullets, // items
        Facts, // facts: label/value pairs
        Table, // table
        Chart, // chart
        Light, // light + text (the light's name and what it means) + items (reasons)
        Picture, // picture with text as its alternative text
        Lights, // lights: one row per light (symbol, label with the light's name, one-line reason)
        Trend, // trend: the progress trend chart (report/TrendChart), text: what it shows in words
        Drawing // drawing painted at drawingSize, scaled to the body width; text: its alternative text
    };
    Kind kind = Kind::Paragraph;
    QString text;
    bool strong = false;
    bool compact = false; // a heading of page 1: smaller, less space above
    QStringList items;
    QList<QPair<QString, QString>> facts;
    ReportTable table;
    ProgressChartData chart;
    Light light = Light::Green;
    QImage picture;
    struct LightRow
    {
        Light light = Light::Green;
        QString label; // "Opgaver og frister: Gul"
        QString reason;
    };
    QList<LightRow> lights;
    ProgressTrend trend;
    // A chart painted by one of the core renderers (capacity, stakeholder map, risk heat map): vector paths and
    // text in the PDF, SVG in the HTML. It paints into QRectF(0, 0, drawingSize) — the size its fonts and lines
    // are chosen for — and the report scales that to the body width (never wider than drawingSize at 96 dpi).
    std::function<void(QPainter &, const QRectF &)> drawing;
    QSizeF drawingSize;

    static ReportBlock heading(const QString &text);
    static ReportBlock paragraph(const QString &text, bool strong = false);
    static ReportBlock note(const QString &text);
    static ReportBlock bullets(const QStringList &items);
    static ReportBlock tableBlock(const ReportTable &table);
    static ReportBlock drawingBlock(const QSizeF &size, const QString &text,
                                    std::function<void(QPainter &, const QRectF &)> paint);
};

struct ReportContent
{
    QString title; // document title (PDF metadata, HTML <title>)
    QString headerLeft; // printed at the top of every page, e.g. "0630 Vejle"
    QString headerRight; // e.g. "Status report 27. nov. 2026"
    QString language; // "da" or "en"
    QList<ReportBlock> blocks;
    // Page 1 of the status report, from the fullest to the most compact. When given, the document is the first
    // variant that fits one page, then a page break, then `blocks` (the appendix). HTML shows the first.
    QList<QList<ReportBlock>> firstPageVariants;
    bool landscape = false; // A4 landscape (wide tables such as the runbook) instead of portrait
};

// A section another module adds to the report (superusers and hours, stakeholders). It appears when its
// provider returns one; the report does not know the module.
struct ReportSection
{
    QString title;
    QList<ReportBlock> blocks;
};

// Optional inputs from modules the report does not depend on. Every member may be empty; the report then
// leaves that part out (and the light uses the task rules only).
struct ReportExtras
{
    using SectionProvider
        = std::function<std::optional<ReportSection>(Database &, const Municipality &, const QDate &asOf)>;
    // Capacity and stakeholder signals for the traffic light.
    std::function<ReadinessSignals(Database &, const Municipality &, const QDate &asOf)> signalsProvider;
    SectionProvider superusers; // "Superusers and hours", placed after the task lists
    SectionProvider stakeholders; // "Stakeholders", placed after superusers
    QList<SectionProvider> more; // further sections, before risks and decisions
    // Person-weeks short of hours in the go-live weeks, for the "go-live readiness" light.
    std::function<QList<CapacitySignal>(Database &, const Municipality &, const QDate &asOf)> goLiveWeekSignals;
    // The go-live checklist's own light and one-line reason, when the municipality keeps one (GoLiveReadiness):
    // one more finding of the "go-live readiness" light.
    std::function<std::optional<LightReason>(Database &, const Municipality &, const QDate &asOf)> goLiveChecklist;
    // For the cross-municipality overview: the number of capacity warnings of a municipality.
    std::function<int(Database &, const Municipality &, const QDate &asOf)> capacityWarnings;
};

// One line of "changes since the last report".
struct ReportChange
{
    QDateTime at;
    QString taskKey;
    QString taskTitle;
    QString field; // task_event field code
    QString oldValue; // readable (status names, people's names, dates)
    QString newValue;
};

// Everything a status report shows, gathered from the database for one municipality, report date and as-of
// date. Lists are the Readiness/Overview ones; nothing here re-implements a rule.
struct StatusReportData
{
    QString language; // "da" or "en": task titles and dates; other texts come from the installed translation
    Municipality municipality;
    QDate reportDate; // the day the report is made (the clock's today)
    QDate asOf; // the date the rules are evaluated for (usually the report date)
    QDateTime madeAt; // the clock's now
    QString handbookVersion; // label of the current handbook version, empty without one
    MunicipalitySummary summary; // light (manual override applied), progress, overdue, due, released, KLIK
    QMap<Theme, Progress> byTheme;
    Progress withoutTheme;
    QList<PlannedTask> tasks; // every current task, for the CSV task list
    QList<PlannedTask> blocked;
    QList<PlannedTask> milestones;
    QHash<Id, QString> personNames;
    ReportNotes notes;
    std::optional<ReportSnapshot> previous; // the last report sent before this one (drafts are not recorded)
    QDateTime changesSince; // start of "changes since" (previous snapshot, else asOf - 14 days)
    QList<ReportChange> changes; // oldest first
    QList<ReportSection> extraSections; // from ReportExtras, in order
    // Page 1.
    ReadinessSignals signalsIn; // risks and decisions among them
    QList<DimensionLight> dimensions; // one light per dimension
    ProgressTrend trend;
    QList<PlannedTask> doneSince; // marked done in the period
    QList<PlannedTask> slippedSince; // deadline passed in the period, or moved later
    QDate periodStart; // the previous sent report's as-of date, else asOf - 14 days
};

struct ReportRequest
{
    Id municipalityId = 0;
    QDate asOf; // invalid: the report date
    QString language; // empty: currentLanguage()
};

// Translation context for the report texts (lupdate sees "parat::StatusReportText").
struct StatusReportText
{
    Q_DECLARE_TR_FUNCTIONS(parat::StatusReportText)
};

// Gathers the report. False with a translated *error when the municipality does not exist.
bool gatherStatusReport(Database &db, const Clock &clock, const ReportRequest &request, const ReportExtras &extras,
                        StatusReportData *data, QString *error);

// The report as blocks, with texts from the installed translation.
ReportContent statusReportContent(const StatusReportData &data);

// The snapshot an export of this report records.
ReportSnapshot snapshotOf(const StatusReportData &data, const QString &format);

// Readable name of a task_event field ("Status", "Responsible", ...).
QString changeFieldName(const QString &field);
// How a task_event value that names something reads: a status by its name, a responsible or performer by the name
// people give the id ("(removed person)" when it has none). Nothing for the other fields.
std::optional<QString> namedEventValue(const QString &field, const QString &value, const QHash<Id, QString> &people);
// "Status report" in the installed language.
QString statusReportTitle();

} // namespace parat
