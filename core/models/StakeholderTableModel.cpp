#include "models/StakeholderTableModel.h"

#include "domain/Calendar.h"
#include "domain/Language.h"
#include "storage/PersonRepository.h"
#include "storage/StakeholderRepository.h"

#include <QFont>

namespace parat {

bool StakeholderFilter::accepts(const Stakeholder &stakeholder) const
{
    if (internal && *internal != stakeholder.internal)
        return false;
    if (kind && *kind != stakeholder.kind)
        return false;
    return !onlyWithGap || engagementGap(stakeholder) > 0;
}

StakeholderTableModel::StakeholderTableModel(Database &db, QObject *parent)
    : MunicipalityTableModel(db, ColumnCount, parent)
    , m_asOf(QDate::currentDate())
{ }

void StakeholderTableModel::setFilter(const StakeholderFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void StakeholderTableModel::setAsOf(const QDate &asOf)
{
    if (asOf == m_asOf)
        return;
    m_asOf = asOf;
    allCellsChanged();
}

void StakeholderTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_people.clear();
    if (m_municipalityId != 0) {
        const QList<Stakeholder> all = StakeholderRepository(m_db).forMunicipality(m_municipalityId);
        for (const Stakeholder &stakeholder : all) {
            if (m_filter.accepts(stakeholder))
                m_rows.append(stakeholder);
        }
        const QList<Person> people = PersonRepository(m_db).forMunicipality(m_municipalityId);
        for (const Person &person : people)
            m_people.insert(person.id, person.name);
    }
    endResetModel();
}

QVariant StakeholderTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Stakeholder &s = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case StakeholderIdRole:
        return s.id;
    case GapRole:
        return engagementGap(s);
    case ContactOverdueRole:
        return contactOverdue(s, m_asOf);
    case SortRole:
        return sortValue(s, column);
    case Qt::FontRole:
        if ((column == GapColumn && engagementGap(s) > 0)
            || (column == NextContactColumn && contactOverdue(s, m_asOf))) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == QuadrantColumn)
            return QStringLiteral("%1\n%2").arg(quadrantTitle(quadrantOf(s)), quadrantAdvice(quadrantOf(s)));
        if (column == NameColumn && !s.concerns.isEmpty())
            return s.concerns;
        return {};
    case Qt::TextAlignmentRole:
        if (column == InfluenceColumn || column == AffectednessColumn || column == GapColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        return displayValue(s, column);
    default:
        return {};
    }
}

QVariant StakeholderTableModel::sortValue(const Stakeholder &s, int column) const
{
    switch (column) {
    case QuadrantColumn:
        return int(quadrantOf(s));
    case InfluenceColumn:
        return s.influence;
    case AffectednessColumn:
        return s.affectedness;
    case EngagementColumn:
        return int(s.engagementNow) * 10 + int(s.engagementTarget);
    case GapColumn:
        return engagementGap(s);
    case StrategyColumn:
        return int(s.strategy);
    case NextContactColumn:
        return s.nextContact.isValid() ? s.nextContact.toString(Qt::ISODate) : QStringLiteral("9999");
    default:
        return displayValue(s, column);
    }
}

QVariant StakeholderTableModel::displayValue(const Stakeholder &s, int column) const
{
    switch (column) {
    case NameColumn:
        return s.name;
    case KindColumn:
        return stakeholderKindName(s.kind);
    case InternalColumn:
        return s.internal ? tr("Internal") : tr("External");
    case UnitColumn:
        return s.unit;
    case QuadrantColumn:
        return quadrantName(quadrantOf(s));
    case InfluenceColumn:
        return s.influence;
    case AffectednessColumn:
        return s.affectedness;
    case EngagementColumn:
        return tr("%1 → %2").arg(engagementName(s.engagementNow), engagementName(s.engagementTarget));
    case GapColumn: {
        const int gap = engagementGap(s);
        return gap > 0 ? tr("%n step(s) below", "", gap) : tr("None");
    }
    case StrategyColumn:
        return strategyName(s.strategy);
    case OwnerColumn:
        return m_people.value(s.ownerId);
    case NextContactColumn:
        if (!s.nextContact.isValid())
            return QString();
        if (contactOverdue(s, m_asOf))
            return tr("%1 (overdue)").arg(formatDateShort(s.nextContact, currentLanguage()));
        return formatDateShort(s.nextContact, currentLanguage());
    default:
        return {};
    }
}

QVariant StakeholderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case InternalColumn:
        return tr("Internal/external");
    case UnitColumn:
        return tr("Unit");
    case QuadrantColumn:
        return tr("Quadrant");
    case InfluenceColumn:
        return tr("Influence");
    case AffectednessColumn:
        return tr("Affected");
    case EngagementColumn:
        return tr("Engagement now → target");
    case GapColumn:
        return tr("Gap");
    case StrategyColumn:
        return tr("Strategy");
    case OwnerColumn:
        return tr("Owner");
    case NextContactColumn:
        return tr("Next contact");
    default:
        return {};
    }
}

} // namespace parat
