#pragma once

#include <QDate>
#include <QString>

namespace parat {
class Clock;
class Database;
} // namespace parat

namespace parat::bench {

// The national dataset of design.md's quality bars: all 98 municipalities on a 300-task handbook, 40 people
// each, a year of status history. Deterministic: the same date gives the same database.
struct DatasetSize
{
    int municipalities = 98;
    int tasks = 300;
    int people = 40;
};

// Builds it into an empty database; asOf is "today" inside the data (go-lives are spread around it).
bool buildNationalDataset(Database &db, const Clock &clock, const DatasetSize &size, QString *error);

} // namespace parat::bench
