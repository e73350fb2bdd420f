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
    : RecordDialog(parent)
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

    // Each field is named by its label, without the mnemonic and the colon.
    auto addNamedRow = [this](const QString &text, QWidget *field) {
        field->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        addRow(text, field);
    };
    m_title = new QLineEdit(m_criterion.title, this);
    m_title->setObjectName(QStringLiteral("criterionTitleEdit"));
    addNamedRow(tr("&Criterion:"), m_title);

    m_owner = personCombo(PersonRepository(context.database()).forMunicipality(m_criterion.municipalityId),
                          tr("(nobody yet)"), m_criterion.ownerId);
    m_owner->setObjectName(QStringLiteral("criterionOwnerCombo"));
    addNamedRow(tr("&Owner:"), m_owner);

    m_due = optionalDateEdit(m_criterion.due, this);
    m_due->setObjectName(QStringLiteral("criterionDueEdit"));
    addNamedRow(tr("&Due:"), m_due);

    m_status = enumCombo(allGoLiveStatuses(), goLiveStatusName, m_criterion.status);
    m_status->setObjectName(QStringLiteral("criterionStatusCombo"));
    addNamedRow(tr("&Status:"), m_status);
    if (m_criterion.measured()) {
        m_status->setEnabled(false);
        auto *measured = new QLabel(tr("Parat measures this criterion; its status follows the numbers."), this);
        measured->setObjectName(QStringLiteral("measuredNote"));
        measured->setWordWrap(true);
        form()->addRow(QString(), measured);
    }
    m_reason = new QLineEdit(m_criterion.reason, this);
    m_reason->setObjectName(QStringLiteral("criterionReasonEdit"));
    m_reason->setPlaceholderText(tr("Why the criterion is not relevant"));
    addNamedRow(tr("&Reason:"), m_reason);

    m_evidence = new QPlainTextEdit(m_criterion.evidence, this);
    m_evidence->setObjectName(QStringLiteral("criterionEvidenceEdit"));
    m_evidence->setTabChangesFocus(true);
    m_evidence->setMaximumHeight(m_evidence->fontMetrics().height() * 5);
    addNamedRow(tr("&Evidence:"), m_evidence);
    m_link = new QLineEdit(m_criterion.evidenceLink, this);
    m_link->setObjectName(QStringLiteral("criterionLinkEdit"));
    m_link->setPlaceholderText(tr("A link or a file path"));
    addNamedRow(tr("&Link or file:"), m_link);

    finishForm();
    connect(m_status, qOverload<int>(&QComboBox::currentIndexChanged), this, &GoLiveCriterionDialog::updateReason);
    updateReason();
}

void GoLiveCriterionDialog::updateReason()
{
    m_reason->setEnabled(!m_criterion.measured() && enumValue<GoLiveStatus>(m_status) == GoLiveStatus::NotRelevant);
}

GoLiveCriterion GoLiveCriterionDialog::criterion() const
{
    GoLiveCriterion c = m_criterion;
    c.title = m_title->text().trimmed();
    c.ownerId = m_owner->currentData().toLongLong();
    c.due = optionalDate(m_due);
    c.status = enumValue<GoLiveStatus>(m_status);
    c.reason = c.status == GoLiveStatus::NotRelevant ? m_reason->text().trimmed() : QString();
    c.evidence = m_evidence->toPlainText().trimmed();
    c.evidenceLink = m_link->text().trimmed();
    return c;
}

QString GoLiveCriterionDialog::validate() const
{
    GoLiveCriterion current = criterion();
    QString problem;
    return validateGoLiveCriterion(&current, &problem) ? QString() : problem;
}

} // namespace parat
