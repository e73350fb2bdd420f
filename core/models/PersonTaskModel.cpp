#include "models/PersonTaskModel.h"

#include "domain/Calendar.h"
#include "domain/Language.h"
#include "services/PersonTasksLoader.h"

#include <QFont>

namespace parat {

PersonTaskModel::PersonTaskModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{ }

void PersonTaskModel::load(Id municipalityId, Id personId, const QDate &asOf)
{
    m_municipalityId = municipalityId;
    m_personId = personId;
    m_asOf = asOf;
    reload();
}

void PersonTaskModel::reload()
{
    beginResetModel();
    m_groups.clear();
    m_rows.clear();
    m_ask.clear();
    m_personName.clear();
    m_language = currentLanguage();
    const std::optional<PersonPlan> plan
        = m_municipalityId != 0 && m_personId != 0 ? loadPersonPlan(m_db, m_municipalityId, m_asOf) : std::nullopt;
    const std::optional<Person> person = plan ? plan->person(m_personId) : std::nullopt;
    if (person) {
        m_personName = person->name;
        m_groups = personTaskGroups(*plan, m_personId);
        for (int g = 0; g < m_groups.size(); ++g) {
            m_rows.append({g, -1});
            for (int t = 0; t < m_groups.at(g).tasks.size(); ++t) {
                const PersonTask &task = m_groups.at(g).tasks.at(t);
                m_rows.append({g, t});
                m_ask.insert(task.planned.task.id, whomToAsk(*plan, task, m_personId));
            }
        }
    } else {
        m_personId = 0;
    }
    endResetModel();
}

QList<Id> PersonTaskModel::taskIds() const
{
    QList<Id> ids;
    for (const Row &row : m_rows) {
        if (row.task >= 0)
            ids.append(m_groups.at(row.group).tasks.at(row.task).planned.task.id);
    }
    return ids;
}

int PersonTaskModel::taskCount() const
{
    int count = 0;
    for (const PersonTaskGroup &group : m_groups)
        count += int(group.tasks.size());
    return count;
}

bool PersonTaskModel::isGroupRow(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).task < 0;
}

QString PersonTaskModel::groupText(const PersonTaskGroup &group)
{
    const QString tasks = tr("%n task(s), %1 h", "", int(group.tasks.size())).arg(hoursText(group.taskHours));
    if (group.fromWeek == 0)
        return tr("%1: %2").arg(horizonName(group.horizon), tasks);
    const HoursBalance &balance = group.balance;
    const double difference = balance.setAside - balance.needed;
    const QString verdict = balance.needsMore() ? tr("%1 h short").arg(hoursText(-difference))
                                                : tr("%1 h free").arg(hoursText(difference));
    return tr("%1 (%2): %3 – set aside %4 h, needed %5 h (%6)")
        .arg(horizonName(group.horizon), weekRangeLabel(group.fromWeek, group.toWeek), tasks,
             hoursText(balance.setAside), hoursText(balance.needed), verdict);
}

int PersonTaskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PersonTaskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonTaskModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const PersonTaskGroup &group = m_groups.at(row.group);
    if (role == GroupRowRole)
        return row.task < 0;
    if (role == HorizonRole)
        return int(group.horizon);
    if (row.task < 0) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
        case Qt::ToolTipRole:
            return index.column() == KeyColumn ? groupText(group) : QVariant();
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case TaskIdRole:
            return Id(0);
        default:
            return {};
        }
    }
    const PersonTask &task = group.tasks.at(row.task);
    const Task &t = task.planned.task;
    switch (role) {
    case TaskIdRole:
        return t.id;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (Column(index.column())) {
        case KeyColumn:
            return t.key;
        case TitleColumn:
            return t.title(m_language);
        case PartColumn:
            return personPartName(task.part);
        case DueColumn: {
            if (!task.planned.due.isValid())
                return tr("no date");
            const QString date = formatDateShort(task.planned.due, m_language);
            return task.overdue ? tr("%1 – overdue").arg(date) : date;
        }
        case StatusColumn:
            return statusName(task.planned.state.status);
        case HoursColumn:
            return hoursText(task.hours);
        case AskColumn:
            return m_ask.value(t.id);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == TitleColumn && !t.descriptionDa.trimmed().isEmpty() ? t.descriptionDa.trimmed()
                                                                                     : QVariant();
    case Qt::FontRole:
        if (task.overdue && index.column() == DueColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == HoursColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return {};
    }
}

QVariant PersonTaskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case KeyColumn:
        return tr("Task");
    case TitleColumn:
        return tr("Title");
    case PartColumn:
        return tr("Part");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case HoursColumn:
        return tr("Hours");
    case AskColumn:
        return tr("Ask");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace parat
