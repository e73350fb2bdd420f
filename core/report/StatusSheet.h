#pragma once

#include "services/StatusImport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace parat {

// A person's status sheet (docs/spreadsheets.md "Status sheets"): an Excel workbook with one sheet of their tasks
// (key, title, due date, hours) and the columns they fill in: status (a list of Parat's status words in language),
// done date (a date), marked in KLIK (a date) and a note. Two hidden columns hold the status at the export and the
// time of the export, so that the import can tell what was edited and what changed in Parat since. The key, title,
// due and hours are locked against slips (the sheet is protected without a password); the rest is open. Written
// as writeXlsxWorkbook() writes, atomically; the target must have passed checkOutputTarget().
QByteArray statusSheetWorkbook(const QList<StatusSheetRow> &rows, const QString &personName,
                               const QDateTime &exportedAt, const QString &language, QString *error);
bool writeStatusSheet(const QString &path, const QList<StatusSheetRow> &rows, const QString &personName,
                      const QDateTime &exportedAt, const QString &language, QString *error);

// The headings of the sheet in the current language, in column order (hidden columns last).
QStringList statusSheetHeadings();

struct StatusSheetText
{
    Q_DECLARE_TR_FUNCTIONS(parat::StatusSheetText)
};

} // namespace parat
