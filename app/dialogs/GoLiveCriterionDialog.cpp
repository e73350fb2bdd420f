#include "GoLiveCriterionDialog.h"

#include "Dialogs.h"

#include "AppContext.h"
#include "DateEdit.h"
#include "StakeholderDialog.h"

#include "planning/GoLiveReadiness.h"
#include "storage/MunicipalityRepository.h"
#include "storage/PersonRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace parat {

GoLiveCriterionDialog::GoLiveCriterionDialog(AppContext &context, const GoLiveCriterion *existing, QWidget *parent)
    : QDialog(parent)
{
    if (existing) {
        m_criterion = *existing;
    } else {
        m_criterion.municipalityId = context.currentMunicipalityId();
        if (const auto municipality = MunicipalityRepository(context.database()).byId(m_criterion.municipalityId);
            municipality && municipality->goLive.isValid())
            m_criterion.due = municipality->goLive.addDays(-GoLiveThresholds().dueDaysBeforeGoLive);
    }
    setWindowTitle(existing ? tr("Edit Go-live Criterion") : tr("Add Go-live Criterion"));

    auto *form = new QFormLayout;
    auto addRow = [form, this](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        field->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        form->addRow(label, field);
    };
    m_title = new QLineEdit(m_criterion.title, this);
    m_title->setObjectName(QStringLiteral("criterionTitleEdit"));
    addRow(tr("&Criterion:"), m_title);

    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("criterionOwnerCombo"));
    m_owner->addItem(tr("(nobody yet)"), Id(0));
    for (const Person &person : PersonRepository(context.database()).forMunicipality(m_criterion.municipalityId))
        m_owner->addItem(person.name, person.id);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(m_criterion.ownerId)));
    addRow(tr("&Owner:"), m_owner);

    m_due = optionalDateEdit(m_criterion.due, this);
    m_due->setObjectName(QStringLiteral("criterionDueEdit"));
    addRow(tr("&Due:"), m_due);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("criterionStatusCombo"));
    for (GoLiveStatus status : allGoLiveStatuses())
        m_status->addItem(goLiveStatusName(status), int(status));
    m_status->setCurrentIndex(std::max(0, m_status->findData(int(m_criterion.status))));
    addRow(tr("&Status:"), m_status);
    if (m_criterion.measured()) {
        m_status->setEnabled(false);
        auto *measured = new QLabel(tr("Parat measures this criterion; its status follows the numbers."), this);
        measured->setObjectName(QStringLiteral("measuredNote"));
        measured->setWordWrap(true);
        form->addRow(QString(), measured);
    }
    m_reason = new QLineEdit(m_criterion.reason, this);
    m_reason->setObjectName(QStringLiteral("criterionReasonEdit"));
    m_reason->setPlaceholderText(tr("Why the criterion is not relevant"));
    addRow(tr("&Reason:"), m_reason);

    m_evidence = new QPlainTextEdit(m_criterion.evidence, this);
    m_evidence->setObjectName(QStringLiteral("criterionEvidenceEdit"));
    m_evidence->setTabChangesFocus(true);
    m_evidence->setMaximumHeight(m_evidence->fontMetrics().height() * 5);
    addRow(tr("&Evidence:"), m_evidence);
    m_link = new QLineEdit(m_criterion.evidenceLink, this);
    m_link->setObjectName(QStringLiteral("criterionLinkEdit"));
    m_link->setPlaceholderText(tr("A link or a file path"));
    addRow(tr("&Link or file:"), m_link);

    m_problem = Dialogs::validationLabel(this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &GoLiveCriterionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GoLiveCriterionDialog::reject);
    connect(m_status, qOverload<int>(&QComboBox::currentIndexChanged), this, &GoLiveCriterionDialog::updateReason);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    updateReason();
}

void GoLiveCriterionDialog::updateReason()
{
    m_reason->setEnabled(!m_criterion.measured()
                         && static_cast<GoLiveStatus>(m_status->currentData().toInt()) == GoLiveStatus::NotRelevant);
}

GoLiveCriterion GoLiveCriterionDialog::criterion() const
{
    GoLiveCriterion c = m_criterion;
    c.title = m_title->text().trimmed();
    c.ownerId = m_owner->currentData().toLongLong();
    c.due = optionalDate(m_due);
    c.status = static_cast<GoLiveStatus>(m_status->currentData().toInt());
    c.reason = c.status == GoLiveStatus::NotRelevant ? m_reason->text().trimmed() : QString();
    c.evidence = m_evidence->toPlainText().trimmed();
    c.evidenceLink = m_link->text().trimmed();
    return c;
}

void GoLiveCriterionDialog::accept()
{
    GoLiveCriterion current = criterion();
    QString problem;
    if (!validateGoLiveCriterion(&current, &problem)) {
        m_problem->setText(problem);
        m_problem->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace parat
