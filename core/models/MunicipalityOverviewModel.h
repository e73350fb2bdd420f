#pragma once

#include "models/RowTableModel.h"
#include "planning/Overview.h"

#include <QDate>

namespace parat {

class Database;

// Every municipality of the database in one table (the overview's cross-municipality table): code, name,
// go-live with ISO week, progress, variance against plan, overdue tasks and the traffic light. Read-only;
// reload() after Database::changed(). Sort through a QSortFilterProxyModel with sortRole SortRole.
class MunicipalityOverviewModel : public RowTableModel<MunicipalityRow>
{
    Q_OBJECT
public:
    enum Column
    {
        CodeColumn,
        NameColumn,
        GoLiveColumn,
        ProgressColumn,
        VarianceColumn,
        OverdueColumn,
        LightColumn,
        ColumnCount
    };
    enum Roles
    {
        MunicipalityIdRole = Qt::UserRole + 1, // Id
        LightRole, // int(Light)
        SortRole // numbers as numbers, dates as Julian days (none last), the light by severity
    };

    explicit MunicipalityOverviewModel(Database &db, QObject *parent = nullptr);

    void load(const QDate &asOf);
    void reload();
    QDate asOf() const { return m_asOf; }
    const MunicipalityRow *rowAt(int row) const { return recordAt(row); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QVariant sortValue(const MunicipalityRow &row, int column);
    static QVariant toolTip(const MunicipalityRow &row, int column);
    static QVariant displayValue(const MunicipalityRow &row, int column);

    QDate m_asOf;
};

} // namespace parat
