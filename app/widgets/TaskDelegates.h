#pragma once

#include "domain/Types.h"

#include <QStyledItemDelegate>

#include <functional>

namespace parat {

class TaskTableModel;

// In-place editors of the task list: a combo box of statuses on the status column and a combo box of the
// municipality's people (plus "nobody") on the responsible and performer columns. A status that needs a
// reason is not written by the delegate: it hands the task and the status to the reason request (the page
// asks for the reason after the editor has closed and then runs the command).
class TaskItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using ReasonRequest = std::function<void(Id taskId, Status status)>;

    TaskItemDelegate(TaskTableModel *tasks, QObject *parent = nullptr);
    void setReasonRequest(ReasonRequest request) { m_reasonRequest = std::move(request); }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    TaskTableModel *m_tasks = nullptr;
    ReasonRequest m_reasonRequest;
};

} // namespace parat
