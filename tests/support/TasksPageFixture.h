#pragma once

#include "GuiFixture.h"

#include "domain/Types.h"

#include <memory>

namespace parat {
class TasksPage;
} // namespace parat

namespace parat::test {

// What the task list tests start from: the demo with an AppContext (GuiFixture, texts in English), dialogs answered
// by script, and the task list page shown at 1500 × 800 and waited for until exposed. The page goes before the
// dialog script stops.
struct TasksPageFixture : GuiFixture
{
    TasksPageFixture();
    ~TasksPageFixture();

    // The demo task's state as stored.
    TaskState stored(Id taskId) const;
    // The id of the task on a row of the (filtered, sorted) list.
    Id idAt(int row) const;

    ScriptedDialogs script;
    std::unique_ptr<TasksPage> page;
};

} // namespace parat::test
