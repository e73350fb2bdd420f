#include "AllocationDialog.h"

#include "Dialogs.h"

#include "AppContext.h"
#include "DateEdit.h"
#include "SuperuserDialog.h"

#include "domain/Calendar.h"
#include "domain/Clock.h"
#include "planning/Capacity.h"
#include "storage/AllocationRepository.h"
#include "storage/PersonRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace parat {

namespace {

// A new allocation for the person: from this week for eight weeks, 7.5 hours a week, approved today.
Allocation newAllocation(Id personId, const QDate &today)
{
    Allocation allocation;
    allocation.personId = personId;
    allocation.fromWeek = weekKey(today);
    allocation.toWeek = addWeeksToKey(allocation.fromWeek, 7);
    allocation.hoursPerWeek = 7.5;
    allocation.approvedOn = today;
    return allocation;
}

// The people by name with their role codes: "Line Andersen (SU, FL)".
void addPeopleWithRoles(QComboBox *box, const QList<Person> &people)
{
    for (const Person &person : people) {
        const QString text = person.roles.isEmpty()
            ? person.name
            : QStringLiteral("%1 (%2)").arg(person.name, roleCodes(person.roles));
        box->addItem(text, person.id);
    }
}

// The leaders who may approve hours (and whoever approved these), with the allocation's approver chosen, or typed
// in when the approver is not one of the people.
void fillApprovers(QComboBox *box, const QList<Person> &people, const Allocation &allocation)
{
    box->addItem(QString(), Id(0));
    for (const Person &person : people) {
        if (person.roles.contains(Role::FL) || person.roles.contains(Role::PE) || person.roles.contains(Role::PL)
            || person.id == allocation.approvedById)
            box->addItem(person.name, person.id);
    }
    const int approver = allocation.approvedById != 0 ? box->findData(allocation.approvedById) : -1;
    if (approver >= 0)
        box->setCurrentIndex(approver);
    else
        box->setEditText(allocation.approvedBy);
}

// Hours per week, 0 to 168 in half hours.
QDoubleSpinBox *hoursSpin(double hours, QWidget *parent)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(QStringLiteral("hoursSpin"));
    spin->setRange(0.0, 168.0);
    spin->setDecimals(1);
    spin->setSingleStep(0.5);
    spin->setSuffix(AllocationDialog::tr(" h"));
    spin->setValue(hours);
    return spin;
}

} // namespace

AllocationDialog::AllocationDialog(AppContext &context, const Allocation *existing, Id personId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    m_allocation = existing ? *existing : newAllocation(personId, context.clock().today());
    setWindowTitle(existing ? tr("Edit Allocation") : tr("Allocate Hours"));

    auto *form = new QFormLayout;
    auto addRow = [&](const QString &text, QWidget *field, QWidget *beside = nullptr) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        if (!beside) {
            form->addRow(label, field);
            return;
        }
        auto *row = new QHBoxLayout;
        row->addWidget(field);
        row->addWidget(beside, 1);
        form->addRow(label, row);
    };

    const QList<Person> people = PersonRepository(context.database()).forMunicipality(context.currentMunicipalityId());
    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("personCombo"));
    addPeopleWithRoles(m_person, people);
    m_person->setCurrentIndex(std::max(0, m_person->findData(m_allocation.personId)));
    m_person->setEnabled(!existing);
    addRow(tr("&Person:"), m_person);

    m_from = new DateEdit(mondayOfWeekKey(m_allocation.fromWeek), this);
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_fromWeek = new QLabel(this);
    addRow(tr("&From week:"), m_from, m_fromWeek);

    m_to = new DateEdit(mondayOfWeekKey(m_allocation.toWeek), this);
    m_to->setObjectName(QStringLiteral("toEdit"));
    m_toWeek = new QLabel(this);
    addRow(tr("&To week:"), m_to, m_toWeek);

    m_hours = hoursSpin(m_allocation.hoursPerWeek, this);
    auto *share = new QLabel(this);
    addRow(tr("&Hours per week:"), m_hours, share);
    const auto updateShare = [this, share] {
        share->setText(tr("%1 % of a 37-hour week").arg(QLocale().toString(m_hours->value() / 37.0 * 100.0, 'f', 0)));
    };
    connect(m_hours, &QDoubleSpinBox::valueChanged, share, updateShare);
    updateShare();

    m_approvedBy = new QComboBox(this);
    m_approvedBy->setObjectName(QStringLiteral("approvedByCombo"));
    m_approvedBy->setEditable(true);
    fillApprovers(m_approvedBy, people, m_allocation);
    m_approvedBy->setToolTip(tr("The manager who agreed to the hours (pick a leader or type a name)"));
    addRow(tr("&Approved by:"), m_approvedBy);

    m_approvedOn = SuperuserDialog::optionalDateEdit(m_allocation.approvedOn, this);
    m_approvedOn->setObjectName(QStringLiteral("approvedOnEdit"));
    addRow(tr("Approved &on:"), m_approvedOn);

    m_note = new QLineEdit(m_allocation.note, this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    addRow(tr("&Note:"), m_note);

    m_message = Dialogs::validationLabel(this, QStringLiteral("allocationMessage"));

    auto *buttons = Dialogs::okCancelButtons(this, existing ? tr("Save") : tr("Add"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_from, &DateEdit::dateChanged, this, &AllocationDialog::updateWeekLabels);
    connect(m_to, &DateEdit::dateChanged, this, &AllocationDialog::updateWeekLabels);
    updateWeekLabels();
}

void AllocationDialog::updateWeekLabels()
{
    m_fromWeek->setText(weekYearLabel(weekKey(m_from->date())));
    m_toWeek->setText(weekYearLabel(weekKey(m_to->date())));
    m_message->setVisible(false);
}

Allocation AllocationDialog::allocation() const
{
    Allocation allocation = m_allocation;
    allocation.personId = m_person->currentData().toLongLong();
    allocation.fromWeek = weekKey(m_from->date());
    allocation.toWeek = weekKey(m_to->date());
    allocation.hoursPerWeek = m_hours->value();
    const QString approver = m_approvedBy->currentText().trimmed();
    const int index = m_approvedBy->findText(approver);
    allocation.approvedById = index > 0 ? m_approvedBy->itemData(index).toLongLong() : 0;
    allocation.approvedBy = approver;
    allocation.approvedOn = SuperuserDialog::optionalDate(m_approvedOn);
    allocation.note = m_note->text().trimmed();
    return allocation;
}

QString AllocationDialog::validate() const
{
    const Allocation entered = allocation();
    if (entered.personId == 0)
        return tr("Choose the person the hours are for.");
    return AllocationRepository(m_context.database()).check(entered);
}

void AllocationDialog::accept()
{
    if (DateEdit::refuseAccept(this))
        return;
    const QString problem = validate();
    if (!problem.isEmpty()) {
        m_message->setText(problem);
        m_message->setVisible(true);
        m_from->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace parat
