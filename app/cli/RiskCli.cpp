#include "RiskCli.h"

#include "MunicipalityCommand.h"

#include "commands/RiskCommands.h"
#include "domain/Calendar.h"
#include "domain/Clock.h"
#include "domain/InputLimits.h"
#include "domain/Language.h"
#include "domain/Risk.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/RiskRepository.h"

namespace parat {

namespace {

const QString kStatus = QStringLiteral("status");
const QString kTitle = QStringLiteral("title");
const QString kDescription = QStringLiteral("description");
const QString kProbability = QStringLiteral("probability");
const QString kConsequence = QStringLiteral("consequence");
const QString kOwner = QStringLiteral("owner");
const QString kAction = QStringLiteral("action");
const QString kReview = QStringLiteral("review");
const QString kTasks = QStringLiteral("tasks");
const QString kDimension = QStringLiteral("dimension");

// A scale value typed as a whole number; 2 (usage) when it is not one, the range is checked with the risk.
bool scaleOption(const CliCall &call, const QString &name, int *value, int *exitCode)
{
    bool ok = false;
    *value = call.options().value(name).trimmed().toInt(&ok);
    if (!ok) {
        *exitCode = call.usageError(RiskCli::tr("--%1 must be a whole number from %2 to %3, not \"%4\".")
                                        .arg(name)
                                        .arg(kRiskScaleMin)
                                        .arg(kRiskScaleMax)
                                        .arg(call.options().value(name)));
        return false;
    }
    return true;
}

int checkAdd(CliCall &call)
{
    const QCommandLineParser &options = call.options();
    for (const QString &required : {kTitle, kProbability, kConsequence}) {
        if (!options.isSet(required))
            return call.usageError(RiskCli::tr("--%1 is required.").arg(required));
    }
    int value = 0;
    int exitCode = ExitOk;
    if (!scaleOption(call, kProbability, &value, &exitCode) || !scaleOption(call, kConsequence, &value, &exitCode))
        return exitCode;
    QString problem;
    if (options.isSet(kReview) && !parseInputDate(options.value(kReview), QStringLiteral("--review"), &problem))
        return call.usageError(problem);
    std::optional<RiskStatus> status;
    if (const int code = enumOption(call, kStatus, allRiskStatuses(), riskStatusCode, riskStatusFromCode, &status);
        code != ExitOk)
        return code;
    std::optional<RiskDimension> dimension;
    return enumOption(call, kDimension, allRiskDimensions(), riskDimensionCode, riskDimensionFromCode, &dimension);
}

int runAdd(CliCall &call, const Municipality &municipality)
{
    const QCommandLineParser &options = call.options();
    Risk risk;
    risk.municipalityId = municipality.id;
    risk.title = options.value(kTitle);
    risk.description = options.value(kDescription);
    risk.probability = options.value(kProbability).trimmed().toInt();
    risk.consequence = options.value(kConsequence).trimmed().toInt();
    risk.response = options.value(kAction);
    risk.status = riskStatusFromCode(options.value(kStatus)).value_or(RiskStatus::Open);
    risk.dimension = riskDimensionFromCode(options.value(kDimension)).value_or(RiskDimension::TasksAndDeadlines);
    risk.taskKeys = parseTaskKeys(options.value(kTasks));
    if (options.isSet(kReview))
        risk.nextReview = QDate::fromString(options.value(kReview).trimmed(), Qt::ISODate);
    if (options.isSet(kOwner)) {
        const QString wanted = options.value(kOwner).trimmed();
        for (const Person &person : PersonRepository(call.database()).forMunicipality(municipality.id)) {
            if (person.name.compare(wanted, Qt::CaseInsensitive) == 0)
                risk.ownerId = person.id;
        }
        if (risk.ownerId == 0) {
            return call.fail(ExitInvalidInput,
                             RiskCli::tr("There is no person called \"%1\" in %2.").arg(wanted, municipality.name));
        }
    }
    // Invalid input (a probability of 7, an unknown task key) is refused before anything is written, so a
    // failure after this point is the database's.
    QString error;
    if (!validateRisk(&risk, &error))
        return call.fail(ExitInvalidInput, error);
    if (const int code = checkTaskKeys(call, municipality, risk.taskKeys); code != ExitOk)
        return code;
    AddRisk command(call.database(), risk);
    if (const int code = runOnce(call, command); code != ExitOk)
        return code;
    call.out(RiskCli::tr("Added risk %1 \"%2\" (score %3) to %4.")
                 .arg(riskLabel(command.riskNumber()), risk.title)
                 .arg(risk.score())
                 .arg(municipality.name));
    return ExitOk;
}

int runList(CliCall &call, const Municipality &municipality)
{
    std::optional<RiskStatus> only;
    if (const int code = enumOption(call, kStatus, allRiskStatuses(), riskStatusCode, riskStatusFromCode, &only);
        code != ExitOk)
        return code;
    QList<Risk> risks = RiskRepository(call.database()).forMunicipality(municipality.id);
    sortRisksByScore(&risks);
    QHash<Id, QString> names;
    for (const Person &person : PersonRepository(call.database()).forMunicipality(municipality.id))
        names.insert(person.id, person.name);
    const QDate today = call.clock().today();
    const QString language = currentLanguage();
    QList<QStringList> rows;
    for (const Risk &risk : std::as_const(risks)) {
        if (only && risk.status != *only)
            continue;
        QString review = formatDateShort(risk.nextReview, language);
        if (riskReviewOverdue(risk, today))
            review = RiskCli::tr("%1 (review overdue)").arg(review);
        rows.append({riskLabel(risk.number), QString::number(risk.score()), riskStatusName(risk.status), risk.title,
                     names.value(risk.ownerId), risk.response, review});
    }
    outRows(call, rows, RiskCli::tr("No risks in %1. Add one with: parat risk add").arg(municipality.name));
    return ExitOk;
}

} // namespace

QString RiskCli::name() const
{
    return QStringLiteral("risk");
}

QString RiskCli::summary() const
{
    return tr("The risk log: risks with probability, consequence, owner and action.");
}

QList<CliCommand> RiskCli::commands() const
{
    const CliCommand list = municipalityCommand(
        QStringLiteral("list"),
        {QCommandLineOption(kStatus, tr("only risks with this status"), QStringLiteral("open|in_hand|closed"))},
        QStringLiteral("[--municipality CODE] [--status open|in_hand|closed]"),
        tr("List the risks, highest score first: number, score, status, title, owner, action and next review."),
        runList, DatabaseUse::ReadOnlyWhenLocked);

    CliCommand add = municipalityCommand(
        QStringLiteral("add"),
        {
            QCommandLineOption(kTitle, tr("what could go wrong"), tr("TEXT")),
            QCommandLineOption(kProbability, tr("how likely, 1 (unlikely) to 4 (very likely)"), QStringLiteral("1-4")),
            QCommandLineOption(kConsequence, tr("how serious, 1 (minor) to 4 (critical)"), QStringLiteral("1-4")),
            QCommandLineOption(kDescription, tr("more about the risk"), tr("TEXT")),
            QCommandLineOption(kOwner, tr("the person who owns the risk, by name"), tr("NAME")),
            QCommandLineOption(kAction, tr("what is done about it"), tr("TEXT")),
            QCommandLineOption(kReview, tr("the next review date"), QStringLiteral("YYYY-MM-DD")),
            QCommandLineOption(kTasks, tr("keys of the tasks it concerns, separated by commas"), tr("KEYS")),
            QCommandLineOption(kStatus, tr("open (the default), in_hand or closed"),
                               QStringLiteral("open|in_hand|closed")),
            QCommandLineOption(kDimension, tr("tasks (the default), superusers, organisation or golive"),
                               QStringLiteral("tasks|superusers|organisation|golive")),
        },
        QStringLiteral("[--municipality CODE] --title TEXT --probability 1-4 --consequence 1-4 "
                       "[--owner NAME] [--action TEXT] [--review YYYY-MM-DD] [--tasks KEYS]"),
        tr("Add a risk to the log; it gets the next number (R1, R2, ...)."), runAdd);
    add.check = checkAdd;
    return {list, add};
}

} // namespace parat
