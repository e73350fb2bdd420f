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

// The stored code of `value` from its enum's table of codes.
template<typename E, std::size_t N> QString codeOf(const std::array<const char *, N> &codes, E value)
{
    return QLatin1String(codes[static_cast<std::size_t>(value)]);
}

// The translated name of `value` from its enum's table of names.
template<typename E, std::size_t N> QString nameOf(const std::array<const char *, N> &names, E value)
{
    const auto index = static_cast<std::size_t>(value);
    return index < N ? Vocabulary::tr(names[index]) : QString();
}

constexpr std::array<const char *, 6> kPhaseCodes {"P1", "P21", "P22", "P23", "P3", "P4"};
constexpr std::array<int, 6> kPhaseFrom {-40, -30, -20, -6, 0, 8};
constexpr std::array<int, 6> kPhaseTo {-30, -20, -6, 0, 8, 52};
constexpr std::array<const char *, 9> kThemeCodes {"ORG", "FOR", "UDD", "KOM", "TEK", "DATA", "TEST", "DRIFT", "GEV"};
constexpr std::array<const char *, 10> kRoleCodes {"PE", "SG", "PL", "FL", "SA", "SU", "KA", "IT", "OK", "KOMM"};
constexpr std::array<const char *, 5> kStatusCodes {"not_started", "in_progress", "waiting", "done", "not_relevant"};

// The names shown for the values, in the order of the enums (translated in context parat::Vocabulary).
constexpr std::array<const char *, 6> kPhaseNames {QT_TRANSLATE_NOOP("parat::Vocabulary", "Preparation"),
                                                   QT_TRANSLATE_NOOP("parat::Vocabulary", "Clarification"),
                                                   QT_TRANSLATE_NOOP("parat::Vocabulary", "Readiness build"),
                                                   QT_TRANSLATE_NOOP("parat::Vocabulary", "Go-live"),
                                                   QT_TRANSLATE_NOOP("parat::Vocabulary", "Adoption"),
                                                   QT_TRANSLATE_NOOP("parat::Vocabulary", "Benefits and operations")};
constexpr std::array<const char *, 9> kThemeNames {
    QT_TRANSLATE_NOOP("parat::Vocabulary", "Project management and organisation"),
    QT_TRANSLATE_NOOP("parat::Vocabulary", "Business and work processes"),
    QT_TRANSLATE_NOOP("parat::Vocabulary", "Training"),
    QT_TRANSLATE_NOOP("parat::Vocabulary", "Communication and change management"),
    QT_TRANSLATE_NOOP("parat::Vocabulary", "Technology, access and integrations"),
    QT_TRANSLATE_NOOP("parat::Vocabulary", "Data and conversion"),
    QT_TRANSLATE_NOOP("parat::Vocabulary", "Test"),
    QT_TRANSLATE_NOOP("parat::Vocabulary", "Go-live and support"),
    QT_TRANSLATE_NOOP("parat::Vocabulary", "Benefits")};
constexpr std::array<const char *, 10> kRoleNames {
    QT_TRANSLATE_NOOP("parat::Vocabulary", "Project owner"),
    QT_TRANSLATE_NOOP("parat::Vocabulary", "Steering group"),
    QT_TRANSLATE_NOOP("parat::Vocabulary", "DUBU project leader"),
    QT_TRANSLATE_NOOP("parat::Vocabulary", "Manager with staff responsibility"),
    QT_TRANSLATE_NOOP("parat::Vocabulary", "DUBU system administrator"),
    QT_TRANSLATE_NOOP("parat::Vocabulary", "DUBU superuser"),
    QT_TRANSLATE_NOOP("parat::Vocabulary", "KLIK administrator"),
    QT_TRANSLATE_NOOP("parat::Vocabulary", "IT department"),
    QT_TRANSLATE_NOOP("parat::Vocabulary", "Finance"),
    QT_TRANSLATE_NOOP("parat::Vocabulary", "Communication/HR")};
constexpr std::array<const char *, 5> kStatusNames {
    QT_TRANSLATE_NOOP("parat::Vocabulary", "Not started"), QT_TRANSLATE_NOOP("parat::Vocabulary", "In progress"),
    QT_TRANSLATE_NOOP("parat::Vocabulary", "Waiting"), QT_TRANSLATE_NOOP("parat::Vocabulary", "Done"),
    QT_TRANSLATE_NOOP("parat::Vocabulary", "Not relevant")};

} // namespace

QList<Phase> allPhases()
{
    return allOf<Phase>(kPhaseCodes);
}
QString phaseCode(Phase phase)
{
    return codeOf(kPhaseCodes, phase);
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
    return nameOf(kPhaseNames, phase);
}

QList<Theme> allThemes()
{
    return allOf<Theme>(kThemeCodes);
}
QString themeCode(Theme theme)
{
    return codeOf(kThemeCodes, theme);
}
std::optional<Theme> themeFromCode(const QString &code)
{
    return fromCode<Theme>(kThemeCodes, code);
}

QString themeName(Theme theme)
{
    return nameOf(kThemeNames, theme);
}

QList<Role> allRoles()
{
    return allOf<Role>(kRoleCodes);
}
QString roleCode(Role role)
{
    return codeOf(kRoleCodes, role);
}
std::optional<Role> roleFromCode(const QString &code)
{
    return fromCode<Role>(kRoleCodes, code);
}

QString roleName(Role role)
{
    return nameOf(kRoleNames, role);
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
    return codeOf(kStatusCodes, status);
}
std::optional<Status> statusFromCode(const QString &code)
{
    return fromCode<Status>(kStatusCodes, code);
}

QString statusName(Status status)
{
    return nameOf(kStatusNames, status);
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
