#pragma once

#include "domain/Superuser.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace parat {

class DateEdit;

class AppContext;

// Adds or edits one allocation period: person, first and last ISO week (picked as dates, shown as weeks), hours
// per week, who approved it (a person of the municipality or a name typed in) and when, and a note. accept()
// refuses what the repository would refuse (overlaps included) with the reason shown in the dialog.
class AllocationDialog : public QDialog
{
    Q_OBJECT
public:
    // existing: the period to edit (its person cannot change); nullptr adds one for personId (0: pick).
    AllocationDialog(AppContext &context, const Allocation *existing, Id personId, QWidget *parent = nullptr);

    Allocation allocation() const;
    // Empty when the input can be stored, otherwise the reason.
    QString validate() const;

    void accept() override;

private:
    void updateWeekLabels();

    AppContext &m_context;
    Allocation m_allocation;
    QComboBox *m_person = nullptr;
    DateEdit *m_from = nullptr;
    QLabel *m_fromWeek = nullptr;
    DateEdit *m_to = nullptr;
    QLabel *m_toWeek = nullptr;
    QDoubleSpinBox *m_hours = nullptr;
    QComboBox *m_approvedBy = nullptr;
    DateEdit *m_approvedOn = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace parat
