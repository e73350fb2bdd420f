#include "report/StatusSheet.h"

#include "domain/Enums.h"
#include "report/OutputTarget.h"
#include "report/XlsxWriter.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <vector>

namespace parat {

namespace {

enum Column : lxw_col_t
{
    Key,
    Title,
    Due,
    Hours,
    State,
    DoneOn,
    Klik,
    Note,
    ExportedStatus,
    ExportedAt,
    ColumnCount
};

lxw_datetime excelDate(const QDate &day)
{
    return {day.year(), day.month(), day.day(), 0, 0, 0.0};
}

struct Formats
{
    lxw_format *header = nullptr;
    lxw_format *locked = nullptr;
    lxw_format *lockedDate = nullptr;
    lxw_format *lockedHours = nullptr;
    lxw_format *open = nullptr;
    lxw_format *openDate = nullptr;
};

Formats makeFormats(lxw_workbook *workbook, const QString &language)
{
    Formats f;
    const QByteArray dateFormat = xlsxDateFormat(language).toUtf8();
    f.header = workbook_add_format(workbook);
    format_set_bold(f.header);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    format_set_text_wrap(f.header);
    f.locked = workbook_add_format(workbook);
    format_set_align(f.locked, LXW_ALIGN_VERTICAL_TOP);
    format_set_text_wrap(f.locked);
    f.lockedDate = workbook_add_format(workbook);
    format_set_num_format(f.lockedDate, dateFormat.constData());
    format_set_align(f.lockedDate, LXW_ALIGN_LEFT);
    format_set_align(f.lockedDate, LXW_ALIGN_VERTICAL_TOP);
    f.lockedHours = workbook_add_format(workbook);
    format_set_num_format(f.lockedHours, "0.0#");
    format_set_align(f.lockedHours, LXW_ALIGN_VERTICAL_TOP);
    // The columns to fill in: unlocked, on a light background so they stand out (and named in the heading).
    f.open = workbook_add_format(workbook);
    format_set_unlocked(f.open);
    format_set_bg_color(f.open, 0xFFF8E1);
    format_set_align(f.open, LXW_ALIGN_VERTICAL_TOP);
    format_set_text_wrap(f.open);
    f.openDate = workbook_add_format(workbook);
    format_set_unlocked(f.openDate);
    format_set_bg_color(f.openDate, 0xFFF8E1);
    format_set_num_format(f.openDate, dateFormat.constData());
    format_set_align(f.openDate, LXW_ALIGN_LEFT);
    format_set_align(f.openDate, LXW_ALIGN_VERTICAL_TOP);
    return f;
}

// A date cell, or a blank one in the cell's format when there is no date.
lxw_error writeDateOrBlank(lxw_worksheet *sheet, lxw_row_t at, lxw_col_t column, const QDate &day, lxw_format *format)
{
    if (!day.isValid())
        return worksheet_write_blank(sheet, at, column, format);
    lxw_datetime date = excelDate(day);
    return worksheet_write_datetime(sheet, at, column, &date, format);
}

// One task's row: the task columns locked, the columns to fill in open, and the hidden export columns.
lxw_error writeRow(lxw_worksheet *sheet, lxw_row_t at, const StatusSheetRow &row, const QByteArray &exported,
                   const Formats &f)
{
    lxw_error status = worksheet_write_string(sheet, at, Key, row.key.toUtf8().constData(), f.locked);
    if (status == LXW_NO_ERROR)
        status = worksheet_write_string(sheet, at, Title, row.title.toUtf8().constData(), f.locked);
    if (status == LXW_NO_ERROR && row.due.isValid()) {
        lxw_datetime due = excelDate(row.due);
        status = worksheet_write_datetime(sheet, at, Due, &due, f.lockedDate);
    }
    if (status == LXW_NO_ERROR)
        status = worksheet_write_number(sheet, at, Hours, row.hours, f.lockedHours);
    if (status == LXW_NO_ERROR)
        status = worksheet_write_string(sheet, at, State, statusName(row.status).toUtf8().constData(), f.open);
    if (status == LXW_NO_ERROR)
        status = writeDateOrBlank(sheet, at, DoneOn, row.doneOn, f.openDate);
    if (status == LXW_NO_ERROR)
        status = writeDateOrBlank(sheet, at, Klik, row.klikMarkedOn, f.openDate);
    if (status == LXW_NO_ERROR) {
        // Text stays text: a note starting with '=' is written as a string, never as a formula.
        status = row.note.isEmpty() ? worksheet_write_blank(sheet, at, Note, f.open)
                                    : worksheet_write_string(sheet, at, Note, row.note.toUtf8().constData(), f.open);
    }
    if (status == LXW_NO_ERROR)
        status
            = worksheet_write_string(sheet, at, ExportedStatus, statusCode(row.status).toUtf8().constData(), nullptr);
    if (status == LXW_NO_ERROR)
        status = worksheet_write_string(sheet, at, ExportedAt, exported.constData(), nullptr);
    return status;
}

// Status: a list of Parat's words in the sheet's language. Done and KLIK: dates from 2000 on. Rows 1 to last.
lxw_error addValidations(lxw_worksheet *sheet, lxw_row_t last)
{
    QList<QByteArray> words;
    for (const Status s : allStatuses())
        words.append(statusName(s).toUtf8());
    std::vector<const char *> list;
    for (const QByteArray &word : words)
        list.push_back(word.constData());
    list.push_back(nullptr);
    const QByteArray statusTitle = StatusSheetText::tr("Status").toUtf8();
    const QByteArray statusMessage = StatusSheetText::tr("Choose one of the statuses in the list.").toUtf8();
    lxw_data_validation statusRule = {};
    statusRule.validate = LXW_VALIDATION_TYPE_LIST;
    statusRule.value_list = const_cast<char **>(list.data());
    statusRule.error_title = const_cast<char *>(statusTitle.constData());
    statusRule.error_message = const_cast<char *>(statusMessage.constData());
    lxw_error status = worksheet_data_validation_range(sheet, 1, State, last, State, &statusRule);
    const QByteArray dateTitle = StatusSheetText::tr("Date").toUtf8();
    const QByteArray dateMessage = StatusSheetText::tr("Write a date, for example 24-12-2026.").toUtf8();
    lxw_data_validation dateRule = {};
    dateRule.validate = LXW_VALIDATION_TYPE_DATE;
    dateRule.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
    dateRule.minimum_datetime = excelDate(QDate(2000, 1, 1));
    dateRule.maximum_datetime = excelDate(QDate(2099, 12, 31));
    dateRule.error_title = const_cast<char *>(dateTitle.constData());
    dateRule.error_message = const_cast<char *>(dateMessage.constData());
    if (status == LXW_NO_ERROR)
        status = worksheet_data_validation_range(sheet, 1, DoneOn, last, DoneOn, &dateRule);
    if (status == LXW_NO_ERROR)
        status = worksheet_data_validation_range(sheet, 1, Klik, last, Klik, &dateRule);
    return status;
}

// Widths, the frozen header, a filter over rowCount rows, hidden technical columns and the protection that keeps
// the task columns; the person's name in the page header.
lxw_error setUpSheet(lxw_worksheet *sheet, qsizetype rowCount, int titleWidth, int noteWidth, const QString &personName)
{
    lxw_error status = LXW_NO_ERROR;
    const double widths[ColumnCount] = {10, double(std::clamp(titleWidth + 2, 20, 60)), 12, 8, 16, 14,
                                        14, double(std::clamp(noteWidth + 2, 24, 60)),  12, 22};
    for (int c = 0; c < ColumnCount && status == LXW_NO_ERROR; ++c) {
        lxw_row_col_options hidden = {};
        hidden.hidden = c >= ExportedStatus ? 1 : 0;
        status = worksheet_set_column_opt(sheet, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr, &hidden);
    }
    if (status == LXW_NO_ERROR) {
        worksheet_freeze_panes(sheet, 1, 0);
        status = worksheet_autofilter(sheet, 0, 0, lxw_row_t(rowCount), Note);
    }
    if (status == LXW_NO_ERROR) {
        lxw_protection protection = {};
        protection.autofilter = 1;
        protection.sort = 1;
        protection.format_columns = 1;
        protection.format_rows = 1;
        worksheet_protect(sheet, nullptr, &protection);
        QString who = personName;
        who.replace(QLatin1Char('&'), QStringLiteral("&&")); // & starts a header code
        const QByteArray header = QStringLiteral("&L%1&RParat").arg(who).toUtf8();
        worksheet_set_header(sheet, header.constData());
        worksheet_set_landscape(sheet);
        worksheet_set_paper(sheet, 9); // A4
        worksheet_fit_to_pages(sheet, 1, 0);
    }
    return status;
}

bool fillSheet(lxw_workbook *workbook, const QList<StatusSheetRow> &rows, const QString &personName,
               const QDateTime &exportedAt, const Formats &f, QString *error)
{
    const QByteArray name = StatusSheetText::tr("Status").toUtf8();
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, name.constData());
    if (!sheet) {
        *error = StatusSheetText::tr("Could not add the status sheet to the workbook.");
        return false;
    }
    lxw_error status = LXW_NO_ERROR;
    const QStringList headings = statusSheetHeadings();
    for (int c = 0; c < headings.size() && status == LXW_NO_ERROR; ++c)
        status = worksheet_write_string(sheet, 0, lxw_col_t(c), headings.at(c).toUtf8().constData(), f.header);

    const QByteArray exported = exportedAt.toUTC().toString(Qt::ISODate).toUtf8();
    int titleWidth = int(headings.at(Title).size());
    int noteWidth = int(headings.at(Note).size());
    for (int r = 0; r < rows.size() && status == LXW_NO_ERROR; ++r) {
        const StatusSheetRow &row = rows.at(r);
        titleWidth = std::max(titleWidth, int(row.title.size()));
        noteWidth = std::max(noteWidth, int(row.note.size()));
        status = writeRow(sheet, lxw_row_t(r + 1), row, exported, f);
    }
    if (status == LXW_NO_ERROR)
        status = addValidations(sheet, lxw_row_t(std::max<qsizetype>(rows.size(), 1)));
    if (status == LXW_NO_ERROR)
        status = setUpSheet(sheet, rows.size(), titleWidth, noteWidth, personName);
    if (status != LXW_NO_ERROR) {
        *error
            = StatusSheetText::tr("Could not write the status sheet: %1").arg(QString::fromUtf8(lxw_strerror(status)));
        return false;
    }
    return true;
}

} // namespace

QStringList statusSheetHeadings()
{
    return {StatusSheetText::tr("Task"),
            StatusSheetText::tr("Title"),
            StatusSheetText::tr("Due"),
            StatusSheetText::tr("Hours"),
            StatusSheetText::tr("Status"),
            StatusSheetText::tr("Done on"),
            StatusSheetText::tr("Marked in KLIK"),
            StatusSheetText::tr("Note"),
            kStatusSheetExportedStatus,
            kStatusSheetExportedAt};
}

QByteArray statusSheetWorkbook(const QList<StatusSheetRow> &rows, const QString &personName,
                               const QDateTime &exportedAt, const QString &language, QString *error)
{
    return buildXlsxWorkbook(
        QStringLiteral("status.xlsx"),
        [&](lxw_workbook *workbook, QString *problem) {
            return fillSheet(workbook, rows, personName, exportedAt, makeFormats(workbook, language), problem);
        },
        error);
}

bool writeStatusSheet(const QString &path, const QList<StatusSheetRow> &rows, const QString &personName,
                      const QDateTime &exportedAt, const QString &language, QString *error)
{
    const QByteArray bytes = statusSheetWorkbook(rows, personName, exportedAt, language, error);
    if (bytes.isEmpty())
        return false;
    return writeFileAtomically(path, bytes, error);
}

} // namespace parat
