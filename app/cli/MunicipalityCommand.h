#pragma once

#include "CliGroup.h"

#include "domain/Types.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace parat {

class Command;

// What the commands on one municipality's plan share (risk, decision, readiness, runbook): the --municipality
// option, finding the municipality, a --status filter, checking task keys, running an add command and writing
// rows. A new group of that kind uses these rather than writing them again (docs/architecture.md).
struct MunicipalityCommandText
{
    Q_DECLARE_TR_FUNCTIONS(parat::MunicipalityCommandText)
};

// The --municipality option: a code, which may be left out when the database holds one municipality.
QCommandLineOption municipalityOption();

// The municipality the command works on: the one --municipality names, or the only one in the database when it
// is left out. Otherwise writes why and sets *exitCode (3: unknown code; 2: several and none chosen).
std::optional<Municipality> chosenMunicipality(const CliCall &call, int *exitCode);

// A command's run() that works on the chosen municipality: run is called only when there is one.
using MunicipalityRun = std::function<int(CliCall &, const Municipality &)>;
std::function<int(CliCall &)> forMunicipality(MunicipalityRun run);

// A command of such a group: --municipality before its own options, one usage line (synopsis, which names
// [--municipality CODE] where it belongs), and run on the chosen municipality. The group sets what else it needs
// (arguments, check) on the result.
CliCommand municipalityCommand(const QString &name, const QList<QCommandLineOption> &options, const QString &synopsis,
                               const QString &description, MunicipalityRun run,
                               DatabaseUse database = DatabaseUse::Existing);

// The codes of all values of an enumeration, for "--status must be one of …".
template<typename Enum> QStringList enumCodes(const QList<Enum> &all, QString (*code)(Enum))
{
    QStringList result;
    for (Enum value : all)
        result.append(code(value));
    return result;
}

// A usage error naming the option and the codes it takes: "--status must be one of open, in_hand, closed."
int notOneOf(const CliCall &call, const QString &option, const QStringList &codes);

// Reads the option named `option` as one of an enumeration's codes into *value (left alone when the option is
// not given). Returns ExitOk, or a usage error (notOneOf) when the code is unknown.
template<typename Enum>
int enumOption(const CliCall &call, const QString &option, const QList<Enum> &all, QString (*code)(Enum),
               std::optional<Enum> (*fromCode)(const QString &), std::optional<Enum> *value)
{
    if (!call.options().isSet(option))
        return ExitOk;
    *value = fromCode(call.options().value(option));
    return *value ? ExitOk : notOneOf(call, option, enumCodes(all, code));
}

// ExitOk when every key names a task in the municipality's plan; otherwise writes which one does not and
// returns ExitInvalidInput.
int checkTaskKeys(const CliCall &call, const Municipality &municipality, const QStringList &keys);

// Runs an add command once (the command line has no undo): ExitOk, or ExitDatabase with the command's error.
int runOnce(const CliCall &call, Command &command);

// Writes each row as one tab-separated line, or whenEmpty when there are none.
void outRows(const CliCall &call, const QList<QStringList> &rows, const QString &whenEmpty);

} // namespace parat
