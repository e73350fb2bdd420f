#include "ReadinessCli.h"

#include "CliOptionNames.h"

#include "MunicipalityCommand.h"

#include "commands/GoLiveCommands.h"
#include "domain/Calendar.h"
#include "domain/Clock.h"
#include "domain/InputLimits.h"
#include "domain/Language.h"
#include "report/GoLivePaper.h"
#include "report/OutputTarget.h"
#include "report/ReportWriter.h"
#include "services/GoLiveReadinessLoader.h"
#include "storage/Database.h"
#include "storage/GoLiveRepository.h"
#include "storage/PersonRepository.h"

#include <QDir>

namespace parat {

namespace {

QCommandLineOption asOfOption()
{
    return QCommandLineOption(kAsOf, ReadinessCli::tr("the date to measure as of (default: today)"),
                              QStringLiteral("YYYY-MM-DD"));
}

int checkAsOf(CliCall &call)
{
    QString problem;
    if (call.options().isSet(kAsOf)
        && !parseInputDate(call.options().value(kAsOf), QStringLiteral("--as-of"), &problem))
        return call.usageError(problem);
    return ExitOk;
}

QDate asOfDate(const CliCall &call)
{
    return call.options().isSet(kAsOf) ? QDate::fromString(call.options().value(kAsOf).trimmed(), Qt::ISODate)
                                       : call.clock().today();
}

int checkList(CliCall &call)
{
    const QString format = call.options().value(kFormat).trimmed().toLower();
    if (call.options().isSet(kFormat) && format != QLatin1String("text") && format != QLatin1String("csv"))
        return call.usageError(
            ReadinessCli::tr("--format must be text or csv, not \"%1\".").arg(call.options().value(kFormat)));
    return checkAsOf(call);
}

int runList(CliCall &call, const Municipality &municipality)
{
    const QDate asOf = asOfDate(call);
    const QString language = currentLanguage();
    const GoLiveReadinessResult result = loadGoLiveReadiness(call.database(), municipality.id, asOf, language);
    QHash<Id, QString> people;
    for (const Person &person : PersonRepository(call.database()).forMunicipality(municipality.id))
        people.insert(person.id, person.name);
    const ReportTable table = GoLivePaper::criteriaTable(result, people, language);
    if (call.options().value(kFormat).trimmed().toLower() == QLatin1String("csv")) {
        QList<QStringList> rows {table.header};
        rows += table.rows;
        rows.append({ReadinessCli::tr("Readiness score"), QString(), QString(), lightName(result.light),
                     QString::number(result.score)});
        // On the terminal: ';'-separated lines with the same quoting and neutralising as the report's CSV files.
        for (const QStringList &row : std::as_const(rows)) {
            QStringList cells;
            for (const QString &cell : row)
                cells.append(ReportWriter::csvCell(cell));
            call.out(cells.join(QLatin1Char(';')));
        }
        return ExitOk;
    }
    if (result.criteria.isEmpty()) {
        call.out(ReadinessCli::tr("No go-live criteria in %1. Create the default set with: parat readiness defaults")
                     .arg(municipality.name));
    }
    for (const QStringList &row : table.rows) {
        QStringList cells = row;
        for (QString &cell : cells)
            cell.replace(QLatin1Char('\n'), QStringLiteral("; "));
        call.out(QStringList {cells.at(3), cells.at(0), cells.at(4), cells.at(1), cells.at(2)}.join(QLatin1Char('\t')));
    }
    call.out(
        ReadinessCli::tr("Readiness score %1 of 100, light %2 (%3 met, %4 partly met, %5 not met, %6 not relevant).")
            .arg(result.score)
            .arg(lightName(result.light))
            .arg(result.met)
            .arg(result.partlyMet)
            .arg(result.notMet)
            .arg(result.notRelevant));
    for (const LightReason &reason : result.reasons)
        call.out(QStringLiteral("%1: %2").arg(lightName(reason.light), reason.text));
    return ExitOk;
}

int runDefaults(CliCall &call, const Municipality &municipality)
{
    const qsizetype existing = GoLiveRepository(call.database()).criteria(municipality.id).size();
    if (existing > 0) {
        return call.fail(
            ExitInvalidInput,
            ReadinessCli::tr("%1 already has %n go-live criterion/criteria; nothing was added.", "", int(existing))
                .arg(municipality.name));
    }
    AddDefaultGoLiveCriteria command(call.database(), municipality.id, municipality.goLive);
    if (const int code = runOnce(call, command); code != ExitOk)
        return code;
    call.out(
        ReadinessCli::tr("Added %n go-live criterion/criteria to %1.", "", command.count()).arg(municipality.name));
    return ExitOk;
}

int checkPaper(CliCall &call)
{
    if (call.options().value(kOut).trimmed().isEmpty())
        return call.usageError(ReadinessCli::tr("Give the PDF file to write with --out FILE."));
    return checkAsOf(call);
}

int runPaper(CliCall &call, const Municipality &municipality)
{
    const QString path = call.options().value(kOut).trimmed();
    QString error;
    if (!checkOutputTarget(call.database(), path, &error)
        || !GoLivePaper::write(call.database(), municipality.id, asOfDate(call), path, &error))
        return call.fail(ExitInvalidInput, error);
    call.out(ReadinessCli::tr("Wrote %1").arg(QDir::toNativeSeparators(path)));
    return ExitOk;
}

} // namespace

QString ReadinessCli::name() const
{
    return QStringLiteral("readiness");
}

QString ReadinessCli::summary() const
{
    return tr("Go/no-go readiness: the go-live criteria, the readiness score and the decision paper.");
}

QList<CliCommand> ReadinessCli::commands() const
{
    // The group's own command (no name): `parat readiness`.
    CliCommand list = municipalityCommand(
        QString(),
        {QCommandLineOption(kFormat, tr("text (the default) or csv"), QStringLiteral("text|csv")), asOfOption()},
        QStringLiteral("[--municipality CODE] [--format text|csv] [--as-of YYYY-MM-DD]"),
        tr("List the go-live criteria with their status (measured ones with their numbers), then the "
           "readiness score, light and reasons."),
        runList, DatabaseUse::ReadOnlyWhenLocked);
    list.check = checkList;

    const CliCommand defaults = municipalityCommand(
        QStringLiteral("defaults"), {}, QStringLiteral("[--municipality CODE]"),
        tr("Create the default go-live criteria from the handbook (only when there are none)."), runDefaults);

    CliCommand paper = municipalityCommand(
        QStringLiteral("paper"), {QCommandLineOption(kOut, tr("the PDF file to write"), tr("FILE")), asOfOption()},
        QStringLiteral("[--municipality CODE] --out FILE.pdf [--as-of YYYY-MM-DD]"),
        tr("Write the go/no-go decision paper as a PDF: a summary page and the criteria list."), runPaper,
        DatabaseUse::ReadOnlyWhenLocked);
    paper.check = checkPaper;
    paper.draws = [](const QCommandLineParser &, const QStringList &) { return true; }; // a PDF
    return {list, defaults, paper};
}

} // namespace parat
