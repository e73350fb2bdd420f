#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace parat {

// ISO 8601 weeks and date text for plans and reports.
//
// A week key is isoYear * 100 + week (202653 is week 53 of ISO year 2026, which holds 28 Dec 2026 to 3 Jan
// 2027). Keys sort in calendar order, so they work as map keys; step through them with addWeeksToKey() or
// nextWeekKey(), never by adding 1, so week 53 and year shifts come out right. 0 is "no week" (invalid date).

// Translation context for the free functions below (lupdate sees "parat::CalendarText").
struct CalendarText
{
    Q_DECLARE_TR_FUNCTIONS(parat::CalendarText)
};

// ISO week number (1..53) of the date; 0 for an invalid date.
int isoWeek(const QDate &date);
// ISO week-numbering year of the date (1 Jan 2027 belongs to 2026); 0 for an invalid date.
int isoWeekYear(const QDate &date);
// 52 or 53.
int isoWeeksInYear(int isoYear);
// Monday of the given ISO week; invalid when the week does not exist in that year.
QDate mondayOfIsoWeek(int isoYear, int week);

int weekKey(const QDate &date);
int weekKey(int isoYear, int week);
int weekKeyYear(int key);
int weekKeyWeek(int key);
// Monday of the week; invalid for a key that names no week.
QDate mondayOfWeekKey(int key);
// The key `weeks` weeks later (earlier when negative); 0 for an invalid key.
int addWeeksToKey(int key, int weeks);
int nextWeekKey(int key);
// Keys of every ISO week touched by [from, to], in order; empty when to < from or a date is invalid.
QList<int> weekKeysBetween(const QDate &from, const QDate &to);

// "week 48" (Danish "uge 48" comes from the translation).
QString weekLabel(const QDate &date);
QString weekKeyLabel(int key);

// Whole weeks from `from` to `to`, truncated towards zero (6 days is 0 weeks, -7 days is -1); negative when
// `to` is in the past. 0 when a date is invalid.
int weeksUntil(const QDate &from, const QDate &to);
// Days from `from` to `to`; negative when `to` is in the past, 0 when a date is invalid.
int daysUntil(const QDate &from, const QDate &to);

// Long date for reports: "27. nov. 2026" when language is "da", otherwise "27 Nov 2026". Empty when invalid.
QString formatDate(const QDate &date, const QString &language);
// Short date for tables: "27-11-2026" when language is "da", otherwise ISO "2026-11-27". Empty when invalid.
QString formatDateShort(const QDate &date, const QString &language);

// "week 48 2026": a week key with its ISO year, for periods that cross a year shift.
QString weekYearLabel(int weekKey);
// "week 48 2026 – week 2 2027" ("week 5 2027" when one week).
QString weekRangeLabel(int fromWeek, int toWeek);
// Hours as the user reads them: "7.5" / "7,5", no trailing zeros.
QString hoursText(double hours);

} // namespace parat
