#pragma once

#include "domain/Types.h"

#include <QDate>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace parat {

class TaskTableModel;

// Filters and sorts a TaskTableModel. All filters combine (AND); an empty set means "any". Free text matches
// when every word occurs (case-insensitive) in the row's search text: key, Danish and English title,
// description, the responsible's and the performer's names, reason and note.
//
// Speed: filterAcceptsRow() reads the source's rows directly (no QVariant, no allocation per row); the
// search text is case-folded once per reload in the source. Sorting uses TaskTableModel::SortRole; sorting
// by the phase column is "group by phase": phase, then due date, then handbook order.
class TaskFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TaskFilterProxyModel(QObject *parent = nullptr);

    // Must be a TaskTableModel.
    void setSourceModel(QAbstractItemModel *model) override;
    TaskTableModel *taskModel() const { return m_tasks; }

    // The day "overdue", "this week" and "next 4 weeks" are measured from.
    void setAsOf(const QDate &asOf);
    QDate asOf() const { return m_asOf; }

    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }
    void setPhases(const QList<Phase> &phases);
    QList<Phase> phases() const;
    void setThemes(const QList<Theme> &themes);
    QList<Theme> themes() const;
    void setStatuses(const QList<Status> &statuses);
    QList<Status> statuses() const;
    // Responsible or performer; 0 for anyone.
    void setPerson(Id personId);
    Id person() const { return m_person; }
    void setOverdueOnly(bool on);
    bool overdueOnly() const { return m_overdueOnly; }
    // Due in the ISO week of asOf.
    void setDueThisWeek(bool on);
    bool dueThisWeek() const { return m_dueThisWeek; }
    // Due from asOf up to and including 4 weeks later.
    void setDueNextFourWeeks(bool on);
    bool dueNextFourWeeks() const { return m_dueNextFourWeeks; }
    // Hides Done and Not relevant.
    void setHideClosed(bool on);
    bool hideClosed() const { return m_hideClosed; }
    // Withdrawn tasks are only in the source when it was loaded with includeWithdrawn; this hides them even
    // then unless on.
    void setShowWithdrawn(bool on);
    bool showWithdrawn() const { return m_showWithdrawn; }

    // True when any filter except "show withdrawn" narrows the list.
    bool isFiltering() const;
    // Clears every filter (text too unless keepText); "show withdrawn" is left as it is.
    void clearFilters(bool keepText = false);

    // Sort by phase, then due date.
    void groupByPhase();

signals:
    // Any filter setting changed (after the rows were filtered again).
    void filtersChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();
    void updateWeekRange();

    TaskTableModel *m_tasks = nullptr;
    QDate m_asOf;
    qint64 m_weekStart = 0; // Julian days of this ISO week's Monday and Sunday
    qint64 m_weekEnd = 0;
    qint64 m_today = 0;
    QString m_text;
    QStringList m_words; // case-folded
    quint32 m_phases = 0; // bit per enum value; 0: any
    quint32 m_themes = 0;
    quint32 m_statuses = 0;
    Id m_person = 0;
    bool m_overdueOnly = false;
    bool m_dueThisWeek = false;
    bool m_dueNextFourWeeks = false;
    bool m_hideClosed = false;
    bool m_showWithdrawn = false;
};

} // namespace parat
