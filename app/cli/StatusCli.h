#pragma once

#include "CliGroup.h"

#include <QCoreApplication>

namespace parat {

// `parat status import FILE --municipality CODE [...]` and `parat status mappings`: statuses coming back from
// spreadsheets (docs/spreadsheets.md "Importing statuses").
class StatusCli : public CliGroup
{
    Q_DECLARE_TR_FUNCTIONS(parat::StatusCli)
public:
    QString name() const override;
    QString summary() const override;
    QList<CliCommand> commands() const override;
};

} // namespace parat
