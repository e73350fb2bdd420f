#pragma once

#include "domain/Types.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace parat {

// The Danish calendar of days off (docs/calendar.md): public holidays (helligdage) computed for any year from
// Easter Sunday, the customary days off that are not public holidays but on which a municipality's offices are
// closed, and the school-holiday weeks of a municipality.

// Translation context for the names below (lupdate sees "parat::HolidayText").
struct HolidayText
{
    Q_DECLARE_TR_FUNCTIONS(parat::HolidayText)
};

enum class DanishHoliday
{
    NewYearsDay, // nytårsdag, 1 January
    MaundyThursday, // skærtorsdag, Easter - 3
    GoodFriday, // langfredag, Easter - 2
    EasterSunday, // påskedag
    EasterMonday, // 2. påskedag, Easter + 1
    GreatPrayerDay, // store bededag, Easter + 26; abolished as a public holiday from 2024
    AscensionDay, // Kristi himmelfartsdag, Easter + 39
    WhitSunday, // pinsedag, Easter + 49
    WhitMonday, // 2. pinsedag, Easter + 50
    ConstitutionDay, // grundlovsdag, 5 June (customary)
    ChristmasEve, // juleaftensdag, 24 December (customary)
    ChristmasDay, // 1. juledag, 25 December
    BoxingDay, // 2. juledag, 26 December
    NewYearsEve // nytårsaftensdag, 31 December (customary)
};

enum class DayOffKind
{
    PublicHoliday, // a helligdag by law
    CustomaryDayOff // not a public holiday, but offices are closed by agreement or custom
};

struct Holiday
{
    QDate date;
    DanishHoliday which = DanishHoliday::NewYearsDay;
    DayOffKind kind = DayOffKind::PublicHoliday;

    bool isWorkingDayLost() const { return date.dayOfWeek() <= 5; } // Monday to Friday
};

// Easter Sunday of a Gregorian year (the anonymous Gregorian computus); invalid for a year before 1583.
QDate easterSunday(int year);
// Every public holiday and customary day off of the year, in date order. Store bededag is listed up to 2023.
QList<Holiday> danishHolidays(int year);
// The holiday or customary day off on the date, if any (the public holiday when two share the date).
std::optional<Holiday> danishHolidayOn(const QDate &date);
// Holidays and customary days off from `from` to `to` (both included), in date order.
QList<Holiday> danishHolidaysBetween(const QDate &from, const QDate &to);

// "Kristi himmelfartsdag" / "Ascension Day", through the translation.
QString holidayName(DanishHoliday holiday);
// Stable code for files and the command line ("kristi-himmelfartsdag").
QString holidayCode(DanishHoliday holiday);
// "public holiday" / "customary day off".
QString dayOffKindName(DayOffKind kind);

enum class SchoolHolidayKind
{
    Winter, // vinterferie
    Autumn, // efterårsferie
    Summer // sommerferie
};

// "winter holiday" / "vinterferie".
QString schoolHolidayName(SchoolHolidayKind kind);

// A municipality's school-holiday weeks, the same ISO week numbers every year. Stored per municipality
// (CalendarRepository); a municipality without a stored row has the defaults. id is the municipality's id, so
// an edit names its record like every other stored value.
struct SchoolHolidayWeeks
{
    Id id = 0; // the municipality
    int winterWeek = 7; // 7 or 8 in most municipalities
    int autumnWeek = 42;
    int summerFrom = 27;
    int summerTo = 32;

    // The school holiday of an ISO week, if any.
    std::optional<SchoolHolidayKind> kindOfWeek(int weekKey) const;
    // The first problem ("The summer holiday must end after it starts.") or empty when the weeks are usable.
    QString problem() const;
    bool operator==(const SchoolHolidayWeeks &other) const
    {
        return id == other.id && winterWeek == other.winterWeek && autumnWeek == other.autumnWeek
            && summerFrom == other.summerFrom && summerTo == other.summerTo;
    }
    bool operator!=(const SchoolHolidayWeeks &other) const { return !(*this == other); }
};

// The days off of one ISO week.
struct WeekDaysOff
{
    int weekKey = 0;
    QList<Holiday> holidays; // every holiday and customary day off in the week, weekends included
    int workingDaysLost = 0; // dates of those from Monday to Friday
    std::optional<SchoolHolidayKind> school;

    bool any() const { return workingDaysLost > 0 || school.has_value(); }
    // "Christmas Eve 24-12, Christmas Day 25-12, Boxing Day 26-12; winter holiday" in the language's short
    // dates; empty when the week has nothing.
    QString describe(const QString &language) const;
};

WeekDaysOff daysOffInWeek(int weekKey, const SchoolHolidayWeeks &school = {});

} // namespace parat
