// Never two writers: a second Parat on the same file is told who has it and may open it read-only.
#include "Fixtures.h"
#include "TestSupport.h"

#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"
#include "storage/TaskRepository.h"

using namespace parat;

TEST_CASE("A second writer is refused and may open read-only", "[reliability]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("p.sqlite"));
    FixedClock clock(QDate(2026, 11, 27));
    Database first;
    QString error;
    REQUIRE(first.open(path, &error));
    const Municipality demo = test::buildDemo(first, clock);

    Database second;
    CHECK_FALSE(second.open(path, &error));
    CHECK(second.openProblem() == Database::OpenProblem::Locked);
    CHECK(error.contains(QStringLiteral("already open in another Parat")));

    Database::OpenOptions options;
    options.readOnly = true;
    REQUIRE(second.open(path, &error, options));
    CHECK(second.isReadOnly());
    // Reading works, writing says why it cannot.
    TaskRepository tasks(second);
    const QList<PlannedTask> planned = tasks.plannedTasks(demo.id);
    REQUIRE(planned.size() == 91);
    TaskState state = planned.first().state;
    state.note = QStringLiteral("from the read-only window");
    CHECK_FALSE(tasks.setState(state, clock.now(), &error));
    CHECK(error.contains(QStringLiteral("read-only")));
    QString restoreError;
    CHECK_FALSE(second.restore(QStringLiteral("anything"), &restoreError));
    second.close();

    // Once the first closes, the file can be opened for writing again.
    first.close();
    Database third;
    REQUIRE(third.open(path, &error));
    CHECK_FALSE(third.isReadOnly());
    CHECK(MunicipalityRepository(third).all().size() == 1);
}
