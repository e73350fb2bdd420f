#pragma once

#include "report/ProgressChart.h"
#include "report/TrendChart.h"

#include <QWidget>

namespace parat {

// What the two charts of core/report share on screen: they take the width they are given and a height for it, are
// named for screen readers and say in their accessible description what they show, and paint with the widget's
// palette and font.
class PaletteChartWidget : public QWidget
{
    Q_OBJECT
public:
    // The palette's colours and the widget's font, as the chart is painted on screen (background left as it is).
    ChartStyle chartStyle() const;
    bool hasHeightForWidth() const override { return true; }

protected:
    PaletteChartWidget(const QString &accessibleName, QWidget *parent);
    // New data: the description in words, then a new size and a repaint.
    void showData(const QString &description);
};

// Shows the progress chart of core/report with the widget's palette and font; the PDF report paints the same
// chart with paintProgressChart() in black on white.
class ProgressChartWidget : public PaletteChartWidget
{
    Q_OBJECT
public:
    explicit ProgressChartWidget(QWidget *parent = nullptr);

    void setData(const ProgressChartData &data);
    const ProgressChartData &data() const { return m_data; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    ProgressChartData m_data;
    // The size for m_data in m_hintFont at m_hintDpi (none yet: invalid). Layouts ask for it many times while the
    // window takes its size, and each time every label of the chart was measured again.
    mutable QSize m_hint;
    mutable QFont m_hintFont;
    mutable int m_hintDpi = 0;
};

// The progress trend week by week (report/TrendChart: planned, done, forecast, go-live, reports sent) with the
// widget's palette and font; the report paints the same chart. Its accessible description says it in words.
class TrendChartWidget : public PaletteChartWidget
{
    Q_OBJECT
public:
    explicit TrendChartWidget(QWidget *parent = nullptr);

    void setTrend(const ProgressTrend &trend);
    const ProgressTrend &trend() const { return m_trend; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    ProgressTrend m_trend;
};

} // namespace parat
