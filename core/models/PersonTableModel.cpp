#include "models/PersonTableModel.h"

#include "storage/PersonRepository.h"

namespace parat {

PersonTableModel::PersonTableModel(Database &db, QObject *parent)
    : MunicipalityTableModel(db, ColumnCount, parent)
{ }

void PersonTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_names.clear();
    if (m_municipalityId != 0)
        m_rows = PersonRepository(m_db).forMunicipality(m_municipalityId);
    for (const Person &person : std::as_const(m_rows))
        m_names.insert(person.id, person.name);
    endResetModel();
}

QVariant PersonTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Person &person = m_rows.at(index.row());
    switch (role) {
    case PersonIdRole:
        return person.id;
    case SortRole:
        if (index.column() == KlikColumn)
            return person.registeredInKlik ? 1 : 0;
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !person.note.isEmpty())
            return person.note;
        if (index.column() == RolesColumn && !person.roles.isEmpty()) {
            QStringList names;
            for (Role personRole : person.roles)
                names.append(QStringLiteral("%1 (%2)").arg(roleName(personRole), roleCode(personRole)));
            return names.join(QLatin1Char('\n'));
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return person.name;
        case UnitColumn:
            return person.unit;
        case EmailColumn:
            return person.email;
        case RolesColumn: {
            QStringList names;
            for (Role personRole : person.roles)
                names.append(roleName(personRole));
            return names.join(QStringLiteral(", "));
        }
        case ManagerColumn:
            return person.managerId != 0 ? m_names.value(person.managerId) : QString();
        case KlikColumn:
            return person.registeredInKlik ? tr("Yes") : tr("No");
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant PersonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case UnitColumn:
        return tr("Unit");
    case EmailColumn:
        return tr("E-mail");
    case RolesColumn:
        return tr("Roles");
    case ManagerColumn:
        return tr("Manager");
    case KlikColumn:
        return tr("Registered in KLIK");
    default:
        return {};
    }
}

} // namespace parat
