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

ReasonDialog::ReasonDialog(Status status, int taskCount, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Reason for \"%1\"").arg(statusName(status)));
    auto *layout = new QVBoxLayout(this);
    const QString question = taskCount > 1
        ? tr("Why are the %n tasks set to \"%1\"? A reason is required.", "", taskCount).arg(statusName(status))
        : tr("Why is the task set to \"%1\"? A reason is required.").arg(statusName(status));
    auto *label = new QLabel(question, this);
    label->setWordWrap(true);
    auto *fieldLabel = new QLabel(tr("&Reason:"), this);
    m_reason = new QLineEdit(this);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setMinimumWidth(40 * fontMetrics().averageCharWidth());
    fieldLabel->setBuddy(m_reason);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(label);
    layout->addWidget(fieldLabel);
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);
    connect(m_reason, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ReasonDialog::reason() const
{
    return m_reason->text().trimmed();
}

QString ReasonDialog::ask(Status status, int taskCount, QWidget *parent)
{
    ReasonDialog dialog(status, taskCount, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.reason();
}

} // namespace parat
