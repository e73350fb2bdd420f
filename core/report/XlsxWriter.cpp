#include "report/XlsxWriter.h"

#include "report/OutputTarget.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>

namespace parat {

namespace {

// Excel's limits: a cell holds at most 32767 characters, a sheet name 31.
constexpr int kMaxCellText = 32767;
constexpr int kMaxSheetName = 31;
// Column widths, in characters: room for the filter button, and never wider than a screen's worth.
constexpr double kMinWidth = 6.0;
constexpr double kMaxWidth = 60.0;
constexpr double kFilterButton = 3.0;

QString sheetName(const QString &wanted, int index)
{
    QString name = wanted;
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    for (QChar &c : name) {
        if (forbidden.contains(c))
            c = QLatin1Char('-');
    }
    name = name.trimmed().left(kMaxSheetName);
    if (name.isEmpty() || name.startsWith(QLatin1Char('\'')))
        name = QStringLiteral("Sheet%1").arg(index + 1);
    return name;
}

// The widest line of text, in characters.
int textWidth(const QString &text)
{
    int widest = 0;
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n')))
        widest = std::max(widest, int(line.size()));
    return widest;
}

// How wide a cell's value shows, in characters.
int cellWidth(const QVariant &value, SheetColumn::Kind kind)
{
    if (value.isNull() || !value.isValid())
        return 0;
    switch (kind) {
    case SheetColumn::Kind::Date:
        return 10;
    case SheetColumn::Kind::Hours:
        return int(QString::number(value.toDouble(), 'f', 2).size());
    case SheetColumn::Kind::Whole:
        return int(QString::number(value.toLongLong()).size());
    case SheetColumn::Kind::Text:
        break;
    }
    return textWidth(value.toString());
}

bool writeSheet(lxw_workbook *workbook, const SheetTable &table, int index, lxw_format *header, lxw_format *date,
                lxw_format *hours, lxw_format *whole, lxw_format *wrapped, QString *error)
{
    const QByteArray name = sheetName(table.name, index).toUtf8();
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, name.constData());
    if (!sheet) {
        *error = XlsxWriter::tr("Could not add the sheet \"%1\" to the workbook.").arg(table.name);
        return false;
    }
    const int columns = int(table.columns.size());
    QList<int> widths(columns, 0);
    lxw_error status = LXW_NO_ERROR;
    for (int c = 0; c < columns && status == LXW_NO_ERROR; ++c) {
        const QString &heading = table.columns.at(c).heading;
        widths[c] = textWidth(heading) + int(kFilterButton);
        status = worksheet_write_string(sheet, 0, lxw_col_t(c), heading.toUtf8().constData(), header);
    }
    for (int r = 0; r < table.rows.size() && status == LXW_NO_ERROR; ++r) {
        const QVariantList &row = table.rows.at(r);
        const auto excelRow = lxw_row_t(r + 1);
        for (int c = 0; c < columns && c < row.size() && status == LXW_NO_ERROR; ++c) {
            const QVariant &value = row.at(c);
            const SheetColumn::Kind kind = table.columns.at(c).kind;
            const auto excelColumn = lxw_col_t(c);
            if (value.isNull() || !value.isValid())
                continue;
            widths[c] = std::max(widths[c], cellWidth(value, kind));
            switch (kind) {
            case SheetColumn::Kind::Date: {
                const QDate day = value.toDate();
                if (!day.isValid())
                    break;
                lxw_datetime when = {day.year(), day.month(), day.day(), 0, 0, 0.0};
                status = worksheet_write_datetime(sheet, excelRow, excelColumn, &when, date);
                break;
            }
            case SheetColumn::Kind::Hours:
                status = worksheet_write_number(sheet, excelRow, excelColumn, value.toDouble(), hours);
                break;
            case SheetColumn::Kind::Whole:
                status = worksheet_write_number(sheet, excelRow, excelColumn, double(value.toLongLong()), whole);
                break;
            case SheetColumn::Kind::Text: {
                const QString text = value.toString().left(kMaxCellText);
                if (text.isEmpty())
                    break;
                status = worksheet_write_string(sheet, excelRow, excelColumn, text.toUtf8().constData(),
                                                text.contains(QLatin1Char('\n')) ? wrapped : nullptr);
                break;
            }
            }
        }
    }
    if (status == LXW_NO_ERROR && columns > 0) {
        worksheet_freeze_panes(sheet, 1, 0);
        status = worksheet_autofilter(sheet, 0, 0, lxw_row_t(table.rows.size()), lxw_col_t(columns - 1));
    }
    for (int c = 0; c < columns && status == LXW_NO_ERROR; ++c) {
        const double width = std::clamp(double(widths.at(c)) + 1.0, kMinWidth, kMaxWidth);
        status = worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), width, nullptr);
    }
    if (status != LXW_NO_ERROR) {
        *error = XlsxWriter::tr("Could not write the sheet \"%1\": %2")
                     .arg(table.name, QString::fromUtf8(lxw_strerror(status)));
        return false;
    }
    return true;
}

// The formats and sheets of xlsxWorkbook().
bool fillWorkbook(lxw_workbook *workbook, const QList<SheetTable> &sheets, const QString &language, QString *error)
{
    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_bottom(header, LXW_BORDER_THIN);
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, xlsxDateFormat(language).toUtf8().constData());
    format_set_align(date, LXW_ALIGN_LEFT);
    lxw_format *hours = workbook_add_format(workbook);
    format_set_num_format(hours, "0.0#"); // 7.5, 18.0, 2.25: never a bare trailing decimal point
    lxw_format *whole = workbook_add_format(workbook);
    format_set_num_format(whole, "0");
    lxw_format *wrapped = workbook_add_format(workbook);
    format_set_text_wrap(wrapped);
    format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);

    bool ok = true;
    for (int i = 0; i < sheets.size() && ok; ++i)
        ok = writeSheet(workbook, sheets.at(i), i, header, date, hours, whole, wrapped, error);
    return ok;
}

// Closes a workbook libxlsxwriter filled into file (closing frees it whether or not it was filled) and reads the
// file back: its bytes, or empty when it was not filled (*error already says why) or cannot be written or read.
QByteArray closeXlsxWorkbook(lxw_workbook *workbook, bool filled, const QByteArray &file, QString *error)
{
    // Closing frees the workbook whatever happened; only then is the file complete.
    const lxw_error closed = workbook_close(workbook);
    if (!filled)
        return {};
    if (closed != LXW_NO_ERROR) {
        *error = XlsxWriter::tr("Could not write the workbook: %1").arg(QString::fromUtf8(lxw_strerror(closed)));
        return {};
    }
    QFile written(QFile::decodeName(file));
    if (!written.open(QIODevice::ReadOnly)) {
        *error = XlsxWriter::tr("Could not read the workbook back: %1").arg(written.errorString());
        return {};
    }
    return written.readAll();
}

} // namespace

QString xlsxDateFormat(const QString &language)
{
    return language.startsWith(QLatin1String("da")) ? QStringLiteral("dd-mm-yyyy") : QStringLiteral("yyyy-mm-dd");
}

QByteArray xlsxWorkbook(const QList<SheetTable> &sheets, const QString &language, QString *error)
{
    return buildXlsxWorkbook(
        QStringLiteral("workbook.xlsx"),
        [&](lxw_workbook *workbook, QString *problem) { return fillWorkbook(workbook, sheets, language, problem); },
        error);
}

QByteArray buildXlsxWorkbook(const QString &fileName, const std::function<bool(lxw_workbook *, QString *)> &fill,
                             QString *error)
{
    QTemporaryDir folder;
    if (!folder.isValid()) {
        *error = XlsxWriter::tr("Could not make a temporary folder for the workbook: %1").arg(folder.errorString());
        return {};
    }
    const QByteArray file = QFile::encodeName(folder.filePath(fileName));
    QByteArray tmp = QFile::encodeName(folder.path());
    lxw_workbook_options options = {};
    options.tmpdir = tmp.data();
    lxw_workbook *workbook = workbook_new_opt(file.constData(), &options);
    if (!workbook) {
        *error = XlsxWriter::tr("Could not start the workbook.");
        return {};
    }
    const bool filled = fill(workbook, error);
    return closeXlsxWorkbook(workbook, filled, file, error);
}

bool writeXlsxWorkbook(const QString &path, const QList<SheetTable> &sheets, const QString &language, QString *error)
{
    const QByteArray bytes = xlsxWorkbook(sheets, language, error);
    if (bytes.isEmpty())
        return false;
    return writeFileAtomically(path, bytes, error);
}

} // namespace parat
