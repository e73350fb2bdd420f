#include "CalendarCli.h"

#include "CliOptionNames.h"

#include "domain/Calendar.h"
#include "domain/Clock.h"
#include "domain/DanishHolidays.h"
#include "domain/Language.h"
#include "report/IcsWriter.h"
#include "report/OutputTarget.h"
#include "services/CalendarEntries.h"
#include "storage/CalendarRepository.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"
#include "storage/PersonRepository.h"

#include <QDir>
#include <QLocale>

namespace parat {

namespace {

const QString kYear = QStringLiteral("year");
const QString kReleases = QStringLiteral("releases");

// The year of --year, or 0 when it is missing or not a year the Gregorian Easter rule covers.
int yearOption(const CliCall &call)
{
    bool ok = false;
    const int year = call.options().value(kYear).trimmed().toInt(&ok);
    return ok && year >= 1583 && year <= 9999 ? year : 0;
}

int check(CliCall &call)
{
    const bool exporting = call.options().isSet(kOut);
    if (exporting && call.options().isSet(kYear))
        return call.usageError(
            CalendarCli::tr("Use --year to list holidays or --out to write a calendar file, not both."));
    if (exporting) {
        if (!call.options().isSet(kMunicipality))
            return call.usageError(CalendarCli::tr("Say whose calendar with --municipality CODE."));
        if (call.options().value(kOut).trimmed().isEmpty())
            return call.usageError(CalendarCli::tr("--out needs a file name, such as plan.ics."));
        return ExitOk;
    }
    if (call.options().isSet(kPerson) || call.options().isSet(kReleases))
        return call.usageError(CalendarCli::tr("--person and --releases go with --out FILE."));
    if (!call.options().isSet(kYear))
        return call.usageError(
            CalendarCli::tr("Say which year with --year YYYY, or write a calendar file with --out FILE."));
    if (yearOption(call) == 0) {
        return call.usageError(
            CalendarCli::tr("--year must be a year from 1583 to 9999, not \"%1\".").arg(call.options().value(kYear)));
    }
    return ExitOk;
}

// `--out FILE`: the municipality's (or one person's) tasks, milestones, go-live and communication as iCalendar.
int exportCalendar(CliCall &call)
{
    Database &db = call.database();
    const QString code = call.options().value(kMunicipality).trimmed();
    const std::optional<Municipality> municipality = MunicipalityRepository(db).byCode(code);
    if (!municipality) {
        return call.fail(
            ExitInvalidInput,
            CalendarCli::tr("Municipality %1 is not in the database. See: parat municipality list").arg(code));
    }
    CalendarScope scope;
    scope.includeReleases = call.options().isSet(kReleases);
    QString personName;
    if (call.options().isSet(kPerson)) {
        const QString wanted = call.options().value(kPerson).trimmed();
        QStringList known;
        for (const Person &person : PersonRepository(db).forMunicipality(municipality->id)) {
            known << person.name;
            if (person.name.compare(wanted, Qt::CaseInsensitive) == 0) {
                scope.personId = person.id;
                personName = person.name;
            }
        }
        if (scope.personId == 0) {
            return call.fail(ExitInvalidInput,
                             CalendarCli::tr("%1 has no person named \"%2\". The people are: %3")
                                 .arg(municipality->name, wanted, known.join(QStringLiteral(", "))));
        }
    }
    const QString path = call.options().value(kOut).trimmed();
    QString error;
    if (!checkOutputTarget(db, path, &error))
        return call.fail(ExitInvalidInput, error);
    const QList<CalendarEntry> entries = calendarEntries(db, *municipality, scope);
    const QByteArray bytes = icsCalendar(calendarName(*municipality, personName), entries, call.clock().now().toUTC());
    if (!writeFileAtomically(path, bytes, &error))
        return call.fail(ExitInvalidInput, error);
    call.out(CalendarCli::tr("Wrote %n calendar entry(s) to %1", "", int(entries.size()))
                 .arg(QDir::toNativeSeparators(path)));
    return ExitOk;
}

int run(CliCall &call)
{
    if (call.options().isSet(kOut))
        return exportCalendar(call);
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
    return tr("Danish holidays and school-holiday weeks of a year; the plan as a calendar file.");
}

QList<CliCommand> CalendarCli::commands() const
{
    CliCommand calendar;
    calendar.options = {
        QCommandLineOption(kYear, tr("the year to list"), QStringLiteral("YYYY")),
        QCommandLineOption(kMunicipality,
                           tr("with --year: the school holidays of this municipality (default: the usual weeks); "
                              "with --out: whose plan"),
                           tr("CODE")),
        QCommandLineOption(kOut, tr("write the plan as an iCalendar file (.ics)"), tr("FILE")),
        QCommandLineOption(kPerson, tr("with --out: only the tasks and communication of this person"), tr("NAME")),
        QCommandLineOption(kReleases, tr("with --out: also the date each task is released")),
    };
    calendar.synopses
        = {tr("--year YYYY [--municipality CODE]"), tr("--municipality CODE --out FILE [--person NAME] [--releases]")};
    calendar.description
        = tr("List the public holidays and customary days off of a year (which lower the hours set aside in their "
             "weeks) and the school-holiday weeks. With --out, write the municipality's task deadlines, "
             "milestones, go-live and communication plan as an iCalendar file for Outlook and other calendars; "
             "importing a newer file updates the entries instead of adding them again.");
    calendar.database = DatabaseUse::ReadOnlyWhenLocked;
    calendar.check = check;
    calendar.run = run;
    return {calendar};
}

} // namespace parat
