#include "domain/Calendar.h"

#include <QLocale>

#include <cmath>

namespace parat {

namespace {

bool isDanish(const QString &language)
{
    return language.startsWith(QLatin1String("da"), Qt::CaseInsensitive);
}

} // namespace

int isoWeek(const QDate &date)
{
    return date.isValid() ? date.weekNumber() : 0;
}

int isoWeekYear(const QDate &date)
{
    if (!date.isValid())
        return 0;
    int year = 0;
    date.weekNumber(&year);
    return year;
}

int isoWeeksInYear(int isoYear)
{
    // 28 December always lies in the last ISO week of its year.
    return QDate(isoYear, 12, 28).weekNumber();
}

QDate mondayOfIsoWeek(int isoYear, int week)
{
    if (isoYear == 0 || week < 1 || week > isoWeeksInYear(isoYear))
        return QDate();
    // 4 January always lies in ISO week 1.
    const QDate jan4(isoYear, 1, 4);
    const QDate mondayOfWeek1 = jan4.addDays(1 - jan4.dayOfWeek());
    return mondayOfWeek1.addDays(qint64(week - 1) * 7);
}

int weekKey(const QDate &date)
{
    if (!date.isValid())
        return 0;
    int year = 0;
    const int week = date.weekNumber(&year);
    return weekKey(year, week);
}

int weekKey(int isoYear, int week)
{
    return isoYear * 100 + week;
}

int weekKeyYear(int key)
{
    return key / 100;
}

int weekKeyWeek(int key)
{
    return key % 100;
}

QDate mondayOfWeekKey(int key)
{
    return mondayOfIsoWeek(weekKeyYear(key), weekKeyWeek(key));
}

int addWeeksToKey(int key, int weeks)
{
    const QDate monday = mondayOfWeekKey(key);
    return monday.isValid() ? weekKey(monday.addDays(qint64(weeks) * 7)) : 0;
}

int nextWeekKey(int key)
{
    return addWeeksToKey(key, 1);
}

QList<int> weekKeysBetween(const QDate &from, const QDate &to)
{
    QList<int> keys;
    if (!from.isValid() || !to.isValid() || to < from)
        return keys;
    const int last = weekKey(to);
    for (int key = weekKey(from); key != 0 && key <= last; key = nextWeekKey(key))
        keys.append(key);
    return keys;
}

QString weekLabel(const QDate &date)
{
    return date.isValid() ? CalendarText::tr("week %1").arg(isoWeek(date)) : QString();
}

QString weekKeyLabel(int key)
{
    return mondayOfWeekKey(key).isValid() ? CalendarText::tr("week %1").arg(weekKeyWeek(key)) : QString();
}

int weeksUntil(const QDate &from, const QDate &to)
{
    // Integer division truncates towards zero in C++, which is the documented rounding.
    return int(daysUntil(from, to) / 7);
}

int daysUntil(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid())
        return 0;
    return int(from.daysTo(to));
}

QString formatDate(const QDate &date, const QString &language)
{
    if (!date.isValid())
        return QString();
    // Danish short month names carry their own full stop ("nov.", but "maj").
    if (isDanish(language))
        return QLocale(QLocale::Danish, QLocale::Denmark).toString(date, QStringLiteral("d. MMM yyyy"));
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, QStringLiteral("d MMM yyyy"));
}

QString formatDateShort(const QDate &date, const QString &language)
{
    if (!date.isValid())
        return QString();
    if (isDanish(language))
        return date.toString(QStringLiteral("dd-MM-yyyy"));
    return date.toString(Qt::ISODate);
}

QString weekYearLabel(int key)
{
    if (!mondayOfWeekKey(key).isValid())
        return {};
    return CalendarText::tr("week %1 %2").arg(weekKeyWeek(key)).arg(weekKeyYear(key));
}

QString weekRangeLabel(int fromWeek, int toWeek)
{
    if (fromWeek == toWeek)
        return weekYearLabel(fromWeek);
    return CalendarText::tr("%1 – %2").arg(weekYearLabel(fromWeek), weekYearLabel(toWeek));
}

QString hoursText(double hours)
{
    return QLocale().toString(std::round(hours * 10.0) / 10.0, 'g', 6);
}

} // namespace parat
