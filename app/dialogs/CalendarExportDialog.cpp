#include "CalendarExportDialog.h"

#include "AppContext.h"
#include "Dialogs.h"

#include "domain/Clock.h"
#include "report/IcsWriter.h"
#include "report/OutputTarget.h"
#include "services/CalendarEntries.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"
#include "storage/PersonRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace parat {

CalendarExportDialog::CalendarExportDialog(const QList<Person> &people, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export Calendar"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The deadlines, milestones, go-live and communication plan as a calendar file for "
                                "Outlook and other calendars. Importing a newer file updates the entries instead of "
                                "adding them again."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("calendarPersonCombo"));
    m_person->addItem(tr("The whole municipality"), Id(0));
    for (const Person &person : people)
        m_person->addItem(person.name, person.id);
    auto *personLabel = new QLabel(tr("&Whose calendar:"), this);
    personLabel->setBuddy(m_person);
    form->addRow(personLabel, m_person);
    m_releases = new QCheckBox(tr("Also the date each task is &released"), this);
    m_releases->setObjectName(QStringLiteral("calendarReleasesCheck"));
    form->addRow(QString(), m_releases);
    layout->addLayout(form);
    auto *buttons = Dialogs::okCancelButtons(this, tr("&Export…"));
    layout->addWidget(buttons);
    m_person->setFocus();
}

Id CalendarExportDialog::personId() const
{
    return m_person->currentData().toLongLong();
}

bool CalendarExportDialog::includeReleases() const
{
    return m_releases->isChecked();
}

QString CalendarExportDialog::run(AppContext &context, QWidget *parent)
{
    Database &db = context.database();
    const std::optional<Municipality> municipality = MunicipalityRepository(db).byId(context.currentMunicipalityId());
    if (!municipality)
        return QString();
    const QList<Person> people = PersonRepository(db).forMunicipality(municipality->id);
    CalendarExportDialog dialog(people, parent);
    if (dialog.exec() != QDialog::Accepted)
        return QString();
    CalendarScope scope;
    scope.personId = dialog.personId();
    scope.includeReleases = dialog.includeReleases();
    QString personName;
    for (const Person &person : people) {
        if (person.id == scope.personId)
            personName = person.name;
    }
    const QString suggested = QDir::home().filePath(calendarFileName(*municipality, personName));
    QString path = Dialogs::saveFileName(parent, tr("Export Calendar"), suggested, tr("Calendar files (*.ics)"));
    if (path.isEmpty())
        return QString();
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".ics");
    QString error;
    if (!checkOutputTarget(db, path, &error)) {
        Dialogs::error(parent, error);
        return QString();
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QByteArray bytes = icsCalendar(calendarName(*municipality, personName),
                                         calendarEntries(db, *municipality, scope), context.clock().now().toUTC());
    const bool ok = writeFileAtomically(path, bytes, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        Dialogs::error(parent, error);
        return QString();
    }
    return path;
}

} // namespace parat
