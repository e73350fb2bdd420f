#pragma once

#include "domain/Types.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace parat {

class Database;

// Every row a municipality owns, exactly as stored (all columns, same ids), so that undoing a removal can put
// it back: the municipality row, its people, its local tasks, its task states and its task history.
struct MunicipalitySnapshot
{
    struct Table
    {
        QString name;
        QStringList columns;
        QList<QVariantList> rows; // values in column order; an invalid QVariant is NULL
    };
    Municipality municipality;
    QList<Table> tables; // in an order that can be inserted: municipality first

    bool isEmpty() const { return municipality.id == 0; }
    // Number of rows in the named table.
    int rowCount(const QString &table) const;
};

// All SQL about municipalities.
class MunicipalityRepository
{
    Q_DECLARE_TR_FUNCTIONS(parat::MunicipalityRepository)
public:
    explicit MunicipalityRepository(Database &db)
        : m_db(db)
    { }

    QList<Municipality> all() const; // ordered by code
    int count() const; // how many all() would return, without reading them
    std::optional<Municipality> byId(Id id) const;
    std::optional<Municipality> byCode(const QString &code) const;

    // Adds a municipality; the code must be one of the 98 official codes and not already present.
    // Sets municipality->id. On failure: false, *error translated, nothing written.
    bool add(Municipality *municipality, QString *error);
    // Refused, nothing written, naming who changed it and when, when the stored municipality is no longer at
    // municipality.version (-1: unchecked; docs/team-mode.md "Concurrent edits").
    bool update(const Municipality &municipality, QString *error);
    // Removes the municipality and everything that is its own (states, history, people, local tasks).
    bool remove(Id id, QString *error);

    // Reads everything the municipality owns (see MunicipalitySnapshot). Writes nothing.
    bool snapshot(Id id, MunicipalitySnapshot *snapshot, QString *error) const;
    // Removes the municipality like remove() and returns what was stored in *snapshot. One transaction. Refused
    // like update() when the municipality is no longer at expectedVersion (-1: unchecked).
    bool take(Id id, MunicipalitySnapshot *snapshot, QString *error, qint64 expectedVersion = -1);
    // Puts a snapshot back exactly: same ids, columns and values, the municipality one version past the one it
    // was taken at. Fails, writing nothing, when the code or any of the ids is in use again. One transaction.
    bool putBack(const MunicipalitySnapshot &snapshot, QString *error);

private:
    // Trims, checks the code against the official list and for duplicates, fills name and region from the
    // official list when empty.
    bool validate(Municipality *municipality, QString *error) const;

    Database &m_db;
};

} // namespace parat
