#pragma once

#include "domain/Runbook.h"

#include "RecordDialog.h"

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;

namespace parat {

// Adds or edits a step of the cutover runbook: title, owner, start (day relative to go-live and time of day,
// shown as "T−2d 15:00" and as the weekday), duration, the steps it depends on (numbers), contact, status,
// note and the actual start and end. accept() refuses what the runbook would refuse (no title, a dependency
// cycle, done before what it depends on) with the message in the dialog: the check is given by the page.
class RunbookStepDialog : public RecordDialog
{
    Q_OBJECT
public:
    using Check = std::function<QString(const RunbookStep &)>;

    // existing: the step to edit; nullptr adds one (starting at T−1d 09:00, one hour).
    RunbookStepDialog(const RunbookStep *existing, Id municipalityId, const QDate &goLive, Check check,
                      QWidget *parent = nullptr);

    RunbookStep step() const;
    // Empty when the step can be stored, otherwise what is wrong.
    QString validate() const override;

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *ownerEdit() const { return m_owner; }
    QSpinBox *daySpin() const { return m_day; }
    QTimeEdit *timeEdit() const { return m_time; }
    QSpinBox *hoursSpin() const { return m_hours; }
    QSpinBox *minutesSpin() const { return m_minutes; }
    QLineEdit *dependsOnEdit() const { return m_dependsOn; }
    QLineEdit *contactEdit() const { return m_contact; }
    QComboBox *statusCombo() const { return m_status; }
    QLineEdit *actualStartEdit() const { return m_actualStart; }
    QLineEdit *actualEndEdit() const { return m_actualEnd; }
    QLabel *startLabel() const { return m_startText; }

private:
    void addStartRows();
    void addDurationRow();
    void updateStartText();

    RunbookStep m_step;
    QDate m_goLive;
    Check m_check;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_owner = nullptr;
    QSpinBox *m_day = nullptr;
    QTimeEdit *m_time = nullptr;
    QLabel *m_startText = nullptr;
    QSpinBox *m_hours = nullptr;
    QSpinBox *m_minutes = nullptr;
    QLineEdit *m_dependsOn = nullptr;
    QLineEdit *m_contact = nullptr;
    QComboBox *m_status = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLineEdit *m_actualStart = nullptr;
    QLineEdit *m_actualEnd = nullptr;
};

} // namespace parat
