#include "services/OverviewRows.h"

#include "services/ReadinessInputs.h"
#include "storage/MunicipalityRepository.h"
#include "storage/OverviewRepository.h"

namespace parat {

QList<MunicipalityRow> overviewRows(Database &db, const QDate &asOf)
{
    const QList<Municipality> municipalities = MunicipalityRepository(db).all();
    // The rows' numbers, lights and capacity read no state's reason or note.
    const QHash<Id, QList<PlannedTask>> tasks
        = OverviewRepository(db).plannedTasksForAll(false, OverviewRepository::StateTexts::Skip);
    const QHash<Id, ReadinessSignals> signalsAll = readinessSignalsForAll(db, asOf, tasks);
    QList<MunicipalityRow> rows;
    rows.reserve(municipalities.size());
    for (const Municipality &municipality : municipalities)
        rows.append(overviewRow(municipality, tasks.value(municipality.id), asOf, signalsAll.value(municipality.id)));
    return rows;
}

} // namespace parat
