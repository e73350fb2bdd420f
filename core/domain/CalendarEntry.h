#pragma once

#include <QDate>
#include <QString>

namespace parat {

// One all-day entry of an exported calendar (iCalendar, RFC 5545): a task's deadline or release, a milestone,
// go-live, or a communication item. The uid is stable across exports of the same plan, so importing a newer
// file into Outlook or another calendar updates the entry instead of adding a second one. A cancelled entry
// (a task no longer relevant or withdrawn from the handbook, a cancelled communication) is still exported,
// marked cancelled, so the re-import removes it from the reader's calendar.
struct CalendarEntry
{
    enum class Kind
    {
        TaskDue,
        TaskRelease,
        Milestone,
        GoLive,
        Communication
    };

    Kind kind = Kind::TaskDue;
    QString uid;
    QDate date;
    QString summary;
    QString description;
    QString category;
    bool cancelled = false;
};

} // namespace parat
