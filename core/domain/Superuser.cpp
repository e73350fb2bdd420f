#include "Superuser.h"

namespace parat {

QString capacityWarningCode(CapacityWarningKind kind)
{
    switch (kind) {
    case CapacityWarningKind::OverAllocated:
        return QStringLiteral("over-allocated");
    case CapacityWarningKind::Unplanned:
        return QStringLiteral("unplanned");
    case CapacityWarningKind::Impossible:
        return QStringLiteral("over-37");
    case CapacityWarningKind::NotInKlik:
        return QStringLiteral("not-in-klik");
    case CapacityWarningKind::NotTrained:
        return QStringLiteral("not-trained");
    case CapacityWarningKind::UnitRatio:
        return QStringLiteral("unit-ratio");
    }
    return {};
}

QString capacityWarningName(CapacityWarningKind kind)
{
    switch (kind) {
    case CapacityWarningKind::OverAllocated:
        return Superuser::tr("Over-allocated");
    case CapacityWarningKind::Unplanned:
        return Superuser::tr("Needed, nothing allocated");
    case CapacityWarningKind::Impossible:
        return Superuser::tr("More than 37 hours");
    case CapacityWarningKind::NotInKlik:
        return Superuser::tr("Not registered in KLIK");
    case CapacityWarningKind::NotTrained:
        return Superuser::tr("Not trained");
    case CapacityWarningKind::UnitRatio:
        return Superuser::tr("Too many caseworkers per superuser");
    }
    return {};
}

QString capacityWarningTitle(const CapacityWarning &warning)
{
    return warning.title.isEmpty() ? capacityWarningName(warning.kind) : warning.title;
}

} // namespace parat
