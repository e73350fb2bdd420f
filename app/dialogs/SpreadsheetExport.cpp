#include "SpreadsheetExport.h"

#include "AppContext.h"
#include "Dialogs.h"

#include "domain/Clock.h"
#include "domain/Language.h"
#include "report/OutputTarget.h"
#include "report/StatusSheet.h"
#include "report/TaskWorkbook.h"
#include "services/StatusImport.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"
#include "storage/PersonRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>

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

// The rows of the current municipality as a workbook, named after the municipality in the language of the window.
template<typename Row, typename FileName>
QString saveRows(AppContext &context, QWidget *parent, const QString &title, const QList<Row> &rows, FileName fileName,
                 bool (*write)(const QString &, const QList<Row> &, const QString &, QString *))
{
    const std::optional<Municipality> municipality
        = MunicipalityRepository(context.database()).byId(context.currentMunicipalityId());
    if (!municipality)
        return QString();
    const QString language = currentLanguage();
    return saveWorkbook(context, parent, title, fileName(*municipality),
                        [&](const QString &path, QString *error) { return write(path, rows, language, error); });
}

} // namespace

QString SpreadsheetExport::exportTasks(AppContext &context, const QList<TaskSheetRow> &rows, QWidget *parent)
{
    return saveRows(
        context, parent, tr("Export Tasks to Excel"), rows,
        [](const Municipality &municipality) { return taskSheetFileName(municipality); }, writeTaskWorkbook);
}

QString SpreadsheetExport::exportGrid(AppContext &context, const QList<GridSheetRow> &rows, QWidget *parent)
{
    return saveRows(context, parent, tr("Export Grid to Excel"), rows, gridSheetFileName, writeGridWorkbook);
}

QString SpreadsheetExport::exportStatusSheet(AppContext &context, Id personId, QWidget *parent)
{
    const std::optional<Municipality> municipality
        = MunicipalityRepository(context.database()).byId(context.currentMunicipalityId());
    const std::optional<Person> person = PersonRepository(context.database()).byId(personId);
    if (!municipality || !person)
        return QString();
    const QString language = currentLanguage();
    const QList<StatusSheetRow> rows = statusSheetRows(context.database(), municipality->id, person->id, language);
    return saveWorkbook(context, parent, tr("Export Status Sheet"), statusSheetFileName(*municipality, *person),
                        [&](const QString &path, QString *error) {
                            return writeStatusSheet(path, rows, person->name, context.clock().now(), language, error);
                        });
}

QString SpreadsheetExport::exportStatusSheet(AppContext &context, QWidget *parent)
{
    const Id municipalityId = context.currentMunicipalityId();
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Export Status Sheet"));
    auto *form = new QFormLayout(&dialog);
    auto *people = new QComboBox(&dialog);
    people->setAccessibleName(tr("Person"));
    for (const Person &person : PersonRepository(context.database()).forMunicipality(municipalityId)) {
        const int open = int(statusSheetRows(context.database(), municipalityId, person.id, currentLanguage()).size());
        if (open > 0)
            people->addItem(tr("%1 (%n open task(s))", nullptr, open).arg(person.name), person.id);
    }
    if (people->count() == 0) {
        Dialogs::information(parent, tr("No one in the municipality is responsible for or performs an open task."));
        return QString();
    }
    auto *label = new QLabel(tr("&Whose status sheet:"), &dialog);
    label->setBuddy(people);
    form->addRow(label, people);
    auto *buttons = Dialogs::okCancelButtons(&dialog);
    form->addRow(buttons);
    // Under Dialogs' test script the first person is taken without showing the list.
    if (!Dialogs::scripted() && dialog.exec() != QDialog::Accepted)
        return QString();
    return exportStatusSheet(context, people->currentData().toLongLong(), parent);
}

} // namespace parat
