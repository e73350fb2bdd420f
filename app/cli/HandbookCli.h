#pragma once

#include "CliGroup.h"

#include <QCoreApplication>

namespace parat {

// `parat handbook import FILE` and `parat handbook versions`: handbook versions from CSV or JSON files, merged
// with the stored one by task key.
class HandbookCli : public CliGroup
{
    Q_DECLARE_TR_FUNCTIONS(parat::HandbookCli)
public:
    QString name() const override;
    QString summary() const override;
    QList<CliCommand> commands() const override;
};

} // namespace parat
