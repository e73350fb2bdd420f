#pragma once

#include "domain/DanishHolidays.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace parat {

// Edits a municipality's school-holiday weeks (ISO week numbers, the same every year). OK stays disabled, with
// the problem said under the fields, while the weeks are not usable.
class SchoolHolidaysDialog : public QDialog
{
    Q_OBJECT
public:
    SchoolHolidaysDialog(const SchoolHolidayWeeks &weeks, const QString &municipalityName, QWidget *parent = nullptr);
    SchoolHolidayWeeks weeks() const;

    QSpinBox *winterWeek() const { return m_winter; }
    QSpinBox *autumnWeek() const { return m_autumn; }
    QSpinBox *summerFrom() const { return m_summerFrom; }
    QSpinBox *summerTo() const { return m_summerTo; }

private:
    void check();

    SchoolHolidayWeeks m_weeks;
    QSpinBox *m_winter = nullptr;
    QSpinBox *m_autumn = nullptr;
    QSpinBox *m_summerFrom = nullptr;
    QSpinBox *m_summerTo = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace parat
