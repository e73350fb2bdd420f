#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace parat {

// Reading spreadsheets that come back from the municipality (docs/spreadsheets.md "Importing statuses"): Excel
// workbooks (.xlsx, read with libzip and QXmlStreamReader) and CSV files. The reader turns a file into plain cells
// and never touches the database; what the cells mean is decided by the status import (services/StatusImport).

// One cell as the spreadsheet holds it. A date is a number with a date format, read in the workbook's date system
// (1900, or 1904 when the workbook says so).
struct SpreadsheetCell
{
    enum class Kind
    {
        Empty,
        Text,
        Number,
        Date,
        Boolean
    };
    Kind kind = Kind::Empty;
    QString text; // Text: the text; Boolean: "TRUE"/"FALSE"; else empty
    double number = 0.0; // Number; Date: the serial number; Boolean: 0 or 1
    QDate date; // Date only

    bool isEmpty() const { return kind == Kind::Empty || (kind == Kind::Text && text.trimmed().isEmpty()); }
    // The value as one line of text: text, a number without trailing zeros, a date as yyyy-mm-dd.
    QString display() const;
};

struct SpreadsheetSheet
{
    QString name;
    QList<QList<SpreadsheetCell>> rows; // rows.at(0) is the sheet's row 1; a row may be shorter than others

    int columnCount() const;
    // The cell at a 0-based row and column; an empty cell outside the rows.
    SpreadsheetCell cell(int row, int column) const;
};

struct SpreadsheetBook
{
    QString sourceName; // the file name
    QList<SpreadsheetSheet> sheets; // in the workbook's order; a CSV file has one, named after the file
    QString error; // translated, naming sheet, row and column where it can; empty when read

    bool ok() const { return error.isEmpty(); }
    // The sheet of that name; nullptr when there is none.
    const SpreadsheetSheet *sheet(const QString &name) const;
};

// Files larger than this are refused without reading; so is an .xlsx part that unpacks to more than 100 times the
// file (16 MB at least, 512 MB at most).
constexpr qint64 kMaxSpreadsheetFileBytes = 32 * 1024 * 1024;

// Reads an .xlsx workbook (the bytes start with a zip header) or a CSV file (anything else).
SpreadsheetBook readSpreadsheetFile(const QString &path);
SpreadsheetBook readXlsxBytes(const QByteArray &bytes, const QString &sourceName);
// CSV: ';', ',' or TAB (the most frequent on the first line), UTF-8 with or without BOM, else Windows-1252; quoted
// fields may hold separators and line breaks. Every cell is text.
SpreadsheetBook readCsvBytes(const QByteArray &bytes, const QString &sourceName);

// 0-based column to its letters ("A", "Z", "AA").
QString spreadsheetColumnName(int column);
// "Sheet \"Opgaver\", row 4, column C" for messages (row and column 0-based; column < 0 leaves it out).
QString spreadsheetPlace(const QString &sheet, int row, int column = -1);
// A date from the day count of a spreadsheet (1900 system, with Excel's 29 February 1900; or the 1904 system).
QDate spreadsheetSerialDate(double serial, bool system1904 = false);

// Translation context of the messages above (lupdate sees "parat::SpreadsheetReaderText").
struct SpreadsheetReaderText
{
    Q_DECLARE_TR_FUNCTIONS(parat::SpreadsheetReaderText)
};

} // namespace parat
