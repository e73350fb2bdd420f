#include "services/SampleHandbook.h"

#include "handbook/HandbookReader.h"
#include "services/HandbookImport.h"

#include <QFile>

namespace parat {

bool SampleHandbook::importInto(Database &db, const Clock &clock, int *taskCount, QString *error)
{
    QFile sample(QStringLiteral(":/data/sample-handbook.json"));
    if (!sample.open(QIODevice::ReadOnly)) {
        *error = tr("The bundled sample handbook is missing from this build of Parat.");
        return false;
    }
    HandbookImporter importer(db, clock);
    const ImportOutcome outcome
        = importer.importDraft(readHandbookJson(sample.readAll(), QStringLiteral("sample-handbook.json")), {}, false);
    if (!outcome.applied) {
        *error = outcome.error;
        return false;
    }
    if (taskCount)
        *taskCount = int(outcome.plan.added.size());
    return true;
}

} // namespace parat
