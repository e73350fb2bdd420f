#pragma once

#include "CliGroup.h"

#include <QCoreApplication>

namespace parat {

// `parat runbook list|export|import|template`: a municipality's cutover runbook (docs/runbook.md).
class RunbookCli : public CliGroup
{
    Q_DECLARE_TR_FUNCTIONS(parat::RunbookCli)
public:
    QString name() const override;
    QString summary() const override;
    QList<CliCommand> commands() const override;
};

} // namespace parat
