#pragma once

#include "CliGroup.h"

#include <QCoreApplication>

namespace parat {

// `parat municipality add CODE` and `parat municipality list`.
class MunicipalityCli : public CliGroup
{
    Q_DECLARE_TR_FUNCTIONS(parat::MunicipalityCli)
public:
    QString name() const override;
    QString summary() const override;
    QList<CliCommand> commands() const override;
};

} // namespace parat
