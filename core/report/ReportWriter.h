#pragma once

#include "planning/Overview.h"
#include "report/StatusReport.h"

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace parat {

class Clock;
class Database;

enum class ReportFormat
{
    Pdf,
    Html,
    Csv
};

// "pdf", "html", "csv" (case-insensitive); nullopt for anything else.
std::optional<ReportFormat> reportFormatFromCode(const QString &code);
QString reportFormatCode(ReportFormat format);

// Writes report content as files. PDF: A4 pages through ReportDocument and QPdfWriter, fonts embedded, text
// extractable. HTML: one self-contained page, all text escaped. CSV: UTF-8 with BOM, ';' by default (what
// Danish Excel opens directly), CRLF lines, RFC 4180 quoting, and cells a spreadsheet would run as a formula
// (starting with = + - @ TAB or CR) neutralised by a leading single quote. Files are replaced atomically.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(parat::ReportWriter)
public:
    static bool writePdf(const ReportContent &content, const QString &path, QString *error);
    // The PDF writePdf() writes, as bytes.
    static bool pdf(const ReportContent &content, QByteArray *bytes, QString *error);
    static QString html(const ReportContent &content);
    static bool writeHtml(const ReportContent &content, const QString &path, QString *error);

    // One CSV cell: neutralised and quoted as needed.
    static QString csvCell(const QString &value, QChar separator = QLatin1Char(';'));
    // BOM, then the rows joined by separator and CRLF.
    static QByteArray csv(const QList<QStringList> &rows, QChar separator = QLatin1Char(';'));
    // The report's task list (every current task with its state), header row first.
    static QList<QStringList> taskListRows(const StatusReportData &data);

    static bool writeFile(const QString &path, const QByteArray &bytes, QString *error);

    // Qt's PDF engine embeds subsets of the fonts (only the glyphs used) and tags the subset's FontName
    // ("QNDAAA+DejaVuSans") but not the fonts' BaseFont, so readers (pdffonts) take them for whole fonts. This
    // gives each BaseFont the tag of its FontName and rewrites the cross-reference table for the moved bytes.
    // Anything it does not recognise leaves the document unchanged.
    static QByteArray tagSubsetFonts(const QByteArray &pdf);
};

struct ExportOptions
{
    ReportFormat format = ReportFormat::Pdf;
    QChar csvSeparator = QLatin1Char(';');
    QDate asOf; // invalid: the report date
    QString language; // empty: the installed language
    // The final report: record it as sent to the steering group (its snapshot), so the next report counts its
    // changes from this one. Off (the default) for drafts: previews, prints, saved files and batches never
    // move the "since the last report" baseline.
    bool recordSnapshot = false;
};

// File name of a municipality's report: "0630-Vejle.pdf". Characters not allowed in file names become '-'.
QString reportFileName(const Municipality &municipality, ReportFormat format);

// Writes a gathered status report to path in the chosen format (PDF, HTML, or the task list as CSV).
bool writeStatusReportFile(const StatusReportData &data, const QString &path, const ExportOptions &options,
                           QString *error);
// The bytes writeStatusReportFile() writes, for a caller that checks something (the database's integrity check)
// before the file is written.
bool renderStatusReport(const StatusReportData &data, const ExportOptions &options, QByteArray *bytes, QString *error);

// Gathers the municipality's status report, writes it to path in the chosen format and, when
// options.recordSnapshot says it is final, records it as sent (so the next report lists the changes after it).
// *snapshot receives it when given.
bool exportStatusReport(Database &db, const Clock &clock, Id municipalityId, const QString &path,
                        const ExportOptions &options, const ReportExtras &extras, QString *error,
                        ReportSnapshot *snapshot = nullptr);

// Called before each municipality (done of total, its name) and once at the end (done == total); returning
// false cancels before the next file.
using BatchProgress = std::function<bool(int done, int total, const QString &name)>;

// One report of a batch: what to write where, and (after writeStatusReports) how it went.
struct BatchReport
{
    Municipality municipality;
    QString path;
    bool tried = false; // started (not cancelled or stopped by an earlier failure)
    bool done = false; // gathered and written
    QString error; // when it was tried and failed
    std::optional<ReportSnapshot> snapshot; // when written and options.recordSnapshot: for the caller to record
};

// Gathers and writes the reports on `threads` worker threads (0: one per core), each reading through its own
// database connection (Database::connection() is per thread). The files are the ones a loop writing them one
// by one would write. progress() is called on the calling thread before each report is started (done = the number
// started) and once at the end; returning false starts no more (those started finish: *cancelled). After a
// failure no more are started. Records nothing: a final report's snapshot is left in the item for the caller to
// record on its thread. True when every started report was written.
bool writeStatusReports(Database &db, const Clock &clock, QList<BatchReport> *reports, const ExportOptions &options,
                        const ReportExtras &extras, const BatchProgress &progress, bool *cancelled, int threads = 0);

// One report per municipality into folder (created when missing), named by reportFileName(), written on a thread
// pool (writeStatusReports). Stops at the first failure (false, *error names the municipality). *written lists the
// files written; *cancelled tells whether progress() cancelled (still true is returned). Final reports are recorded
// as sent, in the order of the municipalities.
bool exportAllStatusReports(Database &db, const Clock &clock, const QString &folder, const ExportOptions &options,
                            const ReportExtras &extras, const BatchProgress &progress, QStringList *written,
                            bool *cancelled, QString *error, int threads = 0);

// The cross-municipality overview: one row per municipality (go-live, progress, variance, overdue, capacity
// warnings when a provider is given, light with a stored manual override applied).
struct OverviewReportData
{
    QString language;
    QDate reportDate;
    QDate asOf;
    QList<MunicipalityRow> rows;
    QHash<Id, bool> overridden; // municipality id -> light set manually
    bool hasCapacity = false;
    QHash<Id, int> capacityWarnings;
};

// Translation context of the overview report (lupdate sees "parat::OverviewReportText").
struct OverviewReportText
{
    Q_DECLARE_TR_FUNCTIONS(parat::OverviewReportText)
};

OverviewReportData gatherOverviewReport(Database &db, const Clock &clock, const QDate &asOf, const QString &language,
                                        const ReportExtras &extras);
ReportContent overviewReportContent(const OverviewReportData &data);
QList<QStringList> overviewCsvRows(const OverviewReportData &data);
bool exportOverviewReport(Database &db, const Clock &clock, const QString &path, const ExportOptions &options,
                          const ReportExtras &extras, QString *error);

} // namespace parat
