#pragma once

#include "CliGroup.h"

#include <QCoreApplication>

namespace parat {

// `parat decision list` and `parat decision add`: the decision log of a municipality
// (docs/risks-and-decisions.md).
class DecisionCli : public CliGroup
{
    Q_DECLARE_TR_FUNCTIONS(parat::DecisionCli)
public:
    QString name() const override;
    QString summary() const override;
    QList<CliCommand> commands() const override;
};

} // namespace parat
