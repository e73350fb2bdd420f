#pragma once

#include "domain/GoLive.h"

#include "RecordDialog.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace parat {

class AppContext;
class DateEdit;

// Adds or edits a go-live criterion: text, owner, due date, evidence (text and a link or file path), status and,
// for "not relevant", the reason. A measured criterion's status comes from the rules: the status field is then
// read-only and says so. accept() refuses what the repository would refuse, with the message in the dialog.
class GoLiveCriterionDialog : public RecordDialog
{
    Q_OBJECT
public:
    // existing: the criterion to edit; nullptr adds one.
    GoLiveCriterionDialog(AppContext &context, const GoLiveCriterion *existing, QWidget *parent = nullptr);

    GoLiveCriterion criterion() const;
    QString validate() const override;

    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *ownerCombo() const { return m_owner; }
    DateEdit *dueEdit() const { return m_due; }
    QComboBox *statusCombo() const { return m_status; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPlainTextEdit *evidenceEdit() const { return m_evidence; }
    QLineEdit *linkEdit() const { return m_link; }

private:
    void updateReason();

    GoLiveCriterion m_criterion;
    QLineEdit *m_title = nullptr;
    QComboBox *m_owner = nullptr;
    DateEdit *m_due = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_reason = nullptr;
    QPlainTextEdit *m_evidence = nullptr;
    QLineEdit *m_link = nullptr;
};

} // namespace parat
