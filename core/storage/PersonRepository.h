#pragma once

#include "domain/Superuser.h"
#include "domain/Types.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace parat {

class Database;

// A removed person and every link to them that the removal cleared, so that undo can put it all back.
struct RemovedPerson
{
    Person person;
    QList<Id> responsibleForTasks; // task ids whose state (of the person's municipality) named them responsible
    QList<Id> performerOfTasks; // ... named them performer
    QList<Id> managerOf; // people they managed
    SuperuserDetails details; // their superuser columns
    QList<Allocation> allocations; // their time allocations (removed with them)
    QList<Id> approverOf; // allocations of others that named them as approver
    // Rows of other aggregates that named them (stakeholder owner, communication sender and responsible, risk,
    // go-live criterion and go/no-go condition owner), by
    // "table.column"; cleared by ON DELETE SET NULL and linked again on restore.
    QHash<QString, QList<Id>> namedIn;
};

// All SQL about people of a municipality (project staff, leaders, superusers).
class PersonRepository
{
    Q_DECLARE_TR_FUNCTIONS(parat::PersonRepository)
public:
    explicit PersonRepository(Database &db)
        : m_db(db)
    { }

    QList<Person> forMunicipality(Id municipalityId) const; // ordered by name
    // The names of a municipality's people by their id (what the overview's task lists show as responsible): no other
    // column read, no order to sort.
    QHash<Id, QString> namesForMunicipality(Id municipalityId) const;
    // Every municipality's people in one query, by municipality id, each list as forMunicipality() orders it.
    QHash<Id, QList<Person>> byMunicipality() const;
    std::optional<Person> byId(Id id) const;
    // Name must not be empty. Sets person->id.
    bool add(Person *person, QString *error);
    // Refused, nothing written, when the stored person is no longer at person.version (docs/team-mode.md
    // "Concurrent edits").
    bool update(const Person &person, QString *error);
    // Tasks that named the person keep their state with the person cleared; those rows (and the other rows that
    // named the person) count as changed. Refused when the person is no longer at expectedVersion (-1: unchecked).
    bool remove(Id id, QString *error, qint64 expectedVersion = -1);
    // Removes like remove() and returns the person and the links that were cleared in *removed.
    bool take(Id id, RemovedPerson *removed, QString *error, qint64 expectedVersion = -1);
    // Puts a person taken by take() back with the same id and re-links the task states and the people that
    // named them (where those still exist). Fails (writing nothing) when the id is in use. One transaction.
    bool restore(const RemovedPerson &removed, QString *error);

    // Superuser details (team, caseworkers covered, appointed, trained, active until), stored in the person row.
    // Default details for an unknown id.
    SuperuserDetails superuserDetails(Id personId) const;
    // Details of every person of the municipality, by person id.
    QHash<Id, SuperuserDetails> superuserDetailsFor(Id municipalityId) const;
    // The same for every municipality in one query: municipality id -> person id -> details.
    QHash<Id, QHash<Id, SuperuserDetails>> superuserDetailsByMunicipality() const;
    // Checks (caseworkers 0..100000, active until not before appointed) and stores, moving the person row's version
    // on (an edit of the person read before is then refused). One transaction. Unchecked: for the demo builder.
    bool setSuperuserDetails(Id personId, const SuperuserDetails &details, QString *error);
    // Changes the person's details and superuser details in one write of the row (one version step), refused,
    // nothing written, when the stored person is no longer at person.version (docs/team-mode.md "Concurrent edits").
    bool updateWithDetails(const Person &person, const SuperuserDetails &details, QString *error);
    // Empty when the details can be stored, otherwise what is wrong (translated).
    static QString checkSuperuserDetails(const SuperuserDetails &details);

private:
    // Trims; checks name, e-mail form, municipality and manager (same municipality, not oneself).
    bool validate(Person *person, QString *error) const;
    // update() and updateWithDetails(): details null, only the Person columns.
    bool updateChecked(const Person &person, const SuperuserDetails *details, QString *error);
    // The UPDATE of the superuser columns, inside the caller's transaction.
    bool writeDetails(Id personId, const SuperuserDetails &details, QString *error);

    Database &m_db;
};

} // namespace parat
