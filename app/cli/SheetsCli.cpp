#include "SheetsCli.h"

#include "CliOptionNames.h"

#include "domain/Calendar.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "report/TaskSheet.h"
#include "services/PersonTasksLoader.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"

#include <QDir>

namespace parat {

namespace {

const QString kFrom = QStringLiteral("from");
const QString kWeeks = QStringLiteral("weeks");
const QString kSuperusers = QStringLiteral("superusers");
constexpr int kDefaultWeeks = 4;
constexpr int kMaxWeeks = 52;

// The period of --from and --weeks (default: this week and the next 3), or 0 weeks on a bad value (written).
TaskSheetPeriod periodOf(const CliCall &call, int *exitCode)
{
    TaskSheetPeriod period;
    period.fromWeek = weekKey(call.clock().today());
    period.weeks = kDefaultWeeks;
    *exitCode = ExitOk;
    const QCommandLineParser &options = call.options();
    if (options.isSet(kFrom)) {
        period.fromWeek = TaskSheet::parseWeek(options.value(kFrom), isoWeekYear(call.clock().today()));
        if (period.fromWeek == 0) {
            *exitCode = call.usageError(
                SheetsCli::tr("--from must be an ISO week such as 2026-W50 (or 50 for this year), not \"%1\".")
                    .arg(options.value(kFrom)));
            return period;
        }
    }
    if (options.isSet(kWeeks)) {
        bool ok = false;
        period.weeks = options.value(kWeeks).trimmed().toInt(&ok);
        if (!ok || period.weeks < 1 || period.weeks > kMaxWeeks) {
            *exitCode = call.usageError(SheetsCli::tr("--weeks must be a number from 1 to %1, not \"%2\".")
                                            .arg(kMaxWeeks)
                                            .arg(options.value(kWeeks)));
        }
    }
    return period;
}

int check(CliCall &call)
{
    const QCommandLineParser &options = call.options();
    for (const QString &name : {kMunicipality, kOutDir, kFrom, kWeeks, kPerson}) {
        if (options.values(name).size() > 1)
            return call.usageError(SheetsCli::tr("%1 is given twice.").arg(QStringLiteral("--") + name));
    }
    if (!options.isSet(kMunicipality) || options.value(kMunicipality).trimmed().isEmpty())
        return call.usageError(SheetsCli::tr("Say whose sheets with --municipality CODE."));
    if (!options.isSet(kOutDir) || options.value(kOutDir).trimmed().isEmpty())
        return call.usageError(SheetsCli::tr("Give the folder for the sheets with --out-dir DIR."));
    if (options.isSet(kPerson) && options.isSet(kSuperusers))
        return call.usageError(SheetsCli::tr("Use --person NAME or --superusers, not both."));
    int code = ExitOk;
    periodOf(call, &code);
    return code;
}

int run(CliCall &call)
{
    int code = ExitOk;
    const TaskSheetPeriod period = periodOf(call, &code);
    if (code != ExitOk)
        return code;
    Database &db = call.database();
    const QString municipalityCode = call.options().value(kMunicipality).trimmed();
    const std::optional<Municipality> municipality = MunicipalityRepository(db).byCode(municipalityCode);
    if (!municipality) {
        return call.fail(ExitInvalidInput,
                         SheetsCli::tr("Municipality %1 is not in the database. See: parat municipality list")
                             .arg(municipalityCode));
    }
    const std::optional<PersonPlan> plan = loadPersonPlan(db, municipality->id, call.clock().today());
    if (!plan)
        return call.fail(ExitInvalidInput, SheetsCli::tr("Municipality %1 could not be read.").arg(municipalityCode));

    QList<Person> people;
    if (call.options().isSet(kPerson)) {
        const QString wanted = call.options().value(kPerson).trimmed();
        const std::optional<Person> person = plan->personNamed(wanted);
        if (!person) {
            QStringList known;
            for (const Person &candidate : plan->people)
                known << candidate.name;
            return call.fail(ExitInvalidInput,
                             SheetsCli::tr("%1 has no person named \"%2\". The people are: %3")
                                 .arg(municipality->name, wanted, known.join(QStringLiteral(", "))));
        }
        people = {*person};
    } else {
        people = TaskSheet::peopleOf(*plan,
                                     call.options().isSet(kSuperusers) ? SheetPeople::Superusers : SheetPeople::All);
    }
    if (people.isEmpty()) {
        return call.fail(ExitInvalidInput,
                         call.options().isSet(kSuperusers)
                             ? SheetsCli::tr("%1 has no superusers.").arg(municipality->name)
                             : SheetsCli::tr("%1 has no people.").arg(municipality->name));
    }

    const QString folder = call.options().value(kOutDir).trimmed();
    QStringList written;
    bool cancelled = false;
    QString error;
    if (!TaskSheet::writeAll(db, *plan, people, period, folder, {}, &written, &cancelled, &error))
        return call.fail(ExitInvalidInput, error);
    for (const QString &path : std::as_const(written))
        call.out(SheetsCli::tr("Wrote %1").arg(QDir::toNativeSeparators(path)));
    call.out(SheetsCli::tr("%n task sheet(s) for %1 written.", "", int(written.size()))
                 .arg(weekRangeLabel(period.fromWeek, period.toWeek())));
    return ExitOk;
}

} // namespace

QString SheetsCli::name() const
{
    return QStringLiteral("sheets");
}

QString SheetsCli::summary() const
{
    return tr("Task sheets (PDF): each person's tasks, hours and communication for a period.");
}

QList<CliCommand> SheetsCli::commands() const
{
    CliCommand sheets;
    sheets.options = {
        QCommandLineOption(kMunicipality, tr("the municipality whose people get task sheets"), tr("CODE")),
        QCommandLineOption(kOutDir, tr("the folder for the sheets (created when missing)"), tr("DIR")),
        QCommandLineOption(kFrom, tr("the first ISO week of the period (default: this week)"), tr("WEEK")),
        QCommandLineOption(kWeeks, tr("the number of weeks (default: 4)"), QStringLiteral("N")),
        QCommandLineOption(kPerson, tr("only this person's sheet"), tr("NAME")),
        QCommandLineOption(kSuperusers, tr("only the superusers' sheets")),
    };
    sheets.synopses = {tr("--municipality CODE --out-dir DIR [--from WEEK] [--weeks N] [--person NAME] "
                          "[--superusers]")};
    sheets.description
        = tr("Write a task sheet (A4 PDF) for each person of the municipality, or for the superusers or one person, "
             "into a folder, one file each: the open tasks they are responsible for or perform that are due in the "
             "period (with what each task is and whom to ask), their hours set aside against the hours needed week "
             "by week, and the communication they send. WEEK is an ISO week such as 2026-W50. Texts follow --lang.");
    sheets.database = DatabaseUse::ReadOnlyWhenLocked;
    sheets.check = check;
    sheets.draws = [](const QCommandLineParser &, const QStringList &) { return true; }; // PDFs
    sheets.run = run;
    return {sheets};
}

} // namespace parat
