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
    const int column = index.column();

    switch (role) {
    case MunicipalityIdRole:
        return row.id;
    case LightRole:
        return int(row.light);
    case SortRole:
        return sortValue(row, column);
    case Qt::DecorationRole:
        if (column == LightColumn)
            return lightColor(row.light); // the text names the light; the swatch only helps the eye
        return {};
    case Qt::FontRole:
        if (column == LightColumn && row.light == Light::Red) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == ProgressColumn || column == VarianceColumn || column == OverdueColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::AccessibleTextRole:
        if (column == LightColumn)
            return tr("Traffic light: %1").arg(lightName(row.light));
        return displayValue(row, column);
    case Qt::DisplayRole:
        return displayValue(row, column);
    default:
        return {};
    }
}

QVariant MunicipalityOverviewModel::sortValue(const MunicipalityRow &row, int column)
{
    switch (column) {
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
        return displayValue(row, column);
    }
}

QVariant MunicipalityOverviewModel::toolTip(const MunicipalityRow &row, int column)
{
    switch (column) {
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
}

QVariant MunicipalityOverviewModel::displayValue(const MunicipalityRow &row, int column)
{
    switch (column) {
    case CodeColumn:
        return row.code;
    case NameColumn:
        return row.name;
    case GoLiveColumn:
        return row.goLive.isValid()
            ? QStringLiteral("%1 (%2)").arg(formatDateShort(row.goLive, currentLanguage()), weekLabel(row.goLive))
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
