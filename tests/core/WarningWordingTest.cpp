// A superuser trained after the training milestone is trained - late: the warning says so, and "Not trained"
// stays for those who are not.
#include "PlanValues.h"
#include "TestSupport.h"

#include "domain/Language.h"
#include "domain/Superuser.h"
#include "planning/Capacity.h"

using namespace parat;

using test::superuser;

TEST_CASE("A superuser trained late is warned as trained late, one not trained as not trained", "[capacity][warnings]")
{
    installTranslations(QStringLiteral("da"));
    CapacityInput input;
    input.people = {superuser(1, QStringLiteral("Anne")), superuser(2, QStringLiteral("Bo"))};
    SuperuserDetails late;
    late.trainedOn = QDate(2027, 2, 20); // after the milestone of 1 February
    SuperuserDetails untrained;
    input.details = {{1, late}, {2, untrained}};
    PlannedTask training;
    training.task.id = 20;
    training.task.key = QStringLiteral("UDD-M");
    training.task.milestone = true;
    training.task.theme = Theme::UDD;
    training.state.taskId = 20;
    training.release = QDate(2027, 1, 4);
    training.due = QDate(2027, 2, 1);
    input.tasks = {training};
    const CapacityPlan plan = computeCapacity(input, QDate(2027, 1, 20));

    QHash<Id, QString> titles;
    for (const CapacityWarning &warning : plan.warnings) {
        if (warning.kind == CapacityWarningKind::NotTrained)
            titles.insert(warning.personId, capacityWarningTitle(warning));
    }
    CHECK(titles.value(1) == QStringLiteral("Uddannet for sent"));
    CHECK(titles.value(2) == QStringLiteral("Ikke uddannet"));
    installTranslations(QStringLiteral("en"));
}
