#pragma once

#include "commands/EditCommand.h"
#include "domain/DanishHolidays.h"
#include "storage/CalendarRepository.h"

#include <QCoreApplication>

namespace parat {

class Database;

// Changes a municipality's school-holiday weeks; undo puts the weeks before back (the defaults are stored then,
// which reads the same as no row).
class EditSchoolHolidays : public EditCommand<SchoolHolidayWeeks, CalendarRepository>
{
    Q_DECLARE_TR_FUNCTIONS(parat::EditSchoolHolidays)
public:
    EditSchoolHolidays(Database &db, SchoolHolidayWeeks before, SchoolHolidayWeeks after,
                       QUndoCommand *parent = nullptr);
};

} // namespace parat
