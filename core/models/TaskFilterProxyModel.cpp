#include "models/TaskFilterProxyModel.h"

#include "models/TaskTableModel.h"

#include <QCollator>

namespace parat {

namespace {

template<typename Enum> quint32 maskOf(const QList<Enum> &values)
{
    quint32 mask = 0;
    for (Enum value : values)
        mask |= 1u << int(value);
    return mask;
}

template<typename Enum> QList<Enum> valuesOf(quint32 mask, const QList<Enum> &all)
{
    QList<Enum> values;
    for (Enum value : all) {
        if (mask & (1u << int(value)))
            values.append(value);
    }
    return values;
}

bool inMask(quint32 mask, int value)
{
    return mask == 0 || (mask & (1u << value));
}

} // namespace

TaskFilterProxyModel::TaskFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TaskTableModel::SortRole);
    setDynamicSortFilter(true);
}

void TaskFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    m_tasks = qobject_cast<TaskTableModel *>(model);
    Q_ASSERT(m_tasks || !model);
    QSortFilterProxyModel::setSourceModel(model);
}

void TaskFilterProxyModel::refilter()
{
    invalidateFilter();
    emit filtersChanged();
}

void TaskFilterProxyModel::updateWeekRange()
{
    if (!m_asOf.isValid()) {
        m_today = m_weekStart = m_weekEnd = 0;
        return;
    }
    m_today = m_asOf.toJulianDay();
    m_weekStart = m_today - (m_asOf.dayOfWeek() - 1); // ISO weeks start on Monday
    m_weekEnd = m_weekStart + 6;
}

void TaskFilterProxyModel::setAsOf(const QDate &asOf)
{
    if (asOf == m_asOf)
        return;
    m_asOf = asOf;
    updateWeekRange();
    if (m_dueThisWeek || m_dueNextFourWeeks)
        refilter();
}

void TaskFilterProxyModel::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    const QStringList words = text.toCaseFolded().split(QChar(u' '), Qt::SkipEmptyParts);
    QStringList trimmed;
    for (const QString &word : words) {
        const QString clean = word.trimmed();
        if (!clean.isEmpty())
            trimmed.append(clean);
    }
    if (trimmed == m_words)
        return; // only spaces changed: no need to filter again
    m_words = trimmed;
    refilter();
}

void TaskFilterProxyModel::setPhases(const QList<Phase> &phases)
{
    const quint32 mask = maskOf(phases);
    if (mask == m_phases)
        return;
    m_phases = mask;
    refilter();
}

QList<Phase> TaskFilterProxyModel::phases() const
{
    return valuesOf(m_phases, allPhases());
}

void TaskFilterProxyModel::setThemes(const QList<Theme> &themes)
{
    const quint32 mask = maskOf(themes);
    if (mask == m_themes)
        return;
    m_themes = mask;
    refilter();
}

QList<Theme> TaskFilterProxyModel::themes() const
{
    return valuesOf(m_themes, allThemes());
}

void TaskFilterProxyModel::setStatuses(const QList<Status> &statuses)
{
    const quint32 mask = maskOf(statuses);
    if (mask == m_statuses)
        return;
    m_statuses = mask;
    refilter();
}

QList<Status> TaskFilterProxyModel::statuses() const
{
    return valuesOf(m_statuses, allStatuses());
}

void TaskFilterProxyModel::setPerson(Id personId)
{
    if (personId == m_person)
        return;
    m_person = personId;
    refilter();
}

void TaskFilterProxyModel::setOverdueOnly(bool on)
{
    if (on == m_overdueOnly)
        return;
    m_overdueOnly = on;
    refilter();
}

void TaskFilterProxyModel::setDueThisWeek(bool on)
{
    if (on == m_dueThisWeek)
        return;
    m_dueThisWeek = on;
    refilter();
}

void TaskFilterProxyModel::setDueNextFourWeeks(bool on)
{
    if (on == m_dueNextFourWeeks)
        return;
    m_dueNextFourWeeks = on;
    refilter();
}

void TaskFilterProxyModel::setHideClosed(bool on)
{
    if (on == m_hideClosed)
        return;
    m_hideClosed = on;
    refilter();
}

void TaskFilterProxyModel::setShowWithdrawn(bool on)
{
    if (on == m_showWithdrawn)
        return;
    m_showWithdrawn = on;
    refilter();
}

bool TaskFilterProxyModel::isFiltering() const
{
    return !m_words.isEmpty() || m_phases || m_themes || m_statuses || m_person || m_overdueOnly || m_dueThisWeek
        || m_dueNextFourWeeks || m_hideClosed;
}

void TaskFilterProxyModel::clearFilters(bool keepText)
{
    const bool changed = (!keepText && !m_words.isEmpty()) || m_phases || m_themes || m_statuses || m_person
        || m_overdueOnly || m_dueThisWeek || m_dueNextFourWeeks || m_hideClosed;
    if (!keepText) {
        m_text.clear();
        m_words.clear();
    }
    m_phases = m_themes = m_statuses = 0;
    m_person = 0;
    m_overdueOnly = m_dueThisWeek = m_dueNextFourWeeks = m_hideClosed = false;
    if (changed)
        refilter();
}

void TaskFilterProxyModel::groupByPhase()
{
    sort(TaskTableModel::PhaseColumn, Qt::AscendingOrder);
}

bool TaskFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_tasks || sourceParent.isValid())
        return true;
    const PlannedTask *item = m_tasks->taskAt(sourceRow);
    if (!item)
        return false;
    const Task &task = item->task;
    const TaskState &state = item->state;

    if (!m_showWithdrawn && task.isWithdrawn())
        return false;
    if (!inMask(m_phases, int(task.phase)))
        return false;
    if (m_themes && (!task.theme || !inMask(m_themes, int(*task.theme))))
        return false;
    if (!inMask(m_statuses, int(state.status)))
        return false;
    if (m_hideClosed && statusIsClosed(state.status))
        return false;
    if (m_person && state.responsiblePersonId != m_person && state.performerPersonId != m_person)
        return false;
    if (m_overdueOnly && !m_tasks->isOverdueRow(sourceRow))
        return false;
    if (m_dueThisWeek || m_dueNextFourWeeks) {
        if (!item->due.isValid() || !m_asOf.isValid())
            return false;
        const qint64 due = item->due.toJulianDay();
        if (m_dueThisWeek && (due < m_weekStart || due > m_weekEnd))
            return false;
        if (m_dueNextFourWeeks && (due < m_today || due > m_today + 28))
            return false;
    }
    if (!m_words.isEmpty()) {
        const QString &haystack = m_tasks->searchText(sourceRow);
        for (const QString &word : m_words) {
            if (!haystack.contains(word, Qt::CaseSensitive))
                return false;
        }
    }
    return true;
}

bool TaskFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_tasks)
        return QSortFilterProxyModel::lessThan(left, right);
    const PlannedTask *a = m_tasks->taskAt(left.row());
    const PlannedTask *b = m_tasks->taskAt(right.row());
    if (!a || !b)
        return QSortFilterProxyModel::lessThan(left, right);

    // Ties fall back to due date, then the handbook's order, so equal keys never shuffle between reloads.
    const auto byDue = [&] {
        const qint64 dueA = a->due.isValid() ? a->due.toJulianDay() : 0;
        const qint64 dueB = b->due.isValid() ? b->due.toJulianDay() : 0;
        if (dueA != dueB)
            return dueA < dueB;
        if (a->task.sortOrder != b->task.sortOrder)
            return a->task.sortOrder < b->task.sortOrder;
        return a->task.key < b->task.key;
    };

    if (left.column() == TaskTableModel::PhaseColumn) {
        if (a->task.phase != b->task.phase)
            return int(a->task.phase) < int(b->task.phase);
        return byDue();
    }

    const QVariant valueA = left.data(sortRole());
    const QVariant valueB = right.data(sortRole());
    if (valueA.typeId() == QMetaType::QString && valueB.typeId() == QMetaType::QString) {
        static thread_local QCollator collator = [] {
            QCollator c;
            c.setCaseSensitivity(Qt::CaseInsensitive);
            c.setNumericMode(true);
            return c;
        }();
        const int order = collator.compare(valueA.toString(), valueB.toString());
        if (order != 0)
            return order < 0;
        return byDue();
    }
    const QPartialOrdering order = QVariant::compare(valueA, valueB);
    if (order == QPartialOrdering::Less)
        return true;
    if (order == QPartialOrdering::Greater)
        return false;
    return byDue();
}

} // namespace parat
