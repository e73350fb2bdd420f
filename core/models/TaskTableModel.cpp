#include "models/TaskTableModel.h"

#include "domain/Language.h"
#include "planning/Calendar.h"
#include "planning/Readiness.h"
#include "storage/PersonRepository.h"
#include "storage/TaskRepository.h"

#include <QFont>
#include <QLocale>

namespace parat {

TaskTableModel::TaskTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{ }

void TaskTableModel::load(Id municipalityId, const QDate &asOf, bool includeWithdrawn)
{
    m_municipalityId = municipalityId;
    m_asOf = asOf;
    m_includeWithdrawn = includeWithdrawn;
    reload();
}

void TaskTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_personNames.clear();
    if (m_municipalityId != 0) {
        m_rows = TaskRepository(m_db).plannedTasks(m_municipalityId, m_includeWithdrawn);
        const QList<Person> people = PersonRepository(m_db).forMunicipality(m_municipalityId);
        for (const Person &person : people)
            m_personNames.insert(person.id, person.name);
    }
    endResetModel();
}

const PlannedTask *TaskTableModel::taskAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PlannedTask &item = m_rows.at(index.row());
    const Task &task = item.task;
    const TaskState &state = item.state;
    const QString language = currentLanguage();
    const bool overdue = isOverdue(item, m_asOf);

    switch (role) {
    case TaskIdRole:
        return task.id;
    case OverdueRole:
        return overdue;
    case StatusRole:
        return int(state.status);
    case PhaseRole:
        return int(task.phase);
    case Qt::FontRole:
        if (overdue) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == EstimateColumn || index.column() == WeeksLeftColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn && !task.descriptionDa.isEmpty())
            return task.descriptionDa;
        if (index.column() == StatusColumn && !state.reason.isEmpty())
            return state.reason;
        if (overdue)
            return tr("Overdue by %n day(s)", "", int(item.due.daysTo(m_asOf)));
        return {};
    case SortRole:
        switch (index.column()) {
        case ReleaseColumn:
            return item.release.isValid() ? item.release.toJulianDay() : 0;
        case DueColumn:
        case WeeksLeftColumn:
            return item.due.isValid() ? item.due.toJulianDay() : 0;
        case EstimateColumn:
            return task.estimateHours;
        case PhaseColumn:
            return int(task.phase);
        case StatusColumn:
            return int(state.status);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return task.key;
        case PhaseColumn:
            return phaseName(task.phase);
        case ThemeColumn:
            return task.theme ? themeCode(*task.theme) : QString();
        case TitleColumn:
            return task.isWithdrawn() ? tr("%1 (withdrawn)").arg(task.title(language)) : task.title(language);
        case ResponsibleColumn:
            return state.responsiblePersonId ? m_personNames.value(state.responsiblePersonId)
                                             : (task.responsibleRole ? roleCode(*task.responsibleRole) : QString());
        case PerformerColumn:
            return state.performerPersonId ? m_personNames.value(state.performerPersonId)
                                           : (task.performerRole ? roleCode(*task.performerRole) : QString());
        case ReleaseColumn:
            return item.release.isValid() ? formatDateShort(item.release, language) : QString();
        case DueColumn:
            return item.due.isValid()
                ? QStringLiteral("%1 (%2)").arg(formatDateShort(item.due, language), weekLabel(item.due))
                : QString();
        case WeeksLeftColumn:
            return item.due.isValid() ? QVariant(weeksUntil(m_asOf, item.due)) : QVariant();
        case StatusColumn:
            return overdue ? tr("%1 – overdue").arg(statusName(state.status)) : statusName(state.status);
        case EstimateColumn:
            return QLocale().toString(task.estimateHours, 'g', 4);
        case MandatoryColumn:
            return task.mandatory ? tr("Yes") : QString();
        case KlikColumn:
            return state.klikMarkedOn.isValid() ? formatDateShort(state.klikMarkedOn, language)
                                                : (missingInKlik(item) ? tr("Missing") : QString());
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case PhaseColumn:
        return tr("Phase");
    case ThemeColumn:
        return tr("Theme");
    case TitleColumn:
        return tr("Task");
    case ResponsibleColumn:
        return tr("Responsible");
    case PerformerColumn:
        return tr("Performer");
    case ReleaseColumn:
        return tr("Released");
    case DueColumn:
        return tr("Due");
    case WeeksLeftColumn:
        return tr("Weeks left");
    case StatusColumn:
        return tr("Status");
    case EstimateColumn:
        return tr("Hours");
    case MandatoryColumn:
        return tr("Mandatory");
    case KlikColumn:
        return tr("Marked in KLIK");
    default:
        return {};
    }
}

} // namespace parat
