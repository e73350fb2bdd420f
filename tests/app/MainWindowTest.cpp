// The window a user opens first: on the demo database it shows the demo municipality's tasks.
#include "Fixtures.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "demo/DemoBuilder.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "handbook/HandbookImport.h"
#include "handbook/HandbookReader.h"
#include "models/TaskTableModel.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace parat;


TEST_CASE("The main window shows the demo municipality's tasks with the traffic light", "[gui]")
{
    installTranslations(QStringLiteral("en"));
    test::TempDir dir;
    Database db;
    QString error;
    REQUIRE(db.open(dir.file(QStringLiteral("p.sqlite")), &error));
    FixedClock clock(QDate(2026, 11, 27));
    test::buildDemo(db, clock);

    MainWindow window(db, clock);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    QAbstractItemModelTester tester(window.taskModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(window.taskModel()->rowCount() == 91);
    CHECK(window.findChild<QComboBox *>()->currentText() == QStringLiteral("0630 Vejle"));

    // Some tasks are overdue in the demo, and the summary names go-live and the light's reasons.
    int overdue = 0;
    for (int row = 0; row < window.taskModel()->rowCount(); ++row)
        overdue += window.taskModel()->index(row, 0).data(TaskTableModel::OverdueRole).toBool() ? 1 : 0;
    CHECK(overdue >= 2);
    const QList<QLabel *> labels = window.findChildren<QLabel *>();
    bool summaryFound = false;
    for (const QLabel *label : labels)
        summaryFound = summaryFound || label->text().contains(QStringLiteral("go-live"));
    CHECK(summaryFound);

    // Ctrl+F jumps to the filter; typing narrows the list.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    auto *filter = window.findChild<QLineEdit *>();
    REQUIRE(filter);
    CHECK(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("P1-04"));
    CHECK(window.taskProxy()->rowCount() == 1);
}
