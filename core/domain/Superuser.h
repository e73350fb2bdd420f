#pragma once

#include "Types.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace parat {

// What Parat records about a person as a superuser (or a project leader / leader whose time is planned), beside
// the Person fields: stored in the person row, read and written by PersonRepository.
struct SuperuserDetails
{
    QString team;
    int caseworkersCovered = 0; // colleagues (caseworkers) this superuser covers
    QDate appointedOn; // invalid: not recorded
    QDate trainedOn; // invalid: not trained (yet)
    QDate activeUntil; // invalid: no end

    bool operator==(const SuperuserDetails &other) const
    {
        return team == other.team && caseworkersCovered == other.caseworkersCovered && appointedOn == other.appointedOn
            && trainedOn == other.trainedOn && activeUntil == other.activeUntil;
    }
    bool operator!=(const SuperuserDetails &other) const { return !(*this == other); }
    // Active in the week that starts on monday: appointed by its Sunday (or never recorded) and not ended before
    // the Monday.
    bool activeInWeek(const QDate &monday) const
    {
        return (!appointedOn.isValid() || appointedOn <= monday.addDays(6))
            && (!activeUntil.isValid() || activeUntil >= monday);
    }
};

// A person's time set aside for the project: hoursPerWeek in every ISO week from fromWeek to toWeek (week keys of
// Calendar.h, both included). Periods of one person never overlap (AllocationRepository refuses it), so each
// week has at most one number.
struct Allocation
{
    Id id = 0;
    Id personId = 0;
    int fromWeek = 0;
    int toWeek = 0;
    double hoursPerWeek = 0.0;
    Id approvedById = 0; // the approving manager when they are a person of the municipality
    QString approvedBy; // name as entered (kept when the person is removed)
    QDate approvedOn;
    QString note;
    // The row version it was read with (docs/team-mode.md "Concurrent edits"); -1: not read from the plan, and a
    // write of it is not checked against the stored version. Not part of ==, which compares what the row holds.
    qint64 version = -1;

    bool covers(int weekKey) const { return weekKey >= fromWeek && weekKey <= toWeek; }
    bool overlaps(const Allocation &other) const { return fromWeek <= other.toWeek && other.fromWeek <= toWeek; }
    bool operator==(const Allocation &other) const
    {
        return id == other.id && personId == other.personId && fromWeek == other.fromWeek && toWeek == other.toWeek
            && qFuzzyCompare(1.0 + hoursPerWeek, 1.0 + other.hoursPerWeek) && approvedById == other.approvedById
            && approvedBy == other.approvedBy && approvedOn == other.approvedOn && note == other.note;
    }
};

// The kinds of capacity warnings (docs/design.md "Capacity"). Codes are stable: reports and tests use them.
enum class CapacityWarningKind
{
    OverAllocated, // "over-allocated": needed > allocated in a week
    Unplanned, // "unplanned": needed > 0 and nothing allocated
    Impossible, // "over-37": more than 37 h allocated in a week
    NotInKlik, // "not-in-klik": an active superuser not registered in KLIK
    NotTrained, // "not-trained": an active superuser not trained by the training milestone
    UnitRatio, // "unit-ratio": more than 20 caseworkers per superuser in a unit
    HolidayGoLive // "holiday-go-live": go-live weeks fall in holidays with fewer hours than needed
};

// Translation context for the free functions below (lupdate sees "parat::SuperuserText").
struct SuperuserText
{
    Q_DECLARE_TR_FUNCTIONS(parat::SuperuserText)
};

QString capacityWarningCode(CapacityWarningKind kind);
QString capacityWarningName(CapacityWarningKind kind);

struct CapacityWarning
{
    CapacityWarningKind kind = CapacityWarningKind::OverAllocated;
    Id personId = 0; // 0 for a unit warning
    QString subject; // person's name, or the unit
    QList<int> weeks; // week keys concerned (week rules), in order
    QString text; // translated sentence with the reason and the numbers
    QString title = {}; // short name shown before the text when the kind's name would mislead
};

// The short name of this warning: its title, else its kind's name ("Trained late" for a superuser trained after
// the training milestone, who is trained and so not "Not trained").
QString capacityWarningTitle(const CapacityWarning &warning);

} // namespace parat
