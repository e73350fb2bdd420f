#include "services/HandbookImport.h"

#include "domain/Clock.h"
#include "handbook/HandbookReader.h"
#include "handbook/PlanMerge.h"
#include "storage/HandbookRepository.h"

#include <QFileInfo>

namespace parat {

namespace {

// At most this many problems are repeated in the outcome's error text; the draft holds all of them.
constexpr int kErrorsInMessage = 10;

} // namespace

ImportOutcome HandbookImporter::importDraft(HandbookDraft draft, const QString &label, bool dryRun)
{
    ImportOutcome outcome;
    outcome.draft = std::move(draft);
    const HandbookDraft &d = outcome.draft;

    if (!m_db.isOpen()) {
        outcome.error = tr("No database is open.");
        return outcome;
    }
    const QList<ImportProblem> errors = d.errors();
    if (!errors.isEmpty()) {
        QStringList lines {tr("The handbook has %n error(s) and was not imported. Nothing has been changed.", nullptr,
                              int(errors.size()))};
        for (int i = 0; i < errors.size() && i < kErrorsInMessage; ++i)
            lines.append(errors.at(i).toString());
        if (errors.size() > kErrorsInMessage)
            lines.append(tr("… and %n more.", nullptr, int(errors.size()) - kErrorsInMessage));
        outcome.error = lines.join(QLatin1Char('\n'));
        return outcome;
    }
    if (d.tasks.isEmpty()) {
        outcome.error = tr("The handbook contains no tasks and was not imported. Nothing has been changed.");
        return outcome;
    }

    HandbookRepository handbook(m_db);
    outcome.plan = planMerge(d, handbook.tasks(true));
    if (dryRun)
        return outcome;

    QString versionLabel = label.trimmed();
    if (versionLabel.isEmpty())
        versionLabel = d.version.trimmed();
    if (versionLabel.isEmpty())
        versionLabel = QFileInfo(d.sourceName).completeBaseName().trimmed();
    if (versionLabel.isEmpty())
        versionLabel = m_clock.today().toString(Qt::ISODate);

    // The restore point lets the user go back to the previous version of the handbook as a whole.
    if (handbook.currentVersion()) {
        QString problem;
        if (!m_db.takeRestorePoint(QStringLiteral("import"), &outcome.restorePoint, &problem)) {
            outcome.error
                = tr("The handbook was not imported because no restore point could be taken first: %1").arg(problem);
            return outcome;
        }
    }
    QString problem;
    if (!handbook.applyMerge(d, outcome.plan, versionLabel, m_clock.now(), &outcome.version, &problem)) {
        // The reason may or may not end a sentence; it ends this one with exactly one period.
        QString reason = problem.trimmed();
        while (reason.endsWith(QLatin1Char('.')))
            reason.chop(1);
        outcome.error = tr("The handbook could not be imported, and nothing has been changed: %1.").arg(reason);
        return outcome;
    }
    outcome.applied = true;
    return outcome;
}

ImportOutcome HandbookImporter::importFile(const QString &path, const QString &label, bool dryRun)
{
    HandbookDraft draft = readHandbookFile(path);
    if (draft.sourceName.isEmpty())
        draft.sourceName = QFileInfo(path).fileName();
    return importDraft(std::move(draft), label, dryRun);
}

} // namespace parat
