#include "CommunicationItemDialog.h"

#include "Dialogs.h"

#include "AppContext.h"
#include "DateEdit.h"
#include "StakeholderDialog.h"

#include "domain/Clock.h"
#include "domain/Language.h"
#include "storage/PersonRepository.h"
#include "storage/StakeholderRepository.h"
#include "storage/TaskRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace parat {

CommunicationItemDialog::CommunicationItemDialog(AppContext &context, const CommunicationItem *existing,
                                                 QWidget *parent, Id stakeholderId)
    : RecordDialog(parent)
    , m_context(context)
{
    const QDate today = context.clock().today();
    if (existing) {
        m_item = *existing;
    } else {
        m_item.municipalityId = context.currentMunicipalityId();
        m_item.stakeholderId = stakeholderId;
        m_item.plannedOn = today.addDays(7);
    }
    setWindowTitle(existing ? tr("Edit Communication") : tr("Add Communication"));
    Database &db = context.database();
    const QList<Person> people = PersonRepository(db).forMunicipality(m_item.municipalityId);

    m_stakeholder = new QComboBox(this);
    m_stakeholder->setObjectName(QStringLiteral("stakeholderCombo"));
    m_stakeholder->addItem(tr("(a target group, named below)"), Id(0));
    for (const Stakeholder &s : StakeholderRepository(db).forMunicipality(m_item.municipalityId))
        m_stakeholder->addItem(s.name, s.id);
    m_stakeholder->setCurrentIndex(std::max(0, m_stakeholder->findData(m_item.stakeholderId)));
    addRow(tr("S&takeholder:"), m_stakeholder);
    m_targetGroup = new QLineEdit(m_item.targetGroup, this);
    m_targetGroup->setObjectName(QStringLiteral("targetGroupEdit"));
    m_targetGroup->setPlaceholderText(tr("For example: all caseworkers"));
    addRow(tr("Target &group:"), m_targetGroup);

    m_occasion = new QLineEdit(m_item.occasion, this);
    m_occasion->setObjectName(QStringLiteral("occasionEdit"));
    addRow(tr("&Occasion:"), m_occasion);
    m_task = new QComboBox(this);
    m_task->setObjectName(QStringLiteral("taskCombo"));
    m_task->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_task->setMinimumContentsLength(40);
    m_task->addItem(tr("(no task)"), Id(0));
    fillTasks(db);
    m_task->setCurrentIndex(std::max(0, m_task->findData(m_item.taskId)));
    addRow(tr("Ta&sk or milestone:"), m_task);

    m_message = new QPlainTextEdit(m_item.message, this);
    m_message->setObjectName(QStringLiteral("messageEdit"));
    m_message->setTabChangesFocus(true);
    m_message->setMinimumHeight(m_message->fontMetrics().height() * 3);
    m_message->setMaximumHeight(m_message->fontMetrics().height() * 8);
    addRow(tr("&Message:"), m_message);
    m_goal = new QLineEdit(m_item.goal, this);
    m_goal->setObjectName(QStringLiteral("goalEdit"));
    addRow(tr("Goa&l:"), m_goal);

    m_channel = enumCombo(allChannels(), channelName, m_item.channel);
    m_channel->setObjectName(QStringLiteral("channelCombo"));
    addRow(tr("&Channel:"), m_channel);

    m_sender = new QComboBox(this);
    m_sender->setObjectName(QStringLiteral("senderCombo"));
    m_sender->addItem(tr("(nobody)"), Id(0));
    const Id firstLeader = fillSenders(people);
    if (!existing && m_item.senderId == 0)
        m_item.senderId = firstLeader;
    m_sender->setCurrentIndex(std::max(0, m_sender->findData(m_item.senderId)));
    addRow(tr("Se&nder:"), m_sender);

    m_planned = optionalDateEdit(m_item.plannedOn, this);
    m_planned->setObjectName(QStringLiteral("plannedEdit"));
    addRow(tr("&Planned on:"), m_planned);

    m_responsible = personCombo(people, tr("(nobody)"), m_item.responsibleId);
    m_responsible->setObjectName(QStringLiteral("responsibleCombo"));
    addRow(tr("&Responsible:"), m_responsible);

    m_status = enumCombo(allCommunicationStatuses(), communicationStatusName, m_item.status);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    addRow(tr("St&atus:"), m_status);

    finishForm();
}

// The municipality's tasks after "(no task)".
void CommunicationItemDialog::fillTasks(Database &db)
{
    const QString language = currentLanguage();
    QList<PlannedTask> tasks = TaskRepository(db).plannedTasks(m_item.municipalityId);
    // Milestones first: they are the usual occasions.
    std::stable_sort(tasks.begin(), tasks.end(),
                     [](const PlannedTask &a, const PlannedTask &b) { return a.task.milestone && !b.task.milestone; });
    for (const PlannedTask &task : std::as_const(tasks)) {
        const QString text = task.task.milestone
            ? tr("Milestone %1 %2").arg(task.task.key, task.task.title(language))
            : QStringLiteral("%1 %2").arg(task.task.key, task.task.title(language));
        m_task->addItem(text, task.task.id);
    }
}

// Senders after "(nobody)": leaders with staff responsibility first (the advice), then everybody else. Returns the
// first leader (0 when there is none).
Id CommunicationItemDialog::fillSenders(const QList<Person> &people)
{
    Id firstLeader = 0;
    for (const Person &person : people) {
        if (person.roles.contains(Role::FL)) {
            m_sender->addItem(tr("%1 (leader with staff responsibility)").arg(person.name), person.id);
            if (firstLeader == 0)
                firstLeader = person.id;
        }
    }
    if (m_sender->count() > 1)
        m_sender->insertSeparator(m_sender->count());
    for (const Person &person : people) {
        if (!person.roles.contains(Role::FL))
            m_sender->addItem(person.name, person.id);
    }
    return firstLeader;
}

CommunicationItem CommunicationItemDialog::item() const
{
    CommunicationItem item = m_item;
    item.stakeholderId = m_stakeholder->currentData().toLongLong();
    item.targetGroup = m_targetGroup->text().trimmed();
    item.occasion = m_occasion->text().trimmed();
    item.taskId = m_task->currentData().toLongLong();
    item.message = m_message->toPlainText().trimmed();
    item.goal = m_goal->text().trimmed();
    item.channel = enumValue<Channel>(m_channel);
    item.senderId = m_sender->currentData().toLongLong();
    item.plannedOn = optionalDate(m_planned);
    item.responsibleId = m_responsible->currentData().toLongLong();
    const auto status = enumValue<CommunicationStatus>(m_status);
    if (status == CommunicationStatus::Done && item.status != CommunicationStatus::Done)
        item.doneOn = m_context.clock().today();
    item.status = status;
    if (status != CommunicationStatus::Done)
        item.doneOn = QDate();
    return item;
}

QString CommunicationItemDialog::validate() const
{
    const CommunicationItem current = item();
    if (current.stakeholderId == 0 && current.targetGroup.isEmpty())
        return tr("Choose a stakeholder or name a target group.");
    if (current.occasion.isEmpty() && current.message.isEmpty())
        return tr("Enter an occasion or a message.");
    return {};
}

} // namespace parat
