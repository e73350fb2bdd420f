#pragma once

#include "domain/Types.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QRadioButton;

namespace parat {

class AppContext;

// Chooses tasks (by phase, role and openness) and who performs them: the chosen people in turn, or all superusers
// together (the performer is cleared, so each week's hours are shared among the active superusers).
class AssignPerformersDialog : public QDialog
{
    Q_OBJECT
public:
    AssignPerformersDialog(AppContext &context, const QList<Id> &preselectedPeople, QWidget *parent = nullptr);

    // Tasks that match the filters now.
    QList<Id> taskIds() const;
    // Chosen people in list order; empty when "all superusers together" is chosen.
    QList<Id> personIds() const;
    bool sharedByAll() const;

    // For tests and callers: pick the filters and people without the mouse.
    void setPhase(int phaseIndex); // -1: all phases
    void setRole(const QString &roleCode); // empty: any role
    void setOnlyOpen(bool only);
    void setSharedByAll(bool shared);
    void setPersonChecked(Id personId, bool checked);

    void accept() override;

private:
    void updateSummary();

    AppContext &m_context;
    QComboBox *m_phase = nullptr;
    QComboBox *m_role = nullptr;
    QCheckBox *m_onlyOpen = nullptr;
    QRadioButton *m_inTurn = nullptr;
    QRadioButton *m_shared = nullptr;
    QListWidget *m_people = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace parat
