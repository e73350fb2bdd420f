#include "domain/HandbookDraft.h"

namespace parat {

QString ImportProblem::toString() const
{
    // Task numbers are shown 1-based: users count the tasks of a file from one.
    if (line > 0 && !column.isEmpty())
        return HandbookText::tr("Line %1, column %2: %3").arg(line).arg(column, message);
    if (line > 0)
        return HandbookText::tr("Line %1: %2").arg(line).arg(message);
    if (index >= 0 && !key.isEmpty() && !column.isEmpty())
        return HandbookText::tr("Task %1 (key %2), field %3: %4").arg(index + 1).arg(key, column, message);
    if (index >= 0 && !key.isEmpty())
        return HandbookText::tr("Task %1 (key %2): %3").arg(index + 1).arg(key, message);
    if (index >= 0 && !column.isEmpty())
        return HandbookText::tr("Task %1, field %2: %3").arg(index + 1).arg(column, message);
    if (index >= 0)
        return HandbookText::tr("Task %1: %2").arg(index + 1).arg(message);
    if (!column.isEmpty())
        return HandbookText::tr("Field %1: %2").arg(column, message);
    return message;
}

bool HandbookDraft::hasErrors() const
{
    for (const ImportProblem &problem : problems) {
        if (problem.isError())
            return true;
    }
    return false;
}

QList<ImportProblem> HandbookDraft::errors() const
{
    QList<ImportProblem> result;
    for (const ImportProblem &problem : problems) {
        if (problem.isError())
            result.append(problem);
    }
    return result;
}

QList<ImportProblem> HandbookDraft::warnings() const
{
    QList<ImportProblem> result;
    for (const ImportProblem &problem : problems) {
        if (!problem.isError())
            result.append(problem);
    }
    return result;
}

QString normalizedTaskKey(const QString &key)
{
    return key.trimmed().toCaseFolded();
}

} // namespace parat
