#include "CapacityBench.h"

#include "models/CapacityGridModel.h"
#include "planning/Capacity.h"
#include "services/CapacityLoader.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"

namespace parat::bench {

void benchCapacity(Database &db, const QDate &asOf, int runs, const Measure &measure)
{
    const QList<Municipality> municipalities = MunicipalityRepository(db).all();
    if (municipalities.isEmpty())
        return;
    const Municipality &first = municipalities.first();

    CapacityGridModel model(db);
    model.load(first.id, asOf);
    const QString size = QStringLiteral("%1 people x %2 weeks x %3 tasks")
                             .arg(model.rowCount())
                             .arg(model.columnCount())
                             .arg(loadCapacityInput(db, first.id).tasks.size());
    measure(QStringLiteral("capacity grid, one municipality (%1)").arg(size), runs, QString(),
            [&] { model.load(first.id, asOf); });

    const CapacityInput input = loadCapacityInput(db, first.id);
    measure(QStringLiteral("capacity compute only, with %1 allocations").arg(input.allocations.size()), runs * 3,
            QString(), [&] { model.setPlan(computeCapacity(input, asOf)); });

    measure(QStringLiteral("capacity grids of all %1 municipalities").arg(municipalities.size()), runs, QString(), [&] {
        for (const Municipality &municipality : municipalities)
            loadCapacity(db, municipality.id, asOf);
    });
}

} // namespace parat::bench
