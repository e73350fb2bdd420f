#pragma once

#include "CliGroup.h"

#include <QCoreApplication>

namespace parat {

// `parat calendar --year YYYY [--municipality CODE]`: the Danish public holidays and customary days off of a
// year, and the school-holiday weeks (a municipality's, or the defaults).
class CalendarCli : public CliGroup
{
    Q_DECLARE_TR_FUNCTIONS(parat::CalendarCli)
public:
    QString name() const override;
    QString summary() const override;
    QList<CliCommand> commands() const override;
};

} // namespace parat
