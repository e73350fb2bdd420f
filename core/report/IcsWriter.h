#pragma once

#include "domain/CalendarEntry.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace parat {

// Writes calendar entries as an iCalendar file (RFC 5545) with libical: one VCALENDAR (METHOD:PUBLISH, the
// calendar's name in X-WR-CALNAME) holding one all-day VEVENT per entry — UID, DTSTAMP and LAST-MODIFIED
// (stamp), DTSTART/DTEND as dates, SUMMARY, DESCRIPTION, CATEGORIES, TRANSP:TRANSPARENT (a deadline does not
// make the reader busy), STATUS:CANCELLED for cancelled entries, and SEQUENCE counted in minutes since 2024 at
// stamp, so a later export of the same entry is always the newer version to a calendar that imports it again.
// Text is UTF-8; lines are folded and escaped by libical.
QByteArray icsCalendar(const QString &calendarName, const QList<CalendarEntry> &entries, const QDateTime &stamp);

} // namespace parat
