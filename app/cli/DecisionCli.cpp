#include "DecisionCli.h"

#include "MunicipalityCommand.h"
#include "commands/RiskCommands.h"
#include "domain/Calendar.h"
#include "domain/Clock.h"
#include "domain/Decision.h"
#include "domain/InputLimits.h"
#include "domain/Language.h"
#include "domain/Risk.h"
#include "storage/Database.h"
#include "storage/DecisionRepository.h"
#include "storage/RiskRepository.h"

namespace parat {

namespace {

const QString kQuestion = QStringLiteral("question");
const QString kBackground = QStringLiteral("background");
const QString kOptions = QStringLiteral("options");
const QString kNeededBy = QStringLiteral("needed-by");
const QString kRisk = QStringLiteral("risk");
const QString kTask = QStringLiteral("task");
const QString kStatus = QStringLiteral("status");

// --risk takes the risk's number ("3" or "R3").
std::optional<int> riskNumber(const QString &text)
{
    QString digits = text.trimmed();
    if (digits.startsWith(QLatin1Char('R'), Qt::CaseInsensitive))
        digits.remove(0, 1);
    bool ok = false;
    const int number = digits.toInt(&ok);
    return ok && number > 0 ? std::optional<int>(number) : std::nullopt;
}

int checkAdd(CliCall &call)
{
    const QCommandLineParser &options = call.options();
    if (!options.isSet(kQuestion))
        return call.usageError(DecisionCli::tr("--question is required."));
    QString problem;
    if (options.isSet(kNeededBy) && !parseInputDate(options.value(kNeededBy), QStringLiteral("--needed-by"), &problem))
        return call.usageError(problem);
    if (options.isSet(kRisk) && !riskNumber(options.value(kRisk))) {
        return call.usageError(
            DecisionCli::tr("--risk takes the number of a risk (3 or R3), not \"%1\".").arg(options.value(kRisk)));
    }
    return ExitOk;
}

int runAdd(CliCall &call, const Municipality &municipality)
{
    const QCommandLineParser &options = call.options();
    Decision decision;
    decision.municipalityId = municipality.id;
    decision.question = options.value(kQuestion);
    decision.background = options.value(kBackground);
    decision.options = options.value(kOptions);
    decision.taskKey = options.value(kTask).trimmed();
    if (options.isSet(kNeededBy))
        decision.neededBy = QDate::fromString(options.value(kNeededBy).trimmed(), Qt::ISODate);
    QString error;
    if (!validateDecision(&decision, &error))
        return call.fail(ExitInvalidInput, error);
    if (options.isSet(kRisk)) {
        const int number = *riskNumber(options.value(kRisk));
        for (const Risk &risk : RiskRepository(call.database()).forMunicipality(municipality.id)) {
            if (risk.number == number)
                decision.riskId = risk.id;
        }
        if (decision.riskId == 0) {
            return call.fail(ExitInvalidInput,
                             DecisionCli::tr("There is no risk %1 in %2.").arg(riskLabel(number), municipality.name));
        }
    }
    if (!decision.taskKey.isEmpty()) {
        if (const int code = checkTaskKeys(call, municipality, {decision.taskKey}); code != ExitOk)
            return code;
    }
    // Everything the repository checks was checked above, so a failure here is the database's.
    AddDecision command(call.database(), decision);
    if (const int code = runOnce(call, command); code != ExitOk)
        return code;
    call.out(DecisionCli::tr("Added decision %1 \"%2\" to %3.")
                 .arg(decisionLabel(command.decisionNumber()), decision.question, municipality.name));
    return ExitOk;
}

int runList(CliCall &call, const Municipality &municipality)
{
    std::optional<DecisionStatus> only;
    if (const int code
        = enumOption(call, kStatus, allDecisionStatuses(), decisionStatusCode, decisionStatusFromCode, &only);
        code != ExitOk)
        return code;
    const QList<Decision> decisions = DecisionRepository(call.database()).forMunicipality(municipality.id);
    const QDate today = call.clock().today();
    const QString language = currentLanguage();
    QList<QStringList> rows;
    for (const Decision &decision : decisions) {
        if (only && decision.status != *only)
            continue;
        QString neededBy = formatDateShort(decision.neededBy, language);
        if (decisionOverdue(decision, today))
            neededBy = DecisionCli::tr("%1 (overdue)").arg(neededBy);
        rows.append({decisionLabel(decision.number), decisionStatusName(decision.status), neededBy, decision.question,
                     decision.decision});
    }
    outRows(call, rows, DecisionCli::tr("No decisions in %1. Add one with: parat decision add").arg(municipality.name));
    return ExitOk;
}

} // namespace

QString DecisionCli::name() const
{
    return QStringLiteral("decision");
}

QString DecisionCli::summary() const
{
    return tr("The decision log: questions for the steering group and the date each answer is needed by.");
}

QList<CliCommand> DecisionCli::commands() const
{
    const CliCommand list = municipalityCommand(
        QStringLiteral("list"),
        {QCommandLineOption(kStatus, tr("only decisions with this status"), QStringLiteral("pending|taken|postponed"))},
        QStringLiteral("[--municipality CODE] [--status pending|taken|postponed]"),
        tr("List the decisions: number, status, needed by, question and what was decided."), runList,
        DatabaseUse::ReadOnlyWhenLocked);

    CliCommand add = municipalityCommand(
        QStringLiteral("add"),
        {
            QCommandLineOption(kQuestion, tr("what must be decided"), tr("TEXT")),
            QCommandLineOption(kNeededBy, tr("the date the decision is needed by"), QStringLiteral("YYYY-MM-DD")),
            QCommandLineOption(kBackground, tr("why the question comes up"), tr("TEXT")),
            QCommandLineOption(kOptions, tr("the options to choose between"), tr("TEXT")),
            QCommandLineOption(kRisk, tr("the number of the risk it answers"), QStringLiteral("N")),
            QCommandLineOption(kTask, tr("the key of the task it concerns"), tr("KEY")),
        },
        QStringLiteral("[--municipality CODE] --question TEXT [--needed-by YYYY-MM-DD] "
                       "[--background TEXT] [--options TEXT] [--risk N] [--task KEY]"),
        tr("Add a decision the steering group must take; it gets the next number and waits."), runAdd);
    add.check = checkAdd;
    return {list, add};
}

} // namespace parat
