#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

struct lxw_workbook;

namespace parat {

// One column of a sheet: its heading and what its cells hold.
struct SheetColumn
{
    enum class Kind
    {
        Text,
        Date, // QDate cells, stored as spreadsheet dates
        Hours, // numbers shown with one or two decimals
        Whole // whole numbers
    };
    QString heading;
    Kind kind = Kind::Text;
};

// A table as one worksheet: a header row, then one row per entry. A cell is a QString (text), a QDate (date),
// a number (int or double), or null/invalid (left empty).
struct SheetTable
{
    QString name; // at most 31 characters; []:*?/\ are replaced
    QList<SheetColumn> columns;
    QList<QVariantList> rows;
};

// Writes sheets as an Excel workbook (.xlsx, Office Open XML) with libxlsxwriter: each table with a bold header
// row that stays in view (frozen pane), an autofilter over the header and its rows, and columns as wide as their
// longest text (within limits). Dates are real spreadsheet dates shown as dd-mm-yyyy when language is Danish
// ("da"), otherwise yyyy-mm-dd; numbers are numbers; text is text (a text starting with '=' stays text, never a
// formula). The file is built in a temporary folder and then written to path atomically
// (writeFileAtomically()): a failure leaves an existing file as it was. The target must have passed
// checkOutputTarget().
bool writeXlsxWorkbook(const QString &path, const QList<SheetTable> &sheets, const QString &language, QString *error);

// The same workbook as bytes (empty on failure, *error says why).
QByteArray xlsxWorkbook(const QList<SheetTable> &sheets, const QString &language, QString *error);

// A workbook libxlsxwriter builds in a temporary folder as fileName: fill(workbook, error) adds its formats and
// sheets (false: *error says why). Its bytes, or empty when it cannot be started, filled, written or read back.
QByteArray buildXlsxWorkbook(const QString &fileName, const std::function<bool(lxw_workbook *, QString *)> &fill,
                             QString *error);

// The spreadsheet number format of dates in language: "dd-mm-yyyy" for Danish, else "yyyy-mm-dd".
QString xlsxDateFormat(const QString &language);

// Translation context of the messages above (lupdate sees "parat::XlsxWriter").
struct XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(parat::XlsxWriter)
};

} // namespace parat
