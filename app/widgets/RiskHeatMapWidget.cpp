#include "RiskHeatMapWidget.h"

#include "planning/Readiness.h"
#include "report/RiskHeatMap.h"

#include <QAccessible>
#include <QEvent>
#include <QKeyEvent>
#include <QPainter>

#include <algorithm>

namespace parat {

RiskHeatMapWidget::RiskHeatMapWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("riskHeatMap"));
    setAccessibleName(tr("Risk heat map: probability × consequence"));
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    describe();
}

void RiskHeatMapWidget::changeEvent(QEvent *event)
{
    // The names and descriptions are texts of the language in use: set them again when it changes.
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Risk heat map: probability × consequence"));
        describe();
        update();
    }
    QWidget::changeEvent(event);
}

void RiskHeatMapWidget::setRisks(const QList<Risk> &risks)
{
    m_risks = risks;
    describe();
    update();
}

QString RiskHeatMapWidget::cellText(int probability, int consequence) const
{
    QStringList labels;
    for (const Risk &risk : risksInCell(m_risks, probability, consequence))
        labels.append(riskLabel(risk.number));
    return labels.join(QLatin1Char(' '));
}

void RiskHeatMapWidget::setCurrentCell(int probability, int consequence)
{
    m_probability = std::clamp(probability, kRiskScaleMin, kRiskScaleMax);
    m_consequence = std::clamp(consequence, kRiskScaleMin, kRiskScaleMax);
    describe();
    update();
}

void RiskHeatMapWidget::describe()
{
    const QString current = cellDescription(m_risks, m_probability, m_consequence);
    setAccessibleDescription(
        tr("Current cell: %1. Arrow keys move between cells. %2").arg(current, heatMapDescription(m_risks)));
    setToolTip(current);
    if (hasFocus()) {
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
}

QSize RiskHeatMapWidget::sizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 22, line * 18};
}

QSize RiskHeatMapWidget::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 14, line * 12};
}

void RiskHeatMapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    RiskHeatMapStyle style;
    style.font = font();
    style.text = QColor(0, 0, 0); // the cells are light in any theme; dark text keeps its contrast
    const RuleThresholds thresholds;
    style.yellowScore = thresholds.riskYellowScore;
    style.redScore = thresholds.riskRedScore;
    if (hasFocus()) {
        style.currentProbability = m_probability;
        style.currentConsequence = m_consequence;
    }
    painter.fillRect(rect(), palette().color(QPalette::Window));
    QRectF area = QRectF(rect()).adjusted(6, 6, -6, -6);
    // Square cells read best; keep the map no wider than it is tall.
    const qreal side = std::min(area.width(), area.height());
    area.setWidth(side);
    painter.setPen(palette().color(QPalette::WindowText));
    paintRiskHeatMap(painter, area, m_risks, style);
}

void RiskHeatMapWidget::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
        setCurrentCell(m_probability + 1, m_consequence);
        break;
    case Qt::Key_Down:
        setCurrentCell(m_probability - 1, m_consequence);
        break;
    case Qt::Key_Left:
        setCurrentCell(m_probability, m_consequence - 1);
        break;
    case Qt::Key_Right:
        setCurrentCell(m_probability, m_consequence + 1);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void RiskHeatMapWidget::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void RiskHeatMapWidget::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

} // namespace parat
