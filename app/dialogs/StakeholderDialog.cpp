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
    auto addRow = [form, general](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, general);
        label->setBuddy(field);
        form->addRow(label, field);
    };

    m_name = new QLineEdit(m_stakeholder.name, general);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    addRow(tr("&Name:"), m_name);
    m_nameMessage = Dialogs::validationLabel(general, QStringLiteral("nameMessage"));
    form->addRow(QString(), m_nameMessage);

    m_kind = new QComboBox(general);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (StakeholderKind kind : allStakeholderKinds())
        m_kind->addItem(stakeholderKindName(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(m_stakeholder.kind)));
    addRow(tr("&Kind:"), m_kind);

    m_internal = new QComboBox(general);
    m_internal->setObjectName(QStringLiteral("internalCombo"));
    m_internal->addItem(tr("Internal"), true);
    m_internal->addItem(tr("External"), false);
    m_internal->setCurrentIndex(m_stakeholder.internal ? 0 : 1);
    addRow(tr("Internal or e&xternal:"), m_internal);

    m_unit = new QLineEdit(m_stakeholder.unit, general);
    m_unit->setObjectName(QStringLiteral("unitEdit"));
    addRow(tr("&Unit:"), m_unit);
    m_role = new QLineEdit(m_stakeholder.projectRole, general);
    m_role->setObjectName(QStringLiteral("roleEdit"));
    addRow(tr("&Role in the project:"), m_role);

    m_influence = new QSpinBox(general);
    m_influence->setObjectName(QStringLiteral("influenceSpin"));
    m_influence->setRange(0, kStakeholderScaleMax);
    m_influence->setValue(m_stakeholder.influence);
    addRow(tr("&Influence (0-3):"), m_influence);
    m_affectedness = new QSpinBox(general);
    m_affectedness->setObjectName(QStringLiteral("affectednessSpin"));
    m_affectedness->setRange(0, kStakeholderScaleMax);
    m_affectedness->setValue(m_stakeholder.affectedness);
    addRow(tr("How &affected (0-3):"), m_affectedness);
    m_quadrant = new QLabel(general);
    m_quadrant->setObjectName(QStringLiteral("quadrantLabel"));
    m_quadrant->setWordWrap(true);
    addRow(tr("Quadrant:"), m_quadrant);

    m_now = new QComboBox(general);
    m_now->setObjectName(QStringLiteral("engagementNowCombo"));
    m_target = new QComboBox(general);
    m_target->setObjectName(QStringLiteral("engagementTargetCombo"));
    for (Engagement engagement : allEngagements()) {
        m_now->addItem(engagementName(engagement), int(engagement));
        m_target->addItem(engagementName(engagement), int(engagement));
    }
    m_now->setCurrentIndex(int(m_stakeholder.engagementNow));
    m_target->setCurrentIndex(int(m_stakeholder.engagementTarget));
    addRow(tr("&Engagement now:"), m_now);
    addRow(tr("&Target engagement:"), m_target);
    m_gap = new QLabel(general);
    m_gap->setObjectName(QStringLiteral("gapLabel"));
    addRow(tr("Gap:"), m_gap);

    m_strategy = new QComboBox(general);
    m_strategy->setObjectName(QStringLiteral("strategyCombo"));
    for (Strategy strategy : allStrategies())
        m_strategy->addItem(strategyName(strategy), int(strategy));
    m_strategy->setCurrentIndex(int(m_stakeholder.strategy));
    addRow(tr("&Strategy:"), m_strategy);

    m_owner = new QComboBox(general);
    m_owner->setObjectName(QStringLiteral("ownerCombo"));
    m_owner->addItem(tr("(nobody)"), Id(0));
    for (const Person &person : PersonRepository(context.database()).forMunicipality(m_stakeholder.municipalityId))
        m_owner->addItem(person.name, person.id);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(m_stakeholder.ownerId)));
    addRow(tr("O&wner:"), m_owner);

    m_nextContact = optionalDateEdit(m_stakeholder.nextContact, general);
    m_nextContact->setObjectName(QStringLiteral("nextContactEdit"));
    addRow(tr("Next conta&ct:"), m_nextContact);
    m_lastReviewed = optionalDateEdit(m_stakeholder.lastReviewed, general);
    m_lastReviewed->setObjectName(QStringLiteral("lastReviewedEdit"));
    addRow(tr("&Last reviewed:"), m_lastReviewed);
    tabs->addTab(general, tr("Stake&holder"));

    auto *notes = new QWidget(tabs);
    auto *notesForm = new QFormLayout(notes);
    auto addNote = [notesForm, notes](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, notes);
        label->setBuddy(field);
        notesForm->addRow(label, field);
    };
    m_concerns = textEdit(m_stakeholder.concerns, QStringLiteral("concernsEdit"), notes);
    addNote(tr("What &matters to them:"), m_concerns);
    m_before = textEdit(m_stakeholder.noteBefore, QStringLiteral("beforeEdit"), notes);
    addNote(tr("&Before go-live:"), m_before);
    m_during = textEdit(m_stakeholder.noteDuring, QStringLiteral("duringEdit"), notes);
    addNote(tr("&During go-live:"), m_during);
    m_after = textEdit(m_stakeholder.noteAfter, QStringLiteral("afterEdit"), notes);
    addNote(tr("A&fter go-live:"), m_after);
    tabs->addTab(notes, tr("N&otes"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &StakeholderDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StakeholderDialog::reject);
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
