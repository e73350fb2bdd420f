#pragma once

#include <QString>

namespace parat {

// The names of the options more than one group of the command line takes, so each is spelled once.
inline const QString kMunicipality = QStringLiteral("municipality");
inline const QString kOut = QStringLiteral("out");
inline const QString kOutDir = QStringLiteral("out-dir");
inline const QString kFormat = QStringLiteral("format");
inline const QString kPerson = QStringLiteral("person");
inline const QString kAsOf = QStringLiteral("as-of");
inline const QString kLang = QStringLiteral("lang");
inline const QString kDryRun = QStringLiteral("dry-run");

} // namespace parat
