#pragma once

#include "domain/Stakeholder.h"

#include "RecordDialog.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace parat {

class DateEdit;

class AppContext;
class Database;

// Adds or edits an item of the communication plan: a stakeholder or a target group, the occasion (optionally
// a task or milestone), message, goal, channel, sender, planned date, responsible and status. The sender list
// puts leaders with staff responsibility (role FL) first, and a new item proposes the first of them: the
// advice is that the message comes from the nearest leader. accept() refuses an item without a target or
// without an occasion or message, with a message in the dialog.
class CommunicationItemDialog : public RecordDialog
{
    Q_OBJECT
public:
    // existing: the item to edit; nullptr adds one. stakeholderId: proposed stakeholder of a new item.
    CommunicationItemDialog(AppContext &context, const CommunicationItem *existing, QWidget *parent = nullptr,
                            Id stakeholderId = 0);

    CommunicationItem item() const;
    QString validate() const override;

    QComboBox *stakeholderCombo() const { return m_stakeholder; }
    QLineEdit *targetGroupEdit() const { return m_targetGroup; }
    QLineEdit *occasionEdit() const { return m_occasion; }
    QPlainTextEdit *messageEdit() const { return m_message; }
    QComboBox *senderCombo() const { return m_sender; }
    QComboBox *statusCombo() const { return m_status; }
    DateEdit *plannedEdit() const { return m_planned; }

private:
    void fillTasks(Database &db);
    Id fillSenders(const QList<Person> &people);

    AppContext &m_context;
    CommunicationItem m_item;
    QComboBox *m_stakeholder = nullptr;
    QLineEdit *m_targetGroup = nullptr;
    QLineEdit *m_occasion = nullptr;
    QComboBox *m_task = nullptr;
    QPlainTextEdit *m_message = nullptr;
    QLineEdit *m_goal = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_sender = nullptr;
    DateEdit *m_planned = nullptr;
    QComboBox *m_responsible = nullptr;
    QComboBox *m_status = nullptr;
};

} // namespace parat
