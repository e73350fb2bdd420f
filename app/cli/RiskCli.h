#pragma once

#include "CliGroup.h"

#include "domain/Types.h"

#include <QCoreApplication>

namespace parat {

// `parat risk list` and `parat risk add`: the risk log of a municipality (docs/risks-and-decisions.md).
class RiskCli : public CliGroup
{
    Q_DECLARE_TR_FUNCTIONS(parat::RiskCli)
public:
    QString name() const override;
    QString summary() const override;
    QList<CliCommand> commands() const override;
};

} // namespace parat
