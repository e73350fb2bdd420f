#pragma once

#include <QCoreApplication>

namespace parat {

class Clock;
class Database;

// The sample handbook bundled with Parat (:/data/sample-handbook.json; sample data written for Parat, not
// KOMBIT's handbook).
struct SampleHandbook
{
    Q_DECLARE_TR_FUNCTIONS(parat::SampleHandbook)
public:
    // Imports it into a database that has no handbook yet. Returns false with a translated *error on failure;
    // *taskCount is the number of tasks imported.
    static bool importInto(Database &db, const Clock &clock, int *taskCount, QString *error);
};

} // namespace parat
