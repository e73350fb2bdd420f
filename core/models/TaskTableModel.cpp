#include "models/TaskTableModel.h"

#include "commands/TaskCommands.h"
#include "domain/Calendar.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "planning/Readiness.h"
#include "storage/PersonRepository.h"
#include "storage/TaskRepository.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace parat {

TaskTableModel::TaskTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{ }

void TaskTableModel::load(Id municipalityId, const QDate &asOf, bool includeWithdrawn)
{
    // Another municipality's rows often have the same ids (handbook tasks): reload() then keeps the view's
    // selection, which is what the user wants when switching municipality.
    m_municipalityId = municipalityId;
    m_asOf = asOf;
    m_includeWithdrawn = includeWithdrawn;
    reload();
}

namespace {

// The tooltip of a deadline on a day off, naming it.
QString dueHolidayText(const Holiday &holiday)
{
    return TaskTableModel::tr("Due on %1, a %2: offices are closed that day.")
        .arg(holidayName(holiday.which), dayOffKindName(holiday.kind));
}

} // namespace

QString TaskTableModel::personOrRole(Id personId, const std::optional<Role> &role) const
{
    // A role reads as its name ("DUBU superuser"), not its code ("SU"); the code is the cell's tooltip.
    if (personId)
        return m_personNames.value(personId);
    return role ? roleName(*role) : QString();
}

TaskTableModel::RowInfo TaskTableModel::infoFor(const PlannedTask &item) const
{
    const Task &task = item.task;
    RowInfo info;
    info.overdue = isOverdue(item, m_asOf);
    info.dueHoliday = holidayOnDue(item);
    const QChar separator(u'\n'); // never typed into a search field, so matches never span two fields
    info.searchText.reserve(task.key.size() + task.titleDa.size() + task.titleEn.size() + task.descriptionDa.size()
                            + item.state.note.size() + item.state.reason.size() + 64);
    info.searchText.append(task.key)
        .append(separator)
        .append(task.titleDa)
        .append(separator)
        .append(task.titleEn)
        .append(separator)
        .append(task.descriptionDa)
        .append(separator)
        .append(personOrRole(item.state.responsiblePersonId, task.responsibleRole))
        .append(separator)
        .append(personOrRole(item.state.performerPersonId, task.performerRole))
        .append(separator)
        .append(task.responsibleRole ? roleCode(*task.responsibleRole) : QString()) // "SA" finds its tasks too
        .append(separator)
        .append(task.performerRole ? roleCode(*task.performerRole) : QString())
        .append(separator)
        .append(item.state.reason)
        .append(separator)
        .append(item.state.note);
    info.searchText = info.searchText.toCaseFolded();
    return info;
}

void TaskTableModel::reload()
{
    QList<PlannedTask> rows;
    QList<Person> people;
    if (m_municipalityId != 0) {
        rows = TaskRepository(m_db).plannedTasks(m_municipalityId, m_includeWithdrawn);
        people = PersonRepository(m_db).forMunicipality(m_municipalityId);
    }

    bool sameIds = rows.size() == m_rows.size();
    for (int row = 0; sameIds && row < rows.size(); ++row)
        sameIds = rows.at(row).task.id == m_rows.at(row).task.id;

    const auto replace = [&] {
        m_rows = std::move(rows);
        m_people = std::move(people);
        m_personNames.clear();
        for (const Person &person : std::as_const(m_people))
            m_personNames.insert(person.id, person.name);
        m_info.clear();
        m_info.reserve(m_rows.size());
        m_rowOfTask.clear();
        m_rowOfTask.reserve(m_rows.size());
        for (int row = 0; row < m_rows.size(); ++row) {
            m_info.append(infoFor(m_rows.at(row)));
            m_rowOfTask.insert(m_rows.at(row).task.id, row);
        }
    };

    if (sameIds) {
        replace();
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        replace();
        endResetModel();
    }
}

const PlannedTask *TaskTableModel::taskAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int TaskTableModel::rowOf(Id taskId) const
{
    return m_rowOfTask.value(taskId, -1);
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QIcon TaskTableModel::overdueIcon()
{
    // A filled amber triangle with a dark "!" reads on light and dark backgrounds alike; it carries its own
    // contrast instead of depending on the palette.
    static const QIcon icon = [] {
        QIcon result;
        for (int size : {16, 24, 32}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            const qreal s = size;
            QPainterPath triangle;
            triangle.moveTo(s / 2, s * 0.06);
            triangle.lineTo(s * 0.97, s * 0.92);
            triangle.lineTo(s * 0.03, s * 0.92);
            triangle.closeSubpath();
            painter.setPen(QPen(QColor(0x5c, 0x3d, 0x00), qMax(1.0, s / 16)));
            painter.setBrush(QColor(0xf5, 0xb0, 0x1a));
            painter.drawPath(triangle);
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(0x20, 0x18, 0x00));
            painter.drawRoundedRect(QRectF(s * 0.44, s * 0.32, s * 0.12, s * 0.34), s * 0.04, s * 0.04);
            painter.drawEllipse(QRectF(s * 0.435, s * 0.72, s * 0.13, s * 0.13));
            painter.end();
            result.addPixmap(pixmap);
        }
        return result;
    }();
    return icon;
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PlannedTask &item = m_rows.at(index.row());
    const Task &task = item.task;
    const TaskState &state = item.state;
    const bool overdue = m_info.at(index.row()).overdue;

    switch (role) {
    case TaskIdRole:
        return task.id;
    case OverdueRole:
        return overdue;
    case StatusRole:
        return int(state.status);
    case PhaseRole:
        return int(task.phase);
    case SearchTextRole:
        return m_info.at(index.row()).searchText;
    case ThemeRole:
        return task.theme ? int(*task.theme) : -1;
    case ResponsibleIdRole:
        return state.responsiblePersonId;
    case PerformerIdRole:
        return state.performerPersonId;
    case DueDateRole:
        return item.due;
    case WithdrawnRole:
        return task.isWithdrawn();
    case ReasonRole:
        return state.reason;
    case DueHolidayRole: {
        const std::optional<Holiday> &holiday = m_info.at(index.row()).dueHoliday;
        return holiday ? holidayName(holiday->which) : QString();
    }
    case Qt::FontRole:
        if (overdue || task.isWithdrawn()) {
            QFont font;
            font.setBold(overdue);
            font.setItalic(task.isWithdrawn());
            return font;
        }
        return {};
    case Qt::DecorationRole:
        if (overdue && index.column() == StatusColumn && QGuiApplication::instance())
            return overdueIcon();
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == EstimateColumn || index.column() == WeeksLeftColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        return toolTipData(index);
    case Qt::EditRole:
        switch (index.column()) {
        case StatusColumn:
            return int(state.status);
        case ResponsibleColumn:
            return state.responsiblePersonId;
        case PerformerColumn:
            return state.performerPersonId;
        default:
            return data(index, Qt::DisplayRole);
        }
    case SortRole:
        return sortData(index);
    case Qt::AccessibleTextRole:
        if (overdue && index.column() == StatusColumn)
            return tr("%1, overdue").arg(statusName(state.status));
        if (index.column() == DueColumn && m_info.at(index.row()).dueHoliday)
            return QStringLiteral("%1. %2").arg(data(index, Qt::DisplayRole).toString(),
                                                dueHolidayText(*m_info.at(index.row()).dueHoliday));
        return {};
    case Qt::DisplayRole:
        return displayData(index);
    default:
        return {};
    }
}

QVariant TaskTableModel::toolTipData(const QModelIndex &index) const
{
    const PlannedTask &item = m_rows.at(index.row());
    const Task &task = item.task;
    const TaskState &state = item.state;
    const bool overdue = m_info.at(index.row()).overdue;
    // Themes and roles show their names; the handbook's codes are the tooltips.
    if (index.column() == ThemeColumn && task.theme)
        return themeCode(*task.theme);
    if (index.column() == ResponsibleColumn && !state.responsiblePersonId && task.responsibleRole)
        return tr("Role: %1 (%2)").arg(roleName(*task.responsibleRole), roleCode(*task.responsibleRole));
    if (index.column() == PerformerColumn && !state.performerPersonId && task.performerRole)
        return tr("Role: %1 (%2)").arg(roleName(*task.performerRole), roleCode(*task.performerRole));
    if (index.column() == TitleColumn && !task.descriptionDa.isEmpty())
        return task.descriptionDa;
    if (index.column() == StatusColumn && !state.reason.isEmpty())
        return state.reason;
    if (index.column() == DueColumn && m_info.at(index.row()).dueHoliday)
        return dueHolidayText(*m_info.at(index.row()).dueHoliday);
    if (overdue)
        return tr("Overdue by %n day(s)", "", int(item.due.daysTo(m_asOf)));
    return {};
}

QVariant TaskTableModel::sortData(const QModelIndex &index) const
{
    const PlannedTask &item = m_rows.at(index.row());
    const Task &task = item.task;
    const TaskState &state = item.state;
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
    case MandatoryColumn:
        return task.mandatory ? 1 : 0;
    case KlikColumn: // marked (by date) after missing after nothing to mark
        return state.klikMarkedOn.isValid() ? state.klikMarkedOn.toJulianDay() : (missingInKlik(item) ? 1 : 0);
    default:
        return data(index, Qt::DisplayRole);
    }
}

QVariant TaskTableModel::displayData(const QModelIndex &index) const
{
    const PlannedTask &item = m_rows.at(index.row());
    const Task &task = item.task;
    const TaskState &state = item.state;
    const bool overdue = m_info.at(index.row()).overdue;
    const QString language = currentLanguage();
    switch (index.column()) {
    case KeyColumn:
        return task.key;
    case PhaseColumn:
        return phaseName(task.phase);
    case ThemeColumn:
        return task.theme ? themeName(*task.theme) : QString();
    case TitleColumn:
        return task.isWithdrawn() ? tr("%1 (withdrawn)").arg(task.title(language)) : task.title(language);
    case ResponsibleColumn:
        return personOrRole(state.responsiblePersonId, task.responsibleRole);
    case PerformerColumn:
        return personOrRole(state.performerPersonId, task.performerRole);
    case ReleaseColumn:
        return item.release.isValid() ? formatDateShort(item.release, language) : QString();
    case DueColumn: {
        if (!item.due.isValid())
            return QString();
        const QString due = QStringLiteral("%1 (%2)").arg(formatDateShort(item.due, language), weekLabel(item.due));
        // A marker in words, so the column says it without colour or a tooltip.
        return m_info.at(index.row()).dueHoliday ? tr("%1 – holiday").arg(due) : due;
    }
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

void TaskTableModel::setEditable(bool editable)
{
    if (editable == m_editable)
        return;
    m_editable = editable;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1)); // the flags changed
}

Qt::ItemFlags TaskTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return result;
    switch (index.column()) {
    case StatusColumn:
    case ResponsibleColumn:
    case PerformerColumn:
        if (m_editable && m_sink && m_clock)
            result |= Qt::ItemIsEditable;
        break;
    default:
        break;
    }
    return result;
}

bool TaskTableModel::changeStates(const QList<Id> &taskIds, const QString &what,
                                  const std::function<void(TaskState &)> &change)
{
    if (!m_sink || !m_clock)
        return false;
    QList<TaskState> before;
    QList<TaskState> after;
    QList<Task> tasks;
    for (Id taskId : taskIds) {
        const PlannedTask *item = taskAt(rowOf(taskId));
        if (!item)
            continue;
        TaskState changed = item->state;
        changed.municipalityId = m_municipalityId;
        changed.taskId = taskId;
        change(changed);
        if (changed.status == item->state.status && changed.reason == item->state.reason
            && changed.responsiblePersonId == item->state.responsiblePersonId
            && changed.performerPersonId == item->state.performerPersonId && changed.note == item->state.note
            && changed.dueOverride == item->state.dueOverride && changed.klikMarkedOn == item->state.klikMarkedOn)
            continue;
        TaskState old = item->state;
        old.municipalityId = m_municipalityId;
        old.taskId = taskId;
        before.append(old);
        after.append(changed);
        tasks.append(item->task);
    }
    if (after.isEmpty())
        return false;
    return m_sink(new SetTaskStates(m_db, *m_clock, before, after, SetTaskStates::describe(tasks, what)));
}

bool TaskTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Id taskId = m_rows.at(index.row()).task.id;
    switch (index.column()) {
    case StatusColumn: {
        Status status;
        QString reason;
        if (value.typeId() == QMetaType::QVariantMap) {
            const QVariantMap map = value.toMap();
            status = Status(map.value(statusKey()).toInt());
            reason = map.value(reasonKey()).toString().trimmed();
        } else {
            bool ok = false;
            status = Status(value.toInt(&ok));
            if (!ok)
                return false;
        }
        if (!allStatuses().contains(status) || (statusNeedsReason(status) && reason.isEmpty()))
            return false;
        return changeStates({taskId}, tr("Set status"), [&](TaskState &state) {
            state.status = status;
            // A reason explains Waiting / Not relevant; it is cleared when the task leaves them.
            state.reason = statusNeedsReason(status) ? reason : QString();
        });
    }
    case ResponsibleColumn:
    case PerformerColumn: {
        bool ok = false;
        const Id personId = value.toLongLong(&ok);
        if (!ok || (personId != 0 && !m_personNames.contains(personId)))
            return false;
        const bool responsible = index.column() == ResponsibleColumn;
        return changeStates({taskId}, responsible ? tr("Set responsible") : tr("Set performer"), [&](TaskState &state) {
            (responsible ? state.responsiblePersonId : state.performerPersonId) = personId;
        });
    }
    default:
        return false;
    }
}

} // namespace parat
