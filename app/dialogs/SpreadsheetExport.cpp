#include "SpreadsheetExport.h"

#include "AppContext.h"
#include "Dialogs.h"

#include "domain/Language.h"
#include "report/OutputTarget.h"
#include "report/TaskWorkbook.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>

#include <functional>

namespace parat {

namespace {

// Asks for the file (suggested in the home folder), adds .xlsx when no suffix was typed, checks it and writes.
QString saveWorkbook(AppContext &context, QWidget *parent, const QString &title, const QString &fileName,
                     const std::function<bool(const QString &path, QString *error)> &write)
{
    QString path = Dialogs::saveFileName(parent, title, QDir::home().filePath(fileName),
                                         SpreadsheetExport::tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return QString();
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".xlsx");
    QString error;
    if (!checkOutputTarget(context.database(), path, &error)) {
        Dialogs::error(parent, error);
        return QString();
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = write(path, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        Dialogs::error(parent, error);
        return QString();
    }
    return path;
}

} // namespace

QString SpreadsheetExport::exportTasks(AppContext &context, const QList<TaskSheetRow> &rows, QWidget *parent)
{
    const std::optional<Municipality> municipality
        = MunicipalityRepository(context.database()).byId(context.currentMunicipalityId());
    if (!municipality)
        return QString();
    const QString language = currentLanguage();
    return saveWorkbook(
        context, parent, tr("Export Tasks to Excel"), taskSheetFileName(*municipality),
        [&](const QString &path, QString *error) { return writeTaskWorkbook(path, rows, language, error); });
}

QString SpreadsheetExport::exportGrid(AppContext &context, const QList<GridSheetRow> &rows, QWidget *parent)
{
    const std::optional<Municipality> municipality
        = MunicipalityRepository(context.database()).byId(context.currentMunicipalityId());
    if (!municipality)
        return QString();
    const QString language = currentLanguage();
    return saveWorkbook(
        context, parent, tr("Export Grid to Excel"), gridSheetFileName(*municipality),
        [&](const QString &path, QString *error) { return writeGridWorkbook(path, rows, language, error); });
}

} // namespace parat
