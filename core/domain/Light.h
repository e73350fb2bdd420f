#pragma once

#include <QString>

#include <optional>

namespace parat {

// The traffic light of a municipality (planning/Readiness computes it; storage keeps the exported one).
enum class Light
{
    Green,
    Yellow,
    Red
};

QString lightName(Light light);
// Stable code for storage: "green", "yellow", "red".
QString lightCode(Light light);
std::optional<Light> lightFromCode(const QString &code);

} // namespace parat
