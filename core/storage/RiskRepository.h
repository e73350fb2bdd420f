#pragma once

#include "domain/LogEvent.h"
#include "domain/Risk.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace parat {

class Database;

// A removed risk and the decisions that named it, so that undo can put both back.
struct RemovedRisk
{
    Risk risk;
    QList<Id> decisions; // decisions whose risk was this one
};

// All SQL about a municipality's risk log. Every write is one transaction and records its changes in the
// history (log_event), as task states do in task_event.
class RiskRepository
{
    Q_DECLARE_TR_FUNCTIONS(parat::RiskRepository)
public:
    explicit RiskRepository(Database &db)
        : m_db(db)
    { }

    QList<Risk> forMunicipality(Id municipalityId) const; // by number
    // Every municipality's risks in one query, by municipality id, each list by number.
    QHash<Id, QList<Risk>> byMunicipality() const;
    std::optional<Risk> byId(Id id) const;
    // Checks the risk (validateRisk), that the owner is a person of the municipality and that every task key
    // names one of its tasks. Gives the risk the next free number and sets risk->id and risk->number.
    bool add(Risk *risk, QString *error);
    // Stores changed details (the number and municipality stay) and one history row per changed field. Refused,
    // nothing written, when the stored risk is no longer at risk.version (docs/team-mode.md "Concurrent edits").
    bool update(const Risk &risk, QString *error);
    // Removes the risk; decisions naming it keep their place with no risk. Returns what undo needs in *removed.
    // Refused (docs/team-mode.md "Concurrent edits") when the risk is no longer at expectedVersion (-1: unchecked).
    bool take(Id id, RemovedRisk *removed, QString *error, qint64 expectedVersion = -1);
    // Puts a risk taken by take() back with the same id and number and re-links its decisions (those still
    // stored and naming no risk), at one version past the one it was taken at. Fails, writing nothing, when the id
    // or number is in use.
    bool restore(const RemovedRisk &removed, QString *error);
    // The history of one risk, oldest first.
    QList<LogEvent> events(Id municipalityId, Id riskId) const;

private:
    bool validate(Risk *risk, QString *error) const;

    Database &m_db;
};

} // namespace parat
