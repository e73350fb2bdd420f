// The superuser page: people with superuser details, allocation editing through the dialog, the suggested plan,
// bulk assignment of performers, the grid and warnings reloading at once; undo back and forth; screenshots.
#include "Fixtures.h"
#include "GuiFixture.h"
#include "TestSupport.h"

#include "AllocationDialog.h"
#include "AppContext.h"
#include "AssignPerformersDialog.h"
#include "CapacityChartWidget.h"
#include "Dialogs.h"
#include "SuperuserDialog.h"
#include "SuperuserPage.h"
#include "demo/DemoSuperusers.h"
#include "domain/Calendar.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "models/CapacityGridModel.h"
#include "storage/AllocationRepository.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/TaskRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace parat;

namespace {

struct Setup : test::GuiFixture
{
    explicit Setup(const QString &language = QStringLiteral("en"))
        : GuiFixture(language)
    {
        QString error;
        if (AllocationRepository(db).forMunicipality(demo.id).isEmpty())
            REQUIRE(addDemoAllocations(db, demo, clock.today(), &error));
    }
};

template<typename T> T *child(QWidget *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

QString allocationsText(Database &db, Id personId)
{
    QStringList lines;
    for (const Allocation &a : AllocationRepository(db).forPerson(personId))
        lines.append(QStringLiteral("%1-%2:%3").arg(a.fromWeek).arg(a.toWeek).arg(a.hoursPerWeek));
    return lines.join(QLatin1Char(','));
}

} // namespace

TEST_CASE("The superuser page edits hours and details with undo and the grid follows", "[gui][superusers]")
{
    Setup s;
    Dialogs::startScript();
    SuperuserPage page(*s.context);
    page.resize(1200, 800);
    page.show();
    QAbstractItemModelTester tester(page.gridModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    const Id nadia = s.personNamed(QStringLiteral("Nadia Hansen"));
    page.selectPerson(nadia);
    REQUIRE(page.currentPersonId() == nadia);
    const QString original = allocationsText(s.db, nadia);
    CHECK(page.allocationView()->model()->rowCount() == int(AllocationRepository(s.db).forPerson(nadia).size()));
    CHECK(page.warningList()->count() > 0);

    // Remove all of Nadia's hours, then add a period in a free stretch through the dialog.
    while (page.allocationView()->model()->rowCount() > 0) {
        page.allocationView()->selectRow(0);
        page.removeAllocation();
    }
    CHECK(AllocationRepository(s.db).forPerson(nadia).isEmpty());
    const int removals = s.context->undoStack()->count();

    const QDate from = mondayOfWeekKey(addWeeksToKey(weekKey(s.demo.goLive), -2));
    test::whenModal([from](AllocationDialog *dialog) {
        child<QDateEdit>(dialog, "fromEdit")->setDate(from);
        child<QDateEdit>(dialog, "toEdit")->setDate(from.addDays(14));
        child<QDoubleSpinBox>(dialog, "hoursSpin")->setValue(12.5);
        child<QComboBox>(dialog, "approvedByCombo")->setEditText(QStringLiteral("Hanne Lund"));
        dialog->accept();
    });
    page.addAllocation();
    const QList<Allocation> added = AllocationRepository(s.db).forPerson(nadia);
    REQUIRE(added.size() == 1);
    CHECK(added.first().hoursPerWeek == 12.5);
    CHECK(added.first().fromWeek == weekKey(from));
    CHECK(added.first().toWeek == weekKey(from.addDays(14)));
    CHECK(added.first().approvedById == s.personNamed(QStringLiteral("Hanne Lund")));
    CHECK(page.currentAllocationId() == added.first().id);
    // The grid shows it at once.
    const CapacityGridModel *grid = page.gridModel();
    const int row = grid->plan().rowOf(nadia);
    const int column = grid->plan().weekIndex(weekKey(from));
    CHECK(grid->index(row, column).data(CapacityGridModel::AllocatedRole).toDouble() == 12.5);

    // An overlapping period is refused inside the dialog, which stays open until cancelled.
    bool refused = false;
    test::whenModal([from, &refused](AllocationDialog *dialog) {
        child<QDateEdit>(dialog, "fromEdit")->setDate(from.addDays(7));
        child<QDateEdit>(dialog, "toEdit")->setDate(from.addDays(28));
        dialog->accept();
        auto *message = child<QLabel>(dialog, "allocationMessage");
        refused = dialog->isVisible() && message->text().contains(QStringLiteral("overlaps"));
        dialog->reject();
    });
    page.addAllocation();
    CHECK(refused);
    CHECK(AllocationRepository(s.db).forPerson(nadia).size() == 1);

    // Edit the period's hours.
    test::whenModal([](AllocationDialog *dialog) {
        child<QDoubleSpinBox>(dialog, "hoursSpin")->setValue(20.0);
        dialog->accept();
    });
    page.editAllocation();
    CHECK(AllocationRepository(s.db).forPerson(nadia).first().hoursPerWeek == 20.0);

    // Superuser details through the extended person dialog.
    test::whenModal([](SuperuserDialog *dialog) {
        child<QLineEdit>(dialog, "teamEdit")->setText(QStringLiteral("Efterværn og unge"));
        child<QSpinBox>(dialog, "caseworkersSpin")->setValue(18);
        child<QDateEdit>(dialog, "trainedEdit")->setDate(QDate(2026, 11, 20));
        dialog->accept();
    });
    page.editDetails();
    SuperuserDetails details = PersonRepository(s.db).superuserDetails(nadia);
    CHECK(details.team == QStringLiteral("Efterværn og unge"));
    CHECK(details.caseworkersCovered == 18);
    CHECK(details.trainedOn == QDate(2026, 11, 20));
    CHECK(page.currentPersonId() == nadia);

    // Suggested plan for Nadia only (asks first).
    Dialogs::script().confirmations = {true};
    page.applySuggestedPlan();
    // 7 periods: the demo goes live on 1 January 2027 (week 53 2026), and the peak steps around the Christmas
    // weeks 52 and 53 (weeks 45-51 and 1-2 2027); the winter holiday falls in the 3.5 h weeks after go-live.
    CHECK(AllocationRepository(s.db).forPerson(nadia).size() == 7);

    // Bulk: all open SU tasks of Go-live (P23) to Nadia — one undo step.
    test::whenModal([nadia](AssignPerformersDialog *dialog) {
        dialog->setPhase(int(Phase::P23));
        dialog->setRole(QStringLiteral("SU"));
        dialog->setPersonChecked(nadia, true);
        REQUIRE_FALSE(dialog->taskIds().isEmpty());
        dialog->accept();
    });
    const int before = s.context->undoStack()->count();
    page.assignPerformers();
    CHECK(s.context->undoStack()->count() == before + 1);
    int assigned = 0;
    for (const PlannedTask &t : TaskRepository(s.db).plannedTasks(s.demo.id))
        assigned += t.task.phase == Phase::P23 && t.state.performerPersonId == nadia ? 1 : 0;
    CHECK(assigned > 0);
    bool hasDemand = false;
    for (const CapacityCell &c : page.gridModel()->plan().rows.at(page.gridModel()->plan().rowOf(nadia)).cells)
        hasDemand = hasDemand || !c.demand.isEmpty();
    CHECK(hasDemand);

    // Undo everything back to the start, then redo.
    QUndoStack *stack = s.context->undoStack();
    while (stack->canUndo())
        stack->undo();
    CHECK(allocationsText(s.db, nadia) == original);
    CHECK(PersonRepository(s.db).superuserDetails(nadia).caseworkersCovered != 18);
    while (stack->canRedo())
        stack->redo();
    CHECK(AllocationRepository(s.db).forPerson(nadia).size() == 7);
    CHECK(PersonRepository(s.db).superuserDetails(nadia).caseworkersCovered == 18);
    CHECK(removals > 0);
    // Only the suggested plan's question was shown; no error.
    REQUIRE(Dialogs::script().shown.size() == 1);
    CHECK(Dialogs::script().shown.first().contains(QStringLiteral("suggested hours")));
    Dialogs::stopScript();
}

TEST_CASE("Screenshots of the superuser grid in Danish and English", "[gui][superusers][screenshot]")
{
    for (const QString &language : {QStringLiteral("da"), QStringLiteral("en")}) {
        Setup s(language);
        SuperuserPage page(*s.context);
        page.resize(1400, 900);
        page.show();
        QApplication::processEvents();
        CHECK(page.gridModel()->rowCount() > 10);
        const QString dir = qEnvironmentVariable("PARAT_SHOTS_DIR");
        if (dir.isEmpty())
            continue;
        QDir().mkpath(dir);
        CHECK(page.grab().save(QDir(dir).filePath(QStringLiteral("superusers-grid-%1.png").arg(language))));
        page.tabs()->setCurrentIndex(1);
        QApplication::processEvents();
        CHECK(page.grab().save(QDir(dir).filePath(QStringLiteral("superusers-chart-%1.png").arg(language))));
        page.tabs()->setCurrentIndex(2);
        QApplication::processEvents();
        CHECK(page.grab().save(QDir(dir).filePath(QStringLiteral("superusers-warnings-%1.png").arg(language))));
    }
    installTranslations(QStringLiteral("en"));
}

TEST_CASE("The weekly grid opens on this week, its headers fit and a legend explains the cells", "[gui][superusers]")
{
    for (const QString &language : {QStringLiteral("da"), QStringLiteral("en")}) {
        INFO(language.toStdString());
        Setup s(language);
        // Built and loaded while hidden, as the window builds its pages; shown later at the smallest size.
        SuperuserPage page(*s.context);
        page.resize(1024, 700);
        page.show();
        QApplication::processEvents();

        QTableView *grid = page.gridView();
        CapacityGridModel *model = page.gridModel();
        const int now = model->currentWeekColumn();
        REQUIRE(now > 5); // the demo's plan starts months before today
        const QRect viewport = grid->viewport()->rect();
        const QRect nowRect = grid->visualRect(model->index(0, now));
        CHECK(viewport.contains(nowRect.center()));

        // Every week's header is readable: no header line wider than its column (the go-live week included).
        QHeaderView *header = grid->horizontalHeader();
        const int goLive = model->plan().weekIndex(weekKey(s.demo.goLive));
        REQUIRE(goLive >= 0);
        CHECK(model->headerData(goLive, Qt::Horizontal)
                  .toString()
                  .contains(language == QLatin1String("da") ? QStringLiteral("idriftsættelse")
                                                            : QStringLiteral("go-live")));
        QFont bold = header->font();
        bold.setBold(true);
        const QFontMetrics metrics(bold);
        for (int column = 0; column < model->columnCount(); ++column) {
            const QStringList lines = model->headerData(column, Qt::Horizontal).toString().split(QLatin1Char('\n'));
            for (const QString &line : lines) {
                INFO(line.toStdString());
                CHECK(metrics.horizontalAdvance(line) <= header->sectionSize(column));
            }
        }

        // The legend names each symbol the cells use.
        QLabel *legend = page.gridLegend();
        CHECK(legend->isVisible());
        for (const auto load :
             {CapacityGridModel::Load::Free, CapacityGridModel::Load::Tight, CapacityGridModel::Load::Over})
            CHECK(legend->text().contains(CapacityGridModel::loadSymbol(load)));
    }
}
