#pragma once

#include "domain/Runbook.h"

#include <QCoreApplication>

#include <optional>

namespace parat {

class Database;

// Every change of a runbook goes through here: the step is checked with the whole runbook as it would be after
// the change (planning/RunbookRules checkRunbook: dependencies name steps, no cycle, nothing done before what
// it depends on), and only then written (storage/RunbookRepository). A refused change writes nothing and *error
// says why in words.
class RunbookEditor
{
    Q_DECLARE_TR_FUNCTIONS(parat::RunbookEditor)
public:
    explicit RunbookEditor(Database &db)
        : m_db(db)
    { }

    std::optional<RunbookStep> byId(Id id) const;
    bool add(RunbookStep *step, QString *error);
    // Refused, as the repository's, when the step is no longer at step.version (docs/team-mode.md "Concurrent
    // edits").
    bool update(const RunbookStep &step, QString *error);
    // Refused while another step depends on it, and when it is no longer at expectedVersion (-1: unchecked).
    bool take(Id id, RunbookStep *removed, QString *error, qint64 expectedVersion = -1);
    bool restore(const RunbookStep &step, QString *error);
    // Checked, as the repository's, against expected (the steps as read; nullptr: unchecked).
    bool replaceAll(Id municipalityId, const QList<RunbookStep> &steps, QList<RunbookStep> *stored, QString *error,
                    const QList<RunbookStep> *expected = nullptr);

    // What checkRunbook says of the municipality's runbook with candidate in place of the stored step with its id
    // (or added, when it has none): empty when all holds. Dialogs ask before they close.
    QString problemWith(const RunbookStep &candidate) const;

private:
    Database &m_db;
};

} // namespace parat
