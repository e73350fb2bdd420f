#include "StakeholderDialog.h"

#include "Dialogs.h"

#include "AppContext.h"
#include "DateEdit.h"

#include "domain/Clock.h"
#include "storage/PersonRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace parat {

namespace {

QPlainTextEdit *textEdit(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(text, parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().height() * 3);
    return edit;
}

} // namespace

DateEdit *optionalDateEdit(const QDate &date, QWidget *parent)
{
    auto *edit = new DateEdit(parent);
    edit->setOptional(QObject::tr("None"));
    edit->setOptionalDate(date);
    return edit;
}

QDate optionalDate(const DateEdit *edit)
{
    return edit->optionalDate();
}

StakeholderDialog::StakeholderDialog(AppContext &context, const Stakeholder *existing, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    if (existing) {
        m_stakeholder = *existing;
    } else {
        m_stakeholder.municipalityId = context.currentMunicipalityId();
        m_stakeholder.lastReviewed = context.clock().today();
    }
    setWindowTitle(existing ? tr("Edit Stakeholder %1").arg(m_stakeholder.name) : tr("Add Stakeholder"));

    auto *tabs = new QTabWidget(this);
    auto *general = new QWidget(tabs);
    auto *form = new QFormLayout(general);
    addIdentityRows(form);
    addMapRows(form);
    addEngagementRows(form);
    addOwnerRows(form);
    tabs->addTab(general, tr("Stake&holder"));
    tabs->addTab(buildNotesTab(tabs), tr("N&otes"));

    auto *buttons = Dialogs::okCancelButtons(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);

    connect(m_influence, &QSpinBox::valueChanged, this, &StakeholderDialog::updateDerived);
    connect(m_affectedness, &QSpinBox::valueChanged, this, &StakeholderDialog::updateDerived);
    connect(m_now, &QComboBox::currentIndexChanged, this, &StakeholderDialog::updateDerived);
    connect(m_target, &QComboBox::currentIndexChanged, this, &StakeholderDialog::updateDerived);
    updateDerived();
    m_name->setFocus();
}

// Name, kind, internal or external, unit and role in the project.
void StakeholderDialog::addIdentityRows(QFormLayout *form)
{
    QWidget *general = form->parentWidget();
    m_name = Dialogs::named(new QLineEdit(m_stakeholder.name, general), QStringLiteral("nameEdit"));
    Dialogs::addFormRow(form, tr("&Name:"), m_name);
    m_nameMessage = Dialogs::validationLabel(general, QStringLiteral("nameMessage"));
    form->addRow(QString(), m_nameMessage);

    m_kind = Dialogs::named(new QComboBox(general), QStringLiteral("kindCombo"));
    for (StakeholderKind kind : allStakeholderKinds())
        m_kind->addItem(stakeholderKindName(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(m_stakeholder.kind)));
    Dialogs::addFormRow(form, tr("&Kind:"), m_kind);

    m_internal = Dialogs::named(new QComboBox(general), QStringLiteral("internalCombo"));
    m_internal->addItem(tr("Internal"), true);
    m_internal->addItem(tr("External"), false);
    m_internal->setCurrentIndex(m_stakeholder.internal ? 0 : 1);
    Dialogs::addFormRow(form, tr("Internal or e&xternal:"), m_internal);

    m_unit = Dialogs::named(new QLineEdit(m_stakeholder.unit, general), QStringLiteral("unitEdit"));
    Dialogs::addFormRow(form, tr("&Unit:"), m_unit);
    m_role = Dialogs::named(new QLineEdit(m_stakeholder.projectRole, general), QStringLiteral("roleEdit"));
    Dialogs::addFormRow(form, tr("&Role in the project:"), m_role);
}

// Where the stakeholder sits on the map: influence, how affected, and the quadrant that follows.
void StakeholderDialog::addMapRows(QFormLayout *form)
{
    QWidget *general = form->parentWidget();
    m_influence = Dialogs::named(new QSpinBox(general), QStringLiteral("influenceSpin"));
    m_influence->setRange(0, kStakeholderScaleMax);
    m_influence->setValue(m_stakeholder.influence);
    Dialogs::addFormRow(form, tr("&Influence (0-3):"), m_influence);
    m_affectedness = Dialogs::named(new QSpinBox(general), QStringLiteral("affectednessSpin"));
    m_affectedness->setRange(0, kStakeholderScaleMax);
    m_affectedness->setValue(m_stakeholder.affectedness);
    Dialogs::addFormRow(form, tr("How &affected (0-3):"), m_affectedness);
    m_quadrant = Dialogs::named(new QLabel(general), QStringLiteral("quadrantLabel"));
    m_quadrant->setWordWrap(true);
    Dialogs::addFormRow(form, tr("Quadrant:"), m_quadrant);
}

// Engagement now and desired, the gap between them, and the strategy.
void StakeholderDialog::addEngagementRows(QFormLayout *form)
{
    QWidget *general = form->parentWidget();
    m_now = Dialogs::named(new QComboBox(general), QStringLiteral("engagementNowCombo"));
    m_target = Dialogs::named(new QComboBox(general), QStringLiteral("engagementTargetCombo"));
    for (Engagement engagement : allEngagements()) {
        m_now->addItem(engagementName(engagement), int(engagement));
        m_target->addItem(engagementName(engagement), int(engagement));
    }
    m_now->setCurrentIndex(int(m_stakeholder.engagementNow));
    m_target->setCurrentIndex(int(m_stakeholder.engagementTarget));
    Dialogs::addFormRow(form, tr("&Engagement now:"), m_now);
    Dialogs::addFormRow(form, tr("&Target engagement:"), m_target);
    m_gap = Dialogs::named(new QLabel(general), QStringLiteral("gapLabel"));
    Dialogs::addFormRow(form, tr("Gap:"), m_gap);

    m_strategy = Dialogs::named(new QComboBox(general), QStringLiteral("strategyCombo"));
    for (Strategy strategy : allStrategies())
        m_strategy->addItem(strategyName(strategy), int(strategy));
    m_strategy->setCurrentIndex(int(m_stakeholder.strategy));
    Dialogs::addFormRow(form, tr("&Strategy:"), m_strategy);
}

// The owner (a person of the municipality) and the contact dates.
void StakeholderDialog::addOwnerRows(QFormLayout *form)
{
    QWidget *general = form->parentWidget();
    m_owner = Dialogs::named(new QComboBox(general), QStringLiteral("ownerCombo"));
    m_owner->addItem(tr("(nobody)"), Id(0));
    for (const Person &person : PersonRepository(m_context.database()).forMunicipality(m_stakeholder.municipalityId))
        m_owner->addItem(person.name, person.id);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(m_stakeholder.ownerId)));
    Dialogs::addFormRow(form, tr("O&wner:"), m_owner);

    m_nextContact
        = Dialogs::named(optionalDateEdit(m_stakeholder.nextContact, general), QStringLiteral("nextContactEdit"));
    Dialogs::addFormRow(form, tr("Next conta&ct:"), m_nextContact);
    m_lastReviewed
        = Dialogs::named(optionalDateEdit(m_stakeholder.lastReviewed, general), QStringLiteral("lastReviewedEdit"));
    Dialogs::addFormRow(form, tr("&Last reviewed:"), m_lastReviewed);
}

// What matters to them and the notes for before, during and after go-live.
QWidget *StakeholderDialog::buildNotesTab(QWidget *tabs)
{
    auto *notes = new QWidget(tabs);
    auto *notesForm = new QFormLayout(notes);
    m_concerns = textEdit(m_stakeholder.concerns, QStringLiteral("concernsEdit"), notes);
    Dialogs::addFormRow(notesForm, tr("What &matters to them:"), m_concerns);
    m_before = textEdit(m_stakeholder.noteBefore, QStringLiteral("beforeEdit"), notes);
    Dialogs::addFormRow(notesForm, tr("&Before go-live:"), m_before);
    m_during = textEdit(m_stakeholder.noteDuring, QStringLiteral("duringEdit"), notes);
    Dialogs::addFormRow(notesForm, tr("&During go-live:"), m_during);
    m_after = textEdit(m_stakeholder.noteAfter, QStringLiteral("afterEdit"), notes);
    Dialogs::addFormRow(notesForm, tr("A&fter go-live:"), m_after);
    return notes;
}

void StakeholderDialog::updateDerived()
{
    const Stakeholder s = stakeholder();
    const Quadrant quadrant = quadrantOf(s);
    m_quadrant->setText(tr("%1 - %2").arg(quadrantTitle(quadrant), quadrantAdvice(quadrant)));
    const int gap = engagementGap(s);
    m_gap->setText(gap > 0 ? tr("%n step(s) below target", "", gap) : tr("None"));
}

Stakeholder StakeholderDialog::stakeholder() const
{
    Stakeholder s = m_stakeholder;
    s.name = m_name->text().trimmed();
    s.kind = static_cast<StakeholderKind>(m_kind->currentData().toInt());
    s.internal = m_internal->currentData().toBool();
    s.unit = m_unit->text().trimmed();
    s.projectRole = m_role->text().trimmed();
    s.influence = m_influence->value();
    s.affectedness = m_affectedness->value();
    s.engagementNow = static_cast<Engagement>(m_now->currentData().toInt());
    s.engagementTarget = static_cast<Engagement>(m_target->currentData().toInt());
    s.strategy = static_cast<Strategy>(m_strategy->currentData().toInt());
    s.ownerId = m_owner->currentData().toLongLong();
    s.nextContact = optionalDate(m_nextContact);
    s.lastReviewed = optionalDate(m_lastReviewed);
    s.concerns = m_concerns->toPlainText().trimmed();
    s.noteBefore = m_before->toPlainText().trimmed();
    s.noteDuring = m_during->toPlainText().trimmed();
    s.noteAfter = m_after->toPlainText().trimmed();
    return s;
}

void StakeholderDialog::accept()
{
    if (DateEdit::refuseAccept(this))
        return;
    if (m_name->text().trimmed().isEmpty()) {
        m_nameMessage->setText(tr("Enter a name."));
        m_nameMessage->setVisible(true);
        m_name->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace parat
