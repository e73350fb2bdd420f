#pragma once

#include "domain/Runbook.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QDateTime>

namespace parat {

class Database;

// The runbook of one municipality as a table, by planned start. A step late at now (not done, its planned end
// passed) says "late" in words beside its status and is bold, never colour alone. Read-only; edits go through
// commands.
class RunbookTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        StartColumn,
        DayColumn,
        DurationColumn,
        TitleColumn,
        OwnerColumn,
        StatusColumn,
        DependsOnColumn,
        ContactColumn,
        NoteColumn,
        ColumnCount
    };
    enum Roles
    {
        StepIdRole = Qt::UserRole + 1,
        SortRole,
        LateRole // bool
    };

    explicit RunbookTableModel(Database &db, QObject *parent = nullptr);

    void load(Id municipalityId);
    void reload();
    void setNow(const QDateTime &now);
    QDate goLive() const { return m_goLive; }

    const QList<RunbookStep> &steps() const { return m_steps; }
    const RunbookStep *stepAt(int row) const;
    int rowOf(Id stepId) const;
    int lateCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    Id m_municipalityId = 0;
    QDate m_goLive;
    QDateTime m_now;
    QList<RunbookStep> m_steps;
};

} // namespace parat
