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
    case CapacityWarningKind::HolidayGoLive:
        return QStringLiteral("holiday-go-live");
    }
    return {};
}

QString capacityWarningName(CapacityWarningKind kind)
{
    switch (kind) {
    case CapacityWarningKind::OverAllocated:
        return SuperuserText::tr("Over-allocated");
    case CapacityWarningKind::Unplanned:
        return SuperuserText::tr("Needed, nothing allocated");
    case CapacityWarningKind::Impossible:
        return SuperuserText::tr("More than 37 hours");
    case CapacityWarningKind::NotInKlik:
        return SuperuserText::tr("Not registered in KLIK");
    case CapacityWarningKind::NotTrained:
        return SuperuserText::tr("Not trained");
    case CapacityWarningKind::UnitRatio:
        return SuperuserText::tr("Too many caseworkers per superuser");
    case CapacityWarningKind::HolidayGoLive:
        return SuperuserText::tr("Go-live in holidays");
    }
    return {};
}

QString capacityWarningTitle(const CapacityWarning &warning)
{
    return warning.title.isEmpty() ? capacityWarningName(warning.kind) : warning.title;
}

} // namespace parat
