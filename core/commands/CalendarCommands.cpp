#include "commands/CalendarCommands.h"

namespace parat {

EditSchoolHolidays::EditSchoolHolidays(Database &db, SchoolHolidayWeeks before, SchoolHolidayWeeks after,
                                       QUndoCommand *parent)
    : EditCommand(db, std::move(before), std::move(after), parent)
{
    setText(tr("Change school-holiday weeks"));
}

} // namespace parat
