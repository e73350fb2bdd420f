#include "NationalDataset.h"

#include "domain/Clock.h"
#include "domain/OfficialMunicipalities.h"
#include "handbook/HandbookImport.h"
#include "handbook/HandbookReader.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"
#include "storage/PersonRepository.h"
#include "storage/TaskRepository.h"

#include <QFile>
#include <QRandomGenerator>

namespace parat::bench {

namespace {

// The sample handbook's 91 tasks repeated with new keys until there are `count`.
HandbookDraft scaledHandbook(int count)
{
    QFile sample(QStringLiteral(":/data/sample-handbook.json"));
    sample.open(QIODevice::ReadOnly);
    HandbookDraft draft = readHandbookJson(sample.readAll(), QStringLiteral("sample-handbook.json"));
    const QList<Task> base = draft.tasks;
    draft.tasks.clear();
    for (int i = 0; i < count; ++i) {
        Task task = base.at(i % base.size());
        if (i >= base.size()) {
            task.key += QStringLiteral("-%1").arg(i / base.size());
            task.dependsOn.clear();
        }
        task.sortOrder = i;
        draft.tasks.append(task);
    }
    draft.version = QStringLiteral("national-%1").arg(count);
    return draft;
}

} // namespace

bool buildNationalDataset(Database &db, const Clock &clock, const DatasetSize &size, QString *error)
{
    HandbookImporter importer(db, clock);
    const ImportOutcome outcome = importer.importDraft(scaledHandbook(size.tasks), QString(), false);
    if (!outcome.applied) {
        *error = outcome.error;
        return false;
    }
    QRandomGenerator random(20190101);
    const QDate asOf = clock.today();
    MunicipalityRepository municipalities(db);
    PersonRepository people(db);
    TaskRepository tasks(db);
    const QList<MunicipalityInfo> &official = officialMunicipalities();
    const QStringList roleCycle {QStringLiteral("PE SG"), QStringLiteral("PL"), QStringLiteral("SA KA"),
                                 QStringLiteral("IT"),    QStringLiteral("OK"), QStringLiteral("KOMM")};
    for (int m = 0; m < size.municipalities && m < official.size(); ++m) {
        const bool ok = db.write(error, [&] {
            Municipality municipality;
            municipality.code = official.at(m).code;
            municipality.name = official.at(m).name;
            municipality.region = official.at(m).region;
            // Go-lives between 10 weeks ago and 30 weeks ahead: every phase of the project is represented.
            municipality.goLive = asOf.addDays(7 * (int(random.bounded(40)) - 10));
            if (!municipalities.add(&municipality, error))
                return false;
            QList<Id> staff;
            for (int p = 0; p < size.people; ++p) {
                Person person;
                person.municipalityId = municipality.id;
                person.name = QStringLiteral("Person %1-%2").arg(municipality.code).arg(p + 1);
                person.unit = QStringLiteral("Enhed %1").arg(p % 6 + 1);
                person.email = QStringLiteral("p%1@k%2.example").arg(p + 1).arg(municipality.code);
                person.roles = rolesFromCodes(
                    p < roleCycle.size() ? roleCycle.at(p) : (p < 12 ? QStringLiteral("FL") : QStringLiteral("SU")));
                person.registeredInKlik = random.bounded(10) < 8;
                if (!people.add(&person, error))
                    return false;
                staff.append(person.id);
            }
            const QList<PlannedTask> planned = tasks.plannedTasks(municipality.id);
            for (const PlannedTask &item : planned) {
                TaskState state = item.state;
                state.performerPersonId = staff.at(int(random.bounded(size.people)));
                state.responsiblePersonId = staff.at(1);
                const QDate release = item.release.isValid() ? item.release : item.due.addDays(-28);
                const QDate assigned = release < asOf ? release : asOf;
                if (!tasks.setState(state, assigned.startOfDay(Qt::UTC).addSecs(9 * 3600), error))
                    return false;
                if (release >= asOf)
                    continue;
                state.status = Status::InProgress;
                const QDate started = release.addDays(7) < asOf ? release.addDays(7) : asOf;
                if (!tasks.setState(state, started.startOfDay(Qt::UTC).addSecs(10 * 3600), error))
                    return false;
                if (item.due < asOf && random.bounded(100) < 88) {
                    state.status = Status::Done;
                    state.doneOn = item.due < asOf ? item.due : asOf;
                    if (item.task.mandatory && random.bounded(100) < 80)
                        state.klikMarkedOn = state.doneOn;
                    if (!tasks.setState(state, state.doneOn.startOfDay(Qt::UTC).addSecs(14 * 3600), error))
                        return false;
                }
            }
            return true;
        });
        if (!ok)
            return false;
    }
    return true;
}

} // namespace parat::bench
