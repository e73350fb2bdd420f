#include "DemoRunbook.h"

#include "commands/RunbookCommands.h"
#include "domain/Enums.h"
#include "planning/RunbookRules.h"
#include "storage/PersonRepository.h"

#include <QMap>

namespace parat {

namespace {

struct DemoRunbookText
{
    Q_DECLARE_TR_FUNCTIONS(parat::DemoRunbookText)
};

// A fictional phone number per person, stable for the demo.
QString phoneOf(int index)
{
    return QStringLiteral("20 00 %1 %2").arg(10 + index, 2, 10, QLatin1Char('0')).arg(30 + index);
}

} // namespace

bool addDemoRunbook(Database &db, const Municipality &municipality, QString *error)
{
    const QList<Person> people = PersonRepository(db).forMunicipality(municipality.id);
    auto contactFor = [&](Role role) {
        for (int i = 0; i < people.size(); ++i) {
            if (people.at(i).roles.contains(role))
                return QStringLiteral("%1, %2").arg(people.at(i).name, phoneOf(i));
        }
        return QString();
    };
    // Owner roles of the template's steps, in its order (see defaultRunbook()).
    const QList<Role> roles {Role::PL, Role::KA, Role::IT, Role::SA, Role::KA, Role::KA, Role::SA,
                             Role::SA, Role::PE, Role::IT, Role::SA, Role::PL, Role::PL, Role::SA};
    QList<RunbookStep> steps = defaultRunbook(municipality.id);
    for (int i = 0; i < steps.size() && i < roles.size(); ++i)
        steps[i].contact = contactFor(roles.at(i));
    // The first-day support rota per unit, with the unit's superusers.
    QMap<QString, QStringList> superusers;
    for (int i = 0; i < people.size(); ++i) {
        if (people.at(i).roles.contains(Role::SU))
            superusers[people.at(i).unit].append(QStringLiteral("%1 %2").arg(people.at(i).name, phoneOf(i)));
    }
    const RunbookStep rota = steps.at(10);
    int number = int(steps.size());
    for (auto unit = superusers.cbegin(); unit != superusers.cend(); ++unit) {
        RunbookStep step = rota;
        step.number = ++number;
        step.title = DemoRunbookText::tr("First-day support in %1").arg(unit.key());
        step.owner = DemoRunbookText::tr("Superusers");
        step.contact = unit.value().join(QStringLiteral("; "));
        step.dependsOn = {10};
        steps.append(step);
    }
    ReplaceRunbook command(db, municipality.id, steps, QString());
    command.redo();
    if (command.failed()) {
        *error = command.error();
        return false;
    }
    return true;
}

} // namespace parat
