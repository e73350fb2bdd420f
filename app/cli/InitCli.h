#pragma once

#include "CliGroup.h"

#include <QCoreApplication>

namespace parat {

// `parat init [--demo] [--as-of DATE]`: creates the database with the bundled sample handbook, and a demo
// municipality on request.
class InitCli : public CliGroup
{
    Q_DECLARE_TR_FUNCTIONS(parat::InitCli)
public:
    QString name() const override;
    QString summary() const override;
    QList<CliCommand> commands() const override;
};

} // namespace parat
