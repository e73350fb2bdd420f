#include "TaskDelegates.h"

#include "models/TaskTableModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace parat {

TaskItemDelegate::TaskItemDelegate(TaskTableModel *tasks, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_tasks(tasks)
{ }

QWidget *TaskItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    switch (index.column()) {
    case TaskTableModel::StatusColumn: {
        auto *combo = new QComboBox(parent);
        combo->setAccessibleName(tr("Status"));
        for (Status status : allStatuses()) {
            const QString text
                = statusNeedsReason(status) ? tr("%1 (with reason)…").arg(statusName(status)) : statusName(status);
            combo->addItem(text, int(status));
        }
        return combo;
    }
    case TaskTableModel::ResponsibleColumn:
    case TaskTableModel::PerformerColumn: {
        auto *combo = new QComboBox(parent);
        combo->setAccessibleName(index.column() == TaskTableModel::ResponsibleColumn ? tr("Responsible")
                                                                                     : tr("Performer"));
        combo->addItem(tr("(nobody)"), Id(0));
        for (const Person &person : m_tasks->people())
            combo->addItem(person.name, person.id);
        return combo;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void TaskItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const QVariant value = index.data(Qt::EditRole);
    int found = -1;
    if (index.column() == TaskTableModel::StatusColumn)
        found = combo->findData(value.toInt());
    else
        found = combo->findData(value.toLongLong());
    combo->setCurrentIndex(qMax(0, found));
}

void TaskItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    if (index.column() == TaskTableModel::StatusColumn) {
        const auto status = Status(combo->currentData().toInt());
        if (status == Status(index.data(Qt::EditRole).toInt()))
            return; // unchanged: no undo step
        if (statusNeedsReason(status)) {
            // Asking now would open a dialog while the editor is being closed; the page asks afterwards.
            if (m_reasonRequest)
                m_reasonRequest(index.data(TaskTableModel::TaskIdRole).toLongLong(), status);
            return;
        }
        model->setData(index, int(status), Qt::EditRole);
        return;
    }
    const Id personId = combo->currentData().toLongLong();
    if (personId != index.data(Qt::EditRole).toLongLong())
        model->setData(index, personId, Qt::EditRole);
}

} // namespace parat
