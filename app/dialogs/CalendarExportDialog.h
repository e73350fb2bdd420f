#pragma once

#include "domain/Types.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;

namespace parat {

class AppContext;

// File ▸ Export calendar: whose calendar (the whole municipality or one person) and whether task release dates
// go in too; then a file name, and the plan is written as an iCalendar file (services/CalendarEntries,
// report/IcsWriter). run() does it all and says where the file went.
class CalendarExportDialog : public QDialog
{
    Q_OBJECT
public:
    CalendarExportDialog(const QList<Person> &people, QWidget *parent = nullptr);

    Id personId() const; // 0: the whole municipality
    bool includeReleases() const;
    QComboBox *personCombo() const { return m_person; }
    QCheckBox *releasesCheck() const { return m_releases; }

    // Asks, writes and returns the file written (empty when cancelled or refused; a refusal is shown).
    static QString run(AppContext &context, QWidget *parent);

private:
    QComboBox *m_person = nullptr;
    QCheckBox *m_releases = nullptr;
};

} // namespace parat
