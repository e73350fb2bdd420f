#pragma once

#include <QStringList>

namespace parat {

// Forward-only schema migrations. Migration i (1-based) takes a file from user_version i-1 to i.
// Never edit a released migration; add a new one at the end.
const QList<QStringList> &migrations();

} // namespace parat
