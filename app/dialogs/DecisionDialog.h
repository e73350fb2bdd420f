#pragma once

#include "domain/Decision.h"

#include "RecordDialog.h"

#include <QSet>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace parat {

class AppContext;
class DateEdit;
class Clock;

// Adds or edits a decision of the decision log: question, background, options, needed by, status, what was
// decided, on which date and by whom, and the risk or task it concerns. accept() refuses what the log would
// refuse (no question, a decision marked taken without what was decided, an unknown task key), with the
// message in the dialog.
class DecisionDialog : public RecordDialog
{
    Q_OBJECT
public:
    // existing: the decision to edit; nullptr adds one.
    DecisionDialog(AppContext &context, const Decision *existing, QWidget *parent = nullptr);

    Decision decision() const;
    QString validate() const override;

    QLineEdit *questionEdit() const { return m_question; }
    QComboBox *statusCombo() const { return m_status; }
    QPlainTextEdit *decisionEdit() const { return m_decision; }
    DateEdit *neededByEdit() const { return m_neededBy; }

private:
    const Clock &m_clock;
    Decision m_item;
    QSet<QString> m_taskKeys;
    QLineEdit *m_question = nullptr;
    QPlainTextEdit *m_background = nullptr;
    QPlainTextEdit *m_options = nullptr;
    DateEdit *m_neededBy = nullptr;
    QComboBox *m_status = nullptr;
    QPlainTextEdit *m_decision = nullptr;
    DateEdit *m_decidedOn = nullptr;
    QLineEdit *m_decidedBy = nullptr;
    QComboBox *m_risk = nullptr;
    QLineEdit *m_task = nullptr;
};

} // namespace parat
