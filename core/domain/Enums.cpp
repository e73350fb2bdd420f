#include "Enums.h"

#include <QRegularExpression>

#include <array>

namespace parat {

namespace {

template<typename E, std::size_t N>
std::optional<E> fromCode(const std::array<const char *, N> &codes, const QString &code)
{
    // Stored codes match exactly; that is checked first because every task state read goes through here.
    for (std::size_t i = 0; i < N; ++i) {
        if (code == QLatin1String(codes[i]))
            return static_cast<E>(i);
    }
    const QString wanted = code.trimmed();
    for (std::size_t i = 0; i < N; ++i) {
        if (wanted.compare(QLatin1String(codes[i]), Qt::CaseInsensitive) == 0)
            return static_cast<E>(i);
    }
    return std::nullopt;
}

template<typename E, std::size_t N> QList<E> allOf(const std::array<const char *, N> &)
{
    QList<E> result;
    for (std::size_t i = 0; i < N; ++i)
        result.append(static_cast<E>(i));
    return result;
}

constexpr std::array<const char *, 6> kPhaseCodes {"P1", "P21", "P22", "P23", "P3", "P4"};
constexpr std::array<int, 6> kPhaseFrom {-40, -30, -20, -6, 0, 8};
constexpr std::array<int, 6> kPhaseTo {-30, -20, -6, 0, 8, 52};
constexpr std::array<const char *, 9> kThemeCodes {"ORG", "FOR", "UDD", "KOM", "TEK", "DATA", "TEST", "DRIFT", "GEV"};
constexpr std::array<const char *, 10> kRoleCodes {"PE", "SG", "PL", "FL", "SA", "SU", "KA", "IT", "OK", "KOMM"};
constexpr std::array<const char *, 5> kStatusCodes {"not_started", "in_progress", "waiting", "done", "not_relevant"};

} // namespace

QList<Phase> allPhases()
{
    return allOf<Phase>(kPhaseCodes);
}
QString phaseCode(Phase phase)
{
    return QLatin1String(kPhaseCodes[static_cast<std::size_t>(phase)]);
}
std::optional<Phase> phaseFromCode(const QString &code)
{
    return fromCode<Phase>(kPhaseCodes, code);
}
int phaseFromWeek(Phase phase)
{
    return kPhaseFrom[static_cast<std::size_t>(phase)];
}
int phaseToWeek(Phase phase)
{
    return kPhaseTo[static_cast<std::size_t>(phase)];
}

QString phaseName(Phase phase)
{
    switch (phase) {
    case Phase::P1:
        return Vocabulary::tr("Preparation");
    case Phase::P21:
        return Vocabulary::tr("Clarification");
    case Phase::P22:
        return Vocabulary::tr("Readiness build");
    case Phase::P23:
        return Vocabulary::tr("Go-live");
    case Phase::P3:
        return Vocabulary::tr("Adoption");
    case Phase::P4:
        return Vocabulary::tr("Benefits and operations");
    }
    return {};
}

QList<Theme> allThemes()
{
    return allOf<Theme>(kThemeCodes);
}
QString themeCode(Theme theme)
{
    return QLatin1String(kThemeCodes[static_cast<std::size_t>(theme)]);
}
std::optional<Theme> themeFromCode(const QString &code)
{
    return fromCode<Theme>(kThemeCodes, code);
}

QString themeName(Theme theme)
{
    switch (theme) {
    case Theme::ORG:
        return Vocabulary::tr("Project management and organisation");
    case Theme::FOR:
        return Vocabulary::tr("Business and work processes");
    case Theme::UDD:
        return Vocabulary::tr("Training");
    case Theme::KOM:
        return Vocabulary::tr("Communication and change management");
    case Theme::TEK:
        return Vocabulary::tr("Technology, access and integrations");
    case Theme::DATA:
        return Vocabulary::tr("Data and conversion");
    case Theme::TEST:
        return Vocabulary::tr("Test");
    case Theme::DRIFT:
        return Vocabulary::tr("Go-live and support");
    case Theme::GEV:
        return Vocabulary::tr("Benefits");
    }
    return {};
}

QList<Role> allRoles()
{
    return allOf<Role>(kRoleCodes);
}
QString roleCode(Role role)
{
    return QLatin1String(kRoleCodes[static_cast<std::size_t>(role)]);
}
std::optional<Role> roleFromCode(const QString &code)
{
    return fromCode<Role>(kRoleCodes, code);
}

QString roleName(Role role)
{
    switch (role) {
    case Role::PE:
        return Vocabulary::tr("Project owner");
    case Role::SG:
        return Vocabulary::tr("Steering group");
    case Role::PL:
        return Vocabulary::tr("DUBU project leader");
    case Role::FL:
        return Vocabulary::tr("Manager with staff responsibility");
    case Role::SA:
        return Vocabulary::tr("DUBU system administrator");
    case Role::SU:
        return Vocabulary::tr("DUBU superuser");
    case Role::KA:
        return Vocabulary::tr("KLIK administrator");
    case Role::IT:
        return Vocabulary::tr("IT department");
    case Role::OK:
        return Vocabulary::tr("Finance");
    case Role::KOMM:
        return Vocabulary::tr("Communication/HR");
    }
    return {};
}

QString roleCodes(const QList<Role> &roles)
{
    QStringList codes;
    for (Role role : roles)
        codes.append(roleCode(role));
    return codes.join(QLatin1Char(' '));
}

QList<Role> rolesFromCodes(const QString &codes)
{
    // Split by hand: this runs for every person row read, and a QRegularExpression here was a quarter of the
    // cross-municipality overview's time (compiled anew on each call).
    QList<Role> roles;
    qsizetype start = 0;
    const auto isSeparator = [](QChar c) { return c.isSpace() || c == u',' || c == u';'; };
    for (qsizetype i = 0; i <= codes.size(); ++i) {
        if (i < codes.size() && !isSeparator(codes.at(i)))
            continue;
        if (i > start) {
            if (auto role = roleFromCode(codes.mid(start, i - start)); role && !roles.contains(*role))
                roles.append(*role);
        }
        start = i + 1;
    }
    return roles;
}

QList<Status> allStatuses()
{
    return allOf<Status>(kStatusCodes);
}
QString statusCode(Status status)
{
    return QLatin1String(kStatusCodes[static_cast<std::size_t>(status)]);
}
std::optional<Status> statusFromCode(const QString &code)
{
    return fromCode<Status>(kStatusCodes, code);
}

QString statusName(Status status)
{
    switch (status) {
    case Status::NotStarted:
        return Vocabulary::tr("Not started");
    case Status::InProgress:
        return Vocabulary::tr("In progress");
    case Status::Waiting:
        return Vocabulary::tr("Waiting");
    case Status::Done:
        return Vocabulary::tr("Done");
    case Status::NotRelevant:
        return Vocabulary::tr("Not relevant");
    }
    return {};
}

bool statusNeedsReason(Status status)
{
    return status == Status::Waiting || status == Status::NotRelevant;
}
bool statusIsClosed(Status status)
{
    return status == Status::Done || status == Status::NotRelevant;
}

} // namespace parat
