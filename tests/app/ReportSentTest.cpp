// Drafts never move the "since the last report" baseline: saving, printing and batches record nothing; only
// "Mark as sent to the steering group" does, as one undo step, and the report says which report it compares with.
#include "Fixtures.h"
#include "TestSupport.h"

#include "AppContext.h"
#include "Dialogs.h"
#include "ReportPage.h"

#include "domain/Clock.h"
#include "domain/Language.h"
#include "report/ReportDocument.h"
#include "storage/Database.h"
#include "storage/ReportRepository.h"
#include "storage/TaskRepository.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace parat;

namespace {

const QDate kToday(2026, 11, 27);

QString comparedWith(const StatusReportData &data)
{
    for (const ReportBlock &block : statusReportContent(data).blocks) {
        for (const auto &fact : block.facts) {
            if (fact.first == QStringLiteral("Compared with"))
                return fact.second;
        }
    }
    return QString();
}

} // namespace

TEST_CASE_METHOD(test::EnglishDemo, "Saving drafts keeps the baseline and Mark as sent moves it as one undo step",
                 "[gui][report]")
{
    clock.set(QDateTime(kToday, QTime(15, 0), Qt::UTC));
    AppContext context(db, clock);
    context.setCurrentMunicipalityId(demo.id);
    ReportPage page(context);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));

    // A change today, then two PDF saves the same day: the second still lists the change.
    PlannedTask task;
    for (const PlannedTask &t : TaskRepository(db).plannedTasks(demo.id)) {
        if (t.state.status == Status::NotStarted) {
            task = t;
            break;
        }
    }
    REQUIRE(task.task.id != 0);
    TaskState state = task.state;
    state.municipalityId = demo.id;
    state.taskId = task.task.id;
    state.status = Status::InProgress;
    REQUIRE(TaskRepository(db).setState(state, clock.now(), &error));
    clock.set(clock.now().addSecs(60));
    page.reload();
    const auto listsChange = [&] {
        for (const ReportChange &change : page.data().changes) {
            if (change.taskKey == task.task.key && change.field == QStringLiteral("status"))
                return true;
        }
        return false;
    };
    REQUIRE(listsChange());

    Dialogs::startScript();
    Dialogs::script().fileNames = {dir.file(QStringLiteral("one.pdf")), dir.file(QStringLiteral("two.pdf")),
                                   dir.file(QStringLiteral("three.html"))};
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("savePdfButton")), Qt::LeftButton);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("savePdfButton")), Qt::LeftButton);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("exportHtmlButton")), Qt::LeftButton);
    CHECK(Dialogs::script().shown.isEmpty());
    Dialogs::stopScript();
    CHECK(QFileInfo::exists(dir.file(QStringLiteral("two.pdf"))));
    page.reload();
    CHECK(ReportRepository(db).snapshots(demo.id).isEmpty());
    CHECK_FALSE(page.data().previous);
    CHECK(listsChange());
    CHECK(comparedWith(page.data()) == QStringLiteral("no report sent yet (changes of the last 2 weeks)"));
    auto *lastSent = page.findChild<QLabel *>(QStringLiteral("lastSentLabel"));
    REQUIRE(lastSent);
    CHECK(lastSent->text() == QStringLiteral("No report sent yet"));

    // Mark as sent: recorded, and the report now compares with it.
    auto *markSent = page.findChild<QPushButton *>(QStringLiteral("markSentButton"));
    REQUIRE(markSent);
    CHECK(markSent->isEnabled());
    QTest::mouseClick(markSent, Qt::LeftButton);
    const QList<ReportSnapshot> sent = ReportRepository(db).snapshots(demo.id);
    REQUIRE(sent.size() == 1);
    CHECK(sent.first().format == QStringLiteral("sent"));
    CHECK(context.undoStack()->count() == 1);
    clock.set(clock.now().addSecs(60));
    page.reload();
    REQUIRE(page.data().previous);
    CHECK(page.data().previous->id == sent.first().id);
    CHECK_FALSE(listsChange());
    CHECK(comparedWith(page.data()) == QStringLiteral("the report sent on 27 Nov 2026"));
    CHECK(lastSent->text() == QStringLiteral("Last report sent: 27 Nov 2026"));

    // Undo takes exactly that record away; redo puts it back.
    context.undoStack()->undo();
    CHECK(ReportRepository(db).snapshots(demo.id).isEmpty());
    page.reload();
    CHECK(listsChange());
    context.undoStack()->redo();
    REQUIRE(ReportRepository(db).snapshots(demo.id).size() == 1);
    CHECK(ReportRepository(db).snapshots(demo.id).first().id == sent.first().id);
}
