#pragma once

#include "CliGroup.h"

#include <QCoreApplication>

namespace parat {

// `parat export tasks --municipality CODE --out FILE [--format xlsx|csv]` and
// `parat export grid --municipality CODE --out FILE.xlsx`: the task list and the superuser grid as
// spreadsheets (docs/spreadsheets.md).
class ExportCli : public CliGroup
{
    Q_DECLARE_TR_FUNCTIONS(parat::ExportCli)
public:
    QString name() const override;
    QString summary() const override;
    QList<CliCommand> commands() const override;
};

} // namespace parat
