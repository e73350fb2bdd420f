#include "CalendarCli.h"

#include "domain/Calendar.h"
#include "domain/DanishHolidays.h"
#include "domain/Language.h"
#include "storage/CalendarRepository.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"

#include <QLocale>

namespace parat {

namespace {

const QString kYear = QStringLiteral("year");
const QString kMunicipality = QStringLiteral("municipality");

// The year of --year, or 0 when it is missing or not a year the Gregorian Easter rule covers.
int yearOption(const CliCall &call)
{
    bool ok = false;
    const int year = call.options().value(kYear).trimmed().toInt(&ok);
    return ok && year >= 1583 && year <= 9999 ? year : 0;
}

int check(CliCall &call)
{
    if (!call.options().isSet(kYear))
        return call.usageError(CalendarCli::tr("Say which year with --year YYYY."));
    if (yearOption(call) == 0) {
        return call.usageError(
            CalendarCli::tr("--year must be a year from 1583 to 9999, not \"%1\".").arg(call.options().value(kYear)));
    }
    return ExitOk;
}

int run(CliCall &call)
{
    const int year = yearOption(call);
    const QString language = currentLanguage();
    const QLocale locale = language == QLatin1String("da") ? QLocale(QLocale::Danish, QLocale::Denmark)
                                                           : QLocale(QLocale::English, QLocale::UnitedKingdom);
    SchoolHolidayWeeks school;
    QString whose = CalendarCli::tr("default weeks");
    if (call.options().isSet(kMunicipality)) {
        const QString code = call.options().value(kMunicipality).trimmed();
        const std::optional<Municipality> municipality = MunicipalityRepository(call.database()).byCode(code);
        if (!municipality) {
            return call.fail(
                ExitInvalidInput,
                CalendarCli::tr("Municipality %1 is not in the database. See: parat municipality list").arg(code));
        }
        school = CalendarRepository(call.database()).schoolHolidays(municipality->id);
        whose = QStringLiteral("%1 %2").arg(municipality->code, municipality->name);
    }

    call.out(CalendarCli::tr("Public holidays and customary days off %1").arg(year));
    for (const Holiday &holiday : danishHolidays(year)) {
        call.out(QStringLiteral("%1\t%2\t%3\t%4")
                     .arg(formatDateShort(holiday.date, language), locale.dayName(holiday.date.dayOfWeek()),
                          holidayName(holiday.which), dayOffKindName(holiday.kind)));
    }
    if (year >= 2024)
        call.out(CalendarCli::tr("Store bededag is no longer a public holiday (abolished from 2024)."));

    call.out(QString());
    call.out(CalendarCli::tr("School holidays %1 (%2)").arg(year).arg(whose));
    const auto weeks = [&](int from, int to, SchoolHolidayKind kind) {
        const int first = weekKey(year, from);
        const int last = weekKey(year, std::min(to, isoWeeksInYear(year)));
        if (!mondayOfWeekKey(first).isValid())
            return;
        call.out(QStringLiteral("%1\t%2\t%3 – %4")
                     .arg(weekRangeLabel(first, last), schoolHolidayName(kind),
                          formatDateShort(mondayOfWeekKey(first), language),
                          formatDateShort(mondayOfWeekKey(last).addDays(6), language)));
    };
    weeks(school.winterWeek, school.winterWeek, SchoolHolidayKind::Winter);
    weeks(school.summerFrom, school.summerTo, SchoolHolidayKind::Summer);
    weeks(school.autumnWeek, school.autumnWeek, SchoolHolidayKind::Autumn);
    return ExitOk;
}

} // namespace

QString CalendarCli::name() const
{
    return QStringLiteral("calendar");
}

QString CalendarCli::summary() const
{
    return tr("Danish holidays and school-holiday weeks of a year.");
}

QList<CliCommand> CalendarCli::commands() const
{
    CliCommand calendar;
    calendar.options = {
        QCommandLineOption(kYear, tr("the year to list"), QStringLiteral("YYYY")),
        QCommandLineOption(kMunicipality, tr("the school holidays of this municipality (default: the usual weeks)"),
                           tr("CODE")),
    };
    calendar.synopses = {tr("--year YYYY [--municipality CODE]")};
    calendar.description = tr("List the public holidays and customary days off of a year (which lower the hours "
                              "set aside in their weeks) and the school-holiday weeks.");
    calendar.database = DatabaseUse::ReadOnlyWhenLocked;
    calendar.check = check;
    calendar.run = run;
    return {calendar};
}

} // namespace parat
