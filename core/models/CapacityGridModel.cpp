#include "CapacityGridModel.h"

#include "domain/Calendar.h"
#include "services/CapacityLoader.h"

#include <QFont>

namespace parat {

CapacityGridModel::CapacityGridModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{ }

void CapacityGridModel::load(Id municipalityId, const QDate &asOf, const QString &language)
{
    m_municipalityId = municipalityId;
    m_asOf = asOf;
    m_language = language;
    reload();
}

void CapacityGridModel::reload()
{
    CapacityPlan plan
        = m_municipalityId != 0 ? loadCapacity(m_db, m_municipalityId, m_asOf, m_language) : CapacityPlan();
    setPlan(std::move(plan));
}

void CapacityGridModel::setPlan(CapacityPlan plan)
{
    beginResetModel();
    m_plan = std::move(plan);
    if (m_plan.asOf.isValid())
        m_asOf = m_plan.asOf;
    endResetModel();
}

int CapacityGridModel::currentWeekColumn() const
{
    return m_asOf.isValid() ? m_plan.weekIndex(weekKey(m_asOf)) : -1;
}

int CapacityGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.rows.size());
}

int CapacityGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.weeks.size());
}

QString CapacityGridModel::cellToolTip(int row, int column) const
{
    const CapacityRow &line = m_plan.rows.at(row);
    const CapacityCell &cell = line.cells.at(column);
    QStringList lines;
    lines.append(tr("%1, %2").arg(line.person.name, weekYearLabel(m_plan.weeks.at(column))));
    const WeekDaysOff *daysOff = column < m_plan.daysOff.size() ? &m_plan.daysOff.at(column) : nullptr;
    if (daysOff && daysOff->workingDaysLost > 0 && cell.setAside > 0.0) {
        lines.append(tr("Allocated: %1 h of %2 h set aside, after %n day(s) off", "", daysOff->workingDaysLost)
                         .arg(hoursText(cell.allocated), hoursText(cell.setAside)));
    } else {
        lines.append(tr("Allocated: %1 h").arg(hoursText(cell.allocated)));
    }
    if (daysOff && daysOff->any())
        lines.append(daysOff->describe(m_language));
    lines.append(tr("Needed: %1 h").arg(hoursText(cell.needed)));
    if (cell.overAllocated())
        lines.append(tr("Over-allocated: %1 h more needed than allocated").arg(hoursText(-cell.free())));
    else if (cell.unplanned())
        lines.append(tr("Needed, but no time allocated"));
    else
        lines.append(tr("Free: %1 h").arg(hoursText(cell.free())));
    if (!cell.demand.isEmpty()) {
        lines.append(tr("Tasks:"));
        for (const DemandPart &part : cell.demand) {
            QString text = tr("%1 %2: %3 h").arg(part.key, part.title, hoursText(part.hours));
            if (part.sharedBy > 1)
                text += QLatin1Char(' ') + tr("(shared by %n superuser(s))", "", part.sharedBy);
            else if (part.perPerson)
                text += QLatin1Char(' ') + tr("(per person)");
            lines.append(QStringLiteral("• ") + text);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant CapacityGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CapacityRow &row = m_plan.rows.at(index.row());
    const CapacityCell &cell = row.cells.at(index.column());
    switch (role) {
    case Qt::DisplayRole: {
        if (cell.allocated <= 0.0 && cell.needed <= 0.0)
            return QString();
        const QString text = QStringLiteral("%1/%2").arg(hoursText(cell.allocated), hoursText(cell.needed));
        return cell.needsMore() ? QStringLiteral("! ") + text : text;
    }
    case Qt::ToolTipRole:
        return cellToolTip(index.row(), index.column());
    case Qt::AccessibleTextRole:
        return cellToolTip(index.row(), index.column());
    case Qt::FontRole:
        if (cell.needsMore()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case PersonIdRole:
        return row.person.id;
    case WeekKeyRole:
        return m_plan.weeks.at(index.column());
    case AllocatedRole:
        return cell.allocated;
    case NeededRole:
        return cell.needed;
    case ShortRole:
        return cell.needsMore();
    default:
        return {};
    }
}

QVariant CapacityGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_plan.weeks.size())
            return {};
        const int key = m_plan.weeks.at(section);
        const bool current = section == currentWeekColumn();
        const bool goLive = m_plan.goLive.isValid() && key == weekKey(m_plan.goLive);
        const WeekDaysOff *daysOff = section < m_plan.daysOff.size() ? &m_plan.daysOff.at(section) : nullptr;
        switch (role) {
        case Qt::DisplayRole: {
            QString text = tr("wk %1\n%2").arg(weekKeyWeek(key)).arg(weekKeyYear(key));
            if (goLive)
                text += QLatin1Char('\n') + tr("go-live");
            else if (current)
                text += QLatin1Char('\n') + tr("now");
            // Holiday weeks say so in words: the days off, or the school holiday.
            if (daysOff && daysOff->workingDaysLost > 0)
                text += QLatin1Char('\n') + tr("%n day(s) off", "", daysOff->workingDaysLost);
            else if (daysOff && daysOff->school)
                text += QLatin1Char('\n') + schoolHolidayName(*daysOff->school);
            return text;
        }
        case Qt::ToolTipRole: {
            QString text = tr("%1, from %2").arg(weekYearLabel(key), formatDateShort(mondayOfWeekKey(key), m_language));
            if (daysOff && daysOff->any()) {
                text += QLatin1Char('\n') + daysOff->describe(m_language);
                if (daysOff->workingDaysLost > 0)
                    text += QLatin1Char('\n')
                        + tr("Hours set aside count for %1 of 5 working days.").arg(5 - daysOff->workingDaysLost);
                if (daysOff->school)
                    text += QLatin1Char('\n') + tr("School holiday: superusers with children are often away.");
            }
            return text;
        }
        case HolidayRole:
            return daysOff ? daysOff->describe(m_language) : QString();
        case Qt::FontRole:
            if (current || goLive) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return {};
        case WeekKeyRole:
            return key;
        default:
            return {};
        }
    }
    if (section < 0 || section >= m_plan.rows.size())
        return {};
    const CapacityRow &row = m_plan.rows.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return row.superuser ? tr("%1 (SU)").arg(row.person.name) : row.person.name;
    case Qt::ToolTipRole: {
        QStringList parts {row.person.name};
        if (!row.person.unit.isEmpty())
            parts.append(row.person.unit);
        if (!row.person.roles.isEmpty())
            parts.append(roleCodes(row.person.roles));
        return parts.join(QStringLiteral(" · "));
    }
    case PersonIdRole:
        return row.person.id;
    default:
        return {};
    }
}

} // namespace parat
