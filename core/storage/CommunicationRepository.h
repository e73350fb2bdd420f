#pragma once

#include "domain/Stakeholder.h"

#include <QCoreApplication>

#include <optional>

namespace parat {

class Database;

// All SQL about the communication plan of a municipality.
class CommunicationRepository
{
    Q_DECLARE_TR_FUNCTIONS(parat::CommunicationRepository)
public:
    explicit CommunicationRepository(Database &db)
        : m_db(db)
    { }

    // Ordered by planned date (undated last), then id.
    QList<CommunicationItem> forMunicipality(Id municipalityId) const;
    std::optional<CommunicationItem> byId(Id id) const;
    // Needs a stakeholder or a target group, and a message or an occasion; people and stakeholder of the same
    // municipality. Sets item->id.
    bool add(CommunicationItem *item, QString *error);
    // Refused, nothing written, when the stored item is no longer at item.version (docs/team-mode.md "Concurrent
    // edits"); remove() likewise when it is no longer at expectedVersion (-1: unchecked).
    bool update(const CommunicationItem &item, QString *error);
    bool remove(Id id, QString *error, qint64 expectedVersion = -1);
    // remove(), and *removed gets the item as it was stored (its links may have been cleared since it was read), so
    // restore() puts back the same row.
    bool take(Id id, CommunicationItem *removed, QString *error, qint64 expectedVersion = -1);
    // Puts a removed item back with its id (and its links where they still exist). Fails when the id is in use.
    bool restore(const CommunicationItem &item, QString *error);

private:
    bool validate(CommunicationItem *item, QString *error) const;
    bool insert(const CommunicationItem &item, bool withId, Id *newId, QString *error);

    Database &m_db;
};

} // namespace parat
