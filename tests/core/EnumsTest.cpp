#include "domain/Enums.h"

#include "TestSupport.h"

using namespace parat;

TEST_CASE("Phases, themes, roles and statuses round-trip through their codes", "[domain]")
{
    for (Phase phase : allPhases())
        CHECK(phaseFromCode(phaseCode(phase)) == phase);
    for (Theme theme : allThemes())
        CHECK(themeFromCode(themeCode(theme)) == theme);
    for (Role role : allRoles())
        CHECK(roleFromCode(roleCode(role)) == role);
    for (Status status : allStatuses())
        CHECK(statusFromCode(statusCode(status)) == status);
    CHECK(phaseFromCode(QStringLiteral(" p21 ")) == Phase::P21);
    CHECK_FALSE(phaseFromCode(QStringLiteral("P5")).has_value());
    CHECK(allPhases().size() == 6);
    CHECK(allThemes().size() == 9);
    CHECK(allRoles().size() == 10);
}

TEST_CASE("Waiting and not relevant need a reason, done and not relevant close a task", "[domain]")
{
    CHECK(statusNeedsReason(Status::Waiting));
    CHECK(statusNeedsReason(Status::NotRelevant));
    CHECK_FALSE(statusNeedsReason(Status::Done));
    CHECK(statusIsClosed(Status::Done));
    CHECK(statusIsClosed(Status::NotRelevant));
    CHECK_FALSE(statusIsClosed(Status::Waiting));
}

TEST_CASE("Role lists are stored as space-separated codes", "[domain]")
{
    CHECK(rolesFromCodes(QStringLiteral("SU, pl;SU")) == QList<Role> {Role::SU, Role::PL});
    CHECK(roleCodes({Role::FL, Role::SU}) == QStringLiteral("FL SU"));
}
