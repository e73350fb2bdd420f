#include "RunbookStepDialog.h"

#include "Dialogs.h"

#include "domain/Language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace parat {

RunbookStepDialog::RunbookStepDialog(const RunbookStep *existing, Id municipalityId, const QDate &goLive, Check check,
                                     QWidget *parent)
    : RecordDialog(parent)
    , m_goLive(goLive)
    , m_check(std::move(check))
{
    if (existing) {
        m_step = *existing;
    } else {
        m_step.municipalityId = municipalityId;
        m_step.startMinutes = -kMinutesPerDay + 9 * 60;
        m_step.durationMinutes = 60;
    }
    setWindowTitle(existing ? tr("Edit Step %1").arg(m_step.number) : tr("Add Step"));

    m_title = new QLineEdit(m_step.title, this);
    m_title->setObjectName(QStringLiteral("stepTitleEdit"));
    m_title->setPlaceholderText(tr("For example: freeze of the old system"));
    addRow(tr("&Title:"), m_title);
    m_owner = new QLineEdit(m_step.owner, this);
    m_owner->setObjectName(QStringLiteral("stepOwnerEdit"));
    addRow(tr("&Owner:"), m_owner);

    addStartRows();
    addDurationRow();

    m_dependsOn = new QLineEdit(formatDependsOn(m_step.dependsOn), this);
    m_dependsOn->setObjectName(QStringLiteral("stepDependsOnEdit"));
    m_dependsOn->setPlaceholderText(tr("Numbers of the steps that must be done first, e.g. 3, 5"));
    addRow(tr("De&pends on:"), m_dependsOn);
    m_contact = new QLineEdit(m_step.contact, this);
    m_contact->setObjectName(QStringLiteral("stepContactEdit"));
    m_contact->setPlaceholderText(tr("Name and phone"));
    addRow(tr("&Contact:"), m_contact);
    m_status = enumCombo(allRunbookStatuses(), runbookStatusName, m_step.status);
    m_status->setObjectName(QStringLiteral("stepStatusCombo"));
    addRow(tr("&Status:"), m_status);
    m_note = new QPlainTextEdit(m_step.note, this);
    m_note->setObjectName(QStringLiteral("stepNoteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().height() * 5);
    addRow(tr("&Note:"), m_note);
    m_actualStart = new QLineEdit(formatActualTime(m_step.actualStart), this);
    m_actualStart->setObjectName(QStringLiteral("stepActualStartEdit"));
    m_actualStart->setPlaceholderText(tr("yyyy-mm-dd hh:mm"));
    addRow(tr("Actual st&art:"), m_actualStart);
    m_actualEnd = new QLineEdit(formatActualTime(m_step.actualEnd), this);
    m_actualEnd->setObjectName(QStringLiteral("stepActualEndEdit"));
    m_actualEnd->setPlaceholderText(tr("yyyy-mm-dd hh:mm"));
    addRow(tr("Actual &end:"), m_actualEnd);

    finishForm();
    connect(m_day, qOverload<int>(&QSpinBox::valueChanged), this, &RunbookStepDialog::updateStartText);
    connect(m_time, &QTimeEdit::timeChanged, this, &RunbookStepDialog::updateStartText);
    updateStartText();
}

// Start: the day relative to go-live and the time of day, with the start in words under them.
void RunbookStepDialog::addStartRows()
{
    const int day = m_step.startMinutes >= 0 ? m_step.startMinutes / kMinutesPerDay
                                             : -((-m_step.startMinutes + kMinutesPerDay - 1) / kMinutesPerDay);
    const int inDay = m_step.startMinutes - day * kMinutesPerDay;
    m_day = new QSpinBox(this);
    m_day->setObjectName(QStringLiteral("stepDaySpin"));
    m_day->setRange(-kRunbookDaysBefore, kRunbookDaysAfter);
    m_day->setValue(day);
    m_day->setToolTip(tr("Days from go-live: −2 is two days before, 0 the go-live day"));
    addRow(tr("&Day (T±days):"), m_day);
    m_time = new QTimeEdit(QTime(inDay / 60, inDay % 60), this);
    m_time->setObjectName(QStringLiteral("stepTimeEdit"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    addRow(tr("T&ime of day:"), m_time);
    m_startText = new QLabel(this);
    m_startText->setObjectName(QStringLiteral("stepStartText"));
    form()->addRow(tr("Starts:"), m_startText);
}

// Duration: hours and minutes in one row.
void RunbookStepDialog::addDurationRow()
{
    auto *duration = new QWidget(this);
    auto *durationLayout = new QHBoxLayout(duration);
    durationLayout->setContentsMargins(0, 0, 0, 0);
    m_hours = new QSpinBox(duration);
    m_hours->setObjectName(QStringLiteral("stepHoursSpin"));
    m_hours->setRange(0, kRunbookMaxDurationMinutes / 60);
    m_hours->setValue(m_step.durationMinutes / 60);
    m_hours->setSuffix(tr(" h"));
    m_hours->setAccessibleName(tr("Duration, hours"));
    m_minutes = new QSpinBox(duration);
    m_minutes->setObjectName(QStringLiteral("stepMinutesSpin"));
    m_minutes->setRange(0, 59);
    m_minutes->setSingleStep(15);
    m_minutes->setValue(m_step.durationMinutes % 60);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setAccessibleName(tr("Duration, minutes"));
    durationLayout->addWidget(m_hours);
    durationLayout->addWidget(m_minutes);
    durationLayout->addStretch();
    addRow(tr("D&uration:"), duration)->setBuddy(m_hours);
}

void RunbookStepDialog::updateStartText()
{
    const int minutes = m_day->value() * kMinutesPerDay + m_time->time().hour() * 60 + m_time->time().minute();
    m_startText->setText(m_goLive.isValid() ? tr("%1, %2").arg(formatRelativeStart(minutes),
                                                               formatStartDay(minutes, m_goLive, currentLanguage()))
                                            : formatRelativeStart(minutes));
}

RunbookStep RunbookStepDialog::step() const
{
    RunbookStep step = m_step;
    step.title = m_title->text().trimmed();
    step.owner = m_owner->text().trimmed();
    step.startMinutes = m_day->value() * kMinutesPerDay + m_time->time().hour() * 60 + m_time->time().minute();
    step.durationMinutes = m_hours->value() * 60 + m_minutes->value();
    step.dependsOn = parseDependsOn(m_dependsOn->text()).value_or(step.dependsOn);
    step.contact = m_contact->text().trimmed();
    step.status = enumValue<RunbookStatus>(m_status);
    step.note = m_note->toPlainText().trimmed();
    bool ok = false;
    step.actualStart = parseActualTime(m_actualStart->text(), &ok);
    step.actualEnd = parseActualTime(m_actualEnd->text(), &ok);
    return step;
}

QString RunbookStepDialog::validate() const
{
    if (!parseDependsOn(m_dependsOn->text()))
        return tr("Depends on: write the numbers of steps separated by commas, e.g. 3, 5.");
    bool ok = false;
    parseActualTime(m_actualStart->text(), &ok);
    if (!ok)
        return tr("Actual start: write a time such as 2026-12-31 15:00, or leave it empty.");
    parseActualTime(m_actualEnd->text(), &ok);
    if (!ok)
        return tr("Actual end: write a time such as 2026-12-31 15:00, or leave it empty.");
    RunbookStep current = step();
    QString error;
    if (!validateRunbookStep(&current, &error))
        return error;
    return m_check ? m_check(current) : QString();
}

} // namespace parat
