#include "MunicipalityCommand.h"

#include "CliOptionNames.h"

#include "commands/Command.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"
#include "storage/TaskRepository.h"

#include <QSet>

namespace parat {

QCommandLineOption municipalityOption()
{
    return QCommandLineOption(kMunicipality,
                              MunicipalityCommandText::tr("the municipality (may be left out when there is only one)"),
                              MunicipalityCommandText::tr("CODE"));
}

std::optional<Municipality> chosenMunicipality(const CliCall &call, int *exitCode)
{
    MunicipalityRepository municipalities(call.database());
    if (call.options().isSet(kMunicipality)) {
        const QString code = call.options().value(kMunicipality).trimmed();
        std::optional<Municipality> found = municipalities.byCode(code);
        if (!found) {
            *exitCode = call.fail(
                ExitInvalidInput,
                MunicipalityCommandText::tr("There is no municipality with code %1 in the database.").arg(code));
        }
        return found;
    }
    const QList<Municipality> all = municipalities.all();
    if (all.size() == 1)
        return all.first();
    *exitCode = call.usageError(all.isEmpty()
                                    ? MunicipalityCommandText::tr("There are no municipalities in the database yet.")
                                    : MunicipalityCommandText::tr("Name the municipality with --municipality CODE."));
    return std::nullopt;
}

std::function<int(CliCall &)> forMunicipality(MunicipalityRun run)
{
    return [run = std::move(run)](CliCall &call) {
        int exitCode = ExitOk;
        const std::optional<Municipality> municipality = chosenMunicipality(call, &exitCode);
        return municipality ? run(call, *municipality) : exitCode;
    };
}

CliCommand municipalityCommand(const QString &name, const QList<QCommandLineOption> &options, const QString &synopsis,
                               const QString &description, MunicipalityRun run, DatabaseUse database)
{
    CliCommand command;
    command.name = name;
    command.options = QList<QCommandLineOption> {municipalityOption()} + options;
    command.synopses = {synopsis};
    command.description = description;
    command.database = database;
    command.run = forMunicipality(std::move(run));
    return command;
}

int notOneOf(const CliCall &call, const QString &option, const QStringList &codes)
{
    return call.usageError(
        MunicipalityCommandText::tr("--%1 must be one of %2.").arg(option, codes.join(QStringLiteral(", "))));
}

int checkTaskKeys(const CliCall &call, const Municipality &municipality, const QStringList &keys)
{
    if (keys.isEmpty())
        return ExitOk;
    QSet<QString> known;
    for (const PlannedTask &task : TaskRepository(call.database()).plannedTasks(municipality.id, true))
        known.insert(task.task.key);
    for (const QString &key : keys) {
        if (!known.contains(key)) {
            return call.fail(
                ExitInvalidInput,
                MunicipalityCommandText::tr("There is no task with key %1 in %2.").arg(key, municipality.name));
        }
    }
    return ExitOk;
}

int runOnce(const CliCall &call, Command &command)
{
    command.redo();
    return command.failed() ? call.fail(ExitDatabase, command.error()) : ExitOk;
}

void outRows(const CliCall &call, const QList<QStringList> &rows, const QString &whenEmpty)
{
    for (const QStringList &row : rows)
        call.out(row.join(QLatin1Char('\t')));
    if (rows.isEmpty())
        call.out(whenEmpty);
}

} // namespace parat
