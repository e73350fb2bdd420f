#pragma once

#include "domain/DanishHolidays.h"
#include "domain/Types.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QIcon>

#include <functional>

namespace parat {

class Clock;
class Command;
class Database;

// The tasks of one municipality as a table: handbook tasks and local tasks with their state, resolved
// dates and people's names. Qt Core/Gui only, shared by the window and the tests.
//
// Edits never write to the database here: setData() on the status, responsible and performer columns builds
// a SetTaskStates command and hands it to the command sink (the window's AppContext::push), which runs it on
// the undo stack. The database then emits changed() and whoever owns the model calls reload().
//
// reload() keeps views stable: while the set and order of task ids stay the same it replaces the rows and
// emits dataChanged() (selection, current index and scroll position survive); otherwise it resets the model.
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
        SortRole, // a value that sorts right (dates as Julian days, numbers as numbers)
        SearchTextRole, // case-folded text the free-text filter searches (key, titles, description, people)
        ThemeRole, // int(Theme), -1 without a theme
        ResponsibleIdRole, // Id of the responsible person, 0 for none
        PerformerIdRole, // Id of the performer, 0 for none
        DueDateRole, // QDate, invalid without a go-live date
        WithdrawnRole, // bool
        ReasonRole, // QString: the reason of a Waiting / Not relevant status
        DueHolidayRole // QString: the holiday an open task's due date falls on, empty for none
    };

    // setData() on StatusColumn takes an int(Status) or, for a status that needs a reason, a QVariantMap
    // {StatusKey: int(Status), ReasonKey: QString}; a reason-needing status without a reason is refused.
    static QString statusKey() { return QStringLiteral("status"); }
    static QString reasonKey() { return QStringLiteral("reason"); }

    explicit TaskTableModel(Database &db, QObject *parent = nullptr);

    // Loads the municipality's tasks as of the given date (for "overdue" and "weeks left").
    void load(Id municipalityId, const QDate &asOf, bool includeWithdrawn = false);
    void reload();
    Id municipalityId() const { return m_municipalityId; }
    QDate asOf() const { return m_asOf; }
    bool includesWithdrawn() const { return m_includeWithdrawn; }
    const PlannedTask *taskAt(int row) const;
    // Row of the task, -1 when not loaded.
    int rowOf(Id taskId) const;
    // The municipality's people, ordered by name.
    const QList<Person> &people() const { return m_people; }
    QString personName(Id personId) const { return m_personNames.value(personId); }

    // Fast access for the filter proxy (no QVariant per row): the case-folded search text and "overdue".
    const QString &searchText(int row) const { return m_info.at(row).searchText; }
    bool isOverdueRow(int row) const { return m_info.at(row).overdue; }

    // Where edits go. Without a sink (or a clock) the model is read-only.
    void setCommandSink(std::function<bool(Command *)> sink) { m_sink = std::move(sink); }
    void setClock(const Clock *clock) { m_clock = clock; }
    // False: no cell is offered for editing (flags() without Qt::ItemIsEditable) and setData() refuses, as for
    // a read-only database. True by default.
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    // Builds and sinks one SetTaskStates command changing the given tasks (ids of loaded rows) with `change`;
    // rows that `change` leaves as they are are left out. `what` names the action ("Set status"). Returns
    // false when nothing changed or the command failed.
    bool changeStates(const QList<Id> &taskIds, const QString &what, const std::function<void(TaskState &)> &change);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // The overdue marker (a warning triangle), painted so it needs no icon theme.
    static QIcon overdueIcon();

private:
    // The parts of data(): the text shown, the tooltip, and the value sorted by (also the edit value of the
    // columns a delegate does not edit).
    QVariant displayData(const QModelIndex &index) const;
    QVariant toolTipData(const QModelIndex &index) const;
    QVariant sortData(const QModelIndex &index) const;
    struct RowInfo
    {
        QString searchText;
        bool overdue = false;
        std::optional<Holiday> dueHoliday; // planning/Readiness holidayOnDue()
    };
    RowInfo infoFor(const PlannedTask &item) const;
    QString personOrRole(Id personId, const std::optional<Role> &role) const;

    Database &m_db;
    const Clock *m_clock = nullptr;
    std::function<bool(Command *)> m_sink;
    bool m_editable = true;
    Id m_municipalityId = 0;
    QDate m_asOf;
    bool m_includeWithdrawn = false;
    QList<PlannedTask> m_rows;
    QList<RowInfo> m_info; // parallel to m_rows
    QHash<Id, int> m_rowOfTask;
    QList<Person> m_people;
    QHash<Id, QString> m_personNames;
};

} // namespace parat
