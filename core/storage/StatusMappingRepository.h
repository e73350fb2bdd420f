#pragma once

#include "domain/StatusImport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace parat {

class Database;

// All SQL about the saved column mappings of the status import (table status_mapping, migration 9). A mapping is
// saved under its name; saving under a name in use replaces it.
class StatusMappingRepository
{
    Q_DECLARE_TR_FUNCTIONS(parat::StatusMappingRepository)
public:
    explicit StatusMappingRepository(Database &db)
        : m_db(db)
    { }

    QList<StatusMapping> all() const; // by name
    std::optional<StatusMapping> byName(const QString &name) const;
    // Stores the mapping under mapping.name (trimmed), replacing one of that name.
    bool save(const StatusMapping &mapping, const QDateTime &at, QString *error);
    // Removes the mapping of that name; true when there was none either.
    bool remove(const QString &name, QString *error);

private:
    Database &m_db;
};

} // namespace parat
