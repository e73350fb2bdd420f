#include "models/CommunicationPlanModel.h"

#include "domain/Calendar.h"
#include "domain/Language.h"
#include "storage/CommunicationRepository.h"
#include "storage/PersonRepository.h"
#include "storage/StakeholderRepository.h"
#include "storage/TaskRepository.h"

#include <QFont>

namespace parat {

CommunicationPlanModel::CommunicationPlanModel(Database &db, QObject *parent)
    : MunicipalityTableModel(db, ColumnCount, parent)
    , m_asOf(QDate::currentDate())
{ }

void CommunicationPlanModel::setAsOf(const QDate &asOf)
{
    if (asOf == m_asOf)
        return;
    m_asOf = asOf;
    allCellsChanged();
}

void CommunicationPlanModel::setOpenOnly(bool openOnly)
{
    if (openOnly == m_openOnly)
        return;
    m_openOnly = openOnly;
    reload();
}

void CommunicationPlanModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_people.clear();
    m_stakeholders.clear();
    m_tasks.clear();
    if (m_municipalityId != 0) {
        const QList<CommunicationItem> all = CommunicationRepository(m_db).forMunicipality(m_municipalityId);
        for (const CommunicationItem &item : all) {
            if (!m_openOnly || item.status == CommunicationStatus::Planned)
                m_rows.append(item);
        }
        for (const Person &person : PersonRepository(m_db).forMunicipality(m_municipalityId))
            m_people.insert(person.id, person.name);
        for (const Stakeholder &stakeholder : StakeholderRepository(m_db).forMunicipality(m_municipalityId))
            m_stakeholders.insert(stakeholder.id, stakeholder.name);
        bool needTasks = false;
        for (const CommunicationItem &item : std::as_const(m_rows))
            needTasks = needTasks || item.taskId != 0;
        if (needTasks) {
            const QString language = currentLanguage();
            for (const PlannedTask &task : TaskRepository(m_db).plannedTasks(m_municipalityId, true))
                m_tasks.insert(task.task.id, task.task.key + QLatin1Char(' ') + task.task.title(language));
        }
    }
    endResetModel();
}

int CommunicationPlanModel::overdueCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [this](const CommunicationItem &item) { return communicationOverdue(item, m_asOf); }));
}

int CommunicationPlanModel::dueSoonCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [this](const CommunicationItem &item) {
        return communicationDueWithin(item, m_asOf, dueSoonDays());
    }));
}

QString CommunicationPlanModel::stateText(const CommunicationItem &item) const
{
    if (communicationOverdue(item, m_asOf))
        return tr("Overdue");
    if (communicationDueWithin(item, m_asOf, dueSoonDays()))
        return tr("Due soon");
    if (item.status == CommunicationStatus::Done && item.doneOn.isValid())
        return tr("Done %1").arg(formatDateShort(item.doneOn, currentLanguage()));
    return communicationStatusName(item.status);
}

QVariant CommunicationPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CommunicationItem &item = m_rows.at(index.row());
    const bool overdue = communicationOverdue(item, m_asOf);
    const bool dueSoon = communicationDueWithin(item, m_asOf, dueSoonDays());
    switch (role) {
    case ItemIdRole:
        return item.id;
    case OverdueRole:
        return overdue;
    case DueSoonRole:
        return dueSoon;
    case SortRole:
        switch (index.column()) {
        case DateColumn:
            return item.plannedOn.isValid() ? item.plannedOn.toString(Qt::ISODate) : QStringLiteral("9999");
        case StateColumn:
            return overdue ? 0 : dueSoon ? 1 : 2 + int(item.status);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::FontRole:
        if (overdue || dueSoon) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (item.status == CommunicationStatus::Cancelled) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn || index.column() == OccasionColumn) {
            QStringList lines;
            if (!item.message.isEmpty())
                lines.append(item.message);
            if (!item.goal.isEmpty())
                lines.append(tr("Goal: %1").arg(item.goal));
            if (item.taskId != 0 && m_tasks.contains(item.taskId))
                lines.append(tr("Task: %1").arg(m_tasks.value(item.taskId)));
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return item.plannedOn.isValid() ? QStringLiteral("%1 (%2)").arg(
                       formatDateShort(item.plannedOn, currentLanguage()), weekLabel(item.plannedOn))
                                            : QString();
        case StateColumn:
            return stateText(item);
        case OccasionColumn:
            return item.occasion;
        case TargetColumn:
            return item.stakeholderId != 0 ? m_stakeholders.value(item.stakeholderId) : item.targetGroup;
        case MessageColumn:
            return item.message.section(QLatin1Char('\n'), 0, 0);
        case ChannelColumn:
            return channelName(item.channel);
        case SenderColumn:
            return m_people.value(item.senderId);
        case ResponsibleColumn:
            return m_people.value(item.responsibleId);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant CommunicationPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Planned");
    case StateColumn:
        return tr("Status");
    case OccasionColumn:
        return tr("Occasion");
    case TargetColumn:
        return tr("Stakeholder or target group");
    case MessageColumn:
        return tr("Message");
    case ChannelColumn:
        return tr("Channel");
    case SenderColumn:
        return tr("Sender");
    case ResponsibleColumn:
        return tr("Responsible");
    default:
        return {};
    }
}

} // namespace parat
