#pragma once

#include "domain/HandbookDraft.h"

#include <QDate>
#include <QString>

namespace parat {
class Clock;
class Database;
} // namespace parat

namespace parat::bench {

// The national dataset of docs/design.md "Quality bars": all 98 municipalities on a 300-task handbook, 40 people
// each (28 superusers with details and the suggested plan of hours), 60 stakeholders and a communication plan
// of 40 items each, the demo's risk and decision logs (7 risks, 4 decisions), go-live checklist (13 criteria and a
// go/no-go meeting) and cutover runbook (14 steps and more), a year of status history. Deterministic: the same
// date gives the same database.
struct DatasetSize
{
    int municipalities = 98;
    int tasks = 300;
    int people = 40;
    int stakeholders = 60;
};

// The sample handbook's tasks repeated with new keys until there are `count` (the national handbook).
HandbookDraft scaledHandbook(int count);
// The next version of it: 30 deadlines and estimates changed, 6 tasks withdrawn, 10 added.
HandbookDraft nextHandbookVersion(int count);

// Builds it into an empty database; asOf is "today" inside the data (go-lives are spread around it).
bool buildNationalDataset(Database &db, const Clock &clock, const DatasetSize &size, QString *error);

} // namespace parat::bench
