#include "LogHistory.h"

#include "SqlUtil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace parat::sql {

namespace {

struct LogHistoryText
{
    Q_DECLARE_TR_FUNCTIONS(parat::LogHistoryText)
};

QString logCode(LogKind log)
{
    return log == LogKind::Risk ? QStringLiteral("risk") : QStringLiteral("decision");
}

} // namespace

bool recordEvent(const QSqlDatabase &db, Id municipalityId, LogKind log, Id itemId, const QString &field,
                 const QString &oldValue, const QString &newValue, const QDateTime &at, QString *error)
{
    QSqlQuery query(db);
    if (!prepare(
            query,
            QStringLiteral("INSERT INTO log_event (municipality_id, log, item_id, at, field, old_value, new_value) "
                           "VALUES (:municipality, :log, :item, :at, :field, :old, :new)"),
            error))
        return false;
    query.bindValue(QStringLiteral(":municipality"), municipalityId);
    query.bindValue(QStringLiteral(":log"), logCode(log));
    query.bindValue(QStringLiteral(":item"), itemId);
    query.bindValue(QStringLiteral(":at"), timeText(at.isValid() ? at : QDateTime::currentDateTimeUtc()));
    query.bindValue(QStringLiteral(":field"), text(field));
    query.bindValue(QStringLiteral(":old"), text(oldValue));
    query.bindValue(QStringLiteral(":new"), text(newValue));
    return exec(query, LogHistoryText::tr("The history could not be saved"), error);
}

bool recordChanges(const QSqlDatabase &db, Id municipalityId, LogKind log, Id itemId, const FieldValues &before,
                   const FieldValues &after, const QDateTime &at, QString *error)
{
    for (int i = 0; i < after.size(); ++i) {
        const QString old = i < before.size() ? before.at(i).second : QString();
        if (old == after.at(i).second)
            continue;
        if (!recordEvent(db, municipalityId, log, itemId, after.at(i).first, old, after.at(i).second, at, error))
            return false;
    }
    return true;
}

QList<LogEvent> logEvents(const QSqlDatabase &db, Id municipalityId, LogKind log, Id itemId)
{
    QList<LogEvent> result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, at, field, old_value, new_value FROM log_event WHERE municipality_id = "
                                 ":municipality AND log = :log AND item_id = :item ORDER BY at, id"));
    query.bindValue(QStringLiteral(":municipality"), municipalityId);
    query.bindValue(QStringLiteral(":log"), logCode(log));
    query.bindValue(QStringLiteral(":item"), itemId);
    if (!query.exec())
        return result;
    while (query.next()) {
        LogEvent event;
        event.id = query.value(0).toLongLong();
        event.municipalityId = municipalityId;
        event.log = log;
        event.itemId = itemId;
        event.at = timeFrom(query.value(1));
        event.field = query.value(2).toString();
        event.oldValue = query.value(3).toString();
        event.newValue = query.value(4).toString();
        result.append(event);
    }
    return result;
}

} // namespace parat::sql
