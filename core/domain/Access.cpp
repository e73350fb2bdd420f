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

QString Access::administerRefusal() const
{
    if (mayAdminister())
        return QString();
    if (role != Role::Editor)
        return editRefusal();
    return QCoreApplication::translate("parat::Access",
                                       "Only a Parat administrator (the role parat_admin) may do this; you are an "
                                       "editor (parat_editor).");
}

QString Access::roleTitle() const
{
    switch (role) {
    case Role::Owner:
        return QCoreApplication::translate("parat::Access", "owner");
    case Role::Admin:
        return QCoreApplication::translate("parat::Access", "administrator");
    case Role::Editor:
        return QCoreApplication::translate("parat::Access", "editor");
    case Role::Viewer:
        return QCoreApplication::translate("parat::Access", "viewer");
    case Role::None:
        break;
    }
    return QCoreApplication::translate("parat::Access", "no role");
}

} // namespace parat
