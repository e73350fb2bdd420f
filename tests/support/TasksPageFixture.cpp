#include "TasksPageFixture.h"

#include "TasksPage.h"
#include "models/TaskFilterProxyModel.h"
#include "models/TaskTableModel.h"
#include "storage/TaskRepository.h"

#include <QTest>

namespace parat::test {

TasksPageFixture::TasksPageFixture()
{
    page = std::make_unique<TasksPage>(*context);
    page->resize(1500, 800);
    page->show();
    REQUIRE(QTest::qWaitForWindowExposed(page.get()));
}

TasksPageFixture::~TasksPageFixture()
{
    page.reset();
}

TaskState TasksPageFixture::stored(Id taskId) const
{
    return TaskRepository(const_cast<Database &>(db)).plannedTask(demo.id, taskId)->state;
}

Id TasksPageFixture::idAt(int row) const
{
    return page->proxy()->index(row, 0).data(TaskTableModel::TaskIdRole).toLongLong();
}

} // namespace parat::test
