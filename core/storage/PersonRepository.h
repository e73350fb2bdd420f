#pragma once

#include "domain/Types.h"

#include <QCoreApplication>

#include <optional>

namespace parat {

class Database;

// All SQL about people of a municipality (project staff, leaders, superusers).
class PersonRepository
{
    Q_DECLARE_TR_FUNCTIONS(parat::PersonRepository)
public:
    explicit PersonRepository(Database &db)
        : m_db(db)
    { }

    QList<Person> forMunicipality(Id municipalityId) const; // ordered by name
    std::optional<Person> byId(Id id) const;
    // Name must not be empty. Sets person->id.
    bool add(Person *person, QString *error);
    bool update(const Person &person, QString *error);
    // Tasks that named the person keep their state with the person cleared.
    bool remove(Id id, QString *error);

private:
    // Trims; checks name, e-mail form, municipality and manager (same municipality, not oneself).
    bool validate(Person *person, QString *error) const;

    Database &m_db;
};

} // namespace parat
