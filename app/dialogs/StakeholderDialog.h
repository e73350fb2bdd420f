#pragma once

#include "domain/Stakeholder.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace parat {

class DateEdit;

class AppContext;

// Adds or edits a stakeholder of the current municipality: who they are, where they sit on the map, their
// engagement now and desired, the strategy, what matters to them, notes for before / during / after go-live,
// the owner (a person of the municipality) and the contact dates. accept() refuses a missing name with a
// message in the dialog; the caller turns stakeholder() into a command.
class StakeholderDialog : public QDialog
{
    Q_OBJECT
public:
    // existing: the stakeholder to edit; nullptr adds a new one.
    StakeholderDialog(AppContext &context, const Stakeholder *existing, QWidget *parent = nullptr);

    Stakeholder stakeholder() const;
    void accept() override;

    // Widgets for tests.
    QLineEdit *nameEdit() const { return m_name; }
    QSpinBox *influenceSpin() const { return m_influence; }
    QSpinBox *affectednessSpin() const { return m_affectedness; }
    QComboBox *engagementNowCombo() const { return m_now; }
    QComboBox *engagementTargetCombo() const { return m_target; }
    QComboBox *ownerCombo() const { return m_owner; }

private:
    // The rows of the Stakeholder tab, then the Notes tab, in the tab order.
    void addIdentityRows(QFormLayout *form);
    void addMapRows(QFormLayout *form);
    void addEngagementRows(QFormLayout *form);
    void addOwnerRows(QFormLayout *form);
    QWidget *buildNotesTab(QWidget *tabs);
    void updateDerived();

    AppContext &m_context;
    Stakeholder m_stakeholder;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameMessage = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_internal = nullptr;
    QLineEdit *m_unit = nullptr;
    QLineEdit *m_role = nullptr;
    QSpinBox *m_influence = nullptr;
    QSpinBox *m_affectedness = nullptr;
    QLabel *m_quadrant = nullptr;
    QComboBox *m_now = nullptr;
    QComboBox *m_target = nullptr;
    QLabel *m_gap = nullptr;
    QComboBox *m_strategy = nullptr;
    QComboBox *m_owner = nullptr;
    DateEdit *m_nextContact = nullptr;
    DateEdit *m_lastReviewed = nullptr;
    QPlainTextEdit *m_concerns = nullptr;
    QPlainTextEdit *m_before = nullptr;
    QPlainTextEdit *m_during = nullptr;
    QPlainTextEdit *m_after = nullptr;
};

// An optional date: the earliest date of the editor means "none" and shows as such.
DateEdit *optionalDateEdit(const QDate &date, QWidget *parent);
QDate optionalDate(const DateEdit *edit);

} // namespace parat
