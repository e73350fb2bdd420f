#include "CapacityChartWidget.h"

#include <QPainter>

#include <algorithm>

namespace parat {

CapacityChartWidget::CapacityChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("capacityChart"));
    setAccessibleName(tr("Chart of allocated and needed hours per week"));
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void CapacityChartWidget::setData(const CapacityChartData &data)
{
    m_data = data;
    const QList<int> shortOnes = shortWeeks(data);
    setAccessibleDescription(tr("%n week(s) need more hours than allocated", "", int(shortOnes.size())));
    update();
}

QSize CapacityChartWidget::sizeHint() const
{
    return {std::max(480, int(m_data.weeks.size()) * 9), 260};
}

QSize CapacityChartWidget::minimumSizeHint() const
{
    return {320, 180};
}

void CapacityChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    ChartStyle style;
    style.font = font();
    style.text = palette().color(QPalette::WindowText);
    style.actual = palette().color(QPalette::Highlight);
    style.planned = palette().color(QPalette::WindowText);
    style.grid = palette().color(QPalette::Mid);
    paintCapacityChart(painter, QRectF(rect()).adjusted(8, 8, -8, -8), m_data, style);
}

} // namespace parat
