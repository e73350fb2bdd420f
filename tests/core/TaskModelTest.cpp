// The task list's models: TaskTableModel (rows, stable reloads, edits through commands) and
// TaskFilterProxyModel (combined filters, sorting) on the demo municipality.
#include "Fixtures.h"
#include "TestSupport.h"

#include "commands/Command.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "handbook/HandbookReader.h"
#include "models/TaskFilterProxyModel.h"
#include "models/TaskTableModel.h"
#include "planning/Readiness.h"
#include "services/HandbookImport.h"
#include "storage/Database.h"
#include "storage/TaskRepository.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFont>
#include <QIcon>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QUndoStack>

#include <functional>

using namespace parat;

namespace {

struct Demo
{
    test::TempDir dir;
    Database db;
    FixedClock clock {QDate(2026, 11, 27)};
    Municipality municipality;
    QUndoStack undo;

    Demo()
    {
        installTranslations(QStringLiteral("en"));
        QString error;
        REQUIRE(db.open(dir.file(QStringLiteral("p.sqlite")), &error));
        municipality = test::buildDemo(db, clock);
    }
    QList<PlannedTask> planned(bool withdrawn = false)
    {
        return TaskRepository(db).plannedTasks(municipality.id, withdrawn);
    }
    int count(const std::function<bool(const PlannedTask &)> &accept)
    {
        int n = 0;
        for (const PlannedTask &item : planned())
            n += accept(item) ? 1 : 0;
        return n;
    }
    // An editable model whose commands run on `undo`.
    void makeEditable(TaskTableModel &model)
    {
        model.setClock(&clock);
        model.setCommandSink([this](Command *command) {
            undo.push(command);
            return true;
        });
        QObject::connect(&db, &Database::changed, &model, &TaskTableModel::reload);
    }
};

bool mentions(const PlannedTask &item, const QString &needle)
{
    return item.task.key.contains(needle, Qt::CaseInsensitive)
        || item.task.titleDa.contains(needle, Qt::CaseInsensitive)
        || item.task.titleEn.contains(needle, Qt::CaseInsensitive)
        || item.task.descriptionDa.contains(needle, Qt::CaseInsensitive);
}

// The demo's tasks in the task model, behind the filter proxy (under the model tester) as of the demo's today: for
// TEST_CASE_METHOD.
struct FilteredDemo
{
    FilteredDemo()
    {
        proxy.setSourceModel(&model);
        proxy.setAsOf(asOf);
        model.load(demo.municipality.id, asOf);
    }

    Demo demo;
    TaskTableModel model {demo.db};
    TaskFilterProxyModel proxy;
    QAbstractItemModelTester tester {&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal};
    const QDate asOf = demo.clock.today();
};

} // namespace

TEST_CASE("TaskTableModel passes the model tester and marks overdue rows without colour", "[models]")
{
    Demo demo;
    TaskTableModel model(demo.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.load(demo.municipality.id, demo.clock.today());
    REQUIRE(model.rowCount() == 91);

    int overdue = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex status = model.index(row, TaskTableModel::StatusColumn);
        if (!status.data(TaskTableModel::OverdueRole).toBool()) {
            CHECK(status.data(Qt::DecorationRole).isNull());
            continue;
        }
        ++overdue;
        CHECK(status.data().toString().endsWith(QStringLiteral("– overdue")));
        CHECK(status.data(Qt::FontRole).value<QFont>().bold());
        CHECK(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
        CHECK(status.data(Qt::BackgroundRole).isNull()); // no hard-coded colours
    }
    CHECK(overdue >= 2);

    // The search text is case-folded and holds the people's names.
    const QModelIndex first = model.index(0, 0);
    const QString search = first.data(TaskTableModel::SearchTextRole).toString();
    CHECK(search == search.toCaseFolded());
    const Id performer = first.data(TaskTableModel::PerformerIdRole).toLongLong();
    REQUIRE(performer != 0);
    CHECK(search.contains(model.personName(performer).toCaseFolded()));

    // Only status, responsible and performer are editable, and only with a command sink.
    CHECK(!(model.flags(model.index(0, TaskTableModel::StatusColumn)) & Qt::ItemIsEditable));
    demo.makeEditable(model);
    CHECK(model.flags(model.index(0, TaskTableModel::StatusColumn)) & Qt::ItemIsEditable);
    CHECK(model.flags(model.index(0, TaskTableModel::PerformerColumn)) & Qt::ItemIsEditable);
    CHECK(model.flags(model.index(0, TaskTableModel::ResponsibleColumn)) & Qt::ItemIsEditable);
    CHECK(!(model.flags(model.index(0, TaskTableModel::TitleColumn)) & Qt::ItemIsEditable));
    CHECK(!(model.flags(model.index(0, TaskTableModel::DueColumn)) & Qt::ItemIsEditable));
}

TEST_CASE_METHOD(FilteredDemo, "Each task filter alone matches the rule on the demo", "[models]")
{
    REQUIRE(proxy.rowCount() == 91);
    CHECK(!proxy.isFiltering());

    SECTION("free text: key, case-insensitive")
    {
        proxy.setSearchText(QStringLiteral("p1-04"));
        CHECK(proxy.rowCount() == 1);
        CHECK(proxy.index(0, TaskTableModel::KeyColumn).data().toString() == QStringLiteral("P1-04"));
    }
    SECTION("free text: every word must occur, in titles or description")
    {
        proxy.setSearchText(QStringLiteral("SUPERBRUGER"));
        const int expected
            = demo.count([](const PlannedTask &item) { return mentions(item, QStringLiteral("superbruger")); });
        CHECK(expected > 0);
        CHECK(proxy.rowCount() >= expected); // people's names may add rows, never remove them
        proxy.setSearchText(QStringLiteral("superbruger zzzqqq"));
        CHECK(proxy.rowCount() == 0);
    }
    SECTION("free text: people's names")
    {
        proxy.setSearchText(QStringLiteral("mads kjær"));
        const int rows = proxy.rowCount();
        CHECK(rows > 0);
        for (int row = 0; row < rows; ++row) {
            const QModelIndex index = proxy.index(row, 0);
            const QString responsible = index.siblingAtColumn(TaskTableModel::ResponsibleColumn).data().toString();
            const QString performer = index.siblingAtColumn(TaskTableModel::PerformerColumn).data().toString();
            CHECK((responsible == QStringLiteral("Mads Kjær") || performer == QStringLiteral("Mads Kjær")
                   || index.data(TaskTableModel::SearchTextRole).toString().contains(QStringLiteral("mads kjær"))));
        }
    }
    SECTION("phases")
    {
        proxy.setPhases({Phase::P1, Phase::P3});
        CHECK(proxy.phases() == QList<Phase> {Phase::P1, Phase::P3});
        const int expected = demo.count(
            [](const PlannedTask &item) { return item.task.phase == Phase::P1 || item.task.phase == Phase::P3; });
        CHECK(expected > 0);
        CHECK(expected < 91);
        CHECK(proxy.rowCount() == expected);
    }
    SECTION("themes")
    {
        proxy.setThemes({Theme::UDD});
        const int expected = demo.count([](const PlannedTask &item) { return item.task.theme == Theme::UDD; });
        CHECK(expected > 0);
        CHECK(proxy.rowCount() == expected);
    }
    SECTION("statuses")
    {
        proxy.setStatuses({Status::Done});
        const int expected = demo.count([](const PlannedTask &item) { return item.state.status == Status::Done; });
        CHECK(expected > 0);
        CHECK(proxy.rowCount() == expected);
    }
    SECTION("person: responsible or performer")
    {
        const Id person = model.people().at(1).id; // the project leader
        proxy.setPerson(person);
        const int expected = demo.count([person](const PlannedTask &item) {
            return item.state.responsiblePersonId == person || item.state.performerPersonId == person;
        });
        CHECK(expected > 0);
        CHECK(proxy.rowCount() == expected);
    }
    SECTION("overdue only")
    {
        proxy.setOverdueOnly(true);
        const int expected = demo.count([asOf = asOf](const PlannedTask &item) { return isOverdue(item, asOf); });
        CHECK(expected >= 2);
        CHECK(proxy.rowCount() == expected);
    }
    SECTION("due this ISO week")
    {
        proxy.setDueThisWeek(true);
        const QDate monday = asOf.addDays(1 - asOf.dayOfWeek());
        const int expected = demo.count(
            [monday](const PlannedTask &item) { return item.due >= monday && item.due <= monday.addDays(6); });
        CHECK(proxy.rowCount() == expected);
    }
    SECTION("due in the next 4 weeks")
    {
        proxy.setDueNextFourWeeks(true);
        const int expected = demo.count(
            [asOf = asOf](const PlannedTask &item) { return item.due >= asOf && item.due <= asOf.addDays(28); });
        CHECK(expected > 0);
        CHECK(proxy.rowCount() == expected);
    }
    SECTION("hide done and not relevant")
    {
        proxy.setHideClosed(true);
        const int expected = demo.count([](const PlannedTask &item) { return !statusIsClosed(item.state.status); });
        CHECK(expected < 91);
        CHECK(proxy.rowCount() == expected);
    }
    CHECK(proxy.isFiltering());
    proxy.clearFilters();
    CHECK(proxy.rowCount() == 91);
    CHECK(!proxy.isFiltering());
}

TEST_CASE_METHOD(FilteredDemo, "Task filters combine with AND", "[models]")
{
    QSignalSpy changed(&proxy, &TaskFilterProxyModel::filtersChanged);

    const Id person = model.people().at(1).id;
    proxy.setPerson(person);
    proxy.setHideClosed(true);
    proxy.setPhases({Phase::P1, Phase::P21, Phase::P22});
    CHECK(changed.count() == 3);
    const int expected = demo.count([person](const PlannedTask &item) {
        return (item.state.responsiblePersonId == person || item.state.performerPersonId == person)
            && !statusIsClosed(item.state.status)
            && (item.task.phase == Phase::P1 || item.task.phase == Phase::P21 || item.task.phase == Phase::P22);
    });
    CHECK(proxy.rowCount() == expected);

    // Overdue and closed never meet; this week is inside the next four weeks.
    proxy.clearFilters();
    proxy.setOverdueOnly(true);
    const int overdue = proxy.rowCount();
    proxy.setHideClosed(true);
    CHECK(proxy.rowCount() == overdue);
    proxy.setStatuses({Status::Done, Status::NotRelevant});
    CHECK(proxy.rowCount() == 0);
    proxy.clearFilters();
    proxy.setDueNextFourWeeks(true);
    const int nextFour = proxy.rowCount();
    proxy.setDueThisWeek(true);
    CHECK(proxy.rowCount() <= nextFour);
    CHECK(proxy.rowCount() == demo.count([asOf = asOf](const PlannedTask &item) {
        const QDate sunday = asOf.addDays(7 - asOf.dayOfWeek());
        return item.due >= asOf && item.due <= sunday;
    }));

    // Text and theme together; clearing keeps the text when asked to.
    proxy.clearFilters();
    proxy.setSearchText(QStringLiteral("P2"));
    const int p2 = proxy.rowCount();
    proxy.setThemes({Theme::TEK, Theme::DATA});
    CHECK(proxy.rowCount() < p2);
    CHECK(proxy.rowCount() == demo.count([](const PlannedTask &item) {
        return mentions(item, QStringLiteral("P2"))
            && (item.task.theme == Theme::TEK || item.task.theme == Theme::DATA);
    }));
    proxy.clearFilters(true);
    CHECK(proxy.searchText() == QStringLiteral("P2"));
    CHECK(proxy.rowCount() == p2);
}

TEST_CASE("Withdrawn tasks appear only when loaded and shown", "[models]")
{
    Demo demo;
    // A new handbook version without the first task withdraws it.
    HandbookDraft draft = test::sampleHandbookDraft(QStringLiteral("v2.json"));
    const QString withdrawnKey = draft.tasks.first().key;
    draft.tasks.removeFirst();
    REQUIRE(HandbookImporter(demo.db, demo.clock).importDraft(draft, QStringLiteral("v2"), false).applied);

    TaskTableModel model(demo.db);
    TaskFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.load(demo.municipality.id, demo.clock.today());
    CHECK(model.rowCount() == 90);
    model.load(demo.municipality.id, demo.clock.today(), true);
    CHECK(model.rowCount() == 91);
    CHECK(proxy.rowCount() == 90); // loaded, still hidden
    proxy.setShowWithdrawn(true);
    CHECK(proxy.rowCount() == 91);
    proxy.setSearchText(withdrawnKey.toLower());
    REQUIRE(proxy.rowCount() >= 1);
    bool found = false;
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const QModelIndex index = proxy.index(r, TaskTableModel::KeyColumn);
        if (index.data().toString() == withdrawnKey) {
            found = true;
            CHECK(index.data(TaskTableModel::WithdrawnRole).toBool());
            CHECK(index.siblingAtColumn(TaskTableModel::TitleColumn)
                      .data()
                      .toString()
                      .endsWith(QStringLiteral("(withdrawn)")));
        }
    }
    CHECK(found);
}

TEST_CASE("Reloading keeps the selection when the task ids are unchanged", "[models]")
{
    Demo demo;
    TaskTableModel model(demo.db);
    demo.makeEditable(model);
    TaskFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.load(demo.municipality.id, demo.clock.today());
    proxy.sort(TaskTableModel::DueColumn);

    QItemSelectionModel selection(&proxy);
    const QModelIndex current = proxy.index(10, TaskTableModel::TitleColumn);
    const Id currentId = current.data(TaskTableModel::TaskIdRole).toLongLong();
    selection.setCurrentIndex(current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    selection.select(proxy.index(12, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const Id otherId = proxy.index(12, 0).data(TaskTableModel::TaskIdRole).toLongLong();

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    // A status change through the model: the database changes, the model reloads without a reset.
    const QModelIndex status = model.index(model.rowOf(otherId), TaskTableModel::StatusColumn);
    const Status target
        = Status(status.data(Qt::EditRole).toInt()) == Status::InProgress ? Status::NotStarted : Status::InProgress;
    REQUIRE(model.setData(status, int(target)));
    CHECK(resets.count() == 0);
    CHECK(changes.count() >= 1);
    CHECK(Status(model.index(model.rowOf(otherId), 0).data(TaskTableModel::StatusRole).toInt()) == target);
    CHECK(selection.currentIndex().data(TaskTableModel::TaskIdRole).toLongLong() == currentId);
    CHECK(selection.selectedRows().size() == 2);
    model.reload();
    CHECK(resets.count() == 0);
    CHECK(selection.currentIndex().data(TaskTableModel::TaskIdRole).toLongLong() == currentId);

    // A new task changes the set of ids: now the model resets.
    Task local;
    local.municipalityId = demo.municipality.id;
    local.titleDa = QStringLiteral("Lokal opgave");
    local.phase = Phase::P22;
    local.dueOffsetWeeks = -3;
    QString error;
    REQUIRE(TaskRepository(demo.db).addLocalTask(&local, &error));
    model.reload();
    CHECK(resets.count() == 1);
    CHECK(model.rowCount() == 92);
    CHECK(model.rowOf(local.id) >= 0);
}

TEST_CASE("Editing status and people in place is one undo step each", "[models]")
{
    Demo demo;
    TaskTableModel model(demo.db);
    demo.makeEditable(model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.load(demo.municipality.id, demo.clock.today());

    // A task that is not started, so every step is visible.
    int row = -1;
    for (int r = 0; r < model.rowCount() && row < 0; ++r) {
        if (model.taskAt(r)->state.status == Status::NotStarted)
            row = r;
    }
    REQUIRE(row >= 0);
    const Id taskId = model.taskAt(row)->task.id;
    const QString key = model.taskAt(row)->task.key;
    const Id performerBefore = model.taskAt(row)->state.performerPersonId;
    const auto statusOf = [&] { return model.taskAt(model.rowOf(taskId))->state.status; };
    const auto stored = [&] { return TaskRepository(demo.db).plannedTask(demo.municipality.id, taskId)->state; };

    // Step 1: status.
    REQUIRE(model.setData(model.index(row, TaskTableModel::StatusColumn), int(Status::InProgress)));
    CHECK(demo.undo.count() == 1);
    CHECK(demo.undo.text(0) == QStringLiteral("Set status of %1").arg(key));
    CHECK(statusOf() == Status::InProgress);
    CHECK(stored().status == Status::InProgress);

    // A reason-needing status without a reason is refused and changes nothing.
    CHECK(!model.setData(model.index(row, TaskTableModel::StatusColumn), int(Status::Waiting)));
    QVariantMap empty {{TaskTableModel::statusKey(), int(Status::Waiting)},
                       {TaskTableModel::reasonKey(), QStringLiteral("  ")}};
    CHECK(!model.setData(model.index(row, TaskTableModel::StatusColumn), empty));
    CHECK(demo.undo.count() == 1);

    // Step 2: Waiting with a reason.
    const QVariantMap waiting {{TaskTableModel::statusKey(), int(Status::Waiting)},
                               {TaskTableModel::reasonKey(), QStringLiteral("Venter på IT")}};
    REQUIRE(model.setData(model.index(row, TaskTableModel::StatusColumn), waiting));
    CHECK(stored().status == Status::Waiting);
    CHECK(stored().reason == QStringLiteral("Venter på IT"));
    CHECK(model.index(model.rowOf(taskId), TaskTableModel::StatusColumn).data(Qt::ToolTipRole).toString()
          == QStringLiteral("Venter på IT"));

    // Step 3: performer; a person of another municipality (or unknown) is refused.
    const Id newPerformer
        = model.people().constLast().id == performerBefore ? model.people().first().id : model.people().constLast().id;
    CHECK(!model.setData(model.index(row, TaskTableModel::PerformerColumn), Id(999999)));
    REQUIRE(model.setData(model.index(row, TaskTableModel::PerformerColumn), newPerformer));
    CHECK(demo.undo.count() == 3);
    CHECK(demo.undo.text(2) == QStringLiteral("Set performer of %1").arg(key));
    CHECK(stored().performerPersonId == newPerformer);
    // Setting the same value again is no step.
    CHECK(!model.setData(model.index(row, TaskTableModel::PerformerColumn), newPerformer));
    CHECK(demo.undo.count() == 3);

    // Undo all the way back, checking each step.
    demo.undo.undo();
    CHECK(stored().performerPersonId == performerBefore);
    CHECK(stored().status == Status::Waiting);
    demo.undo.undo();
    CHECK(stored().status == Status::InProgress);
    CHECK(stored().reason.isEmpty());
    demo.undo.undo();
    CHECK(stored().status == Status::NotStarted);
    CHECK(statusOf() == Status::NotStarted);
    // And forward again.
    demo.undo.redo();
    CHECK(stored().status == Status::InProgress);
    demo.undo.redo();
    CHECK(stored().status == Status::Waiting);
    CHECK(stored().reason == QStringLiteral("Venter på IT"));
    demo.undo.redo();
    CHECK(stored().performerPersonId == newPerformer);
    CHECK(model.taskAt(model.rowOf(taskId))->state.performerPersonId == newPerformer);
}

TEST_CASE("Sorting by the phase column groups by phase then due date", "[models]")
{
    Demo demo;
    TaskTableModel model(demo.db);
    TaskFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    model.load(demo.municipality.id, demo.clock.today());
    proxy.groupByPhase();
    REQUIRE(proxy.rowCount() == 91);
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const QModelIndex a = proxy.index(row - 1, 0);
        const QModelIndex b = proxy.index(row, 0);
        const int phaseA = a.data(TaskTableModel::PhaseRole).toInt();
        const int phaseB = b.data(TaskTableModel::PhaseRole).toInt();
        CHECK(phaseA <= phaseB);
        if (phaseA == phaseB)
            CHECK(a.data(TaskTableModel::DueDateRole).toDate() <= b.data(TaskTableModel::DueDateRole).toDate());
    }
    // Sorting by due date (a number) and by title (text) give ordered columns too.
    proxy.sort(TaskTableModel::DueColumn, Qt::DescendingOrder);
    for (int row = 1; row < proxy.rowCount(); ++row)
        CHECK(proxy.index(row - 1, 0).data(TaskTableModel::DueDateRole).toDate()
              >= proxy.index(row, 0).data(TaskTableModel::DueDateRole).toDate());
    proxy.sort(TaskTableModel::KeyColumn, Qt::AscendingOrder);
    CHECK(proxy.index(0, TaskTableModel::KeyColumn).data().toString()
          <= proxy.index(1, TaskTableModel::KeyColumn).data().toString());
}
