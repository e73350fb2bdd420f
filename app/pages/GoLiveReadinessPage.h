#pragma once

#include "domain/Types.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace parat {

class AppContext;
class GoLiveCriteriaModel;

// "Go-live readiness" (Parathed): the readiness light and score of the current municipality with their reasons,
// its go-live criteria (measured ones show their numbers and cannot be ticked by hand), the go/no-go meeting and
// the decision paper (print, or save as PDF). Add / Edit / Remove of a criterion, creating the default set and
// recording the meeting are undo commands; Insert, Enter and Delete work in the table. Reloads on
// Database::changed() and on a municipality switch (when shown), keeping the selection.
class GoLiveReadinessPage : public QWidget
{
    Q_OBJECT
public:
    explicit GoLiveReadinessPage(AppContext &context, QWidget *parent = nullptr);
    ~GoLiveReadinessPage() override;

    GoLiveCriteriaModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *lightLabel() const { return m_light; }
    QLabel *reasonsLabel() const { return m_reasons; }
    QLabel *meetingLabel() const { return m_meeting; }
    QPushButton *defaultsButton() const { return m_defaults; }

    Id currentCriterionId() const;
    void selectCriterion(Id criterionId);

public slots:
    void addCriterion();
    void editCriterion();
    void removeCriterion();
    void createDefaults();
    void recordMeeting();
    bool saveDecisionPaper();
    void printDecisionPaper();

private:
    QSplitter *buildReasonsAndCriteria(QLabel *tableTitle);
    void connectActions();
    void reload();
    void updateButtons();

    AppContext &m_context;
    GoLiveCriteriaModel *m_model = nullptr;
    QLabel *m_light = nullptr;
    QLabel *m_reasons = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_meeting = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_defaults = nullptr;
    QPushButton *m_recordMeeting = nullptr;
    QPushButton *m_savePaper = nullptr;
    QPushButton *m_printPaper = nullptr;
};

} // namespace parat
