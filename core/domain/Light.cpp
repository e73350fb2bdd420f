#include "domain/Light.h"

#include "domain/Enums.h"

namespace parat {

QString lightName(Light light)
{
    switch (light) {
    case Light::Green:
        return Vocabulary::tr("Green");
    case Light::Yellow:
        return Vocabulary::tr("Yellow");
    case Light::Red:
        return Vocabulary::tr("Red");
    }
    return QString();
}

QString lightCode(Light light)
{
    switch (light) {
    case Light::Green:
        return QStringLiteral("green");
    case Light::Yellow:
        return QStringLiteral("yellow");
    case Light::Red:
        return QStringLiteral("red");
    }
    return QString();
}

std::optional<Light> lightFromCode(const QString &code)
{
    const QString wanted = code.trimmed();
    for (Light light : {Light::Green, Light::Yellow, Light::Red}) {
        if (wanted.compare(lightCode(light), Qt::CaseInsensitive) == 0)
            return light;
    }
    return std::nullopt;
}

} // namespace parat
