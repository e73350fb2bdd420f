#include "report/IcsWriter.h"

#include <libical/ical.h>

#include <cstdlib>

namespace parat {

namespace {

icaltimetype icalDate(const QDate &date)
{
    icaltimetype value = icaltime_null_date();
    value.year = date.year();
    value.month = date.month();
    value.day = date.day();
    return value;
}

icaltimetype icalUtc(const QDateTime &at)
{
    return icaltime_from_timet_with_zone(static_cast<time_t>(at.toSecsSinceEpoch()), 0,
                                         icaltimezone_get_utc_timezone());
}

void addText(icalcomponent *event, icalproperty *property)
{
    if (property)
        icalcomponent_add_property(event, property);
}

icalcomponent *eventFor(const CalendarEntry &entry, const QDateTime &stamp, int sequence)
{
    icalcomponent *event = icalcomponent_new_vevent();
    icalcomponent_add_property(event, icalproperty_new_uid(entry.uid.toUtf8().constData()));
    icalcomponent_add_property(event, icalproperty_new_dtstamp(icalUtc(stamp)));
    icalcomponent_add_property(event, icalproperty_new_lastmodified(icalUtc(stamp)));
    icalcomponent_add_property(event, icalproperty_new_sequence(sequence));
    icalcomponent_add_property(event, icalproperty_new_dtstart(icalDate(entry.date)));
    icalcomponent_add_property(event, icalproperty_new_dtend(icalDate(entry.date.addDays(1))));
    addText(event, icalproperty_new_summary(entry.summary.toUtf8().constData()));
    if (!entry.description.isEmpty())
        addText(event, icalproperty_new_description(entry.description.toUtf8().constData()));
    if (!entry.category.isEmpty())
        addText(event, icalproperty_new_categories(entry.category.toUtf8().constData()));
    icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
    if (entry.cancelled)
        icalcomponent_add_property(event, icalproperty_new_status(ICAL_STATUS_CANCELLED));
    return event;
}

} // namespace

QByteArray icsCalendar(const QString &calendarName, const QList<CalendarEntry> &entries, const QDateTime &stamp)
{
    static const QDateTime epoch(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    const int sequence = static_cast<int>(std::max<qint64>(0, epoch.secsTo(stamp.toUTC()) / 60));

    icalcomponent *calendar = icalcomponent_new_vcalendar();
    icalcomponent_add_property(calendar, icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar, icalproperty_new_prodid("-//Parat//Parat DUBU 3.0//DA"));
    icalcomponent_add_property(calendar, icalproperty_new_method(ICAL_METHOD_PUBLISH));
    icalcomponent_add_property(calendar, icalproperty_new_calscale("GREGORIAN"));
    icalproperty *name = icalproperty_new_x(calendarName.toUtf8().constData());
    icalproperty_set_x_name(name, "X-WR-CALNAME");
    icalcomponent_add_property(calendar, name);
    for (const CalendarEntry &entry : entries) {
        if (entry.date.isValid())
            icalcomponent_add_component(calendar, eventFor(entry, stamp, sequence));
    }
    char *text = icalcomponent_as_ical_string_r(calendar);
    const QByteArray bytes(text);
    std::free(text);
    icalcomponent_free(calendar);
    return bytes;
}

} // namespace parat
