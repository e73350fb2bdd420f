#include "report/RiskHeatMap.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStringList>

#include <algorithm>

namespace parat {

QList<Risk> risksInCell(const QList<Risk> &risks, int probability, int consequence)
{
    QList<Risk> result;
    for (const Risk &risk : risks) {
        if (riskIsLive(risk) && risk.probability == probability && risk.consequence == consequence)
            result.append(risk);
    }
    std::stable_sort(result.begin(), result.end(), [](const Risk &a, const Risk &b) { return a.number < b.number; });
    return result;
}

namespace {

QStringList labels(const QList<Risk> &risks)
{
    QStringList result;
    for (const Risk &risk : risks)
        result.append(riskLabel(risk.number));
    return result;
}

} // namespace

QString cellDescription(const QList<Risk> &risks, int probability, int consequence)
{
    const QList<Risk> inCell = risksInCell(risks, probability, consequence);
    const QString where = RiskHeatMapText::tr("Probability %1, consequence %2, score %3")
                              .arg(probability)
                              .arg(consequence)
                              .arg(probability * consequence);
    if (inCell.isEmpty())
        return RiskHeatMapText::tr("%1: no risks").arg(where);
    return QStringLiteral("%1: %2").arg(where, labels(inCell).join(QStringLiteral(", ")));
}

QString heatMapDescription(const QList<Risk> &risks)
{
    QList<QPair<int, int>> cells;
    for (int p = kRiskScaleMax; p >= kRiskScaleMin; --p) {
        for (int c = kRiskScaleMax; c >= kRiskScaleMin; --c) {
            if (!risksInCell(risks, p, c).isEmpty())
                cells.append({p, c});
        }
    }
    if (cells.isEmpty())
        return RiskHeatMapText::tr("No open risks.");
    std::stable_sort(cells.begin(), cells.end(), [](const QPair<int, int> &a, const QPair<int, int> &b) {
        return a.first * a.second > b.first * b.second;
    });
    QStringList sentences;
    for (const auto &cell : cells)
        sentences.append(cellDescription(risks, cell.first, cell.second) + QLatin1Char('.'));
    return sentences.join(QLatin1Char(' '));
}

void paintRiskHeatMap(QPainter &painter, const QRectF &area, const QList<Risk> &risks, const RiskHeatMapStyle &style)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QFont font = style.font;
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const qreal line = metrics.height();
    // Room for the vertical axis title and the scale numbers on the left, the same below.
    const qreal left = line * 2.6;
    const qreal bottom = line * 2.6;
    const QRectF grid(area.left() + left, area.top(), area.width() - left, area.height() - bottom);
    const qreal cellWidth = grid.width() / kRiskScaleMax;
    const qreal cellHeight = grid.height() / kRiskScaleMax;

    for (int p = kRiskScaleMin; p <= kRiskScaleMax; ++p) {
        for (int c = kRiskScaleMin; c <= kRiskScaleMax; ++c) {
            const QRectF cell(grid.left() + (c - 1) * cellWidth, grid.top() + (kRiskScaleMax - p) * cellHeight,
                              cellWidth, cellHeight);
            const int score = p * c;
            const QColor fill = score >= style.redScore ? style.high
                : score >= style.yellowScore            ? style.medium
                                                        : style.low;
            painter.fillRect(cell, fill);
            painter.setPen(QPen(style.grid, 1));
            painter.drawRect(cell);
            painter.setPen(style.text);
            // The score in the corner, small; the risk numbers in the middle, bold.
            QFont small = font;
            if (font.pixelSize() > 0) // the report sets pixels, the window points
                small.setPixelSize(std::max(1, font.pixelSize() * 4 / 5));
            else
                small.setPointSizeF(font.pointSizeF() * 0.8);
            painter.setFont(small);
            painter.drawText(cell.adjusted(4, 2, -4, -2), Qt::AlignTop | Qt::AlignRight, QString::number(score));
            const QStringList names = labels(risksInCell(risks, p, c));
            if (!names.isEmpty()) {
                QFont bold = font;
                bold.setBold(true);
                painter.setFont(bold);
                painter.drawText(cell.adjusted(4, line * 0.8, -4, -2), Qt::AlignCenter | Qt::TextWordWrap,
                                 names.join(QStringLiteral(" ")));
            }
            painter.setFont(font);
            if (p == style.currentProbability && c == style.currentConsequence) {
                painter.setPen(QPen(style.text, 2, Qt::DashLine));
                painter.drawRect(cell.adjusted(3, 3, -3, -3));
            }
        }
    }

    painter.setPen(style.text);
    painter.setFont(font);
    for (int i = kRiskScaleMin; i <= kRiskScaleMax; ++i) {
        const QRectF below(grid.left() + (i - 1) * cellWidth, grid.bottom(), cellWidth, line * 1.2);
        painter.drawText(below, Qt::AlignCenter, QString::number(i));
        const QRectF beside(grid.left() - line * 1.2, grid.top() + (kRiskScaleMax - i) * cellHeight, line * 1.1,
                            cellHeight);
        painter.drawText(beside, Qt::AlignCenter, QString::number(i));
    }
    painter.drawText(QRectF(grid.left(), grid.bottom() + line * 1.2, grid.width(), line * 1.3), Qt::AlignCenter,
                     RiskHeatMapText::tr("Consequence"));
    painter.save();
    painter.translate(area.left() + line * 0.2, grid.bottom());
    painter.rotate(-90);
    painter.drawText(QRectF(0, 0, grid.height(), line * 1.3), Qt::AlignCenter, RiskHeatMapText::tr("Probability"));
    painter.restore();
    painter.restore();
}

} // namespace parat
