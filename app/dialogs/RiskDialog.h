#pragma once

#include "domain/Risk.h"

#include "RecordDialog.h"

#include <QSet>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace parat {

class AppContext;
class DateEdit;

// Adds or edits a risk of the risk log: title, description, owner, probability and consequence (1–4, the score
// shown beside them in words), action, status, next review, the tasks it concerns (keys) and the area it
// belongs to. accept() refuses what the log would refuse (no title, an unknown task key), with the message in
// the dialog.
class RiskDialog : public RecordDialog
{
    Q_OBJECT
public:
    // existing: the risk to edit; nullptr adds one.
    RiskDialog(AppContext &context, const Risk *existing, QWidget *parent = nullptr);

    Risk risk() const;
    QString validate() const override;

    QLineEdit *titleEdit() const { return m_title; }
    QSpinBox *probabilitySpin() const { return m_probability; }
    QSpinBox *consequenceSpin() const { return m_consequence; }
    QComboBox *ownerCombo() const { return m_owner; }
    QComboBox *statusCombo() const { return m_status; }
    QLineEdit *tasksEdit() const { return m_tasks; }
    QLabel *scoreLabel() const { return m_score; }

private:
    void updateScore();

    Risk m_risk;
    QSet<QString> m_taskKeys;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_owner = nullptr;
    QSpinBox *m_probability = nullptr;
    QSpinBox *m_consequence = nullptr;
    QLabel *m_score = nullptr;
    QPlainTextEdit *m_response = nullptr;
    QComboBox *m_status = nullptr;
    DateEdit *m_review = nullptr;
    QLineEdit *m_tasks = nullptr;
    QComboBox *m_dimension = nullptr;
};

} // namespace parat
