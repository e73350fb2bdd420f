#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace parat {

// Fixed vocabularies of the handbook (docs/domain.md). Each enum has a stable code, stored in the database
// and in handbook files, and a display name in the user's language.

enum class Phase
{
    P1,
    P21,
    P22,
    P23,
    P3,
    P4
};

enum class Theme
{
    ORG,
    FOR,
    UDD,
    KOM,
    TEK,
    DATA,
    TEST,
    DRIFT,
    GEV
};

enum class Role
{
    PE,
    SG,
    PL,
    FL,
    SA,
    SU,
    KA,
    IT,
    OK,
    KOMM
};

enum class Status
{
    NotStarted,
    InProgress,
    Waiting,
    Done,
    NotRelevant
};

// Translation context for the free functions below (lupdate sees "parat::Vocabulary").
struct Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(parat::Vocabulary)
};

QList<Phase> allPhases();
QString phaseCode(Phase phase);
std::optional<Phase> phaseFromCode(const QString &code);
QString phaseName(Phase phase);
// Window of the phase in weeks relative to go-live, [from, to].
int phaseFromWeek(Phase phase);
int phaseToWeek(Phase phase);

QList<Theme> allThemes();
QString themeCode(Theme theme);
std::optional<Theme> themeFromCode(const QString &code);
QString themeName(Theme theme);

QList<Role> allRoles();
QString roleCode(Role role);
std::optional<Role> roleFromCode(const QString &code);
QString roleName(Role role);
// Space-separated role codes, as stored for people.
QString roleCodes(const QList<Role> &roles);
QList<Role> rolesFromCodes(const QString &codes);

QList<Status> allStatuses();
QString statusCode(Status status);
std::optional<Status> statusFromCode(const QString &code);
QString statusName(Status status);
// Afventer and Ikke relevant need a written reason (docs/domain.md "Task statuses").
bool statusNeedsReason(Status status);
// Done and not relevant close a task: it is no longer overdue and counts as handled.
bool statusIsClosed(Status status);

} // namespace parat
