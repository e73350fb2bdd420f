#pragma once

#include "domain/Types.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace parat {

class Database;

// The tasks of one municipality as a table: handbook tasks and local tasks with their state, resolved
// dates and people's names. Read-only; edits go through commands, which change the repositories, after
// which reload() refreshes the rows. Qt Core only, shared by the window and the tests.
class TaskTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        KeyColumn,
        PhaseColumn,
        ThemeColumn,
        TitleColumn,
        ResponsibleColumn,
        PerformerColumn,
        ReleaseColumn,
        DueColumn,
        WeeksLeftColumn,
        StatusColumn,
        EstimateColumn,
        MandatoryColumn,
        KlikColumn,
        ColumnCount
    };
    enum Roles
    {
        TaskIdRole = Qt::UserRole + 1,
        OverdueRole, // bool
        StatusRole, // int(Status)
        PhaseRole, // int(Phase)
        SortRole // a value that sorts right (dates as Julian days, numbers as numbers)
    };

    explicit TaskTableModel(Database &db, QObject *parent = nullptr);

    // Loads the municipality's tasks as of the given date (for "overdue" and "weeks left").
    void load(Id municipalityId, const QDate &asOf, bool includeWithdrawn = false);
    void reload();
    Id municipalityId() const { return m_municipalityId; }
    const PlannedTask *taskAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    Id m_municipalityId = 0;
    QDate m_asOf;
    bool m_includeWithdrawn = false;
    QList<PlannedTask> m_rows;
    QHash<Id, QString> m_personNames;
};

} // namespace parat
