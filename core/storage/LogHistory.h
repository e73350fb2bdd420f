#pragma once

#include "domain/LogEvent.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

// The history of the risk and decision logs (table log_event), shared by RiskRepository and DecisionRepository.
// Only storage/ includes this file.

namespace parat::sql {

// A record as (field, stored text) pairs, in a fixed order, for comparing two versions of it.
using FieldValues = QList<QPair<QString, QString>>;

// Inside the caller's transaction: one row per field whose text differs between before and after, all at `at`.
bool recordChanges(const QSqlDatabase &db, Id municipalityId, LogKind log, Id itemId, const FieldValues &before,
                   const FieldValues &after, const QDateTime &at, QString *error);
// Inside the caller's transaction: one row marking the item's life ("created", "removed", "restored").
bool recordEvent(const QSqlDatabase &db, Id municipalityId, LogKind log, Id itemId, const QString &field,
                 const QString &oldValue, const QString &newValue, const QDateTime &at, QString *error);
// The history of one item, oldest first.
QList<LogEvent> logEvents(const QSqlDatabase &db, Id municipalityId, LogKind log, Id itemId);

} // namespace parat::sql
