#pragma once

#include "domain/Types.h"

namespace parat {
class Clock;
class Database;
} // namespace parat

namespace parat::test {

// Imports the bundled sample handbook (91 tasks) into an open database.
void importSampleHandbook(Database &db, const Clock &clock);
// The sample handbook plus the demo municipality (0630 Vejle, go-live DemoBuilder::goLiveFor(clock.today()):
// 1 January 2027 on the usual 27 November 2026; people, statuses, history). Returns the municipality.
Municipality buildDemo(Database &db, const Clock &clock, bool withSuperuserPlan = true);
// Empties the demo's stakeholder map and communication plan, for tests that build their own.
void clearStakeholders(Database &db);

} // namespace parat::test
