#include "RiskDialog.h"

#include "Dialogs.h"

#include "AppContext.h"
#include "DateEdit.h"
#include "StakeholderDialog.h"

#include "domain/Clock.h"
#include "planning/Readiness.h"
#include "storage/PersonRepository.h"
#include "storage/TaskRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace parat {

RiskDialog::RiskDialog(AppContext &context, const Risk *existing, QWidget *parent)
    : RecordDialog(parent)
{
    if (existing) {
        m_risk = *existing;
    } else {
        m_risk.municipalityId = context.currentMunicipalityId();
        m_risk.probability = 2;
        m_risk.consequence = 2;
        m_risk.nextReview = context.clock().today().addDays(14);
    }
    setWindowTitle(existing ? tr("Edit Risk %1").arg(riskLabel(m_risk.number)) : tr("Add Risk"));
    Database &db = context.database();
    for (const PlannedTask &task : TaskRepository(db).plannedTasks(m_risk.municipalityId, true))
        m_taskKeys.insert(task.task.key);

    m_title = new QLineEdit(m_risk.title, this);
    m_title->setObjectName(QStringLiteral("riskTitleEdit"));
    m_title->setPlaceholderText(tr("For example: converted case data is incomplete"));
    addRow(tr("&Title:"), m_title);
    m_description = textBox(m_risk.description, 3);
    m_description->setObjectName(QStringLiteral("riskDescriptionEdit"));
    addRow(tr("&Description:"), m_description);

    m_owner
        = personCombo(PersonRepository(db).forMunicipality(m_risk.municipalityId), tr("(nobody yet)"), m_risk.ownerId);
    m_owner->setObjectName(QStringLiteral("riskOwnerCombo"));
    addRow(tr("&Owner:"), m_owner);

    m_probability = new QSpinBox(this);
    m_probability->setObjectName(QStringLiteral("probabilitySpin"));
    m_probability->setRange(kRiskScaleMin, kRiskScaleMax);
    m_probability->setValue(std::clamp(m_risk.probability, kRiskScaleMin, kRiskScaleMax));
    m_probability->setToolTip(tr("1 unlikely, 2 possible, 3 likely, 4 very likely"));
    addRow(tr("&Probability (1–4):"), m_probability);
    m_consequence = new QSpinBox(this);
    m_consequence->setObjectName(QStringLiteral("consequenceSpin"));
    m_consequence->setRange(kRiskScaleMin, kRiskScaleMax);
    m_consequence->setValue(std::clamp(m_risk.consequence, kRiskScaleMin, kRiskScaleMax));
    m_consequence->setToolTip(tr("1 minor, 2 noticeable, 3 serious, 4 critical"));
    addRow(tr("&Consequence (1–4):"), m_consequence);
    m_score = new QLabel(this);
    m_score->setObjectName(QStringLiteral("riskScoreLabel"));
    form()->addRow(tr("Score:"), m_score);

    m_response = textBox(m_risk.response, 2);
    m_response->setObjectName(QStringLiteral("riskResponseEdit"));
    addRow(tr("&Action:"), m_response);

    m_status = enumCombo(allRiskStatuses(), riskStatusName, m_risk.status);
    m_status->setObjectName(QStringLiteral("riskStatusCombo"));
    addRow(tr("&Status:"), m_status);

    m_review = optionalDateEdit(m_risk.nextReview, this);
    m_review->setObjectName(QStringLiteral("riskReviewEdit"));
    addRow(tr("Next &review:"), m_review);

    m_tasks = new QLineEdit(m_risk.taskKeys.join(QStringLiteral(", ")), this);
    m_tasks->setObjectName(QStringLiteral("riskTasksEdit"));
    m_tasks->setPlaceholderText(tr("Task keys, separated by commas"));
    addRow(tr("Tas&ks:"), m_tasks);

    m_dimension = enumCombo(allRiskDimensions(), riskDimensionName, m_risk.dimension);
    m_dimension->setObjectName(QStringLiteral("riskDimensionCombo"));
    addRow(tr("A&rea:"), m_dimension);

    finishForm();
    connect(m_probability, qOverload<int>(&QSpinBox::valueChanged), this, &RiskDialog::updateScore);
    connect(m_consequence, qOverload<int>(&QSpinBox::valueChanged), this, &RiskDialog::updateScore);
    updateScore();
}

void RiskDialog::updateScore()
{
    const int score = m_probability->value() * m_consequence->value();
    const RuleThresholds thresholds;
    QString zone;
    if (score >= thresholds.riskRedScore)
        zone = tr("high: makes the traffic light red while open");
    else if (score >= thresholds.riskYellowScore)
        zone = tr("raised: makes the traffic light yellow while open");
    else
        zone = tr("low");
    m_score->setText(tr("%1 (%2)").arg(score).arg(zone));
}

Risk RiskDialog::risk() const
{
    Risk risk = m_risk;
    risk.title = m_title->text().trimmed();
    risk.description = m_description->toPlainText().trimmed();
    risk.ownerId = m_owner->currentData().toLongLong();
    risk.probability = m_probability->value();
    risk.consequence = m_consequence->value();
    risk.response = m_response->toPlainText().trimmed();
    risk.status = enumValue<RiskStatus>(m_status);
    risk.nextReview = optionalDate(m_review);
    risk.taskKeys = parseTaskKeys(m_tasks->text());
    risk.dimension = enumValue<RiskDimension>(m_dimension);
    return risk;
}

QString RiskDialog::validate() const
{
    Risk current = risk();
    QString error;
    if (!validateRisk(&current, &error))
        return error;
    for (const QString &key : std::as_const(current.taskKeys)) {
        if (!m_taskKeys.contains(key))
            return tr("There is no task with key %1.").arg(key);
    }
    return {};
}

} // namespace parat
