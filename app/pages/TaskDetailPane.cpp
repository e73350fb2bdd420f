#include "TaskDetailPane.h"

#include "Accessibility.h"
#include "AppContext.h"
#include "DateEdit.h"
#include "Dialogs.h"
#include "LocalTaskDialog.h"
#include "Retranslator.h"

#include "commands/LocalTaskCommands.h"
#include "commands/TaskCommands.h"
#include "domain/Calendar.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "report/StatusReport.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/TaskRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace parat {

namespace {

const QString kDash = QStringLiteral("\u2014");

// The fields the pane edits; done_on follows the status (the repository keeps it in step).
bool sameEditable(const TaskState &a, const TaskState &b)
{
    return a.status == b.status && a.reason.trimmed() == b.reason.trimmed()
        && a.responsiblePersonId == b.responsiblePersonId && a.performerPersonId == b.performerPersonId
        && a.dueOverride == b.dueOverride && a.klikMarkedOn == b.klikMarkedOn && a.note == b.note;
}

QLabel *boldLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString dateWithWeek(const QDate &date, const QString &language)
{
    if (!date.isValid())
        return kDash;
    return QStringLiteral("%1 (%2)").arg(formatDate(date, language), weekLabel(date));
}

} // namespace

TaskDetailPane::TaskDetailPane(AppContext &context, QWidget *parent, Follow follow)
    : QWidget(parent)
    , m_context(context)
{
    buildUi();
    if (follow == Follow::ByItself) {
        connect(&m_context.database(), &Database::changed, this, [this] { this->follow(Change::Data); });
        connect(&m_context, &AppContext::editabilityChanged, this, [this] { this->follow(Change::Editability); });
        connect(&m_context.database(), &Database::restored, this, [this] { this->follow(Change::Restored); });
        connect(&m_context, &AppContext::currentMunicipalityChanged, this,
                [this] { this->follow(Change::Municipality); });
    }
    setTask(0);
}

void TaskDetailPane::follow(Change change)
{
    switch (change) {
    case Change::Data:
        reload();
        break;
    case Change::Editability:
        updateState();
        break;
    case Change::Restored:
    case Change::Municipality:
        setTask(m_taskId);
        break;
    }
}

TaskDetailPane::~TaskDetailPane() = default;

void TaskDetailPane::buildUi()
{
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);

    m_placeholder = new QLabel(content);
    m_placeholder->setObjectName(QStringLiteral("placeholder"));
    m_placeholder->setWordWrap(true);
    contentLayout->addWidget(m_placeholder);

    m_details = new QWidget(content);
    auto *details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    buildInfo(details);
    details->addWidget(buildStateBox());
    buildHistory(details);
    contentLayout->addWidget(m_details, 1);
    contentLayout->addLayout(buildLocalTaskButtons(content));
    contentLayout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    noTabStop(scroll); // the fields inside take focus
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    // Apply and Revert stay in view under the scrolling fields: in a low window they were below the fold.
    m_apply = new QPushButton(this);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_revert = new QPushButton(this);
    m_revert->setObjectName(QStringLiteral("revertButton"));
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, scroll->verticalScrollBar()->sizeHint().width(), 0);
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    layout->addLayout(buttons);

    connectEditors();
    if (!m_context.canEdit())
        makeReadOnly();

    retranslateUi();
    // Never scroll sideways: the pane is at least as wide as its form, and wraps the long texts.
    setMinimumWidth(content->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());

    // On a language change: the fixed texts again and the task's texts anew; what the user typed stays.
    auto *texts = new Retranslator(this);
    texts->onChange([this] {
        retranslateUi();
        if (m_hasTask) {
            fillInfo();
            fillHistory();
        }
        updateState();
    });
}

// What the handbook says about the task: heading, phase, roles, dates, estimate, flags and description.
void TaskDetailPane::buildInfo(QVBoxLayout *details)
{
    m_heading = boldLabel(m_details, QStringLiteral("heading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    details->addWidget(m_heading);
    m_withdrawn = boldLabel(m_details, QStringLiteral("withdrawnNotice"));
    details->addWidget(m_withdrawn);

    m_infoForm = new QFormLayout;
    m_phase = valueLabel(m_details);
    m_roles = valueLabel(m_details);
    m_release = valueLabel(m_details);
    m_due = valueLabel(m_details);
    m_due->setObjectName(QStringLiteral("dueLabel"));
    m_estimate = valueLabel(m_details);
    m_flags = valueLabel(m_details);
    m_flags->setObjectName(QStringLiteral("flagsLabel"));
    for (QLabel *value : {m_phase, m_roles, m_release, m_due, m_estimate, m_flags})
        m_infoForm->addRow(new QLabel(m_details), value);
    details->addLayout(m_infoForm);
    m_description = valueLabel(m_details);
    m_description->setObjectName(QStringLiteral("descriptionLabel"));
    details->addWidget(m_description);
}

// The municipality's state of the task: the editors, each with a labelled row whose text retranslateUi() sets.
QGroupBox *TaskDetailPane::buildStateBox()
{
    m_stateBox = new QGroupBox(m_details);
    m_stateForm = new QFormLayout(m_stateBox);
    auto addRow = [this](QWidget *buddy, QLayout *field) {
        auto *label = new QLabel(m_stateBox);
        label->setBuddy(buddy);
        if (field)
            m_stateForm->addRow(label, field);
        else
            m_stateForm->addRow(label, buddy);
    };

    m_status = new QComboBox(m_stateBox);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (Status status : allStatuses())
        m_status->addItem(statusName(status), int(status));
    addRow(m_status, nullptr);

    m_reason = new QLineEdit(m_stateBox);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setClearButtonEnabled(true);
    addRow(m_reason, nullptr);
    m_reasonMessage = boldLabel(m_stateBox, QStringLiteral("reasonMessage"));
    m_reasonMessage->setVisible(false);
    m_stateForm->addRow(QString(), m_reasonMessage);

    m_responsible = new QComboBox(m_stateBox);
    m_responsible->setObjectName(QStringLiteral("responsibleCombo"));
    addRow(m_responsible, nullptr);
    m_performer = new QComboBox(m_stateBox);
    m_performer->setObjectName(QStringLiteral("performerCombo"));
    addRow(m_performer, nullptr);

    m_dueOverride = new DateEdit(m_stateBox);
    m_dueOverride->setObjectName(QStringLiteral("dueOverrideEdit"));
    m_useHandbookDue = new QCheckBox(m_stateBox);
    m_useHandbookDue->setObjectName(QStringLiteral("useHandbookDueCheck"));
    m_dueRow = new QHBoxLayout;
    m_dueRow->addWidget(m_dueOverride, 1);
    m_dueRow->addWidget(m_useHandbookDue);
    addRow(m_dueOverride, m_dueRow);

    m_klikDate = new DateEdit(m_stateBox);
    m_klikDate->setObjectName(QStringLiteral("klikDateEdit"));
    m_notMarked = new QCheckBox(m_stateBox);
    m_notMarked->setObjectName(QStringLiteral("notMarkedCheck"));
    m_klikRow = new QHBoxLayout;
    m_klikRow->addWidget(m_klikDate, 1);
    m_klikRow->addWidget(m_notMarked);
    addRow(m_klikDate, m_klikRow);

    m_note = new QPlainTextEdit(m_stateBox);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(60);
    m_note->setMaximumHeight(120);
    addRow(m_note, nullptr);

    m_notice = boldLabel(m_stateBox, QStringLiteral("changedNotice"));
    m_notice->setVisible(false);
    m_stateForm->addRow(m_notice);
    return m_stateBox;
}

// The task's history, newest first.
void TaskDetailPane::buildHistory(QVBoxLayout *details)
{
    m_historyLabel = new QLabel(m_details);
    m_history = new QTreeWidget(m_details);
    m_history->setObjectName(QStringLiteral("historyList"));
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->setColumnCount(3);
    m_history->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_history->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_history->setMinimumHeight(120);
    m_historyLabel->setBuddy(m_history);
    details->addWidget(m_historyLabel);
    details->addWidget(m_history, 1);
}

// Local tasks: new always (with a municipality), edit and delete for the municipality's own tasks.
QHBoxLayout *TaskDetailPane::buildLocalTaskButtons(QWidget *parent)
{
    m_newLocal = new QPushButton(parent);
    m_newLocal->setObjectName(QStringLiteral("newLocalTaskButton"));
    m_editLocal = new QPushButton(parent);
    m_editLocal->setObjectName(QStringLiteral("editLocalTaskButton"));
    m_deleteLocal = new QPushButton(parent);
    m_deleteLocal->setObjectName(QStringLiteral("deleteLocalTaskButton"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_newLocal);
    row->addWidget(m_editLocal);
    row->addWidget(m_deleteLocal);
    row->addStretch();
    return row;
}

// Editors: any change enables Apply/Revert.
void TaskDetailPane::connectEditors()
{
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            m_reasonMessage->setVisible(false);
        updateState();
    });
    connect(m_reason, &QLineEdit::textChanged, this, [this] {
        if (!m_filling)
            m_reasonMessage->setVisible(false);
        updateState();
    });
    connect(m_responsible, &QComboBox::currentIndexChanged, this, &TaskDetailPane::updateState);
    connect(m_performer, &QComboBox::currentIndexChanged, this, &TaskDetailPane::updateState);
    connect(m_dueOverride, &DateEdit::dateChanged, this, &TaskDetailPane::updateState);
    connect(m_useHandbookDue, &QCheckBox::toggled, this, &TaskDetailPane::updateState);
    connect(m_klikDate, &DateEdit::dateChanged, this, &TaskDetailPane::updateState);
    connect(m_notMarked, &QCheckBox::toggled, this, [this](bool notMarked) {
        if (!m_filling && !notMarked)
            m_klikDate->setDate(m_context.clock().today()); // marking now is the usual case
        updateState();
    });
    connect(m_note, &QPlainTextEdit::textChanged, this, &TaskDetailPane::updateState);
    connect(m_apply, &QPushButton::clicked, this, &TaskDetailPane::apply);
    connect(m_revert, &QPushButton::clicked, this, &TaskDetailPane::revert);
    connect(m_newLocal, &QPushButton::clicked, this, &TaskDetailPane::newLocalTask);
    connect(m_editLocal, &QPushButton::clicked, this, &TaskDetailPane::editLocalTask);
    connect(m_deleteLocal, &QPushButton::clicked, this, &TaskDetailPane::deleteLocalTask);
}

// Read-only window: the state stays visible (and its texts selectable), but nothing can be changed.
void TaskDetailPane::makeReadOnly()
{
    m_reason->setReadOnly(true);
    m_dueOverride->setReadOnly(true);
    m_klikDate->setReadOnly(true);
    m_note->setReadOnly(true);
    for (QWidget *field : std::initializer_list<QWidget *> {m_status, m_responsible, m_performer, m_useHandbookDue,
                                                            m_notMarked, m_reason, m_dueOverride, m_klikDate, m_note})
        field->setToolTip(m_context.editRefusal());
    for (QWidget *field :
         std::initializer_list<QWidget *> {m_status, m_responsible, m_performer, m_useHandbookDue, m_notMarked, m_apply,
                                           m_revert, m_newLocal, m_editLocal, m_deleteLocal})
        m_context.setEditEnabled(field, false);
}

// Every fixed text of the pane, in the current language: at construction and on each language change.
void TaskDetailPane::retranslateUi()
{
    const auto label = [](QFormLayout *rows, auto *field, const QString &text) {
        if (auto *widget = qobject_cast<QLabel *>(rows->labelForField(field)))
            widget->setText(text);
    };
    m_placeholder->setText(tr("Select a task in the list to see and change its details."));
    m_withdrawn->setText(tr("Withdrawn: this task is no longer in the handbook. It is kept with its state and "
                            "history."));
    label(m_infoForm, m_phase, tr("Phase and theme:"));
    label(m_infoForm, m_roles, tr("Roles:"));
    label(m_infoForm, m_release, tr("Released:"));
    label(m_infoForm, m_due, tr("Due:"));
    label(m_infoForm, m_estimate, tr("Estimate:"));
    label(m_infoForm, m_flags, tr("Flags:"));
    m_stateBox->setTitle(tr("State in this municipality"));
    for (int index = 0; index < m_status->count(); ++index)
        m_status->setItemText(index, statusName(Status(m_status->itemData(index).toInt())));
    label(m_stateForm, m_status, tr("&Status:"));
    label(m_stateForm, m_reason, tr("&Reason:"));
    label(m_stateForm, m_responsible, tr("Res&ponsible:"));
    label(m_stateForm, m_performer, tr("Perf&ormer:"));
    m_useHandbookDue->setText(tr("Use hand&book date"));
    label(m_stateForm, m_dueRow, tr("D&ue date:"));
    m_notMarked->setText(tr("Not mar&ked"));
    label(m_stateForm, m_klikRow, tr("Marked in KL&IK:"));
    label(m_stateForm, m_note, tr("No&te:"));
    m_apply->setText(tr("&Apply"));
    m_revert->setText(tr("Re&vert"));
    m_historyLabel->setText(tr("Histor&y:"));
    m_history->setAccessibleName(tr("History of the task"));
    m_history->setHeaderLabels({tr("When"), tr("What"), tr("Change")});
    m_newLocal->setText(tr("&New local task…"));
    m_editLocal->setText(tr("Edit local tas&k…"));
    m_deleteLocal->setText(tr("De&lete local task…"));
}

bool TaskDetailPane::setTask(Id taskId, bool mayStay)
{
    if (taskId != m_taskId && hasUnappliedChanges()) {
        // Switching tasks would lose what the user typed: Save (the default), Discard or stay.
        const QString key = m_loaded.task.key;
        const QString question = tr("The changes to %1 are not saved yet. Save them?").arg(key);
        // Without mayStay the task is going away (another municipality, say): there is nothing to stay on.
        const Dialogs::Choice choice = Dialogs::askSave(this, tr("Unsaved Changes"), question, mayStay);
        if (choice == Dialogs::Choice::Cancel)
            return false;
        if (choice == Dialogs::Choice::Save && !apply()) {
            Dialogs::error(
                this,
                tr("The changes to %1 were not saved: %2")
                    .arg(key, m_reasonMessage->isVisible() ? m_reasonMessage->text() : tr("the change failed.")));
            if (mayStay)
                return false;
        }
    }
    m_taskId = taskId;
    m_hasTask = false;
    m_notice->setVisible(false);
    m_reasonMessage->setVisible(false);
    const Id municipalityId = m_context.currentMunicipalityId();
    if (taskId != 0 && municipalityId != 0) {
        if (const std::optional<PlannedTask> planned
            = TaskRepository(m_context.database()).plannedTask(municipalityId, taskId)) {
            m_loaded = *planned;
            m_hasTask = true;
        }
    }
    if (!m_hasTask) {
        m_taskId = 0;
        m_loaded = PlannedTask();
    }
    m_people = municipalityId != 0 ? PersonRepository(m_context.database()).forMunicipality(municipalityId)
                                   : QList<Person>();
    fillInfo();
    fillEditors();
    fillHistory();
    updateState();
    return true;
}

Id TaskDetailPane::taskId() const
{
    return m_taskId;
}

bool TaskDetailPane::hasUnappliedChanges() const
{
    return m_hasTask && !sameEditable(editedState(), m_loaded.state);
}

void TaskDetailPane::reload()
{
    const Id municipalityId = m_context.currentMunicipalityId();
    std::optional<PlannedTask> fresh;
    if (m_taskId != 0 && municipalityId != 0)
        fresh = TaskRepository(m_context.database()).plannedTask(municipalityId, m_taskId);
    if (!fresh) {
        // The task is gone (a local task deleted, say): nothing left to edit.
        m_taskId = 0;
        m_hasTask = false;
        m_loaded = PlannedTask();
        setTask(0);
        return;
    }
    const TaskState edited = editedState();
    const bool dirty = hasUnappliedChanges();
    const bool changedUnderneath = !sameEditable(fresh->state, m_loaded.state);
    m_people = PersonRepository(m_context.database()).forMunicipality(municipalityId);
    m_loaded = *fresh;
    fillInfo();
    fillHistory();
    if (!dirty || sameEditable(edited, fresh->state)) {
        // Nothing typed, or what was typed is now stored (our own Apply): show the stored state.
        m_notice->setVisible(false);
        fillEditors();
    } else {
        // Keep the user's edits; people lists may have changed, so refill the combos with their choice.
        m_filling = true;
        fillPeople(m_responsible, edited.responsiblePersonId);
        fillPeople(m_performer, edited.performerPersonId);
        m_filling = false;
        if (changedUnderneath) {
            m_notice->setText(tr("This task was changed while you were editing it. Apply stores your changes "
                                 "over it; Revert shows what is stored now."));
            m_notice->setVisible(true);
        }
    }
    updateState();
}

void TaskDetailPane::fillInfo()
{
    m_placeholder->setVisible(!m_hasTask);
    m_details->setVisible(m_hasTask);
    m_apply->setVisible(m_hasTask);
    m_revert->setVisible(m_hasTask);
    m_context.setEditEnabled(m_newLocal, m_context.currentMunicipalityId() != 0);
    const bool local = m_hasTask && m_loaded.task.isLocal();
    m_editLocal->setVisible(local);
    m_deleteLocal->setVisible(local);
    m_context.setEditEnabled(m_editLocal);
    m_context.setEditEnabled(m_deleteLocal);
    if (!m_hasTask)
        return;

    const Task &task = m_loaded.task;
    const QString language = currentLanguage();
    m_heading->setText(QStringLiteral("%1  %2").arg(task.key, task.title(language)));
    m_withdrawn->setVisible(task.isWithdrawn());

    QString phase = QStringLiteral("%1 %2").arg(phaseCode(task.phase), phaseName(task.phase));
    if (task.theme)
        phase += QStringLiteral(" · %1 %2").arg(themeCode(*task.theme), themeName(*task.theme));
    if (task.isLocal())
        phase += QStringLiteral(" · ") + tr("local task");
    m_phase->setText(phase);

    auto roleText = [](const std::optional<Role> &role) { return role ? roleName(*role) : kDash; };
    m_roles->setText(
        tr("responsible %1, performer %2").arg(roleText(task.responsibleRole), roleText(task.performerRole)));
    m_release->setText(task.releaseOffsetWeeks ? dateWithWeek(m_loaded.release, language) : tr("from the start"));
    QString due = dateWithWeek(m_loaded.due, language);
    if (m_loaded.state.dueOverride.isValid())
        due += QStringLiteral(" – ") + tr("changed for this municipality");
    if (!m_loaded.due.isValid())
        due = tr("no date until the municipality has a go-live date");
    m_due->setText(due);
    m_estimate->setText(task.perPerson ? tr("%1 hours per person").arg(QLocale().toString(task.estimateHours, 'g', 4))
                                       : tr("%1 hours").arg(QLocale().toString(task.estimateHours, 'g', 4)));
    QStringList flags;
    if (task.mandatory)
        flags.append(tr("Mandatory"));
    if (task.milestone)
        flags.append(tr("Milestone"));
    m_flags->setText(flags.isEmpty() ? kDash : flags.join(QStringLiteral(", ")));
    m_description->setText(task.descriptionDa);
    m_description->setVisible(!task.descriptionDa.isEmpty());
}

void TaskDetailPane::fillPeople(QComboBox *combo, Id selected)
{
    combo->clear();
    combo->addItem(tr("— none —"), Id(0));
    for (const Person &person : std::as_const(m_people))
        combo->addItem(person.name, person.id);
    int index = combo->findData(selected);
    if (index < 0) {
        combo->addItem(tr("(unknown person)"), selected);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

void TaskDetailPane::fillEditors()
{
    m_filling = true;
    const TaskState &state = m_loaded.state;
    m_status->setCurrentIndex(std::max(0, m_status->findData(int(state.status))));
    m_reason->setText(state.reason);
    fillPeople(m_responsible, state.responsiblePersonId);
    fillPeople(m_performer, state.performerPersonId);
    const QDate handbookDue = m_loaded.due.isValid() ? m_loaded.due : m_context.clock().today();
    m_dueOverride->setDate(state.dueOverride.isValid() ? state.dueOverride : handbookDue);
    m_useHandbookDue->setChecked(!state.dueOverride.isValid());
    m_klikDate->setDate(state.klikMarkedOn.isValid() ? state.klikMarkedOn : m_context.clock().today());
    m_notMarked->setChecked(!state.klikMarkedOn.isValid());
    if (m_note->toPlainText() != state.note)
        m_note->setPlainText(state.note);
    m_reasonMessage->setVisible(false);
    m_filling = false;
    updateState();
}

TaskState TaskDetailPane::editedState() const
{
    TaskState state = m_loaded.state;
    state.status = Status(m_status->currentData().toInt());
    state.reason = m_reason->text();
    state.responsiblePersonId = m_responsible->currentData().toLongLong();
    state.performerPersonId = m_performer->currentData().toLongLong();
    state.dueOverride = m_useHandbookDue->isChecked() ? QDate() : m_dueOverride->date();
    state.klikMarkedOn = m_notMarked->isChecked() ? QDate() : m_klikDate->date();
    state.note = m_note->toPlainText();
    return state;
}

void TaskDetailPane::updateState()
{
    if (m_filling)
        return;
    // Read-only window: the dates are shown disabled too, so no calendar button looks usable.
    m_dueOverride->setEnabled(m_context.canEdit() && !m_useHandbookDue->isChecked());
    m_klikDate->setEnabled(m_context.canEdit() && !m_notMarked->isChecked());
    const Status status = Status(m_status->currentData().toInt());
    m_reason->setPlaceholderText(statusNeedsReason(status) ? tr("Required for \"%1\"").arg(statusName(status))
                                                           : tr("Optional"));
    const bool dirty = hasUnappliedChanges();
    m_context.setEditEnabled(m_apply, dirty);
    m_context.setEditEnabled(m_revert, dirty);
    if (!dirty)
        m_notice->setVisible(false);
}

void TaskDetailPane::showReasonMessage(const QString &text)
{
    m_reasonMessage->setText(text);
    m_reasonMessage->setVisible(true);
}

bool TaskDetailPane::apply()
{
    if (!m_context.canEdit() || !m_hasTask)
        return false;
    if (DateEdit::refuseAccept(this))
        return false;
    const TaskState after = editedState();
    if (statusNeedsReason(after.status) && after.reason.trimmed().isEmpty()) {
        showReasonMessage(tr("Write a reason: a task set to \"%1\" needs one.").arg(statusName(after.status)));
        m_reason->setFocus();
        return false;
    }
    if (sameEditable(after, m_loaded.state))
        return true;
    const QString text = describeChange(m_loaded.state, after);
    auto *command = new SetTaskStates(m_context.database(), m_context.clock(), {m_loaded.state}, {after}, text);
    // Database::changed() reloads the pane; the editors then equal the stored state again.
    return m_context.push(command, this);
}

void TaskDetailPane::revert()
{
    m_notice->setVisible(false);
    fillEditors();
}

QString TaskDetailPane::describeChange(const TaskState &before, const TaskState &after) const
{
    QStringList changed;
    if (before.status != after.status)
        changed.append(tr("Change status"));
    if (before.reason.trimmed() != after.reason.trimmed() && before.status == after.status)
        changed.append(tr("Change reason"));
    if (before.responsiblePersonId != after.responsiblePersonId)
        changed.append(tr("Change responsible"));
    if (before.performerPersonId != after.performerPersonId)
        changed.append(tr("Change performer"));
    if (before.dueOverride != after.dueOverride)
        changed.append(tr("Change due date"));
    if (before.klikMarkedOn != after.klikMarkedOn)
        changed.append(tr("Change KLIK marking"));
    if (before.note != after.note)
        changed.append(tr("Change note"));
    const QString what = changed.size() == 1 ? changed.first() : tr("Change %n field(s)", "", int(changed.size()));
    return SetTaskStates::describe({m_loaded.task}, what);
}

void TaskDetailPane::fillHistory()
{
    m_history->clear();
    if (!m_hasTask)
        return;
    const QString language = currentLanguage();
    QHash<Id, QString> names;
    for (const Person &person : std::as_const(m_people))
        names.insert(person.id, person.name);

    auto fieldName = [](const QString &field) {
        if (field == QLatin1String("status"))
            return tr("Status");
        if (field == QLatin1String("responsible"))
            return tr("Responsible");
        if (field == QLatin1String("performer"))
            return tr("Performer");
        if (field == QLatin1String("due_override"))
            return tr("Due date override");
        if (field == QLatin1String("done_on"))
            return tr("Done on");
        if (field == QLatin1String("klik_marked_on"))
            return tr("Marked in KLIK");
        if (field == QLatin1String("reason"))
            return tr("Reason");
        if (field == QLatin1String("note"))
            return tr("Note");
        return field;
    };
    auto valueText = [&](const QString &field, const QString &value) -> QString {
        if (value.isEmpty())
            return kDash;
        if (const std::optional<QString> named = namedEventValue(field, value, names))
            return *named;
        if (field == QLatin1String("due_override") || field == QLatin1String("done_on")
            || field == QLatin1String("klik_marked_on")) {
            const QDate date = QDate::fromString(value, Qt::ISODate);
            return date.isValid() ? formatDate(date, language) : value;
        }
        QString text = value;
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return text;
    };

    QList<TaskEvent> events = TaskRepository(m_context.database()).events(m_loaded.state.municipalityId, m_taskId);
    std::reverse(events.begin(), events.end());
    QList<QTreeWidgetItem *> items;
    items.reserve(events.size());
    for (const TaskEvent &event : std::as_const(events)) {
        const QDateTime local = event.at.toLocalTime();
        const QString when = QStringLiteral("%1 %2").arg(formatDateShort(local.date(), language),
                                                         local.time().toString(QStringLiteral("HH:mm")));
        const QString change = QStringLiteral("%1 \u2192 %2")
                                   .arg(valueText(event.field, event.oldValue), valueText(event.field, event.newValue));
        auto *item = new QTreeWidgetItem({when, fieldName(event.field), change});
        item->setToolTip(2, change);
        items.append(item);
    }
    m_history->addTopLevelItems(items);
}

void TaskDetailPane::newLocalTask()
{
    if (!m_context.canEdit() || m_context.currentMunicipalityId() == 0)
        return;
    LocalTaskDialog dialog(m_context, nullptr, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *command = new AddLocalTask(m_context.database(), dialog.task());
    QPointer<TaskDetailPane> self(this);
    if (!m_context.push(command, this))
        return;
    const Id id = command->taskId(); // the stack owns the command now; it lives until undone and dropped
    if (!self)
        return;
    setTask(id);
    emit localTaskCreated(id);
}

void TaskDetailPane::editLocalTask()
{
    if (!m_context.canEdit() || !m_hasTask || !m_loaded.task.isLocal())
        return;
    const Task before = m_loaded.task;
    LocalTaskDialog dialog(m_context, &before, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Task after = dialog.task();
    m_context.push(new EditLocalTask(m_context.database(), before, after), this);
}

void TaskDetailPane::deleteLocalTask()
{
    if (!m_context.canEdit() || !m_hasTask || !m_loaded.task.isLocal())
        return;
    const Task task = m_loaded.task;
    const int events = int(TaskRepository(m_context.database()).events(task.municipalityId, task.id).size());
    const QString text = events > 0
        ? tr("Delete the local task %1 \"%2\" with its state and %n history entries? You can undo this.", "", events)
              .arg(task.key, task.titleDa)
        : tr("Delete the local task %1 \"%2\"? You can undo this.").arg(task.key, task.titleDa);
    if (!Dialogs::confirm(this, tr("Delete Local Task"), text))
        return;
    m_context.push(new RemoveLocalTask(m_context.database(), task), this);
}

} // namespace parat
