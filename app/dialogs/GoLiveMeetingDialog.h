#pragma once

#include "domain/GoLive.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace parat {

class AppContext;
class DateEdit;

// Records the go/no-go meeting: date, participants, decision (go, go with conditions, no-go, or not decided yet),
// a note and the conditions, each with its owner and deadline (one row each; "Add condition" adds a row, an empty
// text drops it). accept() refuses what the repository would refuse (no date, a go with conditions without a
// condition, a condition without a deadline), with the message in the dialog.
class GoLiveMeetingDialog : public QDialog
{
    Q_OBJECT
public:
    // existing: the meeting recorded so far; nullptr: none yet.
    GoLiveMeetingDialog(AppContext &context, const GoLiveMeeting *existing, QWidget *parent = nullptr);

    GoLiveMeeting meeting() const;
    void accept() override;

    DateEdit *dateEdit() const { return m_date; }
    QPlainTextEdit *participantsEdit() const { return m_participants; }
    QComboBox *decisionCombo() const { return m_decision; }
    QPushButton *addConditionButton() const { return m_addCondition; }
    int conditionRows() const { return int(m_rows.size()); }
    QLineEdit *conditionText(int row) const { return m_rows.at(row).text; }
    QComboBox *conditionOwner(int row) const { return m_rows.at(row).owner; }
    DateEdit *conditionDeadline(int row) const { return m_rows.at(row).deadline; }
    QLabel *problemLabel() const { return m_problem; }

public slots:
    void addCondition(const parat::GoLiveCondition &condition = {});

private:
    struct ConditionRow
    {
        QLineEdit *text = nullptr;
        QComboBox *owner = nullptr;
        DateEdit *deadline = nullptr;
    };

    GoLiveMeeting m_meeting;
    QList<Person> m_people;
    DateEdit *m_date = nullptr;
    QPlainTextEdit *m_participants = nullptr;
    QComboBox *m_decision = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QGridLayout *m_conditions = nullptr;
    QList<ConditionRow> m_rows;
    QPushButton *m_addCondition = nullptr;
    QLabel *m_problem = nullptr;
    QDate m_defaultDeadline;
};

} // namespace parat
