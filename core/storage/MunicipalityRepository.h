#pragma once

#include "domain/Types.h"

#include <QCoreApplication>

#include <optional>

namespace parat {

class Database;

// All SQL about municipalities.
class MunicipalityRepository
{
    Q_DECLARE_TR_FUNCTIONS(parat::MunicipalityRepository)
public:
    explicit MunicipalityRepository(Database &db)
        : m_db(db)
    { }

    QList<Municipality> all() const; // ordered by code
    std::optional<Municipality> byId(Id id) const;
    std::optional<Municipality> byCode(const QString &code) const;

    // Adds a municipality; the code must be one of the 98 official codes and not already present.
    // Sets municipality->id. On failure: false, *error translated, nothing written.
    bool add(Municipality *municipality, QString *error);
    bool update(const Municipality &municipality, QString *error);
    // Removes the municipality and everything that is its own (states, history, people, local tasks).
    bool remove(Id id, QString *error);

private:
    // Trims, checks the code against the official list and for duplicates, fills name and region from the
    // official list when empty.
    bool validate(Municipality *municipality, QString *error) const;

    Database &m_db;
};

} // namespace parat
