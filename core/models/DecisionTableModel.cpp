#include "models/DecisionTableModel.h"

#include "domain/Calendar.h"
#include "domain/Language.h"
#include "storage/DecisionRepository.h"
#include "storage/RiskRepository.h"

#include <QFont>

#include <algorithm>

namespace parat {

DecisionTableModel::DecisionTableModel(Database &db, QObject *parent)
    : MunicipalityTableModel(db, ColumnCount, parent)
    , m_asOf(QDate::currentDate())
{ }

void DecisionTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_risks.clear();
    if (m_municipalityId != 0) {
        m_rows = DecisionRepository(m_db).forMunicipality(m_municipalityId);
        for (const Risk &risk : RiskRepository(m_db).forMunicipality(m_municipalityId))
            m_risks.insert(risk.id, riskLabel(risk.number) + QLatin1Char(' ') + risk.title);
    }
    endResetModel();
}

void DecisionTableModel::setAsOf(const QDate &asOf)
{
    if (asOf == m_asOf)
        return;
    m_asOf = asOf;
    allCellsChanged();
}

int DecisionTableModel::overdueCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [this](const Decision &decision) { return decisionOverdue(decision, m_asOf); }));
}

QVariant DecisionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Decision &decision = m_rows.at(index.row());
    const bool overdue = decisionOverdue(decision, m_asOf);
    const QString language = currentLanguage();
    switch (role) {
    case DecisionIdRole:
        return decision.id;
    case OverdueRole:
        return overdue;
    case SortRole:
        switch (index.column()) {
        case NumberColumn:
            return decision.number;
        case StatusColumn:
            return int(decision.status);
        case NeededByColumn:
            return decision.neededBy.isValid() ? decision.neededBy.toString(Qt::ISODate) : QStringLiteral("9999");
        case DecidedColumn:
            return decision.decidedOn.isValid() ? decision.decidedOn.toString(Qt::ISODate) : QStringLiteral("9999");
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::FontRole:
        if (overdue && index.column() == NeededByColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == QuestionColumn) {
            QStringList lines;
            if (!decision.background.isEmpty())
                lines.append(tr("Background: %1").arg(decision.background));
            if (!decision.options.isEmpty())
                lines.append(tr("Options: %1").arg(decision.options));
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return decisionLabel(decision.number);
        case StatusColumn:
            return decisionStatusName(decision.status);
        case NeededByColumn: {
            const QString date = formatDateShort(decision.neededBy, language);
            return overdue ? tr("%1 (overdue)").arg(date) : date;
        }
        case QuestionColumn:
            return decision.question;
        case DecisionColumn:
            return decision.decision.section(QLatin1Char('\n'), 0, 0);
        case DecidedColumn: {
            const QString on = formatDateShort(decision.decidedOn, language);
            if (decision.decidedBy.isEmpty())
                return on;
            return on.isEmpty() ? decision.decidedBy : QStringLiteral("%1, %2").arg(on, decision.decidedBy);
        }
        case LinkColumn: {
            QStringList links;
            if (decision.riskId != 0)
                links.append(m_risks.value(decision.riskId));
            if (!decision.taskKey.isEmpty())
                links.append(decision.taskKey);
            return links.join(QStringLiteral("; "));
        }
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant DecisionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        //: Column of the decision log: the decision's number (D1, D2, ...). Danish: Nr.
        return tr("No.");
    case StatusColumn:
        return tr("Status");
    case NeededByColumn:
        return tr("Needed by");
    case QuestionColumn:
        return tr("Question");
    case DecisionColumn:
        return tr("Decision");
    case DecidedColumn:
        return tr("Decided");
    case LinkColumn:
        return tr("Risk or task");
    default:
        return {};
    }
}

} // namespace parat
