#include "Access.h"

#include <QCoreApplication>

namespace parat {

QString Access::roleName() const
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("parat_admin");
    case Role::Editor:
        return QStringLiteral("parat_editor");
    case Role::Viewer:
        return QStringLiteral("parat_viewer");
    case Role::Owner:
    case Role::None:
        break;
    }
    return QString();
}

QString Access::editRefusal() const
{
    if (role == Role::Viewer)
        return QCoreApplication::translate("parat::Access",
                                           "You have read access only to this plan (the role parat_viewer).");
    if (role == Role::None)
        return QCoreApplication::translate("parat::Access",
                                           "You have no Parat role on this server; ask an administrator for one "
                                           "(parat server grant).");
    return QString();
}

} // namespace parat
