#pragma once

#include "domain/Types.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QVBoxLayout;

namespace parat {

class DateEdit;

class AppContext;

// The task the user selected in the task list: what the handbook says about it, the municipality's state of
// it (status with reason, responsible, performer, due-date override, note, date marked in KLIK) with
// Apply/Revert, and its history. Each Apply is one SetTaskStates command (one undo step). Local tasks can be
// created, edited and deleted from here. With a read-only database the fields are read-only (or disabled) and
// the buttons disabled.
//
// The pane reloads on Database::changed(). Unapplied edits survive a reload; when the same task was changed
// underneath them, a notice says so (Apply then overwrites, Revert shows the stored state).
class TaskDetailPane : public QWidget
{
    Q_OBJECT
public:
    // Who connects the pane's reactions to the context (followContext()): the pane itself, or a host that made
    // connections calling them before it made the pane (TasksPage, which makes its pane when first shown).
    enum class Follow
    {
        ByItself,
        ByHost,
    };
    explicit TaskDetailPane(AppContext &context, QWidget *parent = nullptr, Follow follow = Follow::ByItself);
    ~TaskDetailPane() override;

    // The pane's reactions to the context: data changed (reload, keeping unapplied edits), the file restored or
    // another municipality shown (the task again, or none), editing allowed or not.
    enum class Change
    {
        Data,
        Restored,
        Municipality,
        Editability,
    };
    void follow(Change change);

    // Shows a task of context.currentMunicipalityId(); 0 clears the pane. With unapplied edits it first asks
    // Save / Discard / Cancel (Save is the default); Cancel (offered only when `mayStay`) keeps the pane on
    // its task with the edits and returns false. A Save that fails keeps the pane too when it may stay.
    bool setTask(Id taskId, bool mayStay = false);
    Id taskId() const;

    // Whether the editors hold changes that are not applied yet.
    bool hasUnappliedChanges() const;

public slots:
    // Writes the edited state as one command. Returns false (nothing written) when a required reason is
    // missing, shown next to the field, or when the command failed.
    bool apply();
    // Puts the stored state back into the editors.
    void revert();
    void newLocalTask();
    void editLocalTask();
    void deleteLocalTask();

signals:
    void localTaskCreated(parat::Id taskId);

private:
    void buildUi();
    void buildInfo(QVBoxLayout *details);
    QGroupBox *buildStateBox();
    void buildHistory(QVBoxLayout *details);
    QHBoxLayout *buildLocalTaskButtons(QWidget *parent);
    void connectEditors();
    void makeReadOnly();
    void retranslateUi();
    void reload();
    void fillInfo();
    void fillEditors();
    void fillPeople(QComboBox *combo, Id selected);
    void fillHistory();
    void updateState();
    void showReasonMessage(const QString &text);
    TaskState editedState() const;
    QString describeChange(const TaskState &before, const TaskState &after) const;

    AppContext &m_context;
    Id m_taskId = 0;
    bool m_hasTask = false;
    PlannedTask m_loaded; // the stored task and state the editors started from
    QList<Person> m_people;
    bool m_filling = false;

    QLabel *m_placeholder = nullptr;
    QWidget *m_details = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_withdrawn = nullptr;
    QFormLayout *m_infoForm = nullptr;
    QLabel *m_phase = nullptr;
    QLabel *m_roles = nullptr;
    QLabel *m_release = nullptr;
    QLabel *m_due = nullptr;
    QLabel *m_estimate = nullptr;
    QLabel *m_flags = nullptr;
    QLabel *m_description = nullptr;

    QGroupBox *m_stateBox = nullptr;
    QFormLayout *m_stateForm = nullptr;
    QHBoxLayout *m_dueRow = nullptr;
    QHBoxLayout *m_klikRow = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_reasonMessage = nullptr;
    QComboBox *m_responsible = nullptr;
    QComboBox *m_performer = nullptr;
    DateEdit *m_dueOverride = nullptr;
    QCheckBox *m_useHandbookDue = nullptr;
    DateEdit *m_klikDate = nullptr;
    QCheckBox *m_notMarked = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_historyLabel = nullptr;
    QTreeWidget *m_history = nullptr;

    QPushButton *m_newLocal = nullptr;
    QPushButton *m_editLocal = nullptr;
    QPushButton *m_deleteLocal = nullptr;
};

} // namespace parat
