#include "models/RiskTableModel.h"

#include "domain/Calendar.h"
#include "domain/Language.h"
#include "storage/PersonRepository.h"
#include "storage/RiskRepository.h"

#include <QFont>

#include <algorithm>

namespace parat {

RiskTableModel::RiskTableModel(Database &db, QObject *parent)
    : MunicipalityTableModel(db, ColumnCount, parent)
    , m_asOf(QDate::currentDate())
{ }

void RiskTableModel::reload()
{
    m_all.clear();
    m_people.clear();
    if (m_municipalityId != 0) {
        m_all = RiskRepository(m_db).forMunicipality(m_municipalityId);
        for (const Person &person : PersonRepository(m_db).forMunicipality(m_municipalityId))
            m_people.insert(person.id, person.name);
    }
    filter();
}

void RiskTableModel::filter()
{
    beginResetModel();
    m_rows.clear();
    for (const Risk &risk : std::as_const(m_all)) {
        if (m_status && risk.status != *m_status)
            continue;
        if (m_liveOnly && !riskIsLive(risk))
            continue;
        if (m_owner && risk.ownerId != *m_owner)
            continue;
        if (risk.score() < m_minimumScore)
            continue;
        m_rows.append(risk);
    }
    endResetModel();
}

void RiskTableModel::setAsOf(const QDate &asOf)
{
    if (asOf == m_asOf)
        return;
    m_asOf = asOf;
    allCellsChanged();
}

void RiskTableModel::setStatusFilter(std::optional<RiskStatus> status)
{
    m_status = status;
    filter();
}

void RiskTableModel::setLiveOnly(bool liveOnly)
{
    m_liveOnly = liveOnly;
    filter();
}

void RiskTableModel::setOwnerFilter(std::optional<Id> ownerId)
{
    m_owner = ownerId;
    filter();
}

void RiskTableModel::setMinimumScore(int score)
{
    m_minimumScore = score;
    filter();
}

int RiskTableModel::reviewOverdueCount() const
{
    return int(std::count_if(m_all.begin(), m_all.end(),
                             [this](const Risk &risk) { return riskReviewOverdue(risk, m_asOf); }));
}

QVariant RiskTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Risk &risk = m_rows.at(index.row());
    const bool overdue = riskReviewOverdue(risk, m_asOf);
    switch (role) {
    case RiskIdRole:
        return risk.id;
    case ReviewOverdueRole:
        return overdue;
    case SortRole:
        switch (index.column()) {
        case NumberColumn:
            return risk.number;
        case ScoreColumn:
            return risk.score();
        case StatusColumn:
            return int(risk.status);
        case ReviewColumn:
            return risk.nextReview.isValid() ? risk.nextReview.toString(Qt::ISODate) : QStringLiteral("9999");
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::FontRole:
        if (overdue && index.column() == ReviewColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn || index.column() == ActionColumn) {
            QStringList lines;
            if (!risk.description.isEmpty())
                lines.append(risk.description);
            if (!risk.response.isEmpty())
                lines.append(tr("Action: %1").arg(risk.response));
            if (!risk.taskKeys.isEmpty())
                lines.append(tr("Tasks: %1").arg(risk.taskKeys.join(QStringLiteral(", "))));
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == ScoreColumn)
            return tr("Probability %1 × consequence %2").arg(risk.probability).arg(risk.consequence);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ScoreColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return riskLabel(risk.number);
        case ScoreColumn:
            return risk.score();
        case TitleColumn:
            return risk.title;
        case StatusColumn:
            return riskStatusName(risk.status);
        case OwnerColumn:
            return m_people.value(risk.ownerId);
        case ActionColumn:
            return risk.response.section(QLatin1Char('\n'), 0, 0);
        case ReviewColumn: {
            const QString date = formatDateShort(risk.nextReview, currentLanguage());
            return overdue ? tr("%1 (review overdue)").arg(date) : date;
        }
        case DimensionColumn:
            return riskDimensionName(risk.dimension);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant RiskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        //: Column of the risk log: the risk's number (R1, R2, ...). Danish: Nr.
        return tr("No.");
    case ScoreColumn:
        //: Column of the risk log: probability × consequence. Danish: Score
        return tr("Score");
    case TitleColumn:
        return tr("Risk");
    case StatusColumn:
        return tr("Status");
    case OwnerColumn:
        return tr("Owner");
    case ActionColumn:
        return tr("Action");
    case ReviewColumn:
        return tr("Next review");
    case DimensionColumn:
        return tr("Area");
    default:
        return {};
    }
}

} // namespace parat
