#include "domain/Calendar.h"

#include "TestSupport.h"

using namespace parat;

TEST_CASE("ISO week numbers and week labels", "[planning][calendar]")
{
    CHECK(isoWeek(QDate(2026, 11, 27)) == 48);
    CHECK(isoWeekYear(QDate(2026, 11, 27)) == 2026);
    CHECK(weekLabel(QDate(2026, 11, 27)) == QStringLiteral("week 48"));
    CHECK(weekKeyLabel(202653) == QStringLiteral("week 53"));
    CHECK(isoWeek(QDate()) == 0);
    CHECK(weekKey(QDate()) == 0);
    CHECK(weekLabel(QDate()).isEmpty());
    CHECK(weekKeyLabel(202654).isEmpty());
    // 29 Dec 2025 is a Monday in week 1 of ISO year 2026.
    CHECK(weekKey(QDate(2025, 12, 29)) == 202601);
    CHECK(weekKey(QDate(2025, 12, 28)) == 202552);
}

TEST_CASE("2026 has 53 ISO weeks and 1 January 2027 lies in week 53 of 2026", "[planning][calendar]")
{
    CHECK(isoWeeksInYear(2026) == 53);
    CHECK(isoWeeksInYear(2027) == 52);
    CHECK(isoWeeksInYear(2025) == 52);
    CHECK(isoWeeksInYear(2020) == 53);

    CHECK(isoWeek(QDate(2027, 1, 1)) == 53);
    CHECK(isoWeekYear(QDate(2027, 1, 1)) == 2026);
    CHECK(weekKey(QDate(2027, 1, 1)) == 202653);
    CHECK(weekKey(QDate(2027, 1, 3)) == 202653);
    CHECK(weekKey(QDate(2027, 1, 4)) == 202701);
    CHECK(weekLabel(QDate(2027, 1, 1)) == QStringLiteral("week 53"));

    CHECK(mondayOfIsoWeek(2026, 1) == QDate(2025, 12, 29));
    CHECK(mondayOfIsoWeek(2026, 48) == QDate(2026, 11, 23));
    CHECK(mondayOfIsoWeek(2026, 53) == QDate(2026, 12, 28));
    CHECK(mondayOfIsoWeek(2027, 1) == QDate(2027, 1, 4));
    CHECK_FALSE(mondayOfIsoWeek(2026, 54).isValid());
    CHECK_FALSE(mondayOfIsoWeek(2027, 53).isValid());
    CHECK_FALSE(mondayOfIsoWeek(2026, 0).isValid());
    CHECK(mondayOfWeekKey(202653) == QDate(2026, 12, 28));
    CHECK(weekKeyYear(202653) == 2026);
    CHECK(weekKeyWeek(202653) == 53);
}

TEST_CASE("Week keys step across week 53 and the 2026 to 2027 year shift", "[planning][calendar]")
{
    CHECK(nextWeekKey(202652) == 202653);
    CHECK(nextWeekKey(202653) == 202701);
    CHECK(nextWeekKey(202552) == 202601);
    CHECK(nextWeekKey(202752) == 202801);
    CHECK(addWeeksToKey(202701, -1) == 202653);
    CHECK(addWeeksToKey(202650, 4) == 202701);
    CHECK(addWeeksToKey(202650, 0) == 202650);
    CHECK(addWeeksToKey(202654, 1) == 0);

    CHECK(weekKeysBetween(QDate(2026, 12, 20), QDate(2027, 1, 12))
          == QList<int> {202651, 202652, 202653, 202701, 202702});
    CHECK(weekKeysBetween(QDate(2026, 12, 28), QDate(2027, 1, 3)) == QList<int> {202653});
    CHECK(weekKeysBetween(QDate(2027, 1, 3), QDate(2026, 12, 28)).isEmpty());
    CHECK(weekKeysBetween(QDate(), QDate(2026, 12, 28)).isEmpty());

    // Every day of 2026 and 2027 maps to a key that the walk from the first day reaches in order.
    QList<int> walked;
    for (int key = weekKey(QDate(2026, 1, 1)); key <= weekKey(QDate(2027, 12, 31)); key = nextWeekKey(key))
        walked.append(key);
    CHECK(walked.size() == 53 + 52);
    for (QDate day(2026, 1, 1); day <= QDate(2027, 12, 31); day = day.addDays(1))
        CHECK(walked.contains(weekKey(day)));
}

TEST_CASE("Whole weeks and days until a date", "[planning][calendar]")
{
    const QDate from(2026, 10, 1);
    CHECK(daysUntil(from, QDate(2027, 1, 1)) == 92);
    CHECK(weeksUntil(from, QDate(2027, 1, 1)) == 13);
    CHECK(weeksUntil(from, from) == 0);
    CHECK(weeksUntil(from, from.addDays(6)) == 0);
    CHECK(weeksUntil(from, from.addDays(7)) == 1);
    CHECK(weeksUntil(from, from.addDays(-6)) == 0);
    CHECK(weeksUntil(from, from.addDays(-7)) == -1);
    CHECK(weeksUntil(from, from.addDays(-10)) == -1);
    CHECK(daysUntil(from, from.addDays(-3)) == -3);
    CHECK(daysUntil(from, QDate()) == 0);
    CHECK(weeksUntil(QDate(), from) == 0);
}

TEST_CASE("Dates are written the Danish or the English way", "[planning][calendar]")
{
    const QDate day(2026, 11, 27);
    CHECK(formatDate(day, QStringLiteral("da")) == QStringLiteral("27. nov. 2026"));
    CHECK(formatDate(QDate(2026, 5, 1), QStringLiteral("da")) == QStringLiteral("1. maj 2026"));
    CHECK(formatDate(day, QStringLiteral("en")) == QStringLiteral("27 Nov 2026"));
    CHECK(formatDate(QDate(2026, 5, 1), QStringLiteral("en")) == QStringLiteral("1 May 2026"));
    CHECK(formatDateShort(day, QStringLiteral("da")) == QStringLiteral("27-11-2026"));
    CHECK(formatDateShort(QDate(2027, 1, 4), QStringLiteral("da")) == QStringLiteral("04-01-2027"));
    CHECK(formatDateShort(day, QStringLiteral("en")) == QStringLiteral("2026-11-27"));
    CHECK(formatDate(QDate(), QStringLiteral("da")).isEmpty());
    CHECK(formatDateShort(QDate(), QStringLiteral("en")).isEmpty());
}
