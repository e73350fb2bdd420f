// The superuser page's weekly grid tells holiday weeks in words: the header says how many days are off (or
// which school holiday), its tooltip names the days, and a cell's tooltip gives the hours before and after;
// the school-holiday weeks are edited from the page with undo.
#include "Fixtures.h"
#include "GuiFixture.h"
#include "TestSupport.h"

#include "AppContext.h"
#include "SchoolHolidaysDialog.h"
#include "SuperuserPage.h"
#include "demo/DemoSuperusers.h"
#include "models/CapacityGridModel.h"
#include "storage/AllocationRepository.h"
#include "storage/CalendarRepository.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>

using namespace parat;

TEST_CASE("The superuser grid's week header names the holidays of the week", "[gui][superusers][calendar]")
{
    test::GuiFixture s;
    QString error;
    if (AllocationRepository(s.db).forMunicipality(s.demo.id).isEmpty())
        REQUIRE(addDemoAllocations(s.db, s.demo, s.clock.today(), &error));
    SuperuserPage page(*s.context);
    page.resize(1200, 800);
    page.show();

    // What the view shows: the header of the view's own model.
    QAbstractItemModel *grid = page.gridView()->model();
    const auto columnOf = [&](int week) {
        for (int c = 0; c < grid->columnCount(); ++c) {
            if (grid->headerData(c, Qt::Horizontal, CapacityGridModel::WeekKeyRole).toInt() == week)
                return c;
        }
        return -1;
    };
    const int christmas = columnOf(202652);
    REQUIRE(christmas >= 0);
    CHECK(grid->headerData(christmas, Qt::Horizontal).toString().contains(QStringLiteral("2 days off")));
    const QString tip = grid->headerData(christmas, Qt::Horizontal, Qt::ToolTipRole).toString();
    CHECK(tip.contains(QStringLiteral("Christmas Eve")));
    CHECK(tip.contains(QStringLiteral("Christmas Day")));
    CHECK(tip.contains(QStringLiteral("3 of 5 working days")));

    const int autumn = columnOf(202642);
    REQUIRE(autumn >= 0);
    CHECK(grid->headerData(autumn, Qt::Horizontal).toString().contains(QStringLiteral("autumn holiday")));
    CHECK(grid->headerData(autumn, Qt::Horizontal, Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("superusers with children are often away")));

    const int ordinary = columnOf(202650);
    REQUIRE(ordinary >= 0);
    CHECK_FALSE(grid->headerData(ordinary, Qt::Horizontal).toString().contains(QStringLiteral("off")));

    // A person with hours in the Christmas week: the cell says what was set aside and what is left.
    bool found = false;
    for (int r = 0; r < grid->rowCount() && !found; ++r) {
        const QModelIndex cell = grid->index(r, christmas);
        if (cell.data(CapacityGridModel::AllocatedRole).toDouble() <= 0.0)
            continue;
        found = true;
        CHECK(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("set aside, after 2 days off")));
    }
    CHECK(found);
}

TEST_CASE("School-holiday weeks are edited from the superuser page, marked in the grid and undone",
          "[gui][superusers][calendar]")
{
    test::GuiFixture s;
    SuperuserPage page(*s.context);
    page.resize(1200, 800);
    page.show();
    const auto headerOf = [&](int week) {
        QAbstractItemModel *grid = page.gridView()->model();
        for (int c = 0; c < grid->columnCount(); ++c) {
            if (grid->headerData(c, Qt::Horizontal, CapacityGridModel::WeekKeyRole).toInt() == week)
                return grid->headerData(c, Qt::Horizontal).toString();
        }
        return QString();
    };
    CHECK(headerOf(202707).contains(QStringLiteral("winter holiday")));

    // Summer before it starts: OK stays disabled and the dialog says why.
    test::whenModal([](SchoolHolidaysDialog *dialog) {
        dialog->summerFrom()->setValue(33);
        CHECK_FALSE(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog->summerFrom()->setValue(27);
        dialog->winterWeek()->setValue(8);
        REQUIRE(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog->accept();
    });
    const int before = s.context->undoStack()->count();
    page.editSchoolHolidays();
    CHECK(s.context->undoStack()->count() == before + 1);
    CHECK(CalendarRepository(s.db).schoolHolidays(s.demo.id).winterWeek == 8);
    CHECK(headerOf(202708).contains(QStringLiteral("winter holiday")));
    CHECK_FALSE(headerOf(202707).contains(QStringLiteral("winter holiday")));

    s.context->undoStack()->undo();
    CHECK(CalendarRepository(s.db).schoolHolidays(s.demo.id).winterWeek == 7);
    CHECK(headerOf(202707).contains(QStringLiteral("winter holiday")));
}
