#pragma once

#include "CliGroup.h"

#include <QCoreApplication>

namespace parat {

// `parat readiness`, `parat readiness defaults` and `parat readiness paper`: the go-live criteria of a
// municipality with their status, the readiness score and light, and the go/no-go decision paper
// (docs/go-live-readiness.md).
class ReadinessCli : public CliGroup
{
    Q_DECLARE_TR_FUNCTIONS(parat::ReadinessCli)
public:
    QString name() const override;
    QString summary() const override;
    QList<CliCommand> commands() const override;
};

} // namespace parat
