#pragma once

#include "domain/Stakeholder.h"
#include "domain/Types.h"
#include "planning/Capacity.h"
#include "planning/PersonTasks.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace parat {

class Database;

// What the per-person views read (the "tasks of a person" pane, the task sheets), loaded once for a
// municipality so a batch of sheets reads the database once: its tasks, people, capacity plan and
// communication plan.
struct PersonPlan
{
    Municipality municipality;
    QDate asOf;
    QString language;
    QList<PlannedTask> tasks; // current tasks (not withdrawn)
    QList<Person> people; // by name
    QHash<Id, QString> names; // person id -> name
    CapacityPlan capacity;
    QList<CommunicationItem> communication;
    QHash<Id, QString> stakeholders; // stakeholder id -> name

    std::optional<Person> person(Id personId) const;
    // The person with this name, ignoring case; nullopt when there is none.
    std::optional<Person> personNamed(const QString &name) const;
    // People with the SU role, by name.
    QList<Person> superusers() const;
};

// Reads the municipality's plan; nullopt when the municipality does not exist.
std::optional<PersonPlan> loadPersonPlan(Database &db, Id municipalityId, const QDate &asOf,
                                         const QString &language = QString());

// The person's released, open tasks by horizon with the hours set aside and needed of each (planning/PersonTasks).
QList<PersonTaskGroup> personTaskGroups(const PersonPlan &plan, Id personId);

// Whom the person asks about a task: the task's responsible when that is someone else, otherwise the
// municipality's project leader (when named and not the person). Empty when there is nobody to name.
QString whomToAsk(const PersonPlan &plan, const PersonTask &task, Id personId);

// The communication items the person sends (sender), planned from `from` through `to`, not cancelled, by date.
QList<CommunicationItem> sentCommunication(const PersonPlan &plan, Id personId, const QDate &from, const QDate &to);

} // namespace parat
