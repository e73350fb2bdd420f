#pragma once

#include "CliGroup.h"

#include "domain/Types.h"

#include <QCoreApplication>

#include <optional>

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

// The municipality a risk or decision command works on: the one --municipality names, or the only one in the
// database when it is left out. Otherwise writes why and sets *exitCode (3: unknown code; 2: several and none
// chosen).
std::optional<Municipality> logMunicipality(const CliCall &call, int *exitCode);
// The --municipality option both groups share.
QCommandLineOption logMunicipalityOption();

} // namespace parat
