#pragma once

#include "domain/Decision.h"
#include "domain/LogEvent.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace parat {

class Database;

// All SQL about a municipality's decision log. Every write is one transaction and records its changes in the
// history (log_event), as task states do in task_event.
class DecisionRepository
{
    Q_DECLARE_TR_FUNCTIONS(parat::DecisionRepository)
public:
    explicit DecisionRepository(Database &db)
        : m_db(db)
    { }

    QList<Decision> forMunicipality(Id municipalityId) const; // by number
    // Every municipality's decisions in one query, by municipality id, each list by number.
    QHash<Id, QList<Decision>> byMunicipality() const;
    std::optional<Decision> byId(Id id) const;
    // Checks the decision (validateDecision), that its risk is one of the municipality's and its task key one of
    // its tasks. Gives it the next free number and sets decision->id and decision->number.
    bool add(Decision *decision, QString *error);
    // Stores changed details (the number and municipality stay) and one history row per changed field.
    bool update(const Decision &decision, QString *error);
    // Removes the decision; returns it in *removed for undo.
    // Refused when the decision is no longer at expectedVersion (-1: unchecked; docs/team-mode.md "Concurrent
    // edits"), as update() is when it is no longer at decision.version.
    bool take(Id id, Decision *removed, QString *error, qint64 expectedVersion = -1);
    // Puts a decision taken by take() back with the same id and number (its risk only if still stored). Fails,
    // writing nothing, when the id or number is in use.
    bool restore(const Decision &removed, QString *error);
    // The history of one decision, oldest first.
    QList<LogEvent> events(Id municipalityId, Id decisionId) const;

private:
    bool validate(Decision *decision, QString *error) const;

    Database &m_db;
};

} // namespace parat
