#pragma once

#include "CliGroup.h"

#include <QCoreApplication>

namespace parat {

// `parat server init ADDRESS`: Parat's schema, roles and row-level security in a PostgreSQL database; `parat server
// grant|revoke USER ROLE [--municipality CODE]`: who may do what (team mode, docs/team-mode.md).
class ServerCli : public CliGroup
{
    Q_DECLARE_TR_FUNCTIONS(parat::ServerCli)
public:
    QString name() const override;
    QString summary() const override;
    QList<CliCommand> commands() const override;
};

// `parat copy FROM TO`: a whole plan between a file and a server, either way, verified table by table.
class CopyCli : public CliGroup
{
    Q_DECLARE_TR_FUNCTIONS(parat::CopyCli)
public:
    QString name() const override;
    QString summary() const override;
    QList<CliCommand> commands() const override;
};

} // namespace parat
