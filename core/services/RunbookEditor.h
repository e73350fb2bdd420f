#pragma once

#include "domain/Runbook.h"

#include <QCoreApplication>

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

    bool add(RunbookStep *step, QString *error);
    bool update(const RunbookStep &step, QString *error);
    // Refused while another step depends on it.
    bool take(Id id, RunbookStep *removed, QString *error);
    bool restore(const RunbookStep &step, QString *error);
    bool replaceAll(Id municipalityId, const QList<RunbookStep> &steps, QList<RunbookStep> *stored, QString *error);

    // What checkRunbook says of the municipality's runbook with candidate in place of the stored step with its id
    // (or added, when it has none): empty when all holds. Dialogs ask before they close.
    QString problemWith(const RunbookStep &candidate) const;

private:
    Database &m_db;
};

} // namespace parat
