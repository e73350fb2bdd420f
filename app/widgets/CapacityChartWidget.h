#pragma once

#include "report/CapacityChart.h"

#include <QWidget>

namespace parat {

// Paints the capacity chart of core/report with the widget's palette and font (the PDF report paints the same
// chart in black on white).
class CapacityChartWidget : public QWidget
{
    Q_OBJECT
public:
    explicit CapacityChartWidget(QWidget *parent = nullptr);
    void setData(const CapacityChartData &data);
    const CapacityChartData &data() const { return m_data; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    CapacityChartData m_data;
};

} // namespace parat
