#pragma once

#include "domain/GoLive.h"

#include <QCoreApplication>

#include <optional>

namespace parat {

class Database;

// All SQL about go/no-go readiness: a municipality's go-live criteria and its go/no-go meeting with its
// conditions. Every write is one transaction.
class GoLiveRepository
{
    Q_DECLARE_TR_FUNCTIONS(parat::GoLiveRepository)
public:
    explicit GoLiveRepository(Database &db)
        : m_db(db)
    { }

    QList<GoLiveCriterion> criteria(Id municipalityId) const; // by sort order, then id
    std::optional<GoLiveCriterion> byId(Id id) const;
    // Checks the criterion (validateGoLiveCriterion) and that the owner is a person of the municipality; puts it
    // last (sets criterion->id and criterion->sortOrder).
    bool add(GoLiveCriterion *criterion, QString *error);
    // Stores changed details (the municipality and order stay). Refused, nothing written, when the stored
    // criterion is no longer at criterion.version (docs/team-mode.md "Concurrent edits").
    bool update(const GoLiveCriterion &criterion, QString *error);
    // Removes the criterion; *removed gets it for undo. Refused when it is no longer at expectedVersion (-1:
    // unchecked).
    bool take(Id id, GoLiveCriterion *removed, QString *error, qint64 expectedVersion = -1);
    // Puts a criterion taken by take() back with the same id and order, at one version past the one it was taken
    // at. Fails, writing nothing, when the id is in use.
    bool restore(const GoLiveCriterion &removed, QString *error);

    // The municipality's go/no-go meeting, with its conditions in order; nothing when none is recorded.
    std::optional<GoLiveMeeting> meeting(Id municipalityId) const;
    // Writes the meeting and replaces its conditions (validateGoLiveMeeting; owners must be people of the
    // municipality). Checked against meeting.version (docs/team-mode.md "Concurrent edits"): 0 records it and is
    // refused when someone recorded one since; a version updates it only while the stored one is at it; -1
    // (unchecked) inserts or replaces. Refused: nothing written, *error names who changed it and when. A meeting
    // recorded from 0 gets the version insertAs (undo putting back a removed one: one past the version it had).
    bool saveMeeting(const GoLiveMeeting &meeting, QString *error, qint64 insertAs = 1);
    // Removes the meeting with its conditions, refused like saveMeeting() when it is no longer at expectedVersion
    // (-1: unchecked).
    bool removeMeeting(Id municipalityId, QString *error, qint64 expectedVersion = -1);

private:
    bool validate(GoLiveCriterion *criterion, QString *error) const;

    Database &m_db;
};

} // namespace parat
