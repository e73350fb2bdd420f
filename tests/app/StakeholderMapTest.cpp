// The stakeholder page: the map follows the mouse and the keyboard, each move one undo step; filters narrow
// map and table together; export writes a PNG.
#include "Fixtures.h"
#include "GuiFixture.h"
#include "TestSupport.h"

#include "AppContext.h"
#include "Dialogs.h"
#include "StakeholderDialog.h"
#include "StakeholderMapWidget.h"
#include "StakeholderPage.h"
#include "demo/DemoStakeholders.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "models/StakeholderTableModel.h"
#include "storage/Database.h"
#include "storage/StakeholderRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QMouseEvent>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace parat;

namespace parat { }

namespace {

struct Fixture
{
    test::TempDir dir;
    Database db;
    FixedClock clock {QDate(2026, 11, 27)};
    Municipality demo;
    std::unique_ptr<AppContext> context;

    explicit Fixture(const QString &language = QStringLiteral("en"))
    {
        installTranslations(language);
        QString error;
        REQUIRE(db.open(dir.file(QStringLiteral("p.sqlite")), &error));
        demo = test::buildDemo(db, clock);
        test::clearStakeholders(db);
        if (StakeholderRepository(db).forMunicipality(demo.id).isEmpty())
            REQUIRE(addDemoStakeholders(db, demo, clock.today(), &error));
        context = std::make_unique<AppContext>(db, clock);
        context->setCurrentMunicipalityId(demo.id);
    }

    Stakeholder byName(const QString &name) const
    {
        for (const Stakeholder &s : StakeholderRepository(const_cast<Database &>(db)).forMunicipality(demo.id)) {
            if (s.name == name)
                return s;
        }
        FAIL("no stakeholder " << name.toStdString());
        return {};
    }

    ~Fixture() { test::expectModalsAnswered(); }
};

void moveMouse(QWidget *widget, const QPointF &to)
{
    QMouseEvent move(QEvent::MouseMove, to, widget->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &move);
}

} // namespace

TEST_CASE("Dragging a marker moves the stakeholder in one undo step", "[gui][stakeholder]")
{
    Fixture f;
    Dialogs::startScript();
    StakeholderPage page(*f.context);
    test::showExposed(page, {1200, 900});
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    StakeholderMapWidget *map = page.map();

    const Stakeholder before = f.byName(QStringLiteral("Netcompany"));
    CHECK(before.influence == 2);
    CHECK(before.affectedness == 0);
    const QRectF marker = map->markerRect(before.id);
    REQUIRE_FALSE(marker.isEmpty());

    const QPoint start = marker.center().toPoint();
    const QPointF target = map->cellCenter(3, 2);
    QTest::mousePress(map, Qt::LeftButton, Qt::NoModifier, start);
    CHECK(map->selectedId() == before.id);
    CHECK(page.currentStakeholderId() == before.id); // the table follows the map
    for (int step = 1; step <= 5; ++step)
        moveMouse(map, QPointF(start) + (target - QPointF(start)) * step / 5.0);
    // Nothing is written while dragging.
    CHECK(f.byName(QStringLiteral("Netcompany")).influence == 2);
    QTest::mouseRelease(map, Qt::LeftButton, Qt::NoModifier, target.toPoint());

    Stakeholder after = f.byName(QStringLiteral("Netcompany"));
    CHECK(after.influence == 3);
    CHECK(after.affectedness == 2);
    CHECK(f.context->undoStack()->count() == 1);
    CHECK(f.context->undoStack()->undoText().contains(QStringLiteral("Netcompany")));
    CHECK(map->selectedId() == before.id); // kept across the reload
    CHECK(map->markerRect(before.id).intersects(QRectF(target, QSizeF(1, 1)).adjusted(-200, -200, 200, 200)));

    f.context->undoStack()->undo();
    after = f.byName(QStringLiteral("Netcompany"));
    CHECK(after.influence == 2);
    CHECK(after.affectedness == 0);
    f.context->undoStack()->redo();
    CHECK(f.byName(QStringLiteral("Netcompany")).influence == 3);
    f.context->undoStack()->undo();
    CHECK(f.byName(QStringLiteral("Netcompany")).influence == 2);

    // A click without dragging selects and writes nothing.
    QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, map->markerRect(before.id).center().toPoint());
    CHECK(f.context->undoStack()->index() == 0);
    Dialogs::stopScript();
}

TEST_CASE("The map is driven from the keyboard - Tab selects and arrows move", "[gui][stakeholder]")
{
    Fixture f;
    Dialogs::startScript();
    StakeholderPage page(*f.context);
    test::showExposed(page, {900, 700});
    page.activateWindow();
    StakeholderMapWidget *map = page.map();
    map->setFocus();
    REQUIRE(map->hasFocus());

    QTest::keyClick(map, Qt::Key_Tab);
    const Id first = map->selectedId();
    REQUIRE(first != 0);
    CHECK(page.currentStakeholderId() == first);
    QTest::keyClick(map, Qt::Key_Tab);
    const Id second = map->selectedId();
    CHECK(second != first);
    CHECK(map->hasFocus());
    QTest::keyClick(map, Qt::Key_Backtab);
    CHECK(map->selectedId() == first);

    const Stakeholder before = *StakeholderRepository(f.db).byId(first);
    const int upSteps = before.influence < 3 ? 1 : -1;
    QTest::keyClick(map, upSteps > 0 ? Qt::Key_Up : Qt::Key_Down);
    Stakeholder after = *StakeholderRepository(f.db).byId(first);
    CHECK(after.influence == before.influence + upSteps);
    CHECK(after.affectedness == before.affectedness);
    const int rightSteps = before.affectedness < 3 ? 1 : -1;
    QTest::keyClick(map, rightSteps > 0 ? Qt::Key_Right : Qt::Key_Left);
    after = *StakeholderRepository(f.db).byId(first);
    CHECK(after.affectedness == before.affectedness + rightSteps);
    CHECK(map->selectedId() == first);
    // Each arrow press is one undo step.
    CHECK(f.context->undoStack()->count() == 2);
    CHECK(f.context->undoStack()->undoText().contains(before.name));
    f.context->undoStack()->undo();
    CHECK(StakeholderRepository(f.db).byId(first)->affectedness == before.affectedness);
    CHECK(StakeholderRepository(f.db).byId(first)->influence == before.influence + upSteps);
    f.context->undoStack()->undo();
    after = *StakeholderRepository(f.db).byId(first);
    CHECK(after.influence == before.influence);
    CHECK(after.affectedness == before.affectedness);

    // At the edge of the scale nothing moves and nothing is pushed.
    Stakeholder top = after;
    while (top.influence < 3) {
        QTest::keyClick(map, Qt::Key_Up);
        top = *StakeholderRepository(f.db).byId(first);
    }
    const int count = f.context->undoStack()->count();
    const int index = f.context->undoStack()->index();
    QTest::keyClick(map, Qt::Key_Up);
    CHECK(f.context->undoStack()->count() == count);
    CHECK(f.context->undoStack()->index() == index);
    Dialogs::stopScript();
}

TEST_CASE("Stakeholder filters narrow map and table and export writes a PNG", "[gui][stakeholder]")
{
    Fixture f;
    Dialogs::startScript();
    StakeholderPage page(*f.context);
    test::showExposed(page, {1000, 800});
    const int all = page.proxy()->rowCount();
    CHECK(page.map()->stakeholders().size() == all);

    page.internalFilter()->setCurrentIndex(2); // external only
    CHECK(page.proxy()->rowCount() < all);
    CHECK(page.map()->stakeholders().size() == page.proxy()->rowCount());
    for (const Stakeholder &s : page.map()->stakeholders())
        CHECK_FALSE(s.internal);
    page.internalFilter()->setCurrentIndex(0);
    page.gapFilter()->setChecked(true);
    for (const Stakeholder &s : page.map()->stakeholders())
        CHECK(engagementGap(s) > 0);
    page.gapFilter()->setChecked(false);
    CHECK(page.proxy()->rowCount() == all);

    const QString png = f.dir.file(QStringLiteral("map.png"));
    Dialogs::script().fileNames = {png};
    page.exportMap();
    QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() >= 1200);

    // Editing through the dialog is one undoable step.
    const Stakeholder kombit = f.byName(QStringLiteral("KOMBIT"));
    page.selectStakeholder(kombit.id);
    test::whenModal([](StakeholderDialog *dialog) {
        dialog->engagementNowCombo()->setCurrentIndex(int(Engagement::Resistant));
        dialog->accept();
    });
    page.editStakeholder();
    CHECK(f.byName(QStringLiteral("KOMBIT")).engagementNow == Engagement::Resistant);
    f.context->undoStack()->undo();
    CHECK(f.byName(QStringLiteral("KOMBIT")).engagementNow == kombit.engagementNow);

    // Removing asks first, then is undoable.
    Dialogs::script().confirmations = {true};
    page.selectStakeholder(kombit.id);
    page.removeStakeholder();
    CHECK_FALSE(StakeholderRepository(f.db).byId(kombit.id).has_value());
    f.context->undoStack()->undo();
    CHECK(StakeholderRepository(f.db).byId(kombit.id).has_value());
    Dialogs::stopScript();
}

// Not part of the suite: run `parat_app_tests "[.shots]"` to save screenshots of the map and the plan.
TEST_CASE("Screenshots of the stakeholder map", "[.shots]")
{
    const QString dir = qEnvironmentVariable("PARAT_SHOTS_DIR", QStringLiteral("/tmp/shots-stakeholders"));
    QDir().mkpath(dir);
    for (const QString &language : {QStringLiteral("da"), QStringLiteral("en")}) {
        Fixture f(language);
        StakeholderPage page(*f.context);
        test::showExposed(page, {1280, 860});
        page.selectStakeholder(f.byName(QStringLiteral("Afdelingsleder, Handicap og familie")).id);
        QApplication::processEvents();
        CHECK(page.grab().save(dir + QStringLiteral("/stakeholder-map-%1.png").arg(language)));
    }
}
