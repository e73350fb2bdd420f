#include "domain/MergePlan.h"

#include <utility>

namespace parat {

QString mergeFieldName(const QString &field)
{
    // The reader of a merge plan knows the handbook, not its file format: every column by what it means.
    static const QList<std::pair<const char *, const char *>> names {
        {"phase", QT_TRANSLATE_NOOP("parat::MergeText", "Phase")},
        {"theme", QT_TRANSLATE_NOOP("parat::MergeText", "Theme")},
        {"title_da", QT_TRANSLATE_NOOP("parat::MergeText", "Danish title")},
        {"title_en", QT_TRANSLATE_NOOP("parat::MergeText", "English title")},
        {"description_da", QT_TRANSLATE_NOOP("parat::MergeText", "Description")},
        {"responsible_role", QT_TRANSLATE_NOOP("parat::MergeText", "Responsible role")},
        {"performer_role", QT_TRANSLATE_NOOP("parat::MergeText", "Performer role")},
        {"release_offset_weeks", QT_TRANSLATE_NOOP("parat::MergeText", "Released (weeks from go-live)")},
        {"due_offset_weeks", QT_TRANSLATE_NOOP("parat::MergeText", "Deadline (weeks from go-live)")},
        {"estimate_hours", QT_TRANSLATE_NOOP("parat::MergeText", "Estimated hours")},
        {"per_person", QT_TRANSLATE_NOOP("parat::MergeText", "Hours per person")},
        {"mandatory", QT_TRANSLATE_NOOP("parat::MergeText", "Mandatory")},
        {"milestone", QT_TRANSLATE_NOOP("parat::MergeText", "Milestone")},
        {"depends_on", QT_TRANSLATE_NOOP("parat::MergeText", "Depends on")},
        {"external_ref", QT_TRANSLATE_NOOP("parat::MergeText", "External reference")},
        {"withdrawn", QT_TRANSLATE_NOOP("parat::MergeText", "Withdrawn")},
    };
    for (const auto &[column, name] : names) {
        if (field == QLatin1String(column))
            return MergeText::tr(name);
    }
    return field;
}

QString MergePlan::keptColumnsNote() const
{
    if (keptColumns.isEmpty())
        return QString();
    QStringList names;
    for (const QString &column : keptColumns) {
        // Both: the field in words for the reader, the column as the file would spell it for whoever adds it.
        const QString name = mergeFieldName(column);
        names << (name == column ? column : QStringLiteral("%1 (%2)").arg(name, column));
    }
    return MergeText::tr("The file has no column %1: the stored values of these fields are kept.", nullptr,
                         int(keptColumns.size()))
        .arg(names.join(QStringLiteral(", ")));
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
                             .arg(mergeFieldName(field.field),
                                  field.oldValue.isEmpty() ? MergeText::tr("(empty)") : field.oldValue,
                                  field.newValue.isEmpty() ? MergeText::tr("(empty)") : field.newValue));
        }
    }
    for (const Task &task : withdrawn)
        lines.append(MergeText::tr("Withdrawn %1: %2").arg(task.key, task.title(language)));
    return lines;
}

} // namespace parat
