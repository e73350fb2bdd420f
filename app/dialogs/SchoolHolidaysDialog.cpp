#include "SchoolHolidaysDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace parat {

namespace {

QSpinBox *weekBox(int value, const QString &name, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(1, 53);
    box->setValue(value);
    box->setPrefix(SchoolHolidaysDialog::tr("week "));
    box->setAccessibleName(name);
    return box;
}

} // namespace

SchoolHolidaysDialog::SchoolHolidaysDialog(const SchoolHolidayWeeks &weeks, const QString &municipalityName,
                                           QWidget *parent)
    : QDialog(parent)
    , m_weeks(weeks)
{
    setWindowTitle(tr("School Holidays of %1").arg(municipalityName));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The school-holiday weeks, the same ISO weeks every year. Hours set aside are not "
                                "lowered in them, but the grid marks them and the suggested hours keep their peak "
                                "out of them: superusers with children are often away."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_winter = weekBox(weeks.winterWeek, tr("Winter holiday"), this);
    m_autumn = weekBox(weeks.autumnWeek, tr("Autumn holiday"), this);
    m_summerFrom = weekBox(weeks.summerFrom, tr("Summer holiday from"), this);
    m_summerTo = weekBox(weeks.summerTo, tr("Summer holiday to"), this);
    form->addRow(tr("&Winter holiday:"), m_winter);
    form->addRow(tr("Summer holiday &from:"), m_summerFrom);
    form->addRow(tr("Summer holiday &to:"), m_summerTo);
    form->addRow(tr("&Autumn holiday:"), m_autumn);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    for (QSpinBox *box : {m_winter, m_autumn, m_summerFrom, m_summerTo})
        connect(box, &QSpinBox::valueChanged, this, &SchoolHolidaysDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

SchoolHolidayWeeks SchoolHolidaysDialog::weeks() const
{
    SchoolHolidayWeeks weeks = m_weeks;
    weeks.winterWeek = m_winter->value();
    weeks.autumnWeek = m_autumn->value();
    weeks.summerFrom = m_summerFrom->value();
    weeks.summerTo = m_summerTo->value();
    return weeks;
}

void SchoolHolidaysDialog::check()
{
    const QString problem = weeks().problem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace parat
