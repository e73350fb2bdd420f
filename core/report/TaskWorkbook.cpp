#include "report/TaskWorkbook.h"

#include "domain/Calendar.h"
#include "domain/Language.h"

#include <QDate>
#include <QLocale>

namespace parat {

namespace {

using Kind = SheetColumn::Kind;

QList<SheetColumn> taskColumns()
{
    return {{TaskWorkbook::tr("Task"), Kind::Text},          {TaskWorkbook::tr("Title"), Kind::Text},
            {TaskWorkbook::tr("Phase"), Kind::Text},         {TaskWorkbook::tr("Theme"), Kind::Text},
            {TaskWorkbook::tr("Mandatory"), Kind::Text},     {TaskWorkbook::tr("Status"), Kind::Text},
            {TaskWorkbook::tr("Responsible"), Kind::Text},   {TaskWorkbook::tr("Performer"), Kind::Text},
            {TaskWorkbook::tr("Released"), Kind::Date},      {TaskWorkbook::tr("Due"), Kind::Date},
            {TaskWorkbook::tr("Days overdue"), Kind::Whole}, {TaskWorkbook::tr("Hours"), Kind::Hours},
            {TaskWorkbook::tr("Done on"), Kind::Date},       {TaskWorkbook::tr("Marked done in KLIK"), Kind::Date},
            {TaskWorkbook::tr("Reason"), Kind::Text},        {TaskWorkbook::tr("Note"), Kind::Text}};
}

QString yesNo(bool value)
{
    return value ? TaskWorkbook::tr("Yes") : TaskWorkbook::tr("No");
}

QVariant dateCell(const QDate &date)
{
    return date.isValid() ? QVariant(date) : QVariant();
}

} // namespace

SheetTable taskSheet(const QList<TaskSheetRow> &rows)
{
    SheetTable table;
    table.name = TaskWorkbook::tr("Tasks");
    table.columns = taskColumns();
    table.rows.reserve(rows.size());
    for (const TaskSheetRow &r : rows) {
        table.rows.append({r.key, r.title, r.phase, r.theme, yesNo(r.mandatory), r.status, r.responsible, r.performer,
                           dateCell(r.release), dateCell(r.due),
                           r.daysOverdue > 0 ? QVariant(r.daysOverdue) : QVariant(), r.estimateHours,
                           dateCell(r.doneOn), dateCell(r.klikMarkedOn), r.reason, r.note});
    }
    return table;
}

QList<QStringList> taskCsvRows(const QList<TaskSheetRow> &rows, const QString &language)
{
    QList<QStringList> out;
    QStringList header;
    for (const SheetColumn &column : taskColumns())
        header << column.heading;
    out.append(header);
    const QLocale locale = localeFor(language);
    for (const TaskSheetRow &r : rows) {
        out.append({r.key, r.title, r.phase, r.theme, yesNo(r.mandatory), r.status, r.responsible, r.performer,
                    formatDateShort(r.release, language), formatDateShort(r.due, language),
                    r.daysOverdue > 0 ? QString::number(r.daysOverdue) : QString(),
                    locale.toString(r.estimateHours, 'g', 6), formatDateShort(r.doneOn, language),
                    formatDateShort(r.klikMarkedOn, language), r.reason, r.note});
    }
    return out;
}

SheetTable gridSheet(const QList<GridSheetRow> &rows)
{
    SheetTable table;
    table.name = TaskWorkbook::tr("Capacity");
    table.columns = {{TaskWorkbook::tr("Person"), Kind::Text},
                     {TaskWorkbook::tr("Unit"), Kind::Text},
                     {TaskWorkbook::tr("Superuser"), Kind::Text},
                     {TaskWorkbook::tr("Year"), Kind::Whole},
                     {TaskWorkbook::tr("Week"), Kind::Whole},
                     {TaskWorkbook::tr("Week starts"), Kind::Date},
                     {TaskWorkbook::tr("Hours allocated"), Kind::Hours},
                     {TaskWorkbook::tr("Hours needed"), Kind::Hours},
                     {TaskWorkbook::tr("Hours free"), Kind::Hours}};
    table.rows.reserve(rows.size());
    for (const GridSheetRow &r : rows) {
        table.rows.append({r.person, r.unit, yesNo(r.superuser), r.isoYear, r.week, dateCell(r.monday), r.allocated,
                           r.needed, r.free()});
    }
    return table;
}

bool writeTaskWorkbook(const QString &path, const QList<TaskSheetRow> &rows, const QString &language, QString *error)
{
    return writeXlsxWorkbook(path, {taskSheet(rows)}, language, error);
}

bool writeGridWorkbook(const QString &path, const QList<GridSheetRow> &rows, const QString &language, QString *error)
{
    return writeXlsxWorkbook(path, {gridSheet(rows)}, language, error);
}

} // namespace parat
