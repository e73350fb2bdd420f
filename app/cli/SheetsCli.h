#pragma once

#include "CliGroup.h"

#include <QCoreApplication>

namespace parat {

// `parat sheets --municipality CODE --out-dir DIR [--from WEEK] [--weeks N] [--person NAME] [--superusers]`: a task
// sheet (PDF) per person into a folder (docs/task-sheets.md).
class SheetsCli : public CliGroup
{
    Q_DECLARE_TR_FUNCTIONS(parat::SheetsCli)
public:
    QString name() const override;
    QString summary() const override;
    QList<CliCommand> commands() const override;
};

} // namespace parat
