#pragma once

#include "domain/Runbook.h"
#include "report/StatusReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace parat {

// The runbook as a file: CSV both ways, and the printed runbook table (A4 landscape PDF). docs/runbook.md
// describes the CSV columns.
class RunbookExport
{
    Q_DECLARE_TR_FUNCTIONS(parat::RunbookExport)
public:
    // The CSV header, in file order: number;title;owner;start;duration;depends_on;contact;status;note;
    // actual_start;actual_end.
    static QStringList csvColumns();
    // UTF-8 with BOM, ';' between cells, CRLF lines; one row per step by start, header first.
    static QByteArray csv(const QList<RunbookStep> &steps);

    struct ReadResult
    {
        bool ok = false;
        QList<RunbookStep> steps; // by row, municipality id set
        QString error; // line, column and what was expected
    };
    // Reads a runbook CSV (';', ',' or TAB; UTF-8, a BOM allowed). Columns by header name, in any order;
    // number, title, start and duration are required. The first problem stops the reading: the result names its
    // line and column and nothing has been read. The whole runbook's rules (dependencies, cycles) are checked
    // when it is stored, not here.
    static ReadResult read(const QByteArray &bytes, Id municipalityId);

    // The printed runbook: a title, the go-live date, and a table of the steps by start (number, start relative and
    // as day and time, duration, title, owner, depends on, contact, status with note and actual times), on A4
    // landscape. Steps late at now are marked in words.
    static ReportContent content(const Municipality &municipality, const QList<RunbookStep> &steps,
                                 const QDateTime &now, const QString &language);
    static bool writePdf(const Municipality &municipality, const QList<RunbookStep> &steps, const QDateTime &now,
                         const QString &language, const QString &path, QString *error);
};

} // namespace parat
