#include "RunbookEditor.h"

#include "planning/RunbookRules.h"
#include "storage/RunbookRepository.h"

namespace parat {

QString RunbookEditor::problemWith(const RunbookStep &given) const
{
    const QList<RunbookStep> stored = RunbookRepository(m_db).forMunicipality(given.municipalityId);
    RunbookStep candidate = given;
    // A new step gets the next free number when it is added; check it with that number.
    if (candidate.id == 0 && candidate.number <= 0)
        candidate.number = freeStepNumber(candidate.number, stored);
    QList<RunbookStep> all;
    bool replaced = false;
    for (const RunbookStep &step : stored) {
        if (candidate.id != 0 && step.id == candidate.id) {
            all.append(candidate);
            replaced = true;
        } else {
            all.append(step);
        }
    }
    if (!replaced)
        all.append(candidate);
    return checkRunbook(all);
}

std::optional<RunbookStep> RunbookEditor::byId(Id id) const
{
    return RunbookRepository(m_db).byId(id);
}

bool RunbookEditor::add(RunbookStep *step, QString *error)
{
    RunbookStep candidate = *step;
    candidate.id = 0;
    if (!validateRunbookStep(&candidate, error))
        return false;
    candidate.number
        = freeStepNumber(candidate.number, RunbookRepository(m_db).forMunicipality(candidate.municipalityId));
    const QString problem = problemWith(candidate);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (!RunbookRepository(m_db).add(&candidate, error))
        return false;
    *step = candidate;
    return true;
}

bool RunbookEditor::update(const RunbookStep &step, QString *error)
{
    const std::optional<RunbookStep> existing = RunbookRepository(m_db).byId(step.id);
    if (!existing) {
        *error = tr("The step to change is not in the database.");
        return false;
    }
    RunbookStep candidate = step;
    candidate.municipalityId = existing->municipalityId;
    candidate.number = existing->number;
    if (!validateRunbookStep(&candidate, error))
        return false;
    // An edit of a step someone else changed since it was read is refused as such by the repository, not judged
    // against the runbook as it is now.
    if (step.version == -1 || step.version == existing->version) {
        const QString problem = problemWith(candidate);
        if (!problem.isEmpty()) {
            *error = problem;
            return false;
        }
    }
    return RunbookRepository(m_db).update(candidate, error);
}

bool RunbookEditor::take(Id id, RunbookStep *removed, QString *error, qint64 expectedVersion)
{
    RunbookRepository repository(m_db);
    const std::optional<RunbookStep> existing = repository.byId(id);
    if (!existing) {
        *error = tr("The step to remove is not in the database.");
        return false;
    }
    for (const RunbookStep &other : repository.forMunicipality(existing->municipalityId)) {
        if (other.dependsOn.contains(existing->number)) {
            *error = tr("%1 cannot be removed: %2 depends on it.")
                         .arg(runbookStepLabel(*existing), runbookStepLabel(other));
            return false;
        }
    }
    return repository.take(id, removed, error, expectedVersion);
}

bool RunbookEditor::restore(const RunbookStep &step, QString *error)
{
    RunbookStep candidate = step;
    if (!validateRunbookStep(&candidate, error))
        return false;
    // The step is not stored, so problemWith adds it.
    const RunbookStep unsaved = [&] {
        RunbookStep copy = candidate;
        copy.id = 0;
        return copy;
    }();
    const QString problem = problemWith(unsaved);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    return RunbookRepository(m_db).restore(candidate, error);
}

bool RunbookEditor::replaceAll(Id municipalityId, const QList<RunbookStep> &steps, QList<RunbookStep> *stored,
                               QString *error, const QList<RunbookStep> *expected)
{
    QList<RunbookStep> candidates;
    for (RunbookStep step : steps) {
        step.municipalityId = municipalityId;
        if (!validateRunbookStep(&step, error))
            return false;
        candidates.append(step);
    }
    const QString problem = checkRunbook(candidates);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (!RunbookRepository(m_db).replaceAll(municipalityId, candidates, stored, error, expected))
        return false;
    if (stored)
        sortRunbook(stored);
    return true;
}

} // namespace parat
