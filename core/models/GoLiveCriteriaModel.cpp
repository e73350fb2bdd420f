#include "models/GoLiveCriteriaModel.h"

#include "domain/Calendar.h"
#include "services/GoLiveReadinessLoader.h"
#include "storage/PersonRepository.h"

#include <QFont>

namespace parat {

GoLiveCriteriaModel::GoLiveCriteriaModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{ }

void GoLiveCriteriaModel::load(Id municipalityId, const QDate &asOf, const QString &language)
{
    m_municipalityId = municipalityId;
    m_asOf = asOf;
    m_language = language;
    reload();
}

void GoLiveCriteriaModel::reload()
{
    beginResetModel();
    m_result = {};
    m_people.clear();
    if (m_municipalityId != 0) {
        m_result = loadGoLiveReadiness(m_db, m_municipalityId, m_asOf, m_language);
        for (const Person &person : PersonRepository(m_db).forMunicipality(m_municipalityId))
            m_people.insert(person.id, person.name);
    }
    endResetModel();
}

const GoLiveEvaluation *GoLiveCriteriaModel::evaluationAt(int row) const
{
    return row >= 0 && row < m_result.criteria.size() ? &m_result.criteria.at(row) : nullptr;
}

int GoLiveCriteriaModel::rowOf(Id criterionId) const
{
    for (int row = 0; row < m_result.criteria.size(); ++row) {
        if (m_result.criteria.at(row).criterion.id == criterionId)
            return row;
    }
    return -1;
}

int GoLiveCriteriaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.criteria.size());
}

int GoLiveCriteriaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GoLiveCriteriaModel::data(const QModelIndex &index, int role) const
{
    const GoLiveEvaluation *evaluation = index.isValid() ? evaluationAt(index.row()) : nullptr;
    if (!evaluation)
        return {};
    const GoLiveCriterion &c = evaluation->criterion;
    switch (role) {
    case CriterionIdRole:
        return c.id;
    case MeasuredRole:
        return c.measured();
    case LateRole:
        return evaluation->late;
    case Qt::FontRole:
        if (evaluation->late) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case CriterionColumn:
            return c.title;
        case StatusColumn: {
            QString status = goLiveStatusName(evaluation->status);
            if (c.measured())
                status = tr("%1 (measured)").arg(status);
            return status;
        }
        case NumbersColumn: {
            QStringList parts;
            if (c.measured())
                parts.append(evaluation->measurement.numbers);
            if (!c.evidence.isEmpty())
                parts.append(c.evidence);
            if (!c.evidenceLink.isEmpty())
                parts.append(c.evidenceLink);
            if (evaluation->status == GoLiveStatus::NotRelevant && !c.reason.isEmpty())
                parts.append(tr("Not relevant because: %1").arg(c.reason));
            return parts.join(QStringLiteral(" · "));
        }
        case OwnerColumn:
            return m_people.value(c.ownerId);
        case DueColumn: {
            const QString due = formatDateShort(evaluation->due, m_language);
            return evaluation->late ? tr("%1 (passed)").arg(due) : due;
        }
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (!evaluation->measurement.items.isEmpty())
            return evaluation->measurement.items.join(QLatin1Char('\n'));
        return {};
    default:
        return {};
    }
}

QVariant GoLiveCriteriaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CriterionColumn:
        return tr("Criterion");
    case StatusColumn:
        return tr("Status");
    case NumbersColumn:
        return tr("Numbers or evidence");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    default:
        return {};
    }
}

} // namespace parat
