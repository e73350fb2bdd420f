#include "DecisionDialog.h"

#include "Dialogs.h"

#include "AppContext.h"
#include "DateEdit.h"
#include "StakeholderDialog.h"

#include "domain/Clock.h"
#include "storage/RiskRepository.h"
#include "storage/TaskRepository.h"

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

DecisionDialog::DecisionDialog(AppContext &context, const Decision *existing, QWidget *parent)
    : RecordDialog(parent)
    , m_clock(context.clock())
{
    if (existing) {
        m_item = *existing;
    } else {
        m_item.municipalityId = context.currentMunicipalityId();
        m_item.neededBy = context.clock().today().addDays(14);
    }
    setWindowTitle(existing ? tr("Edit Decision %1").arg(decisionLabel(m_item.number)) : tr("Add Decision"));
    Database &db = context.database();
    for (const PlannedTask &task : TaskRepository(db).plannedTasks(m_item.municipalityId, true))
        m_taskKeys.insert(task.task.key);

    m_question = new QLineEdit(m_item.question, this);
    m_question->setObjectName(QStringLiteral("decisionQuestionEdit"));
    m_question->setPlaceholderText(tr("For example: may superusers use overtime in the go-live weeks?"));
    addRow(tr("&Question:"), m_question);
    m_background = textBox(m_item.background, 2);
    m_background->setObjectName(QStringLiteral("decisionBackgroundEdit"));
    addRow(tr("&Background:"), m_background);
    m_options = textBox(m_item.options, 2);
    m_options->setObjectName(QStringLiteral("decisionOptionsEdit"));
    addRow(tr("O&ptions:"), m_options);
    m_neededBy = optionalDateEdit(m_item.neededBy, this);
    m_neededBy->setObjectName(QStringLiteral("decisionNeededByEdit"));
    addRow(tr("&Needed by:"), m_neededBy);

    m_status = enumCombo(allDecisionStatuses(), decisionStatusName, m_item.status);
    m_status->setObjectName(QStringLiteral("decisionStatusCombo"));
    addRow(tr("&Status:"), m_status);
    m_decision = textBox(m_item.decision, 2);
    m_decision->setObjectName(QStringLiteral("decisionTextEdit"));
    addRow(tr("&Decision:"), m_decision);
    m_decidedOn = optionalDateEdit(m_item.decidedOn, this);
    m_decidedOn->setObjectName(QStringLiteral("decisionDecidedOnEdit"));
    addRow(tr("Decided &on:"), m_decidedOn);
    m_decidedBy = new QLineEdit(m_item.decidedBy, this);
    m_decidedBy->setObjectName(QStringLiteral("decisionDecidedByEdit"));
    m_decidedBy->setPlaceholderText(tr("For example: the steering group"));
    addRow(tr("Decided b&y:"), m_decidedBy);

    m_risk = new QComboBox(this);
    m_risk->setObjectName(QStringLiteral("decisionRiskCombo"));
    m_risk->addItem(tr("(no risk)"), Id(0));
    for (const Risk &risk : RiskRepository(db).forMunicipality(m_item.municipalityId))
        m_risk->addItem(QStringLiteral("%1 %2").arg(riskLabel(risk.number), risk.title), risk.id);
    m_risk->setCurrentIndex(std::max(0, m_risk->findData(m_item.riskId)));
    addRow(tr("&Risk:"), m_risk);
    m_task = new QLineEdit(m_item.taskKey, this);
    m_task->setObjectName(QStringLiteral("decisionTaskEdit"));
    m_task->setPlaceholderText(tr("Task key"));
    addRow(tr("Tas&k:"), m_task);

    finishForm();
}

Decision DecisionDialog::decision() const
{
    Decision d = m_item;
    d.question = m_question->text().trimmed();
    d.background = m_background->toPlainText().trimmed();
    d.options = m_options->toPlainText().trimmed();
    d.neededBy = optionalDate(m_neededBy);
    d.status = enumValue<DecisionStatus>(m_status);
    d.decision = m_decision->toPlainText().trimmed();
    d.decidedOn = optionalDate(m_decidedOn);
    // Taken without a date: taken today.
    if (d.status == DecisionStatus::Taken && !d.decidedOn.isValid())
        d.decidedOn = m_clock.today();
    d.decidedBy = m_decidedBy->text().trimmed();
    d.riskId = m_risk->currentData().toLongLong();
    d.taskKey = m_task->text().trimmed();
    return d;
}

QString DecisionDialog::validate() const
{
    Decision current = decision();
    QString error;
    if (!validateDecision(&current, &error))
        return error;
    if (!current.taskKey.isEmpty() && !m_taskKeys.contains(current.taskKey))
        return tr("There is no task with key %1.").arg(current.taskKey);
    return {};
}

} // namespace parat
