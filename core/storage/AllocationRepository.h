#pragma once

#include "domain/Superuser.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace parat {

class Database;

// All SQL about time allocations (allocation table, migration 3).
//
// Decision: periods of one person never overlap. add() and update() refuse an overlapping period with a message
// naming the period it collides with (summing would hide a typing mistake and make "who approved which hours"
// ambiguous); change the existing period or remove it first. ApplySuggestedPlan replaces periods explicitly.
class AllocationRepository
{
    Q_DECLARE_TR_FUNCTIONS(parat::AllocationRepository)
public:
    explicit AllocationRepository(Database &db)
        : m_db(db)
    { }

    // Ordered by person, then from week.
    QList<Allocation> forMunicipality(Id municipalityId) const;
    // Every municipality's allocations in one query, by municipality id, each list ordered as above.
    QHash<Id, QList<Allocation>> byMunicipality() const;
    // As byMunicipality(), with only what the capacity of a plan reads — id, person, weeks and hours per week; the
    // approval and the note left empty: for the traffic lights and capacity warnings of all municipalities at once.
    QHash<Id, QList<Allocation>> hoursByMunicipality() const;
    QList<Allocation> forPerson(Id personId) const;
    std::optional<Allocation> byId(Id id) const;

    // Validates (see check()) and stores; sets allocation->id. One transaction.
    bool add(Allocation *allocation, QString *error);
    // Refused, nothing written, when the stored allocation is no longer at allocation.version (docs/team-mode.md
    // "Concurrent edits"); remove() likewise when it is no longer at expectedVersion (-1: unchecked).
    bool update(const Allocation &allocation, QString *error);
    bool remove(Id id, QString *error, qint64 expectedVersion = -1);
    // Removes `removed` and adds `added` (ids set in *added) in one transaction; overlaps are checked against the
    // state after the removals. Unchecked (the demo builder).
    bool replace(const QList<Id> &removed, QList<Allocation> *added, QString *error);
    // The same with each removal checked against expectedVersions (one per removed allocation, -1: unchecked), for
    // the suggested plan: when one is no longer at that version the whole replacement is refused, nothing written,
    // naming who changed it — or, when it is gone, who last wrote a period of the person over its weeks.
    bool replace(const QList<Allocation> &removed, const QList<qint64> &expectedVersions, QList<Allocation> *added,
                 QString *error);
    // Puts allocations back with their ids (undo of a removal). Fails, writing nothing, when an id is in use.
    bool putBack(const QList<Allocation> &allocations, QString *error);

    // Empty when the allocation can be stored, otherwise what is wrong: person of a municipality, real weeks
    // (years 2000-2100, from <= to, at most 260 weeks), hours 0..168, no overlap with another period of the
    // person (other than the one with the same id), approver of the same municipality.
    QString check(const Allocation &allocation) const;

private:
    bool insert(Allocation *allocation, bool keepId, QString *error);

    Database &m_db;
};

} // namespace parat
