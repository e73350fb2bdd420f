#include "InitCli.h"

#include "CliOptionNames.h"

#include "demo/DemoBuilder.h"
#include "domain/Calendar.h"
#include "domain/Clock.h"
#include "domain/InputLimits.h"
#include "domain/Language.h"
#include "services/SampleHandbook.h"
#include "storage/Database.h"
#include "storage/HandbookRepository.h"
#include "storage/MunicipalityRepository.h"

#include <QDir>

namespace parat {

namespace {

const QString kDemo = QStringLiteral("demo");

QDate asOfDate(const CliCall &call)
{
    QString ignored;
    return call.options().isSet(kAsOf)
        ? parseInputDate(call.options().value(kAsOf), QStringLiteral("--as-of"), &ignored).value_or(QDate())
        : call.clock().today();
}

int check(CliCall &call)
{
    QString problem;
    if (call.options().isSet(kAsOf)
        && !parseInputDate(call.options().value(kAsOf), QStringLiteral("--as-of"), &problem))
        return call.usageError(problem);
    return ExitOk;
}

int addDemo(CliCall &call)
{
    Database &db = call.database();
    MunicipalityRepository municipalities(db);
    if (const auto existing = municipalities.byCode(DemoBuilder::demoCode())) {
        call.out(InitCli::tr("The demo municipality %1 %2 is already there.").arg(existing->code, existing->name));
        return ExitOk;
    }
    Municipality demo;
    DemoBuilder builder(db);
    QString error;
    if (!builder.build(asOfDate(call), &demo, &error))
        return call.fail(ExitDatabase, error);
    call.out(InitCli::tr("Added the demo municipality %1 %2 with go-live on %3.")
                 .arg(demo.code, demo.name, formatDate(demo.goLive, currentLanguage())));
    return ExitOk;
}

int run(CliCall &call)
{
    Database &db = call.database();
    const QString path = QDir::toNativeSeparators(call.databasePath());
    if (const auto current = HandbookRepository(db).currentVersion()) {
        call.out(InitCli::tr("The database %1 already has a handbook (version %2).").arg(path, current->label));
    } else {
        int tasks = 0;
        QString error;
        if (!SampleHandbook::importInto(db, call.clock(), &tasks, &error))
            return call.fail(ExitDatabase, error);
        call.out(InitCli::tr("Created %1 with the sample handbook (%n task(s); sample data, not KOMBIT's handbook).",
                             "", tasks)
                     .arg(path));
    }
    return call.options().isSet(kDemo) ? addDemo(call) : ExitOk;
}

} // namespace

QString InitCli::name() const
{
    return QStringLiteral("init");
}

QString InitCli::summary() const
{
    return tr("Create the database.");
}

QList<CliCommand> InitCli::commands() const
{
    CliCommand init;
    init.options = {
        QCommandLineOption(
            kDemo,
            tr("add a demo municipality (go-live on the first 1 January at least two weeks after the as-of date)")),
        QCommandLineOption(kAsOf, tr("the date the demo is built for (default: today)"), QStringLiteral("YYYY-MM-DD")),
    };
    init.description = tr("Create the database with the bundled sample handbook; --demo adds a demo municipality.");
    init.database = DatabaseUse::Create;
    init.check = check;
    init.run = run;
    return {init};
}

} // namespace parat
