#pragma once

#include "domain/CalendarEntry.h"
#include "domain/Types.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace parat {

class Database;

// What goes into an exported calendar.
struct CalendarScope
{
    Id personId = 0; // 0: the whole municipality; else the tasks and communication this person is named in
    bool includeReleases = false; // also the date each task is released (handed out)
};

// The calendar entries of a municipality's plan, in date order (docs/calendar.md "Calendar files"):
// - each task with a due date: its deadline ("Frist: KEY Title"), a milestone as "Milepæl: …";
//   with includeReleases also its release date ("Frigives: …") when that is before the deadline;
// - go-live;
// - each communication item with a planned date.
// A task that is done keeps its entry (marked done in the text); one not relevant or withdrawn, and a
// cancelled communication item, is exported cancelled. With a person, only the tasks they are responsible for
// or perform and the communication they send or are responsible for (go-live stays). Texts in the current
// language.
QList<CalendarEntry> calendarEntries(Database &db, const Municipality &municipality, const CalendarScope &scope);

// The calendar's name as readers show it: "Parat – 0630 Vejle" or "Parat – 0630 Vejle – Line Andersen".
QString calendarName(const Municipality &municipality, const QString &personName = QString());

// A file name for the calendar: "parat-0630-vejle.ics", "parat-0630-line-andersen.ics".
QString calendarFileName(const Municipality &municipality, const QString &personName = QString());

struct CalendarFileText
{
    Q_DECLARE_TR_FUNCTIONS(parat::CalendarFileText)
};

} // namespace parat
