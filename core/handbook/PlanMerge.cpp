#include "handbook/PlanMerge.h"

#include "domain/HandbookDraft.h"

#include <QHash>
#include <QSet>

#include <cmath>

namespace parat {

namespace {

// Values of the change list are language-neutral text as in a handbook file; booleans are "yes"/"no".
QString boolText(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

template<typename E> QString codeText(const std::optional<E> &value, QString (*code)(E))
{
    return value ? code(*value) : QString();
}

QString intText(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QString();
}

QString hoursText(double hours)
{
    return QString::number(hours, 'g', 12);
}

// The template fields a handbook file defines, compared one by one with the file format's column names.
QList<FieldChange> templateChanges(const Task &before, const Task &after)
{
    QList<FieldChange> changes;
    auto compare = [&changes](const QString &field, const QString &oldValue, const QString &newValue) {
        if (oldValue != newValue)
            changes.append({field, oldValue, newValue});
    };
    compare(QStringLiteral("phase"), phaseCode(before.phase), phaseCode(after.phase));
    compare(QStringLiteral("theme"), codeText(before.theme, &themeCode), codeText(after.theme, &themeCode));
    compare(QStringLiteral("title_da"), before.titleDa, after.titleDa);
    compare(QStringLiteral("title_en"), before.titleEn, after.titleEn);
    compare(QStringLiteral("description_da"), before.descriptionDa, after.descriptionDa);
    compare(QStringLiteral("responsible_role"), codeText(before.responsibleRole, &roleCode),
            codeText(after.responsibleRole, &roleCode));
    compare(QStringLiteral("performer_role"), codeText(before.performerRole, &roleCode),
            codeText(after.performerRole, &roleCode));
    compare(QStringLiteral("release_offset_weeks"), intText(before.releaseOffsetWeeks),
            intText(after.releaseOffsetWeeks));
    compare(QStringLiteral("due_offset_weeks"), QString::number(before.dueOffsetWeeks),
            QString::number(after.dueOffsetWeeks));
    if (std::abs(before.estimateHours - after.estimateHours) > 1e-9)
        changes.append(
            {QStringLiteral("estimate_hours"), hoursText(before.estimateHours), hoursText(after.estimateHours)});
    compare(QStringLiteral("per_person"), boolText(before.perPerson), boolText(after.perPerson));
    compare(QStringLiteral("mandatory"), boolText(before.mandatory), boolText(after.mandatory));
    compare(QStringLiteral("milestone"), boolText(before.milestone), boolText(after.milestone));
    compare(QStringLiteral("depends_on"), before.dependsOn.join(QLatin1Char(' ')),
            after.dependsOn.join(QLatin1Char(' ')));
    compare(QStringLiteral("external_ref"), before.externalRef, after.externalRef);
    return changes;
}

// A column the file does not carry: the stored value stays.
void keepStoredField(Task &after, const Task &before, const QString &column)
{
    if (column == QLatin1String("theme"))
        after.theme = before.theme;
    else if (column == QLatin1String("title_en"))
        after.titleEn = before.titleEn;
    else if (column == QLatin1String("description_da"))
        after.descriptionDa = before.descriptionDa;
    else if (column == QLatin1String("responsible_role"))
        after.responsibleRole = before.responsibleRole;
    else if (column == QLatin1String("performer_role"))
        after.performerRole = before.performerRole;
    else if (column == QLatin1String("release_offset_weeks"))
        after.releaseOffsetWeeks = before.releaseOffsetWeeks;
    else if (column == QLatin1String("estimate_hours"))
        after.estimateHours = before.estimateHours;
    else if (column == QLatin1String("per_person"))
        after.perPerson = before.perPerson;
    else if (column == QLatin1String("mandatory"))
        after.mandatory = before.mandatory;
    else if (column == QLatin1String("milestone"))
        after.milestone = before.milestone;
    else if (column == QLatin1String("depends_on"))
        after.dependsOn = before.dependsOn;
    else if (column == QLatin1String("external_ref"))
        after.externalRef = before.externalRef;
}

} // namespace

MergePlan planMerge(const HandbookDraft &draft, const QList<Task> &stored)
{
    MergePlan plan;
    plan.keptColumns = draft.absentColumns;
    QHash<QString, const Task *> storedByKey;
    for (const Task &task : stored) {
        if (!task.isLocal())
            storedByKey.insert(normalizedTaskKey(task.key), &task);
    }
    // The spelling each key ends up with: the stored one when the task is known, else the file's.
    QHash<QString, QString> spelling;
    for (const Task &draftTask : draft.tasks) {
        const QString normalized = normalizedTaskKey(draftTask.key);
        const Task *before = storedByKey.value(normalized, nullptr);
        spelling.insert(normalized, before ? before->key : draftTask.key.trimmed());
    }
    QSet<QString> draftKeys;
    for (const Task &draftTask : draft.tasks) {
        const QString normalized = normalizedTaskKey(draftTask.key);
        draftKeys.insert(normalized);
        Task after = draftTask;
        after.key = spelling.value(normalized);
        for (QString &dependency : after.dependsOn)
            dependency = spelling.value(normalizedTaskKey(dependency), dependency);
        after.municipalityId = 0;
        after.withdrawnInVersion = 0;
        const Task *before = storedByKey.value(normalized, nullptr);
        if (!before) {
            after.id = 0;
            plan.added.append(after);
            continue;
        }
        after.id = before->id;
        for (const QString &column : draft.absentColumns)
            keepStoredField(after, *before, column);
        QList<FieldChange> changes = templateChanges(*before, after);
        if (before->isWithdrawn())
            changes.append({QStringLiteral("withdrawn"), boolText(true), boolText(false)});
        if (changes.isEmpty())
            plan.unchanged.append(after); // with the new sort order
        else
            plan.changed.append({*before, after, changes});
    }
    for (const Task &task : stored) {
        if (!task.isLocal() && !task.isWithdrawn() && !draftKeys.contains(normalizedTaskKey(task.key)))
            plan.withdrawn.append(task);
    }
    return plan;
}

} // namespace parat
