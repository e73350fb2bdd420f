#pragma once

#include "Enums.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace parat {

// Row ids are SQLite rowids; 0 means "not stored yet".
using Id = qint64;

struct Municipality
{
    Id id = 0;
    QString code; // official four-digit code, e.g. "0101"
    QString name;
    QString region;
    QDate goLive; // invalid when not decided yet
    QString projectOwner;
    QString projectLeader;
    // The row version the municipality was read with (docs/team-mode.md "Concurrent edits"); -1 when it was not
    // read from the plan, and a write of it is not checked against the stored version.
    qint64 version = -1;

    // What the row holds (not its version).
    bool operator==(const Municipality &other) const
    {
        return id == other.id && code == other.code && name == other.name && region == other.region
            && goLive == other.goLive && projectOwner == other.projectOwner && projectLeader == other.projectLeader;
    }
    bool operator!=(const Municipality &other) const { return !(*this == other); }
};

// An entry of the official list of 98 municipalities (resources/data/municipalities.csv).
struct MunicipalityInfo
{
    QString code;
    QString name;
    QString region;
};

struct HandbookVersion
{
    Id id = 0;
    QString label;
    QString title;
    QDate published;
    QDateTime importedAt;
    QString sha256;
    QString sourceName;
};

// The template of a task: a handbook task (municipalityId == 0) or a municipality's own local task.
struct Task
{
    Id id = 0;
    Id municipalityId = 0; // 0: handbook task shared by all municipalities
    QString key;
    Phase phase = Phase::P1;
    std::optional<Theme> theme;
    QString titleDa;
    QString titleEn;
    QString descriptionDa;
    std::optional<Role> responsibleRole;
    std::optional<Role> performerRole;
    std::optional<int> releaseOffsetWeeks; // none: released from the start
    int dueOffsetWeeks = 0;
    double estimateHours = 0.0;
    bool perPerson = false;
    bool mandatory = false;
    bool milestone = false;
    QStringList dependsOn;
    QString externalRef;
    int sortOrder = 0;
    Id withdrawnInVersion = 0; // handbook version that no longer has the task; 0: current
    // The row version a local task was read with (docs/team-mode.md "Concurrent edits"); -1 when it was not read
    // from the plan (or is a handbook task), and a write of it is not checked against the stored version.
    qint64 version = -1;

    // What the row holds (not its version).
    bool operator==(const Task &other) const
    {
        return id == other.id && municipalityId == other.municipalityId && key == other.key && phase == other.phase
            && theme == other.theme && titleDa == other.titleDa && titleEn == other.titleEn
            && descriptionDa == other.descriptionDa && responsibleRole == other.responsibleRole
            && performerRole == other.performerRole && releaseOffsetWeeks == other.releaseOffsetWeeks
            && dueOffsetWeeks == other.dueOffsetWeeks && estimateHours == other.estimateHours
            && perPerson == other.perPerson && mandatory == other.mandatory && milestone == other.milestone
            && dependsOn == other.dependsOn && externalRef == other.externalRef && sortOrder == other.sortOrder
            && withdrawnInVersion == other.withdrawnInVersion;
    }
    bool operator!=(const Task &other) const { return !(*this == other); }

    bool isLocal() const { return municipalityId != 0; }
    bool isWithdrawn() const { return withdrawnInVersion != 0; }
    // Title in the given language, falling back to Danish.
    QString title(const QString &language) const
    {
        return language == QLatin1String("en") && !titleEn.isEmpty() ? titleEn : titleDa;
    }
};

// A municipality's local progress on one task. Stored only once something differs from the default.
struct TaskState
{
    Id municipalityId = 0;
    Id taskId = 0;
    Status status = Status::NotStarted;
    Id responsiblePersonId = 0;
    Id performerPersonId = 0;
    QDate dueOverride;
    QDate doneOn;
    QDate klikMarkedOn;
    QString reason;
    QString note;
    // The row version the state was read with (docs/team-mode.md "Concurrent edits"): 0 when no row is stored; -1
    // when it was not read from the plan, and a write of it is not checked against the stored version.
    qint64 version = -1;
};

// One recorded change of a task state field: the history behind trends and "since last report".
struct TaskEvent
{
    Id id = 0;
    Id municipalityId = 0;
    Id taskId = 0;
    QDateTime at; // UTC
    QString field; // "status", "responsible", "performer", "due_override", "klik_marked_on", "reason", "note", ...
    QString oldValue;
    QString newValue;
};

struct Person
{
    Id id = 0;
    Id municipalityId = 0;
    QString name;
    QString unit;
    QString email;
    QList<Role> roles;
    Id managerId = 0;
    bool registeredInKlik = false;
    QString note;
    // The row version it was read with (docs/team-mode.md "Concurrent edits"); -1: not read from the plan, and a
    // write of it is not checked against the stored version. Not part of ==, which compares what the row holds.
    qint64 version = -1;

    bool operator==(const Person &other) const
    {
        return id == other.id && municipalityId == other.municipalityId && name == other.name && unit == other.unit
            && email == other.email && roles == other.roles && managerId == other.managerId
            && registeredInKlik == other.registeredInKlik && note == other.note;
    }
};

// A task with its state joined and its dates resolved for one municipality.
struct PlannedTask
{
    Task task;
    TaskState state;
    QDate release; // invalid when the municipality has no go-live date
    QDate due;
};

} // namespace parat
