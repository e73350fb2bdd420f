#include "domain/MergePlan.h"

namespace parat {

QString MergePlan::keptColumnsNote() const
{
    if (keptColumns.isEmpty())
        return QString();
    return MergeText::tr("The file has no column %1: the stored values of these fields are kept.", nullptr,
                         int(keptColumns.size()))
        .arg(keptColumns.join(QStringLiteral(", ")));
}

QString MergePlan::summary() const
{
    return MergeText::tr("%n added", nullptr, int(added.size())) + QStringLiteral(", ")
        + MergeText::tr("%n changed", nullptr, int(changed.size())) + QStringLiteral(", ")
        + MergeText::tr("%n withdrawn", nullptr, int(withdrawn.size())) + QStringLiteral(", ")
        + MergeText::tr("%n unchanged", nullptr, int(unchanged.size()));
}

QStringList MergePlan::details(const QString &language) const
{
    QStringList lines;
    for (const Task &task : added)
        lines.append(MergeText::tr("Added %1: %2").arg(task.key, task.title(language)));
    for (const Changed &change : changed) {
        lines.append(MergeText::tr("Changed %1: %2").arg(change.after.key, change.after.title(language)));
        for (const FieldChange &field : change.changes) {
            lines.append(MergeText::tr("    %1: %2 → %3")
                             .arg(field.field, field.oldValue.isEmpty() ? MergeText::tr("(empty)") : field.oldValue,
                                  field.newValue.isEmpty() ? MergeText::tr("(empty)") : field.newValue));
        }
    }
    for (const Task &task : withdrawn)
        lines.append(MergeText::tr("Withdrawn %1: %2").arg(task.key, task.title(language)));
    return lines;
}

} // namespace parat
