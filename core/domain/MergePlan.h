#pragma once

#include "domain/Types.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace parat {

// One field of a task template that a new handbook version changes.
struct FieldChange
{
    QString field; // column name as in the file format: "title_da", "due_offset_weeks", ...
    QString oldValue; // as text, for display
    QString newValue;
};

// What importing a handbook version would do, by key. Computed without writing anything (the dry run).
struct MergePlan
{
    struct Changed
    {
        Task before; // stored template (with id)
        Task after; // new template (id of before)
        QList<FieldChange> changes;
    };
    QList<Task> added; // new keys
    QList<Changed> changed; // same key, different template (incl. a withdrawn key that is back)
    QList<Task> withdrawn; // stored, current keys missing from the new version
    QList<Task> unchanged;
    // Optional columns the file does not carry: their stored values are kept (HandbookDraft::absentColumns).
    QStringList keptColumns;

    bool isEmpty() const { return added.isEmpty() && changed.isEmpty() && withdrawn.isEmpty(); }
    // A short translated summary: "12 added, 3 changed, 1 withdrawn, 75 unchanged".
    QString summary() const;
    // One translated line per added and withdrawn task, and per changed task followed by an indented
    // "field: old → new" line for each change, for a dry run's listing. Titles in `language` ("da"/"en").
    QStringList details(const QString &language) const;
    // "The file has no column milestone, title_en: the stored values are kept." Empty when it has them all.
    QString keptColumnsNote() const;
};

// A FieldChange's field in words, in the installed language ("English title", "Beskrivelse"); an unknown
// column name is returned as it is.
QString mergeFieldName(const QString &field);

struct MergeText
{
    Q_DECLARE_TR_FUNCTIONS(parat::MergeText)
};

} // namespace parat
