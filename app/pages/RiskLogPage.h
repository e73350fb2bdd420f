#pragma once

#include "domain/Types.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QVBoxLayout;

namespace parat {

class AppContext;
class DecisionTableModel;
class Retranslator;
class RiskHeatMapWidget;
class RiskTableModel;

// "Risks and decisions": the risk log of the current municipality (a sortable table filtered by status, owner
// and lowest score, beside the 4 × 4 heat map of the live risks) and the decision log below it. Add / Edit /
// Remove of either are undo commands; Insert, Enter and Delete work in the tables. Overdue reviews and
// decisions past their needed-by date say so in words. Reloads on Database::changed() and on a municipality
// switch (when shown), keeping the selection.
class RiskLogPage : public QWidget
{
    Q_OBJECT
public:
    explicit RiskLogPage(AppContext &context, QWidget *parent = nullptr);
    ~RiskLogPage() override;

    RiskTableModel *riskModel() const { return m_risks; }
    DecisionTableModel *decisionModel() const { return m_decisions; }
    QTableView *riskView() const { return m_riskView; }
    QTableView *decisionView() const { return m_decisionView; }
    RiskHeatMapWidget *heatMap() const { return m_heatMap; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QComboBox *ownerFilter() const { return m_ownerFilter; }
    QComboBox *scoreFilter() const { return m_scoreFilter; }
    QLabel *riskSummary() const { return m_riskSummary; }
    QLabel *decisionSummary() const { return m_decisionSummary; }

    Id currentRiskId() const;
    Id currentDecisionId() const;
    void selectRisk(Id riskId);
    void selectDecision(Id decisionId);

public slots:
    void addRisk();
    void editRisk();
    void removeRisk();
    void addDecision();
    void editDecision();
    void removeDecision();

private:
    // The parts of the page, built in this order (the tab order follows it).
    void addFilters(QVBoxLayout *layout, Retranslator *texts);
    void addRiskLog(QVBoxLayout *layout, Retranslator *texts);
    void addDecisionLog(QVBoxLayout *layout, Retranslator *texts);
    void connectActions();
    void reload();
    void applyFilters();
    void updateButtons();
    void fillOwnerFilter();

    AppContext &m_context;
    RiskTableModel *m_risks = nullptr;
    QSortFilterProxyModel *m_riskProxy = nullptr;
    DecisionTableModel *m_decisions = nullptr;
    QSortFilterProxyModel *m_decisionProxy = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_ownerFilter = nullptr;
    QComboBox *m_scoreFilter = nullptr;
    QTableView *m_riskView = nullptr;
    RiskHeatMapWidget *m_heatMap = nullptr;
    QTableView *m_decisionView = nullptr;
    QLabel *m_riskSummary = nullptr;
    QLabel *m_decisionSummary = nullptr;
    QPushButton *m_addRisk = nullptr;
    QPushButton *m_editRisk = nullptr;
    QPushButton *m_removeRisk = nullptr;
    QPushButton *m_addDecision = nullptr;
    QPushButton *m_editDecision = nullptr;
    QPushButton *m_removeDecision = nullptr;
};

} // namespace parat
