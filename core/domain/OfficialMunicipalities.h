#pragma once

#include "domain/Types.h"

#include <optional>

namespace parat {

// The 98 Danish municipalities with official codes and regions (bundled as :/data/municipalities.csv).
const QList<MunicipalityInfo> &officialMunicipalities();
std::optional<MunicipalityInfo> officialMunicipality(const QString &code);

} // namespace parat
