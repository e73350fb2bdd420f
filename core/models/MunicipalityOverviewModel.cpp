#include "models/MunicipalityOverviewModel.h"

#include "domain/Calendar.h"
#include "domain/Language.h"
#include "report/ProgressChart.h"
#include "services/OverviewRows.h"

#include <QFont>
#include <QLocale>

#include <cmath>
#include <limits>

namespace parat {

namespace {

QString percentText(double value)
{
    return QLocale().toString(qRound(value)) + QStringLiteral(" %");
}

// "+5", "−12", "0": percentage points, signed so the direction reads without colour.
QString pointsText(double value)
{
    const int rounded = qRound(value);
    if (rounded > 0)
        return QStringLiteral("+%1").arg(QLocale().toString(rounded));
    if (rounded < 0)
        return QString(QChar(0x2212)) + QLocale().toString(-rounded);
    return QLocale().toString(0);
}

} // namespace

MunicipalityOverviewModel::MunicipalityOverviewModel(Database &db, QObject *parent)
    : RowTableModel(db, ColumnCount, parent)
{ }

void MunicipalityOverviewModel::load(const QDate &asOf)
{
    m_asOf = asOf;
    reload();
}

void MunicipalityOverviewModel::reload()
{
    beginResetModel();
    m_rows = overviewRows(m_db, m_asOf);
    endResetModel();
}

QVariant MunicipalityOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const MunicipalityRow &row = m_rows.at(index.row());
    const QString language = currentLanguage();

    switch (role) {
    case MunicipalityIdRole:
        return row.id;
    case LightRole:
        return int(row.light);
    case SortRole:
        switch (index.column()) {
        case GoLiveColumn:
            // Municipalities without a go-live date sort after all dated ones.
            return row.goLive.isValid() ? row.goLive.toJulianDay() : std::numeric_limits<qint64>::max();
        case ProgressColumn:
            return row.progress;
        case VarianceColumn:
            return row.variance;
        case OverdueColumn:
            return row.overdue;
        case LightColumn:
            return int(row.light);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DecorationRole:
        if (index.column() == LightColumn)
            return lightColor(row.light); // the text names the light; the swatch only helps the eye
        return {};
    case Qt::FontRole:
        if (index.column() == LightColumn && row.light == Light::Red) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case ProgressColumn:
        case VarianceColumn:
        case OverdueColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ProgressColumn:
            return tr("%1 done, %2 planned by now (%n relevant task(s))", "", row.tasks)
                .arg(percentText(row.progress), percentText(row.planned));
        case VarianceColumn:
            return tr("Done minus planned, in percentage points");
        case LightColumn:
            return row.lightReason;
        default:
            return {};
        }
    case Qt::AccessibleTextRole:
        if (index.column() == LightColumn)
            return tr("Traffic light: %1").arg(lightName(row.light));
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn:
            return row.code;
        case NameColumn:
            return row.name;
        case GoLiveColumn:
            return row.goLive.isValid()
                ? QStringLiteral("%1 (%2)").arg(formatDateShort(row.goLive, language), weekLabel(row.goLive))
                : tr("Not set");
        case ProgressColumn:
            return percentText(row.progress);
        case VarianceColumn:
            return pointsText(row.variance);
        case OverdueColumn:
            return row.overdue;
        case LightColumn:
            return lightName(row.light);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant MunicipalityOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Municipality");
    case GoLiveColumn:
        return tr("Go-live");
    case ProgressColumn:
        return tr("Progress");
    case VarianceColumn:
        return tr("Variance (points)");
    case OverdueColumn:
        return tr("Overdue");
    case LightColumn:
        return tr("Traffic light");
    default:
        return {};
    }
}

} // namespace parat
