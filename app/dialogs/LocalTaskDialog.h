#pragma once

#include "domain/Types.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QVBoxLayout;

namespace parat {

class DateEdit;

class AppContext;

// Creates or edits a local task of the current municipality: titles, phase, theme, roles, release and due
// (as weeks relative to go-live, or a due date converted to weeks), estimate, flags and description.
// accept() refuses invalid input with a message in the dialog; the caller turns task() into a command.
class LocalTaskDialog : public QDialog
{
    Q_OBJECT
public:
    // existing: the local task to edit; nullptr creates a new one.
    LocalTaskDialog(AppContext &context, const Task *existing, QWidget *parent = nullptr);

    // The task as entered (id, key and municipality of the edited task kept).
    Task task() const;
    // Empty when the input can be stored, otherwise what is wrong (also shown in the dialog).
    QString validate() const;

    void accept() override;

private:
    // The parts of the constructor, in the order it calls them (the tab order).
    void buildTaskFields();
    QHBoxLayout *buildReleaseRow();
    QVBoxLayout *buildDueChoice(const QDate &today);
    QHBoxLayout *buildEstimateAndFlags();
    QFormLayout *buildForm(QHBoxLayout *releaseRow, QVBoxLayout *dueGrid, QHBoxLayout *flags);
    void updateDueHint();
    void fillRoleCombo(QComboBox *combo);
    int dueOffsetWeeks() const;

    AppContext &m_context;
    Task m_task;
    QDate m_goLive;
    QLineEdit *m_titleDa = nullptr;
    QLineEdit *m_titleEn = nullptr;
    QComboBox *m_phase = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_responsibleRole = nullptr;
    QComboBox *m_performerRole = nullptr;
    QCheckBox *m_releasedFromStart = nullptr;
    QSpinBox *m_releaseWeeks = nullptr;
    QRadioButton *m_dueByWeeks = nullptr;
    QRadioButton *m_dueByDate = nullptr;
    QSpinBox *m_dueWeeks = nullptr;
    DateEdit *m_dueDate = nullptr;
    QLabel *m_dueHint = nullptr;
    QDoubleSpinBox *m_estimate = nullptr;
    QCheckBox *m_mandatory = nullptr;
    QCheckBox *m_milestone = nullptr;
    QCheckBox *m_perPerson = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_titleMessage = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace parat
