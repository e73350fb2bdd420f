#include "ProgressChartWidget.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>

#include <cmath>

namespace parat {

ProgressChartWidget::ProgressChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(tr("Progress against plan per phase"));
}

void ProgressChartWidget::setData(const ProgressChartData &data)
{
    m_data = data;
    // Screen readers get the numbers the bars show.
    QStringList lines;
    for (const ProgressChartRow &row : m_data.rows) {
        lines.append(
            tr("%1: %2 % done, %3 % planned")
                .arg(row.label, QLocale().toString(qRound(row.actual)), QLocale().toString(qRound(row.planned))));
    }
    setAccessibleDescription(lines.join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

ChartStyle ProgressChartWidget::chartStyle() const
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

QSize ProgressChartWidget::sizeHint() const
{
    const QSizeF size = preferredSize(m_data, chartStyle(), this);
    return QSize(int(std::ceil(size.width())), int(std::ceil(size.height())));
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

} // namespace parat
