#pragma once

#include "domain/Types.h"

#include <QDateTime>
#include <QString>

namespace parat {

// Which log an entry of the risk and decision history belongs to.
enum class LogKind
{
    Risk,
    Decision
};

// One recorded change of a risk or a decision (as TaskEvent is of a task): field "created", "removed" and
// "restored" mark the item's life, other fields name the column that changed.
struct LogEvent
{
    Id id = 0;
    Id municipalityId = 0;
    LogKind log = LogKind::Risk;
    Id itemId = 0;
    QDateTime at; // UTC
    QString field;
    QString oldValue;
    QString newValue;
};

} // namespace parat
