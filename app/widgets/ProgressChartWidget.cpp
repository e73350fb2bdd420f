#include "ProgressChartWidget.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>

#include <cmath>

namespace parat {

PaletteChartWidget::PaletteChartWidget(const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(accessibleName);
}

void PaletteChartWidget::showData(const QString &description)
{
    setAccessibleDescription(description);
    updateGeometry();
    update();
}

ChartStyle PaletteChartWidget::chartStyle() const
{
    ChartStyle style;
    style.font = font();
    const QPalette &p = palette();
    style.text = p.color(QPalette::WindowText);
    style.actual = p.color(QPalette::Highlight);
    style.planned = p.color(QPalette::WindowText);
    style.grid = p.color(QPalette::Mid);
    return style;
}

ProgressChartWidget::ProgressChartWidget(QWidget *parent)
    : PaletteChartWidget(tr("Progress against plan per phase"), parent)
{ }

void ProgressChartWidget::setData(const ProgressChartData &data)
{
    m_data = data;
    m_hint = QSize();
    // Screen readers get the numbers the bars show.
    QStringList lines;
    for (const ProgressChartRow &row : m_data.rows) {
        lines.append(
            tr("%1: %2 % done, %3 % planned")
                .arg(row.label, QLocale().toString(qRound(row.actual)), QLocale().toString(qRound(row.planned))));
    }
    showData(lines.join(QStringLiteral("; ")));
}

QSize ProgressChartWidget::sizeHint() const
{
    const QFont current = font();
    if (!m_hint.isValid() || m_hintFont != current || m_hintDpi != logicalDpiY()) {
        const QSizeF size = preferredSize(m_data, chartStyle(), this);
        m_hint = QSize(int(std::ceil(size.width())), int(std::ceil(size.height())));
        m_hintFont = current;
        m_hintDpi = logicalDpiY();
    }
    return m_hint;
}

QSize ProgressChartWidget::minimumSizeHint() const
{
    const QSize hint = sizeHint();
    return QSize(std::min(hint.width(), fontMetrics().averageCharWidth() * 30), hint.height());
}

int ProgressChartWidget::heightForWidth(int /*width*/) const
{
    // Rows have a fixed height; only the bars stretch with the width.
    return sizeHint().height();
}

void ProgressChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintProgressChart(painter, QRectF(rect()), m_data, chartStyle());
}

void ProgressChartWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

TrendChartWidget::TrendChartWidget(QWidget *parent)
    : PaletteChartWidget(tr("Progress week by week"), parent)
{ }

void TrendChartWidget::setTrend(const ProgressTrend &trend)
{
    m_trend = trend;
    showData(trendChartDescription(m_trend));
}

QSize TrendChartWidget::sizeHint() const
{
    return QSize(fontMetrics().averageCharWidth() * 90, heightForWidth(fontMetrics().averageCharWidth() * 90));
}

QSize TrendChartWidget::minimumSizeHint() const
{
    const int width = fontMetrics().averageCharWidth() * 40;
    return QSize(width, heightForWidth(width));
}

int TrendChartWidget::heightForWidth(int width) const
{
    return int(std::ceil(std::min(trendChartHeight(width, font(), this), fontMetrics().height() * 16.0)));
}

void TrendChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    ChartStyle style = chartStyle();
    style.background = palette().color(QPalette::Window);
    paintTrendChart(painter, QRectF(rect()), m_trend, style);
}

} // namespace parat
