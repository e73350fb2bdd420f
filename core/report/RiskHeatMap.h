#pragma once

#include "domain/Risk.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace parat {

// The 4 × 4 risk heat map (probability up, consequence to the right), one renderer for the window and the
// report. Each cell says its score and the numbers of the live risks in it in text; the shading of the three
// zones (low, 9–11, 12 and up, the light's thresholds) only repeats what the score says, so the map reads in
// grayscale and to a screen reader (cellDescription()).

// Translation context (lupdate sees "parat::RiskHeatMapText").
struct RiskHeatMapText
{
    Q_DECLARE_TR_FUNCTIONS(parat::RiskHeatMapText)
};

// The live risks (not closed) in the cell of probability p and consequence c, by number.
QList<Risk> risksInCell(const QList<Risk> &risks, int probability, int consequence);
// "Probability 3, consequence 4, score 12: R3, R5" or "…: no risks".
QString cellDescription(const QList<Risk> &risks, int probability, int consequence);
// One sentence per occupied cell, highest score first; "No open risks." when there are none.
QString heatMapDescription(const QList<Risk> &risks);

struct RiskHeatMapStyle
{
    QFont font;
    QColor text = QColor(0, 0, 0);
    QColor grid = QColor(0x66, 0x66, 0x66);
    QColor low = QColor(0xe8, 0xf5, 0xe9); // score below the yellow threshold
    QColor medium = QColor(0xff, 0xf3, 0xc4); // yellow threshold and up
    QColor high = QColor(0xf8, 0xd0, 0xcc); // red threshold and up
    int yellowScore = 9;
    int redScore = 12;
    // The cell with a focus frame (probability, consequence); 0: none.
    int currentProbability = 0;
    int currentConsequence = 0;
};

// Paints into `area`: axis titles, scale labels 1–4 and the 16 cells.
void paintRiskHeatMap(QPainter &painter, const QRectF &area, const QList<Risk> &risks,
                      const RiskHeatMapStyle &style = {});

} // namespace parat
