#include "PersonDialog.h"

#include "Dialogs.h"

#include "AppContext.h"

#include "storage/PersonRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace parat {

namespace {

// The same rule as PersonRepository::validate(), checked here so the message appears beside the field.
bool looksLikeEmail(const QString &email)
{
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    return at > 0 && at == email.lastIndexOf(QLatin1Char('@')) && at < email.size() - 1
        && !email.contains(QLatin1Char(' '));
}

} // namespace

PersonDialog::PersonDialog(AppContext &context, const Person *existing, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    if (existing)
        m_person = *existing;
    else
        m_person.municipalityId = context.currentMunicipalityId();
    setWindowTitle(existing ? tr("Edit %1").arg(m_person.name) : tr("Add Person"));

    m_form = new QFormLayout;
    auto addRow = [this](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        m_form->addRow(label, field);
    };

    m_name = new QLineEdit(m_person.name, this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    addRow(tr("&Name:"), m_name);
    m_nameMessage = Dialogs::validationLabel(this, QStringLiteral("nameMessage"));
    m_form->addRow(QString(), m_nameMessage);

    m_unit = new QLineEdit(m_person.unit, this);
    m_unit->setObjectName(QStringLiteral("unitEdit"));
    addRow(tr("&Unit:"), m_unit);

    m_email = new QLineEdit(m_person.email, this);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(tr("name@example.dk"));
    addRow(tr("&E-mail:"), m_email);
    m_emailMessage = Dialogs::validationLabel(this, QStringLiteral("emailMessage"));
    m_form->addRow(QString(), m_emailMessage);

    auto *rolesBox = new QGroupBox(tr("Roles"), this);
    auto *rolesGrid = new QGridLayout(rolesBox);
    const QList<Role> roles = allRoles();
    for (int i = 0; i < roles.size(); ++i) {
        const Role role = roles.at(i);
        auto *check = new QCheckBox(QStringLiteral("%1 (%2)").arg(roleName(role), roleCode(role)), rolesBox);
        check->setObjectName(QStringLiteral("role_") + roleCode(role));
        check->setChecked(m_person.roles.contains(role));
        rolesGrid->addWidget(check, i / 2, i % 2);
        m_roles.insert(int(role), check);
    }
    m_form->addRow(rolesBox);

    m_manager = new QComboBox(this);
    m_manager->setObjectName(QStringLiteral("managerCombo"));
    m_manager->addItem(tr("— none —"), Id(0));
    const QList<Person> people = PersonRepository(context.database()).forMunicipality(m_person.municipalityId);
    for (const Person &other : people) {
        if (other.id != m_person.id)
            m_manager->addItem(other.name, other.id);
    }
    m_manager->setCurrentIndex(std::max(0, m_manager->findData(m_person.managerId)));
    addRow(tr("&Manager:"), m_manager);

    m_klik = new QCheckBox(tr("Registered in &KLIK"), this);
    m_klik->setObjectName(QStringLiteral("klikCheck"));
    m_klik->setChecked(m_person.registeredInKlik);
    m_form->addRow(QString(), m_klik);
    m_insertRow = m_form->rowCount();

    m_note = new QPlainTextEdit(m_person.note, this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(100);
    addRow(tr("N&ote:"), m_note);

    auto *buttons = Dialogs::okCancelButtons(this, existing ? tr("Save") : tr("Add"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textChanged, m_nameMessage, [this] { m_nameMessage->setVisible(false); });
    connect(m_email, &QLineEdit::textChanged, m_emailMessage, [this] { m_emailMessage->setVisible(false); });
}

void PersonDialog::addField(const QString &labelText, QWidget *field)
{
    auto *label = new QLabel(labelText, this);
    label->setBuddy(field);
    m_form->insertRow(m_insertRow++, label, field);
}

Person PersonDialog::person() const
{
    Person person = m_person;
    person.name = m_name->text().trimmed();
    person.unit = m_unit->text().trimmed();
    person.email = m_email->text().trimmed();
    person.roles.clear();
    for (Role role : allRoles()) {
        if (m_roles.value(int(role))->isChecked())
            person.roles.append(role);
    }
    person.managerId = m_manager->currentData().toLongLong();
    person.registeredInKlik = m_klik->isChecked();
    person.note = m_note->toPlainText().trimmed();
    return person;
}

QString PersonDialog::validate() const
{
    const Person entered = person();
    if (entered.name.isEmpty())
        return tr("Write the person's name.");
    if (!entered.email.isEmpty() && !looksLikeEmail(entered.email))
        return tr("\"%1\" is not an e-mail address (expected name@example.dk).").arg(entered.email);
    return {};
}

void PersonDialog::accept()
{
    const Person entered = person();
    const bool nameMissing = entered.name.isEmpty();
    const bool emailWrong = !entered.email.isEmpty() && !looksLikeEmail(entered.email);
    m_nameMessage->setText(tr("Write the person's name."));
    m_nameMessage->setVisible(nameMissing);
    m_emailMessage->setText(tr("\"%1\" is not an e-mail address (expected name@example.dk).").arg(entered.email));
    m_emailMessage->setVisible(emailWrong);
    if (nameMissing) {
        m_name->setFocus();
        return;
    }
    if (emailWrong) {
        m_email->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace parat
