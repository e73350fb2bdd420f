#include "domain/OfficialMunicipalities.h"

#include <QFile>
#include <QTextStream>

namespace parat {

const QList<MunicipalityInfo> &officialMunicipalities()
{
    static const QList<MunicipalityInfo> list = [] {
        QList<MunicipalityInfo> result;
        QFile file(QStringLiteral(":/data/municipalities.csv"));
        if (!file.open(QIODevice::ReadOnly))
            return result;
        QTextStream in(&file);
        in.setEncoding(QStringConverter::Utf8);
        in.readLine(); // header: code,name,region
        while (!in.atEnd()) {
            const QStringList fields = in.readLine().split(QLatin1Char(','));
            if (fields.size() == 3)
                result.append({fields.at(0).trimmed(), fields.at(1).trimmed(), fields.at(2).trimmed()});
        }
        return result;
    }();
    return list;
}

std::optional<MunicipalityInfo> officialMunicipality(const QString &code)
{
    for (const MunicipalityInfo &info : officialMunicipalities()) {
        if (info.code == code)
            return info;
    }
    return std::nullopt;
}

} // namespace parat
