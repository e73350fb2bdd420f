#include "SuperuserDialog.h"

#include "DateEdit.h"
#include "Dialogs.h"

#include "storage/PersonRepository.h"

#include <QLineEdit>
#include <QSpinBox>

namespace parat {

DateEdit *SuperuserDialog::optionalDateEdit(const QDate &date, QWidget *parent)
{
    auto *edit = new DateEdit(parent);
    edit->setOptional(tr("not set"));
    edit->setOptionalDate(date);
    return edit;
}

QDate SuperuserDialog::optionalDate(const DateEdit *edit)
{
    return edit->optionalDate();
}

SuperuserDialog::SuperuserDialog(AppContext &context, const Person *existing, const SuperuserDetails &details,
                                 QWidget *parent)
    : PersonDialog(context, existing, parent)
{
    m_team = Dialogs::named(new QLineEdit(details.team, this), QStringLiteral("teamEdit"));
    addField(tr("&Team:"), m_team);

    m_caseworkers = Dialogs::named(new QSpinBox(this), QStringLiteral("caseworkersSpin"));
    m_caseworkers->setRange(0, 100000);
    m_caseworkers->setValue(details.caseworkersCovered);
    m_caseworkers->setToolTip(tr("Colleagues (caseworkers) this superuser trains and supports"));
    addField(tr("Case&workers covered:"), m_caseworkers);

    m_appointed = Dialogs::named(optionalDateEdit(details.appointedOn, this), QStringLiteral("appointedEdit"));
    addField(tr("A&ppointed on:"), m_appointed);

    m_trained = Dialogs::named(optionalDateEdit(details.trainedOn, this), QStringLiteral("trainedEdit"));
    addField(tr("T&rained on:"), m_trained);

    m_activeUntil = Dialogs::named(optionalDateEdit(details.activeUntil, this), QStringLiteral("activeUntilEdit"));
    addField(tr("Acti&ve until:"), m_activeUntil);
}

SuperuserDetails SuperuserDialog::details() const
{
    SuperuserDetails details;
    details.team = m_team->text().trimmed();
    details.caseworkersCovered = m_caseworkers->value();
    details.appointedOn = optionalDate(m_appointed);
    details.trainedOn = optionalDate(m_trained);
    details.activeUntil = optionalDate(m_activeUntil);
    return details;
}

void SuperuserDialog::accept()
{
    if (DateEdit::refuseAccept(this))
        return;
    const QString problem = PersonRepository::checkSuperuserDetails(details());
    if (!problem.isEmpty()) {
        Dialogs::error(this, problem);
        m_activeUntil->setFocus();
        return;
    }
    PersonDialog::accept();
}

} // namespace parat
