#pragma once

#include "domain/Stakeholder.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace parat {

class Database;

// A removed stakeholder and the communication items that named them, so that undo can put both back.
struct RemovedStakeholder
{
    Stakeholder stakeholder;
    QList<Id> communicationItems; // items whose stakeholder was this one
};

// All SQL about the stakeholders of a municipality.
class StakeholderRepository
{
    Q_DECLARE_TR_FUNCTIONS(parat::StakeholderRepository)
public:
    explicit StakeholderRepository(Database &db)
        : m_db(db)
    { }

    QList<Stakeholder> forMunicipality(Id municipalityId) const; // ordered by name (locale-aware)
    // Every municipality's stakeholders in one query, by municipality id, each list ordered as above.
    QHash<Id, QList<Stakeholder>> byMunicipality() const;
    // Every municipality's stakeholders with only what their engagement gaps need — id, municipality, name,
    // influence, affectedness and engagement now and target; the rest left at its default — in id order, not by name:
    // for the traffic lights of all municipalities at once (engagementGapSignals orders what it picks itself, and
    // picks the same from this as from byMunicipality()).
    QHash<Id, QList<Stakeholder>> engagementByMunicipality() const;
    // One municipality's stakeholders read the same way, in id order: for the traffic light of the municipality
    // shown (stakeholderReadinessSignals), which needs neither the texts nor the order by name.
    QList<Stakeholder> engagementForMunicipality(Id municipalityId) const;
    std::optional<Stakeholder> byId(Id id) const;
    // Name must not be empty, influence and affectedness 0..3, the owner a person of the same municipality.
    // Sets stakeholder->id.
    bool add(Stakeholder *stakeholder, QString *error);
    // Refused, nothing written, when the stored stakeholder is no longer at stakeholder.version
    // (docs/team-mode.md "Concurrent edits").
    bool update(const Stakeholder &stakeholder, QString *error);
    // Moves the stakeholder on the map (both values 0..3): changes only those two values of the stored row. Refused,
    // nothing written, when the stakeholder is no longer at expectedVersion (-1: unchecked).
    bool move(Id id, int influence, int affectedness, QString *error, qint64 expectedVersion = -1);
    // Removes the stakeholder; communication items naming them keep their place with no stakeholder. Returns
    // what undo needs in *removed. Refused when the stakeholder is no longer at expectedVersion (-1: unchecked).
    bool take(Id id, RemovedStakeholder *removed, QString *error, qint64 expectedVersion = -1);
    // Puts a stakeholder taken by take() back with the same id and re-links its communication items (those
    // still stored and still naming nobody). Fails, writing nothing, when the id is in use. One transaction.
    bool restore(const RemovedStakeholder &removed, QString *error);

private:
    bool validate(Stakeholder *stakeholder, QString *error) const;

    Database &m_db;
};

} // namespace parat
