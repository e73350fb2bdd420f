#pragma once

#include "domain/Risk.h"

#include <QWidget>

namespace parat {

// The 4 × 4 risk heat map of the risk log page (core/report/RiskHeatMap paints it). It takes focus; the arrow
// keys move a framed current cell and its accessible description says what that cell holds, then the whole map
// in words, so a screen-reader user hears the same as a sighted one.
class RiskHeatMapWidget : public QWidget
{
    Q_OBJECT
public:
    explicit RiskHeatMapWidget(QWidget *parent = nullptr);

    void setRisks(const QList<Risk> &risks);
    const QList<Risk> &risks() const { return m_risks; }
    // The text of one cell as painted: its risk numbers ("R1 R3"), empty when none.
    QString cellText(int probability, int consequence) const;
    int currentProbability() const { return m_probability; }
    int currentConsequence() const { return m_consequence; }
    void setCurrentCell(int probability, int consequence);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void describe();

    QList<Risk> m_risks;
    int m_probability = kRiskScaleMax;
    int m_consequence = kRiskScaleMax;
};

} // namespace parat
