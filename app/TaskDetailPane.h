#pragma once

#include "domain/Types.h"

#include <QWidget>

namespace parat {

class AppContext;

// The detail pane beside the task list: one task's status (with the reason the rules require), responsible
// and performer, due-date override, note, date marked in KLIK, and its history. Every change is an undo
// command pushed through the AppContext. Reloads itself when the database changes.
class TaskDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit TaskDetailPane(AppContext &context, QWidget *parent = nullptr);
    ~TaskDetailPane() override;

    // Shows a task of the current municipality; 0 clears the pane.
    void setTask(Id taskId);
    Id taskId() const;

signals:
    // The user asked to edit or delete the shown local task (handled by the pane itself), or to create a
    // new local task.
    void localTaskCreated(parat::Id taskId);

private:
    struct Private;
    Private *d;
};

} // namespace parat
