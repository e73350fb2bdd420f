#include "RunbookTableModel.h"

#include "domain/Language.h"
#include "planning/RunbookRules.h"
#include "storage/MunicipalityRepository.h"
#include "storage/RunbookRepository.h"

#include <QFont>

namespace parat {

RunbookTableModel::RunbookTableModel(Database &db, QObject *parent)
    : MunicipalityTableModel(db, ColumnCount, parent)
{ }

void RunbookTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_goLive = QDate();
    if (m_municipalityId != 0) {
        if (const std::optional<Municipality> municipality = MunicipalityRepository(m_db).byId(m_municipalityId))
            m_goLive = municipality->goLive;
        m_rows = RunbookRepository(m_db).forMunicipality(m_municipalityId);
    }
    endResetModel();
}

void RunbookTableModel::setNow(const QDateTime &now)
{
    m_now = now;
    allCellsChanged();
}

int RunbookTableModel::lateCount() const
{
    int count = 0;
    for (const RunbookStep &step : m_rows) {
        if (m_now.isValid() && runbookStepLate(step, m_goLive, m_now))
            ++count;
    }
    return count;
}

QVariant RunbookTableModel::data(const QModelIndex &index, int role) const
{
    const RunbookStep *step = stepAt(index.row());
    if (!step || !index.isValid())
        return {};
    const bool late = m_now.isValid() && runbookStepLate(*step, m_goLive, m_now);
    if (role == StepIdRole)
        return step->id;
    if (role == LateRole)
        return late;
    if (role == Qt::FontRole && (late || step->status == RunbookStatus::Problem)) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == SortRole) {
        switch (index.column()) {
        case NumberColumn:
            return step->number;
        case StartColumn:
        case DayColumn:
            return step->startMinutes;
        case DurationColumn:
            return step->durationMinutes;
        case StatusColumn:
            return int(step->status);
        default:
            break;
        }
        role = Qt::DisplayRole;
    }
    if (role == Qt::ToolTipRole && index.column() == NoteColumn)
        return step->note;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return step->number;
    case StartColumn:
        return formatRelativeStart(step->startMinutes);
    case DayColumn:
        return formatStartDay(step->startMinutes, m_goLive, currentLanguage());
    case DurationColumn:
        return formatDuration(step->durationMinutes);
    case TitleColumn:
        return step->title;
    case OwnerColumn:
        return step->owner;
    case DependsOnColumn:
        return formatDependsOn(step->dependsOn);
    case ContactColumn:
        return step->contact;
    case StatusColumn: {
        QString text = runbookStatusName(step->status);
        if (late)
            text = tr("%1, late").arg(text);
        // Day and time only: the year is the go-live's, and the column stays narrow.
        const QString format = QStringLiteral("dd-MM HH:mm");
        if (step->actualStart.isValid())
            text += QLatin1Char(' ') + tr("(started %1)").arg(step->actualStart.toLocalTime().toString(format));
        if (step->actualEnd.isValid())
            text += QLatin1Char(' ') + tr("(ended %1)").arg(step->actualEnd.toLocalTime().toString(format));
        return text;
    }
    case NoteColumn:
        return step->note;
    default:
        return {};
    }
}

QVariant RunbookTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case StartColumn:
        return tr("Start");
    case DayColumn:
        return tr("Day and time");
    case DurationColumn:
        return tr("Duration");
    case TitleColumn:
        return tr("Step");
    case OwnerColumn:
        return tr("Owner");
    case DependsOnColumn:
        return tr("Depends on");
    case ContactColumn:
        return tr("Contact");
    case StatusColumn:
        return tr("Status");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace parat
