#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace parat {

// One record of a CSV text: its fields and the 1-based physical line where it starts (a quoted field may
// span several lines, so records and lines differ).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

struct CsvDocument
{
    QChar separator = QLatin1Char(',');
    QList<CsvRecord> records; // every record, blank lines included (one empty field)
    int unterminatedQuoteLine = 0; // line where a quote opened that never closed; 0: all closed

    bool ok() const { return unterminatedQuoteLine == 0; }
};

// The separator of a CSV text: the most frequent of ';', TAB and ',' on the first line, outside quotes
// (',' when there is none). An Excel "sep=X" first line wins.
QChar detectCsvSeparator(QStringView text);

// Parses RFC 4180 CSV as spreadsheets save it: quoted fields may hold separators, doubled quotes and line
// breaks; lines end in CRLF, LF or CR; a leading BOM and an Excel "sep=X" line are skipped. Line breaks
// inside quoted fields come out as '\n'. Lenient where Excel is: a quote inside an unquoted field is
// kept as text, and spaces before an opening quote are dropped. On an unterminated quote the records
// before it are returned and unterminatedQuoteLine is set.
CsvDocument parseCsv(QStringView text);
CsvDocument parseCsv(QStringView text, QChar separator);

} // namespace parat
