#pragma once

#include "TestSupport.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

namespace parat::test {

// One digest of a plan's task states, the number of its history events and its status mappings: two equal digests,
// no status changed (for showing that an import, a dry run or bad input wrote nothing).
inline QByteArray statusDigest(const QSqlDatabase &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery query(db);
    for (const char *statement : {"SELECT * FROM task_state ORDER BY municipality_id, task_id",
                                  "SELECT COUNT(*) FROM task_event", "SELECT * FROM status_mapping"}) {
        REQUIRE(query.exec(QString::fromLatin1(statement)));
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                hash.addData(query.value(i).toString().toUtf8() + '|');
        }
    }
    return hash.result();
}

} // namespace parat::test
