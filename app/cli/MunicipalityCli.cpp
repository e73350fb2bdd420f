#include "MunicipalityCli.h"

#include "domain/InputLimits.h"
#include "domain/OfficialMunicipalities.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"

#include <QDate>

namespace parat {

namespace {

const QString kGoLive = QStringLiteral("go-live");

QString codeArgument(const CliCall &call)
{
    return call.arguments().constFirst().trimmed();
}

int checkAdd(CliCall &call)
{
    const QString code = codeArgument(call);
    if (!officialMunicipality(code)) {
        return call.fail(ExitInvalidInput,
                         MunicipalityCli::tr("%1 is not a Danish municipality code. Use the official four-digit code, "
                                             "e.g. 0101 for København.")
                             .arg(code));
    }
    QString problem;
    if (call.options().isSet(kGoLive)
        && !parseInputDate(call.options().value(kGoLive), QStringLiteral("--go-live"), &problem)) {
        call.err(problem);
        return ExitUsage;
    }
    return ExitOk;
}

int runAdd(CliCall &call)
{
    const MunicipalityInfo info = *officialMunicipality(codeArgument(call));
    Municipality municipality;
    municipality.code = info.code;
    municipality.name = info.name;
    municipality.region = info.region;
    if (call.options().isSet(kGoLive))
        municipality.goLive = QDate::fromString(call.options().value(kGoLive).trimmed(), Qt::ISODate);
    MunicipalityRepository municipalities(call.database());
    if (municipalities.byCode(info.code)) {
        return call.fail(ExitInvalidInput,
                         MunicipalityCli::tr("%1 %2 is already in the database.").arg(info.code, info.name));
    }
    QString error;
    if (!municipalities.add(&municipality, &error))
        return call.fail(ExitDatabase, error);
    call.out(MunicipalityCli::tr("Added %1 %2.").arg(municipality.code, municipality.name));
    return ExitOk;
}

int runList(CliCall &call)
{
    const QList<Municipality> all = MunicipalityRepository(call.database()).all();
    if (all.isEmpty())
        call.out(MunicipalityCli::tr("No municipalities yet. Add one with: parat municipality add CODE"));
    for (const Municipality &municipality : all) {
        const QString goLive = municipality.goLive.isValid() ? municipality.goLive.toString(Qt::ISODate)
                                                             : MunicipalityCli::tr("no go-live date");
        call.out(
            QStringLiteral("%1\t%2\t%3\t%4").arg(municipality.code, municipality.name, municipality.region, goLive));
    }
    return ExitOk;
}

} // namespace

QString MunicipalityCli::name() const
{
    return QStringLiteral("municipality");
}

QString MunicipalityCli::summary() const
{
    return tr("The municipalities in the database.");
}

QList<CliCommand> MunicipalityCli::commands() const
{
    CliCommand add = cliCommand(QStringLiteral("add"), {{tr("CODE")}},
                                tr("Add a municipality by its official four-digit code."), runAdd);
    add.options = {QCommandLineOption(kGoLive, tr("the go-live date"), QStringLiteral("YYYY-MM-DD"))};
    add.check = checkAdd;
    return {add,
            cliCommand(QStringLiteral("list"), {}, tr("List the municipalities: code, name, region and go-live date."),
                       runList)};
}

} // namespace parat
