#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

// Reads back an .xlsx the way a spreadsheet program does, to check what Parat wrote: the zip with libzip,
// the parts (workbook, sheets, shared strings, styles) with QXmlStreamReader. Tests only.
namespace parat::test {

struct XlsxCell
{
    QString type; // the c element's t: "s" (shared string), "n" (number, also when left out), "str", "b", ...
    QString value; // the shared string resolved, or the <v> text as written
    QString format = QStringLiteral("General"); // the number format code of the cell's style

    bool isText() const
    {
        return type == QLatin1String("s") || type == QLatin1String("inlineStr") || type == QLatin1String("str");
    }
    bool isNumber() const { return type == QLatin1String("n"); }
    // A number with a date format (d, m and y in the format code).
    bool isDate() const;
    double number() const { return value.toDouble(); }
    QDate date() const; // the serial number as a date (1900 system)
};

struct XlsxSheet
{
    QString name;
    QHash<QString, XlsxCell> cells; // by reference, "A1"
    int rows = 0; // highest row number with a cell
    int frozenRows = 0; // pane ySplit when the pane is frozen
    int frozenColumns = 0;
    QString autoFilter; // the autoFilter ref, "A1:P10"; empty when none
    QHash<int, double> widths; // column (1-based) -> width set in <cols>

    bool has(const QString &ref) const { return cells.contains(ref); }
    XlsxCell at(const QString &ref) const { return cells.value(ref); }
};

// 0-based row and column to "A1".
QString cellRef(int row, int column);

// False with *error when the file is not a readable workbook.
bool readXlsx(const QString &path, QList<XlsxSheet> *sheets, QString *error);

} // namespace parat::test
