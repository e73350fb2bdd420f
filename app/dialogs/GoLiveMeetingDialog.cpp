#include "GoLiveMeetingDialog.h"

#include "Dialogs.h"

#include "AppContext.h"
#include "DateEdit.h"

#include "domain/Clock.h"
#include "planning/GoLiveReadiness.h"
#include "storage/MunicipalityRepository.h"
#include "storage/PersonRepository.h"

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

#include <algorithm>

namespace parat {

GoLiveMeetingDialog::GoLiveMeetingDialog(AppContext &context, const GoLiveMeeting *existing, QWidget *parent)
    : QDialog(parent)
{
    const Id municipalityId = context.currentMunicipalityId();
    const std::optional<Municipality> municipality = MunicipalityRepository(context.database()).byId(municipalityId);
    if (existing) {
        m_meeting = *existing;
    } else {
        m_meeting.municipalityId = municipalityId;
        m_meeting.id = municipalityId;
        m_meeting.heldOn = municipality && municipality->goLive.isValid()
            ? municipality->goLive.addDays(-GoLiveThresholds().dueDaysBeforeGoLive)
            : context.clock().today();
    }
    m_defaultDeadline = municipality && municipality->goLive.isValid() ? municipality->goLive : m_meeting.heldOn;
    m_people = PersonRepository(context.database()).forMunicipality(municipalityId);
    setWindowTitle(tr("Go/no-go Meeting"));

    auto *form = new QFormLayout;
    auto addRow = [form, this](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        field->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        form->addRow(label, field);
    };
    m_date = new DateEdit(m_meeting.heldOn, this);
    m_date->setObjectName(QStringLiteral("meetingDateEdit"));
    addRow(tr("&Date:"), m_date);
    m_participants = new QPlainTextEdit(m_meeting.participants, this);
    m_participants->setObjectName(QStringLiteral("meetingParticipantsEdit"));
    m_participants->setTabChangesFocus(true);
    m_participants->setMaximumHeight(m_participants->fontMetrics().height() * 4);
    addRow(tr("&Participants:"), m_participants);
    m_decision = new QComboBox(this);
    m_decision->setObjectName(QStringLiteral("meetingDecisionCombo"));
    for (GoLiveDecision decision : allGoLiveDecisions())
        m_decision->addItem(goLiveDecisionName(decision), int(decision));
    m_decision->setCurrentIndex(std::max(0, m_decision->findData(int(m_meeting.decision))));
    addRow(tr("D&ecision:"), m_decision);
    m_note = new QPlainTextEdit(m_meeting.note, this);
    m_note->setObjectName(QStringLiteral("meetingNoteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().height() * 4);
    addRow(tr("&Note:"), m_note);

    auto *conditionsBox = new QGroupBox(tr("Conditions"), this);
    conditionsBox->setAccessibleName(tr("Conditions"));
    auto *conditionsLayout = new QVBoxLayout(conditionsBox);
    m_conditions = new QGridLayout;
    m_conditions->addWidget(new QLabel(tr("Condition"), conditionsBox), 0, 0);
    m_conditions->addWidget(new QLabel(tr("Owner"), conditionsBox), 0, 1);
    m_conditions->addWidget(new QLabel(tr("Deadline"), conditionsBox), 0, 2);
    m_conditions->setColumnStretch(0, 3);
    conditionsLayout->addLayout(m_conditions);
    m_addCondition = new QPushButton(tr("&Add Condition"), conditionsBox);
    m_addCondition->setObjectName(QStringLiteral("addConditionButton"));
    conditionsLayout->addWidget(m_addCondition, 0, Qt::AlignLeft);
    connect(m_addCondition, &QPushButton::clicked, this, [this] { addCondition(); });
    for (const GoLiveCondition &condition : std::as_const(m_meeting.conditions))
        addCondition(condition);

    m_problem = Dialogs::validationLabel(this);

    auto *buttons = Dialogs::okCancelButtons(this);
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(conditionsBox);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void GoLiveMeetingDialog::addCondition(const GoLiveCondition &condition)
{
    const int number = int(m_rows.size()) + 1;
    ConditionRow row;
    row.text = new QLineEdit(condition.text, this);
    row.text->setObjectName(QStringLiteral("conditionTextEdit%1").arg(number));
    row.text->setAccessibleName(tr("Condition %1").arg(number));
    row.owner = new QComboBox(this);
    row.owner->setObjectName(QStringLiteral("conditionOwnerCombo%1").arg(number));
    row.owner->setAccessibleName(tr("Owner of condition %1").arg(number));
    row.owner->addItem(tr("(nobody yet)"), Id(0));
    for (const Person &person : std::as_const(m_people))
        row.owner->addItem(person.name, person.id);
    row.owner->setCurrentIndex(std::max(0, row.owner->findData(condition.ownerId)));
    row.deadline = new DateEdit(condition.deadline.isValid() ? condition.deadline : m_defaultDeadline, this);
    row.deadline->setObjectName(QStringLiteral("conditionDeadlineEdit%1").arg(number));
    row.deadline->setAccessibleName(tr("Deadline of condition %1").arg(number));
    m_conditions->addWidget(row.text, number, 0);
    m_conditions->addWidget(row.owner, number, 1);
    m_conditions->addWidget(row.deadline, number, 2);
    setTabOrder(row.deadline, m_addCondition);
    m_rows.append(row);
    if (condition.text.isEmpty())
        row.text->setFocus();
}

GoLiveMeeting GoLiveMeetingDialog::meeting() const
{
    GoLiveMeeting meeting = m_meeting;
    meeting.heldOn = m_date->date();
    meeting.participants = m_participants->toPlainText().trimmed();
    meeting.decision = static_cast<GoLiveDecision>(m_decision->currentData().toInt());
    meeting.note = m_note->toPlainText().trimmed();
    meeting.conditions.clear();
    for (const ConditionRow &row : m_rows) {
        const QString text = row.text->text().trimmed();
        if (!text.isEmpty())
            meeting.conditions.append({text, row.owner->currentData().toLongLong(), row.deadline->date()});
    }
    return meeting;
}

void GoLiveMeetingDialog::accept()
{
    GoLiveMeeting current = meeting();
    QString problem;
    if (!validateGoLiveMeeting(&current, &problem)) {
        m_problem->setText(problem);
        m_problem->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace parat
