#pragma once

#include "domain/Runbook.h"

#include <QCoreApplication>

#include <optional>

namespace parat {

class Database;

// All SQL about a municipality's cutover runbook. Each write checks the step itself (validateRunbookStep) and is
// one transaction. The rules over the whole runbook (dependencies, cycles, done before what it depends on) are
// checked by services/RunbookEditor, through which every edit goes.
class RunbookRepository
{
    Q_DECLARE_TR_FUNCTIONS(parat::RunbookRepository)
public:
    explicit RunbookRepository(Database &db)
        : m_db(db)
    { }

    QList<RunbookStep> forMunicipality(Id municipalityId) const; // by start, then number
    std::optional<RunbookStep> byId(Id id) const;
    // Gives the step the next free number (unless it has one that is free) and sets step->id and step->number.
    bool add(RunbookStep *step, QString *error);
    // Stores changed details; the number and municipality stay. Refused, nothing written, when the stored step is
    // no longer at step.version (docs/team-mode.md "Concurrent edits").
    bool update(const RunbookStep &step, QString *error);
    // Removes the step. *removed receives it for restore(). Refused when it is no longer at expectedVersion (-1:
    // unchecked).
    bool take(Id id, RunbookStep *removed, QString *error, qint64 expectedVersion = -1);
    // Puts a taken step back with the same id and number, at one version past the one it was taken at.
    bool restore(const RunbookStep &step, QString *error);
    // Replaces the municipality's whole runbook by steps (their numbers as given; ids kept where set, so undo and
    // redo give the same rows back). Each stored step is stamped as changed now, one version past the one it has in
    // steps (a new step: version 1). *stored receives the steps as stored, with their ids and versions.
    // expected (docs/team-mode.md "Concurrent edits"): the steps the replacement was read with (ids and versions);
    // when the stored runbook has another step, lacks one or one is at another version, nothing is written and
    // *error names who changed it and when. nullptr: unchecked.
    bool replaceAll(Id municipalityId, const QList<RunbookStep> &steps, QList<RunbookStep> *stored, QString *error,
                    const QList<RunbookStep> *expected = nullptr);

private:
    bool insert(const RunbookStep &step, Id *id, QString *error);
    // True when the municipality's stored steps are exactly expected (ids and versions); otherwise false, *error
    // names who changed the runbook and when, and the database is told (a stale edit).
    bool runbookAsRead(Id municipalityId, const QList<RunbookStep> &expected, QString *error);

    Database &m_db;
};

} // namespace parat
