#pragma once

#include "domain/Runbook.h"
#include "models/RowTableModel.h"

#include <QDate>
#include <QDateTime>

namespace parat {

class Database;

// The runbook of one municipality as a table, by planned start. A step late at now (not done, its planned end
// passed) says "late" in words beside its status and is bold, never colour alone. Read-only; edits go through
// commands.
class RunbookTableModel : public MunicipalityTableModel<RunbookStep>
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

    void reload() override;
    void setNow(const QDateTime &now);
    QDate goLive() const { return m_goLive; }

    const QList<RunbookStep> &steps() const { return m_rows; }
    const RunbookStep *stepAt(int row) const { return recordAt(row); }
    int lateCount() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QDate m_goLive;
    QDateTime m_now;
};

} // namespace parat
