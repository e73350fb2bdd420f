#include "domain/DanishHolidays.h"

#include "domain/Calendar.h"

#include <QStringList>

#include <algorithm>

namespace parat {

QDate easterSunday(int year)
{
    if (year < 1583)
        return QDate();
    // The anonymous Gregorian algorithm (Meeus/Jones/Butcher): the first Sunday after the ecclesiastical full
    // moon on or after 21 March.
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<Holiday> danishHolidays(int year)
{
    QList<Holiday> result;
    const QDate easter = easterSunday(year);
    if (!easter.isValid())
        return result;
    const auto add = [&](const QDate &date, DanishHoliday which, DayOffKind kind = DayOffKind::PublicHoliday) {
        result.append({date, which, kind});
    };
    add(QDate(year, 1, 1), DanishHoliday::NewYearsDay);
    add(easter.addDays(-3), DanishHoliday::MaundyThursday);
    add(easter.addDays(-2), DanishHoliday::GoodFriday);
    add(easter, DanishHoliday::EasterSunday);
    add(easter.addDays(1), DanishHoliday::EasterMonday);
    // Store bededag stopped being a public holiday by the act of 2023 (in force from 2024).
    if (year <= 2023)
        add(easter.addDays(26), DanishHoliday::GreatPrayerDay);
    add(easter.addDays(39), DanishHoliday::AscensionDay);
    add(easter.addDays(49), DanishHoliday::WhitSunday);
    add(easter.addDays(50), DanishHoliday::WhitMonday);
    add(QDate(year, 6, 5), DanishHoliday::ConstitutionDay, DayOffKind::CustomaryDayOff);
    add(QDate(year, 12, 24), DanishHoliday::ChristmasEve, DayOffKind::CustomaryDayOff);
    add(QDate(year, 12, 25), DanishHoliday::ChristmasDay);
    add(QDate(year, 12, 26), DanishHoliday::BoxingDay);
    add(QDate(year, 12, 31), DanishHoliday::NewYearsEve, DayOffKind::CustomaryDayOff);
    // Easter falls from 22 March to 25 April, so Whitsun can come after 5 June (as late as 13-14 June), and
    // 2. pinsedag can be grundlovsdag itself (2028): a stable sort keeps the public holiday first.
    std::stable_sort(result.begin(), result.end(), [](const Holiday &x, const Holiday &y) { return x.date < y.date; });
    return result;
}

std::optional<Holiday> danishHolidayOn(const QDate &date)
{
    if (!date.isValid())
        return std::nullopt;
    for (const Holiday &holiday : danishHolidays(date.year())) {
        if (holiday.date == date)
            return holiday;
    }
    return std::nullopt;
}

QList<Holiday> danishHolidaysBetween(const QDate &from, const QDate &to)
{
    QList<Holiday> result;
    if (!from.isValid() || !to.isValid() || to < from)
        return result;
    for (int year = from.year(); year <= to.year(); ++year) {
        for (const Holiday &holiday : danishHolidays(year)) {
            if (holiday.date >= from && holiday.date <= to)
                result.append(holiday);
        }
    }
    return result;
}

QString holidayName(DanishHoliday holiday)
{
    switch (holiday) {
    case DanishHoliday::NewYearsDay:
        return HolidayText::tr("New Year's Day");
    case DanishHoliday::MaundyThursday:
        return HolidayText::tr("Maundy Thursday");
    case DanishHoliday::GoodFriday:
        return HolidayText::tr("Good Friday");
    case DanishHoliday::EasterSunday:
        return HolidayText::tr("Easter Sunday");
    case DanishHoliday::EasterMonday:
        return HolidayText::tr("Easter Monday");
    case DanishHoliday::GreatPrayerDay:
        return HolidayText::tr("Great Prayer Day");
    case DanishHoliday::AscensionDay:
        return HolidayText::tr("Ascension Day");
    case DanishHoliday::WhitSunday:
        return HolidayText::tr("Whit Sunday");
    case DanishHoliday::WhitMonday:
        return HolidayText::tr("Whit Monday");
    case DanishHoliday::ConstitutionDay:
        return HolidayText::tr("Constitution Day");
    case DanishHoliday::ChristmasEve:
        return HolidayText::tr("Christmas Eve");
    case DanishHoliday::ChristmasDay:
        return HolidayText::tr("Christmas Day");
    case DanishHoliday::BoxingDay:
        return HolidayText::tr("Boxing Day");
    case DanishHoliday::NewYearsEve:
        return HolidayText::tr("New Year's Eve");
    }
    return {};
}

QString holidayCode(DanishHoliday holiday)
{
    switch (holiday) {
    case DanishHoliday::NewYearsDay:
        return QStringLiteral("nytaarsdag");
    case DanishHoliday::MaundyThursday:
        return QStringLiteral("skaertorsdag");
    case DanishHoliday::GoodFriday:
        return QStringLiteral("langfredag");
    case DanishHoliday::EasterSunday:
        return QStringLiteral("paaskedag");
    case DanishHoliday::EasterMonday:
        return QStringLiteral("2-paaskedag");
    case DanishHoliday::GreatPrayerDay:
        return QStringLiteral("store-bededag");
    case DanishHoliday::AscensionDay:
        return QStringLiteral("kristi-himmelfartsdag");
    case DanishHoliday::WhitSunday:
        return QStringLiteral("pinsedag");
    case DanishHoliday::WhitMonday:
        return QStringLiteral("2-pinsedag");
    case DanishHoliday::ConstitutionDay:
        return QStringLiteral("grundlovsdag");
    case DanishHoliday::ChristmasEve:
        return QStringLiteral("juleaftensdag");
    case DanishHoliday::ChristmasDay:
        return QStringLiteral("1-juledag");
    case DanishHoliday::BoxingDay:
        return QStringLiteral("2-juledag");
    case DanishHoliday::NewYearsEve:
        return QStringLiteral("nytaarsaftensdag");
    }
    return {};
}

QString dayOffKindName(DayOffKind kind)
{
    switch (kind) {
    case DayOffKind::PublicHoliday:
        return HolidayText::tr("public holiday");
    case DayOffKind::CustomaryDayOff:
        return HolidayText::tr("customary day off");
    }
    return {};
}

QString schoolHolidayName(SchoolHolidayKind kind)
{
    switch (kind) {
    case SchoolHolidayKind::Winter:
        return HolidayText::tr("winter holiday");
    case SchoolHolidayKind::Autumn:
        return HolidayText::tr("autumn holiday");
    case SchoolHolidayKind::Summer:
        return HolidayText::tr("summer holiday");
    }
    return {};
}

std::optional<SchoolHolidayKind> SchoolHolidayWeeks::kindOfWeek(int key) const
{
    const int week = weekKeyWeek(key);
    if (week == winterWeek)
        return SchoolHolidayKind::Winter;
    if (week == autumnWeek)
        return SchoolHolidayKind::Autumn;
    if (week >= summerFrom && week <= summerTo)
        return SchoolHolidayKind::Summer;
    return std::nullopt;
}

QString SchoolHolidayWeeks::problem() const
{
    const auto inRange = [](int week) { return week >= 1 && week <= 53; };
    if (!inRange(winterWeek) || !inRange(autumnWeek) || !inRange(summerFrom) || !inRange(summerTo))
        return HolidayText::tr("School-holiday weeks must be week numbers from 1 to 53.");
    if (summerTo < summerFrom)
        return HolidayText::tr("The summer holiday must end in or after the week it starts.");
    return {};
}

QString WeekDaysOff::describe(const QString &language) const
{
    QStringList parts;
    for (const Holiday &holiday : holidays)
        parts.append(QStringLiteral("%1 %2").arg(holidayName(holiday.which), formatDateShort(holiday.date, language)));
    QString text = parts.join(QStringLiteral(", "));
    if (school) {
        if (!text.isEmpty())
            text += QStringLiteral("; ");
        text += schoolHolidayName(*school);
    }
    return text;
}

WeekDaysOff daysOffInWeek(int key, const SchoolHolidayWeeks &school)
{
    WeekDaysOff week;
    week.weekKey = key;
    const QDate monday = mondayOfWeekKey(key);
    if (!monday.isValid())
        return week;
    week.holidays = danishHolidaysBetween(monday, monday.addDays(6));
    // A date counts once, even when two holidays share it (2. pinsedag on grundlovsdag in 2028).
    QDate previous;
    for (const Holiday &holiday : std::as_const(week.holidays)) {
        if (holiday.isWorkingDayLost() && holiday.date != previous)
            ++week.workingDaysLost;
        previous = holiday.date;
    }
    week.school = school.kindOfWeek(key);
    return week;
}

} // namespace parat
