#pragma once

#include "CliGroup.h"

#include <QCoreApplication>

namespace parat {

// `parat backup list` and `parat backup restore ID`: the restore points kept beside the database.
class BackupCli : public CliGroup
{
    Q_DECLARE_TR_FUNCTIONS(parat::BackupCli)
public:
    QString name() const override;
    QString summary() const override;
    QList<CliCommand> commands() const override;
};

} // namespace parat
