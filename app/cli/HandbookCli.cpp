#include "HandbookCli.h"

#include "CliOptionNames.h"

#include "domain/MergePlan.h"
#include "handbook/HandbookReader.h"
#include "services/HandbookImport.h"
#include "storage/Database.h"
#include "storage/HandbookRepository.h"

#include <QFileInfo>

namespace parat {

namespace {

const QString kLabel = QStringLiteral("label");

int checkImport(CliCall &call)
{
    const QString file = call.arguments().constFirst();
    if (const QString problem = handbookFileProblem(file); !problem.isEmpty())
        return call.fail(ExitInvalidInput, problem);
    return ExitOk;
}

// The merge plan, one line per task: + added, ~ changed (with its field changes), - withdrawn.
void printPlan(const CliCall &call, const MergePlan &plan)
{
    for (const Task &task : plan.added)
        call.out(QStringLiteral("+ %1  %2").arg(task.key, task.titleDa));
    for (const MergePlan::Changed &changed : plan.changed) {
        call.out(QStringLiteral("~ %1  %2").arg(changed.after.key, changed.after.titleDa));
        for (const FieldChange &change : changed.changes)
            call.out(QStringLiteral("    %1: %2 → %3").arg(change.field, change.oldValue, change.newValue));
    }
    for (const Task &task : plan.withdrawn)
        call.out(QStringLiteral("- %1  %2").arg(task.key, task.titleDa));
    call.out(plan.summary());
    if (!plan.keptColumns.isEmpty())
        call.out(plan.keptColumnsNote());
}

int runImport(CliCall &call)
{
    const bool dryRun = call.options().isSet(kDryRun);
    HandbookImporter importer(call.database(), call.clock());
    const ImportOutcome outcome
        = importer.importFile(call.arguments().constFirst(), call.options().value(kLabel), dryRun);
    for (const ImportProblem &problem : outcome.draft.problems)
        call.err((problem.isError() ? HandbookCli::tr("Error: %1") : HandbookCli::tr("Warning: %1"))
                     .arg(problem.toString()));
    if (outcome.draft.hasErrors()) {
        return call.fail(
            ExitInvalidInput,
            HandbookCli::tr("Nothing was imported: the file has %n error(s).", "", int(outcome.draft.errors().size())));
    }
    if (!outcome.error.isEmpty() && !outcome.applied && !dryRun)
        return call.fail(ExitDatabase, outcome.error);
    printPlan(call, outcome.plan);
    if (dryRun)
        call.out(HandbookCli::tr("Dry run: nothing was changed."));
    else
        call.out(HandbookCli::tr("Imported as handbook version %1.").arg(outcome.version.label));
    return ExitOk;
}

int runVersions(CliCall &call)
{
    const QList<HandbookVersion> versions = HandbookRepository(call.database()).versions();
    if (versions.isEmpty())
        call.out(HandbookCli::tr("No handbook has been imported yet."));
    for (const HandbookVersion &version : versions) {
        call.out(QStringLiteral("%1\t%2\t%3\t%4")
                     .arg(version.label, version.importedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                          version.sourceName, version.title));
    }
    return ExitOk;
}

} // namespace

QString HandbookCli::name() const
{
    return QStringLiteral("handbook");
}

QString HandbookCli::summary() const
{
    return tr("Handbook versions: import a new one, list the imported ones.");
}

QList<CliCommand> HandbookCli::commands() const
{
    CliCommand importCommand
        = cliCommand(QStringLiteral("import"), {{tr("FILE")}},
                     tr("Import a handbook version (CSV or JSON) and merge it with the stored one.\n"
                        "Local progress is kept; any error in the file stops the import before anything "
                        "is written."),
                     runImport);
    importCommand.options = {
        QCommandLineOption(kLabel, tr("the label of the new version (default: from the file)"), tr("LABEL")),
        QCommandLineOption(kDryRun, tr("show what would change and write nothing")),
    };
    importCommand.check = checkImport;
    return {importCommand,
            cliCommand(QStringLiteral("versions"), {}, tr("List the imported handbook versions."), runVersions)};
}

} // namespace parat
